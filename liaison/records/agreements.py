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
from ..refdata import active_pack, validate_country
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
        if current.get("pack") and "parties" in fields:
            raise ValidationError(
                f"parties: the parties of {current['reference'] or current['title']} come from the reference pack "
                f"(version {current['pack']['version']}, status as of {current['pack']['status_as_of']}); install a "
                "newer pack ('liaison reference import FILE') to change them.", field="parties")
        current = dict(current, parties=self._parties(rid) if current["parties_recorded"] else None)
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
        return self._overlay(row)

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
            code = validate_country(country, field="country")
            keys = [k for k, i in active_pack(self.vault).instruments.items() if code in i.parties]
            where.append("(id IN (SELECT agreement_id FROM agreement_parties WHERE country = ?) OR (origin = 'reference'"
                         f" AND key IN ({', '.join('?' * len(keys)) or 'NULL'})))")
            params += [code, *keys]
        if origin:
            where.append("origin = ?")
            params.append(validate_origin(origin))
        page = keyset_page(self.vault.db, select="SELECT * FROM agreements", where=where, params=params, sort=sort,
                           sortable=self.sortable, descending=descending, after=after, limit=limit)
        items = []
        for r in page.items:
            r = decode(r, _JSON)
            r["parties"] = self._parties(r["id"]) if r["parties_recorded"] else None
            items.append(self._overlay(r))
        page.items = items
        return page

    def _overlay(self, row: dict[str, Any]) -> dict[str, Any]:
        """A reference instrument with what the reference pack says of it
        (``pack``: the party list with the date each is bound from, its source,
        status and date, the opt-outs, what it replaces); ``parties`` then
        lists the states of the pack's list."""
        if row.get("origin") != "reference":
            return row
        pack = active_pack(self.vault)
        inst = pack.instrument(row.get("key"))
        if inst is None:
            return row
        row["pack"] = {"version": pack.version, "status_as_of": pack.status_as_of, **inst.to_json()}
        row["parties"] = sorted(inst.parties) or None
        row["parties_status"] = inst.list_status
        row["parties_unverified"] = inst.list_status == "unverified"
        return row

    # ------------------------------------------------------------ the finder
    def find_basis(
        self,
        requesting_state: str,
        requested_state: str,
        measure: str,
        on: str | date | None = None,
        *,
        offence: str | None = None,
    ) -> dict[str, Any]:
        """Which instruments bind both states for ``measure`` on the date ``on``
        (default today), which one governs, and why each other one is excluded.

        Reference instruments are judged from the reference pack (who is bound
        and since when, opt-outs, what replaces what, the articles per measure,
        the offences in scope); the officer's own treaties and memoranda from
        their records. ``offence`` is an EIO Annex D category: the UN
        conventions apply only to the offences in their scope.

        Order of the results (the first one governs): a bilateral treaty
        recorded in the vault (it prevails or supplements: check its clause on
        other agreements); then the EU instrument of the track (2023/977 for
        police information, the EIO for evidence and coercive measures);
        then the conventions specific to the measure or offence (Budapest for
        computer data, UNCAC for corruption, the 1988 Convention for drugs);
        then the general ones (ETS 30 and its protocols, the EU MLA Convention,
        UNTOC); memoranda last (police information only). Within each, an
        instrument whose party list or dates are unverified comes after a
        verified one, a conditional one (offence scope) after an unconditional
        one, and a measure named expressly before general coverage.

        Each result: ``agreement_id, key, title, reference, type, score,
        reasons, articles, unverified (list), conditions (list)``. Each
        exclusion: ``agreement_id, title, reference, reason, reasons``.
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
        if offence:
            from .cases import validate_offence_category
            offence = validate_offence_category(offence, field="offence") or None
        pack = active_pack(self.vault)
        member: dict[str, set[str]] = {}
        for rid, country in self.vault.db.execute(
                "SELECT agreement_id, country FROM agreement_parties WHERE country IN (?, ?)", [a, b]):
            member.setdefault(rid, set()).add(country)
        results: list[dict[str, Any]] = []
        excluded: list[dict[str, Any]] = []
        for row in self.vault.db.query("SELECT * FROM agreements ORDER BY title, id"):
            row = decode(row, _JSON)
            inst = pack.instrument(row["key"]) if row["origin"] == "reference" else None
            if inst is not None:
                verdict = _assess_pack(inst, pack, a, b, slug, on_text, offence)
            else:
                verdict = _assess_record(row, member.get(row["id"], set()), a, b, slug, on_text, pack)
            base = {"agreement_id": row["id"], "key": row["key"], "title": row["title"],
                    "reference": row["reference"], "type": row["type"]}
            if verdict["reasons_out"]:
                excluded.append({**base, "reason": verdict["reasons_out"][0], "reasons": verdict["reasons_out"],
                                 "unverified": verdict["unverified"]})
            else:
                results.append({**base, "score": verdict["score"], "reasons": verdict["why"],
                                "articles": verdict["articles"], "unverified": verdict["unverified"],
                                "conditions": verdict["conditions"], "tier": verdict["tier"],
                                "_sort": verdict["sort"], "_replaces": verdict["replaces"],
                                "_start": verdict["start"]})
        # What replaces what (EIO Art. 34(1), 2023/977 for the Framework Decision): an instrument binding both
        # states for this measure sets aside the ones it replaces between them.
        by_key = {r["key"]: r for r in results if r["key"]}
        for r in list(results):
            for rep in r["_replaces"]:
                target = by_key.get(rep["instrument"])
                if target is None or target is r or (rep["from"] and rep["from"] > on_text):
                    continue
                why = (f"replaced between {a} and {b} by {r['reference'] or r['title']} ({rep['article']}) since "
                       f"{rep['from'] or r['_start']}")
                results.remove(target)
                excluded.append({k: target[k] for k in ("agreement_id", "key", "title", "reference", "type")}
                                | {"reason": why, "reasons": [why], "unverified": target["unverified"]})
        results.sort(key=lambda r: r["title"])
        results.sort(key=lambda r: (r["_sort"], r["_start"]), reverse=True)
        for r in results:
            for k in ("_sort", "_replaces", "_start"):
                del r[k]
        governing = results[0] if results else None
        if governing is None:
            message = (f"Nothing in the catalogue or the vault binds {a} and {b} for {label} on {on_text}: see the "
                       "exclusions. Record a bilateral treaty if there is one, or ask the central authority.")
        else:
            message = f"{governing['reference'] or governing['title']} governs: {governing['reasons'][0]}."
            if governing["unverified"]:
                message += " Unverified: " + "; ".join(governing["unverified"]) + "."
            if governing["conditions"]:
                message += " Only if: " + "; ".join(governing["conditions"]) + "."
        return {"requesting_state": a, "requested_state": b, "measure": slug, "measure_label": label,
                "date": on_text, "offence": offence or "", "governing": governing, "message": message,
                "results": results, "excluded": excluded,
                "pack": {"version": pack.version, "status_as_of": pack.status_as_of, "stale": pack.stale(),
                         "origin": pack.origin}}

    def assess(self, agreement: str, requesting_state: str, requested_state: str, measure: str,
               on: str | date | None = None, *, offence: str | None = None) -> dict[str, Any]:
        """The finder's verdict on one agreement: the result entry (``binding``
        True) or the exclusion (``binding`` False) with its reasons."""
        rid = self.resolve(agreement)
        found = self.find_basis(requesting_state, requested_state, measure, on, offence=offence)
        for r in found["results"]:
            if r["agreement_id"] == rid:
                return {**r, "binding": True, "governs": r is found["governing"], "governing": found["governing"]}
        e = next(x for x in found["excluded"] if x["agreement_id"] == rid)
        return {**e, "binding": False, "governs": False, "governing": found["governing"]}


# Ranking: tiers first (higher first), then the flags below.
TIER_BILATERAL, TIER_EU_TRACK, TIER_SPECIFIC, TIER_GENERAL, TIER_MEMORANDUM = 5, 4, 3, 2, 1


def _day_before(iso: str) -> str:
    return (date.fromisoformat(iso) - timedelta(days=1)).isoformat()


def _assess_pack(inst, pack, a: str, b: str, slug: str, on: str, offence: str | None) -> dict[str, Any]:
    """One reference instrument judged from the pack: exclusions, or why it binds."""
    label = measures()[slug]
    kind = pack.measure_kinds.get(slug, "coercive")
    out: list[str] = []
    unverified: list[str] = []
    conditions: list[str] = []
    why: list[str] = []
    if inst.track == "frame":
        out.append(f"not a legal basis for requests: {inst.notes or 'it frames how data are processed'}")
    if inst.in_force and inst.in_force > on:
        out.append(f"not yet in force on {on} (applies from {inst.in_force})")
    if inst.until and inst.until <= on:
        out.append(f"no longer applies on {on} (applied until {_day_before(inst.until)})")
    source = f"{inst.list_source} (status as of {inst.list_as_of})" if inst.list_as_of else inst.list_source
    starts = [inst.in_force] if inst.in_force else []
    for state in (a, b):
        p = inst.parties.get(state)
        if p is None:
            if state in inst.not_bound:
                out.append(f"not bound: {state}: {inst.not_bound[state]}")
            elif inst.list_status == "complete":
                out.append(f"not a party: {state} is not a party (source: {source})")
            elif inst.list_status == "partial":
                out.append(f"status not recorded: whether {state} is a party is not in this pack (its list is "
                           f"partial; source: {source}); check the depositary before relying on it")
            elif inst.parties:
                out.append(f"not a party: {state} is not in the pack's list, which is unverified (not taken from a "
                           "source)")
            else:
                out.append("party list not in this pack (unverified): record the parties from the depositary "
                           "before relying on it")
            continue
        if p.until and p.until <= on:
            out.append(f"no longer bound: {state} was bound until {_day_before(p.until)}"
                       + (f" ({p.note})" if p.note else ""))
        if p.since and p.since > on:
            out.append(f"not yet bound: {state} is bound from {p.since}, after {on}")
        elif not p.since and p.deposited and p.deposited > on:
            out.append(f"not yet bound: {state} deposited its instrument on {p.deposited}, after {on}")
        elif not p.since and p.known_by and on < p.known_by:
            unverified.append(f"{state} is known to be a party by {p.known_by}; whether it was bound on {on} is "
                              "not in this pack")
        elif not p.since:
            unverified.append(f"the date {state} is bound from is not in this pack"
                              + (f" ({inst.dates_note})" if inst.dates_note and not p.deposited else ""))
        if not p.verified and inst.list_status != "unverified":
            unverified.append(f"{state}'s entry is not taken from a source" + (f": {p.note}" if p.note else ""))
        if p.since:
            starts.append(p.since)
    if inst.list_status == "unverified" and inst.parties:
        unverified.insert(0, "its party list is not taken from a source")
    barred = inst.measures_excluded.get(slug)
    listed = inst.measures.get(slug)
    if barred is not None:
        out.append(f"measure not covered: {label} is excluded" + (f" ({barred})" if barred else ""))
    elif listed is None and inst.measures_scope != "general":
        out.append(f"measure not covered: {label} is not among its measures")
    if inst.type == "memorandum" and kind != "information":
        out.append("a memorandum of understanding is not a treaty: it cannot ground a coercive measure or the "
                   "gathering of evidence")
    specific = listed is not None and inst.track == "judicial" and inst.measures_scope == "listed"
    if inst.offence_scope:
        scope = inst.offence_scope
        if offence and offence in scope.get("categories", []):
            why.append(f"the offence is within its scope ({scope.get('article', '')})")
            specific = specific or scope.get("otherwise") == "out"
        elif offence and scope.get("otherwise") == "out":
            out.append(f"offence outside its scope: it covers {scope.get('condition', '')}")
        else:
            what = "" if offence else " (no offence given)"
            conditions.append(f"{scope.get('condition', '')}{what}")
    start = max(starts) if starts else ""
    if out:
        return {"reasons_out": out, "unverified": unverified}
    name = {"eu-instrument": "EU instrument", "multilateral-convention": "multilateral convention"}.get(
        inst.type, TYPE_LABELS.get(inst.type, inst.type))
    head = f"{name} binding {a} and {b} on {on}"
    if start and not any("bound from is not in this pack" in u or "known to be a party" in u for u in unverified):
        head += f" (in force between them since {start})"
    why.insert(0, head)
    if listed is not None:
        why.append(f"covers {label} expressly" + (f" ({listed})" if listed else ""))
    else:
        why.append("provides for mutual assistance in general terms" + (f" ({inst.article})" if inst.article else "")
                   + f": check that {label} fits its text")
    if inst.list_status != "unverified":
        why.append(f"party list: {source}")
    if kind == "information" and inst.track == "judicial" and inst.type == "eu-instrument":
        why.append("use it when the information is needed as evidence in criminal proceedings")
    if kind == "information" and inst.track == "police":
        why.append("police information; its use as evidence needs the providing State's consent or a judicial "
                   "instrument")
    if inst.channel:
        why.append(f"channel: {inst.channel}")
    if inst.precedence == "union-law":
        on_track = (inst.track == "police") == (kind == "information")
        tier = TIER_EU_TRACK if on_track else TIER_SPECIFIC
    elif inst.type == "memorandum":
        tier = TIER_MEMORANDUM
    elif inst.type == "bilateral-treaty":
        tier = TIER_BILATERAL
    else:
        tier = TIER_SPECIFIC if specific else TIER_GENERAL
    score = tier * 100 + (EXPLICIT_MEASURE_BONUS if listed is not None else 0)
    sort = (tier, not unverified, not conditions, listed is not None)
    articles = ", ".join(x for x in (listed or inst.article, inst.content_articles) if x)
    return {"reasons_out": [], "why": why, "unverified": unverified, "conditions": conditions, "tier": tier,
            "score": score, "sort": sort, "articles": articles, "replaces": list(inst.replaces), "start": start}


def _assess_record(row: dict[str, Any], member: set[str], a: str, b: str, slug: str, on_text: str,
                   pack) -> dict[str, Any]:
    """The officer's own agreement (or a reference row the pack does not know), from its record."""
    label = measures()[slug]
    kind = pack.measure_kinds.get(slug, "coercive")
    reasons: list[str] = []
    if not row["parties_recorded"]:
        reasons.append("parties not recorded: add the parties to use it")
    else:
        missing = [c for c in (a, b) if c not in member]
        if len(missing) == 2:
            reasons.append(f"not a party: neither {a} nor {b} is a party")
        elif missing:
            reasons.append(f"not a party: {missing[0]} is not a party")
    start = _start(row)
    from_deadline = bool(row["transposition_deadline"]) and start == row["transposition_deadline"]
    if not start:
        reasons.append("no in-force date recorded: add the date it entered into force to use it")
    elif start > on_text:
        how = "applies from" if from_deadline else "in force from"
        extra = ", the transposition deadline" if from_deadline else ""
        reasons.append(f"not yet in force on {on_text} ({how} {start}{extra})")
    if row["expires"] and row["expires"] <= on_text:
        reasons.append(f"expired on {row['expires']} (in force until {_day_before(row['expires'])}; "
                       f"date asked {on_text})")
    listed = next((m for m in row["measures"] if m["measure"] == slug), None)
    barred = next((m for m in row["measures_excluded"] if m["measure"] == slug), None)
    if barred:
        art = f" ({barred['article']})" if barred["article"] else ""
        reasons.append(f"measure not covered: {label} is excluded{art}")
    elif not listed and row["measures_scope"] != "general":
        reasons.append(f"measure not covered: {label} is not among its measures")
    if row["type"] == "memorandum" and kind != "information":
        reasons.append("a memorandum of understanding is not a treaty: it cannot ground a coercive measure or the "
                       "gathering of evidence")
    if reasons:
        return {"reasons_out": reasons, "unverified": []}
    why = [f"{TYPE_LABELS[row['type']]} with {a} and {b} among its parties"]
    why.append(f"applies since {start} (transposition deadline)" if from_deadline else f"in force since {start}")
    if row["expires"]:
        why.append(f"in force until {_day_before(row['expires'])}")
    if listed:
        art = f" ({listed['article']})" if listed["article"] else ""
        why.append(f"covers {label} expressly{art}")
    else:
        art = f" ({row['article']})" if row["article"] else ""
        why.append(f"provides for mutual assistance in general terms{art}: check that {label} fits its text")
    if row["type"] == "bilateral-treaty":
        why.append("a bilateral treaty recorded in the vault prevails between its parties, or supplements the "
                   "multilateral conventions: check its clause on other agreements")
    if row["review"] and row["review"] <= on_text:
        why.append(f"review date {row['review']} has passed: check it is still current")
    tier = {"bilateral-treaty": TIER_BILATERAL, "eu-instrument": TIER_EU_TRACK,
            "multilateral-convention": TIER_GENERAL, "memorandum": TIER_MEMORANDUM}[row["type"]]
    score = tier * 100 + (EXPLICIT_MEASURE_BONUS if listed else 0)
    articles = (listed or {}).get("article") or row["article"]
    return {"reasons_out": [], "why": why, "unverified": [], "conditions": [], "tier": tier, "score": score,
            "sort": (tier, True, True, bool(listed)), "articles": articles, "replaces": [], "start": start}


def _start(row: dict[str, Any]) -> str:
    """The first day an agreement applies: its in-force date, or for a directive
    its transposition deadline, whichever is later ('' when neither is known)."""
    dates = [d for d in (row.get("in_force"), row.get("transposition_deadline")) if d]
    return max(dates) if dates else ""
