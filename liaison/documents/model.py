"""The resolved document: what a template becomes once filled from the vault and
the officer's answers, in one or two languages. It is the boundary between the
template engine (``templates.py``, ``context.py``) and the PDF layout
(``render.py``): the layout never looks at the vault, and the template engine
never draws."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Kinds of field a template may declare.
FIELD_KINDS = ("text", "long", "date", "country", "list", "persons", "measures", "statement", "choice")


@dataclass
class FieldView:
    key: str
    label: dict[str, str]  # language -> label text
    kind: str
    required: bool
    value: Any  # str, list[str], list[dict] (persons), or None when missing
    source: str  # "case.summary", "answer", "sender.unit", "fixed" ...
    missing: bool = False
    help: dict[str, str] = field(default_factory=dict)
    # The officer's own wording of the value in another language of the document (language -> value), for a
    # bilingual document: printed in that language's column instead of the original.
    translations: dict[str, Any] = field(default_factory=dict)
    # How a letter prints the value: a label id per language holding "{value}" (a sentence), or empty (the
    # value as a paragraph of its own).
    sentence: dict[str, str] = field(default_factory=dict)

    def text(self) -> str:
        """The value as plain text (lists joined by new lines)."""
        if self.value is None:
            return ""
        if isinstance(self.value, list):
            return "\n".join(v if isinstance(v, str) else str(v) for v in self.value)
        return str(self.value)


@dataclass
class SectionView:
    key: str
    heading: dict[str, str]
    fields: list[FieldView]
    intro: dict[str, str] = field(default_factory=dict)


@dataclass
class Annex:
    name: str
    sha256: str
    size: int
    description: str = ""


@dataclass
class DocumentView:
    template_id: str
    template_version: int
    languages: list[str]  # [sender's language] or [sender's, receiving state's]
    title: dict[str, str]
    subject: dict[str, str]
    legal_basis: dict[str, str]
    document_id: str  # the id the register will use (a ULID), printed on every page
    date: str  # ISO date of the document
    own_reference: str
    counterpart_reference: str
    case_id: str
    handling: str  # e.g. "TLP:AMBER H3"
    handling_text: dict[str, str]  # the meaning of the code(s), per language
    sender: dict[str, str]  # name, rank, unit, authority, address, phone, email, signature_block, logo_path
    addressee: dict[str, str]  # name, authority, address, country
    sections: list[SectionView]
    annexes: list[Annex] = field(default_factory=list)
    draft: bool = False
    labels: dict[str, dict[str, str]] = field(default_factory=dict)  # shared layout labels per language
    # The legal basis the document follows (liaison.documents.basis.BasisView as a dict): instrument, articles,
    # each side's role, the direction; and what a reader must be warned of (printed in a draft's margin).
    basis: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    # How the document is drawn: "letter" (a letter on the sender's letterhead), "eio-annex-a" (the covering
    # letter and the official EIO form, Directive 2014/41/EU Annex A), "eio-annex-b" (the official
    # confirmation of receipt, Annex B).
    layout: str = "letter"
    urgent: bool = False
    # Language-neutral values the official forms tick boxes from (measure slugs, the offence category, the
    # choices' option keys, the persons' roles): never printed as such.
    facts: dict[str, Any] = field(default_factory=dict)
    # Which language's text is authentic when the document has two (the other is a translation).
    authentic: str = ""

    @property
    def missing(self) -> list[FieldView]:
        return [f for s in self.sections for f in s.fields if f.missing]

    def label(self, key: str, lang: str) -> str:
        """A shared layout label ("Our reference", "Page {page} of {pages}") in ``lang``."""
        return self.labels.get(lang, {}).get(key) or self.labels.get("en", {}).get(key, key)
