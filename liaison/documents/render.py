"""A :class:`DocumentView` drawn as a PDF: the ministry layout shared by every template.

Every page carries the handling code as a banner at its top and bottom (the TLP label in its colour on black,
its meaning in words, the Europol code after it), the document id and a short identifier in the footer, and
"Page X of Y". The first page has the letterhead (logo and sender block), the addressee and the references
block; then come the title, subject, legal basis, the template's sections, the signature block and the annexes
with their SHA-256. A draft carries a large diagonal DRAFT watermark and "DRAFT" in the banner of every page.

Security: every piece of text, whatever it holds, goes through the text engine (:mod:`liaison.pdf`), which never
parses markup, so ``<img src=...>`` or ``<a href=...>`` in a field is printed as those characters; no link is
made. The only image ever embedded is the officer's configured logo, ``sender["logo_path"]``: a regular file,
PNG or JPEG by its first bytes, at most 5 MB, read once into memory. The PDF is built in memory; nothing is
written to disk.
"""

from __future__ import annotations

import io
import re
import stat
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFInfo, PDFString
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, Spacer

from liaison.documents.cleaning import clean_view
from liaison.documents.model import DocumentView, FieldView
from liaison.handling import _codes as _handling_codes
from liaison.pdf import (
    Line,
    TextBlock,
    TextStyle,
    base_direction,
    clean,
    clean_field,
    default_fonts,
    draw_line,
    draw_runs,
    line_runs,
    simple_document,
    text_width,
)

__all__ = ["RTL_LANGUAGES", "LAYOUT_LABELS", "field_text", "handling_parts", "render", "short_id"]

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 22 * mm
BANNER_HEIGHT = 15.0
BANNER_INSET = 8 * mm  # from the page edge to the banner
FRAME_TOP = 27 * mm  # from the top edge to the first line of content
FRAME_BOTTOM = 27 * mm

INK = "#111111"
MUTED = "#555555"
RULE = colors.HexColor("#8A8F98")
PANEL = colors.HexColor("#F1F3F6")

RTL_LANGUAGES = frozenset({"ar", "he", "fa", "ur", "ps", "yi", "dv", "ckb", "sd", "ug"})

# The shared layout labels and their English fallback, looked up as "layout.<key>" (the template engineer's
# label files) and then as "<key>" in the view's labels.
LAYOUT_LABELS: dict[str, str] = {
    "our_reference": "Our reference",
    "your_reference": "Your reference",
    "date": "Date",
    "document_id": "Document id",
    "version": "Version",
    "page_of": "Page {page} of {pages}",
    "draft": "DRAFT",
    "draft_margin": "DRAFT - cannot be made final as it stands:",
    "annexes": "Annexes",
    "signature": "Signature",
    "handling": "Handling",
    "to": "To",
    "from": "From",
    "subject": "Subject",
    "legal_basis": "Legal basis",
    "not_given": "(not given)",
    "missing": "[missing]",
    "no_handling": "No handling code",
    "translit_icao": "automatic transliteration, ICAO Doc 9303",
    "translit_auto": "automatic transliteration",
}

_LOGO_MAX_BYTES = 5 * 1024 * 1024
_LOGO_BOX = (42 * mm, 22 * mm)  # the largest the logo is drawn (width, height)


# -- labels and values ------------------------------------------------------------------------------------------


def _label(view: DocumentView, key: str, lang: str) -> str:
    for candidate in (f"layout.{key}", key):
        for language in (lang, "en"):
            text = view.labels.get(language, {}).get(candidate)
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


def _handling_meaning(view: DocumentView, lang: str) -> str:
    text = _pick(view.handling_text, lang)
    if text:
        # the codes are drawn before it: drop them when the text repeats them first
        return re.sub(r"^\s*TLP:[A-Z+]+\s*[-:\u2013\u2014]?\s*", "", text) or text
    tlp, code, _colour = handling_parts(view.handling)
    codes = _handling_codes()
    parts = [t["meaning"] for t in codes["tlp"] if t["code"] == tlp]
    parts += [h["meaning"] for h in codes["europol"] if h["code"] == code]
    return " ".join(parts)


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


class _Columns(Flowable):
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

    def _copy(self, columns: list[list[Flowable]]) -> _Columns:
        return _Columns(columns, self.fractions, self.gap, self.padding, self.background, self.border, self.dividers)

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

