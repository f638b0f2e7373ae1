"""The audit trail: the hash chain catches edits, deletions, swaps and truncation;
exports carry every entry with its hash and can be checked on their own; CLI."""

from __future__ import annotations

import csv
import io
import json

import pytest
from conftest import PASSPHRASE

from liaison.audit import GENESIS, entry_hash, verify_export
from liaison.cli import main
from liaison.errors import ValidationError


def _fill(vault, n: int = 6) -> list[int]:
    seqs = []
    for i in range(n):
        seqs.append(
            vault.audit.log(
                "disclose" if i % 3 == 2 else "create",
                "case",
                f"ID{i}",
                ref=f"LO-2026-{i:04d}",
                summary=f"entry {i} — Łódź",
                justification="Art. 7 request" if i % 3 == 2 else None,
                recipients=["PL police", "Europol"] if i % 3 == 2 else None,
                details={"i": i} if i % 2 else None,
            )
        )
    return seqs


def _base(vault) -> int:
    return vault.audit.head()["seq"]


def test_intact_chain_verifies(vault):
    base = _base(vault)
    seqs = _fill(vault)
    assert seqs == list(range(base + 1, base + 7))
    res = vault.audit.verify()
    assert res.ok and res.entries == base + 6 and res.first_bad_seq is None
    assert res.last_seq == base + 6
    assert res.last_hash == vault.audit.head()["hash"]


def test_first_entry_chains_from_genesis(vault):
    first = vault.db.execute("SELECT * FROM audit WHERE seq = 1").fetchone()
    if first is None:
        vault.audit.log("create", "case", "X", summary="first")
    row = next(iter(vault.db.query("SELECT * FROM audit WHERE seq = 1")))
    assert row["prev_hash"] == GENESIS
    assert row["hash"] == entry_hash(GENESIS, row)


def test_edited_entry_is_named(vault):
    base = _base(vault)
    _fill(vault)
    target = base + 3
    vault.db.execute("UPDATE audit SET summary = 'nothing to see' WHERE seq = ?", [target])
    res = vault.audit.verify()
    assert not res.ok
    assert res.first_bad_seq == target
    assert "altered" in res.problem


def test_edited_recipients_are_caught(vault):
    base = _base(vault)
    _fill(vault)
    vault.db.execute("UPDATE audit SET recipients = '[\"Europol\"]' WHERE seq = ?", [base + 3])
    assert vault.audit.verify().first_bad_seq == base + 3


def test_deleted_entry_is_named(vault):
    base = _base(vault)
    _fill(vault)
    vault.db.execute("DELETE FROM audit WHERE seq = ?", [base + 2])
    res = vault.audit.verify()
    assert not res.ok
    assert res.first_bad_seq == base + 2
    assert "missing" in res.problem


def test_deleted_and_renumbered_entries_are_caught(vault):
    base = _base(vault)
    _fill(vault)
    vault.db.execute("DELETE FROM audit WHERE seq = ?", [base + 2])
    vault.db.execute("UPDATE audit SET seq = seq - 1 WHERE seq > ?", [base + 2])
    res = vault.audit.verify()
    assert not res.ok and res.first_bad_seq == base + 2


def test_swapped_entries_are_caught(vault):
    base = _base(vault)
    _fill(vault)
    a, b = base + 2, base + 4
    vault.db.execute("UPDATE audit SET seq = -1 WHERE seq = ?", [a])
    vault.db.execute("UPDATE audit SET seq = ? WHERE seq = ?", [a, b])
    vault.db.execute("UPDATE audit SET seq = ? WHERE seq = -1", [b])
    res = vault.audit.verify()
    assert not res.ok
    assert res.first_bad_seq == a
    assert "does not follow" in res.problem


def test_truncated_tail_is_caught(vault):
    base = _base(vault)
    _fill(vault)
    vault.db.execute("DELETE FROM audit WHERE seq > ?", [base + 4])
    res = vault.audit.verify()
    assert not res.ok
    assert res.first_bad_seq == base + 5
    assert "cut short" in res.problem


