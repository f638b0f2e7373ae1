"""Contacts (counterparts) and agencies (the bodies they work for).

An officer's directory: who to call in which country, in which language, through
which secure channel, in which time zone. Contacts are found by id or e-mail,
agencies by id or exact name. vCard files import and export contacts (several
cards per file; unreadable files are refused whole, nothing written).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from typing import Any

from ..changes import Changes, created, updated
from ..db import DatabaseError
from ..errors import NotFound, ValidationError
from ..handling import validate_channel
from ..ids import is_id, new_id
from ..paging import Page, keyset_page
from ..refdata import countries, languages, validate_country, validate_language
from ..timeutil import utcnow_iso, zone

AGENCY_KINDS = ("central-authority", "police", "prosecutor", "court", "24-7-point", "spoc", "customs", "other")
ORIGINS = ("user", "reference", "demo", "import")
MAX_TEXT = 20_000
MAX_NAME = 300

_EMAIL = re.compile(r"^[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[^@\s<>()\[\],;:\".]{2,}$")
_PHONE_CHARS = re.compile(r"^[+0-9 ()./\-]+$")
_PHONE_EXT = re.compile(r"\s*(?:ext\.?|extension|x)\s*(\d{1,6})\s*$", re.IGNORECASE)


# --------------------------------------------------------------------- helpers
def clean_text(value: Any, field: str, *, required: bool = False, max_len: int = MAX_TEXT) -> str:
    """Trimmed text; '' for none. Refuses control characters other than newlines
    and tabs (they hide text in printed letters and logs)."""
    text = "" if value is None else str(value).strip()
    if required and not text:
        raise ValidationError(f"{field}: this is required.", field=field)
    if len(text) > max_len:
        raise ValidationError(f"{field}: at most {max_len} characters (got {len(text)}).", field=field)
    if any(ord(c) < 32 and c not in "\n\t\r" for c in text):
        raise ValidationError(f"{field}: remove the control characters from the text.", field=field)
    if any("\ud800" <= c <= "\udfff" for c in text):
        raise ValidationError(f"{field}: contains an invalid character (a lone surrogate: bytes that were not "
                              "UTF-8).", field=field)
    return text


def as_list(value: Any) -> list:
    """Lists given as a list, a tuple, a JSON list or comma-separated text."""
    if value is None or value == "":
        return []
    if isinstance(value, str):
        stripped = value.strip()
        if stripped.startswith("["):
            try:
                loaded = json.loads(stripped)
            except ValueError:
                loaded = None
            if isinstance(loaded, list):
                return loaded
        return [p.strip() for p in stripped.split(",") if p.strip()]
    if isinstance(value, (list, tuple)):
        return list(value)
    raise ValidationError(f"Expected a list, got {type(value).__name__}.")


def validate_languages(value: Any, field: str = "languages") -> list[str]:
    out: list[str] = []
    for code in as_list(value):
        norm = validate_language(code, field=field)
        if norm and norm not in out:
            out.append(norm)
    return out


def validate_countries(value: Any, field: str) -> list[str]:
    out: list[str] = []
    for code in as_list(value):
        norm = validate_country(code, field=field)
        if norm and norm not in out:
            out.append(norm)
    return out


def validate_email(value: Any, field: str = "email") -> str:
    text = clean_text(value, field, max_len=320)
    if text.lower().startswith("mailto:"):
        text = text[7:]
    if text and not _EMAIL.match(text):
        raise ValidationError(f"{field}: '{text}' is not an e-mail address (name@example.org).", field=field)
    return text


def validate_phone(value: Any, field: str = "phones") -> dict[str, str]:
    """Keep the number as entered; add its E.164 form when it is written
    internationally (+ or 00). An international number that cannot be E.164 is
    refused; national numbers are kept as entered (their country code is not
    guessed)."""
    entered = clean_text(value, field, max_len=60)
    if not entered:
        raise ValidationError(f"{field}: an empty phone number was given.", field=field)
    body = _PHONE_EXT.sub("", entered)
    if not _PHONE_CHARS.match(body):
        raise ValidationError(
            f"{field}: '{entered}' is not a phone number (digits, spaces, + ( ) - . / and an optional 'ext 12').",
            field=field,
        )
    digits = re.sub(r"\D", "", body)
    if len(digits) < 3:
        raise ValidationError(f"{field}: '{entered}' has too few digits.", field=field)
    e164 = ""
    international = body.lstrip().startswith("+") or (digits.startswith("00") and body.lstrip().startswith("00"))
    if international:
        national = digits[2:] if body.lstrip().startswith("00") else digits
        if "+" in body.lstrip()[1:] or not re.fullmatch(r"[1-9]\d{6,14}", national):
            raise ValidationError(
                f"{field}: '{entered}' is not a valid international number (E.164: + then 7 to 15 digits, "
                "no leading 0 after the +).",
                field=field,
            )
        e164 = "+" + national
    return {"number": entered, "e164": e164}


def validate_phones(value: Any, field: str = "phones") -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    for item in as_list(value):
        number = item.get("number") if isinstance(item, dict) else item
        phone = validate_phone(number, field)
        if phone not in out:
            out.append(phone)
    return out


def validate_channel_addresses(value: Any, field: str) -> list[dict[str, str]]:
    """``[{channel, address}]`` from dicts or "Channel: address" text; the channel
    must be one of the reference channels (handling_codes.json)."""
    out: list[dict[str, str]] = []
    for item in as_list(value):
        if isinstance(item, dict):
            channel, address = item.get("channel"), item.get("address", "")
        else:
            channel, _, address = str(item).partition(":")  # "SIENA: unit@siena", "E-mail: a@b.org"
        name = validate_channel(clean_text(channel, field, required=True, max_len=100), field=field)
        entry = {"channel": name, "address": clean_text(address, field, max_len=500)}
        if entry not in out:
            out.append(entry)
    return out


def validate_time_zone(value: Any, field: str = "time_zone") -> str:
    text = clean_text(value, field, max_len=64)
    if text:
        try:
            zone(text)
        except ValidationError as exc:
            raise ValidationError(exc.message, field=field) from None
    return text


def validate_origin(value: Any) -> str:
    origin = str(value or "user")
    if origin not in ORIGINS:
        raise ValidationError(f"origin: '{origin}' is not one of {', '.join(ORIGINS)}.", field="origin")
    return origin


def decode(row: dict[str, Any], json_fields: Iterable[str]) -> dict[str, Any]:
    out = dict(row)
    for f in json_fields:
        if f in out and isinstance(out[f], str):
            out[f] = json.loads(out[f] or "[]")
    return out


def check_unknown(fields: dict[str, Any], allowed: Iterable[str], what: str) -> None:
    unknown = sorted(set(fields) - set(allowed))
    if unknown:
        raise ValidationError(f"Unknown {what} field(s): {', '.join(unknown)}.", field=unknown[0])


def translate_db_error(exc: Exception, what: str) -> ValidationError:
    """A driver exception becomes a ValidationError a person can act on."""
    text = str(exc)
    if "contacts.email_key" in text or "contacts_email_key" in text:
        return ValidationError("email: another contact already has this e-mail address.", field="email")
    if "agreements.reference" in text or "agreements_reference" in text:
        return ValidationError("reference: another agreement already has this reference.", field="reference")
    if "FOREIGN KEY" in text:
        return ValidationError(f"{what}: a linked record does not exist.")
    return ValidationError(f"{what} could not be saved: {text}.")


def _join(items: Iterable[str]) -> str:
    return ", ".join(i for i in items if i)


# --------------------------------------------------------------------- agencies
_AGENCY_FIELDS = ("name", "kind", "country", "languages", "channels", "phones", "email", "address", "time_zone",
                  "notes", "origin")
_AGENCY_JSON = ("languages", "channels", "phones")


class AgencyStore:
    """Foreign and domestic bodies: central authorities, police, prosecutors,
    courts, 24/7 points, single points of contact (SPOC), customs."""

    record_type = "agency"
    sortable = ("name", "kind", "country", "created_at", "updated_at")

    def __init__(self, vault) -> None:
        self.vault = vault

    # validation
    def _validate(self, f: dict[str, Any]) -> dict[str, Any]:
        kind = clean_text(f.get("kind"), "kind", required=True).lower()
        if kind not in AGENCY_KINDS:
            raise ValidationError(f"kind: '{kind}' is not one of {', '.join(AGENCY_KINDS)}.", field="kind")
        return {
            "name": clean_text(f.get("name"), "name", required=True, max_len=MAX_NAME),
            "kind": kind,
            "country": validate_country(f.get("country"), field="country"),
            "languages": validate_languages(f.get("languages")),
            "channels": validate_channel_addresses(f.get("channels"), "channels"),
            "phones": validate_phones(f.get("phones")),
            "email": validate_email(f.get("email")),
            "address": clean_text(f.get("address"), "address", max_len=2000),
            "time_zone": validate_time_zone(f.get("time_zone")),
            "notes": clean_text(f.get("notes"), "notes"),
            "origin": validate_origin(f.get("origin")),
        }

    @staticmethod
    def _encode(v: dict[str, Any]) -> dict[str, Any]:
        return {k: json.dumps(val, ensure_ascii=False) if k in _AGENCY_JSON else val for k, val in v.items()}

    def _index(self, rid: str, v: dict[str, Any]) -> None:
        text = "\n".join([
            v["kind"], v["country"], countries().get(v["country"], ""), v["email"], v["address"], v["notes"],
            _join(p["number"] for p in v["phones"]), _join(f"{c['channel']} {c['address']}" for c in v["channels"]),
        ])
        self.vault.search.index(self.record_type, rid, title=v["name"], text=text, ref=v["email"] or None)

    # writes
    def add(self, **fields: Any) -> Changes:
        """Create an agency; returns its id in ``Changes.id``."""
        check_unknown(fields, _AGENCY_FIELDS, "agency")
        v = self._validate(fields)
        rid, now = new_id(), utcnow_iso()
        try:
            with self.vault.transaction() as db:
                db["agencies"].insert({"id": rid, **self._encode(v), "created_at": now, "updated_at": now, "rev": 1})
                self.vault.audit.log("create", self.record_type, rid, ref=v["name"],
                                     summary=f"agency {v['name']} ({v['kind']}, {v['country']})")
                self._index(rid, v)
        except DatabaseError as exc:
            raise translate_db_error(exc, "agency") from exc
        return created(self.record_type, rid)

    def update(self, ref_or_id: str, **fields: Any) -> Changes:
        check_unknown(fields, _AGENCY_FIELDS, "agency")
        rid = self.resolve(ref_or_id)
        current = self.get(rid)
        merged = {k: current[k] for k in _AGENCY_FIELDS}
        merged.update(fields)
        v = self._validate(merged)
        changed = [k for k in _AGENCY_FIELDS if v[k] != current[k]]
        if not changed:
            return Changes(note="nothing changed")
        try:
            with self.vault.transaction() as db:
                enc = self._encode({k: v[k] for k in changed})
                sets = ", ".join(f"{k} = ?" for k in enc)
                db.execute(f"UPDATE agencies SET {sets}, updated_at = ?, rev = rev + 1 WHERE id = ?",
                           [*enc.values(), utcnow_iso(), rid])
                self.vault.audit.log("alter", self.record_type, rid, ref=v["name"],
                                     summary=f"agency changed: {', '.join(changed)}", details={"fields": changed})
                self._index(rid, v)
        except DatabaseError as exc:
            raise translate_db_error(exc, "agency") from exc
        return updated(self.record_type, rid, fields=changed)

    # reads
    def resolve(self, ref_or_id: str) -> str:
        """An agency's id from its id or its exact name (case-insensitive)."""
        text = str(ref_or_id or "").strip()
        if not text:
            raise NotFound("No agency given: use its id or its name.")
        if is_id(text):
            row = self.vault.db.execute("SELECT id FROM agencies WHERE id = ?", [text]).fetchone()
            if row:
                return row[0]
        rows = self.vault.db.execute(
            "SELECT id FROM agencies WHERE name = ? COLLATE NOCASE LIMIT 2", [text]
        ).fetchall()
        if len(rows) == 1:
            return rows[0][0]
        if len(rows) > 1:
            raise ValidationError(f"Several agencies are named '{text}'; use the id (see 'liaison agency list').",
                                  field="agency")
        raise NotFound(f"No agency with the id or name '{text}'.", hint="See 'liaison agency list'.")

    def get(self, ref_or_id: str) -> dict[str, Any]:
        rid = self.resolve(ref_or_id)
        rows = list(self.vault.db.query("SELECT * FROM agencies WHERE id = ?", [rid]))
        return decode(rows[0], _AGENCY_JSON)

    def list(
        self,
        *,
        country: str | None = None,
        kind: str | None = None,
        sort: str = "name",
        descending: bool = False,
        after: str | None = None,
        limit: int = 50,
    ) -> Page:
        where, params = [], []
        if country:
            where.append("country = ?")
            params.append(validate_country(country, field="country"))
        if kind:
            if kind not in AGENCY_KINDS:
                raise ValidationError(f"kind: '{kind}' is not one of {', '.join(AGENCY_KINDS)}.", field="kind")
            where.append("kind = ?")
            params.append(kind)
        page = keyset_page(self.vault.db, select="SELECT * FROM agencies", where=where, params=params, sort=sort,
                           sortable=self.sortable, descending=descending, after=after, limit=limit)
        page.items = [decode(r, _AGENCY_JSON) for r in page.items]
        return page


