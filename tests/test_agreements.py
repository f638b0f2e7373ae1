"""Agreements: reference instruments, CRUD, refusals, the legal-basis finder, CLI."""

from __future__ import annotations

import json

import pytest
from conftest import PASSPHRASE

from liaison.cli import main
from liaison.errors import NotFound, ValidationError
from liaison.records.agreements import AGREEMENT_TYPES, measures
from liaison.refdata import builtin_pack
from liaison.resources import load_json
from liaison.vault import Vault

# DOMAIN.md, "Main multilateral instruments": (reference, signed/opened, adopted, in force, transposition)
DOMAIN_DATES = {
    "ETS 30": ("1959-04-20", "", "1962-06-12", ""),
    "UN Drugs Convention 1988": ("1988-12-20", "1988-12-19", "1990-11-11", ""),
    "EU MLA Convention 2000": ("2000-05-29", "", "2005-08-23", ""),
    "UNTOC": ("", "2000-11-15", "2003-09-29", ""),
    "ETS 182": ("2001-11-08", "", "2004-02-01", ""),
    "ETS 185": ("2001-11-23", "", "2004-07-01", ""),
    "UNCAC": ("", "2003-10-31", "2005-12-14", ""),
    "Directive 2014/41/EU": ("", "2014-04-03", "", "2017-05-22"),
    "Directive (EU) 2023/977": ("", "2023-05-10", "", "2024-12-12"),
}


def _count(vault, table: str) -> int:
    return vault.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def _all(vault) -> list[dict]:
    return vault.agreements.list(limit=1000).items


# ---------------------------------------------------------------- reference data
def test_reference_files_are_consistent():
    catalogue = load_json("reference", "measures.json")
    assert catalogue["source"]
    slugs = [m["id"] for m in catalogue["measures"]]
    assert len(slugs) == len(set(slugs)) == 23
    assert {"subscriber-data", "expedited-preservation", "hearing-videoconference"} <= set(slugs)
    inst = load_json("reference", "instruments.json")
    assert len(inst["instruments"]) == 9
    for entry in inst["instruments"]:
        assert entry["source"] and entry["type"] in AGREEMENT_TYPES
        assert "parties" not in entry  # never invented
        for m in entry["measures"] + entry["measures_excluded"]:
            assert m["measure"] in slugs and m["article"]


def test_reference_instruments_seeded_and_marked(vault):
    rows = _all(vault)
    # the 9 instruments of DOMAIN.md's catalogue (m0004) and the 4 the reference pack adds (m0012): the first
    # additional protocol to ETS 30, the 2001 protocol to the EU MLA Convention, FD 2006/960/JHA, the LED
    assert len(rows) == 13
    by_ref = {r["reference"]: r for r in rows}
    assert set(DOMAIN_DATES) < set(by_ref)
    assert {"ETS 99", "EU MLA Protocol 2001", "Framework Decision 2006/960/JHA", "Directive (EU) 2016/680"} == (
        set(by_ref) - set(DOMAIN_DATES))
    for ref, (signed, adopted, in_force, transposition) in DOMAIN_DATES.items():
        r = by_ref[ref]
        assert (r["signed"], r["adopted"], r["in_force"], r["transposition_deadline"]) == (
            signed, adopted, in_force, transposition), ref
        # the parties come from the reference pack, each list with its source and status (never guessed)
        assert r["origin"] == "reference" and r["source"] and r["parties_recorded"] == 0
        assert r["pack"]["parties"]["status"] in ("complete", "partial", "unverified")
        assert r["pack"]["parties"]["status"] == "unverified" or r["pack"]["parties"]["source"]
    assert by_ref["UN Drugs Convention 1988"]["parties"] is None  # not sourced: no list at all
    assert "IL" in by_ref["ETS 30"]["parties"] and "CN" not in by_ref["ETS 30"]["parties"]
    assert by_ref["UNTOC"]["article"] == "Art. 18" and by_ref["UNCAC"]["article"] == "Art. 46"
    assert by_ref["UN Drugs Convention 1988"]["article"] == "Art. 7"
    assert by_ref["Directive 2014/41/EU"]["type"] == "eu-instrument"
    assert by_ref["ETS 185"]["type"] == "multilateral-convention"
    assert vault.agreements.resolve("coe-ets-185") == by_ref["ETS 185"]["id"]
    assert vault.agreements.list(origin="reference", limit=100).items.__len__() == 13
    hits = vault.search.query("Cybercrime")["agreement"]
    assert hits[0]["record_id"] == by_ref["ETS 185"]["id"]
    (seeded,) = vault.audit.list(record_type="agreement", action="import")
    assert sorted(seeded["details"]["ids"]) == sorted(by_ref[r]["id"] for r in DOMAIN_DATES)
    assert vault.audit.verify().ok


