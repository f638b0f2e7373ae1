"""Reference data: countries (ISO 3166-1, from pycountry) and languages (ISO 639-1).

Other reference lists (offence categories, measures, instruments, handling
codes, channels) are JSON files under ``resources/reference/``; see
``liaison.resources.load_json``.
"""

from __future__ import annotations

from functools import cache

import pycountry

from .errors import ValidationError


@cache
def countries() -> dict[str, str]:
    """ISO alpha-2 code -> English short name, for every current country."""
    return {c.alpha_2: getattr(c, "common_name", None) or c.name for c in pycountry.countries}


@cache
def languages() -> dict[str, str]:
    """ISO 639-1 code -> English name."""
    return {lang.alpha_2: lang.name for lang in pycountry.languages if hasattr(lang, "alpha_2")}


def validate_country(code: str | None, *, field: str = "country", required: bool = True) -> str | None:
    """Normalise and check an ISO 3166-1 alpha-2 code ("de" -> "DE"). The EU's
    "EL" for Greece and "UK" are accepted as GR and GB."""
    if code is None or not str(code).strip():
        if required:
            raise ValidationError(f"{field}: a country is required (ISO code such as DE).", field=field)
        return None
    norm = str(code).strip().upper()
    norm = {"EL": "GR", "UK": "GB"}.get(norm, norm)
    if norm not in countries():
        raise ValidationError(f"{field}: '{code}' is not an ISO 3166 country code (e.g. DE, PL, GR).", field=field)
    return norm


def validate_language(code: str | None, *, field: str = "language", required: bool = True) -> str | None:
    if code is None or not str(code).strip():
        if required:
            raise ValidationError(f"{field}: a language is required (ISO 639-1 code such as fr).", field=field)
        return None
    norm = str(code).strip().lower()
    if norm not in languages():
        raise ValidationError(f"{field}: '{code}' is not an ISO 639-1 language code (e.g. en, fr, de).", field=field)
    return norm


def country_name(code: str | None) -> str:
    return countries().get(code or "", code or "")


# ============================================================ the reference pack
# What instruments bind whom, since when, what they replace, and the articles
# that ground each measure: resources/reference/pack.json, replaceable by an
# office with a newer pack ('liaison reference import FILE'), kept in the vault.

import hashlib  # noqa: E402 - the pack section keeps its imports together
import json  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from datetime import date, datetime, timedelta  # noqa: E402
from typing import Any  # noqa: E402

from .errors import LiaisonError  # noqa: E402

PACK_FORMAT = 1
PACK_FILE = ("reference", "pack.json")
PACK_MAX_BYTES = 5_000_000
STALE_AFTER_DAYS = 365
LIST_STATUSES = ("complete", "partial", "unverified")
TRACKS = ("judicial", "police", "frame")
MEASURE_KINDS = ("information", "evidence", "coercive")
ROLES = ("requesting", "requested", "issuing", "executing", "providing", "receiving")
# What a State declared that changes how cooperation with it works (a central
# authority, the languages it accepts, a channel, a 24/7 point, a reservation).
DECLARATION_KINDS = ("central-authority", "language", "channel", "24-7-contact", "reservation")
_INSTRUMENT_TYPES = ("bilateral-treaty", "eu-instrument", "multilateral-convention", "memorandum")
_KEY_RE = __import__("re").compile(r"^[a-z0-9][a-z0-9-]{1,63}$")


class PackRejected(LiaisonError):
    """A reference pack that cannot be installed; nothing was changed."""

    exit_code = 5


@dataclass(frozen=True)
class Party:
    state: str
    since: str = ""        # first day bound ('' when the source does not give it)
    until: str = ""        # first day no longer bound ('' while bound)
    deposited: str = ""    # instrument deposited on (bound no earlier than this)
    known_by: str = ""     # known to be a party by this date (exact date not in the source)
    verified: bool = True  # False: the entry itself is not taken from a source
    note: str = ""
    source: str = ""