def test_rewritten_chain_is_caught_by_an_anchor(vault):
    """Someone with the key recomputes every hash after editing: only a head kept
    outside the vault shows it."""
    base = _base(vault)
    _fill(vault)
    anchor = vault.audit.head()
    assert vault.audit.verify(anchor=anchor).ok
    target = base + 3
    vault.db.execute("UPDATE audit SET summary = 'rewritten' WHERE seq = ?", [target])
    prev = vault.db.execute("SELECT hash FROM audit WHERE seq = ?", [target - 1]).fetchone()[0]
    for row in list(vault.db.query("SELECT * FROM audit WHERE seq >= ? ORDER BY seq", [target])):
        row["prev_hash"] = prev
        new = entry_hash(prev, row)
        vault.db.execute("UPDATE audit SET prev_hash = ?, hash = ? WHERE seq = ?", [prev, new, row["seq"]])
        prev = new
    vault.db.execute("UPDATE meta SET value = ? WHERE key = 'audit.head'",
                     [json.dumps({"seq": anchor["seq"], "hash": prev})])
    res = vault.audit.verify()  # the chain is self-consistent again, but its witness outside the database...
    assert not res.ok and "witness" in res.problem
    res = vault.audit.verify(anchor=anchor)  # ...and a head kept outside both show it
    assert not res.ok and res.first_bad_seq == anchor["seq"]
    assert not vault.audit.verify(anchor={"seq": anchor["seq"] + 5, "hash": anchor["hash"]}).ok


def test_unknown_action_refused_and_nothing_written(vault):
    before = vault.audit.head()
    with pytest.raises(ValueError):
        vault.audit.log("delete", "case", "X")
    assert vault.audit.head() == before


@pytest.mark.parametrize(("action", "fields"), [
    ("disclose", {"recipients": ["DE liaison office"]}),                      # no justification
    ("disclose", {"recipients": ["DE liaison office"], "justification": " "}),
    ("disclose", {"justification": "reply to request DE-SPOC-2026/6608"}),    # no recipients
    ("erase", {}),
])
def test_a_disclosure_or_erasure_without_its_reason_is_refused(vault, action, fields):
    """LED Art. 25 (DOMAIN.md): the log of a disclosure shows its justification and recipients; an erasure says
    why. The core refuses such an entry without them, and writes nothing."""
    before = vault.audit.head()
    with pytest.raises(ValueError):
        vault.audit.log(action, "case", "X", **fields)
    with pytest.raises(ValueError):
        vault.audit.log_many([{"action": "create", "record_type": "case", "record_id": "Y"},
                              {"action": action, "record_type": "case", "record_id": "X", **fields}])
    assert vault.audit.head() == before


def test_log_joins_the_callers_transaction(vault):
    before = vault.audit.head()
    with pytest.raises(RuntimeError):
        with vault.transaction():
            vault.audit.log("create", "case", "X", summary="rolled back")
            raise RuntimeError("store failed")
    assert vault.audit.head() == before
    assert vault.audit.verify().ok


def test_list_filters_and_pages(vault):
    base = _base(vault)
    _fill(vault)
    page = vault.audit.list(after_seq=base, limit=4)
    assert [e["seq"] for e in page] == [base + 1, base + 2, base + 3, base + 4]
    disclosed = vault.audit.list(action="disclose", after_seq=base)
    assert [e["seq"] for e in disclosed] == [base + 3, base + 6]
    assert disclosed[0]["recipients"] == ["PL police", "Europol"]
    assert vault.audit.list(record_type="case", record_id="ID1", after_seq=base)[0]["details"] == {"i": 1}


# ------------------------------------------------------------------ export
def test_json_export_has_every_entry_hash_and_head(vault):
    _fill(vault)
    text = vault.audit.export("json", justification="supervisory request 2026/17")
    doc = json.loads(text)
    assert doc["format"] == "liaison-audit-export/1"
    assert doc["vault_id"] == vault.id
    seqs = [e["seq"] for e in doc["entries"]]
    assert seqs == list(range(1, len(seqs) + 1))
    last = doc["entries"][-1]
    assert last["action"] == "export" and last["justification"] == "supervisory request 2026/17"
    assert doc["head"] == {"seq": last["seq"], "hash": last["hash"]} == vault.audit.head()
    for e in doc["entries"]:
        assert set(e) >= {"seq", "at", "actor", "action", "record_type", "summary", "prev_hash", "hash"}
    assert verify_export(text).ok