S_TITLE = TextStyle(font_size=15, bold=True, alignment="center", colour=INK, space_after=4)
S_SUBJECT = TextStyle(font_size=10.5, bold=True, colour=INK)
S_HEADING = TextStyle(font_size=11, bold=True, colour="#1F2A44", space_before=12, space_after=3)
S_LABEL = TextStyle(font_size=8.5, bold=True, colour=MUTED, space_before=6, space_after=1)
S_VALUE = TextStyle(font_size=10, colour=INK, leading=13.5)
S_INTRO = TextStyle(font_size=9.5, colour=MUTED, leading=12.5, space_after=2)
S_SMALL = TextStyle(font_size=8, colour=MUTED, leading=10)
S_SMALL_LABEL = TextStyle(font_size=7, colour=MUTED, leading=9)
S_SENDER = TextStyle(font_size=8.5, colour=INK, leading=11, alignment="right")
S_SENDER_HEAD = TextStyle(font_size=10, bold=True, colour="#1F2A44", leading=13, alignment="right")
S_MISSING = TextStyle(font_size=10, colour="#B00020", leading=13.5)


_SELF_NUMBERED = re.compile(r"^\s*(\(?[A-Za-z0-9]{1,3}[).]\s|\S+\s[A-Z]\s*[-\u2013\u2014:.])")


