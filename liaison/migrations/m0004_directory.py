"""The directory: agencies, contacts (counterparts) and agreements (legal bases),
and the reference instruments every new vault starts with.

Sortable columns are NOT NULL ('' for none) with an index on (column, id) for
keyset pages. Lists are JSON text; an agreement's parties are also a link table
(``agreement_parties``) so that "agreements with country X" is an index seek.
``agreements.parties_recorded`` = 0 means the parties are not known yet: the
legal-basis finder then refuses to guess.

The instruments of ``resources/reference/instruments.json`` are seeded here with
origin 'reference' (indexed for search, and one audit entry records the
import), each keeping its ``source``.
"""

from __future__ import annotations

import contextlib
import json

_ORIGINS = "'user','reference','demo','import'"
AGENCY_KINDS = ("central-authority", "police", "prosecutor", "court", "24-7-point", "spoc", "customs", "other")
AGREEMENT_TYPES = ("bilateral-treaty", "eu-instrument", "multilateral-convention", "memorandum")


def _in(values) -> str:
    return ",".join(f"'{v}'" for v in values)


def up(db) -> None:
    db.execute(
        f"""CREATE TABLE agencies (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ({_in(AGENCY_KINDS)})),
            country TEXT NOT NULL,                      -- ISO 3166-1 alpha-2
            languages TEXT NOT NULL DEFAULT '[]',       -- JSON list of ISO 639-1 codes
            channels TEXT NOT NULL DEFAULT '[]',        -- JSON [{{channel, address}}]
            phones TEXT NOT NULL DEFAULT '[]',          -- JSON [{{number, e164}}]
            email TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            time_zone TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            rev INTEGER NOT NULL DEFAULT 1,
            origin TEXT NOT NULL DEFAULT 'user' CHECK (origin IN ({_ORIGINS}))
        ) STRICT"""
    )
    for col in ("name", "kind", "country", "created_at", "updated_at"):
        db.execute(f"CREATE INDEX agencies_{col} ON agencies({col}, id)")
    db.execute("CREATE INDEX agencies_name_nocase ON agencies(name COLLATE NOCASE)")

    db.execute(
        f"""CREATE TABLE contacts (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            agency_id TEXT REFERENCES agencies(id),
            organisation TEXT NOT NULL DEFAULT '',      -- free text when no agency record
            role TEXT NOT NULL DEFAULT '',
            country TEXT NOT NULL,
            languages TEXT NOT NULL DEFAULT '[]',
            phones TEXT NOT NULL DEFAULT '[]',
            email TEXT NOT NULL DEFAULT '',             -- as entered
            email_key TEXT NOT NULL DEFAULT '',         -- lower-case, for lookups; unique when set
            secure_channels TEXT NOT NULL DEFAULT '[]', -- JSON [{{channel, address}}]
            time_zone TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            rev INTEGER NOT NULL DEFAULT 1,
            origin TEXT NOT NULL DEFAULT 'user' CHECK (origin IN ({_ORIGINS}))
        ) STRICT"""
    )
    for col in ("name", "country", "email", "created_at", "updated_at"):
        db.execute(f"CREATE INDEX contacts_{col} ON contacts({col}, id)")
    db.execute("CREATE UNIQUE INDEX contacts_email_key ON contacts(email_key) WHERE email_key != ''")
    db.execute("CREATE INDEX contacts_agency ON contacts(agency_id, id)")

    db.execute(
        f"""CREATE TABLE agreements (
            id TEXT PRIMARY KEY,
            key TEXT NOT NULL DEFAULT '',               -- stable key of a reference instrument
            title TEXT NOT NULL,
            reference TEXT NOT NULL DEFAULT '',         -- short human reference (ETS 185); unique when set
            type TEXT NOT NULL CHECK (type IN ({_in(AGREEMENT_TYPES)})),
            parties_recorded INTEGER NOT NULL DEFAULT 0 CHECK (parties_recorded IN (0, 1)),
            adopted TEXT NOT NULL DEFAULT '',           -- YYYY-MM-DD or ''
            signed TEXT NOT NULL DEFAULT '',            -- signed or opened for signature
            in_force TEXT NOT NULL DEFAULT '',
            transposition_deadline TEXT NOT NULL DEFAULT '',
            expires TEXT NOT NULL DEFAULT '',           -- first day it no longer applies
            review TEXT NOT NULL DEFAULT '',
            article TEXT NOT NULL DEFAULT '',           -- the article on mutual assistance
            key_articles TEXT NOT NULL DEFAULT '',
            measures_scope TEXT NOT NULL DEFAULT 'listed' CHECK (measures_scope IN ('listed','general')),
            measures TEXT NOT NULL DEFAULT '[]',        -- JSON [{{measure, article}}]
            measures_excluded TEXT NOT NULL DEFAULT '[]',
            offences TEXT NOT NULL DEFAULT '[]',        -- JSON list of text
            central_authorities TEXT NOT NULL DEFAULT '[]',  -- JSON [{{name, country, agency_id}}]
            accepted_languages TEXT NOT NULL DEFAULT '[]',
            channels TEXT NOT NULL DEFAULT '[]',
            confidentiality TEXT NOT NULL DEFAULT '',
            data_protection TEXT NOT NULL DEFAULT '',
            reservations TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            rev INTEGER NOT NULL DEFAULT 1,
            origin TEXT NOT NULL DEFAULT 'user' CHECK (origin IN ({_ORIGINS}))
        ) STRICT"""
    )
    for col in ("title", "type", "in_force", "expires", "review", "created_at", "updated_at"):
        db.execute(f"CREATE INDEX agreements_{col} ON agreements({col}, id)")
    db.execute("CREATE UNIQUE INDEX agreements_reference ON agreements(reference COLLATE NOCASE) WHERE reference != ''")
    db.execute("CREATE UNIQUE INDEX agreements_key ON agreements(key) WHERE key != ''")
    db.execute(
        """CREATE TABLE agreement_parties (
            agreement_id TEXT NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
            country TEXT NOT NULL,
            PRIMARY KEY (agreement_id, country)
        ) STRICT"""
    )
    db.execute("CREATE INDEX agreement_parties_country ON agreement_parties(country, agreement_id)")
    _seed_instruments(db)


