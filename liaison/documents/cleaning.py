"""Every text of a :class:`DocumentView` cleaned before it is drawn (:func:`liaison.pdf.sanitize.clean_field`).

A document prints text from many places: the officer's answers, the case, persons, the officer's profile, the
addressee, label files. Whatever their input checks, the PDF gets none of the characters a reader cannot see
(controls, zero-width characters, bidi embeddings and overrides, tags), and a one-line field (a name, a
reference, a title, a label) no line break. The view is copied; the caller's is left as it was.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ..pdf.sanitize import clean_field
from .model import Annex, DocumentView, FieldView, SectionView

# Field kinds whose value is running text (line breaks kept); the others are one line per value or item.
_MULTI_LINE_KINDS = frozenset({"long", "statement"})
# Keys of the sender and addressee that are addresses or blocks of several lines; a path is left alone.
_MULTI_LINE_KEYS = frozenset({"address", "signature_block"})
_UNTOUCHED_KEYS = frozenset({"logo_path"})


def _one(value: Any) -> Any:
    return clean_field(value, one_line=True) if isinstance(value, str) else value


def _texts(texts: dict[str, str], one_line: bool = True) -> dict[str, str]:
    return {k: clean_field(v, one_line=one_line) for k, v in (texts or {}).items()}


def _value(value: Any, one_line: bool) -> Any:
    """A field's value: a text, a list of texts, or persons (dicts of texts and lists)."""
    if isinstance(value, str):
        return clean_field(value, one_line=one_line)
    if isinstance(value, list):
        return [_value(v, True) for v in value]
    if isinstance(value, tuple):
        return tuple(_value(v, True) for v in value)
    if isinstance(value, dict):
        return {k: _value(v, True) for k, v in value.items()}
    return value


def _field(f: FieldView) -> FieldView:
    return dataclasses.replace(f, label=_texts(f.label), value=_value(f.value, f.kind not in _MULTI_LINE_KINDS),
                               help=_texts(f.help, one_line=False))


def _party(data: dict[str, str]) -> dict[str, str]:
    return {k: v if k in _UNTOUCHED_KEYS or not isinstance(v, str) else
            clean_field(v, one_line=k not in _MULTI_LINE_KEYS) for k, v in (data or {}).items()}


def clean_view(view: DocumentView) -> DocumentView:
    """A copy of ``view`` with every text cleaned for printing."""
    return dataclasses.replace(
        view,
        title=_texts(view.title),
        subject=_texts(view.subject),
        legal_basis=_texts(view.legal_basis),
        document_id=_one(view.document_id),
        date=_one(view.date),
        own_reference=_one(view.own_reference),
        counterpart_reference=_one(view.counterpart_reference),
        handling=_one(view.handling),
        handling_text=_texts(view.handling_text, one_line=False),
        sender=_party(view.sender),
        addressee=_party(view.addressee),
        sections=[
            SectionView(key=s.key, heading=_texts(s.heading), fields=[_field(f) for f in s.fields],
                        intro=_texts(s.intro, one_line=False))
            for s in view.sections
        ],
        annexes=[Annex(_one(a.name), a.sha256, a.size, _one(a.description)) for a in view.annexes],
        labels={lang: _texts(texts) for lang, texts in (view.labels or {}).items()},
    )
