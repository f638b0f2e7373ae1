"""What a write changed, so that a client refreshes exactly what it must
(the idea of Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    created: tuple[tuple[str, str], ...] = ()  # (record_type, id)
    updated: tuple[tuple[str, str], ...] = ()
    deleted: tuple[tuple[str, str], ...] = ()
    note: str = ""
    extra: dict = field(default_factory=dict, compare=False)

    @property
    def id(self) -> str | None:
        """The id of the (first) record created, else updated."""
        for group in (self.created, self.updated, self.deleted):
            if group:
                return group[0][1]
        return None

    def touches(self, record_type: str) -> bool:
        return any(rt == record_type for rt, _ in (*self.created, *self.updated, *self.deleted))

    def __add__(self, other: "Changes") -> "Changes":
        return Changes(
            self.created + other.created,
            self.updated + other.updated,
            self.deleted + other.deleted,
            "; ".join(n for n in (self.note, other.note) if n),
            {**self.extra, **other.extra},
        )

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "created": [list(x) for x in self.created],
            "updated": [list(x) for x in self.updated],
            "deleted": [list(x) for x in self.deleted],
        }


def created(record_type: str, record_id: str, **extra) -> Changes:
    return Changes(created=((record_type, record_id),), extra=extra)


def updated(record_type: str, record_id: str, **extra) -> Changes:
    return Changes(updated=((record_type, record_id),), extra=extra)


def deleted(record_type: str, record_id: str, **extra) -> Changes:
    return Changes(deleted=((record_type, record_id),), extra=extra)
