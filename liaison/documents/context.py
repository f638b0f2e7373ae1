"""From a template, a case and the officer's answers to a :class:`DocumentView`.

Values come from the vault (the case, its persons, the officer's profile in
``vault.settings``, the addressee agency or contact), from the officer's answers
(stored per case and template in ``document_answers``), or from fixed statements.
Words that have a translation (country names, offence categories, measures,
urgency, choices, statements) are given in the document's language; with a
second language they are given as "first / second". Text the officer typed is
passed on exactly as typed: never escaped, never marked up (the renderer draws
it as plain text).

Completeness: :func:`missing` names every required field that has no value;
:func:`resolve` refuses a final document while anything is missing
(:class:`DocumentIncomplete`), and always makes a draft (``draft=True``).
"""

from __future__ import annotations

import gettext
import hashlib
import json
from collections.abc import Iterable
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

import pycountry

from ..changes import Changes, deleted, updated
from ..db import DatabaseError
from ..errors import NotFound, ValidationError
from ..handling import parse_handling
from ..ids import is_id, new_id
from ..pdf.sanitize import NUL_MESSAGE
from ..records.agreements import measures as measure_catalogue
from ..refdata import country_name, validate_country
from ..timeutil import parse_date, utcnow_iso
from .basis import REQUEST_TEMPLATES, BasisRefused, BasisView
from .basis import check as check_basis
from .labels import load_labels
from .labels import text as label_text
from .model import Annex, DocumentView, FieldView, SectionView
from .templates import FieldSpec, Template, get_template, templates_dir
from .translit import printed_transliteration

__all__ = [
    "BasisRefused", "DocumentIncomplete", "set_persons", "country_in", "erase_answers", "get_answers", "information_request_deadline", "missing",
    "resolve", "set_answer", "suggest_second_language",
]

_MAX = {"text": 2_000, "long": 20_000}
# Answers that are dates of something that has happened: a day in the future is refused.
_PAST_DATES = frozenset({"date_received", "date_of_request", "date_sent"})
_MAX_ITEMS = 100
_OFFICER_KEYS = ("name", "rank", "unit", "authority", "address", "phone", "email", "signature_block", "logo_path",
                 "place")
# A translation of an answer into another language of the document is kept as "<key>@<language>".
TRANSLATION_SEP = "@"
_TRANSLATABLE_KINDS = ("text", "long", "list")


class DocumentIncomplete(ValidationError):
    """A final document was asked for while required fields are missing.
    ``missing`` lists them as :func:`missing` does."""

    def __init__(self, template_id: str, items: list[dict[str, str]]) -> None:
        names = "; ".join(f"{m['label']} ({m['field']})" for m in items)
        super().__init__(
            f"The {template_id} document is incomplete: {names}.",
            field=items[0]["field"] if items else None,
            hint="Fill these in, or make a draft.",
        )
        self.missing = items


# -------------------------------------------------------------------- languages
@cache
def _country_translation(lang: str):
    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
    except OSError:
        return gettext.NullTranslations()


def country_in(code: str, lang: str) -> str:
    """A country's name in ``lang`` (pycountry's ISO 3166 translations)."""
    if not code:
        return ""
    c = pycountry.countries.get(alpha_2=code)
    if c is None:
        return code
    english = c.name
    translated = _country_translation(lang).gettext(english) if lang != "en" else english
    if lang == "en" or translated == english:
        return getattr(c, "common_name", None) or country_name(code) or english
    return translated


def _multi(values: list[str], sep: str = " / ") -> str:
    """One text per language -> "first / second", or one text when they agree."""
    out: list[str] = []
    for v in values:
        if v and v not in out:
            out.append(v)
    return sep.join(out)


def _check_languages(lang: str, second_lang: str | None, labels: dict[str, dict[str, str]]) -> list[str]:
    langs = [lang] + ([second_lang] if second_lang and second_lang != lang else [])
    for code, name in zip(langs, ("lang", "second_lang"), strict=False):
        if code not in labels:
            raise ValidationError(
                f"{name}: there are no document labels in '{code}'; languages: {', '.join(sorted(labels))}.",
                field=name, hint="Add a labels file to add a language.")
    return langs


# ---------------------------------------------------------------------- answers
def _case_row(vault, case_ref: str) -> dict[str, Any]:
    case = vault.cases.get(case_ref)
    if case.get("erased"):
        raise ValidationError(f"Case {case['reference']} has been erased; no document can be made for it.",
                              field="case")
    return case


