"""Contacts and agencies: CRUD, validation refusals, vCard import/export, CLI."""

from __future__ import annotations

import json

import pytest
from conftest import PASSPHRASE

from liaison.cli import main
from liaison.errors import NotFound, ValidationError
from liaison.records.contacts import contact_to_vcard, parse_vcards, validate_phone
from liaison.vault import Vault


def _count(vault, table: str) -> int:
    return vault.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def _audit_count(vault) -> int:
    return _count(vault, "audit")


@pytest.fixture
def bka(vault) -> str:
    return vault.agencies.add(name="Bundeskriminalamt", kind="police", country="DE", languages=["de", "en"],
                              channels=["SIENA: bka.unit@siena", "INTERPOL I-24/7"], time_zone="Europe/Berlin").id


# ---------------------------------------------------------------------- agencies
def test_agency_crud_audit_and_search(vault, bka):
    a = vault.agencies.get(bka)
    assert a["kind"] == "police" and a["country"] == "DE" and a["languages"] == ["de", "en"]
    assert a["channels"] == [{"channel": "Europol SIENA", "address": "bka.unit@siena"},
                             {"channel": "INTERPOL I-24/7", "address": ""}]
    assert a["origin"] == "user" and a["rev"] == 1
    assert vault.agencies.resolve("bundeskriminalamt") == bka

    ch = vault.agencies.update("Bundeskriminalamt", email="desk@bka.example", kind="spoc")
    assert ch.updated == (("agency", bka),)
    a = vault.agencies.get(bka)
    assert a["email"] == "desk@bka.example" and a["kind"] == "spoc" and a["rev"] == 2

    entries = vault.audit.list(record_type="agency", record_id=bka)
    assert [e["action"] for e in entries] == ["create", "alter"]
    assert "email" in entries[1]["summary"] and "kind" in entries[1]["summary"]
    assert vault.search.query("Bundeskriminalamt")["agency"][0]["record_id"] == bka

    assert vault.agencies.update(bka, email="desk@bka.example").note == "nothing changed"
    assert vault.agencies.get(bka)["rev"] == 2


def test_agency_refusals_write_nothing(vault):
    before = (_count(vault, "agencies"), _audit_count(vault))
    bad = [
        dict(name="X", kind="secret-service", country="DE"),
        dict(name="X", kind="police", country="XX"),
        dict(name="", kind="police", country="DE"),
        dict(name="X", kind="police", country="DE", languages=["german"]),
        dict(name="X", kind="police", country="DE", channels=["carrier pigeon: loft 3"]),
        dict(name="X", kind="police", country="DE", time_zone="Mars/Olympus"),
        dict(name="X", kind="police", country="DE", colour="blue"),
    ]
    fields = []
    for kwargs in bad:
        with pytest.raises(ValidationError) as exc:
            vault.agencies.add(**kwargs)
        fields.append(exc.value.field)
    assert fields == ["kind", "country", "name", "languages", "channels", "time_zone", "colour"]
    assert (_count(vault, "agencies"), _audit_count(vault)) == before
    with pytest.raises(NotFound):
        vault.agencies.resolve("No Such Agency")


def test_agency_with_duplicate_name_needs_the_id(vault):
    vault.agencies.add(name="Central Authority", kind="central-authority", country="PL")
    vault.agencies.add(name="Central Authority", kind="central-authority", country="GR")
    with pytest.raises(ValidationError, match="use the id"):
        vault.agencies.resolve("central authority")


