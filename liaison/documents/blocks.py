"""What every layout of a document shares: page geometry, colours and styles, labels in the document's
language, field values as text, the handling code's parts, the officer's logo, and columns that split across
pages (mirrored for a right-to-left language).

Every text goes through the text engine (:mod:`liaison.pdf`), which never parses markup.
"""

from __future__ import annotations

import io
import re
import stat
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable

from liaison.documents.model import DocumentView, FieldView
from liaison.documents.typography import colon, long_date, typeset
from liaison.handling import _codes as _handling_codes
from liaison.pdf import TextBlock, TextStyle, draw_line, text_width

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 22 * mm
# The TLP label is printed at 12 pt: TLP 2.0 (FIRST) asks for labels "in 12-point type or greater" so that
# readers with low vision can read them, in the header and footer of every page, right-justified.
TLP_SIZE = 12.0
BANNER_HEIGHT = TLP_SIZE + 8.0
BANNER_INSET = 8 * mm  # from the page edge to the banner
FRAME_TOP = 30 * mm  # from the top edge to the first line of content (the running header sits above it)
FRAME_BOTTOM = 27 * mm

INK = "#111111"
MUTED = "#555555"
NAVY = "#1F2A44"
RULE = colors.HexColor("#8A8F98")
PANEL = colors.HexColor("#F1F3F6")

RTL_LANGUAGES = frozenset({"ar", "he", "fa", "ur", "ps", "yi", "dv", "ckb", "sd", "ug"})