# --------------------------------------------------------------------- contacts
_CONTACT_FIELDS = ("name", "agency", "organisation", "role", "country", "languages", "phones", "email",
                   "secure_channels", "time_zone", "notes", "origin")
_CONTACT_JSON = ("languages", "phones", "secure_channels")


class ContactStore:
    """Counterparts: name, agency, country, role, languages, phones, e-mail,
    secure channel addresses, time zone, notes. ``resolve`` takes the id or the
    e-mail address (unique per vault)."""

    record_type = "contact"
    sortable = ("name", "country", "email", "created_at", "updated_at")

    def __init__(self, vault) -> None:
        self.vault = vault

    def _validate(self, f: dict[str, Any]) -> dict[str, Any]:
        agency = f.get("agency")
        agency_id = self.vault.agencies.resolve(agency) if agency not in (None, "") else None
        email = validate_email(f.get("email"))
        return {
            "name": clean_text(f.get("name"), "name", required=True, max_len=MAX_NAME),
            "agency_id": agency_id,
            "organisation": clean_text(f.get("organisation"), "organisation", max_len=MAX_NAME),
            "role": clean_text(f.get("role"), "role", max_len=MAX_NAME),
            "country": validate_country(f.get("country"), field="country"),
            "languages": validate_languages(f.get("languages")),
            "phones": validate_phones(f.get("phones")),
            "email": email,
            "email_key": email.lower(),
            "secure_channels": validate_channel_addresses(f.get("secure_channels"), "secure_channels"),
            "time_zone": validate_time_zone(f.get("time_zone")),
            "notes": clean_text(f.get("notes"), "notes"),
            "origin": validate_origin(f.get("origin")),
        }

    def _check_email_free(self, email_key: str, own_id: str | None = None) -> None:
        if not email_key:
            return
        row = self.vault.db.execute("SELECT id FROM contacts WHERE email_key = ?", [email_key]).fetchone()
        if row and row[0] != own_id:
            raise ValidationError(
                f"email: the contact {row[0]} already has the address '{email_key}'; update that contact instead.",
                field="email",
            )

    @staticmethod
    def _encode(v: dict[str, Any]) -> dict[str, Any]:
        return {k: json.dumps(val, ensure_ascii=False) if k in _CONTACT_JSON else val for k, val in v.items()}

    def _index(self, rid: str, v: dict[str, Any]) -> None:
        agency = ""
        if v["agency_id"]:
            row = self.vault.db.execute("SELECT name FROM agencies WHERE id = ?", [v["agency_id"]]).fetchone()
            agency = row[0] if row else ""
        text = "\n".join([
            agency, v["organisation"], v["role"], v["country"], countries().get(v["country"], ""), v["email"],
            _join(p["number"] for p in v["phones"]),
            _join(f"{c['channel']} {c['address']}" for c in v["secure_channels"]),
            _join(languages().get(code, code) for code in v["languages"]), v["notes"],
        ])
        self.vault.search.index(self.record_type, rid, title=v["name"], text=text, ref=v["email"] or None)

    def _insert(self, db, v: dict[str, Any], *, summary: str, action: str = "create",
                audit: list[dict[str, Any]] | None = None) -> str:
        """Write one contact, its audit entry (or add it to ``audit``, for the caller's one append of many)
        and its search entry."""
        rid, now = new_id(), utcnow_iso()
        db["contacts"].insert({"id": rid, **self._encode(v), "created_at": now, "updated_at": now, "rev": 1})
        entry = {"action": action, "record_type": self.record_type, "record_id": rid,
                 "ref": v["email"] or v["name"], "summary": summary}
        if audit is None:
            self.vault.audit.log_many([entry])
        else:
            audit.append(entry)
        self._index(rid, v)
        return rid

    # writes
    def add(self, **fields: Any) -> Changes:
        """Create a contact. ``agency`` is an agency id or name; ``phones``,
        ``languages`` and ``secure_channels`` are lists."""
        check_unknown(fields, _CONTACT_FIELDS, "contact")
        v = self._validate(fields)
        self._check_email_free(v["email_key"])
        try:
            with self.vault.transaction() as db:
                rid = self._insert(db, v, summary=f"contact {v['name']} ({v['country']})")
        except DatabaseError as exc:
            raise translate_db_error(exc, "contact") from exc
        return created(self.record_type, rid)

    def update(self, ref_or_id: str, **fields: Any) -> Changes:
        check_unknown(fields, _CONTACT_FIELDS, "contact")
        rid = self.resolve(ref_or_id)
        current = self.get(rid)
        merged = {k: current[k] for k in _CONTACT_FIELDS if k != "agency"}
        merged["agency"] = current["agency_id"]
        merged.update(fields)
        v = self._validate(merged)
        self._check_email_free(v["email_key"], rid)
        keys = [k for k in v if k != "email_key"]
        changed = [k for k in keys if v[k] != current[k]]
        if not changed:
            return Changes(note="nothing changed")
        if "email" in changed:
            changed.append("email_key")
        try:
            with self.vault.transaction() as db:
                enc = self._encode({k: v[k] for k in changed})
                sets = ", ".join(f"{k} = ?" for k in enc)
                db.execute(f"UPDATE contacts SET {sets}, updated_at = ?, rev = rev + 1 WHERE id = ?",
                           [*enc.values(), utcnow_iso(), rid])
                shown = [c for c in changed if c != "email_key"]
                self.vault.audit.log("alter", self.record_type, rid, ref=v["email"] or v["name"],
                                     summary=f"contact changed: {', '.join(shown)}", details={"fields": shown})
                self._index(rid, v)
        except DatabaseError as exc:
            raise translate_db_error(exc, "contact") from exc
        return updated(self.record_type, rid, fields=[c for c in changed if c != "email_key"])

    # reads
    def resolve(self, ref_or_id: str) -> str:
        """A contact's id from its id or its e-mail address (case-insensitive)."""
        text = str(ref_or_id or "").strip()
        if not text:
            raise NotFound("No contact given: use its id or its e-mail address.")
        db = self.vault.db
        if is_id(text):
            row = db.execute("SELECT id FROM contacts WHERE id = ?", [text]).fetchone()
            if row:
                return row[0]
        row = db.execute("SELECT id FROM contacts WHERE email_key = ?", [text.lower()]).fetchone()
        if row:
            return row[0]
        raise NotFound(f"No contact with the id or e-mail '{text}'.", hint="See 'liaison contact list'.")

    def get(self, ref_or_id: str, *, consult: bool = False, justification: str | None = None) -> dict[str, Any]:
        """The contact. A counterpart's details are personal data: ``consult=True``
        (showing them to the officer) logs the consultation (LED Art. 25)."""
        rid = self.resolve(ref_or_id)
        rows = list(self.vault.db.query(
            "SELECT c.*, coalesce(a.name, '') AS agency_name FROM contacts c "
            "LEFT JOIN agencies a ON a.id = c.agency_id WHERE c.id = ?", [rid]))
        record = decode(rows[0], _CONTACT_JSON)
        if consult:
            self.vault.audit.log("consult", self.record_type, rid, ref=record["email"] or record["name"],
                                 summary="contact opened", justification=justification or None)
        return record

    def list(
        self,
        *,
        country: str | None = None,
        agency: str | None = None,
        sort: str = "name",
        descending: bool = False,
        after: str | None = None,
        limit: int = 50,
    ) -> Page:
        where, params = [], []
        if country:
            where.append("c.country = ?")
            params.append(validate_country(country, field="country"))
        if agency:
            where.append("c.agency_id = ?")
            params.append(self.vault.agencies.resolve(agency))
        if sort not in self.sortable:
            raise ValidationError(f"Cannot sort by '{sort}'; choose one of: {', '.join(self.sortable)}.", field="sort")
        page = keyset_page(
            self.vault.db,
            select="SELECT c.*, coalesce(a.name, '') AS agency_name FROM contacts c "
                   "LEFT JOIN agencies a ON a.id = c.agency_id",
            where=where, params=params, sort=sort, sortable=self.sortable, descending=descending, after=after,
            limit=limit, sort_expr=f"c.{sort}", id_expr="c.id",
        )
        page.items = [decode(r, _CONTACT_JSON) for r in page.items]
        return page

    # vCard
    def import_vcard(self, data: str | bytes, *, country: str | None = None, agency: str | None = None,
                     checkpoint: Callable[[], None] | None = None) -> Changes:
        """Import every card of a vCard file (3.0 or 4.0). All cards are checked
        before anything is written: one unreadable or invalid card refuses the
        whole file. ``country`` is used for cards that carry none. A card whose
        e-mail is already in the directory is skipped (listed in
        ``Changes.extra['skipped']``), so importing the same file twice is safe.
        ``checkpoint()`` is called before each card is checked and before each is
        written: raising there (a cancelled import) stops it, and nothing is written."""
        checkpoint = checkpoint or (lambda: None)
        cards = parse_vcards(data)
        default_country = validate_country(country, field="country", required=False)
        prepared: list[dict[str, Any]] = []
        skipped: list[str] = []
        seen: set[str] = set()
        for n, card in enumerate(cards, 1):
            checkpoint()
            fields = dict(card)
            fields["country"] = fields.get("country") or default_country
            if not fields["country"]:
                raise ValidationError(
                    f"card {n} ({fields.get('name') or 'no name'}) has no country; give one with --country.",
                    field="country",
                )
            if agency:
                fields["agency"] = agency
            fields["origin"] = "import"
            try:
                v = self._validate(fields)
            except ValidationError as exc:
                raise ValidationError(f"card {n} ({fields.get('name') or 'no name'}): {exc.message}",
                                      field=exc.field) from None
            key = v["email_key"]
            if key and (key in seen or self.vault.db.execute(
                    "SELECT 1 FROM contacts WHERE email_key = ?", [key]).fetchone()):
                skipped.append(f"{v['name']} <{v['email']}>: e-mail already in the directory")
                continue
            if key:
                seen.add(key)
            prepared.append(v)
        ids: list[str] = []
        try:
            # One transaction; the audit entries appended, and the search entries written, in one go each.
            with self.vault.transaction() as db, self.vault.search.batch():
                audit: list[dict[str, Any]] = []
                for v in prepared:
                    checkpoint()
                    ids.append(self._insert(db, v, action="import", audit=audit,
                                            summary=f"contact {v['name']} ({v['country']}) imported from a vCard"))
                self.vault.audit.log_many(audit)
        except DatabaseError as exc:
            raise translate_db_error(exc, "contact") from exc
        return Changes(created=tuple((self.record_type, i) for i in ids),
                       note=f"{len(ids)} imported, {len(skipped)} skipped", extra={"skipped": skipped})

    def export_vcard(self, refs: Iterable[str] | None = None, *, country: str | None = None) -> str:
        """vCard 3.0 text for the given contacts (ids or e-mails), or for all
        contacts (of ``country``), read page by page. The export is audited
        ('export', with the number of cards)."""
        out: list[str] = []
        ids: list[str] = []
        if refs is not None:
            for ref in refs:
                c = self.get(ref)
                out.append(contact_to_vcard(c))
                ids.append(c["id"])
        else:
            after = None
            while True:
                page = self.list(country=country, after=after, limit=500)
                for c in page.items:
                    out.append(contact_to_vcard(c))
                    ids.append(c["id"])
                if not page.next_cursor:
                    break
                after = page.next_cursor
        self.vault.audit.log("export", self.record_type, ids[0] if len(ids) == 1 else None,
                             summary=f"{len(ids)} contact(s) exported as vCard", details={"ids": ids})
        return "".join(out)