@dataclass(frozen=True)
class Instrument:
    key: str
    reference: str
    title: str
    type: str
    track: str
    in_force: str
    until: str
    list_status: str                  # complete | partial | unverified
    list_as_of: str
    list_source: str
    dates_note: str
    parties: dict[str, Party]
    not_bound: dict[str, str]         # state -> reason
    replaces: tuple[dict[str, str], ...]
    measures_scope: str
    article: str
    measures: dict[str, str]          # slug -> article
    measures_excluded: dict[str, str]
    offence_scope: dict[str, Any] | None
    content: str
    content_articles: str
    roles: dict[str, str]
    channel: str
    source: str
    notes: str
    signed: str = ""
    adopted: str = ""
    precedence: str = ""              # 'union-law': an act of Union law (directive, framework decision)
    declarations: tuple[dict[str, str], ...] = ()   # state, kind, article, text, source, as_of

    @property
    def verified_list(self) -> bool:
        return self.list_status != "unverified"

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key, "reference": self.reference, "title": self.title, "type": self.type,
            "track": self.track, "in_force": self.in_force, "until": self.until,
            "parties": {"status": self.list_status, "as_of": self.list_as_of, "source": self.list_source,
                        "dates": self.dates_note,
                        "states": [{("from" if k == "since" else k): v for k, v in vars(p).items()
                                    if v not in ("", True)} for p in self.parties.values()]},
            "not_bound": [{"state": s, "reason": r} for s, r in self.not_bound.items()],
            "replaces": list(self.replaces), "measures_scope": self.measures_scope, "article": self.article,
            "measures": [{"measure": m, "article": a} for m, a in self.measures.items()],
            "measures_excluded": [{"measure": m, "article": a} for m, a in self.measures_excluded.items()],
            "offence_scope": self.offence_scope, "content": self.content, "content_articles": self.content_articles,
            "roles": self.roles, "channel": self.channel, "source": self.source, "notes": self.notes,
            "precedence": self.precedence, "declarations": [dict(d) for d in self.declarations],
        }


@dataclass(frozen=True)
class Pack:
    version: int
    status_as_of: str
    issued_by: str
    instruments: dict[str, Instrument]
    measure_kinds: dict[str, str]
    sha256: str
    origin: str = "built-in"          # built-in | installed
    installed_at: str = ""
    raw: bytes = field(default=b"", repr=False)

    def instrument(self, key: str | None) -> Instrument | None:
        return self.instruments.get(key or "")

    def age_days(self, today: date | None = None) -> int:
        return ((today or date.today()) - date.fromisoformat(self.status_as_of)).days

    def stale(self, today: date | None = None) -> bool:
        return self.age_days(today) > STALE_AFTER_DAYS

    def unverified(self) -> list[str]:
        """Keys of the instruments whose party list is not taken from a source."""
        return [k for k, i in self.instruments.items() if i.list_status == "unverified"]

    def summary(self, today: date | None = None) -> dict[str, Any]:
        return {
            "version": self.version, "status_as_of": self.status_as_of, "issued_by": self.issued_by,
            "origin": self.origin, "installed_at": self.installed_at, "sha256": self.sha256,
            "age_days": self.age_days(today), "stale": self.stale(today),
            "instruments": len(self.instruments), "unverified_lists": self.unverified(),
            "partial_lists": [k for k, i in self.instruments.items() if i.list_status == "partial"],
        }


class _Problems(list):
    def add(self, where: str, what: str) -> None:
        self.append(f"{where}: {what}")


def _pdate(value: Any, where: str, problems: _Problems, *, required: bool = False) -> str:
    text = "" if value is None else str(value).strip()
    if not text:
        if required:
            problems.add(where, "a date (YYYY-MM-DD) is required")
        return ""
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        problems.add(where, f"'{text}' is not a date (YYYY-MM-DD)")
        return ""


def _ptext(value: Any, where: str, problems: _Problems, *, required: bool = False, limit: int = 5_000) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        problems.add(where, "must be text")
        return ""
    text = value.strip()
    if required and not text:
        problems.add(where, "is required")
    if len(text) > limit or "\x00" in text:
        problems.add(where, f"must be text of at most {limit} characters")
    return text


def _pstate(obj: Any, base: str, what: str, problems: _Problems) -> tuple[str, str]:
    """The ISO code of the State an entry names, and where to report its
    problems; ('', '') when the entry is not an object or names no State."""
    if not isinstance(obj, dict):
        problems.add(base, f"each {what} is an object with 'state'")
        return "", ""
    code = str(obj.get("state") or "").upper()
    where = f"{base}.{code or '?'}"
    if code not in countries():
        problems.add(where, f"'{obj.get('state')}' is not an ISO 3166 country code")
        return "", ""
    return code, where