def _check_answer(spec: FieldSpec, value: Any) -> Any:
    """Validate an answer for an asked field; None means "no answer"."""
    field = spec.key
    if value is None:
        return None
    texts = [value] if isinstance(value, str) else list(value) if isinstance(value, (list, tuple)) else []
    if any(isinstance(t, str) and "\x00" in t for t in texts):
        raise ValidationError(f"{field}: {NUL_MESSAGE}.", field=field)
    if spec.kind in ("list", "measures"):
        items = value.splitlines() if isinstance(value, str) else value
        if not isinstance(items, (list, tuple)) or not all(isinstance(i, str) for i in items):
            raise ValidationError(f"{field}: give a list of texts.", field=field)
        items = [i.strip() for i in items if i.strip()]
        if len(items) > _MAX_ITEMS:
            raise ValidationError(f"{field}: at most {_MAX_ITEMS} items.", field=field)
        if any(len(i) > _MAX["long"] for i in items):
            raise ValidationError(f"{field}: an item is longer than {_MAX['long']} characters.", field=field)
        if spec.kind == "measures":
            known = measure_catalogue()
            items = [i.lower() if i.lower() in known else i for i in items]
        return items or None
    if not isinstance(value, str):
        raise ValidationError(f"{field}: give the answer as text.", field=field)
    text = value.strip()
    if not text:
        return None
    if spec.kind == "date":
        day = parse_date(text, field=field)
        if field in _PAST_DATES and day > datetime.now().astimezone().date():
            raise ValidationError(f"{field}: {day.isoformat()} is in the future; a request is received or sent on "
                                  "a day that has come.", field=field)
        return day.isoformat()
    if field == "evaluation":
        from ..handling import parse_evaluation
        return parse_evaluation(text)
    if spec.kind == "country":
        return validate_country(text, field=field)
    if spec.kind == "choice":
        option = text.lower()
        if option not in spec.choices:
            raise ValidationError(f"{field}: '{text}' is not one of {', '.join(spec.choices)}.", field=field)
        return option
    limit = _MAX.get(spec.kind, _MAX["long"])
    if len(text) > limit:
        raise ValidationError(f"{field}: at most {limit} characters (this is {len(text)}).", field=field)
    return text


def _asked_field(template: Template, key: str) -> FieldSpec:
    spec = template.field(key)
    if not spec.asked:
        how = "it is fixed text" if spec.source == "fixed" else f"it comes from {spec.source}"
        raise ValidationError(f"{key}: the officer does not answer this field in {template.id}; {how}.", field=key)
    return spec


def _translated_field(vault, template: Template, key: str, lang: str) -> FieldSpec:
    """The field whose value the officer gives in another language (a text of the case or an answer)."""
    spec = template.field(key)
    if spec.source == "fixed" or spec.kind not in _TRANSLATABLE_KINDS:
        raise ValidationError(f"{key}: only a text the officer writes can be given in another language "
                              f"(this field is {spec.kind}).", field=key)
    own = templates_dir(vault)
    labels = load_labels([own] if own and own.is_dir() else ())
    if lang not in labels:
        raise ValidationError(f"lang: there are no document labels in '{lang}'; languages: "
                              f"{', '.join(sorted(labels))}.", field="lang")
    return spec