# ---------------------------------------------------------------------- contacts
def test_contact_crud_resolve_by_email(vault, bka):
    ch = vault.contacts.add(
        name="Jürgen Groß", country="de", agency="Bundeskriminalamt", role="Liaison officer",
        email="J.Gross@BKA.example", phones=["+49 611 55-0", "0611 55 0 ext 12"], languages="de, en",
        secure_channels=["SIENA: jg@siena"], time_zone="Europe/Berlin", notes="Prefers calls before 10:00.",
    )
    cid = ch.id
    assert ch.created == (("contact", cid),)
    c = vault.contacts.get("j.gross@bka.example")
    assert c["id"] == cid and c["country"] == "DE" and c["agency_id"] == bka
    assert c["agency_name"] == "Bundeskriminalamt"
    assert c["email"] == "J.Gross@BKA.example"  # kept as entered
    assert c["phones"] == [{"number": "+49 611 55-0", "e164": "+49611550"},
                           {"number": "0611 55 0 ext 12", "e164": ""}]
    assert c["languages"] == ["de", "en"]
    assert c["secure_channels"] == [{"channel": "Europol SIENA", "address": "jg@siena"}]
    assert vault.contacts.resolve(cid) == cid

    vault.contacts.update("J.GROSS@bka.example", phones=["+49 30 1234567"], role="Head of desk")
    c = vault.contacts.get(cid)
    assert c["rev"] == 2 and c["role"] == "Head of desk" and c["phones"][0]["e164"] == "+49301234567"
    vault.contacts.update(cid, email="juergen@bka.example")
    assert vault.contacts.resolve("JUERGEN@bka.example") == cid
    with pytest.raises(NotFound, match="j.gross@bka.example"):
        vault.contacts.resolve("j.gross@bka.example")

    actions = [e["action"] for e in vault.audit.list(record_type="contact", record_id=cid)]
    assert actions == ["create", "alter", "alter"]
    hits = vault.search.query("Groß")["contact"]
    assert hits[0]["record_id"] == cid
    assert vault.search.query("Bundeskriminalamt")["contact"][0]["record_id"] == cid


@pytest.mark.parametrize(
    "kwargs, field",
    [
        (dict(country="ZZ"), "country"),
        (dict(country=""), "country"),
        (dict(name="  "), "name"),
        (dict(email="not-an-address"), "email"),
        (dict(phones=["+0 123 456 789"]), "phones"),
        (dict(phones=["call me maybe"]), "phones"),
        (dict(phones=["+1234"]), "phones"),
        (dict(languages=["xx"]), "languages"),
        (dict(time_zone="Europe/Atlantis"), "time_zone"),
        (dict(secure_channels=["Fax: 123"]), "secure_channels"),
        (dict(notes="hidden\x00text"), "notes"),
        (dict(shoe_size=42), "shoe_size"),
    ],
)
def test_contact_refusals_write_nothing(vault, kwargs, field):
    before = (_count(vault, "contacts"), _audit_count(vault), vault.search.count())
    fields = dict(name="Test", country="GR", email="t@example.gr")
    fields.update(kwargs)
    with pytest.raises(ValidationError) as exc:
        vault.contacts.add(**fields)
    assert exc.value.field == field
    assert str(exc.value)  # a message to act on
    assert (_count(vault, "contacts"), _audit_count(vault), vault.search.count()) == before


def test_contact_duplicate_email_and_unknown_agency_refused(vault):
    cid = vault.contacts.add(name="A", country="GR", email="same@example.gr").id
    before = (_count(vault, "contacts"), _audit_count(vault))
    with pytest.raises(ValidationError, match="already has") as exc:
        vault.contacts.add(name="B", country="GR", email="SAME@example.gr")
    assert exc.value.field == "email"
    other = vault.contacts.add(name="B", country="GR", email="b@example.gr").id
    with pytest.raises(ValidationError, match="already has"):
        vault.contacts.update(other, email="same@example.gr")
    with pytest.raises(NotFound):
        vault.contacts.add(name="C", country="GR", agency="Nobody")
    assert _count(vault, "contacts") == before[0] + 1
    assert vault.contacts.get(other)["email"] == "b@example.gr"
    assert vault.contacts.get(cid)["rev"] == 1


def test_update_refused_leaves_record_unchanged(vault):
    cid = vault.contacts.add(name="A", country="GR", email="a@example.gr").id
    audit = _audit_count(vault)
    with pytest.raises(ValidationError):
        vault.contacts.update(cid, country="QQ", name="Changed")
    c = vault.contacts.get(cid)
    assert c["name"] == "A" and c["country"] == "GR" and c["rev"] == 1
    assert _audit_count(vault) == audit


@pytest.mark.parametrize(
    "entered, e164",
    [
        ("+30 210 123 4567", "+302101234567"),
        ("0030 (210) 123-4567", "+302101234567"),
        ("+1 202.555.0100 ext. 7", "+12025550100"),
        ("210 123 4567", ""),
        ("112", ""),
    ],
)
def test_phone_kept_as_entered_with_e164(entered, e164):
    assert validate_phone(entered) == {"number": entered, "e164": e164}


