"""Typographic conventions of each document language: spaces before punctuation, quotation marks, the long
form of a date and the place-and-date line.

- French (Imprimerie nationale, *Lexique des règles typographiques*): a no-break space before the colon and
  inside guillemets, a narrow no-break space (U+202F) before ``;``, ``!`` and ``?``; so that a line never starts
  with the punctuation. Only a space already there is made unbreakable: "10:30" or "https://" stay as typed.
- Quotation marks: in the wording of the label files, straight double quotes around a phrase become the
  language's own (German and Polish „…“, Spanish, Italian, Portuguese and French «…», Dutch “…”); an odd one out
  is left alone. The officer's text keeps the marks as typed (a quoted identifier must stay as it was).
- Dates in running text are written in the language's long form ("15 March 2026", "15 mars 2026", "15. März
  2026", "15 de marzo de 2026", "15 marca 2026 r."); the month names and the pattern are labels of each
  language file (``layout.month_1`` ... ``layout.month_12``, ``layout.date_long``, ``layout.place_date``).
"""

from __future__ import annotations

import re
from datetime import date

__all__ = ["colon", "long_date", "place_date", "typeset"]

NBSP = "\u00a0"
NNBSP = "\u202f"

_QUOTES = {
    "de": ("\u201e", "\u201c"),
    "pl": ("\u201e", "\u201d"),
    "fr": ("\u00ab" + NBSP, NBSP + "\u00bb"),
    "es": ("\u00ab", "\u00bb"),
    "it": ("\u00ab", "\u00bb"),
    "pt": ("\u00ab", "\u00bb"),
    "nl": ("\u201c", "\u201d"),
}
_STRAIGHT_PAIR = re.compile(r'"([^"\n]{1,400})"')
_FR_BEFORE_COLON = re.compile(r"[ \u00a0\u202f]+:(?=\s|$)")
_FR_BEFORE_TALL = re.compile(r"[ \u00a0\u202f]+([;!?])")
_FR_OPEN = re.compile("\u00ab[ \u00a0\u202f]*")
_FR_CLOSE = re.compile("[ \u00a0\u202f]*\u00bb")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def base_language(lang: str) -> str:
    return str(lang or "en").split("-")[0].lower()


def typeset(text: str, lang: str, *, quotes: bool = False) -> str:
    """``text`` with the spacing conventions of ``lang`` applied, and with ``quotes`` its quotation marks (for
    the wording of the label files; the officer's own text keeps the marks as typed). Nothing else changes."""
    if not text:
        return text
    lang = base_language(lang)
    if quotes and lang in _QUOTES and '"' in text:
        opening, closing = _QUOTES[lang]
        text = _STRAIGHT_PAIR.sub(lambda m: f"{opening}{m.group(1).strip()}{closing}", text)
    if lang == "fr":
        text = _FR_BEFORE_COLON.sub(NBSP + ":", text)
        text = _FR_BEFORE_TALL.sub(lambda m: NNBSP + m.group(1), text)
        text = _FR_OPEN.sub("\u00ab" + NBSP, text)
        text = _FR_CLOSE.sub(NBSP + "\u00bb", text)
    return text


def colon(lang: str) -> str:
    """The separator between a label and what follows it: ": " in most languages, " : " (no-break) in French."""
    return NBSP + ": " if base_language(lang) == "fr" else ": "


def _parse(day: str | date | None) -> date | None:
    if isinstance(day, date):
        return day
    text = str(day or "").strip()
    if not _ISO_DATE.match(text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def long_date(day: str | date | None, lang: str, label) -> str:
    """The date written out in ``lang`` ("15 March 2026"); ``label(key)`` looks up the language's layout labels
    (``month_3``, ``date_long``).
    Anything that is not an ISO date is returned as it is."""
    when = _parse(day)
    if when is None:
        return str(day or "")
    month = label(f"month_{when.month}")
    pattern = label("date_long")
    try:
        return pattern.format(day=when.day, month=month, year=when.year)
    except (KeyError, IndexError, ValueError):
        return f"{when.day} {month} {when.year}"


def place_date(place: str, day: str | date | None, lang: str, label) -> str:
    """"Brussels, 15 March 2026" / "Bruxelles, le 15 mars 2026": the line above the subject. Without a place,
    the date alone."""
    written = long_date(day, lang, label)
    if not place:
        return written
    try:
        return label("place_date").format(place=place, date=written)
    except (KeyError, IndexError, ValueError):
        return f"{place}, {written}"