def set_answer(vault, case_ref: str, template_id: str, key: str, value: Any, *, lang: str | None = None) -> Changes:
    """Keep the officer's answer to one question of a template for a case
    (``None`` or an empty text removes it). Audited as an alteration of the
    case; the audit entry names the field, never the answer. With ``lang``, the
    value is the officer's own wording in that language of a field already
    answered (or filled from the case), printed in that language's column of a
    bilingual document."""
    template = get_template(vault, template_id)
    if lang:
        spec = _translated_field(vault, template, key, str(lang).strip().lower())
        spec = FieldSpec(spec.key, spec.label, "list" if spec.kind == "list" else "long", False, "answer")
        clean = _check_answer(spec, value)
        key = f"{key}{TRANSLATION_SEP}{str(lang).strip().lower()}"
    else:
        spec = _asked_field(template, key)
        clean = _check_answer(spec, value)
    case = _case_row(vault, case_ref)
    now = utcnow_iso()
    try:
        with vault.transaction() as db:
            if clean is None:
                cur = db.execute("DELETE FROM document_answers WHERE case_id = ? AND template_id = ? AND key = ?",
                                 (case["id"], template.id, key))
                if not cur.rowcount:
                    return Changes(note="nothing changed")
                summary = f"document answer removed: {template.id}/{key}"
            else:
                encoded = json.dumps(clean, ensure_ascii=False)
                row = db.execute("SELECT value FROM document_answers WHERE case_id = ? AND template_id = ? AND key = ?",
                                 (case["id"], template.id, key)).fetchone()
                if row is not None and row[0] == encoded:
                    return Changes(note="nothing changed")
                db.execute(
                    "INSERT INTO document_answers (case_id, template_id, key, value, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (case_id, template_id, key) DO UPDATE SET "
                    "value = excluded.value, updated_at = excluded.updated_at, rev = rev + 1",
                    (case["id"], template.id, key, encoded, now, now),
                )
                summary = f"document answer set: {template.id}/{key}"
            vault.audit.log("alter", "case", case["id"], ref=case["reference"], summary=summary,
                            details={"template": template.id, "field": key})
    except DatabaseError as exc:
        raise ValidationError(f"The answer could not be saved: {exc}.", field=key) from exc
    make = deleted if clean is None else updated
    return make("document_answer", f"{case['id']}/{template.id}/{key}", case_id=case["id"])


def erase_answers(db, case_id: str) -> int:
    """Delete every stored answer of a case, inside the caller's transaction.
    For case erasure: answers are free text and may hold personal data.
    Returns how many were deleted."""
    return db.execute("DELETE FROM document_answers WHERE case_id = ?", (case_id,)).rowcount


def get_answers(vault, case_ref: str, template_id: str) -> dict[str, Any]:
    """The stored answers for a case and template: field key -> value."""
    case_id = vault.cases.resolve(case_ref)
    rows = vault.db.execute(
        "SELECT key, value FROM document_answers WHERE case_id = ? AND template_id = ? ORDER BY key",
        (case_id, str(template_id)),
    ).fetchall()
    return {k: json.loads(v) for k, v in rows}


PERSONS_KEY = "_persons"  # the stored choice of persons for a document: {"persons": [ids] | None, "identity_documents"}


def _language_name(code: str) -> str:
    from ..refdata import languages

    return languages().get(code, code)


def set_persons(vault, case_ref: str, template_id: str, persons: Iterable[str] | None = None, *,
                identity_documents: bool = False) -> Changes:
    """Which persons linked to the case go into this document (``None``: all of them) and whether their identity
    documents (passport numbers) are printed: not unless asked (data minimisation, LED Art. 4(1)(c)). Audited
    as an alteration of the case, naming the persons' references only."""
    template = get_template(vault, template_id)
    case = _case_row(vault, case_ref)
    linked = {p["person_id"]: p["reference"] for p in case.get("persons", []) if not p.get("erased")}
    ids: list[str] | None = None
    if persons is not None:
        ids = []
        for ref in persons:
            pid = vault.persons.resolve(ref)
            if pid not in linked:
                raise ValidationError(f"persons: {ref} is not linked to case {case['reference']}.", field="persons")
            if pid not in ids:
                ids.append(pid)
    value = json.dumps({"persons": ids, "identity_documents": bool(identity_documents)})
    now = utcnow_iso()
    with vault.transaction() as db:
        db.execute(
            "INSERT INTO document_answers (case_id, template_id, key, value, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (case_id, template_id, key) DO UPDATE SET "
            "value = excluded.value, updated_at = excluded.updated_at, rev = rev + 1",
            (case["id"], template.id, PERSONS_KEY, value, now, now))
        who = "all linked persons" if ids is None else ", ".join(linked[i] for i in ids) or "nobody"
        vault.audit.log("alter", "case", case["id"], ref=case["reference"],
                        summary=f"document persons set: {template.id}: {who}"
                                + ("; identity documents included" if identity_documents else ""),
                        details={"template": template.id, "identity_documents": bool(identity_documents)})
    return updated("case", case["id"])


# -------------------------------------------------------------------- addressee
def counterpart_state(case: dict[str, Any]) -> str:
    """The other side's State: the requested State of an outgoing case, the requesting State of an incoming one."""
    return case["requesting_state"] if case.get("direction") == "incoming" else case["requested_state"]