@pytest.mark.parametrize("entered", ["+30 21O 123", "+0030 210", "+1 (2)", "+12345678901234567", "12", "+30+210123456"])
def test_phone_refusals(entered):
    with pytest.raises(ValidationError):
        validate_phone(entered)


def test_list_paging_sorting_and_filters(vault, bka):
    names = ["Eve", "alice", "Bob", "Dora", "Carl"]
    for i, n in enumerate(names):
        vault.contacts.add(name=n, country="GR" if i % 2 else "PL", email=f"{n.lower()}@example.org",
                           agency=bka if n in ("Bob", "Carl") else None)
    seen, after = [], None
    while True:
        page = vault.contacts.list(limit=2, after=after)
        assert len(page.items) <= 2
        seen += [r["name"] for r in page.items]
        after = page.next_cursor
        if not after:
            break
    assert seen == sorted(names)  # SQLite binary order: capitals first
    desc = vault.contacts.list(sort="email", descending=True, limit=10).items
    assert [r["email"] for r in desc] == sorted((f"{n.lower()}@example.org" for n in names), reverse=True)
    assert {r["name"] for r in vault.contacts.list(country="gr").items} == {"alice", "Dora"}
    by_agency = vault.contacts.list(agency="Bundeskriminalamt").items
    assert {r["name"] for r in by_agency} == {"Bob", "Carl"}
    assert all(r["agency_name"] == "Bundeskriminalamt" for r in by_agency)
    with pytest.raises(ValidationError):
        vault.contacts.list(sort="notes")
    with pytest.raises(ValidationError):
        vault.contacts.list(after="not a cursor")


# -------------------------------------------------------------------------- vCard
def test_vcard_round_trip_in_many_scripts(vault, vault_path, multiscript, tmp_path, memory_keychain):
    originals = []
    for i, n in enumerate(multiscript["names"]):
        fields = dict(
            name=n["text"], country="GR" if i % 2 else "TH", organisation=f"Unit {n['latin']}",
            email=f"person{i}@example.org", phones=[f"+30 210 000 {1000 + i}", "210 555"],
            languages=[n["lang"], "en"] if n["lang"] != "en" else ["en"],
            notes=f"{n['latin']}; line two, with commas\nand a second line",
            time_zone="Asia/Bangkok", secure_channels=[f"SIENA: unit{i}@siena"], role="Officer",
        )
        vault.contacts.add(**fields)
        originals.append(fields)
    text = vault.contacts.export_vcard()
    assert text.count("BEGIN:VCARD") == len(originals)
    assert vault.audit.list(action="export")[-1]["summary"].startswith(f"{len(originals)} contact")

    other, _ = Vault.create(tmp_path / "other.liaison", PASSPHRASE, keychain=memory_keychain)
    try:
        ch = other.contacts.import_vcard(text.encode("utf-8"))
        assert len(ch.created) == len(originals) and ch.extra["skipped"] == []
        for fields in originals:
            c = other.contacts.get(fields["email"])
            assert c["name"] == fields["name"]
            assert c["organisation"] == fields["organisation"]
            assert c["country"] == fields["country"]
            assert [p["number"] for p in c["phones"]] == fields["phones"]
            assert c["languages"] == fields["languages"]
            assert c["notes"] == fields["notes"]
            assert c["time_zone"] == fields["time_zone"]
            assert c["role"] == "Officer"
            assert c["secure_channels"][0]["address"] == fields["secure_channels"][0].split(": ")[1]
            assert c["origin"] == "import"
        assert len(other.audit.list(action="import", record_type="contact", limit=1000)) == len(originals)
        # importing the same file again adds nothing
        again = other.contacts.import_vcard(text)
        assert again.created == () and len(again.extra["skipped"]) == len(originals)
        assert _count(other, "contacts") == len(originals)
    finally:
        other.close()


SEVERAL = """BEGIN:VCARD
VERSION:3.0
FN:Олена Шевченко
N:Шевченко;Олена;;;
ORG:National Police;Cyber Unit
EMAIL;TYPE=INTERNET,PREF:o.shevchenko@example.ua
EMAIL;TYPE=INTERNET:olena@example.ua
TEL;TYPE=WORK:+380 44 123 4567
ADR;TYPE=WORK:;;Vul. Bohomoltsia 10;Kyiv;;01601;Ukraine
TZ:+02:00
END:VCARD
BEGIN:VCARD
VERSION:4.0
FN:דוד כהן
LANG:he
LANG:en
EMAIL:d.cohen@example.il
END:VCARD
"""


