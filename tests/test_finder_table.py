"""The legal-basis finder against the law: state pairs x measures x dates.

Every row is written from the sources named in resources/reference/pack.json
and ../shared/DOMAIN.md (the reason is in the comment of each row), not from
the finder's output. ``governs`` is the key of the instrument expected first
(None: nothing binds); ``out`` maps instruments expected among the exclusions
to a piece of the reason expected; ``unverified`` says whether the governing
instrument must be flagged as resting on unverified data.
"""

from __future__ import annotations

import pytest

from liaison.errors import ValidationError

EIO, D977, FD960 = "eu-eio-2014-41", "eu-2023-977", "eu-fd-2006-960"
ETS30, ETS185, MLA2000 = "coe-ets-30", "coe-ets-185", "eu-mla-2000"
UNTOC, UNCAC, VIENNA = "un-untoc", "un-uncac", "un-1988-drugs"

ROWS = [
    # (requesting, requested, measure, date, offence, governs, out, unverified)
    # EIO Art. 34(1): between Member States bound by it the EIO replaces ETS 30 and the 2000 Convention (DOMAIN).
    ("AT", "PL", "hearing", "2025-03-01", None, EIO, {ETS30: "replaced", MLA2000: "replaced"}, False),
    # EIO applies from 22 May 2017 (Art. 36(1)); the day before, it does not: ETS 30 (Art. 3 names hearings),
    # which the 2000 Convention supplements between Member States.
    ("AT", "PL", "hearing", "2017-05-21", None, ETS30, {EIO: "not yet in force"}, True),
    ("AT", "PL", "hearing", "2017-05-22", None, EIO, {ETS30: "replaced"}, False),
    # Police information between Member States: Directive 2023/977 from 12 December 2024 (Art. 22(1)), which
    # replaced Framework Decision 2006/960/JHA (DOMAIN).
    ("AT", "PL", "database-information", "2025-03-01", None, D977, {FD960: "no longer applies"}, False),
    ("AT", "PL", "database-information", "2024-12-12", None, D977, {FD960: "no longer applies"}, False),
    # Before 12 December 2024 the Framework Decision still applied (its party list is unverified in the pack).
    ("AT", "PL", "database-information", "2024-06-01", None, FD960, {D977: "not yet in force"}, True),
    ("AT", "PL", "criminal-records", "2025-03-01", None, D977, {}, False),
    ("AT", "PL", "spontaneous-information", "2025-03-01", None, D977, {}, False),
    # Denmark and Ireland are not bound by the EIO (its recitals; DOMAIN): ETS 30 (Arts. 3, 5) stays, not replaced.
    ("AT", "DK", "hearing", "2025-03-01", None, ETS30, {EIO: "not bound: DK"}, True),
    ("AT", "IE", "hearing", "2025-03-01", None, ETS30, {EIO: "not bound: IE"}, True),
    ("IE", "AT", "search-seizure", "2025-03-01", None, ETS30, {EIO: "not bound: IE"}, True),
    # A measure ETS 30 does not name but the 2000 Convention does (Art. 12, controlled deliveries).
    ("AT", "DK", "controlled-delivery", "2025-03-01", None, MLA2000, {EIO: "not bound: DK"}, True),
    # Their position on 2023/977 is to be checked in its recitals (DOMAIN): the pack marks it unverified.
    ("AT", "DK", "database-information", "2025-03-01", None, D977, {}, True),
    ("AT", "IE", "database-information", "2025-03-01", None, D977, {}, True),
    # The Schengen-associated States take part in 2023/977 (DOMAIN), not in the EIO.
    ("AT", "CH", "database-information", "2025-03-01", None, D977, {}, False),
    ("AT", "NO", "database-information", "2025-03-01", None, D977, {}, False),
    ("AT", "IS", "database-information", "2025-03-01", None, D977, {}, False),
    ("AT", "LI", "database-information", "2025-03-01", None, D977, {}, False),
    ("AT", "CH", "hearing", "2025-03-01", None, ETS30, {EIO: "CH is not a party"}, True),
    # The United Kingdom was bound by the EIO until the end of the transition period, 31 December 2020
    # (Withdrawal Agreement Arts. 62, 126); from 1 January 2021 ETS 30 applies again.
    ("AT", "GB", "hearing", "2019-06-01", None, EIO, {ETS30: "replaced"}, False),
    ("AT", "GB", "hearing", "2020-12-31", None, EIO, {}, False),
    ("AT", "GB", "hearing", "2021-01-01", None, ETS30, {EIO: "no longer bound: GB"}, True),
    ("GB", "PL", "hearing", "2023-01-01", None, ETS30, {EIO: "no longer bound", MLA2000: "GB is not in"}, True),
    # China is not a party to ETS 30 (all 46 CoE members plus Chile, Russia, Israel, Korea are); UNTOC binds both
    # Austria and China (UNIS/CP/510; China from 13 October 2003), for the offences in its scope (Art. 3).
    ("AT", "CN", "hearing", "2025-03-01", None, UNTOC, {ETS30: "CN is not a party", EIO: "CN is not a party"}, True),
    ("AT", "CN", "financial-information", "2025-03-01", "corruption", UNTOC, {UNCAC: "whether AT is a party"}, True),
    ("AT", "CN", "financial-information", "2025-03-01", "money-laundering", UNTOC, {ETS30: "CN is not a party"},
     True),
    # UNTOC before it entered into force (29 September 2003) and before China was bound (13 October 2003):
    # nothing binds.
    ("AT", "CN", "financial-information", "2002-06-01", "corruption", None, {UNTOC: "not yet in force"}, False),
    ("AT", "CN", "financial-information", "2003-10-01", "fraud", None, {UNTOC: "not yet bound: CN"}, False),
    # UNCAC covers corruption only; the 1988 Convention drug trafficking only; both lists not enough to rely on.
    ("CN", "IE", "financial-information", "2025-03-01", "corruption", UNCAC, {}, False),
    ("CN", "IE", "financial-information", "2025-03-01", "fraud", UNTOC, {UNCAC: "offence outside its scope"}, False),
    ("CN", "IE", "hearing", "2009-01-01", "corruption", None, {UNTOC: "not yet bound: IE", UNCAC: "not yet bound: IE"},
     False),
    # Israel is a party to ETS 30 (not a CoE member; DOMAIN's edge cases), not to the EIO or 2023/977.
    ("AT", "IL", "hearing", "2025-03-01", None, ETS30, {EIO: "IL is not a party"}, True),
    ("AT", "IL", "database-information", "2025-03-01", None, ETS30, {D977: "IL is not a party"}, True),
    # The United States is not a party to ETS 30, and its UNTOC status is not in the pack: nothing binds.
    ("AT", "US", "hearing", "2025-03-01", None, None, {ETS30: "US is not a party", UNTOC: "whether US is a party"},
     False),
    ("AT", "MA", "hearing", "2025-03-01", None, None, {ETS30: "MA is not a party"}, False),
    ("AT", "TR", "hearing", "2025-03-01", None, ETS30, {EIO: "TR is not a party"}, True),
    ("AT", "UA", "search-seizure", "2025-03-01", None, ETS30, {}, True),
    # Late joiners of ETS 30: Korea deposited on 29 September 2011, Chile on 30 May 2011, San Marino on 18 March
    # 2009 (Austrian BGBl.); a case dated before the deposit does not get the Convention.
    ("AT", "KR", "hearing", "2011-06-01", None, None, {ETS30: "not yet bound: KR"}, False),
    ("AT", "KR", "hearing", "2012-06-01", None, ETS30, {}, True),
    ("AT", "CL", "hearing", "2011-05-01", None, None, {ETS30: "not yet bound: CL"}, False),
    ("AT", "SM", "hearing", "2010-01-01", None, ETS30, {}, True),
    # Neither ETS 30 nor the 2000 Convention names the measure: both provide for assistance in general terms, and
    # the 2000 Convention, the later one between Member States, comes first.
    # Budapest: Austria bound from 1 October 2012, Belgium from 1 December 2012, France from 1 May 2006 (CoE chart).
    ("AT", "FR", "expedited-preservation", "2011-06-01", None, MLA2000, {ETS185: "not yet bound: AT"}, True),
    ("AT", "FR", "expedited-preservation", "2013-01-01", None, ETS185, {}, False),
    ("AT", "BE", "subscriber-data", "2012-11-01", None, MLA2000, {ETS185: "not yet bound: BE"}, True),
    ("AT", "BE", "subscriber-data", "2013-01-01", None, ETS185, {}, False),
    # Budapest's partial list: Poland's status is not in it, so it is not relied on.
    ("PL", "AT", "subscriber-data", "2016-01-01", None, MLA2000, {ETS185: "whether PL is a party"}, True),
    # Joint investigation teams stay outside the EIO (its Art. 3): the 2000 Convention (Art. 13) is not replaced.
    ("AT", "PL", "joint-investigation-team", "2025-03-01", None, MLA2000, {EIO: "excluded (Art. 3)"}, True),
    ("AT", "PL", "interception", "2025-03-01", None, EIO, {MLA2000: "replaced"}, False),
    ("DE", "FR", "search-seizure", "2025-03-01", None, EIO, {}, False),
    # The Law Enforcement Directive frames data protection; it is never a basis for a request.
    ("AT", "PL", "information-held", "2025-03-01", None, D977, {"eu-led-2016-680": "not a legal basis"}, False),
]