# The shared layout labels and their English fallback, looked up as "layout.<key>" (the label files) and then
# as "<key>" in the view's labels.
LAYOUT_LABELS: dict[str, str] = {
    "our_reference": "Our reference",
    "your_reference": "Your reference",
    "date": "Date",
    "document_id": "Document id",
    "version": "Version",
    "page_of": "Page {page} of {pages}",
    "draft": "DRAFT",
    "draft_margin": "DRAFT - cannot be made final as it stands:",
    "annexes": "Enclosures",
    "signature": "Signature",
    "handling": "Handling",
    "to": "To",
    "from": "From",
    "subject": "Subject",
    "legal_basis": "Legal basis",
    "missing": "[missing]",
    "no_handling": "No handling code",
    "translit_icao": "automatic transliteration, ICAO Doc 9303",
    "translit_auto": "automatic transliteration",
    "salutation": "Dear Sir or Madam,",
    "closing": "Yours faithfully,",
    "urgent": "URGENT",
    "conditions": "Conditions of use",
    "conditions_of_use": "Conditions of use set by the provider",
    "evaluation": "Evaluation of the information (4x4)",
    "issuing_authority": "Issuing authority",
    "drafted_by": "Drafted by, and contact point for questions",
    "authentic": "The {authentic} text is authentic; the {other} text is a translation.",
    "date_long": "{day} {month} {year}",
    "place_date": "{place}, {date}",
    "translation_required": ("A translation into an official language of the executing State, or another language "
                             "it accepts, is required (Directive 2014/41/EU, Article 5(2))."),
    "covering_annex_a": "European Investigation Order (Annex A to Directive 2014/41/EU)",
    **{f"month_{n}": name for n, name in enumerate(
        ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"), start=1)},
}

_LOGO_MAX_BYTES = 5 * 1024 * 1024
_LOGO_BOX = (42 * mm, 22 * mm)  # the largest the logo is drawn (width, height)


# -- labels and values ------------------------------------------------------------------------------------------


def _label(view: DocumentView, key: str, lang: str) -> str:
    """A layout label in ``lang`` (else English, else the built-in English), typeset for ``lang``."""
    for candidate in (f"layout.{key}", key):
        text = view.labels.get(lang, {}).get(candidate)
        if text:
            return typeset(str(text), lang, quotes=True)
    for candidate in (f"layout.{key}", key):
        text = view.labels.get("en", {}).get(candidate)
        if text:
            return str(text)
    return LAYOUT_LABELS.get(key, key)


def _page_label(view: DocumentView, lang: str, page: int, pages: int) -> str:
    pattern = _label(view, "page_of", lang)
    try:
        return pattern.format(page=page, pages=pages)
    except (KeyError, IndexError, ValueError):  # a label file with a broken pattern must not stop the document
        return LAYOUT_LABELS["page_of"].format(page=page, pages=pages)


def _pick(texts: dict[str, str], lang: str) -> str:
    """A per-language text in ``lang``, else English, else any."""
    if not texts:
        return ""
    return str(texts.get(lang) or texts.get("en") or next(iter(texts.values()), "") or "")


_PERSON_NAME_KEYS = ("display_name", "name", "full_name")
_PERSON_SECOND_KEYS = ("transliteration", "latin", "name_latin")
# The words after an automatic transliteration (``documents/translit.py``), as layout labels.
_TRANSLIT_MARKS = {"icao9303": "translit_icao", "automatic": "translit_auto"}


Labeler = Callable[[str], str]


def _humanise(key: Any) -> str:
    return str(key).replace("_", " ").strip().capitalize()


def _scalar(value: Any, labeler: Labeler | None = None) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        return "; ".join(f"{_key_label(k, labeler)}: {_scalar(v, labeler)}" for k, v in value.items()
                         if _scalar(v, labeler))
    if isinstance(value, (list, tuple)):
        return ", ".join(s for s in (_scalar(v, labeler) for v in value) if s)
    return str(value)


def _key_label(key: Any, labeler: Labeler | None) -> str:
    """The label of a key inside a structured value (a person's "date_of_birth"): the template's
    ``layout.person_<key>`` label when there is one, else the key in words."""
    if labeler is not None:
        text = labeler(f"person_{key}")
        if text and text != f"person_{key}":
            return text
    return _humanise(key)


def _item_text(item: Any, labeler: Labeler | None = None) -> str:
    """One entry of a list value: a string as is; a dict (a person, a measure) as its name first, then its
    other non-empty entries."""
    if not isinstance(item, dict):
        return _scalar(item, labeler)
    name = next((str(item[k]) for k in _PERSON_NAME_KEYS if item.get(k)), "")
    second = next((str(item[k]) for k in _PERSON_SECOND_KEYS if item.get(k) and str(item[k]) != name), "")
    basis = item.get("transliteration_basis")
    if second and basis in _TRANSLIT_MARKS and labeler is not None:  # an automatic transliteration says so
        second += f", {labeler(_TRANSLIT_MARKS[basis])}"
    head = f"{name} ({second})" if name and second else name or second
    used = set(_PERSON_NAME_KEYS) | set(_PERSON_SECOND_KEYS) | {"id", "person_id", "transliteration_basis"}
    rest = [f"{_key_label(k, labeler)}: {_scalar(v, labeler)}" for k, v in item.items()
            if k not in used and _scalar(v, labeler)]
    return "\n".join(p for p in [head, "; ".join(rest)] if p)


def field_text(f: FieldView, labeler: Labeler | None = None) -> str:
    """A field's value as the plain text printed for it (lists one entry a paragraph, persons with their
    details; ``labeler`` names the keys of structured values). Never markup: the text engine prints it
    literally."""
    value = f.value
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        items = [_item_text(v, labeler) for v in value]
        return "\n".join(t for t in items if t)
    if isinstance(value, dict):
        return _item_text(value, labeler)
    return str(value)


def short_id(document_id: str) -> str:
    """A short identifier to read out on the telephone: the last eight characters of the ULID, in two groups."""
    tail = re.sub(r"[^0-9A-Za-z]", "", document_id or "")[-8:].upper()
    return f"{tail[:4]}-{tail[4:]}" if len(tail) > 4 else tail


def handling_parts(handling: str) -> tuple[str | None, str | None, str]:
    """``(tlp_label, europol_code, colour)`` read from a handling string such as "TLP:AMBER H3". Unknown
    tokens are ignored here (the stores validate handling codes on input)."""
    codes = _handling_codes()
    tlp_colours = {t["code"]: t["colour"] for t in codes["tlp"]}
    europol = {h["code"] for h in codes["europol"]}
    tlp = code = None
    for token in str(handling or "").replace(",", " ").split():
        up = token.upper()
        if up in tlp_colours and tlp is None:
            tlp = up
        elif up in europol and code is None:
            code = up
    return tlp, code, tlp_colours.get(tlp or "", "#FFFFFF")


# -- the logo -----------------------------------------------------------------------------------------------------


def _logo_reader(path: str | None) -> ImageReader | None:
    """The officer's logo, or None when none is configured or the file is not a usable PNG/JPEG. Read once into
    memory from that path only: a path in user field text is never looked at."""
    if not path:
        return None
    try:
        p = Path(str(path)).expanduser()
        st = p.stat()
        if not stat.S_ISREG(st.st_mode) or st.st_size > _LOGO_MAX_BYTES or p.suffix.lower() not in (
            ".png", ".jpg", ".jpeg"
        ):
            return None
        data = p.read_bytes()
    except (OSError, ValueError):
        return None
    if not (data.startswith(b"\x89PNG\r\n\x1a\n") or data.startswith(b"\xff\xd8\xff")):
        return None
    try:
        reader = ImageReader(io.BytesIO(data))
        reader.getSize()
        return reader
    except Exception:  # noqa: BLE001 - a broken image file: the letterhead goes without a logo
        return None


class _Logo(Flowable):
    def __init__(self, reader: ImageReader, box: tuple[float, float] = _LOGO_BOX) -> None:
        super().__init__()
        iw, ih = reader.getSize()
        scale = min(box[0] / iw, box[1] / ih)
        self.reader = reader
        self.width, self.height = iw * scale, ih * scale

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab API)
        return self.width, self.height

    def draw(self) -> None:
        self.canv.drawImage(self.reader, 0, 0, self.width, self.height, mask="auto")


# -- columns ----------------------------------------------------------------------------------------------------


class Columns(Flowable):
    """Stacks of flowables side by side that split across pages column by column (a reportlab ``Table`` cannot
    split inside a row, so a long cell there is a layout error). ``widths`` are fractions of the width."""

    def __init__(
        self,
        columns: Sequence[Sequence[Flowable]],
        widths: Sequence[float] | None = None,
        gap: float = 14.0,
        padding: float = 0.0,
        background: colors.Color | None = None,
        border: colors.Color | None = None,
        dividers: bool = False,
    ) -> None:
        super().__init__()
        self.columns = [list(c) for c in columns]
        n = len(self.columns)
        self.fractions = list(widths) if widths else [1.0 / n] * n
        self.gap = gap
        self.padding = padding
        self.background = background
        self.border = border
        self.dividers = dividers
        self._placed: list[list[tuple[Flowable, float, float]]] = []
        self._xs: list[float] = []

    def _copy(self, columns: list[list[Flowable]]) -> Columns:
        return Columns(columns, self.fractions, self.gap, self.padding, self.background, self.border, self.dividers)

    def _col_widths(self, avail: float) -> list[float]:
        inner = avail - 2 * self.padding - self.gap * (len(self.columns) - 1)
        total = sum(self.fractions)
        return [max(inner * f / total, 1.0) for f in self.fractions]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab API)
        widths = self._col_widths(availWidth)
        self._placed, self._xs = [], []
        x = self.padding
        tallest = 0.0
        for col, w in zip(self.columns, widths, strict=True):
            placed, y = [], 0.0
            for i, f in enumerate(col):
                if i:
                    y += f.getSpaceBefore()
                _fw, fh = f.wrap(w, 1e9)
                placed.append((f, y, fh))
                y += fh + (f.getSpaceAfter() if i < len(col) - 1 else 0.0)
            self._placed.append(placed)
            self._xs.append(x)
            x += w + self.gap
            tallest = max(tallest, y)
        self.width = availWidth
        self.height = tallest + 2 * self.padding
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803 (reportlab API)
        widths = self._col_widths(availWidth)
        room = availHeight - 2 * self.padding
        if room <= 0:
            return []
        firsts: list[list[Flowable]] = []
        rests: list[list[Flowable]] = []
        for col, w in zip(self.columns, widths, strict=True):
            first: list[Flowable] = []
            rest: list[Flowable] = []
            y = 0.0
            for i, f in enumerate(col):
                if rest:
                    rest.append(f)
                    continue
                before = f.getSpaceBefore() if i else 0.0
                _fw, fh = f.wrap(w, 1e9)
                if y + before + fh <= room:
                    first.append(f)
                    y += before + fh + f.getSpaceAfter()
                    continue
                parts = f.split(w, room - y - before) if room - y - before > 0 else []
                if len(parts) >= 2:
                    first.append(parts[0])
                    rest.extend(parts[1:])
                else:
                    rest.append(f)
            firsts.append(first)
            rests.append(rest)
        if not any(firsts):
            return []
        if not any(rests):
            return [self]
        return [self._copy(firsts), self._copy(rests)]

    def draw(self) -> None:
        canv = self.canv
        if self.background is not None or self.border is not None:
            canv.saveState()
            if self.background is not None:
                canv.setFillColor(self.background)
            if self.border is not None:
                canv.setStrokeColor(self.border)
                canv.setLineWidth(0.5)
            canv.rect(0, 0, self.width, self.height, stroke=self.border is not None,
                      fill=self.background is not None)
            canv.restoreState()
        if self.dividers and len(self._xs) > 1:
            canv.saveState()
            canv.setStrokeColor(RULE)
            canv.setLineWidth(0.4)
            for x in self._xs[1:]:
                canv.line(x - self.gap / 2, self.padding * 0.6, x - self.gap / 2, self.height - self.padding * 0.6)
            canv.restoreState()
        top = self.height - self.padding
        for x, placed in zip(self._xs, self._placed, strict=True):
            for f, y, fh in placed:
                f.drawOn(canv, x, top - y - fh)