# -------------------------------------------------------------------------- CRUD
def _mlat(vault, **extra):
    fields = dict(title="Treaty between Germany and Greece on mutual legal assistance", reference="MLAT DE-GR",
                  type="bilateral-treaty", parties=["de", "GR"], signed="2009-05-01", in_force="2010-01-01",
                  measures=["subscriber-data:Art. 5", "hearing"], accepted_languages="de,el,en",
                  channels=["Central authority"], central_authorities=["DE: Federal Office of Justice"],
                  confidentiality="Art. 12", data_protection="Art. 13", reservations="none", notes="n")
    fields.update(extra)
    return vault.agreements.add(**fields).id


def test_agreement_crud(vault):
    rid = _mlat(vault)
    a = vault.agreements.get("mlat de-gr")
    assert a["id"] == rid and a["parties"] == ["DE", "GR"] and a["origin"] == "user"
    assert a["measures"] == [{"measure": "subscriber-data", "article": "Art. 5"}, {"measure": "hearing", "article": ""}]
    assert a["accepted_languages"] == ["de", "el", "en"] and a["channels"] == ["Central authority"]
    assert a["central_authorities"] == [{"name": "Federal Office of Justice", "country": "DE", "agency_id": None}]
    assert vault.agreements.resolve("Treaty between Germany and Greece on mutual legal assistance") == rid
    by_country = [r["id"] for r in vault.agreements.list(country="GR", limit=100).items]
    assert rid in by_country and vault.agreements.resolve("ETS 30") in by_country  # the pack's lists count too
    # Greece is a Budapest party (from 1 May 2017, reference pack 2); it is not in UNTOC's partial list
    assert vault.agreements.resolve("ETS 185") in by_country and vault.agreements.resolve("UNTOC") not in by_country
    assert [r["id"] for r in vault.agreements.list(type="bilateral-treaty").items] == [rid]

    agency = vault.agencies.add(name="Ministry of Justice", kind="central-authority", country="GR").id
    vault.agreements.update(rid, expires="2030-01-01", central_authorities=["Ministry of Justice"])
    a = vault.agreements.get(rid)
    assert a["rev"] == 2 and a["expires"] == "2030-01-01"
    assert a["central_authorities"] == [{"name": "Ministry of Justice", "country": "GR", "agency_id": agency}]
    actions = [e["action"] for e in vault.audit.list(record_type="agreement", record_id=rid)]
    assert actions == ["create", "alter"]

    # a reference convention's parties come from the reference pack: the officer cannot edit them (issue 15:
    # the pack, with its sources, replaces the officer's guesses)
    with pytest.raises(ValidationError, match="reference pack"):
        vault.agreements.update("ETS 30", parties=["DE", "GR", "PL"])
    ets = vault.agreements.get("ETS 30")
    assert "PL" in ets["parties"] and ets["origin"] == "reference"
    assert {"ETS 30", "Directive 2014/41/EU", "Directive (EU) 2023/977"} <= {
        r["reference"] for r in vault.agreements.list(country="PL").items}
    assert _count(vault, "agreement_parties") == 2


@pytest.mark.parametrize(
    "extra, field",
    [
        (dict(parties=["DE"]), "parties"),
        (dict(parties=["DE", "GR", "PL"]), "parties"),
        (dict(parties=["DE", "QQ"]), "parties"),
        (dict(type="memorandum", parties=[]), "parties"),
        (dict(type="treaty"), "type"),
        (dict(title=""), "title"),
        (dict(in_force="2010-02-30"), "in_force"),
        (dict(in_force="2009-01-01"), "in_force"),  # before it was signed
        (dict(expires="2010-01-01"), "expires"),  # not after the in-force date
        (dict(measures=["mind-reading"]), "measures"),
        (dict(measures_excluded=["hearing"]), "measures_excluded"),  # also listed as covered
        (dict(accepted_languages=["klingon"]), "accepted_languages"),
        (dict(channels=["Fax"]), "channels"),
        (dict(measures_scope="everything"), "measures_scope"),
        (dict(origin="reference", source=""), "source"),
        (dict(favourite=True), "favourite"),
    ],
)
def test_agreement_refusals_write_nothing(vault, extra, field):
    before = (_count(vault, "agreements"), _count(vault, "agreement_parties"), _count(vault, "audit"))
    with pytest.raises(ValidationError) as exc:
        _mlat(vault, **extra)
    assert exc.value.field == field
    assert (_count(vault, "agreements"), _count(vault, "agreement_parties"), _count(vault, "audit")) == before