def _key(vault, result):
    return vault.db.execute("SELECT key FROM agreements WHERE id = ?", [result["agreement_id"]]).fetchone()[0]


def test_the_table_has_enough_rows():
    assert len(ROWS) >= 40


@pytest.mark.parametrize(("a", "b", "measure", "on", "offence", "governs", "out", "unverified"), ROWS,
                         ids=[f"{r[0]}-{r[1]}-{r[2]}-{r[3]}{'-' + r[4] if r[4] else ''}" for r in ROWS])
def test_finder_against_the_sources(vault, a, b, measure, on, offence, governs, out, unverified):
    found = vault.agreements.find_basis(a, b, measure, on, offence=offence)
    if governs is None:
        assert found["governing"] is None, found["message"]
        assert "Nothing" in found["message"] and f"{a} and {b}" in found["message"]
    else:
        assert found["governing"] is not None, found["message"]
        assert _key(vault, found["governing"]) == governs, found["message"]
        assert bool(found["governing"]["unverified"]) == unverified, found["governing"]["unverified"]
        assert found["governing"]["reasons"], "the governing instrument says why"
    reasons = {_key(vault, e): " ".join(e["reasons"]) for e in found["excluded"]}
    for key, piece in out.items():
        assert key in reasons, f"{key} should be excluded: {found['message']}"
        assert piece in reasons[key], reasons[key]
    # every instrument is either binding or excluded, never both, never silently dropped
    ids = [r["agreement_id"] for r in found["results"]] + [e["agreement_id"] for e in found["excluded"]]
    assert len(ids) == len(set(ids)) == vault.db.execute("SELECT count(*) FROM agreements").fetchone()[0]


