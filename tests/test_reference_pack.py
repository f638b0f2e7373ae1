"""The reference pack: checked on load, replaced only by a newer one, audited; a bad pack changes nothing."""

from __future__ import annotations

import copy
import json
from datetime import date

import pytest
from conftest import PASSPHRASE

from liaison import resources
from liaison.cli import main
from liaison.refdata import PackRejected, active_pack, builtin_pack, install_pack, pack_status, parse_pack
from liaison.vault import Vault


def _builtin() -> dict:
    return json.loads(resources.path("reference", "pack.json").read_text(encoding="utf-8"))


def _newer(**changes) -> dict:
    doc = _builtin()
    doc["pack_version"] = builtin_pack().version + 1
    doc.update(changes)
    return doc


def _state(vault) -> tuple:
    db = vault.db
    return tuple(db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                 for t in ("reference_packs", "agreements", "audit")) + (active_pack(vault).sha256,)


def test_builtin_pack_is_sourced_and_consistent():
    pack = builtin_pack()
    assert pack.version >= 1 and pack.status_as_of and pack.issued_by
    for inst in pack.instruments.values():
        assert inst.source, inst.key
        # a list that says who is (not) a party names its source and the date it is true at
        if inst.list_status != "unverified":
            assert inst.list_source and inst.list_as_of, inst.key
    eio = pack.instruments["eu-eio-2014-41"]
    assert "DK" in eio.not_bound and "IE" in eio.not_bound
    assert eio.parties["GB"].until == "2021-01-01"
    assert {r["instrument"] for r in eio.replaces} >= {"coe-ets-30", "coe-ets-182", "eu-mla-2000"}
    assert {"IS", "NO", "CH", "LI"} <= set(pack.instruments["eu-2023-977"].parties)
    assert "CN" not in pack.instruments["coe-ets-30"].parties and "IL" in pack.instruments["coe-ets-30"].parties
    assert pack.instruments["eu-2023-977"].channel == "Europol SIENA"


def test_builtin_lists_and_declarations_name_their_sources():
    pack = builtin_pack()
    for inst in pack.instruments.values():
        for p in inst.parties.values():
            # an entry without a date of its own says why: the list explains its dates, or the entry its gap
            if inst.list_status != "unverified" and not (p.since or p.deposited or p.known_by):
                assert inst.dates_note or p.note, (inst.key, p.state)
        for d in inst.declarations:
            assert d["source"] and d["as_of"] and d["text"], (inst.key, d)
            assert d["as_of"] <= pack.status_as_of, (inst.key, d)
    ets185 = pack.instruments["coe-ets-185"]
    # the Netherlands Treaty Database and the CoE chart agree for the member States both cover
    assert (ets185.parties["AT"].since, ets185.parties["FR"].since, ets185.parties["US"].since) == (
        "2012-10-01", "2006-05-01", "2007-01-01")
    assert {(d["state"], d["kind"]) for d in ets185.declarations} >= {("AT", "central-authority"),
                                                                      ("AT", "24-7-contact"), ("AT", "reservation")}
    untoc = pack.instruments["un-untoc"]
    assert untoc.parties["CN"].since == "2003-10-23" and untoc.parties["US"].since == "2005-12-03"
    # Denmark's participation in 2023/977 is sourced (Folketinget B 21); Ireland's is not
    d977 = pack.instruments["eu-2023-977"]
    assert d977.parties["DK"].verified and not d977.parties["IE"].verified
    # Greece, Ireland and Italy were not bound by the 2000 Convention on the date of the list: left out
    assert not {"GR", "IE", "IT"} & set(pack.instruments["eu-mla-2000"].parties)


@pytest.mark.parametrize(
    ("declaration", "message"),
    [
        ({"state": "AT", "kind": "language", "text": "German", "as_of": "2020-01-01"}, "source: is required"),
        ({"state": "AT", "kind": "language", "text": "German", "source": "x"}, "as_of: a date (YYYY-MM-DD) is required"),
        ({"state": "AT", "kind": "telepathy", "text": "x", "source": "x", "as_of": "2020-01-01"}, "is not one of"),
        ({"state": "XX", "kind": "language", "text": "x", "source": "x", "as_of": "2020-01-01"}, "'XX' is not an ISO"),
    ],
)
def test_declaration_without_source_or_date_is_refused(declaration, message):
    d = _newer()
    next(i for i in d["instruments"] if i["key"] == "coe-ets-30")["declarations"] = [declaration]
    with pytest.raises(PackRejected) as exc:
        parse_pack(json.dumps(d), display="office.json")
    assert message in str(exc.value)


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        (b"{not json", "not JSON"),
        (b"[1, 2]", "a JSON object"),
        ("format", "format"),
        ("unknown-instrument", "refers to an unknown instrument 'coe-ets-999'"),
        ("bad-country", "'XX' is not an ISO 3166 country code"),
        ("bad-measure", "unknown measure 'telepathy'"),
        ("bad-date", "is not a date"),
        ("no-source", "parties.source: is required"),
        ("future", "is in the future"),
    ],
)
def test_malformed_packs_are_refused_and_change_nothing(vault, doc, message):
    if isinstance(doc, str):
        d = _newer()
        ets30 = next(i for i in d["instruments"] if i["key"] == "coe-ets-30")
        eio = next(i for i in d["instruments"] if i["key"] == "eu-eio-2014-41")
        if doc == "format":
            d["format"] = 2
        elif doc == "unknown-instrument":
            eio["replaces"].append({"instrument": "coe-ets-999", "article": "Art. 34(1)", "from": "2017-05-22"})
        elif doc == "bad-country":
            ets30["parties"]["states"].append({"state": "XX"})
        elif doc == "bad-measure":
            ets30["measures"].append({"measure": "telepathy", "article": "Art. 99"})
        elif doc == "bad-date":
            eio["in_force"] = "22/05/2017"
        elif doc == "no-source":
            ets30["parties"]["source"] = ""
        elif doc == "future":
            d["status_as_of"] = "2999-01-01"
        doc = json.dumps(d).encode()
    before = _state(vault)
    with pytest.raises(PackRejected) as exc:
        install_pack(vault, doc, display="pack.json")
    assert message in str(exc.value) and "pack.json" in str(exc.value)
    assert _state(vault) == before