class _Layout:
    """Builds the flowables of one document."""

    def __init__(self, view: DocumentView, version: int | None) -> None:
        self.view = view
        self.version = version
        langs = [str(x) for x in (view.languages or ["en"]) if x] or ["en"]
        self.langs = langs[:2]

    def direction(self, lang: str) -> str | None:
        return "rtl" if lang.split("-")[0].lower() in RTL_LANGUAGES else None

    def block(self, text: str, style: TextStyle, lang: str | None = None) -> TextBlock:
        return TextBlock(text, style, direction=self.direction(lang) if lang else None)

    def per_language(self, texts: dict[str, str] | Callable[[str], str], style: TextStyle) -> list[Flowable]:
        """Text in the document's language, or its two languages side by side."""
        get = texts if callable(texts) else (lambda lang: _pick(texts, lang))
        values = [get(lang) for lang in self.langs]
        if not any(values):
            return []
        if len(self.langs) == 1 or values[0] == values[1]:
            return [self.block(values[0], style, self.langs[0])]
        cols = [[self.block(v, style, lang)] for v, lang in zip(values, self.langs, strict=True)]
        col = _Columns(cols, dividers=True)
        col.spaceBefore, col.spaceAfter = style.space_before, style.space_after
        return [col]

    def label(self, key: str) -> Callable[[str], str]:
        return lambda lang: _label(self.view, key, lang)

    # -- parts --------------------------------------------------------------------------------------------------

    def letterhead(self) -> list[Flowable]:
        """Logo left, sender block right. The sender's data keeps its own direction (a telephone number stays
        left to right in an Arabic document)."""
        v = self.view
        s = v.sender or {}
        left: list[Flowable] = []
        logo = _logo_reader(s.get("logo_path"))
        if logo is not None:
            left.append(_Logo(logo))
        right: list[Flowable] = []
        head = "\n".join(x for x in (s.get("authority", ""), s.get("unit", "")) if x)
        if head:
            right.append(TextBlock(head, S_SENDER_HEAD))
        lines = [s.get("address", "")]
        contact = "  ·  ".join(x for x in (s.get("phone", ""), s.get("email", "")) if x)
        lines.append(contact)
        body = "\n".join(x for x in lines if x)
        if body:
            right.append(TextBlock(body, S_SENDER))
        out: list[Flowable] = [_Columns([left, right], widths=[0.38, 0.62])] if (left or right) else []
        out.append(HRFlowable(width="100%", thickness=1.2, color=colors.HexColor("#1F2A44"), spaceBefore=6,
                              spaceAfter=10))
        return out

    def addressee(self) -> list[Flowable]:
        a = self.view.addressee or {}
        lines = [a.get("name", ""), a.get("authority", ""), a.get("address", ""), a.get("country", "")]
        text = "\n".join(dict.fromkeys(str(x).strip() for x in lines if x and str(x).strip()))
        if not text:
            return []
        lab = self.per_language(self.label("to"), S_SMALL_LABEL)
        return [*lab, self.block(text, TextStyle(font_size=10, colour=INK, leading=13, space_after=10))]

    def references(self) -> list[Flowable]:
        v = self.view
        cells = [
            ("our_reference", v.own_reference),
            ("your_reference", v.counterpart_reference),
            ("date", v.date),
            ("document_id", v.document_id + (f"\n{short_id(v.document_id)}" if v.document_id else "")),
        ]
        if self.version:
            cells.append(("version", str(self.version)))
        columns = []
        for key, value in cells:
            label = " / ".join(dict.fromkeys(_label(v, key, lang) for lang in self.langs))
            value_text = str(value) if value else _label(v, "not_given", self.langs[0])
            size = 8.0 if key == "document_id" else 8.5
            columns.append([TextBlock(label, S_SMALL_LABEL),
                            TextBlock(value_text, TextStyle(font_size=size, bold=True, colour=INK, leading=11))])
        fractions = [0.16, 0.24, 0.13, 0.40] + ([0.07] if self.version else [])
        panel = _Columns(columns, widths=fractions, gap=8, padding=6, background=PANEL, border=RULE)
        panel.spaceAfter = 14
        return [panel]

    def title(self) -> list[Flowable]:
        v = self.view
        out = self.per_language(v.title, S_TITLE)
        subject_lines = self.per_language(
            lambda lang: (f"{_label(v, 'subject', lang)}: {_pick(v.subject, lang)}" if _pick(v.subject, lang)
                          else ""), TextStyle(font_size=10.5, bold=True, colour=INK, space_before=6))
        out += subject_lines
        out += self.per_language(
            lambda lang: (f"{_label(v, 'legal_basis', lang)}: {_pick(v.legal_basis, lang)}"
                          if _pick(v.legal_basis, lang) else ""),
            TextStyle(font_size=9.5, colour=MUTED, space_before=3))
        out.append(HRFlowable(width="100%", thickness=0.5, color=RULE, spaceBefore=8, spaceAfter=2))
        return out

    def sections(self) -> list[Flowable]:
        out: list[Flowable] = []
        headings = [_pick(s.heading, self.langs[0]) for s in self.view.sections]
        # headings that carry their own enumeration ("(a) ...", "Section A - ...") are not numbered again
        numbered = not any(_SELF_NUMBERED.match(h) for h in headings if h)
        number = 0
        for section in self.view.sections:
            headed = any(_pick(section.heading, lang) for lang in self.langs)
            number += 1 if headed else 0
            heading = self.per_language(
                lambda lang, s=section, n=number: (f"{n}. " if numbered else "") + _pick(s.heading, lang)
                if _pick(s.heading, lang) else "", S_HEADING) if headed else []
            intro = self.per_language(section.intro, S_INTRO) if section.intro else []
            fields: list[Flowable] = []
            for f in section.fields:
                label = self.per_language(f.label, S_LABEL)
                text = field_text(f, lambda key: _label(self.view, key, self.langs[0]))
                if text:
                    value: Flowable = TextBlock(text, S_VALUE)
                else:
                    value = TextBlock(_label(self.view, "missing" if f.required else "not_given", self.langs[0]),
                                      S_MISSING if f.required else S_INTRO)
                for lab in label:
                    lab.keepWithNext = True
                fields += [*label, value]
            # keep a heading with the start of what follows it
            for h in heading:
                h.keepWithNext = True
            out += [*heading, *intro, *fields]
        return out

    def signature(self) -> list[Flowable]:
        v = self.view
        s = v.sender or {}
        block = s.get("signature_block") or "\n".join(
            x for x in (s.get("name", ""), s.get("rank", ""), s.get("unit", ""), s.get("authority", "")) if x)
        parts: list[Flowable] = [Spacer(1, 12)]
        parts += self.per_language(self.label("signature"), S_SMALL_LABEL)
        parts.append(Spacer(1, 26))
        parts.append(HRFlowable(width="45%", thickness=0.6, color=INK, hAlign="LEFT", spaceAfter=3))
        if block:
            parts.append(TextBlock(block, TextStyle(font_size=10, colour=INK, leading=13)))
        if v.date:
            parts.append(TextBlock(v.date, TextStyle(font_size=9, colour=MUTED, space_before=2)))
        return [KeepTogether(parts)]

    def annexes(self) -> list[Flowable]:
        v = self.view
        if not v.annexes:
            return []
        out = self.per_language(self.label("annexes"), S_HEADING)
        for h in out:
            h.keepWithNext = True
        for i, annex in enumerate(v.annexes, start=1):
            head = f"{i}. {annex.name} ({annex.size:,} bytes)".replace(",", "\u202f")
            if annex.description:
                head += f" - {annex.description}"
            out.append(TextBlock(head, TextStyle(font_size=9.5, colour=INK, space_before=4)))
            out.append(TextBlock(f"SHA-256: {annex.sha256}", S_SMALL))
        return out

    def story(self) -> list[Flowable]:
        return [*self.letterhead(), *self.addressee(), *self.references(), *self.title(), *self.sections(),
                *self.signature(), *self.annexes()]