def parse_pack(data: bytes | str | dict, *, display: str = "pack", origin: str = "built-in",
               installed_at: str = "") -> Pack:
    """Read and check a reference pack. Every problem found is listed in the
    :class:`PackRejected` raised: schema, dates, country codes, measures and
    offence categories that do not exist, an instrument replaced that the pack
    does not define."""
    from .records.agreements import measures as measure_catalogue
    from .records.cases import offence_categories

    if isinstance(data, dict):
        raw = json.dumps(data, ensure_ascii=False, sort_keys=True).encode()
        doc: Any = data
    else:
        raw = data.encode() if isinstance(data, str) else bytes(data)
        if len(raw) > PACK_MAX_BYTES:
            raise PackRejected(f"{display}: larger than {PACK_MAX_BYTES:,} bytes; this is not a reference pack.")
        try:
            doc = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise PackRejected(f"{display}: not a reference pack (not JSON: {exc}).",
                               hint="A reference pack is one JSON file sent by your central authority.") from exc
    p = _Problems()
    if not isinstance(doc, dict):
        raise PackRejected(f"{display}: not a reference pack (a JSON object with 'format', 'pack_version', ... "
                           "is expected).")
    known = {"format", "pack_version", "status_as_of", "issued_by", "about", "measure_kinds", "instruments"}
    for k in doc:
        if k not in known:
            p.add(display, f"unknown key '{k}'")
    if doc.get("format") != PACK_FORMAT:
        p.add("format", f"this version of Liaison reads reference packs of format {PACK_FORMAT} "
                        f"(this one says {doc.get('format')!r})")
    version = doc.get("pack_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        p.add("pack_version", "a whole number from 1, raised with every new pack")
        version = 0
    as_of = _pdate(doc.get("status_as_of"), "status_as_of", p, required=True)
    if as_of and as_of > (date.today() + timedelta(days=1)).isoformat():
        p.add("status_as_of", f"{as_of} is in the future")
    issued_by = _ptext(doc.get("issued_by"), "issued_by", p, required=True, limit=500)
    slugs = measure_catalogue()
    kinds_doc = doc.get("measure_kinds")
    kinds: dict[str, str] = {}
    if not isinstance(kinds_doc, dict) or not isinstance(kinds_doc.get("kinds"), dict):
        p.add("measure_kinds", "an object with 'source' and 'kinds' (measure -> information|evidence|coercive)")
    else:
        _ptext(kinds_doc.get("source"), "measure_kinds.source", p, required=True)
        for m, k in kinds_doc["kinds"].items():
            if m not in slugs:
                p.add(f"measure_kinds.{m}", "unknown measure")
            elif k not in MEASURE_KINDS:
                p.add(f"measure_kinds.{m}", f"'{k}' is not one of {', '.join(MEASURE_KINDS)}")
            else:
                kinds[m] = k
        missing = [m for m in slugs if m not in kinds]
        if missing and not any(x.startswith("measure_kinds") for x in p):
            p.add("measure_kinds", f"no kind for {', '.join(missing)}")
    items = doc.get("instruments")
    instruments: dict[str, Instrument] = {}
    replaced_refs: list[tuple[str, str]] = []
    if not isinstance(items, list) or not items:
        p.add("instruments", "a non-empty list")
        items = []
    cats = offence_categories()
    for n, item in enumerate(items):
        where = f"instruments[{n}]"
        if not isinstance(item, dict):
            p.add(where, "an instrument is an object")
            continue
        key = str(item.get("key") or "")
        if not _KEY_RE.match(key):
            p.add(f"{where}.key", f"'{key}' is not a key (lower-case letters, digits, '-')")
            continue
        where = f"instrument {key}"
        if key in instruments:
            p.add(where, "defined twice")
            continue
        itype = item.get("type")
        if itype not in _INSTRUMENT_TYPES:
            p.add(f"{where}.type", f"'{itype}' is not one of {', '.join(_INSTRUMENT_TYPES)}")
        track = item.get("track")
        if track not in TRACKS:
            p.add(f"{where}.track", f"'{track}' is not one of {', '.join(TRACKS)}")
        in_force = _pdate(item.get("in_force"), f"{where}.in_force", p)
        until = _pdate(item.get("until"), f"{where}.until", p)
        plist = item.get("parties")
        parties: dict[str, Party] = {}
        status, list_as_of, list_source, dates_note = "unverified", "", "", ""
        if not isinstance(plist, dict):
            p.add(f"{where}.parties", "an object with status, as_of, source and states")
        else:
            status = plist.get("status")
            if status not in LIST_STATUSES:
                p.add(f"{where}.parties.status", f"'{status}' is not one of {', '.join(LIST_STATUSES)}")
                status = "unverified"
            list_as_of = _pdate(plist.get("as_of"), f"{where}.parties.as_of", p, required=status != "unverified")
            list_source = _ptext(plist.get("source"), f"{where}.parties.source", p, required=status != "unverified")
            dates_note = _ptext(plist.get("dates"), f"{where}.parties.dates", p)
            states = plist.get("states")
            if not isinstance(states, list):
                p.add(f"{where}.parties.states", "a list")
                states = []
            for s in states:
                code, sw = _pstate(s, f"{where}.parties", "state", p)
                if not code:
                    continue
                if code in parties:
                    p.add(sw, "listed twice")
                    continue
                entry = Party(
                    state=code, since=_pdate(s.get("from"), f"{sw}.from", p), until=_pdate(s.get("until"), f"{sw}.until", p),
                    deposited=_pdate(s.get("deposited"), f"{sw}.deposited", p),
                    known_by=_pdate(s.get("known_by"), f"{sw}.known_by", p),
                    verified=s.get("status", "verified") != "unverified" and status != "unverified",
                    note=_ptext(s.get("note"), f"{sw}.note", p), source=_ptext(s.get("source"), f"{sw}.source", p))
                if entry.since and entry.until and entry.until <= entry.since:
                    p.add(sw, f"until {entry.until} is not after from {entry.since}")
                parties[code] = entry
        not_bound: dict[str, str] = {}
        for nb in item.get("not_bound") or []:
            code = str((nb or {}).get("state") or "").upper() if isinstance(nb, dict) else ""
            if code not in countries():
                p.add(f"{where}.not_bound", f"'{code}' is not an ISO 3166 country code")
                continue
            if code in parties:
                p.add(f"{where}.not_bound.{code}", "also listed among the parties")
            not_bound[code] = _ptext(nb.get("reason"), f"{where}.not_bound.{code}.reason", p, required=True)
        replaces = []
        for r in item.get("replaces") or []:
            if not isinstance(r, dict) or not r.get("instrument"):
                p.add(f"{where}.replaces", "each entry names the 'instrument' it replaces")
                continue
            replaces.append({"instrument": str(r["instrument"]), "article": _ptext(r.get("article"), f"{where}.replaces", p),
                             "from": _pdate(r.get("from"), f"{where}.replaces.from", p)})
            replaced_refs.append((key, str(r["instrument"])))

        def measure_map(value: Any, name: str, where: str = where) -> dict[str, str]:
            out: dict[str, str] = {}
            for m in value or []:
                slug = (m or {}).get("measure") if isinstance(m, dict) else None
                if slug not in slugs:
                    p.add(f"{where}.{name}", f"unknown measure '{slug}'")
                    continue
                out[slug] = _ptext(m.get("article"), f"{where}.{name}.{slug}", p, limit=200)
            return out

        scope = item.get("measures_scope", "listed")
        if scope not in ("listed", "general"):
            p.add(f"{where}.measures_scope", "'listed' or 'general'")
        offence_scope = item.get("offence_scope")
        if offence_scope is not None:
            if not isinstance(offence_scope, dict) or offence_scope.get("otherwise") not in ("conditional", "out"):
                p.add(f"{where}.offence_scope", "an object with categories, otherwise (conditional|out), condition")
                offence_scope = None
            else:
                for c in offence_scope.get("categories") or []:
                    if c not in cats:
                        p.add(f"{where}.offence_scope", f"unknown offence category '{c}'")
        declarations = []
        for d in item.get("declarations") or []:
            code, dw = _pstate(d, f"{where}.declarations", "declaration", p)
            if not code:
                continue
            if d.get("kind") not in DECLARATION_KINDS:
                p.add(f"{dw}.kind", f"'{d.get('kind')}' is not one of {', '.join(DECLARATION_KINDS)}")
            declarations.append({
                "state": code, "kind": str(d.get("kind") or ""),
                "article": _ptext(d.get("article"), f"{dw}.article", p, limit=200),
                "text": _ptext(d.get("text"), f"{dw}.text", p, required=True),
                # a declaration names where it comes from and the date it is known to be true at
                "source": _ptext(d.get("source"), f"{dw}.source", p, required=True),
                "as_of": _pdate(d.get("as_of"), f"{dw}.as_of", p, required=True)})
        roles = item.get("roles") or {}
        if not isinstance(roles, dict) or any(k not in ROLES or v not in ROLES for k, v in roles.items()):
            p.add(f"{where}.roles", f"maps a side to one of {', '.join(ROLES)}")
            roles = {}
        instruments[key] = Instrument(
            key=key, reference=_ptext(item.get("reference"), f"{where}.reference", p, limit=100),
            title=_ptext(item.get("title"), f"{where}.title", p, required=True, limit=500),
            type=itype or "", track=track or "", in_force=in_force, until=until, list_status=status,
            list_as_of=list_as_of, list_source=list_source, dates_note=dates_note, parties=parties,
            not_bound=not_bound, replaces=tuple(replaces), measures_scope=scope,
            article=_ptext(item.get("article"), f"{where}.article", p, limit=200),
            measures=measure_map(item.get("measures"), "measures"),
            measures_excluded=measure_map(item.get("measures_excluded"), "measures_excluded"),
            offence_scope=offence_scope, content=_ptext(item.get("content"), f"{where}.content", p),
            content_articles=_ptext(item.get("content_articles"), f"{where}.content_articles", p, limit=200),
            roles=dict(roles), channel=_ptext(item.get("channel"), f"{where}.channel", p, limit=100),
            source=_ptext(item.get("source"), f"{where}.source", p, required=True),
            notes=_ptext(item.get("notes"), f"{where}.notes", p),
            signed=_pdate(item.get("signed"), f"{where}.signed", p), adopted=_pdate(item.get("adopted"), f"{where}.adopted", p),
            precedence=_ptext(item.get("precedence"), f"{where}.precedence", p, limit=20),
            declarations=tuple(declarations),
        )
        if instruments[key].precedence not in ("", "union-law"):
            p.add(f"{where}.precedence", "'union-law' or nothing")
    for owner, target in replaced_refs:
        if target not in instruments:
            p.add(f"instrument {owner}.replaces", f"refers to an unknown instrument '{target}'")
    if p:
        shown = p[:20] + ([f"... and {len(p) - 20} more"] if len(p) > 20 else [])
        raise PackRejected(f"{display} is not a usable reference pack; nothing was installed:\n  " + "\n  ".join(shown),
                           hint="Ask the sender for a corrected pack.")
    return Pack(version=version, status_as_of=as_of, issued_by=issued_by, instruments=instruments,
                measure_kinds=kinds, sha256=hashlib.sha256(raw).hexdigest(), origin=origin,
                installed_at=installed_at, raw=raw)


def builtin_pack() -> Pack:
    """The pack shipped with this version (resources/reference/pack.json)."""
    from . import resources

    path = resources.path(*PACK_FILE)
    return _builtin_cached(str(path), path.stat().st_mtime_ns)


@cache
def _builtin_cached(path: str, _mtime: int) -> Pack:
    from pathlib import Path

    return parse_pack(Path(path).read_bytes(), display="built-in reference pack")


def _installed(vault) -> Pack | None:
    from .db import OperationalError

    try:
        row = vault.db.execute("SELECT content, installed_at FROM reference_packs ORDER BY pack_version DESC "
                               "LIMIT 1").fetchone()
    except OperationalError:  # a vault before migration 0012
        return None
    if row is None:
        return None
    cached = getattr(vault, "_reference_pack_cache", None)
    if cached is not None and cached[0] == row[1]:
        return cached[1]
    pack = parse_pack(row[0].encode("utf-8"), display="installed reference pack", origin="installed",
                      installed_at=row[1])
    vault._reference_pack_cache = (row[1], pack)
    return pack


def active_pack(vault=None) -> Pack:
    """The pack in use: the one installed in the vault, or the built-in one
    when it is newer (a new version of Liaison brings a newer pack)."""
    builtin = builtin_pack()
    installed = _installed(vault) if vault is not None else None
    if installed is None or builtin.version > installed.version:
        return builtin
    return installed


def pack_status(vault=None, today: date | None = None) -> dict[str, Any]:
    pack = active_pack(vault)
    out = pack.summary(today)
    out["builtin_version"] = builtin_pack().version
    if out["stale"]:
        out["warning"] = (f"The reference data is {out['age_days']} days old (status as of {pack.status_as_of}): party "
                          "lists change every year. Ask your central authority for a newer pack.")
    return out


def install_pack(vault, data: bytes, *, display: str = "pack") -> dict[str, Any]:
    """Check a pack and install it in the vault, audited. Refused (nothing
    changed) when it is malformed, not newer than the pack in use, dated before
    it, or drops an instrument of the catalogue."""
    pack = parse_pack(data, display=display, origin="installed")
    current = active_pack(vault)
    if pack.version <= current.version:
        raise PackRejected(
            f"{display} is version {pack.version} (status as of {pack.status_as_of}); the pack in use is version "
            f"{current.version} (status as of {current.status_as_of}). Only a newer pack can be installed; nothing "
            "was changed.")
    if pack.status_as_of < current.status_as_of:
        raise PackRejected(f"{display} is older (status as of {pack.status_as_of}) than the pack in use "
                           f"({current.status_as_of}); nothing was changed.")
    dropped = sorted(set(builtin_pack().instruments) - set(pack.instruments))
    if dropped:
        raise PackRejected(f"{display} leaves out instruments of the catalogue ({', '.join(dropped)}); cases may rely "
                           "on them, so it cannot replace the pack in use. Nothing was changed.")
    now = datetime.now().astimezone().isoformat(timespec="seconds")
    with vault.transaction() as db:
        db.execute("INSERT INTO reference_packs (pack_version, status_as_of, issued_by, sha256, content, installed_at) "
                   "VALUES (?, ?, ?, ?, ?, ?)",
                   (pack.version, pack.status_as_of, pack.issued_by, pack.sha256, pack.raw.decode("utf-8"), now))
        added = sync_catalogue(vault, pack)
        vault.audit.log("import", "reference_pack", None, ref=f"pack {pack.version}",
                        summary=f"reference pack {pack.version} installed (status as of {pack.status_as_of}, "
                                f"from {pack.issued_by})",
                        details={"version": pack.version, "sha256": pack.sha256, "previous": current.version,
                                 "instruments_added": added})
    vault._reference_pack_cache = None
    return {**active_pack(vault).summary(), "previous_version": current.version, "instruments_added": added}


def sync_catalogue(vault_or_db, pack: Pack) -> list[str]:
    """Add to the agreements the pack's instruments the vault does not have yet
    (origin 'reference'), so that a case can choose them. Returns their keys."""
    from .ids import new_id

    db = vault_or_db.db if hasattr(vault_or_db, "db") else vault_or_db
    have = {r[0] for r in db.execute("SELECT key FROM agreements WHERE key != ''")}
    now = datetime.now().astimezone().isoformat(timespec="seconds")
    added = []
    for key, inst in pack.instruments.items():
        if key in have:
            continue
        db.execute(
            "INSERT INTO agreements (id, key, title, reference, type, adopted, signed, in_force, expires, article, "
            "measures_scope, measures, measures_excluded, notes, source, created_at, updated_at, origin) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'reference')",
            (new_id(), key, inst.title, inst.reference, inst.type, inst.adopted, inst.signed, inst.in_force,
             inst.until, inst.article, inst.measures_scope,
             json.dumps([{"measure": m, "article": a} for m, a in inst.measures.items()]),
             json.dumps([{"measure": m, "article": a} for m, a in inst.measures_excluded.items()]),
             inst.notes, inst.source, now, now))
        added.append(key)
    return added
