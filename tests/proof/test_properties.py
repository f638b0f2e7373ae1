"""Property-based tests (Hypothesis): bundle round trips, any text in any field of any template, and the
audit chain under any sequence of operations and any single edit. Short in ``make test``, long in
``make soak``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from liaison.bundles import importer
from liaison.bundles.export import export_case
from liaison.bundles.identity import public_key
from liaison.errors import LiaisonError, ValidationError
from liaison.vault import Vault

from .conftest import SOAK

# Any text a person may type: every code point but lone surrogates (not text) and the C0 controls the
# stores strip or refuse; right-to-left, combining marks, emoji and CJK included.
TEXT = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), min_size=1, max_size=200)
COUNTRIES = st.sampled_from(["DE", "PL", "FR", "GR", "CN", "SA", "UA", "PT", "IT", "ES"])
RUNS = {"bundle": 25 if SOAK else 0, "template": 60 if SOAK else 0, "audit": 200 if SOAK else 0}


def _settings(kind: str, short: int):
    return settings(max_examples=RUNS[kind] or short, deadline=None, derandomize=not SOAK,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


class Counter:
    def __init__(self) -> None:
        self.tried = self.held = 0


@pytest.fixture(scope="module")
def pair(tmp_path_factory):
    from liaison import keyslots

    keyslots_kdf = keyslots.kdf_params
    keyslots.kdf_params = lambda: {"time_cost": 1, "memory_cost": 1024, "parallelism": 1}
    folder = tmp_path_factory.mktemp("pair")
    a, _ = Vault.create(folder / "a.liaison", PASSPHRASE)
    b, _ = Vault.create(folder / "b.liaison", PASSPHRASE)
    yield a, b, folder
    a.close()
    b.close()
    keyslots.kdf_params = keyslots_kdf


BUNDLE_RUNS = Counter()


@_settings("bundle", 4)
@given(title=TEXT, summary=TEXT, notes=TEXT, states=st.lists(COUNTRIES, min_size=2, max_size=2, unique=True),
       name=TEXT)
def test_bundle_round_trip_keeps_every_text(pair, title, summary, notes, states, name):
    a, b, folder = pair
    BUNDLE_RUNS.tried += 1
    try:
        case = a.cases.add(title=title, summary=summary, notes=notes, requesting_state=states[0],
                           requested_state=states[1]).id
        a.persons.add(case=case, name=name, category="suspect")
    except ValidationError:
        BUNDLE_RUNS.held += 1  # refused with a message naming the field (blank after trimming): fine
        return
    out = folder / f"{case}.bundle"
    export_case(a, case, out, recipients=[public_key(b)], purpose="property test")
    importer.import_bundle(b, out.read_bytes())
    mine, theirs = a.cases.get(case), b.cases.get(case)
    for key in ("title", "summary", "notes", "requesting_state", "requested_state"):
        assert theirs[key] == mine[key]
    assert b.audit.verify().ok and a.audit.verify().ok
    BUNDLE_RUNS.held += 1


def test_bundle_round_trip_figures(figures):
    figures("bundle round trips (Hypothesis)", BUNDLE_RUNS.tried, BUNDLE_RUNS.held)
    assert BUNDLE_RUNS.tried and BUNDLE_RUNS.held == BUNDLE_RUNS.tried


TEMPLATE_RUNS = Counter()


def _templates():
    from liaison.documents.templates import load_templates

    return load_templates()


@pytest.fixture(scope="module")
def doc_case(pair):
    a, _b, _ = pair
    return a.cases.add(title="Template case", requesting_state="DE", requested_state="PL").id


@_settings("template", 6)
@given(data=st.data())
def test_any_text_in_any_field_of_any_template(pair, doc_case, data):
    from liaison.documents import context as doc_context
    from liaison.documents.render import render

    a, _b, _ = pair
    templates = _templates()
    template_id = data.draw(st.sampled_from(sorted(templates)))
    template = templates[template_id]
    answers = {}
    for section in template.sections:
        for f in section.fields:
            if f.asked and f.kind not in ("date", "country", "choice", "list", "measures"):
                answers[f.key] = data.draw(TEXT)
            elif f.asked and f.kind in ("list", "measures"):
                answers[f.key] = data.draw(st.lists(TEXT, max_size=3))
    TEMPLATE_RUNS.tried += 1
    try:
        view = doc_context.resolve(a, doc_case, template_id, answers=answers, draft=True)
    except ValidationError:
        TEMPLATE_RUNS.held += 1  # an answer refused by name: fine
        return
    pdf = render(view)
    assert pdf.startswith(b"%PDF") and b"%%EOF" in pdf[-1024:]
    TEMPLATE_RUNS.held += 1


def test_template_figures(figures):
    figures("any text in any field of any template (Hypothesis)", TEMPLATE_RUNS.tried, TEMPLATE_RUNS.held)
    assert TEMPLATE_RUNS.tried and TEMPLATE_RUNS.held == TEMPLATE_RUNS.tried


AUDIT_RUNS = Counter()
OPS = st.lists(st.sampled_from(["case", "update", "person", "consult", "erase", "setting", "export"]),
               min_size=1, max_size=12)
EDITS = st.sampled_from(["summary", "actor", "at", "record_id", "details", "delete", "swap", "hash",
                         "prev_hash", "delete-last", "insert"])


@_settings("audit", 10)
@given(ops=OPS, edit=EDITS, pick=st.integers(min_value=0, max_value=10_000))
def test_audit_chain_holds_under_any_operations_and_catches_any_single_edit(tmp_path_factory, ops, edit, pick):
    from liaison import keyslots

    keyslots.kdf_params = lambda: {"time_cost": 1, "memory_cost": 1024, "parallelism": 1}
    path = tmp_path_factory.mktemp("audit") / "v.liaison"
    v, _ = Vault.create(path, PASSPHRASE)
    case = person = person_case = None
    for op in ops:
        if op == "case" or case is None:
            case = v.cases.add(title="Audited", requesting_state="DE", requested_state="PL").id
        if op == "update":
            v.cases.update(case, summary=f"s{pick}")
        elif op == "person":
            person = v.persons.add(case=case, name="Anna", category="witness").id
            person_case = case
        elif op == "consult" and person:
            v.persons.get(person, consult=True, case=person_case)
        elif op == "erase" and person:
            try:
                v.persons.erase(person, justification="review: no longer needed here")
            except ValidationError:
                pass
        elif op == "setting":
            v.settings.set("officer.name", f"Officer {pick}")
        elif op == "export":
            v.audit.export("json")
    AUDIT_RUNS.tried += 1
    assert v.audit.verify().ok
    rows = v.db.execute("SELECT seq FROM audit ORDER BY seq").fetchall()
    seq = rows[pick % len(rows)][0]
    conn = v._conn
    if edit == "delete":
        conn.execute("DELETE FROM audit WHERE seq = ?", (seq,))
    elif edit == "delete-last":
        conn.execute("DELETE FROM audit WHERE seq = (SELECT max(seq) FROM audit)")
    elif edit == "swap" and len(rows) > 1:
        other = rows[(pick + 1) % len(rows)][0]
        a_row = conn.execute("SELECT summary FROM audit WHERE seq = ?", (seq,)).fetchone()[0]
        b_row = conn.execute("SELECT summary FROM audit WHERE seq = ?", (other,)).fetchone()[0]
        if a_row == b_row:
            conn.execute("UPDATE audit SET summary = summary || ' ' WHERE seq = ?", (seq,))
        else:
            conn.execute("UPDATE audit SET summary = ? WHERE seq = ?", (b_row, seq))
            conn.execute("UPDATE audit SET summary = ? WHERE seq = ?", (a_row, other))
    elif edit == "insert":
        conn.execute("INSERT INTO audit (seq, at, actor, action, record_type, summary, prev_hash, hash) "
                     "SELECT max(seq) + 1, at, actor, action, record_type, 'forged', hash, hash FROM audit")
    elif edit in ("hash", "prev_hash"):
        conn.execute(f"UPDATE audit SET {edit} = ? WHERE seq = ?", ("f" * 64, seq))
    elif edit == "details":
        conn.execute("UPDATE audit SET details = ? WHERE seq = ?", (json.dumps({"x": 1}), seq))
    else:
        conn.execute(f"UPDATE audit SET {edit} = coalesce({edit}, '') || 'x' WHERE seq = ?", (seq,))
    assert not v.audit.verify().ok, (ops, edit, seq)
    v._teardown(confirm=False)
    with Vault.open(path, PASSPHRASE) as again:  # and still after a reopening
        assert not again.audit.verify().ok
    AUDIT_RUNS.held += 1


def test_audit_figures(figures):
    figures("audit chain: any operations, any single edit (Hypothesis)", AUDIT_RUNS.tried, AUDIT_RUNS.held)
    assert AUDIT_RUNS.tried and AUDIT_RUNS.held == AUDIT_RUNS.tried


def test_pages_reader_sees_what_it_should(tmp_path):
    """The decrypted-page reader the crash suite uses finds a text that is there (a check of the check)."""
    from .pages import holds

    v, _ = Vault.create(tmp_path / "v.liaison", PASSPHRASE)
    v.cases.add(title="Findable Zebra Title", requesting_state="DE", requested_state="PL")
    key = bytes(v._key)
    v.close()
    assert holds(Path(tmp_path / "v.liaison"), key, "Findable Zebra Title")
    assert not holds(Path(tmp_path / "v.liaison"), key, "Never Written Anywhere")
    with pytest.raises(LiaisonError):
        Vault.open(tmp_path / "v.liaison", "wrong passphrase entirely")