# -- pages ------------------------------------------------------------------------------------------------------


def _draw_banner(canv: Canvas, view: DocumentView, lang: str, y: float) -> None:
    """The handling banner: a black strip, the TLP label in its colour, the Europol code, the meaning in words,
    and DRAFT at the right end of a draft."""
    x0, width = MARGIN_X, PAGE_WIDTH - 2 * MARGIN_X
    canv.saveState()
    canv.setFillColor(colors.black)
    canv.rect(x0, y, width, BANNER_HEIGHT, stroke=0, fill=1)
    canv.restoreState()
    base = y + 4.4
    x = x0 + 6
    right_edge = x0 + width - 6
    tlp, code, colour = handling_parts(view.handling)
    if view.draft:
        draft = _label(view, "draft", lang)
        style = TextStyle(font_size=8.5, bold=True, colour="#FFFFFF")
        w = text_width(draft, style) + 10
        canv.saveState()
        canv.setFillColor(colors.HexColor("#B00020"))
        canv.rect(right_edge + 6 - w - 4, y + 2, w + 4, BANNER_HEIGHT - 4, stroke=0, fill=1)
        canv.restoreState()
        draw_line(canv, right_edge - 2, base, draft, style, align="right")
        right_edge -= w + 10
    if not tlp and not code:
        draw_line(canv, x, base, _label(view, "no_handling", lang), TextStyle(font_size=8, bold=True,
                  colour="#FFFFFF"), max_width=right_edge - x)
        return
    if tlp:
        x += draw_line(canv, x, base, tlp, TextStyle(font_size=9, bold=True, colour=colour)) + 8
    if code:
        x += draw_line(canv, x, base, code, TextStyle(font_size=9, bold=True, colour="#FFFFFF")) + 8
    meaning = _handling_meaning(view, lang)
    if meaning and right_edge - x > 20:
        draw_line(canv, x, base + 0.5, meaning, TextStyle(font_size=7.5, colour="#FFFFFF"), max_width=right_edge - x,
                  direction="rtl" if lang in RTL_LANGUAGES else None)


def _draw_margin_warning(canv: Canvas, view: DocumentView, lang: str) -> None:
    """A draft that could not be made final says why, up the left margin of every page (the reasons come from
    the content model: ``view.warnings``)."""
    if not (view.draft and view.warnings):
        return
    text = _label(view, "draft_margin", lang) + " " + "; ".join(view.warnings)
    style = TextStyle(font_size=6.5, bold=True, colour="#B00020")
    length = PAGE_HEIGHT - 2 * (BANNER_INSET + BANNER_HEIGHT) - 20
    canv.saveState()
    canv.translate(MARGIN_X * 0.45, BANNER_INSET + BANNER_HEIGHT + 10)
    canv.rotate(90)
    lines, line = [], ""
    for word in text.split(" "):
        trial = f"{line} {word}".strip()
        if line and text_width(trial, style) > length:
            lines.append(line)
            line = word
        else:
            line = trial
    lines.append(line)
    for i, part in enumerate(lines[:3]):  # at most three lines fit in the margin
        draw_line(canv, 0, -i * 8.0, part, style, max_width=length)
    canv.restoreState()


def _draw_watermark(canv: Canvas, view: DocumentView, lang: str) -> None:
    """A large diagonal translucent DRAFT (in the document's language) over the page's content."""
    text = clean(_label(view, "draft", lang)).replace("\n", " ")
    size = 110.0
    width = text_width(text, TextStyle(font_size=size, bold=True))
    if width > PAGE_HEIGHT * 0.9:
        size *= PAGE_HEIGHT * 0.9 / width
        width = PAGE_HEIGHT * 0.9
    runs = line_runs(Line(text, base_direction(text)), TextStyle(font_size=size, bold=True))
    canv.saveState()
    canv.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canv.rotate(50)
    ink = colors.Color(0.45, 0.45, 0.45, alpha=0.2)
    canv.setFillColor(ink)
    canv.setStrokeColor(ink)
    canv.setLineWidth(size * 0.035)
    draw_runs(canv, -width / 2, -size * 0.35, runs, size)
    canv.restoreState()


_FURNITURE = "LiaisonPageFurniture"


