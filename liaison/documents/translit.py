"""The transliteration of names printed in documents: ICAO Doc 9303 where it has a table, marked as automatic.

A person's Latin form comes from the officer when they gave one (``persons.transliteration`` with
``transliteration_auto`` false): it is printed as given. Otherwise the document prints the transliteration that
ICAO Doc 9303 recommends for the machine readable zone of travel documents, the form a partner matches against
passports and border records (Cyrillic with its Belarusian, Bulgarian, Macedonian, Serbian and Ukrainian
exceptions, Arabic, and the Latin letters with diacritics), marked as automatic. For scripts Doc 9303 has no table
for (Greek, Hebrew, Devanagari, Thai, Chinese, Japanese, Korean) the stored automatic suggestion is printed,
marked as automatic too. The table and its sources: ``resources/reference/translit_icao9303.json``.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from typing import Any

from .. import resources

TABLE = ("reference", "translit_icao9303.json")

#: How a printed transliteration came about (``FieldView`` values of persons carry it as
#: ``transliteration_basis``): given by the officer, automatic by ICAO Doc 9303, automatic otherwise.
OFFICER, ICAO, AUTOMATIC = "officer", "icao9303", "automatic"

_CYRILLIC_LANGS = {"be", "bg", "mk", "sr", "uk"}


@cache
def _tables() -> dict[str, Any]:
    data = resources.load_json(*TABLE)
    return {
        "latin": data["latin"]["map"],
        "cyrillic": data["cyrillic"]["map"],
        "exceptions": data["cyrillic"]["exceptions"],
        "arabic": data["arabic"]["map"],
        "arabic_final": data["arabic"]["final"],
        "arabic_ignored": frozenset(data["arabic"]["ignored"]),
    }


def _latin(ch: str, t: dict[str, Any]) -> str | None:
    if "A" <= ch <= "Z":
        return ch
    if ch in t["latin"]:
        return t["latin"][ch]
    base = unicodedata.normalize("NFD", ch)[0]
    if "A" <= base <= "Z":
        return base
    return None


def icao_9303(name: str, lang: str | None = None) -> str | None:
    """``name`` in the letters A-Z per ICAO Doc 9303 (upper case, as in the machine readable zone; spaces,
    hyphens and digits kept, apostrophes dropped), or None when a letter of it has no Doc 9303 table (Greek,
    Hebrew, CJK...). ``lang`` (ISO 639-1) selects a Cyrillic language's exceptions ("uk": И -> Y)."""
    t = _tables()
    exceptions = t["exceptions"].get((lang or "").split("-")[0].lower(), {}) if lang else {}
    text = unicodedata.normalize("NFC", name).strip()
    out: list[str] = []
    for i, ch in enumerate(text):
        up = ch.upper() if ch != "ß" else ch
        if ch in t["arabic_ignored"] or ch in "'\u2019\u02bc":
            continue
        if ch.isspace():
            out.append(" ")
            continue
        if not ch.isalpha():
            if ch.isdigit() or ch in "-.,":
                out.append(ch)
                continue
            if unicodedata.category(ch)[0] in "MC":  # a mark or an invisible character
                continue
            out.append(ch)
            continue
        if up in exceptions:
            out.append(exceptions[up])
        elif up in t["cyrillic"]:
            out.append(t["cyrillic"][up])
        elif ch in t["arabic"]:
            nxt = text[i + 1] if i + 1 < len(text) else " "
            end = not (nxt.isalpha() or nxt in t["arabic_ignored"])
            out.append(t["arabic_final"][ch] if end and ch in t["arabic_final"] else t["arabic"][ch])
        else:
            latin = _latin(up, t)
            if latin is None:
                return None
            out.append(latin)
    return " ".join("".join(out).split()) or None


def printed_transliteration(person: dict[str, Any]) -> tuple[str, str]:
    """The Latin form printed after a person's name in a document and how it came about (:data:`OFFICER`,
    :data:`ICAO`, :data:`AUTOMATIC`; ``("", "")`` when the name needs none: it is plain ASCII)."""
    name = str(person.get("display_name") or "")
    stored = str(person.get("transliteration") or "").strip()
    if stored and not person.get("transliteration_auto"):
        return stored, OFFICER
    if not name or name.isascii():
        return "", ""
    names = person.get("names") or []
    lang = next((n.get("lang") for n in names if isinstance(n, dict) and n.get("text") == name and n.get("lang")),
                None)
    icao = icao_9303(name, lang)
    if icao:
        return icao, ICAO
    return (stored, AUTOMATIC) if stored else ("", "")
