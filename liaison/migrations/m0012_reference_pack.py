"""The reference pack kept in the vault, and the pack's new instruments in the catalogue.

``reference_packs`` holds every pack an office installed (``liaison reference
import FILE``), the newest in use unless the built-in pack of this version of
Liaison is newer (see ``liaison.refdata.active_pack``). The instruments of the
built-in pack that the catalogue seeded by m0004 lacks (the first additional
protocol to ETS 30, the 2001 protocol to the EU MLA Convention, Framework
Decision 2006/960/JHA, the Law Enforcement Directive) are added with origin
'reference' so that a case can name them.
"""


def up(db) -> None:
    db.execute(
        """CREATE TABLE reference_packs (
            pack_version INTEGER PRIMARY KEY,
            status_as_of TEXT NOT NULL,
            issued_by TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            content TEXT NOT NULL,           -- the pack as installed (JSON)
            installed_at TEXT NOT NULL
        ) STRICT"""
    )
    from liaison.refdata import builtin_pack, sync_catalogue

    sync_catalogue(db, builtin_pack())