def test_duplicate_reference_and_unknown_agreement(vault):
    _mlat(vault)
    with pytest.raises(ValidationError, match="already has the reference"):
        _mlat(vault, reference="mlat de-gr")
    with pytest.raises(ValidationError):
        vault.agreements.update("MLAT DE-GR", reference="ETS 185")
    with pytest.raises(NotFound, match="No agreement"):
        vault.agreements.get("ETS 999")
    with pytest.raises(ValidationError):  # a bilateral treaty keeps its parties
        vault.agreements.update("MLAT DE-GR", parties=[])
    assert vault.agreements.get("MLAT DE-GR")["rev"] == 1


# ------------------------------------------------------------------------ finder
def _find(vault, measure="subscriber-data", on="2026-03-01", a="DE", b="GR"):
    return vault.agreements.find_basis(a, b, measure, on)


def _reason(found, rid):
    return next(e["reason"] for e in found["excluded"] if e["agreement_id"] == rid)


def _ids(found):
    return [r["agreement_id"] for r in found["results"]]


def test_finder_in_force_boundaries(vault):
    rid = _mlat(vault, signed="2026-01-10", in_force="2026-03-01")
    before = _find(vault, on="2026-02-28")
    assert rid not in _ids(before)
    assert _reason(before, rid) == "not yet in force on 2026-02-28 (in force from 2026-03-01)"
    assert _ids(_find(vault, on="2026-03-01"))[0] == rid  # the bilateral treaty prevails (the EIO follows)
    assert _ids(_find(vault, on="2026-03-02"))[0] == rid


def test_finder_expiry_boundaries(vault):
    rid = _mlat(vault, expires="2026-03-01")
    found = _find(vault, on="2026-02-28")
    assert _ids(found)[0] == rid and "in force until 2026-02-28" in found["results"][0]["reasons"]
    for day in ("2026-03-01", "2026-03-02"):
        assert _reason(_find(vault, on=day), rid) == (
            f"expired on 2026-03-01 (in force until 2026-02-28; date asked {day})")


def test_finder_transposition_deadline_boundaries(vault):
    eio = vault.agreements.resolve("Directive 2014/41/EU")
    found = _find(vault, measure="hearing-videoconference", on="2017-05-21")
    assert _reason(found, eio) == "not yet in force on 2017-05-21 (applies from 2017-05-22)"
    found = _find(vault, measure="hearing-videoconference", on="2017-05-22")
    assert _ids(found)[0] == eio
    assert found["results"][0]["score"] == 450
    assert "covers Hearing by videoconference or telephone expressly (Arts. 24, 25)" in found["results"][0]["reasons"]


def test_finder_parties_and_measure_reasons(vault):
    rid = _mlat(vault)
    not_recorded = vault.agreements.add(title="A convention of the officer's", type="multilateral-convention",
                                        in_force="2000-01-01", measures_scope="general").id
    found = _find(vault, a="DE", b="PL")
    assert _reason(found, rid) == "not a party: PL is not a party"
    assert _reason(found, not_recorded) == "parties not recorded: add the parties to use it"
    # a reference instrument whose pack list is partial says so rather than guessing
    assert _reason(_find(vault, a="DE", b="SE"), vault.agreements.resolve("ETS 185")).startswith(
        "status not recorded: whether SE is a party is not in this pack (its list is partial")
    assert _reason(_find(vault, a="FR", b="PL"), rid) == "not a party: neither FR nor PL is a party"
    assert _reason(_find(vault, a="FR", b="DE"), rid) == "not a party: FR is not a party"
    found = _find(vault, measure="interception")
    assert _reason(found, rid) == "measure not covered: Interception of telecommunications is not among its measures"
    # the EIO excludes joint investigation teams (Art. 3)
    eio = vault.agreements.resolve("Directive 2014/41/EU")
    found = _find(vault, measure="joint-investigation-team")
    assert _reason(found, eio) == "measure not covered: Joint investigation team is excluded (Art. 3)"
    # every agreement is either a result or an exclusion, each with a reason
    assert len(found["results"]) + len(found["excluded"]) == _count(vault, "agreements")
    assert all(e["reason"] and e["title"] for e in found["excluded"])