def test_older_or_same_pack_refused(vault):
    before = _state(vault)
    with pytest.raises(PackRejected, match="Only a newer pack can be installed"):
        install_pack(vault, json.dumps(_builtin()).encode(), display="same.json")
    older = _builtin() | {"pack_version": 0}
    with pytest.raises(PackRejected, match="pack_version"):
        install_pack(vault, json.dumps(older).encode(), display="older.json")
    dated_before = _newer(status_as_of="2020-01-01")
    with pytest.raises(PackRejected, match="older"):
        install_pack(vault, json.dumps(dated_before).encode(), display="dated.json")
    dropped = _newer()
    dropped["instruments"] = [i for i in dropped["instruments"] if i["key"] != "un-uncac"]
    with pytest.raises(PackRejected, match="leaves out instruments of the catalogue"):
        install_pack(vault, json.dumps(dropped).encode(), display="dropped.json")
    assert _state(vault) == before


def test_newer_pack_installed_audited_and_used(vault):
    doc = _newer()
    # the office's pack records Sweden as a party to the Convention on Cybercrime (a made-up entry, test only)
    ets185 = next(i for i in doc["instruments"] if i["key"] == "coe-ets-185")
    ets185["parties"]["states"].append({"state": "SE", "from": "2015-06-01"})
    assert vault.agreements.find_basis("SE", "AT", "subscriber-data", "2016-01-01")["governing"]["key"] != "coe-ets-185"
    result = install_pack(vault, json.dumps(doc).encode(), display="office.json")
    assert result["version"] == doc["pack_version"] and result["origin"] == "installed"
    assert active_pack(vault).version == doc["pack_version"]
    assert vault.agreements.find_basis("SE", "AT", "subscriber-data", "2016-01-01")["governing"]["key"] == "coe-ets-185"
    (entry,) = vault.audit.list(record_type="reference_pack", action="import")
    assert entry["details"]["version"] == doc["pack_version"] and entry["details"]["sha256"] == result["sha256"]
    assert vault.audit.verify().ok
    # installing it again is refused (not newer)
    with pytest.raises(PackRejected):
        install_pack(vault, json.dumps(doc).encode())


def test_pack_age_warning():
    pack = builtin_pack()
    fresh = pack_status(None, today=date.fromisoformat(pack.status_as_of))
    assert not fresh["stale"] and "warning" not in fresh
    old = pack_status(None, today=date.fromisoformat(pack.status_as_of).replace(year=int(pack.status_as_of[:4]) + 2))
    assert old["stale"] and "days old" in old["warning"] and "newer pack" in old["warning"]


def test_parse_pack_reports_every_problem():
    d = copy.deepcopy(_builtin())
    d["instruments"][0]["type"] = "treaty"
    d["instruments"][1]["track"] = "space"
    with pytest.raises(PackRejected) as exc:
        parse_pack(json.dumps(d))
    assert "type" in str(exc.value) and "track" in str(exc.value)


def test_cli_reference_commands(vault_path, memory_keychain, monkeypatch, capsys, tmp_path):
    Vault.create(vault_path, PASSPHRASE, keychain=memory_keychain)[0].close()
    monkeypatch.setenv("LIAISON_PASSPHRASE", PASSPHRASE)

    def cli(*argv):
        rc = main(["--vault", str(vault_path), *argv])
        out = capsys.readouterr()
        return rc, out.out, out.err

    rc, out, _ = cli("reference", "status")
    assert rc == 0 and f"Reference pack {builtin_pack().version} (built-in)" in out and "Unverified party lists" in out
    rc, out, _ = cli("reference", "show", "ETS 30")
    assert rc == 0 and "complete list" in out and "IL" in out
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(_newer(format=9)))
    rc, _, err = cli("reference", "import", str(bad))
    assert rc == 5 and "bad.json is not a usable reference pack" in err and "nothing was installed" in err
    good = tmp_path / "good.json"
    good.write_text(json.dumps(_newer()))
    rc, out, _ = cli("reference", "import", str(good), "--json")
    assert rc == 0 and json.loads(out)["version"] == builtin_pack().version + 1
    rc, out, _ = cli("reference", "status", "--json")
    assert json.loads(out)["origin"] == "installed"
    rc, out, _ = cli("agreement", "find-basis", "--requesting-state", "AT", "--requested-state", "CN",
                     "--measure", "financial-information", "--offence", "corruption", "--date", "2025-03-01")
    assert rc == 0 and "UNTOC" in out and "GOVERNS" in out and "UNVERIFIED" in out
