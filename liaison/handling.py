"""Handling codes (TLP 2.0, Europol H0-H3) and the 4x4 evaluation.

A record's handling is one string such as ``"TLP:AMBER"``, ``"TLP:RED H2"`` or
``"TLP:GREEN H3"`` with the H3 restriction kept in its own field. One TLP label
and at most one Europol code.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .errors import ValidationError
from .resources import load_json


@cache
def _codes() -> dict:
    return load_json("reference", "handling_codes.json")


def tlp_labels() -> list[str]:
    return [t["code"] for t in _codes()["tlp"]]


def europol_codes() -> list[str]:
    return [h["code"] for h in _codes()["europol"]]


def channels() -> list[str]:
    return list(_codes()["channels"])


def tlp_colour(label: str) -> str:
    return next(t["colour"] for t in _codes()["tlp"] if t["code"] == label)


@dataclass(frozen=True)
class Handling:
    tlp: str | None = None
    europol: str | None = None
    h3_text: str | None = None

    def __str__(self) -> str:
        return " ".join(p for p in (self.tlp, self.europol) if p)

    @property
    def restricts_disclosure(self) -> bool:
        """TLP:RED and H2 keep a record out of e-mail and exports unless the
        officer overrides with a justification."""
        return self.tlp == "TLP:RED" or self.europol == "H2"

    def describe(self) -> str:
        parts = []
        for entry in _codes()["tlp"]:
            if entry["code"] == self.tlp:
                parts.append(f"{self.tlp}: {entry['meaning']}")
        for entry in _codes()["europol"]:
            if entry["code"] == self.europol:
                text = f"{self.europol}: {entry['meaning']}"
                if self.europol == "H3" and self.h3_text:
                    text += f" {self.h3_text}"
                parts.append(text)
        return " ".join(parts)


def parse_handling(text: str | None, h3_text: str | None = None, *, field: str = "handling", required: bool = False) -> Handling | None:
    """Parse ``"TLP:AMBER"``, ``"tlp:red h2"``, ``"H3"``... and check it."""
    if text is None or not str(text).strip():
        if required:
            raise ValidationError(f"{field}: a handling code is required (e.g. TLP:AMBER).", field=field)
        return None
    tlp = europol = None
    for token in str(text).replace(",", " ").split():
        up = token.upper()
        if not up.startswith("TLP:") and up in {"RED", "AMBER", "AMBER+STRICT", "GREEN", "CLEAR", "WHITE"}:
            up = "TLP:" + up
        if up == "TLP:WHITE":  # TLP 1.0 name
            up = "TLP:CLEAR"
        if up in tlp_labels():
            if tlp:
                raise ValidationError(f"{field}: give one TLP label, not two.", field=field)
            tlp = up
        elif up in europol_codes():
            if europol:
                raise ValidationError(f"{field}: give one Europol handling code, not two.", field=field)
            europol = up
        else:
            raise ValidationError(
                f"{field}: '{token}' is not a handling code. Use one of {', '.join(tlp_labels())} and optionally "
                f"one of {', '.join(europol_codes())}.",
                field=field,
            )
    if europol == "H3" and not (h3_text and h3_text.strip()):
        raise ValidationError(f"{field}: H3 needs the text of the restriction.", field="h3_text")
    return Handling(tlp, europol, h3_text.strip() if europol == "H3" and h3_text else None)


def parse_evaluation(text: str | None, *, field: str = "evaluation") -> str | None:
    """The 4x4 code, source reliability then information accuracy: ``"B2"``."""
    if text is None or not str(text).strip():
        return None
    code = str(text).strip().upper()
    codes = _codes()
    if len(code) != 2 or code[0] not in codes["source_reliability"] or code[1] not in codes["information_accuracy"]:
        raise ValidationError(
            f"{field}: '{text}' is not a 4x4 evaluation; use a source letter (A, B, C, X) and an information digit "
            "(1-4), e.g. B2.",
            field=field,
        )
    return code


def validate_channel(text: str | None, *, field: str = "channel") -> str | None:
    if text is None or not str(text).strip():
        return None
    wanted = str(text).strip().casefold()
    for ch in channels():
        if ch.casefold() == wanted or ch.split()[-1].casefold() == wanted or ch.split()[0].casefold() == wanted:
            return ch
    raise ValidationError(f"{field}: '{text}' is not a known channel; use one of: {', '.join(channels())}.", field=field)