def test_finder_no_in_force_date_and_all_reasons_listed(vault):
    rid = _mlat(vault, in_force="", expires="", parties=["DE", "FR"], measures=["hearing"])
    found = _find(vault)
    excl = next(e for e in found["excluded"] if e["agreement_id"] == rid)
    assert excl["reasons"] == [
        "not a party: GR is not a party",
        "no in-force date recorded: add the date it entered into force to use it",
        "measure not covered: Subscriber data is not among its measures",
    ]
    assert excl["reason"] == excl["reasons"][0]


def test_finder_ranking(vault):
    common = dict(parties=["DE", "GR"], in_force="2010-01-01")
    mou = vault.agreements.add(title="Police MoU", type="memorandum", measures=["subscriber-data"], **common).id
    bilateral = vault.agreements.add(title="MLAT", type="bilateral-treaty", measures_scope="general", **common).id
    eu_general = vault.agreements.add(title="EU act", type="eu-instrument", measures_scope="general", **common).id
    eu_listed = vault.agreements.add(title="EU act 2", type="eu-instrument", measures=["subscriber-data"],
                                     **common).id
    eio, ets30, mla2000 = (vault.agreements.resolve(r) for r in ("Directive 2014/41/EU", "ETS 30",
                                                                 "EU MLA Convention 2000"))
    older = vault.agreements.add(title="Old convention", type="multilateral-convention", measures_scope="general",
                                 parties=["DE", "GR"], in_force="1950-01-01").id
    found = _find(vault)
    # the bilateral treaty prevails; the EIO (Art. 10(2)(e)) before the officer's EU acts (later in force); the
    # conventions with verified parties before those resting on unverified data; ETS 30 and the 2000 Convention
    # are replaced between Member States bound by the EIO (Art. 34(1)); the memorandum cannot ground a coercive
    # measure (subscriber data needs a production order): excluded (issue 15; it used to rank last)
    # Budapest binds Germany (from 1 July 2009) and Greece (from 1 May 2017) since reference pack 2: it names
    # subscriber data (Art. 31) and ranks after the EU acts, before the general convention
    ets185 = vault.agreements.resolve("ETS 185")
    assert _ids(found) == [bilateral, eio, eu_listed, eu_general, ets185, older]
    scores = [r["score"] for r in found["results"]]
    assert scores[:4] == [500, 450, 450, 400] and scores[-1] == 200
    assert "memorandum of understanding is not a treaty" in _reason(found, mou)
    assert _reason(found, ets30).startswith("replaced between DE and GR by Directive 2014/41/EU (Art. 34(1))")
    # Greece was not bound by the 2000 Convention on the date of its list (Tractatenblad 2013, 14; reference pack 2)
    assert _reason(found, mla2000).startswith("status not recorded: whether GR is a party")
    general = next(r for r in found["results"] if r["agreement_id"] == older)
    assert any("general terms" in why for why in general["reasons"])


def test_finder_review_date_noted(vault):
    _mlat(vault, review="2026-01-01")
    found = _find(vault)
    assert "review date 2026-01-01 has passed: check it is still current" in found["results"][0]["reasons"]


@pytest.mark.parametrize(
    "args, field",
    [
        (("DE", "DE", "hearing", "2026-01-01"), "requested_state"),
        (("DE", "ZZ", "hearing", "2026-01-01"), "requested_state"),
        (("XX", "GR", "hearing", "2026-01-01"), "requesting_state"),
        (("DE", "GR", "telepathy", "2026-01-01"), "measure"),
        (("DE", "GR", "hearing", "01/03/2026"), "date"),
    ],
)
def test_finder_refusals(vault, args, field):
    with pytest.raises(ValidationError) as exc:
        vault.agreements.find_basis(*args)
    assert exc.value.field == field


