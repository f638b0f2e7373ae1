"""Persons: the data subjects a case is about (Law Enforcement Directive 2016/680).

Art. 6 asks for the category (suspect, convicted, victim, witness, other), per
case as well as for the person; Art. 7 asks to keep facts apart from
assessments, so they are two lists, each entry with its source and date.

Names are kept exactly as typed, in any script; a Latin transliteration is
suggested with ``anyascii`` when none is given and marked as automatic. Each
person has a neutral reference (``P-2026-0007``) to talk about them without a
name; audit summaries use only that reference, never a name, because the audit
trail outlives erasure.
"""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

from anyascii import anyascii

from ..changes import Changes, created, updated
from ..errors import Conflict, NotFound, ValidationError
from ..ids import new_id
from ..paging import Page, keyset_page
from ..refdata import validate_country, validate_language
from ..timeutil import parse_date, utcnow_iso
from .cases import (
    allocate_reference,
    check_origin,
    check_review_date,
    check_text,
    like_pattern,
    resolve_reference,
    seek_bound,
    table_columns,
    translate_db_errors,
)

CATEGORIES = ("suspect", "convicted", "victim", "witness", "other")
DOCUMENT_TYPES = ("passport", "identity card", "driving licence", "residence permit", "visa", "other")
PERSON_PATTERN = "P-{year}-{seq:04}"
ERASED_NAME = "[erased]"

SORTABLE = ("display_name", "reference", "category", "nationality", "review_date", "created_at", "updated_at")
LIST_COLUMNS = ("id, reference, display_name, transliteration, transliteration_auto, date_of_birth, nationality, "
                "category, review_date, erased_at, created_at, updated_at, rev")
EDITABLE = ("names", "display_name", "transliteration", "date_of_birth", "nationality", "documents", "category",
            "facts", "assessments", "notes", "review_date", "kind", "place_of_birth", "address", "sex", "languages",
            "registration_number")
_JSON_FIELDS = ("names", "documents", "facts", "assessments", "languages")
KINDS = ("natural", "legal")  # a legal person: a company or another body
SEXES = ("female", "male", "other")
_MAX_NAMES, _MAX_DOCS, _MAX_ENTRIES = 50, 50, 500
_DOB = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _decode(row: dict[str, Any]) -> dict[str, Any]:
    row = dict(row)
    for key in _JSON_FIELDS:
        if key in row:
            row[key] = json.loads(row[key] or "[]")
    if "transliteration_auto" in row:
        row["transliteration_auto"] = bool(row["transliteration_auto"])
    if "erased_at" in row:
        row["erased"] = bool(row["erased_at"])
    return row


# ------------------------------------------------------------------ validators
def check_names(value: Any) -> list[dict[str, str]]:
    """[{text, script?, lang?}] with the text kept exactly (no normalisation:
    what the officer typed is what comes back); a plain string is one name."""
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)) or not value:
        raise ValidationError("names: give at least one name.", field="names")
    if len(value) > _MAX_NAMES:
        raise ValidationError(f"names: at most {_MAX_NAMES} names.", field="names")
    out = []
    for item in value:
        if isinstance(item, str):
            item = {"text": item}
        if not isinstance(item, dict):
            raise ValidationError("names: each name is a text or {text, script, lang}.", field="names")
        unknown = set(item) - {"text", "script", "lang"}
        if unknown:
            raise ValidationError(f"names: unknown key(s) {', '.join(sorted(unknown))}.", field="names")
        text = item.get("text")
        if not isinstance(text, str) or not text.strip():
            raise ValidationError("names: a name cannot be empty.", field="names")
        if len(text) > 1000 or "\x00" in text:
            raise ValidationError("names: a name is at most 1000 characters.", field="names")
        name = {"text": text}
        if item.get("script"):
            name["script"] = check_text(item["script"], "names.script", 60)
        if item.get("lang"):
            name["lang"] = validate_language(item["lang"], field="names.lang")
        out.append(name)
    return out


