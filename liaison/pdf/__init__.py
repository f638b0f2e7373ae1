"""PDF text engine: embedded fonts for every script, right-to-left text, wrapping and page splits (no Qt).

Templates build documents from :class:`TextBlock` flowables and :func:`draw_line`; user text is never
interpreted as markup.
"""

from liaison.pdf.document import new_canvas, simple_document
from liaison.pdf.fonts import FACES, Face, FontSet, Run, default_fonts
from liaison.pdf.text import (
    Line,
    TextBlock,
    TextStyle,
    base_direction,
    break_lines,
    clean,
    draw_line,
    layout,
    line_runs,
    shape,
    shared_measures,
    text_width,
    visual,
)

__all__ = [
    "FACES",
    "Face",
    "FontSet",
    "Line",
    "Run",
    "TextBlock",
    "TextStyle",
    "base_direction",
    "break_lines",
    "clean",
    "default_fonts",
    "draw_line",
    "layout",
    "line_runs",
    "new_canvas",
    "shape",
    "shared_measures",
    "simple_document",
    "text_width",
    "visual",
]
