"""PDF text engine: embedded fonts for every script, HarfBuzz shaping, right-to-left text, wrapping and page
splits (no Qt).

Templates build documents from :class:`TextBlock` flowables and :func:`draw_line`; user text is never
interpreted as markup.
"""

from liaison.pdf.document import new_canvas, simple_document
from liaison.pdf.fonts import FACES, Face, FontSet, default_fonts
from liaison.pdf.runs import Run, draw_runs, run_width, runs_width
from liaison.pdf.sanitize import clean_field
from liaison.pdf.text import (
    Line,
    TextBlock,
    TextStyle,
    base_direction,
    break_lines,
    clean,
    draw_line,
    isolate_identifiers,
    layout,
    line_runs,
    placeholder,
    printable,
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
    "clean_field",
    "default_fonts",
    "draw_line",
    "draw_runs",
    "isolate_identifiers",
    "layout",
    "line_runs",
    "new_canvas",
    "placeholder",
    "printable",
    "run_width",
    "runs_width",
    "shared_measures",
    "simple_document",
    "text_width",
    "visual",
]