def test_bilateral_treaty_prevails_and_memorandum_never_grounds_a_coercive_measure(vault):
    mlat = vault.agreements.add(title="AT-IL treaty (test)", type="bilateral-treaty", parties=["AT", "IL"],
                                in_force="2012-06-01", measures_scope="general").id
    mou = vault.agreements.add(title="AT-CN memorandum (test)", type="memorandum", parties=["AT", "CN"],
                               in_force="2019-04-16", measures=["database-information", "search-seizure"]).id
    found = vault.agreements.find_basis("AT", "IL", "hearing", "2025-03-01")
    assert found["governing"]["agreement_id"] == mlat
    assert any("prevails" in r for r in found["governing"]["reasons"])
    assert _key(vault, found["results"][1]) == ETS30  # the convention stays, second
    # before the treaty was in force, ETS 30 governs
    assert _key(vault, vault.agreements.find_basis("AT", "IL", "hearing", "2012-05-31")["governing"]) == ETS30
    found = vault.agreements.find_basis("AT", "CN", "search-seizure", "2025-03-01")
    reason = next(e["reason"] for e in found["excluded"] if e["agreement_id"] == mou)
    assert "memorandum of understanding is not a treaty" in reason
    found = vault.agreements.find_basis("AT", "CN", "database-information", "2025-03-01")
    assert mou in [r["agreement_id"] for r in found["results"]]


def test_finder_refuses_bad_input(vault):
    with pytest.raises(ValidationError):
        vault.agreements.find_basis("AT", "AT", "hearing")
    with pytest.raises(ValidationError):
        vault.agreements.find_basis("AT", "PL", "hearing", offence="not-a-category")