def _seed_instruments(db) -> None:
    """Insert the reference catalogue (origin 'reference'), parties not recorded."""
    from liaison.ids import new_id
    from liaison.resources import load_json
    from liaison.timeutil import utcnow_iso

    now = utcnow_iso()
    entries = []
    for inst in load_json("reference", "instruments.json")["instruments"]:
        rid = new_id()
        row = {
            "id": rid,
            "key": inst["key"],
            "title": inst["title"],
            "reference": inst["reference"],
            "type": inst["type"],
            "parties_recorded": 0,
            "adopted": inst.get("adopted", ""),
            "signed": inst.get("signed", ""),
            "in_force": inst.get("in_force", ""),
            "transposition_deadline": inst.get("transposition_deadline", ""),
            "article": inst.get("article", ""),
            "key_articles": inst.get("key_articles", ""),
            "measures_scope": inst.get("measures_scope", "listed"),
            "measures": json.dumps(inst.get("measures", []), ensure_ascii=False),
            "measures_excluded": json.dumps(inst.get("measures_excluded", []), ensure_ascii=False),
            "offences": json.dumps(inst.get("offences", []), ensure_ascii=False),
            "notes": inst.get("notes", ""),
            "source": inst["source"],
            "created_at": now,
            "updated_at": now,
            "origin": "reference",
        }
        cols = ", ".join(row)
        db.execute(f"INSERT INTO agreements ({cols}) VALUES ({', '.join('?' * len(row))})", list(row.values()))
        entries.append(("agreement", rid, inst["title"], f"{inst.get('key_articles', '')}\n{inst.get('notes', '')}",
                        inst["reference"], None))
    shim = _MigrationVault(db)
    from liaison.audit import AuditLog
    from liaison.search import SearchIndex

    SearchIndex(shim).index_many(entries)
    AuditLog(shim).log(
        "import", "agreement", None, actor="liaison",
        summary=f"{len(entries)} reference instruments added to the agreements (origin 'reference', parties not "
                "recorded)",
        details={"ids": [e[1] for e in entries], "source": "resources/reference/instruments.json"},
    )


class _MigrationVault:
    """Enough of a vault for the search and audit stores to run on the
    migration's own connection and transaction (no vault exists yet)."""

    def __init__(self, database) -> None:
        self.db = database

    @contextlib.contextmanager
    def transaction(self):
        with self.db.atomic():
            yield self.db