def _addressee(vault, case: dict[str, Any], template: Template, choice: str | None) -> dict[str, str]:
    """The agency or contact the document is addressed to: the one named, else
    the only agency of the template's preferred kind in the other side's State
    (the requested State when we ask, the requesting State when we answer)."""
    if choice:
        text = str(choice).strip()
        try:
            return _from_agency(vault.agencies.get(text))
        except NotFound:
            pass
        try:
            contact = vault.contacts.get(text)
        except NotFound:
            raise NotFound(f"No agency or contact '{text}' to address the document to.",
                           hint="Name an agency (id or name) or a contact (id or e-mail).") from None
        agency = vault.agencies.get(contact["agency_id"]) if contact.get("agency_id") else None
        return {
            "id": contact["id"], "type": "contact", "name": contact["name"],
            "authority": agency["name"] if agency else contact.get("organisation", ""),
            "address": agency["address"] if agency else "", "email": contact.get("email", ""),
            "country": contact["country"],
        }
    for kind in template.addressee_kinds:
        rows = vault.db.execute(
            "SELECT id FROM agencies WHERE country = ? AND kind = ? ORDER BY id LIMIT 2",
            (counterpart_state(case), kind),
        ).fetchall()
        if len(rows) == 1:
            return _from_agency(vault.agencies.get(rows[0][0]))
        if len(rows) > 1:
            break  # several candidates: the officer must choose
    return {}


def _from_agency(a: dict[str, Any]) -> dict[str, str]:
    return {"id": a["id"], "type": "agency", "name": a["name"], "authority": a["name"], "address": a["address"],
            "email": a["email"], "country": a["country"], "kind": a["kind"]}


# ------------------------------------------------------------------------ values
_DOCUMENT_TYPES = {"passport", "identity card", "driving licence", "residence permit", "visa", "other"}


def information_request_deadline(urgent: bool, access: str | None) -> str | None:
    """The Art. 5 time limit of Directive (EU) 2023/977 as a label id: 8 hours
    (urgent, directly available), 3 calendar days (urgent, indirectly
    available), 7 calendar days (all others). None when an urgent request
    does not yet say which access applies."""
    if not urgent:
        return "deadline.days_7"
    if access == "direct":
        return "deadline.hours_8"
    if access == "indirect":
        return "deadline.days_3"
    return None


