"""Agreements (legal bases) and the legal-basis finder.

An agreement is a multilateral convention, a bilateral treaty (MLAT), an EU
instrument or a memorandum of understanding: its parties, dates, scope
(measures, offences), central authorities, languages, channels and clauses. The
instruments of the reference catalogue are seeded into every vault with origin
'reference' and their parties *not recorded*: the finder never guesses who is
bound by a convention.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from functools import cache
from typing import Any

from ..changes import Changes, created, updated
from ..db import DatabaseError
from ..errors import NotFound, ValidationError
from ..handling import validate_channel
from ..ids import is_id, new_id
from ..paging import Page, keyset_page
from ..refdata import validate_country
from ..resources import load_json
from ..timeutil import parse_date, utcnow_iso
from .contacts import (
    MAX_NAME,
    as_list,
    check_unknown,
    clean_text,
    decode,
    translate_db_error,
    validate_countries,
    validate_languages,
    validate_origin,
)

AGREEMENT_TYPES = ("bilateral-treaty", "eu-instrument", "multilateral-convention", "memorandum")
TYPE_LABELS = {
    "bilateral-treaty": "bilateral treaty",
    "eu-instrument": "EU instrument",
    "multilateral-convention": "multilateral convention",
    "memorandum": "memorandum of understanding",
}
# Finder ranking: the more specific the instrument, the better it fits a request.
TYPE_WEIGHT = {"bilateral-treaty": 400, "eu-instrument": 300, "multilateral-convention": 200, "memorandum": 100}
EXPLICIT_MEASURE_BONUS = 50
SCOPES = ("listed", "general")
DATE_FIELDS = ("adopted", "signed", "in_force", "transposition_deadline", "expires", "review")

_FIELDS = (
    "title", "reference", "type", "parties", "adopted", "signed", "in_force", "transposition_deadline", "expires",
    "review", "article", "key_articles", "measures_scope", "measures", "measures_excluded", "offences",
    "central_authorities", "accepted_languages", "channels", "confidentiality", "data_protection", "reservations",
    "notes", "source", "origin",
)
_JSON = ("measures", "measures_excluded", "offences", "central_authorities", "accepted_languages", "channels")


@cache
def measures() -> dict[str, str]:
    """Measure slug -> English label (resources/reference/measures.json)."""
    return {m["id"]: m["label"] for m in load_json("reference", "measures.json")["measures"]}


def validate_measure(value: Any, field: str = "measure") -> str:
    slug = str(value or "").strip().lower()
    if slug not in measures():
        raise ValidationError(
            f"{field}: '{value}' is not a known measure; use one of: {', '.join(measures())}.", field=field
        )
    return slug


def _validate_measure_list(value: Any, field: str) -> list[dict[str, str]]:
    """``[{measure, article}]`` from slugs, "slug:article" text or dicts."""
    out: list[dict[str, str]] = []
    seen: set[str] = set()
    for item in as_list(value):
        if isinstance(item, dict):
            slug, article = item.get("measure"), item.get("article", "")
        else:
            slug, _, article = str(item).partition(":")
        slug = validate_measure(slug, field)
        if slug in seen:
            continue
        seen.add(slug)
        out.append({"measure": slug, "article": clean_text(article, field, max_len=200)})
    return out


def _date(value: Any, field: str) -> str:
    text = "" if value is None else str(value).strip()
    return parse_date(text, field=field).isoformat() if text else ""


class AgreementStore:
    """Legal bases. ``resolve`` takes the id, the reference (``ETS 185``), the
    catalogue key (``coe-ets-185``) or the exact title."""

    record_type = "agreement"
    sortable = ("title", "type", "in_force", "expires", "review", "created_at", "updated_at")

    def __init__(self, vault) -> None:
        self.vault = vault

    # ----------------------------------------------------------- validation
    def _central_authorities(self, value: Any) -> list[dict[str, Any]]:
        """Entries are agency ids/names (linked), dicts, or "CC: name" text."""
        out: list[dict[str, Any]] = []
        for item in as_list(value):
            if isinstance(item, dict):
                agency_id = item.get("agency_id")
                if agency_id:
                    a = self.vault.agencies.get(agency_id)
                    entry = {"name": a["name"], "country": a["country"], "agency_id": a["id"]}
                else:
                    entry = {
                        "name": clean_text(item.get("name"), "central_authorities", required=True, max_len=MAX_NAME),
                        "country": validate_country(item.get("country"), field="central_authorities",
                                                    required=False) or "",
                        "agency_id": None,
                    }
            else:
                text = clean_text(item, "central_authorities", required=True, max_len=MAX_NAME)
                try:
                    a = self.vault.agencies.get(text)
                    entry = {"name": a["name"], "country": a["country"], "agency_id": a["id"]}
                except NotFound:
                    code, sep, name = text.partition(":")
                    if sep and len(code.strip()) == 2:
                        entry = {"name": name.strip(), "agency_id": None,
                                 "country": validate_country(code, field="central_authorities")}
                    else:
                        entry = {"name": text, "country": "", "agency_id": None}
            if entry not in out:
                out.append(entry)
        return out

    def _validate(self, f: dict[str, Any]) -> dict[str, Any]:
        atype = clean_text(f.get("type"), "type", required=True).lower()
        if atype not in AGREEMENT_TYPES:
            raise ValidationError(f"type: '{atype}' is not one of {', '.join(AGREEMENT_TYPES)}.", field="type")
        parties = validate_countries(f.get("parties"), "parties")
        if atype == "bilateral-treaty" and len(parties) != 2:
            raise ValidationError(
                f"parties: a bilateral treaty has exactly two parties (got {len(parties)}); give both country codes.",
                field="parties",
            )
        if atype == "memorandum" and not parties:
            raise ValidationError("parties: give the countries of the memorandum's signatories.", field="parties")
        scope = clean_text(f.get("measures_scope") or "listed", "measures_scope").lower()
        if scope not in SCOPES:
            raise ValidationError("measures_scope: use 'listed' (only the measures listed) or 'general' "
                                  "(mutual assistance in general terms).", field="measures_scope")
        v: dict[str, Any] = {
            "title": clean_text(f.get("title"), "title", required=True, max_len=500),
            "reference": clean_text(f.get("reference"), "reference", max_len=100),
            "type": atype,
            "parties": parties,
            **{d: _date(f.get(d), d) for d in DATE_FIELDS},
            "article": clean_text(f.get("article"), "article", max_len=200),
            "key_articles": clean_text(f.get("key_articles"), "key_articles", max_len=2000),
            "measures_scope": scope,
            "measures": _validate_measure_list(f.get("measures"), "measures"),
            "measures_excluded": _validate_measure_list(f.get("measures_excluded"), "measures_excluded"),
            "offences": [clean_text(o, "offences", required=True, max_len=300) for o in as_list(f.get("offences"))],
            "central_authorities": self._central_authorities(f.get("central_authorities")),
            "accepted_languages": validate_languages(f.get("accepted_languages"), "accepted_languages"),
            "channels": [],
            "confidentiality": clean_text(f.get("confidentiality"), "confidentiality"),
            "data_protection": clean_text(f.get("data_protection"), "data_protection"),
            "reservations": clean_text(f.get("reservations"), "reservations"),
            "notes": clean_text(f.get("notes"), "notes"),
            "source": clean_text(f.get("source"), "source", max_len=2000),
            "origin": validate_origin(f.get("origin")),
        }
        for ch in as_list(f.get("channels")):
            name = validate_channel(ch, field="channels")
            if name and name not in v["channels"]:
                v["channels"].append(name)
        both = {m["measure"] for m in v["measures"]} & {m["measure"] for m in v["measures_excluded"]}
        if both:
            raise ValidationError(f"measures: {', '.join(sorted(both))} cannot be both covered and excluded.",
                                  field="measures_excluded")
        if v["origin"] == "reference" and not v["source"]:
            raise ValidationError("source: reference data must name its source.", field="source")
        if v["adopted"] and v["signed"] and v["signed"] < v["adopted"]:
            raise ValidationError(f"signed: {v['signed']} is before the adoption date {v['adopted']}.", field="signed")
        start = v["signed"] or v["adopted"]
        if start and v["in_force"] and v["in_force"] < start:
            raise ValidationError(f"in_force: {v['in_force']} is before it was signed or adopted ({start}).",
                                  field="in_force")
        applies = _start(v)
        if v["expires"] and applies and v["expires"] <= applies:
            raise ValidationError(f"expires: {v['expires']} is not after the date it applies from ({applies}).",
                                  field="expires")
        return v

    @staticmethod
    def _row(v: dict[str, Any]) -> dict[str, Any]:
        row = {k: (json.dumps(val, ensure_ascii=False) if k in _JSON else val) for k, val in v.items() if k != "parties"}
        row["parties_recorded"] = 1 if v["parties"] else 0
        return row

    def _index(self, rid: str, v: dict[str, Any]) -> None:
        labels = measures()
        text = "\n".join(x for x in [
            TYPE_LABELS[v["type"]], " ".join(v["parties"]), v["article"], v["key_articles"],
            ", ".join(labels[m["measure"]] for m in v["measures"]), ", ".join(v["offences"]),
            ", ".join(c["name"] for c in v["central_authorities"]), v["reservations"], v["notes"],
        ] if x)
        self.vault.search.index(self.record_type, rid, title=v["title"], text=text, ref=v["reference"] or None)

    def _check_reference_free(self, reference: str, own_id: str | None = None) -> None:
        if not reference:
            return
        row = self.vault.db.execute("SELECT id FROM agreements WHERE reference = ? COLLATE NOCASE",
                                    [reference]).fetchone()
        if row and row[0] != own_id:
            raise ValidationError(f"reference: the agreement {row[0]} already has the reference '{reference}'.",
                                  field="reference")

    # --------------------------------------------------------------- writes
    def add(self, **fields: Any) -> Changes:
        """Create an agreement. ``parties`` are ISO country codes (required for
        bilateral treaties and memoranda; leave empty when not known)."""
        check_unknown(fields, _FIELDS, "agreement")
        v = self._validate(fields)
        self._check_reference_free(v["reference"])
        rid, now = new_id(), utcnow_iso()
        try:
            with self.vault.transaction() as db:
                db["agreements"].insert({"id": rid, **self._row(v), "created_at": now, "updated_at": now, "rev": 1})
                db["agreement_parties"].insert_all([{"agreement_id": rid, "country": c} for c in v["parties"]])
                self.vault.audit.log("create", self.record_type, rid, ref=v["reference"] or v["title"],
                                     summary=f"agreement {v['title']} ({TYPE_LABELS[v['type']]})")
                self._index(rid, v)
        except DatabaseError as exc:
            raise translate_db_error(exc, "agreement") from exc
        return created(self.record_type, rid)

    def update(self, ref_or_id: str, **fields: Any) -> Changes:
        """Change some fields. ``parties=[]`` marks the parties as not recorded
        (not allowed for bilateral treaties and memoranda)."""
        check_unknown(fields, _FIELDS, "agreement")
        rid = self.resolve(ref_or_id)
        current = self.get(rid)
        merged = {k: current[k] for k in _FIELDS}
        merged["parties"] = current["parties"] or []
        merged.update(fields)
        v = self._validate(merged)
        self._check_reference_free(v["reference"], rid)
        before = dict(current, parties=current["parties"] or [])
        changed = [k for k in _FIELDS if v[k] != before[k]]
        if not changed:
            return Changes(note="nothing changed")
        try:
            with self.vault.transaction() as db:
                row = self._row(v)
                cols = [k for k in row if k in changed or k == "parties_recorded"]
                sets = ", ".join(f"{k} = ?" for k in cols)
                db.execute(f"UPDATE agreements SET {sets}, updated_at = ?, rev = rev + 1 WHERE id = ?",
                           [*(row[k] for k in cols), utcnow_iso(), rid])
                if "parties" in changed:
                    db.execute("DELETE FROM agreement_parties WHERE agreement_id = ?", [rid])
                    db["agreement_parties"].insert_all([{"agreement_id": rid, "country": c} for c in v["parties"]])
                self.vault.audit.log("alter", self.record_type, rid, ref=v["reference"] or v["title"],
                                     summary=f"agreement changed: {', '.join(changed)}", details={"fields": changed})
                self._index(rid, v)
        except DatabaseError as exc:
            raise translate_db_error(exc, "agreement") from exc
        return updated(self.record_type, rid, fields=changed)

    # ---------------------------------------------------------------- reads
    def resolve(self, ref_or_id: str) -> str:
        text = str(ref_or_id or "").strip()
        if not text:
            raise NotFound("No agreement given: use its id, reference (e.g. ETS 185) or title.")
        db = self.vault.db
        if is_id(text):
            row = db.execute("SELECT id FROM agreements WHERE id = ?", [text]).fetchone()
            if row:
                return row[0]
        row = db.execute("SELECT id FROM agreements WHERE reference = ? COLLATE NOCASE AND reference != ''",
                         [text]).fetchone() or db.execute(
            "SELECT id FROM agreements WHERE key = ? AND key != ''", [text.lower()]).fetchone()
        if row:
            return row[0]
        rows = db.execute("SELECT id FROM agreements WHERE title = ? COLLATE NOCASE LIMIT 2", [text]).fetchall()
        if len(rows) == 1:
            return rows[0][0]
        if len(rows) > 1:
            raise ValidationError(f"Several agreements are titled '{text}'; use the id or the reference.",
                                  field="agreement")
        raise NotFound(f"No agreement with the id, reference or title '{text}'.",
                       hint="See 'liaison agreement list'.")

    def _parties(self, rid: str) -> list[str]:
        return [r[0] for r in self.vault.db.execute(
            "SELECT country FROM agreement_parties WHERE agreement_id = ? ORDER BY country", [rid])]

    def get(self, ref_or_id: str) -> dict[str, Any]:
        """The agreement; ``parties`` is None when they are not recorded."""
        rid = self.resolve(ref_or_id)
        row = decode(next(iter(self.vault.db.query("SELECT * FROM agreements WHERE id = ?", [rid]))), _JSON)
        row["parties"] = self._parties(rid) if row["parties_recorded"] else None
        return row

    def list(
        self,
        *,
        type: str | None = None,  # noqa: A002 - the field's name
        country: str | None = None,
        origin: str | None = None,
        sort: str = "title",
        descending: bool = False,
        after: str | None = None,
        limit: int = 50,
    ) -> Page:
        """A page of agreements, optionally of one type, with ``country`` among
        the recorded parties, or of one origin."""
        where, params = [], []
        if type:
            if type not in AGREEMENT_TYPES:
                raise ValidationError(f"type: '{type}' is not one of {', '.join(AGREEMENT_TYPES)}.", field="type")
            where.append("type = ?")
            params.append(type)
        if country:
            where.append("id IN (SELECT agreement_id FROM agreement_parties WHERE country = ?)")
            params.append(validate_country(country, field="country"))
        if origin:
            where.append("origin = ?")
            params.append(validate_origin(origin))
        page = keyset_page(self.vault.db, select="SELECT * FROM agreements", where=where, params=params, sort=sort,
                           sortable=self.sortable, descending=descending, after=after, limit=limit)
        items = []
        for r in page.items:
            r = decode(r, _JSON)
            r["parties"] = self._parties(r["id"]) if r["parties_recorded"] else None
            items.append(r)
        page.items = items
        return page

    # ------------------------------------------------------------ the finder
    def find_basis(
        self,
        requesting_state: str,
        requested_state: str,
        measure: str,
        on: str | date | None = None,
    ) -> dict[str, Any]:
        """The agreements that can carry a request for ``measure`` from
        ``requesting_state`` to ``requested_state`` on the date ``on`` (default:
        today), best first, and every other agreement with why it was excluded.

        An agreement qualifies when its parties are recorded and include both
        states, it applies on the date (from ``in_force``, or for a directive
        from its transposition deadline, whichever is later; until the day
        before ``expires``), and it covers the measure (listed, or a
        'general' scope that does not exclude it).

        Ranking: by type first, bilateral treaty (400) > EU instrument (300) >
        multilateral convention (200) > memorandum (100); then the measure
        listed expressly (+50) over general coverage; then the most recent
        start date; then the title. ``score`` is the sum of the first two.

        Exclusion reasons, first one in ``reason`` (all in ``reasons``):
        "parties not recorded: add the parties to use it", "not a party: ...",
        "no in-force date recorded: ...", "not yet in force on D (in force from
        ...)", "expired on D (...)", "measure not covered: ...".
        """
        a = validate_country(requesting_state, field="requesting_state")
        b = validate_country(requested_state, field="requested_state")
        if a == b:
            raise ValidationError("requested_state: it is the same as the requesting state; a legal basis is "
                                  "needed between two states.", field="requested_state")
        slug = validate_measure(measure)
        label = measures()[slug]
        day = (on if isinstance(on, date) else parse_date(on, field="date")) if on else date.today()
        on_text = day.isoformat()
        db = self.vault.db
        member: dict[str, set[str]] = {}
        for rid, country in db.execute(
                "SELECT agreement_id, country FROM agreement_parties WHERE country IN (?, ?)", [a, b]):
            member.setdefault(rid, set()).add(country)
        results: list[dict[str, Any]] = []
        excluded: list[dict[str, Any]] = []
        for row in db.query("SELECT * FROM agreements ORDER BY title, id"):
            row = decode(row, _JSON)
            reasons: list[str] = []
            # parties
            if not row["parties_recorded"]:
                reasons.append("parties not recorded: add the parties to use it")
            else:
                missing = [c for c in (a, b) if c not in member.get(row["id"], set())]
                if len(missing) == 2:
                    reasons.append(f"not a party: neither {a} nor {b} is a party")
                elif missing:
                    reasons.append(f"not a party: {missing[0]} is not a party")
            # dates
            start = _start(row)
            from_deadline = bool(row["transposition_deadline"]) and start == row["transposition_deadline"]
            if not start:
                reasons.append("no in-force date recorded: add the date it entered into force to use it")
            elif start > on_text:
                how = "applies from" if from_deadline else "in force from"
                extra = ", the transposition deadline" if from_deadline else ""
                reasons.append(f"not yet in force on {on_text} ({how} {start}{extra})")
            if row["expires"] and row["expires"] <= on_text:
                last = (date.fromisoformat(row["expires"]) - timedelta(days=1)).isoformat()
                reasons.append(f"expired on {row['expires']} (in force until {last}; date asked {on_text})")
            # measure
            listed = next((m for m in row["measures"] if m["measure"] == slug), None)
            barred = next((m for m in row["measures_excluded"] if m["measure"] == slug), None)
            if barred:
                art = f" ({barred['article']})" if barred["article"] else ""
                reasons.append(f"measure not covered: {label} is excluded{art}")
            elif not listed and row["measures_scope"] != "general":
                reasons.append(f"measure not covered: {label} is not among its measures")
            if reasons:
                excluded.append({"agreement_id": row["id"], "title": row["title"], "reference": row["reference"],
                                 "reason": reasons[0], "reasons": reasons})
                continue
            why = [f"{TYPE_LABELS[row['type']]} with {a} and {b} among its parties"]
            why.append(f"applies since {start} (transposition deadline)" if from_deadline else f"in force since {start}")
            if row["expires"]:
                why.append(f"in force until {(date.fromisoformat(row['expires']) - timedelta(days=1)).isoformat()}")
            score = TYPE_WEIGHT[row["type"]]
            if listed:
                score += EXPLICIT_MEASURE_BONUS
                art = f" ({listed['article']})" if listed["article"] else ""
                why.append(f"covers {label} expressly{art}")
            else:
                art = f" ({row['article']})" if row["article"] else ""
                why.append(f"provides for mutual assistance in general terms{art}: check that {label} fits its text")
            if row["review"] and row["review"] <= on_text:
                why.append(f"review date {row['review']} has passed: check it is still current")
            results.append({"agreement_id": row["id"], "title": row["title"], "reference": row["reference"],
                            "type": row["type"], "score": score, "reasons": why, "_start": start})
        results.sort(key=lambda r: r["title"])
        results.sort(key=lambda r: (r["score"], r["_start"]), reverse=True)
        for r in results:
            del r["_start"]
        return {"requesting_state": a, "requested_state": b, "measure": slug, "measure_label": label,
                "date": on_text, "results": results, "excluded": excluded}


def _start(row: dict[str, Any]) -> str:
    """The first day an agreement applies: its in-force date, or for a directive
    its transposition deadline, whichever is later ('' when neither is known)."""
    dates = [d for d in (row.get("in_force"), row.get("transposition_deadline")) if d]
    return max(dates) if dates else ""