# ------------------------------------------------------------------------ vCard
def _country_from_text(text: str) -> str | None:
    """An ISO code from a vCard's country text ("GR", "Greece"), or None."""
    text = (text or "").strip()
    if not text:
        return None
    if len(text) == 2:
        return validate_country(text, field="country", required=False)
    import pycountry

    try:
        return pycountry.countries.lookup(text).alpha_2
    except LookupError:
        return None


def _values(card, name: str) -> list:
    return [line.value for line in card.contents.get(name, [])]


def _first(card, name: str) -> str:
    vals = _values(card, name)
    return str(vals[0]).strip() if vals and vals[0] is not None else ""


def parse_vcards(data: str | bytes) -> list[dict[str, Any]]:
    """Contact fields from each card of a vCard file. Nothing is validated here
    beyond readability; an unreadable file raises ValidationError."""
    import vobject

    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ValidationError("The vCard file is not UTF-8 text; export it again as UTF-8.",
                                  field="file") from None
    try:
        components = list(vobject.readComponents(data, allowQP=True))
    except Exception as exc:  # vobject raises many kinds on bad input
        raise ValidationError(f"The file is not a readable vCard file: {exc}.", field="file") from None
    cards = [c for c in components if c.name.upper() == "VCARD"]
    if not cards or len(cards) != len(components):
        raise ValidationError("The file holds no vCard (BEGIN:VCARD ... END:VCARD); nothing was imported.",
                              field="file")
    out: list[dict[str, Any]] = []
    for card in cards:
        name = _first(card, "fn")
        if not name and card.contents.get("n"):
            n = card.n.value
            name = " ".join(p for p in (n.prefix, n.given, n.additional, n.family, n.suffix) if p).strip()
        org = _values(card, "org")
        organisation = " ".join(str(x) for x in org[0]) if org and isinstance(org[0], list) else (
            str(org[0]) if org else "")
        notes = _first(card, "note")
        time_zone = _first(card, "tz")
        if time_zone:
            try:
                zone(time_zone)
            except ValidationError:
                notes = "\n".join(x for x in (notes, f"Time zone in the vCard: {time_zone}") if x)
                time_zone = ""
        country = _first(card, "x-liaison-country")
        if not country:
            for adr in _values(card, "adr"):
                country = _country_from_text(getattr(adr, "country", "")) or ""
                if country:
                    break
        emails = [str(e).strip() for e in _values(card, "email") if str(e).strip()]
        if len(emails) > 1:
            notes = "\n".join(x for x in (notes, "Other e-mail: " + ", ".join(emails[1:])) if x)
        out.append({
            "name": name,
            "organisation": organisation.strip(),
            "role": _first(card, "title") or _first(card, "role"),
            "email": emails[0] if emails else "",
            "phones": [str(t).strip() for t in _values(card, "tel") if str(t).strip()],
            "languages": [str(x).strip() for x in _values(card, "lang") if str(x).strip()],
            "secure_channels": [str(x) for x in _values(card, "x-liaison-channel")],
            "time_zone": time_zone,
            "country": country,
            "notes": notes,
        })
    return out


