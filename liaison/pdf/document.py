"""Documents and canvases set up for the embedded fonts.

A reportlab canvas starts in Helvetica, a non-embedded standard font that then appears in every page's resources
even when nothing is drawn with it. Documents made here start in Liaison's primary embedded font instead, so
that every font a generated PDF names is embedded.
"""

from __future__ import annotations

from typing import IO, Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate

from liaison.pdf.fonts import default_fonts
from liaison.pdf.text import shared_measures


class _Document(SimpleDocTemplate):
    """A ``SimpleDocTemplate`` whose text blocks share their measured widths while it is built (see
    :func:`liaison.pdf.text.shared_measures`): the same words recur across a document's fields."""

    def build(self, *args: Any, **kwargs: Any) -> None:
        with shared_measures():
            super().build(*args, **kwargs)


def simple_document(target: str | IO[bytes], **kwargs: Any) -> SimpleDocTemplate:
    """A platypus ``SimpleDocTemplate`` writing to ``target`` (a path or a binary file object)."""
    kwargs.setdefault("initialFontName", default_fonts().primary)
    return _Document(target, **kwargs)


def new_canvas(target: str | IO[bytes], **kwargs: Any) -> Canvas:
    """A bare canvas for hand-drawn pages (envelopes, labels), starting in the primary embedded font."""
    kwargs.setdefault("initialFontName", default_fonts().primary)
    return Canvas(target, **kwargs)