# -- styles ----------------------------------------------------------------------------------------------------

S_SUBJECT = TextStyle(font_size=10.5, bold=True, colour=INK, leading=14, space_before=2)
S_BASIS = TextStyle(font_size=9, colour=MUTED, leading=12, space_before=2)
S_HEADING = TextStyle(font_size=10.5, bold=True, colour=NAVY, space_before=11, space_after=3)
S_SUBHEADING = TextStyle(font_size=9.5, bold=True, colour=INK, space_before=6, space_after=1)
S_BODY = TextStyle(font_size=10, colour=INK, leading=14, space_after=6)
S_SMALL = TextStyle(font_size=8, colour=MUTED, leading=10)
S_SENDER = TextStyle(font_size=8.5, colour=INK, leading=11)
S_SENDER_HEAD = TextStyle(font_size=10.5, bold=True, colour=NAVY, leading=13.5)
S_MISSING = TextStyle(font_size=10, colour="#B00020", leading=13.5)
S_ADDRESS = TextStyle(font_size=10, colour=INK, leading=13.5)


def direction_of(lang: str) -> str | None:
    return "rtl" if str(lang or "").split("-")[0].lower() in RTL_LANGUAGES else None


class Chip(Flowable):
    """A handling code as TLP 2.0 prints it: the label in its colour, bold, on a black ground."""

    def __init__(self, text: str, colour: str, size: float = 9.0) -> None:
        super().__init__()
        self.text, self.colour, self.size = text, colour, size
        self.style = TextStyle(font_size=size, bold=True, colour=colour)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab API)
        self.width = text_width(self.text, self.style) + self.size * 0.8
        self.height = self.size * 1.6
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setFillColor(colors.black)
        canv.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        canv.restoreState()
        draw_line(canv, self.size * 0.4, self.size * 0.45, self.text, self.style)