def _decorate(view: DocumentView, lang: str) -> Callable[[Canvas, Any], None]:
    """Banners and footer are the same on every page: drawn once as a form, then placed on each page."""

    def on_page(canv: Canvas, _doc: Any) -> None:
        if not getattr(canv, "_liaison_furniture", False):
            canv.beginForm(_FURNITURE)
            furniture(canv)
            canv.endForm()
            canv._liaison_furniture = True
        canv.doForm(_FURNITURE)

    def furniture(canv: Canvas) -> None:
        _draw_banner(canv, view, lang, PAGE_HEIGHT - BANNER_INSET - BANNER_HEIGHT)
        _draw_banner(canv, view, lang, BANNER_INSET)
        _draw_margin_warning(canv, view, lang)
        # footer: document id and short id on the left; "Page X of Y" is drawn once the count is known
        foot_y = BANNER_INSET + BANNER_HEIGHT + 6
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.4)
        canv.line(MARGIN_X, foot_y + 10, PAGE_WIDTH - MARGIN_X, foot_y + 10)
        canv.restoreState()
        ident = f"{_label(view, 'document_id', lang)}: {view.document_id}  ·  {short_id(view.document_id)}"
        if view.own_reference:
            ident += f"  ·  {view.own_reference}"
        draw_line(canv, MARGIN_X, foot_y, ident, S_SMALL, max_width=PAGE_WIDTH - 2 * MARGIN_X - 90)

    return on_page


class _Info(PDFInfo):
    """The document information dictionary with Liaison's own key, ``/LiaisonDocumentId``, which ``verify``
    reads back."""

    document_id = ""
    audit_head = ""  # "seq:hash": the vault's audit trail when the document was made (audit verify --against)

    def format(self, document: Any) -> bytes:
        formatted = super().format(document)
        entries = {"LiaisonDocumentId": PDFString(self.document_id)} if self.document_id else {}
        if self.audit_head:
            entries["LiaisonAuditHead"] = PDFString(self.audit_head)
        extra = PDFDictionary(entries).format(document)
        # both are "<< ... >>": merge the entries
        return formatted.rstrip()[:-2].rstrip() + b"\n" + extra.strip()[2:]


def _canvas_class(view: DocumentView, lang: str, audit_head: str = "") -> type[Canvas]:
    class _PagedCanvas(Canvas):
        """Keeps every page until the end so that each can say "Page X of Y"."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            info = _Info()
            info.__dict__.update(self._doc.info.__dict__)
            info.document_id = view.document_id
            info.audit_head = audit_head
            self._doc.info = info
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab API)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                if view.draft:  # over the content, translucent: visible even over shaded panels
                    _draw_watermark(self, view, lang)
                draw_line(self, PAGE_WIDTH - MARGIN_X, BANNER_INSET + BANNER_HEIGHT + 6,
                          _page_label(view, lang, self._pageNumber, total),
                          TextStyle(font_size=8, bold=True, colour=INK), align="right")
                Canvas.showPage(self)
            Canvas.save(self)

    return _PagedCanvas


def render(view: DocumentView, *, version: int | None = None, audit_head: str = "") -> bytes:
    """The document as PDF bytes, built in memory (never a temporary file). ``version`` (given by the register
    for a final document) is printed in the references block; ``audit_head`` ("seq:hash") goes into the PDF's
    metadata (``/LiaisonAuditHead``). Every text is cleaned first (no control, zero-width or bidi control
    character, no line break in a one-line field: ``documents/cleaning.py``), the metadata (title, author,
    subject, keywords) as one line each."""
    view = clean_view(view)
    layout = _Layout(view, version)
    lang = layout.langs[0]
    buf = io.BytesIO()
    author = (view.sender or {}).get("name", "") or ""
    title = _pick(view.title, lang) or view.template_id
    subject = _pick(view.subject, lang)
    keywords = ", ".join(x for x in (f"LiaisonDocumentId={view.document_id}", view.own_reference,
                                     view.counterpart_reference, view.handling, view.template_id) if x)
    doc = simple_document(
        buf,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=FRAME_TOP,
        bottomMargin=FRAME_BOTTOM + 8,
        title=clean_field(title + (f" ({_label(view, 'draft', lang)})" if view.draft else ""), one_line=True),
        author=clean_field(author, one_line=True),
        subject=clean_field(subject, one_line=True),
        creator="Liaison",
        keywords=clean_field(keywords, one_line=True),
        lang=lang,
    )
    default_fonts()  # fonts registered before the first page is drawn
    on_page = _decorate(view, lang)
    doc.build(layout.story(), onFirstPage=on_page, onLaterPages=on_page, canvasmaker=_canvas_class(view, lang, audit_head))
    return buf.getvalue()