class _Resolver:
    def __init__(self, vault, case: dict[str, Any], template: Template, langs: list[str],
                 labels: dict[str, dict[str, str]], answers: dict[str, Any], addressee: dict[str, str],
                 doc_date: str, basis: BasisView | None = None) -> None:
        self.vault, self.case, self.template, self.langs = vault, case, template, langs
        self.labels, self.answers, self.addressee, self.date = labels, answers, addressee, doc_date
        self.basis = basis or BasisView(direction=case.get("direction") or "outgoing")
        self.urgent = case.get("urgency") == "urgent"
        self._sender: dict[str, str] | None = None

    def t(self, key: str) -> dict[str, str]:
        return {lang: label_text(self.labels, key, lang) for lang in self.langs}

    def tm(self, key: str, sep: str = " / ") -> str:
        return _multi([label_text(self.labels, key, lang) for lang in self.langs], sep)

    def country(self, code: str) -> str:
        return _multi([country_in(code, lang) for lang in self.langs]) if code else ""

    @property
    def sender(self) -> dict[str, str]:
        if self._sender is None:
            s = {k: str(self.vault.settings.get(f"officer.{k}") or "").strip() for k in _OFFICER_KEYS}
            if not s["signature_block"]:
                s["signature_block"] = "\n".join(x for x in (s["name"], s["rank"], s["unit"], s["authority"]) if x)
            self._sender = s
        return self._sender

    def offence(self) -> str:
        slug, free = self.case.get("offence_category") or "", (self.case.get("offence_text") or "").strip()
        if not slug:
            return free
        title = self.tm(f"offence.{slug}") if f"offence.{slug}" in self.labels.get("en", {}) else \
            self.case.get("offence_title") or slug
        return f"{title} ({free})" if free else title

    def instrument_name(self, lang: str) -> str:
        b = self.basis
        if not b.agreement_id:
            return ""
        if b.key and f"instrument.{b.key}" in self.labels.get("en", {}):
            return label_text(self.labels, f"instrument.{b.key}", lang)
        return b.title or b.reference

    def legal_basis(self) -> str:
        """The basis relied on with its articles, in the document's language(s)."""
        b = self.basis
        if not b.agreement_id:
            return ""
        names = [self.instrument_name(lang) for lang in self.langs]
        return _multi([f"{n}, {b.articles}" if b.articles else n for n in names])

    def citation(self) -> dict[str, str]:
        """The legal-basis line of the document, per language: the instrument and its articles (never fixed
        template text)."""
        b = self.basis
        out = {}
        for lang in self.langs:
            if b.agreement_id:
                name = self.instrument_name(lang)
                text = f"{name}, {b.articles}" if b.articles else name
            elif self.template.id in REQUEST_TEMPLATES:
                text = label_text(self.labels, "layout.no_basis", lang)
            else:
                text = label_text(self.labels, self.template.legal_basis, lang)
            out[lang] = text
        return out

    def persons(self) -> list[dict[str, Any]]:
        """The persons the officer chose for this document (all linked ones unless a choice is stored), with
        what requests ask for; identity documents (passport numbers) only when chosen for this document."""
        choice = self.answers.get(PERSONS_KEY) or {}
        chosen = choice.get("persons")
        out = []
        for link in self.case.get("persons", []):
            if link.get("erased") or (chosen is not None and link["person_id"] not in chosen):
                continue
            p = self.vault.persons.get(link["person_id"])
            docs = []
            for d in p.get("documents", []) if choice.get("identity_documents") else []:
                dtype = d.get("type", "")
                kind = self.tm(f"document_type.{dtype.replace(' ', '_')}") if dtype in _DOCUMENT_TYPES else dtype
                where = self.country(d.get("country", "")) if d.get("country") else ""
                extra = ", ".join(x for x in (where, d.get("expires", "")) if x)
                docs.append(" ".join(x for x in (kind, d.get("number", ""), f"({extra})" if extra else "") if x))
            names = [n["text"] for n in p.get("names", []) if n.get("text") and n["text"] != p["display_name"]]
            legal = p.get("kind") == "legal"
            translit, basis = printed_transliteration(p)
            out.append({
                "reference": p["reference"],
                "name": p["display_name"],
                "names": names,
                "transliteration": translit,
                "transliteration_basis": basis,
                "registration_number": p.get("registration_number", "") if legal else "",
                "date_of_birth": p.get("date_of_birth", ""),
                "place_of_birth": p.get("place_of_birth", ""),
                "sex": self.tm(f"sex.{p['sex']}") if p.get("sex") else "",
                "nationality": self.country(p.get("nationality", "")),
                "address": p.get("address", ""),
                "languages": ", ".join(_language_name(c) for c in p.get("languages") or []),
                "documents": docs,
                "role": self.tm(f"category.{link.get('role') or p['category']}"),
            })
        return out

    def source(self, spec: FieldSpec) -> Any:
        src = spec.source
        case = self.case
        if src == "case.offence":
            return self.offence()
        if src in ("case.requesting_state", "case.requested_state"):
            return self.country(case[src.split(".", 1)[1]])
        if src == "case.urgency":
            return self.tm(f"urgency.{case['urgency']}")
        if src == "case.legal_basis":
            return self.legal_basis()
        if src == "case.persons":
            return self.persons()
        if src.startswith("case."):
            return case.get(src.split(".", 1)[1]) or ""
        if src.startswith("sender."):
            return self.sender[src.split(".", 1)[1]]
        if src == "addressee.country":
            return self.country(self.addressee.get("country", ""))
        if src.startswith("addressee."):
            return self.addressee.get(src.split(".", 1)[1], "")
        if src == "document.date":
            return self.date
        if src == "deadline.information_request":
            key = information_request_deadline(self.urgent, self.answers.get("information_access"))
            return _multi([f"{label_text(self.labels, key, lang)} {label_text(self.labels, 'deadline.counting', lang)}"
                           for lang in self.langs]) if key else ""
        raise ValidationError(f"Unknown source {src}.", field=spec.key)  # the loader refuses these

    def answer(self, spec: FieldSpec) -> Any:
        value = self.answers.get(spec.key)
        if value in (None, "", []):
            return None
        if spec.kind == "choice":
            return self.tm(spec.choices[value]) if value in spec.choices else value
        if spec.kind == "country":
            return self.country(value)
        if spec.kind == "measures":
            known = measure_catalogue()
            return [self.tm(f"measure.{m}") if m in known else m for m in value]
        return value

    def field(self, spec: FieldSpec) -> FieldView:
        if spec.source == "fixed":
            value: Any = self.tm(spec.text or "", "\n")
        elif spec.asked:
            value = self.answer(spec)
        else:
            value = self.source(spec)
        if value in ("", [], None):
            value = None
        is_missing = value is None and spec.is_required(self.urgent)
        if spec.key == "other_channel_reason" and value is None and self.answers.get("other_channel"):
            is_missing = True  # 2023/977 Art. 13: SIENA is the default; another channel needs its reason
        if spec.key in ("validating_authority", "validating_type") and value is None \
                and self.answers.get("authority_type") == "other":
            is_missing = True  # Directive 2014/41/EU Art. 2(c)(ii): validated by a judicial authority
        label = spec.label
        # Each side named as the law of the basis names it (issuing/executing, requesting/requested, ...).
        if spec.source == "sender.authority" and label == "field.requesting_authority":
            label = f"role.{self.basis.our_role}_authority"
        elif spec.source == "addressee.authority" and label == "field.addressee_authority":
            label = f"role.{self.basis.their_role}_authority"
        translations = {lang: self.answers[f"{spec.key}{TRANSLATION_SEP}{lang}"] for lang in self.langs
                        if self.answers.get(f"{spec.key}{TRANSLATION_SEP}{lang}") not in (None, "", [])}
        return FieldView(
            key=spec.key, label=self.t(label), kind=spec.kind, required=spec.is_required(self.urgent),
            value=value, source=spec.source, missing=is_missing, help=self.t(spec.help) if spec.help else {},
            translations=translations, sentence=self.t(spec.sentence) if spec.sentence else {},
        )

    def facts(self) -> dict[str, Any]:
        """What the official forms tick their boxes from, in no language: the option chosen for each choice,
        the measures asked (catalogue slugs), the offence category, each person's role and kind."""
        out: dict[str, Any] = {"direction": self.case.get("direction") or "outgoing", "basis": self.basis.key,
                               "offence_category": self.case.get("offence_category") or "",
                               "urgent": self.urgent}
        for _section, spec in self.template.fields():
            value = self.answers.get(spec.key)
            if spec.kind in ("choice", "measures", "date") and value not in (None, "", []):
                out[spec.key] = value
        choice = self.answers.get(PERSONS_KEY) or {}
        chosen = choice.get("persons")
        roles = []
        for link in self.case.get("persons", []):
            if link.get("erased") or (chosen is not None and link["person_id"] not in chosen):
                continue
            p = self.vault.persons.get(link["person_id"])
            roles.append({"reference": p["reference"], "role": link.get("role") or p["category"],
                          "kind": p.get("kind") or "natural"})
        out["persons"] = roles
        out["receiving_languages"] = self.receiving_languages()
        out["executing_state"] = counterpart_state(self.case)
        return out

    def receiving_languages(self) -> list[str]:
        """The languages the addressee (agency or contact) reads, as recorded in the directory."""
        target = self.addressee
        if not target.get("id"):
            return []
        store = self.vault.agencies if target.get("type") == "agency" else self.vault.contacts
        try:
            return [str(x) for x in store.get(target["id"]).get("languages") or []]
        except NotFound:
            return []

    def sections(self) -> list[SectionView]:
        return [
            SectionView(key=s.key, heading=self.t(s.heading), fields=[self.field(f) for f in s.fields],
                        intro=self.t(s.intro) if s.intro else {})
            for s in self.template.sections
        ]

    def handling(self) -> tuple[str, dict[str, str]]:
        code = self.case.get("handling") or ""
        parsed = parse_handling(code, self.case.get("handling_h3_text") or None) if code else None
        if parsed is None:
            return "", {}
        texts: dict[str, str] = {}
        self.handling_parts = {}
        for lang in self.langs:
            parts = {}
            if parsed.tlp:
                parts["tlp"] = label_text(self.labels, "handling.tlp_" + parsed.tlp[4:].lower().replace("+", "_"),
                                          lang)
            if parsed.europol:
                part = label_text(self.labels, f"handling.{parsed.europol.lower()}", lang)
                if parsed.europol == "H3" and parsed.h3_text:
                    part += " " + parsed.h3_text
                parts["code"] = part
            texts[lang] = " ".join(parts.values())
            self.handling_parts[lang] = parts
        return str(parsed), texts