def test_vcard_import_several_cards_with_default_country(vault):
    with pytest.raises(ValidationError, match="card 2") as exc:
        vault.contacts.import_vcard(SEVERAL)
    assert exc.value.field == "country"
    assert _count(vault, "contacts") == 0  # nothing written: the first card was valid

    ch = vault.contacts.import_vcard(SEVERAL, country="IL")
    assert len(ch.created) == 2
    olena = vault.contacts.get("o.shevchenko@example.ua")
    assert olena["name"] == "Олена Шевченко" and olena["country"] == "UA"  # from the address
    assert olena["organisation"] == "National Police Cyber Unit"
    assert olena["phones"] == [{"number": "+380 44 123 4567", "e164": "+380441234567"}]
    assert olena["time_zone"] == ""
    assert "Time zone in the vCard: +02:00" in olena["notes"] and "olena@example.ua" in olena["notes"]
    david = vault.contacts.get("d.cohen@example.il")
    assert david["country"] == "IL" and david["languages"] == ["he", "en"]


@pytest.mark.parametrize(
    "data, message",
    [
        ("this is not a vCard\nat all", "not a readable vCard"),
        ("BEGIN:VCARD\nVERSION:3.0\nFN:Half\n", "not a readable vCard"),
        ("", "holds no vCard"),
        ("BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR\n", "holds no vCard"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
    ],
)
def test_unreadable_vcard_refused(vault, data, message):
    audit = _audit_count(vault)
    with pytest.raises(ValidationError, match=message) as exc:
        vault.contacts.import_vcard(data, country="GR")
    assert exc.value.field == "file"
    assert _count(vault, "contacts") == 0 and _audit_count(vault) == audit


def test_vcard_with_one_invalid_card_refused_whole(vault):
    bad = SEVERAL.replace("LANG:he", "LANG:hebrew")
    with pytest.raises(ValidationError, match="card 2"):
        vault.contacts.import_vcard(bad, country="IL")
    assert _count(vault, "contacts") == 0


@pytest.mark.parametrize("stop_at", [1, 2, 3, 4])  # checking card 1, card 2; writing card 1, card 2
def test_a_vcard_import_stopped_at_its_checkpoint_writes_nothing(vault, stop_at):
    """``checkpoint`` runs before each card is checked and before each is written: raising there (the window's
    Cancel) leaves the directory and the audit trail as they were."""
    class Stop(Exception):
        pass

    calls = []

    def checkpoint():
        calls.append(1)
        if len(calls) == stop_at:
            raise Stop

    audit = _audit_count(vault)
    with pytest.raises(Stop):
        vault.contacts.import_vcard(SEVERAL, country="IL", checkpoint=checkpoint)
    assert _count(vault, "contacts") == 0 and _audit_count(vault) == audit
    # Not stopped, it runs through every card twice (checked, then written).
    calls.clear()
    assert len(vault.contacts.import_vcard(SEVERAL, country="IL", checkpoint=lambda: calls.append(1)).created) == 2
    assert len(calls) == 4


def test_vcard_helpers_round_trip():
    contact = {"name": "김민준", "country": "KR", "organisation": "KNPA; Seoul, HQ", "role": "", "email": "k@x.kr",
               "phones": [{"number": "+82 2 123 4567", "e164": "+8221234567"}], "languages": ["ko"],
               "secure_channels": [], "time_zone": "Asia/Seoul", "notes": "a;b,c\\d"}
    (card,) = parse_vcards(contact_to_vcard(contact))
    assert card["name"] == "김민준" and card["organisation"] == "KNPA; Seoul, HQ"
    assert card["notes"] == "a;b,c\\d" and card["country"] == "KR" and card["languages"] == ["ko"]


# ---------------------------------------------------------------------------- CLI
def _cli(capsys, vault_path, *argv) -> tuple[int, str, str]:
    rc = main(["--vault", str(vault_path), *argv])
    out = capsys.readouterr()
    return rc, out.out, out.err


@pytest.fixture
def cli_vault(vault_path, memory_keychain, monkeypatch):
    v, _ = Vault.create(vault_path, PASSPHRASE, keychain=memory_keychain)
    v.close()
    monkeypatch.setenv("LIAISON_PASSPHRASE", PASSPHRASE)
    return vault_path


def _reopen(path) -> Vault:
    return Vault.open(path, PASSPHRASE)


def test_cli_contact_and_agency(cli_vault, capsys, tmp_path):
    rc, out, _ = _cli(capsys, cli_vault, "agency", "add", "--name", "Hellenic Police", "--kind", "police",
                      "--country", "GR", "--languages", "el,en", "--channels", "SIENA: hp@siena", "--json")
    assert rc == 0
    agency_id = json.loads(out)["id"]
    rc, out, _ = _cli(capsys, cli_vault, "contact", "add", "--name", "Αλέξανδρος Παπαδόπουλος", "--country", "GR",
                      "--agency", "Hellenic Police", "--email", "a.pap@example.gr", "--phones", "+30 210 123 4567",
                      "--languages", "el", "--languages", "en", "--time-zone", "Europe/Athens")
    assert rc == 0
    contact_id = out.strip()
    assert len(contact_id) == 26

    rc, out, _ = _cli(capsys, cli_vault, "contact", "show", "a.pap@example.gr", "--justification", "call", "--json")
    shown = json.loads(out)
    assert rc == 0 and shown["id"] == contact_id and shown["agency_id"] == agency_id
    assert shown["languages"] == ["el", "en"]
    with _reopen(cli_vault) as v:
        consult = v.audit.list(action="consult", record_id=contact_id)
        assert len(consult) == 1 and consult[0]["justification"] == "call"

    rc, out, _ = _cli(capsys, cli_vault, "contact", "update", "a.pap@example.gr", "--role", "Desk officer", "--json")
    assert rc == 0 and json.loads(out)["changed"] == ["role"]

    rc, out, err = _cli(capsys, cli_vault, "contact", "add", "--name", "Nobody", "--country", "XX", "--json")
    assert rc == 2 and json.loads(out)["error"]["field"] == "country" and "XX" in err

    for n in range(3):
        _cli(capsys, cli_vault, "contact", "add", "--name", f"Extra {n}", "--country", "PL")
    rc, out, _ = _cli(capsys, cli_vault, "contact", "list", "--limit", "2", "--json")
    first = json.loads(out)
    assert rc == 0 and len(first["items"]) == 2 and first["next_cursor"]
    rc, out, _ = _cli(capsys, cli_vault, "contact", "list", "--limit", "2", "--after", first["next_cursor"], "--json")
    second = json.loads(out)
    assert len(second["items"]) == 2 and not second["next_cursor"]
    assert {r["id"] for r in first["items"]}.isdisjoint({r["id"] for r in second["items"]})
    rc, out, _ = _cli(capsys, cli_vault, "contact", "list", "--country", "GR")
    assert rc == 0 and "Αλέξανδρος" in out and "Extra" not in out

    rc, out, _ = _cli(capsys, cli_vault, "agency", "list", "--json")
    assert [a["name"] for a in json.loads(out)["items"]] == ["Hellenic Police"]
    rc, out, _ = _cli(capsys, cli_vault, "agency", "update", "Hellenic Police", "--kind", "spoc")
    assert rc == 0
    rc, out, _ = _cli(capsys, cli_vault, "agency", "show", agency_id, "--json")
    assert json.loads(out)["kind"] == "spoc"

    card_file = tmp_path / "out.vcf"
    rc, out, _ = _cli(capsys, cli_vault, "contact", "export-vcard", "a.pap@example.gr", "--output", str(card_file))
    assert rc == 0 and card_file.read_text(encoding="utf-8").count("BEGIN:VCARD") == 1
    assert (card_file.stat().st_mode & 0o077) == 0

    in_file = tmp_path / "in.vcf"
    in_file.write_text(SEVERAL, encoding="utf-8")
    rc, out, _ = _cli(capsys, cli_vault, "contact", "import-vcard", str(in_file), "--country", "IL", "--json")
    assert rc == 0 and len(json.loads(out)["ids"]) == 2
    bad_file = tmp_path / "bad.vcf"
    bad_file.write_text("garbage", encoding="utf-8")
    rc, out, err = _cli(capsys, cli_vault, "contact", "import-vcard", str(bad_file), "--country", "IL")
    assert rc == 2 and "vCard" in err
    rc, _, err = _cli(capsys, cli_vault, "contact", "show", "nobody@example.org")
    assert rc == 3

    with _reopen(cli_vault) as v:
        assert _count(v, "contacts") == 6