def test_tampered_json_export_is_caught(vault):
    _fill(vault)
    doc = json.loads(vault.audit.export("json"))
    doc["entries"][2]["summary"] = "edited in the file"
    res = verify_export(json.dumps(doc))
    assert not res.ok and res.first_bad_seq == 3
    doc = json.loads(vault.audit.export("json"))
    del doc["entries"][-1]  # cut the last entry: the head gives it away
    res = verify_export(json.dumps(doc))
    assert not res.ok and "head" in res.problem


def test_csv_export_round_trips_and_defuses_formulas(vault):
    vault.audit.log("create", "case", "X", ref="", summary="=HYPERLINK(\"http://evil\")")
    vault.audit.log("create", "case", "Y", ref=None, summary="\\N literally")
    text = vault.audit.export("csv")
    # The export ends with its head and its signature, on lines of their own marked '#liaison-'.
    assert text.splitlines()[-2].startswith("#liaison-audit-head,") and text.splitlines()[-1].startswith(
        "#liaison-signature,ed25519,")
    rows = [r for r in csv.DictReader(io.StringIO(text)) if not r["seq"].startswith("#liaison-")]
    assert rows[0].keys() >= {"seq", "hash", "prev_hash", "summary", "recipients", "details"}
    assert not any(r["summary"].startswith(("=", "+", "-", "@")) for r in rows)
    assert any(r["summary"] == '\\=HYPERLINK("http://evil")' for r in rows)
    assert verify_export(text).ok  # '' and NULL, escapes: all hash as stored
    tampered = text.replace("\\N literally", "\\N edited")
    assert not verify_export(tampered).ok


def test_export_refuses_unknown_format(vault):
    with pytest.raises(ValidationError):
        vault.audit.export("xml")


def test_verify_export_refuses_other_files():
    with pytest.raises(ValidationError):
        verify_export("{not json")
    with pytest.raises(ValidationError):
        verify_export("a,b\n1,2\n")


# --------------------------------------------------------------------- CLI
@pytest.fixture
def cli_vault(vault_path, monkeypatch, capsys):
    monkeypatch.setenv("LIAISON_PASSPHRASE", PASSPHRASE)
    assert main(["--vault", str(vault_path), "init", "--no-keychain", "--json"]) == 0
    from liaison.vault import Vault

    v = Vault.open(vault_path, PASSPHRASE)
    _fill(v)
    v.close()
    capsys.readouterr()
    return vault_path


def _run(path, *argv) -> int:
    return main(["--vault", str(path), *argv])


def test_cli_list_pages_and_filters(cli_vault, capsys):
    assert _run(cli_vault, "audit", "list", "--limit", "2", "--json") == 0
    page = json.loads(capsys.readouterr().out)
    assert [e["seq"] for e in page["items"]] == [1, 2]
    assert page["next_after"] == 2
    assert _run(cli_vault, "audit", "list", "--after", "2", "--limit", "1", "--json") == 0
    assert [e["seq"] for e in json.loads(capsys.readouterr().out)["items"]] == [3]
    assert _run(cli_vault, "audit", "list", "--action", "disclose", "--record-type", "case") == 0
    out = capsys.readouterr().out
    assert "disclose" in out and "Art. 7 request" in out and "PL police" in out and " create " not in out
    assert _run(cli_vault, "audit", "list", "--since", "2999-01-01", "--json") == 0
    assert json.loads(capsys.readouterr().out)["items"] == []
    assert _run(cli_vault, "audit", "list", "--since", "yesterday") == 2
    assert _run(cli_vault, "audit", "list", "--limit", "0") == 2