def test_measures_catalogue_labels():
    assert measures()["expedited-preservation"] == "Expedited preservation of stored computer data"


# --------------------------------------------------------------------------- CLI
@pytest.fixture
def cli_vault(vault_path, memory_keychain, monkeypatch):
    v, _ = Vault.create(vault_path, PASSPHRASE, keychain=memory_keychain)
    v.close()
    monkeypatch.setenv("LIAISON_PASSPHRASE", PASSPHRASE)
    return vault_path


def _cli(capsys, path, *argv):
    rc = main(["--vault", str(path), *argv])
    out = capsys.readouterr()
    return rc, out.out, out.err


def test_cli_agreements(cli_vault, capsys):
    rc, out, _ = _cli(capsys, cli_vault, "agreement", "add", "--title", "DE-GR MLAT", "--type", "bilateral-treaty",
                      "--parties", "DE,GR", "--in-force", "2010-01-01", "--measures", "subscriber-data:Art. 5",
                      "--reference", "MLAT DE-GR", "--accepted-languages", "de", "--accepted-languages", "el",
                      "--json")
    assert rc == 0
    rid = json.loads(out)["id"]
    rc, out, err = _cli(capsys, cli_vault, "agreement", "add", "--title", "Bad", "--type", "bilateral-treaty",
                        "--parties", "DE,XX", "--json")
    assert rc == 2 and json.loads(out)["error"]["field"] == "parties" and "XX" in err

    rc, out, _ = _cli(capsys, cli_vault, "agreement", "list", "--json", "--limit", "4")
    page = json.loads(out)
    assert rc == 0 and len(page["items"]) == 4 and page["next_cursor"]
    rc, out, _ = _cli(capsys, cli_vault, "agreement", "list", "--json", "--after", page["next_cursor"])
    assert len(json.loads(out)["items"]) == 10  # 13 reference + 1 added
    rc, out, _ = _cli(capsys, cli_vault, "agreement", "list", "--country", "GR")
    assert rc == 0 and "DE-GR MLAT" in out and "ETS 30" in out and "ETS 185" in out and "UNTOC" not in out

    rc, out, _ = _cli(capsys, cli_vault, "agreement", "show", "mlat de-gr", "--json")
    assert json.loads(out)["id"] == rid
    rc, out, _ = _cli(capsys, cli_vault, "agreement", "show", "ETS 185")
    assert rc == 0 and "PARTIAL list" in out and "Council of Europe" in out and "AT  from 2012-10-01" in out

    rc, out, err = _cli(capsys, cli_vault, "agreement", "update", "ETS 185", "--parties", "DE", "--parties", "GR",
                        "--json")
    assert rc == 2 and "reference pack" in err
    rc, out, _ = _cli(capsys, cli_vault, "agreement", "find-basis", "--requesting-state", "DE",
                      "--requested-state", "GR", "--measure", "subscriber-data", "--date", "2026-03-01", "--json")
    found = json.loads(out)
    assert rc == 0 and [r["title"] for r in found["results"]] == [
        "DE-GR MLAT", "Directive 2014/41/EU regarding the European Investigation Order in criminal matters",
        "Convention on Cybercrime (Budapest Convention)"]  # Germany and Greece are Budapest parties (pack 2)
    assert found["governing"]["title"] == "DE-GR MLAT" and found["pack"]["version"] >= 1
    assert {"agreement_id", "title", "type", "score", "reasons"} <= set(found["results"][0])
    assert {"agreement_id", "title", "reason"} <= set(found["excluded"][0])
    rc, out, _ = _cli(capsys, cli_vault, "agreement", "find-basis", "--requesting-state", "DE",
                      "--requested-state", "GR", "--measure", "subscriber-data", "--date", "2026-03-01")
    assert rc == 0 and out.index("DE-GR MLAT") < out.index("Excluded:") and "GOVERNS" in out
    assert "status not recorded" in out and f"reference pack {builtin_pack().version}, status as of" in out
    rc, _, err = _cli(capsys, cli_vault, "agreement", "find-basis", "--requesting-state", "DE",
                      "--requested-state", "GR", "--measure", "nonsense")
    assert rc == 2 and "not a known measure" in err

    with Vault.open(cli_vault, PASSPHRASE) as v:
        assert v.agreements.get("ETS 185")["parties_recorded"] == 0
        assert _count(v, "agreements") == 14