def contact_to_vcard(contact: dict[str, Any]) -> str:
    """One vCard 3.0 card for a contact: name, organisation, role, e-mail,
    phones, note, languages (LANG), time zone, country and secure channels
    (X-LIAISON-* properties, read back by :func:`parse_vcards`)."""
    import vobject

    card = vobject.vCard()
    card.add("fn").value = contact["name"]
    card.add("n").value = vobject.vcard.Name(family=contact["name"])
    org = contact.get("agency_name") or contact.get("organisation")
    if org:
        card.add("org").value = [org]
    if contact.get("role"):
        card.add("title").value = contact["role"]
    if contact.get("email"):
        line = card.add("email")
        line.value = contact["email"]
        line.type_param = "INTERNET"
    for phone in contact.get("phones", []):
        line = card.add("tel")
        line.value = phone["number"]
        line.type_param = "WORK"
    for code in contact.get("languages", []):
        card.add("lang").value = code
    if contact.get("time_zone"):
        card.add("tz").value = contact["time_zone"]
    card.add("x-liaison-country").value = contact["country"]
    for ch in contact.get("secure_channels", []):
        card.add("x-liaison-channel").value = f"{ch['channel']}: {ch['address']}" if ch.get("address") else ch["channel"]
    if contact.get("notes"):
        card.add("note").value = contact["notes"]
    return card.serialize()