def test_cli_verify_exit_codes(cli_vault, capsys):
    assert _run(cli_vault, "audit", "verify") == 0
    assert "intact" in capsys.readouterr().out
    from liaison.vault import Vault

    v = Vault.open(cli_vault, PASSPHRASE)
    v.db.execute("UPDATE audit SET actor = 'someone else' WHERE seq = 4")
    v.close()
    assert _run(cli_vault, "audit", "verify") == 5
    assert "entry 4" in capsys.readouterr().out
    assert _run(cli_vault, "audit", "verify", "--json") == 5
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] is False and data["first_bad_seq"] == 4
    assert _run(cli_vault, "audit", "verify", "--anchor", "not-an-anchor") == 2


def test_cli_export_and_verify_file(cli_vault, tmp_path, capsys):
    out = tmp_path / "audit.json"
    assert _run(cli_vault, "audit", "export", "-o", str(out), "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert out.stat().st_mode & 0o077 == 0  # owner-only: it holds personal data
    assert json.loads(out.read_text())["head"] == data["head"]
    assert _run(cli_vault, "audit", "verify", "--file", str(out)) == 0
    capsys.readouterr()
    anchor = f"{data['head']['seq']}:{data['head']['hash']}"
    assert _run(cli_vault, "audit", "verify", "--anchor", anchor) == 0
    # An export is never overwritten.
    assert _run(cli_vault, "audit", "export", "-o", str(out)) == 2
    csv_out = tmp_path / "audit.csv"
    assert _run(cli_vault, "audit", "export", "-o", str(csv_out), "--format", "csv") == 0
    assert "Chain head" in capsys.readouterr().out
    assert _run(cli_vault, "audit", "verify", "--file", str(csv_out)) == 0
    tampered = tmp_path / "tampered.csv"
    tampered.write_text(csv_out.read_text().replace("entry 3", "entry 9"))
    assert _run(cli_vault, "audit", "verify", "--file", str(tampered)) == 5
    assert _run(cli_vault, "audit", "verify", "--file", str(tmp_path / "missing.json")) == 2


def test_cli_verifies_csv_with_line_breaks_in_fields(cli_vault, tmp_path, capsys):
    from liaison.vault import Vault

    v = Vault.open(cli_vault, PASSPHRASE)
    v.audit.log("consult", "case", "Z", summary="line one\r\nline two\nthree", justification="check, \"quoted\"")
    v.close()
    out = tmp_path / "audit.csv"
    assert _run(cli_vault, "audit", "export", "-o", str(out), "--format", "csv") == 0
    assert _run(cli_vault, "audit", "verify", "--file", str(out)) == 0


def test_damaged_recorded_head_is_reported(vault):
    _fill(vault, 2)
    vault.db.execute("UPDATE meta SET value = 'garbage' WHERE key = 'audit.head'")
    res = vault.audit.verify()
    assert not res.ok and "head" in res.problem


def test_export_with_wrong_shape_refused():
    with pytest.raises(ValidationError):
        verify_export(json.dumps({"head": {}, "entries": [1, 2]}))


def test_log_many_extends_the_chain_like_repeated_log(vault):
    vault.audit.log("create", "case", "A", summary="first")
    seqs = vault.audit.log_many(
        [
            {"action": "import", "record_type": "case", "record_id": "B", "summary": "second"},
            {"action": "import", "record_type": "person", "record_id": "C", "summary": "third",
             "details": {"from": "bundle"}},
        ]
    )
    vault.audit.log("alter", "case", "B", summary="fourth")
    entries = vault.audit.list(limit=100)[-4:]  # after the seeding entries of a new vault
    assert [e["summary"] for e in entries] == ["first", "second", "third", "fourth"]
    assert seqs == [entries[1]["seq"], entries[2]["seq"]]
    assert vault.audit.verify().ok
    # a bad item refuses the whole batch
    before = len(vault.audit.list(limit=100))
    with pytest.raises(ValueError):
        vault.audit.log_many([{"action": "import", "record_type": "case"}, {"action": "nonsense", "record_type": "x"}])
    assert len(vault.audit.list(limit=100)) == before and vault.audit.verify().ok