def suggest_second_language(vault, case_ref: str, template_id: str, *, lang: str = "en",
                            addressee: str | None = None) -> str | None:
    """The receiving side's language for a bilingual document: the first
    language of the addressee (agency or contact) that has document labels and
    differs from ``lang``; None when there is none."""
    template = get_template(vault, template_id)
    case = _case_row(vault, case_ref)
    target = _addressee(vault, case, template, addressee)
    if not target:
        return None
    store = vault.agencies if target.get("type") == "agency" else vault.contacts
    own = templates_dir(vault)
    labels = load_labels([own] if own and own.is_dir() else ())
    for code in store.get(target["id"]).get("languages") or []:
        if code != lang and code in labels:
            return code
    return None


def _how_to_fill(spec: FieldSpec, case_ref: str, template_id: str) -> str:
    src = spec.source
    if spec.asked:
        return f"liaison doc answer {case_ref} {template_id} {spec.key} VALUE"
    flags = {"case.counterpart_reference": "--counterpart-reference REF", "case.summary": "--summary TEXT",
             "case.offence": "--offence-category SLUG or --offence-text TEXT", "case.legal_basis": "--legal-basis REF",
             "case.urgency_reason": "--urgency-reason TEXT", "case.title": "--title TEXT"}
    if src in flags:
        return f"liaison case update {case_ref} {flags[src]}"
    if src == "case.persons":
        return f"liaison person link PERSON --case {case_ref}"
    if src.startswith("sender."):
        return f"set officer.{src.split('.', 1)[1]} in the officer's profile"
    if src.startswith("addressee."):
        return "choose the addressee (an agency or a contact), or record the requested state's authority"
    if src == "deadline.information_request":
        return f"liaison doc answer {case_ref} {template_id} information_access direct|indirect"
    return f"fill in {src}"