def check_date_of_birth(value: Any) -> str:
    """YYYY, YYYY-MM or YYYY-MM-DD (a partial date is common), not in the future."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return ""
    if isinstance(value, int):
        value = str(value)
    if isinstance(value, date):
        value = value.isoformat()
    text = str(value).strip()
    m = _DOB.match(text)
    if not m:
        raise ValidationError(f"date_of_birth: '{text}' is not YYYY, YYYY-MM or YYYY-MM-DD.", field="date_of_birth")
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        earliest = date(year, int(month or 1), int(day or 1))
    except ValueError as exc:
        raise ValidationError(f"date_of_birth: '{text}' is not a real date.", field="date_of_birth") from exc
    if year < 1880 or earliest > date.today():
        raise ValidationError(f"date_of_birth: '{text}' is not a plausible date of birth.", field="date_of_birth")
    return text


def check_documents(value: Any) -> list[dict[str, str]]:
    if value is None:
        return []
    if not isinstance(value, (list, tuple)):
        raise ValidationError("documents: give a list of {type, number, country, expires}.", field="documents")
    if len(value) > _MAX_DOCS:
        raise ValidationError(f"documents: at most {_MAX_DOCS}.", field="documents")
    out = []
    for doc in value:
        if not isinstance(doc, dict):
            raise ValidationError("documents: each document is {type, number, country, expires}.", field="documents")
        unknown = set(doc) - {"type", "number", "country", "expires"}
        if unknown:
            raise ValidationError(f"documents: unknown key(s) {', '.join(sorted(unknown))}.", field="documents")
        dtype = str(doc.get("type") or "").strip().lower()
        if dtype not in DOCUMENT_TYPES:
            raise ValidationError(f"documents: type '{doc.get('type')}' is not one of {', '.join(DOCUMENT_TYPES)}.",
                                  field="documents")
        number = check_text(doc.get("number"), "documents.number", 100, required=True)
        country = validate_country(doc.get("country"), field="documents.country", required=False) or ""
        expires = parse_date(str(doc["expires"]), field="documents.expires").isoformat() if doc.get("expires") else ""
        out.append({"type": dtype, "number": number, "country": country, "expires": expires})
    return out


def check_entries(value: Any, field: str) -> list[dict[str, str]]:
    """Facts or assessments: [{text, source, date}] (LED Art. 7). The source is
    required: an entry nobody can trace back is neither a fact nor an assessment."""
    if value is None:
        return []
    if not isinstance(value, (list, tuple)):
        raise ValidationError(f"{field}: give a list of {{text, source, date}}.", field=field)
    if len(value) > _MAX_ENTRIES:
        raise ValidationError(f"{field}: at most {_MAX_ENTRIES} entries.", field=field)
    out = []
    for e in value:
        if isinstance(e, str):
            e = {"text": e}
        if not isinstance(e, dict):
            raise ValidationError(f"{field}: each entry is {{text, source, date}}.", field=field)
        unknown = set(e) - {"text", "source", "date"}
        if unknown:
            raise ValidationError(f"{field}: unknown key(s) {', '.join(sorted(unknown))}.", field=field)
        text = check_text(e.get("text"), field, 10_000, required=True)
        source = check_text(e.get("source"), f"{field}.source", 500)
        if not source:
            raise ValidationError(f"{field}: each entry needs its source (who or what it comes from).", field=field)
        when = parse_date(str(e["date"]), field=f"{field}.date").isoformat() if e.get("date") else \
            date.today().isoformat()
        out.append({"text": text, "source": source, "date": when})
    return out


def check_category(value: Any, field: str = "category") -> str:
    if value not in CATEGORIES:
        raise ValidationError(f"{field}: '{value}' is not one of {', '.join(CATEGORIES)} (LED Art. 6).", field=field)
    return value


def suggest_transliteration(names: list[dict[str, str]]) -> str:
    """A Latin form for lists and search: a name already in ASCII when the officer
    gave one (their spelling beats a machine's), else the first name through
    ``anyascii`` (a suggestion, not an official transliteration); '' when every
    name is ASCII already and equals the display name."""
    if names[0]["text"].isascii():
        return ""
    for n in names[1:]:
        if n["text"].isascii():
            return n["text"].strip()
    return " ".join(anyascii(names[0]["text"]).split())


def _check_details(f: dict[str, Any]) -> dict[str, Any]:
    """Place of birth, address, sex, languages (what requests ask for), and the kind of person: a legal person
    (company) has a registration number and neither a date of birth nor a sex."""
    kind = f.get("kind") or "natural"
    if kind not in KINDS:
        raise ValidationError(f"kind: '{kind}' is not one of {', '.join(KINDS)} (legal: a company).", field="kind")
    sex = (f.get("sex") or "").strip().lower() if isinstance(f.get("sex"), str) or f.get("sex") is None else None
    if sex is None or (sex and sex not in SEXES):
        raise ValidationError(f"sex: use one of {', '.join(SEXES)}, or leave it empty.", field="sex")
    langs = f.get("languages") or []
    if isinstance(langs, str):
        langs = [x for x in re.split(r"[,\s]+", langs) if x]
    if not isinstance(langs, (list, tuple)) or len(langs) > 20:
        raise ValidationError("languages: give up to 20 ISO 639-1 codes (e.g. ar, fr).", field="languages")
    codes: list[str] = []
    for code in langs:
        c = validate_language(code, field="languages")
        if c not in codes:
            codes.append(c)
    out = {
        "kind": kind, "sex": sex, "languages": json.dumps(codes),
        "place_of_birth": check_text(f.get("place_of_birth"), "place_of_birth", 300),
        "address": check_text(f.get("address"), "address", 1_000),
        "registration_number": check_text(f.get("registration_number"), "registration_number", 100),
    }
    if kind == "legal":
        if f.get("date_of_birth"):
            raise ValidationError("date_of_birth: a legal person (company) has no date of birth; give its "
                                  "registration number.", field="date_of_birth")
        if sex:
            raise ValidationError("sex: a legal person (company) has none.", field="sex")
        if out["place_of_birth"]:
            raise ValidationError("place_of_birth: a legal person (company) has none; give its seat as address.",
                                  field="place_of_birth")
    elif out["registration_number"]:
        raise ValidationError("registration_number: only a legal person (company) has one.",
                              field="registration_number")
    return out


# ------------------------------------------------------------------- the store
class PersonStore:
    """``vault.persons``."""

    record_type = "person"

    def __init__(self, vault) -> None:
        self.vault = vault

    def resolve(self, ref_or_id: str) -> str:
        return resolve_reference(
            self.vault.db, "persons", ref_or_id,
            missing="No person given: name them by their reference (e.g. P-2026-0007) or id.",
            unknown="No person with the reference or id '{text}'.",
            hint="Find them with 'liaison person list --text NAME' or 'liaison search NAME'.",
        )

    def get(self, ref_or_id: str, *, consult: bool = False, justification: str | None = None,
            case: str | None = None) -> dict[str, Any]:
        """The person with the cases they are linked to. ``consult=True`` logs the
        consultation (LED Art. 25). ``case``: the case the person is consulted for (one they are linked to,
        by reference or id), which the log gives as the justification, after any reason stated."""
        person_id = self.resolve(ref_or_id)
        db = self.vault.db
        row = _decode(next(db.query("SELECT * FROM persons WHERE id = ?", [person_id])))
        row["cases"] = [
            dict(r) for r in db.query(
                "SELECT c.id AS case_id, c.reference, cp.role, cp.note FROM case_persons cp "
                "JOIN cases c ON c.id = cp.case_id WHERE cp.person_id = ? ORDER BY cp.created_at, cp.id",
                [person_id],
            )
        ]
        if case:
            case_id = self.vault.cases.resolve(case)
            linked = next((c for c in row["cases"] if c["case_id"] == case_id), None)
            if linked is None:
                raise ValidationError(f"{row['reference']} is not linked to the case {case}: the consultation "
                                      "cannot be given for it.", field="case")
            stated = (justification or "").strip()
            justification = (f"{stated}; " if stated else "") + f"for case {linked['reference']}"
        if consult:
            with self.vault.transaction():
                self.vault.audit.log("consult", "person", person_id, ref=row["reference"], summary="person opened",
                                     justification=justification)
        return row

    def list(
        self,
        *,
        category: str | None = None,
        nationality: str | None = None,
        case: str | None = None,
        text: str | None = None,
        include_erased: bool = False,
        sort: str = "display_name",
        descending: bool = False,
        after: str | None = None,
        limit: int = 50,
    ) -> Page:
        """One keyset page of persons. ``text`` is a substring of the display
        name, the transliteration or the reference; use search for other names."""
        where: list[str] = []
        params: list[Any] = []
        if category:
            where.append("category = ?")
            params.append(check_category(category))
        if nationality:
            where.append("nationality = ?")
            params.append(validate_country(nationality, field="nationality"))
        if case:
            where.append("id IN (SELECT person_id FROM case_persons WHERE case_id = ?)")
            params.append(self.vault.cases.resolve(case))
        if text and text.strip():
            pat = like_pattern(text.strip())
            where.append("(display_name LIKE ? ESCAPE '\\' OR transliteration LIKE ? ESCAPE '\\' "
                         "OR reference LIKE ? ESCAPE '\\')")
            params += [pat, pat, pat]
        if not include_erased:
            where.append("erased_at = ''")
        bound, bound_params = seek_bound(sort, SORTABLE, descending, after)
        where += bound
        params += bound_params
        page = keyset_page(self.vault.db, select=f"SELECT {LIST_COLUMNS} FROM persons", where=where,
                           params=params, sort=sort, sortable=SORTABLE, descending=descending, after=after,
                           limit=limit)
        page.items = [_decode(r) for r in page.items]
        return page

    # ------------------------------------------------------------------ writes
    def add(self, *, case: str | None = None, role: str | None = None, origin: str = "user",
            **fields: Any) -> Changes:
        """Create a person; with ``case`` also link them to it (``role`` defaults
        to the person's category). ``name="..."`` is a shortcut for one name."""
        if "name" in fields:
            if "names" in fields:
                raise ValidationError("Give either name or names, not both.", field="names")
            fields["names"] = [fields.pop("name")]
        unknown = set(fields) - set(EDITABLE)
        if unknown:
            raise ValidationError(f"Unknown person field(s): {', '.join(sorted(unknown))}.", field=sorted(unknown)[0])
        origin = check_origin(origin)
        values = self._validate(fields)
        if role is not None:
            check_category(role, "role")
        now = utcnow_iso()
        with translate_db_errors("person"), self.vault.transaction() as db:
            case_id = self.vault.cases.resolve(case) if case else None
            ref = allocate_reference(db, "person", PERSON_PATTERN, date.today().year, "persons")
            person_id = new_id()
            have = table_columns(self.vault, "persons")
            row = {"id": person_id, "reference": ref, **{k: v for k, v in values.items() if k in have},
                   "created_at": now, "updated_at": now, "rev": 1, "origin": origin}
            db.execute(f"INSERT INTO persons ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                       tuple(row.values()))
            self.vault.audit.log("create", "person", person_id, ref=ref,
                                 summary=f"person created ({values['category']})",
                                 details={"category": values["category"], "origin": origin})
            self._index(person_id)
            changes = created("person", person_id, reference=ref)
            if case_id:
                changes = changes + self._link(db, case_id, person_id, role or values["category"], "", origin)
        return changes

    def update(self, ref_or_id: str, *, expected_rev: int | None = None, **fields: Any) -> Changes:
        """Change a person's fields. Giving ``names`` without ``transliteration``
        re-suggests the transliteration only when the current one was automatic."""
        if "reference" in fields:
            raise ValidationError("reference: a person's reference never changes.", field="reference")
        unknown = set(fields) - set(EDITABLE)
        if unknown:
            raise ValidationError(f"Unknown person field(s): {', '.join(sorted(unknown))}.", field=sorted(unknown)[0])
        person_id = self.resolve(ref_or_id)
        with translate_db_errors("person"), self.vault.transaction() as db:
            current = _decode(next(db.query("SELECT * FROM persons WHERE id = ?", [person_id])))
            if current["erased"]:
                raise ValidationError(f"Person {current['reference']} has been erased; their data cannot be "
                                      "edited.", field="reference")
            if expected_rev is not None and current["rev"] != expected_rev:
                raise Conflict(f"Person {current['reference']} was changed meanwhile (revision {current['rev']}, "
                               f"you edited {expected_rev}). Reload and try again.")
            merged = {k: current[k] for k in EDITABLE if k in current}
            keep_auto = False
            if "names" in fields and "display_name" not in fields:
                merged["display_name"] = None  # follow the new first name
            if "transliteration" not in fields:
                if "names" in fields and current["transliteration_auto"]:
                    merged["transliteration"] = None  # re-suggest from the new names
                else:
                    keep_auto = current["transliteration_auto"]
            merged.update(fields)
            values = self._validate(merged, keep_auto=keep_auto)
            changes = {k: v for k, v in values.items() if k in current
                       and (json.loads(v) if k in _JSON_FIELDS else v) != current.get(k)}
            if not changes:
                return Changes(note="nothing changed")
            changes["updated_at"] = utcnow_iso()
            sets = ", ".join(f"{k} = ?" for k in changes)
            db.execute(f"UPDATE persons SET {sets}, rev = rev + 1 WHERE id = ?", (*changes.values(), person_id))
            names = sorted(k for k in changes if k != "updated_at")
            self.vault.audit.log("alter", "person", person_id, ref=current["reference"],
                                 summary=f"person updated: {', '.join(names)}", details={"fields": names})
            self._index(person_id)
        return updated("person", person_id)

    def add_fact(self, ref_or_id: str, text: str, *, source: str, on: str | None = None) -> Changes:
        """Append one fact (LED Art. 7: kept apart from assessments)."""
        return self._append(ref_or_id, "facts", {"text": text, "source": source, "date": on})

    def add_assessment(self, ref_or_id: str, text: str, *, source: str, on: str | None = None) -> Changes:
        """Append one personal assessment (LED Art. 7)."""
        return self._append(ref_or_id, "assessments", {"text": text, "source": source, "date": on})

    def _append(self, ref_or_id: str, key: str, entry: dict[str, Any]) -> Changes:
        person = self.get(ref_or_id)
        return self.update(person["id"], expected_rev=person["rev"], **{key: [*person[key], entry]})

    def link(self, case: str, person: str, *, role: str | None = None, note: str = "") -> Changes:
        """Link a person to a case with a role (their LED category in that case);
        linking again changes the role. Audited as a combination of data."""
        case_id = self.vault.cases.resolve(case)
        person_id = self.resolve(person)
        note = check_text(note, "note", 2_000)
        with translate_db_errors("link"), self.vault.transaction() as db:
            prow = db.execute("SELECT category, erased_at FROM persons WHERE id = ?", (person_id,)).fetchone()
            if prow[1]:
                raise ValidationError("This person has been erased and cannot be linked to a case.", field="person")
            role = check_category(role or prow[0], "role")
            return self._link(db, case_id, person_id, role, note)

    def _link(self, db, case_id: str, person_id: str, role: str, note: str, origin: str = "user") -> Changes:
        now = utcnow_iso()
        existing = db.execute("SELECT id, role, note FROM case_persons WHERE case_id = ? AND person_id = ?",
                              (case_id, person_id)).fetchone()
        case_ref = db.execute("SELECT reference FROM cases WHERE id = ?", (case_id,)).fetchone()[0]
        person_ref = db.execute("SELECT reference FROM persons WHERE id = ?", (person_id,)).fetchone()[0]
        if existing:
            if (existing[1], existing[2]) == (role, note):
                return Changes(note="already linked")
            db.execute("UPDATE case_persons SET role = ?, note = ?, updated_at = ?, rev = rev + 1 WHERE id = ?",
                       (role, note, now, existing[0]))
            summary = f"role of {person_ref} in {case_ref} changed: {existing[1]} -> {role}"
        else:
            db.execute("INSERT INTO case_persons (id, case_id, person_id, role, note, created_at, updated_at, origin) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (new_id(), case_id, person_id, role, note, now, now, origin))
            summary = f"{person_ref} linked to {case_ref} as {role}"
        self.vault.audit.log("combine", "case", case_id, ref=case_ref, summary=summary,
                             details={"person_id": person_id, "role": role})
        return updated("case", case_id) + updated("person", person_id)

    def unlink(self, case: str, person: str) -> Changes:
        case_id = self.vault.cases.resolve(case)
        person_id = self.resolve(person)
        with translate_db_errors("link"), self.vault.transaction() as db:
            cur = db.execute("DELETE FROM case_persons WHERE case_id = ? AND person_id = ?", (case_id, person_id))
            if cur.rowcount == 0:
                raise NotFound("That person is not linked to that case.")
            case_ref = db.execute("SELECT reference FROM cases WHERE id = ?", (case_id,)).fetchone()[0]
            person_ref = db.execute("SELECT reference FROM persons WHERE id = ?", (person_id,)).fetchone()[0]
            self.vault.audit.log("alter", "case", case_id, ref=case_ref,
                                 summary=f"{person_ref} unlinked from {case_ref}", details={"person_id": person_id})
        return updated("case", case_id) + updated("person", person_id)

    def erase(self, ref_or_id: str, *, justification: str) -> Changes:
        """Erase the person's personal data; see :meth:`Retention.erase_person`."""
        return self.vault.retention.erase_person(ref_or_id, justification=justification)

    # --------------------------------------------------------------- internals
    @staticmethod
    def _validate(f: dict[str, Any], *, keep_auto: bool = False) -> dict[str, Any]:
        """Every field checked and normalised; ``keep_auto`` keeps a stored
        transliteration marked as automatic."""
        names = check_names(f.get("names"))
        display = f.get("display_name")
        display = check_text(display, "display_name", 300) if display else names[0]["text"]
        translit = f.get("transliteration")
        if translit is None or (isinstance(translit, str) and not translit.strip()):
            translit, auto = suggest_transliteration(names), 1
        else:
            translit, auto = check_text(translit, "transliteration", 300), int(bool(keep_auto))
        return {
            "display_name": display,
            "names": json.dumps(names, ensure_ascii=False),
            "transliteration": translit,
            "transliteration_auto": auto if translit else 0,
            "date_of_birth": check_date_of_birth(f.get("date_of_birth")),
            "nationality": validate_country(f.get("nationality"), field="nationality", required=False) or "",
            "documents": json.dumps(check_documents(f.get("documents")), ensure_ascii=False),
            "category": check_category(f.get("category")),
            "facts": json.dumps(check_entries(f.get("facts"), "facts"), ensure_ascii=False),
            "assessments": json.dumps(check_entries(f.get("assessments"), "assessments"), ensure_ascii=False),
            "notes": check_text(f.get("notes"), "notes", 100_000),
            "review_date": check_review_date(f.get("review_date")),
            **_check_details(f),
        }

    def _index(self, person_id: str) -> None:
        row = _decode(next(self.vault.db.query("SELECT * FROM persons WHERE id = ?", [person_id])))
        if row["erased"]:
            self.vault.search.remove("person", person_id)
            return
        parts = [n["text"] for n in row["names"]] + [row["transliteration"]]
        parts += [d["number"] for d in row["documents"]]
        parts += [row.get("registration_number") or "", row.get("place_of_birth") or ""]
        self.vault.search.index("person", person_id, title=row["display_name"], text="\n".join(p for p in parts if p),
                                ref=row["reference"])