class Blocks:
    """Text blocks of one document in its language(s): one column per language, mirrored right to left."""

    def __init__(self, view: DocumentView) -> None:
        self.view = view
        langs = [str(x) for x in (view.languages or ["en"]) if x] or ["en"]
        self.langs = langs[:2]
        self.lang = self.langs[0]
        self.rtl = direction_of(self.lang) == "rtl"

    def label(self, key: str, lang: str | None = None) -> str:
        return _label(self.view, key, lang or self.lang)

    def labels(self, key: str) -> Callable[[str], str]:
        return lambda lang: _label(self.view, key, lang)

    def block(self, text: str, style: TextStyle, lang: str | None = None) -> TextBlock:
        """A block in ``lang``. In a right-to-left language the page is mirrored: "start" is the right edge
        whatever the paragraph holds, while each paragraph keeps its own direction (an address in Latin
        letters stays "13 place Vendôme", right-aligned)."""
        lang = lang or self.lang
        if direction_of(lang) == "rtl" and style.alignment in ("start", "end"):
            style = replace(style, alignment="right" if style.alignment == "start" else "left")
        return TextBlock(typeset(text, lang), style)

    def row(self, columns: Sequence[Sequence[Flowable]], widths: Sequence[float] | None = None,
            **kwargs: Any) -> Columns:
        """Columns in reading order: the first is on the right in a right-to-left document."""
        cols, fractions = list(columns), list(widths) if widths else None
        if self.rtl:
            cols.reverse()
            if fractions:
                fractions.reverse()
        return Columns(cols, widths=fractions, **kwargs)

    def per_language(self, texts: dict[str, str] | Callable[[str], str], style: TextStyle) -> list[Flowable]:
        """Text in the document's language, or its two languages side by side (once when they agree)."""
        get = texts if callable(texts) else (lambda lang: _pick(texts, lang))
        values = [get(lang) for lang in self.langs]
        if not any(values):
            return []
        if len(self.langs) == 1 or values[0] == values[1]:
            return [self.block(values[0], style, self.langs[0])]
        cols = [[self.block(v, style, lang)] for v, lang in zip(values, self.langs, strict=True)]
        col = Columns(cols, dividers=True)
        col.spaceBefore, col.spaceAfter = style.space_before, style.space_after
        return [col]

    def value_text(self, f: FieldView, lang: str) -> str:
        """A field's value as printed in ``lang``: the officer's wording in that language when given, dates
        written out."""
        value = f.translations.get(lang, f.value) if f.translations else f.value
        if f.kind == "date" and isinstance(value, str):
            return long_date(value, lang, lambda key: _label(self.view, key, lang))
        shown = FieldView(key=f.key, label=f.label, kind=f.kind, required=f.required, value=value, source=f.source)
        return field_text(shown, lambda key: _label(self.view, key, lang))

    def colon(self, lang: str) -> str:
        return colon(lang)
