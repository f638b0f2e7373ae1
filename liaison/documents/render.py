"""A :class:`DocumentView` drawn as a PDF a ministry signs: a letter, or the official EIO forms.

The layout follows the document: a letter (:mod:`liaison.documents.letter`) for the letters and requests, the
covering letter and the official Annex A form of Directive 2014/41/EU for a European Investigation Order, the
official Annex B form for its confirmation of receipt (:mod:`liaison.documents.forms`).

Every page carries the handling code at its top and bottom, right-aligned: the TLP label in its TLP 2.0 colour
on black at 12 pt (TLP 2.0 asks for 12-point type or greater, in the header and footer, right-justified) with the
Europol code beside it; the full conditions are in the "Conditions of use" box on page 1. From page 2 a running
header gives both references and "Page X of Y"; page 1 gives "Page 1 of Y" in its footer, every footer the
document id and its short form. A draft carries a large diagonal DRAFT watermark, DRAFT in its banners and,
up the margin, why it cannot be made final.

Security: every piece of text, whatever it holds, goes through the text engine (:mod:`liaison.pdf`), which never
parses markup, so ``<img src=...>`` or ``<a href=...>`` in a field is printed as those characters; no link is
made. The only image ever embedded is the officer's configured logo, ``sender["logo_path"]``: a regular file,
PNG or JPEG by its first bytes, at most 5 MB, read once into memory. The PDF is built in memory; nothing is
written to disk.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFInfo, PDFString
from reportlab.pdfgen.canvas import Canvas

from liaison.documents.blocks import (
    BANNER_HEIGHT,
    BANNER_INSET,
    FRAME_BOTTOM,
    FRAME_TOP,
    INK,
    LAYOUT_LABELS,
    MARGIN_X,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RTL_LANGUAGES,
    RULE,
    S_SMALL,
    TLP_SIZE,
    _label,
    _page_label,
    _pick,
    direction_of,
    field_text,
    handling_parts,
    short_id,
)
from liaison.documents.cleaning import clean_view
from liaison.documents.model import DocumentView
from liaison.documents.typography import colon
from liaison.pdf import (
    Line,
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

__all__ = ["LAYOUT_LABELS", "RTL_LANGUAGES", "field_text", "handling_parts", "render", "short_id"]


# -- pages ------------------------------------------------------------------------------------------------------


def _draw_banner(canv: Canvas, view: DocumentView, lang: str, y: float) -> None:
    """The handling code at the top or bottom of a page: the TLP label in its colour on black, 12 pt bold,
    right-aligned (TLP 2.0), the Europol code before it, and DRAFT at the other end of a draft. Words only, never
    a sentence: the conditions in full are in the box on page 1, so nothing here is ever cut."""
    right = PAGE_WIDTH - MARGIN_X
    base = y + (BANNER_HEIGHT - TLP_SIZE) / 2 + TLP_SIZE * 0.22
    tlp, code, colour = handling_parts(view.handling)
    pad = TLP_SIZE * 0.45
    if view.draft:
        draft = _label(view, "draft", lang)
        style = TextStyle(font_size=10, bold=True, colour="#FFFFFF")
        w = text_width(draft, style) + 2 * pad
        canv.saveState()
        canv.setFillColor(colors.HexColor("#B00020"))
        canv.rect(MARGIN_X, y + 1, w, BANNER_HEIGHT - 2, stroke=0, fill=1)
        canv.restoreState()
        draw_line(canv, MARGIN_X + pad, base - 0.5, draft, style)
    if not tlp and not code:
        draw_line(canv, right, base, _label(view, "no_handling", lang), TextStyle(font_size=9, bold=True,
                  colour=MUTED), align="right")
        return
    x = right
    if tlp:
        style = TextStyle(font_size=TLP_SIZE, bold=True, colour=colour)
        w = text_width(tlp, style) + 2 * pad
        canv.saveState()
        canv.setFillColor(colors.black)
        canv.rect(right - w, y, w, BANNER_HEIGHT, stroke=0, fill=1)
        canv.restoreState()
        draw_line(canv, right - pad, base, tlp, style, align="right")
        x = right - w - pad
    if code:
        style = TextStyle(font_size=TLP_SIZE, bold=True, colour=INK)
        w = text_width(code, style) + 2 * pad
        canv.saveState()
        canv.setStrokeColor(colors.black)
        canv.setLineWidth(1)
        canv.rect(x - w, y + 0.5, w, BANNER_HEIGHT - 1, stroke=1, fill=0)
        canv.restoreState()
        draw_line(canv, x - pad, base, code, style, align="right")


def _draw_margin_warning(canv: Canvas, view: DocumentView, lang: str) -> None:
    """A draft that could not be made final says why, up the left margin of every page: the required fields
    still missing, then the reasons of the legal basis (``view.warnings``)."""
    gaps = [_pick(f.label, lang) or f.key for f in view.missing]
    reasons = ([f"{_label(view, 'missing', lang)} " + ", ".join(gaps)] if gaps else []) + list(view.warnings)
    if not (view.draft and reasons):
        return
    text = _label(view, "draft_margin", lang) + " " + "; ".join(reasons)
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
    """Banners, the margin warning and the footer rule are the same on every page: drawn once as a form, then
    placed on each page."""

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
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.4)
        canv.line(MARGIN_X, FOOT_Y + 10, PAGE_WIDTH - MARGIN_X, FOOT_Y + 10)
        canv.restoreState()

    return on_page


FOOT_Y = BANNER_INSET + BANNER_HEIGHT + 6
HEAD_Y = PAGE_HEIGHT - BANNER_INSET - BANNER_HEIGHT - 14


def _draw_page_texts(canv: Canvas, view: DocumentView, lang: str, page: int, pages: int) -> None:
    """The footer (document id and short id; "Page 1 of Y" on page 1) and, from page 2, the running header with
    both references and "Page X of Y". In a right-to-left document the sides are mirrored."""
    rtl = direction_of(lang) == "rtl"
    start, end = (PAGE_WIDTH - MARGIN_X, MARGIN_X) if rtl else (MARGIN_X, PAGE_WIDTH - MARGIN_X)
    start_align, end_align = ("right", "left") if rtl else ("left", "right")
    ident = f"{_label(view, 'document_id', lang)}{colon(lang)}{view.document_id}  \u00b7  {short_id(view.document_id)}"
    number = TextStyle(font_size=8, bold=True, colour=INK)
    label = _page_label(view, lang, page, pages)
    draw_line(canv, start, FOOT_Y, ident, S_SMALL, align=start_align, max_width=PAGE_WIDTH - 2 * MARGIN_X - 100)
    if page == 1:
        draw_line(canv, end, FOOT_Y, label, number, align=end_align)
        return
    refs = "  \u00b7  ".join(f"{_label(view, key, lang)}{colon(lang)}{value}" for key, value in (
        ("our_reference", view.own_reference), ("your_reference", view.counterpart_reference)) if value)
    if refs:
        draw_line(canv, start, HEAD_Y, refs, TextStyle(font_size=8, colour=MUTED), align=start_align,
                  max_width=PAGE_WIDTH - 2 * MARGIN_X - 100)
    draw_line(canv, end, HEAD_Y, label, number, align=end_align)
    canv.saveState()
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.4)
    canv.line(MARGIN_X, HEAD_Y - 5, PAGE_WIDTH - MARGIN_X, HEAD_Y - 5)
    canv.restoreState()


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
                _draw_page_texts(self, view, lang, self._pageNumber, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return _PagedCanvas


def _story(view: DocumentView, version: int | None) -> tuple[list[Any], str]:
    """The flowables of the document's layout, and the language its furniture is in."""
    if view.layout in ("eio-annex-a", "eio-annex-b"):
        from liaison.documents.forms import form_story

        return form_story(view, version)
    from liaison.documents.letter import Letter

    letter = Letter(view, version)
    return letter.story(), letter.lang


def render(view: DocumentView, *, version: int | None = None, audit_head: str = "") -> bytes:
    """The document as PDF bytes, built in memory (never a temporary file). ``version`` (given by the register
    for a final document) is printed in the references block; ``audit_head`` ("seq:hash") goes into the PDF's
    metadata (``/LiaisonAuditHead``). Every text is cleaned first (no control, zero-width or bidi control
    character, no line break in a one-line field: ``documents/cleaning.py``), the metadata (title, author,
    subject, keywords) as one line each."""
    view = clean_view(view)
    story, lang = _story(view, version)
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
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page, canvasmaker=_canvas_class(view, lang, audit_head))
    return buf.getvalue()
