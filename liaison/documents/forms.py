"""The official forms of Directive 2014/41/EU: Annex A (the European Investigation Order) and Annex B (the
confirmation of its receipt).

The wording, order and boxes of each form are data (``resources/templates/forms/eio.<lang>.json``, which names
its source); this module fills them from the :class:`DocumentView`: values from the template's fields, boxes
ticked from the language-neutral ``view.facts`` (the measures asked, the options chosen, the offence category
and the persons' roles). A tick box is drawn as a square, ticked with an X. Every section and box of the form is
printed, in its order, whether answered or not: the form is the norm here, and the executing authority reads it
box by box.

An EIO is sent as a covering letter (the letter layout, one page) followed by the Annex A form. The form is in
the executing State's language where a wording file exists for it, else in the officer's language with the
note that a translation is required (Art. 5(2)). Section K takes the issuing authority's type; when it is not a
judicial authority, section L is for the validating judicial authority (Art. 2(c)(ii)), with room for its
signature and stamp.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer

from liaison import resources
from liaison.documents.blocks import (
    INK,
    MUTED,
    NAVY,
    RULE,
    Blocks,
    Columns,
    _item_text,
    _label,
)
from liaison.documents.labels import load_labels
from liaison.documents.letter import Letter, language_name
from liaison.documents.model import DocumentView, FieldView
from liaison.documents.typography import long_date
from liaison.pdf import TextBlock, TextStyle, draw_line

__all__ = ["FORM_LANGUAGES", "form_labels", "form_story"]

S_FORM_TITLE = TextStyle(font_size=13, bold=True, colour=INK, alignment="center", space_after=6)
S_SECTION = TextStyle(font_size=9.5, bold=True, colour="#FFFFFF", leading=12)
S_TEXT = TextStyle(font_size=8.5, colour=INK, leading=11, space_before=3, space_after=2)
S_NOTE = TextStyle(font_size=7.5, colour=MUTED, leading=9.5, space_before=2, space_after=2)
S_FIELD_LABEL = TextStyle(font_size=8, colour=MUTED, leading=10, space_before=4)
S_FIELD_VALUE = TextStyle(font_size=9.5, colour=INK, leading=12.5)
S_SUBTITLE = TextStyle(font_size=9, bold=True, colour=NAVY, leading=11.5, space_before=8, space_after=2)
BOX = 8.0  # the side of a tick box, in points
INDENT = 14.0


@cache
def _wording(lang: str) -> dict[str, Any] | None:
    try:
        return resources.load_json("templates", "forms", f"eio.{lang}.json")
    except FileNotFoundError:
        return None


def _official_languages() -> dict[str, list[str]]:
    """The official languages of each State the EIO binds (a data file naming its source)."""
    try:
        return resources.load_json("templates", "forms", "official_languages.json")["languages"]
    except FileNotFoundError:
        return {}


def FORM_LANGUAGES() -> list[str]:  # noqa: N802 - a constant computed from the files present
    folder = resources.path("templates", "forms")
    return sorted(p.name.split(".")[1] for p in folder.glob("eio.*.json"))


def form_labels(annex: str, lang: str = "en") -> list[str]:
    """Every section title, text and label of an annex ("annex_a", "annex_b") in its order: what the form
    prints, for checking a rendered form against the official wording."""
    data = _wording(lang) or {}
    out: list[str] = []
    for section in data.get(annex, []):
        out.append(section["title"])
        for item in section["items"]:
            kind = item["type"]
            if kind in ("text", "subtitle"):
                out.append(item["text"])
            elif kind in ("field", "box"):
                if item["label"]:
                    out.append(item["label"])
                if item.get("note"):
                    out.append(item["note"])
            elif kind == "signature":
                labels = data["signature_labels"]
                out += [x for x in (item.get("title"), item.get("signature_label")) if x]
                out += [labels[k] for k in item.get("fields", ("name", "post", "date"))] + [labels["stamp"]]
            elif kind == "persons":  # the Official Journal's order: (i) natural, (ii) legal, then the position
                out.append(item["natural_title"])
                out += [label for label, _key in item["natural"]]
                out.append(item["legal_title"])
                out += [label for label, _key in item["legal"]]
                out.append(item["position_title"])
                out += [label for label, _key in item["positions"]]
    return out


class TickBox(Flowable):
    """A square, ticked with an X when ``ticked``, and its label beside it."""

    def __init__(self, label: str, ticked: bool, level: int = 0, direction: str | None = None) -> None:
        super().__init__()
        self.ticked = ticked
        self.level = level
        self.rtl = direction == "rtl"
        self.text = TextBlock(label, TextStyle(font_size=8.5, colour=INK, leading=11), direction=direction)
        self.spaceBefore = 2.5

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab API)
        self.width = availWidth
        self._tw, th = self.text.wrap(availWidth - self.level * INDENT - BOX - 6, availHeight)
        self.height = max(th, BOX + 2)
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        x = self.width - self.level * INDENT - BOX if self.rtl else self.level * INDENT
        y = self.height - BOX - 1.5
        canv.saveState()
        canv.setStrokeColor(colors.black)
        canv.setLineWidth(0.8)
        canv.rect(x, y, BOX, BOX, stroke=1, fill=0)
        canv.restoreState()
        if self.ticked:
            draw_line(canv, x + BOX / 2, y + 1.4, "X", TextStyle(font_size=BOX, bold=True, colour=INK),
                      align="center")
        tx = 0.0 if self.rtl else self.level * INDENT + BOX + 6
        self.text.drawOn(canv, tx, self.height - self.text.height)


class _ValueBox(Flowable):
    """A value written on the form: text on a light ground, or an empty line to fill in by hand."""

    def __init__(self, text: str, direction: str | None, wide: bool) -> None:
        super().__init__()
        self.block = TextBlock(text, S_FIELD_VALUE, direction=direction) if text else None
        self.min_height = 30.0 if wide and not text else 14.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab API)
        self.width = availWidth
        h = self.block.wrap(availWidth - 8, availHeight)[1] if self.block else 0.0
        self.height = max(h + 4, self.min_height)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803 (reportlab API)
        if self.block is None or self.height <= availHeight:
            return [self]
        parts = self.block.split(availWidth - 8, availHeight - 4)
        if len(parts) < 2:
            return []
        out = []
        for part in parts:
            box = _ValueBox("", None, False)
            box.block = part
            out.append(box)
        return out

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        if self.block is not None:
            canv.setFillColor(colors.HexColor("#F6F7F9"))
            canv.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(0, 0, self.width, 0)
        canv.restoreState()
        if self.block is not None:
            self.block.drawOn(canv, 4, self.height - 2 - self.block.height)


class _SectionBand(Flowable):
    """A section's title on a dark band, the way the Official Journal sets the form's section heads."""

    def __init__(self, text: str, direction: str | None) -> None:
        super().__init__()
        self.block = TextBlock(text, S_SECTION, direction=direction)
        self.spaceBefore = 10
        self.spaceAfter = 3

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab API)
        self.width = availWidth
        self.height = self.block.wrap(availWidth - 10, availHeight)[1] + 6
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setFillColor(colors.HexColor(NAVY))
        canv.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        canv.restoreState()
        self.block.drawOn(canv, 5, 3)


class _Form(Blocks):
    """One annex, filled from the view."""

    def __init__(self, view: DocumentView, annex: str, lang: str) -> None:
        super().__init__(view)
        self.annex = annex
        self.form_lang = lang
        self.data = _wording(lang) or _wording("en") or {}
        self.facts = view.facts or {}
        self.fields: dict[str, FieldView] = {f.key: f for s in view.sections for f in s.fields}
        self.direction = "rtl" if self.rtl and lang == self.lang else None
        if lang not in view.labels:  # dates and the signature date written in the form's language
            view.labels[lang] = load_labels().get(lang, {})

    # -- values -------------------------------------------------------------------------------------------------

    def field(self, key: str) -> str:
        f = self.fields.get(key)
        if f is None or f.value in (None, "", []):
            return ""
        # the officer's words in the form's language where given, else as written; dates in the form's language
        lang = self.form_lang if self.form_lang in self.langs or f.kind == "date" else self.lang
        return self.value_text(f, lang)

    def measures(self) -> set[str]:
        return set(self.facts.get("measures") or [])

    def roles(self) -> set[str]:
        return {p.get("role", "") for p in self.facts.get("persons") or []}

    def judicial(self) -> str:
        return self.field("issuing_judicial_authority")

    def value(self, spec: str) -> str:
        if spec in ("none", ""):
            return ""
        kind, _, rest = spec.partition(":")
        if kind == "field":
            return "\n".join(x for x in (self.field(k) for k in rest.split("+")) if x)
        if kind == "fieldlabelled":
            f = self.fields.get(rest)
            text = self.field(rest)
            return f"{f.label.get(self.form_lang) or f.label.get('en', '')}: {text}" if f and text else ""
        if kind == "when":
            measures, _, inner = rest.partition(":")
            return self.value(inner) if self.measures() & set(measures.split("|")) else ""
        if kind == "when_other":
            return self.value(rest) if self.facts.get("authority_type") == "other" else ""
        if kind == "when_given":
            key, _, inner = rest.partition(":")
            return self.value(inner) if self.field(key) else ""
        if kind == "document":
            return long_date(self.view.date, self.form_lang, lambda k: _label(self.view, k, self.form_lang))
        if kind == "k":
            return self.issuing(rest)
        if kind == "b":
            return self.receiving(rest)
        return ""

    def issuing(self, key: str) -> str:
        """Section K: the issuing authority; a judicial authority named by the officer issues it, the officer
        being the contact person."""
        s = self.view.sender or {}
        judicial = self.judicial()
        officer = {"authority": s.get("authority", ""), "representative": s.get("name", ""),
                   "post": s.get("rank", ""), "reference": self.view.own_reference, "address": s.get("address", ""),
                   "phone": s.get("phone", ""), "email": s.get("email", "")}
        if not judicial:
            return officer.get(key, "")
        contact = {
            "contact_name": " / ".join(x for x in (s.get("name", ""), s.get("rank", ""), s.get("unit", ""),
                                                   s.get("authority", "")) if x),
            "contact_address": s.get("address", ""),
            "contact_phone": " / ".join(x for x in (s.get("email", ""), s.get("phone", "")) if x),
            "authority": judicial, "reference": self.view.own_reference,
        }
        return contact.get(key, "")

    def receiving(self, key: str) -> str:
        """Annex B: the EIO received (issued by the authority the confirmation goes to) and the authority that
        received it (the officer's)."""
        s = self.view.sender or {}
        a = self.view.addressee or {}
        values = {"issuing_authority": a.get("authority", "") or a.get("name", ""),
                  "their_reference": self.view.counterpart_reference, "authority": s.get("authority", ""),
                  "representative": s.get("name", ""), "post": s.get("rank", ""), "address": s.get("address", ""),
                  "phone": s.get("phone", ""), "email": s.get("email", ""), "reference": self.view.own_reference}
        return values.get(key, "")

    def ticked(self, rule: str) -> bool:
        kind, _, rest = rule.partition(":")
        if kind == "never":
            return False
        if kind == "choice":
            key, _, option = rest.partition("=")
            return str(self.facts.get(key) or "") == option
        if kind == "measure":
            return bool(self.measures() & set(rest.split("|")))
        if kind in ("hearing", "vc"):
            measure = "hearing" if kind == "hearing" else "hearing-videoconference"
            wanted = {"suspect": {"suspect", "convicted"}}.get(rest, {rest})
            return measure in self.measures() and bool(self.roles() & wanted)
        if kind == "offence":
            return self.facts.get("offence_category") == rest and self.facts.get("three_years") == "yes"
        if kind == "given":
            return bool(self.field(rest))
        if kind == "when":
            measures, _, inner = rest.partition(":")
            return bool(self.measures() & set(measures.split("|"))) and self.ticked(inner)
        if kind == "when_other":
            return self.facts.get("authority_type") == "other" and self.ticked(rest)
        return False

    # -- drawing ------------------------------------------------------------------------------------------------

    def text(self, text: str, style: TextStyle) -> TextBlock:
        return TextBlock(text, style, direction=self.direction)

    def field_item(self, label: str, value: str, wide: bool, level: int = 0, note: str = "",
                   together: bool = True) -> list[Flowable]:
        parts: list[Flowable] = []
        if label:
            parts.append(self.text(label, S_FIELD_LABEL))
        if note:
            parts.append(self.text(note, S_NOTE))
        for p in parts:
            p.keepWithNext = True  # a label never ends a page without its value
        parts.append(_ValueBox(value, self.direction, wide))
        if level:
            return [Columns([[Spacer(1, 1)], parts], widths=[INDENT, 400 - INDENT], gap=0)]
        return [KeepTogether(parts)] if together and len(parts) > 1 and len(value) < 600 else parts

    def persons(self, item: dict[str, Any]) -> list[Flowable]:
        """Section E as the Official Journal sets it, once for each person concerned ("if more than one person
        is concerned, please provide the information for each person"): (i) the natural person's boxes, (ii) the
        legal person's boxes, filled for the kind the person is of, then the position held in the proceedings.
        With nobody named, the block is printed once, empty."""
        out: list[Flowable] = []
        people = (self.fields.get("persons").value or []) if self.fields.get("persons") else []
        facts = {p["reference"]: p for p in self.facts.get("persons") or []}
        kind_of = {id(p): "legal" if facts.get(p.get("reference", ""), {}).get("kind") == "legal" else "natural"
                   for p in people}
        order = sorted(people, key=lambda p: kind_of[id(p)] == "legal") or [{}]
        for n, person in enumerate(order, start=1):
            kind = kind_of.get(id(person), "")
            if len(order) > 1:
                out.append(self.text(f"{n}.", S_SUBTITLE))
            for block in ("natural", "legal"):
                out.append(self.text(item[f"{block}_title"], S_SUBTITLE))
                for label, key in item[block]:
                    out += self.field_item(label, self.person_value(person, key) if kind == block else "", False)
            out.append(self.text(item["position_title"], S_FIELD_LABEL))
            role = facts.get(person.get("reference", ""), {}).get("role", "")
            for label, roles in item["positions"]:
                out.append(TickBox(label, bool(role) and role in roles.split("|"), 0, self.direction))
        return out

    def person_value(self, person: dict[str, Any], key: str) -> str:
        if key == "none" or not person:
            return ""
        if key == "name":
            name = person.get("name", "")
            second = person.get("transliteration", "")
            return f"{name} ({second})" if second and second != name else name
        value = person.get(key)
        if isinstance(value, list):
            return "\n".join(str(v) for v in value if v)
        if key == "date_of_birth" and value:
            return long_date(value, self.form_lang, lambda k: _label(self.view, k, self.form_lang))
        return _item_text(value) if isinstance(value, dict) else str(value or "")

    def signature(self, item: dict[str, Any]) -> list[Flowable]:
        """The signature block with the lines the form gives it ("fields": Annex A has name, post and date,
        Annex B the date only), room to sign, and room for the official stamp."""
        labels = self.data["signature_labels"]
        parts: list[Flowable] = []
        if item.get("title"):
            parts.append(self.text(item["title"], S_TEXT))
        if item.get("signature_label"):
            parts.append(self.text(item["signature_label"], S_FIELD_LABEL))
        parts.append(Spacer(1, 34))  # room to sign
        for key in item.get("fields", ("name", "post", "date")):
            parts += self.field_item(labels[key], self.value(item.get(key, "")), False, together=False)
        parts.append(self.text(labels["stamp"], S_FIELD_LABEL))
        parts.append(Spacer(1, 62))  # room for the official stamp
        for p in parts[:-1]:
            p.keepWithNext = True  # the block is never split: signature, name, date and stamp on one page
        return parts

    def story(self) -> list[Flowable]:
        out: list[Flowable] = []
        sections = self.data.get(self.annex, [])
        annex_name = (self.data.get("annex_labels") or {}).get(self.annex, "")
        out.append(self.text(annex_name, TextStyle(font_size=9, bold=True, colour=MUTED, alignment="center")))
        for section in sections:
            if section["section"] == "intro":
                out.append(self.text(section["title"], S_FORM_TITLE))
            else:
                out.append(CondPageBreak(90))
                band = _SectionBand(section["title"], self.direction)
                band.keepWithNext = True
                out.append(band)
            boxes_inline: list[Flowable] = []
            for item in section["items"]:
                kind = item["type"]
                if kind == "box" and item.get("inline"):
                    boxes_inline.append(TickBox(item["label"], self.ticked(item["tick"]), 0, self.direction))
                    continue
                if boxes_inline:
                    out.append(Columns([[b] for b in boxes_inline], gap=10))
                    boxes_inline = []
                if kind == "text":
                    out.append(self.text(item["text"], S_NOTE if item.get("small") else S_TEXT))
                elif kind == "subtitle":
                    sub = self.text(item["text"], S_SUBTITLE)
                    sub.keepWithNext = True
                    out.append(sub)
                elif kind == "box":
                    out.append(TickBox(item["label"], self.ticked(item["tick"]), item.get("level", 0),
                                       self.direction))
                elif kind == "field":
                    out += self.field_item(item["label"], self.value(item["value"]), bool(item.get("wide")),
                                           item.get("level", 0), item.get("note", ""))
                elif kind == "persons":
                    out += self.persons(item)
                elif kind == "signature":
                    for flowable in out[-3:]:  # the last lines of the section go over with the signature block
                        flowable.keepWithNext = True
                    out += self.signature(item)
            if boxes_inline:
                out.append(Columns([[b] for b in boxes_inline], gap=10))
        return out


def _form_language(view: DocumentView) -> tuple[str, str | None]:
    """The form's language and, when it is not one the executing State reads, that State's language (a
    translation is then required: Art. 5(2))."""
    langs = [x for x in (view.languages or ["en"]) if x]
    official = _official_languages().get(str(view.facts.get("executing_state") or ""), [])
    receiving = list(view.facts.get("receiving_languages") or []) or official or langs[1:]
    for lang in [*receiving[:1], *langs]:
        if _wording(lang):
            form = lang
            break
    else:
        form = "en"
    needed = next((x for x in receiving if x != form), None) if receiving and form not in receiving else None
    return form, needed


class _CoveringLetter(Letter):
    """The letter that goes with the Annex A form: the request in two sentences, the enclosures (the form
    first), the signature. The form holds the rest."""

    def __init__(self, view: DocumentView, version: int | None, needed: str | None, form_lang: str) -> None:
        super().__init__(view, version)
        self.needed = needed
        self.form_lang = form_lang

    def body(self) -> list[Flowable]:
        out: list[Flowable] = []
        if self.needed:
            out += self.per_language(lambda lang: _label(self.view, "translation_required", lang)
                                     + f" ({language_name(self.needed, lang)})", TextStyle(
                                         font_size=10, bold=True, colour="#8A4B00", leading=14, space_after=6))
        return out

    def enclosures(self) -> list[Flowable]:
        v = self.view
        out = self.per_language(self.labels("annexes"), TextStyle(font_size=9.5, bold=True, colour=INK,
                                                                  space_before=16, space_after=2))
        out += self.per_language(lambda lang: "1. " + _label(v, "covering_annex_a", lang),
                                 TextStyle(font_size=9, colour=INK, leading=12, space_before=3))
        for i, annex in enumerate(v.annexes, start=2):
            head = f"{i}. {annex.name} ({annex.size:,} bytes)".replace(",", "\u202f")
            if annex.description:
                head += f" - {annex.description}"
            out.append(self.block(head, TextStyle(font_size=9, colour=INK, leading=12, space_before=3)))
            out.append(self.block(f"SHA-256: {annex.sha256}", TextStyle(font_size=8, colour=MUTED, leading=10)))
        return out


def form_story(view: DocumentView, version: int | None) -> tuple[list[Flowable], str]:
    """The flowables of an official form (with its covering letter for Annex A), and the language of the page
    furniture."""
    form_lang, needed = _form_language(view)
    if view.layout == "eio-annex-b":
        form = _Form(view, "annex_b", form_lang)
        head = _FormHead(view, version, form_lang)
        return [*head.story(), *form.story()], form.lang
    letter = _CoveringLetter(view, version, needed, form_lang)
    form = _Form(view, "annex_a", form_lang)
    return [*letter.story(), PageBreak(), *form.story()], letter.lang


class _FormHead(Blocks):
    """Above a form sent on its own: the sending authority and both references, on one line each."""

    def __init__(self, view: DocumentView, version: int | None, form_lang: str) -> None:
        super().__init__(view)
        self.version = version
        self.form_lang = form_lang

    def story(self) -> list[Flowable]:
        letter = Letter(self.view, self.version)
        out = [*letter.letterhead()]
        refs = "  \u00b7  ".join(f"{_label(self.view, key, self.lang)}{self.colon(self.lang)}{value}" for key, value in (
            ("our_reference", self.view.own_reference), ("your_reference", self.view.counterpart_reference))
            if value)
        if refs:
            out.append(self.block(refs, TextStyle(font_size=9, colour=INK, leading=12, space_after=4)))
        out += self.per_language(
            lambda lang: (f"{_label(self.view, 'legal_basis', lang)}{self.colon(lang)}"
                          f"{self.view.legal_basis.get(lang) or self.view.legal_basis.get('en', '')}"
                          if self.view.legal_basis else ""), TextStyle(font_size=9, colour=MUTED, leading=12,
                                                                       space_after=8))
        out += letter.conditions()
        return out