def _annex(item: Any) -> Annex:
    if isinstance(item, Annex):
        return item
    description = ""
    if isinstance(item, tuple):
        item, description = item
    p = Path(item)
    h = hashlib.sha256()
    try:
        with p.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
        size = p.stat().st_size
    except OSError as exc:
        raise ValidationError(f"annexes: {p} cannot be read ({exc.strerror}).", field="annexes") from exc
    return Annex(p.name, h.hexdigest(), size, description)


def _prepare(vault, case_ref: str, template_id: str, lang: str, second_lang: str | None,
             answers: dict[str, Any] | None, addressee: str | None, doc_date: str | None,
             basis: str | None = None):
    template = get_template(vault, template_id)
    own = templates_dir(vault)
    labels = load_labels([own] if own and own.is_dir() else ())
    langs = _check_languages(lang, second_lang, labels)
    case = _case_row(vault, case_ref)
    stored = get_answers(vault, case["id"], template.id)
    for key, value in (answers or {}).items():
        stored[key] = _check_answer(_asked_field(template, key), value)
    when = parse_date(doc_date, field="date").isoformat() if doc_date else datetime.now().astimezone().date().isoformat()
    target = _addressee(vault, case, template, addressee)
    asks = any(f.key == "measures" for _, f in template.fields()) or template.id in REQUEST_TEMPLATES[2:]
    view = check_basis(vault, case, template.id, stored, when, basis, asks_measures=asks)
    return template, _Resolver(vault, case, template, langs, labels, stored, target, when, view)


def missing(vault, case_ref: str, template_id: str, *, lang: str = "en", second_lang: str | None = None,
            answers: dict[str, Any] | None = None, addressee: str | None = None,
            basis: str | None = None, date: str | None = None) -> list[dict[str, str]]:
    """Every required field without a value: ``{field, section, label, source,
    how}`` (label in ``lang``; ``how`` says where to fill it in); and every
    reason the legal basis does not carry a final document (field
    ``legal_basis``)."""
    template, r = _prepare(vault, case_ref, template_id, lang, second_lang, answers, addressee, date, basis)
    out = []
    for section in r.sections():
        for f in section.fields:
            if f.missing:
                spec = template.field(f.key)
                out.append({"field": f.key, "section": section.key, "label": f.label[lang], "source": f.source,
                            "how": _how_to_fill(spec, r.case["reference"], template.id)})
    for problem in r.basis.problems:
        out.append({"field": "legal_basis", "section": "legal_basis", "label": problem, "source": "case.legal_basis",
                    "how": f"liaison agreement find-basis, then liaison case update {r.case['reference']} "
                           "--legal-basis REF"})
    return out


