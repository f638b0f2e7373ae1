"""Time: stored in UTC as ISO 8601 text, shown in the officer's zone."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import ValidationError


def utcnow() -> datetime:
    return datetime.now(UTC)


def utcnow_iso() -> str:
    return to_iso(utcnow())


def to_iso(dt: datetime) -> str:
    """Aware datetime -> UTC ISO text (seconds precision, 'Z'-free '+00:00' form)."""
    if dt.tzinfo is None:
        raise ValueError("naive datetime: attach a time zone before storing it")
    return dt.astimezone(UTC).isoformat(timespec="seconds")


def parse_datetime(text: str, *, field: str = "date", tz: str | None = None) -> datetime:
    """Parse user or stored text. Naive input is read in ``tz`` (default UTC)."""
    try:
        dt = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except (ValueError, AttributeError) as exc:
        raise ValidationError(f"{field}: '{text}' is not a date and time (use YYYY-MM-DD HH:MM).", field=field) from exc
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=zone(tz) if tz else UTC)
    try:
        dt.astimezone(UTC)  # 0001-01-01 at +14:00 is before the calendar's first day in UTC
    except (OverflowError, ValueError) as exc:
        raise ValidationError(f"{field}: '{text}' is outside the calendar once converted to UTC (years 1 to 9999).",
                              field=field) from exc
    return dt


def parse_date(text: str, *, field: str = "date") -> date:
    try:
        return date.fromisoformat(text.strip())
    except (ValueError, AttributeError) as exc:
        raise ValidationError(f"{field}: '{text}' is not a date (use YYYY-MM-DD).", field=field) from exc


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValidationError(f"'{name}' is not a known time zone (e.g. Europe/Warsaw).", field="time_zone") from exc


def local(iso: str, tz: str | None = None) -> datetime:
    """Stored UTC text -> aware datetime in ``tz`` (or the system zone)."""
    dt = datetime.fromisoformat(iso)
    return dt.astimezone(zone(tz)) if tz else dt.astimezone()