def resolve(vault, case_ref: str, template_id: str, *, lang: str = "en", second_lang: str | None = None,
            answers: dict[str, Any] | None = None, addressee: str | None = None, draft: bool = False,
            annexes: Iterable[Any] = (), document_id: str | None = None,
            date: str | None = None, basis: str | None = None, authentic: str | None = None) -> DocumentView:
    """The document ready to draw. ``answers`` override the stored ones for this
    call only; ``addressee`` is an agency (id or name) or a contact (id or
    e-mail); ``annexes`` are :class:`Annex` objects or file paths (hashed here).
    A final document (``draft=False``) with a required field missing raises
    :class:`DocumentIncomplete` naming every missing field, and one whose legal
    basis does not carry it raises :class:`BasisRefused` with the reasons
    (``basis``: an agreement for this document instead of the case's). A
    draft is always made and carries those reasons as its warnings."""
    template, r = _prepare(vault, case_ref, template_id, lang, second_lang, answers, addressee, date, basis)
    sections = r.sections()
    gaps = [f for s in sections for f in s.fields if f.missing]
    if gaps and not draft:
        raise DocumentIncomplete(template.id, [
            {"field": f.key, "section": s.key, "label": f.label[lang], "source": f.source,
             "how": _how_to_fill(template.field(f.key), r.case["reference"], template.id)}
            for s in sections for f in s.fields if f.missing
        ])
    if r.basis.problems and not draft:
        raise BasisRefused(template.id, r.basis.reference or r.basis.title, r.basis.problems)
    if document_id is not None and not is_id(document_id):
        raise ValidationError("document_id must be a ULID.", field="document_id")
    handling, handling_text = r.handling()
    addressee_view = {k: r.addressee.get(k, "") for k in ("name", "authority", "address", "email")}
    addressee_view["country"] = r.country(r.addressee.get("country", "") or counterpart_state(r.case))
    layout = {lang_: {k: v for k, v in r.labels.get("en", {}).items() if k.startswith("layout.")}
              for lang_ in r.langs}
    for lang_ in r.langs:
        layout[lang_].update({k: v for k, v in r.labels.get(lang_, {}).items() if k.startswith("layout.")})
    title = r.t(template.title)
    if template.intro:
        intro = r.t(template.intro)
        sections.insert(0, SectionView(key="intro", heading={lang_: "" for lang_ in r.langs}, fields=[], intro=intro))
    return DocumentView(
        template_id=template.id,
        template_version=template.version,
        languages=list(r.langs),
        title=title,
        subject=r.t(template.subject),
        legal_basis=r.citation(),
        document_id=document_id or new_id(),
        date=r.date,
        own_reference=r.case["reference"],
        counterpart_reference=r.case.get("counterpart_reference") or "",
        case_id=r.case["id"],
        handling=handling,
        handling_text=handling_text,
        sender=dict(r.sender),
        addressee=addressee_view,
        sections=sections,
        annexes=[_annex(a) for a in annexes],
        draft=draft,
        labels=layout,
        basis=r.basis.to_json(),
        warnings=[*r.basis.problems, *r.basis.warnings],
        layout=_layout_of(template, r.basis),
        urgent=r.urgent,
        facts={**r.facts(), "handling_texts": getattr(r, "handling_parts", {})},
        authentic=_authentic(authentic, r.langs),
    )


def _layout_of(template: Template, basis: BasisView) -> str:
    """The template's layout; an acknowledgement of a European Investigation Order is the official Annex B
    form (Directive 2014/41/EU, Art. 16(1))."""
    if template.id == "acknowledgement" and basis.key == "eu-eio-2014-41":
        return "eio-annex-b"
    return template.layout


def _authentic(authentic: str | None, langs: list[str]) -> str:
    if not authentic:
        return langs[0]
    code = str(authentic).strip().lower()
    if code not in langs:
        raise ValidationError(f"authentic: '{authentic}' is not a language of this document ({', '.join(langs)}).",
                              field="authentic")
    return code
