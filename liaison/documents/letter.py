"""The letter layout: how a ministry's letter reads, built from a :class:`DocumentView`.

Page 1: the letterhead (the officer's logo and the sending authority), the addressee once, place and date in the
document's language with both sides' references, the "Conditions of use" box (the TLP definition, the Europol
code's text, H3 restrictions, the provider's conditions of use, the 4x4 evaluation of information provided),
the subject and the legal basis, then the salutation, the body in sentences and paragraphs assembled from the
answers, the closing formula and the signature block with room for signature and seal, and the enclosures.

What the letter never prints: a value the letterhead, the addressee block, the references or the signature
already carry (those template fields fill them instead); an empty optional field; a section with nothing left
in it; drafting guidance (section introductions, help texts). A draft shows "[missing]" where a required
answer is missing. The closing and signature are kept with the last paragraph (a signature never stands alone
on a page); a heading is kept with what follows it.

A bilingual letter has the two languages side by side, each column with the officer's own wording where a
translation was given; a long value given in one language only is printed once, across both columns. A
right-to-left letter (Arabic) is mirrored: columns, alignment and numbering start from the right.
"""

from __future__ import annotations

import gettext
import re
from functools import cache
from typing import Any

import pycountry
from reportlab.lib import colors
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, Spacer

from liaison.documents.blocks import (
    INK,
    MUTED,
    NAVY,
    PANEL,
    RULE,
    S_ADDRESS,
    S_BASIS,
    S_BODY,
    S_HEADING,
    S_MISSING,
    S_SENDER,
    S_SENDER_HEAD,
    S_SMALL,
    S_SUBHEADING,
    S_SUBJECT,
    Blocks,
    Chip,
    Columns,
    _item_text,
    _label,
    _Logo,
    _logo_reader,
    _pick,
    handling_parts,
)
from liaison.documents.model import DocumentView, FieldView, SectionView
from liaison.documents.typography import place_date
from liaison.pdf import TextStyle

__all__ = ["FURNITURE_SOURCES", "SHORT_LETTERS", "Letter", "conditions_rows", "language_name"]

# Template fields whose value the letter's furniture prints (letterhead, addressee, references, place and date,
# legal-basis line, signature): never again in the body.
FURNITURE_SOURCES = frozenset({
    "case.reference", "case.counterpart_reference", "case.requesting_state", "case.requested_state",
    "case.legal_basis", "case.urgency", "document.date",
    *(f"sender.{k}" for k in ("name", "rank", "unit", "authority", "address", "phone", "email", "signature_block",
                              "place")),
    *(f"addressee.{k}" for k in ("name", "authority", "address", "email", "country")),
})
# Fields printed in the "Conditions of use" box, and the issuing judicial authority printed in the signature.
CONDITION_KEYS = ("conditions_of_use", "evaluation")
SIGNATURE_KEYS = ("issuing_judicial_authority",)
# Templates that are short letters: paragraphs without headings.
SHORT_LETTERS = frozenset({"acknowledgement", "status-inquiry", "cover-letter"})
_SELF_NUMBERED = re.compile(r"^\s*(\(?[A-Za-z0-9]{1,3}[).]\s|\S+\s[A-Z]\s*[-\u2013\u2014:.])")
_CODE_PREFIX = re.compile(r"^\s*(TLP:[A-Z+]+|H[0-3])\s*[-:\u2013\u2014]?\s*")
_SHORT_VALUE = 90  # characters: a value this short may sit after its label on one line


@cache
def _language_translation(lang: str) -> gettext.NullTranslations:
    try:
        return gettext.translation("iso639-3", pycountry.LOCALES_DIR, languages=[lang])
    except OSError:
        return gettext.NullTranslations()


def language_name(code: str, lang: str) -> str:
    """A language's name in ``lang`` (pycountry's ISO 639 translations): "English", "anglais", "Englisch"."""
    found = pycountry.languages.get(alpha_2=code)
    if found is None:
        return code
    name = _language_translation(lang).gettext(found.name)
    # in running text these languages write a language's name with a small letter ("le texte en anglais")
    return name[:1].lower() + name[1:] if lang in ("fr", "es", "it", "pt", "pl") else name


def conditions_rows(view: DocumentView, lang: str) -> list[tuple[str, str, str]]:
    """The rows of the "Conditions of use" box in ``lang``: ``(kind, code, text)`` with kind "tlp", "code" or
    "label". From the handling code and its texts, the provider's conditions of use and the 4x4 evaluation."""
    from liaison.handling import _codes

    tlp, code, _colour = handling_parts(view.handling)
    labels = view.labels.get(lang, {}) | {}
    english = view.labels.get("en", {})
    rows: list[tuple[str, str, str]] = []
    texts = view.facts.get("handling_texts", {}).get(lang) or {}
    codes = _codes()
    if tlp:
        text = texts.get("tlp") or next((t["meaning"] for t in codes["tlp"] if t["code"] == tlp), "")
        rows.append(("tlp", tlp, _CODE_PREFIX.sub("", text)))
    if code:
        text = texts.get("code") or next((h["meaning"] for h in codes["europol"] if h["code"] == code), "")
        rows.append(("code", code, _CODE_PREFIX.sub("", text)))
    if (tlp or code) and not texts:
        # a view without the texts per code: the handling text as the content model gave it
        whole = _pick(view.handling_text, lang)
        if whole:
            rows = [(k, c, t) for k, c, t in rows if k == "tlp"][:1]
            rows = [(rows[0][0], rows[0][1], _CODE_PREFIX.sub("", whole))] if rows else [("code", code or "", whole)]
            if code and tlp:
                rows.append(("code", code, ""))
    for f in (f for s in view.sections for f in s.fields if f.key in CONDITION_KEYS and f.value):
        value = f.translations.get(lang, f.value) if f.translations else f.value
        if f.key == "evaluation":
            rows.append(("label", str(value), _evaluation_text(str(value), labels, english)))
        else:
            rows.append(("label", _pick(f.label, lang), str(value)))
    return [r for r in rows if r[1] or r[2]]


def _evaluation_text(code: str, labels: dict[str, str], english: dict[str, str]) -> str:
    """"B2" in words: the source's reliability and the information's accuracy (the 4x4 system)."""
    from liaison.handling import _codes

    codes = _codes()
    code = code.strip().upper()
    if len(code) != 2:
        return ""
    source, accuracy = code[0], code[1]
    parts = []
    for key, fallback in ((f"layout.eval_source_{source.lower()}", codes["source_reliability"].get(source, "")),
                          (f"layout.eval_info_{accuracy}", codes["information_accuracy"].get(accuracy, ""))):
        text = labels.get(key) or english.get(key) or fallback
        if text:
            parts.append(text)
    return "; ".join(parts)


class Letter(Blocks):
    """The flowables of a letter."""

    def __init__(self, view: DocumentView, version: int | None = None) -> None:
        super().__init__(view)
        self.version = version
        self.short = view.template_id in SHORT_LETTERS

    # -- page 1 furniture ---------------------------------------------------------------------------------------

    def sender_lines(self) -> list[str]:
        s = self.view.sender or {}
        return [x for x in (s.get("authority", ""), s.get("unit", ""), *str(s.get("address", "")).splitlines(),
                            s.get("phone", ""), s.get("email", "")) if x and x.strip()]

    def letterhead(self) -> list[Flowable]:
        """The sending authority: logo, authority and unit, address, telephone and e-mail."""
        s = self.view.sender or {}
        logo = _logo_reader(s.get("logo_path"))
        head = "\n".join(x for x in (s.get("authority", ""), s.get("unit", "")) if x)
        lines = [*str(s.get("address", "")).splitlines()]
        contact = "  \u00b7  ".join(x for x in (s.get("phone", ""), s.get("email", "")) if x)
        body = "\n".join(x for x in [*lines, contact] if x)
        align = "end" if logo is not None else "start"
        block: list[Flowable] = []
        if head:
            block.append(self.block(head, TextStyle(**{**_style_args(S_SENDER_HEAD), "alignment": align})))
        if body:
            block.append(self.block(body, TextStyle(**{**_style_args(S_SENDER), "alignment": align})))
        out: list[Flowable] = []
        if logo is not None:
            out.append(self.row([[_Logo(logo)], block], widths=[0.35, 0.65]))
        elif block:
            out += block
        if out:
            out.append(HRFlowable(width="100%", thickness=1.1, color=colors.HexColor(NAVY), spaceBefore=5,
                                  spaceAfter=12))
        return out

    def addressee_lines(self) -> list[str]:
        a = self.view.addressee or {}
        lines = [a.get("name", ""), a.get("authority", ""), *str(a.get("address", "")).splitlines(),
                 a.get("country", "")]
        seen: list[str] = []
        for x in (str(x).strip() for x in lines):
            if x and x.casefold() not in (y.casefold() for y in seen):
                seen.append(x)
        return seen

    def address_block(self) -> list[Flowable]:
        """The addressee (start side); place and date and both references (end side)."""
        v = self.view
        left: list[Flowable] = []
        lines = self.addressee_lines()
        if lines:
            left.append(self.block("\n".join(lines), S_ADDRESS))
        right: list[Flowable] = []
        place = (v.sender or {}).get("place", "")
        for lang in self.langs:
            line = place_date(place, v.date, lang, lambda key, lg=lang: _label(v, key, lg))
            if line:
                right.append(self.block(line, TextStyle(font_size=10, colour=INK, leading=13.5), lang))
        refs = [("our_reference", v.own_reference), ("your_reference", v.counterpart_reference)]
        if self.version and self.version > 1:  # a first issue says nothing; a re-issue says which one it is
            refs.append(("version", str(self.version)))
        for key, value in refs:
            if not value:
                continue
            label = " / ".join(dict.fromkeys(_label(v, key, lang) for lang in self.langs))
            right.append(self.block(label, TextStyle(font_size=7.5, colour=MUTED, leading=9.5, space_before=5)))
            right.append(self.block(str(value), TextStyle(font_size=9.5, bold=True, colour=INK, leading=12)))
        if not (left or right):
            return []
        row = self.row([left, right], widths=[0.56, 0.44], gap=18)
        row.spaceAfter = 14
        return [row]

    def conditions(self) -> list[Flowable]:
        """The "Conditions of use" box: each handling condition in full, in each language of the letter."""
        per_lang = {lang: conditions_rows(self.view, lang) for lang in self.langs}
        if not any(per_lang.values()):
            return []
        title = " / ".join(dict.fromkeys(_label(self.view, "conditions", lang) for lang in self.langs))
        inner: list[Flowable] = [self.block(title, TextStyle(font_size=8.5, bold=True, colour=NAVY, leading=11,
                                                             space_after=3))]
        first = per_lang[self.lang]
        colours = {"TLP:" + t: c for t, c in _tlp_colours().items()}
        for i, (kind, code, _text) in enumerate(first):
            if kind == "tlp":
                chip: Flowable = Chip(code, colours.get(code, "#FFFFFF"), size=8.5)
            elif kind == "code":
                chip = Chip(code, "#FFFFFF", size=8.5)
            else:
                chip = self.block(code, TextStyle(font_size=8.5, bold=True, colour=INK, leading=11))
            texts = {lang: (rows[i][2] if i < len(rows) else "") for lang, rows in per_lang.items()}
            body = self.per_language(texts, TextStyle(font_size=8.5, colour=INK, leading=11))
            if not body:
                body = [Spacer(1, 1)]
            cell = self.row([[chip], body], widths=[0.2, 0.8], gap=8)
            cell.spaceAfter = 3
            inner.append(cell)
        box = Columns([inner], padding=7, background=PANEL, border=RULE)
        box.spaceAfter = 12
        return [box]

    def heading(self) -> list[Flowable]:
        v = self.view
        out: list[Flowable] = []
        if v.urgent:
            out.append(self.block(" / ".join(dict.fromkeys(_label(v, "urgent", lang) for lang in self.langs)),
                                  TextStyle(font_size=11, bold=True, colour="#B00020", space_after=2)))
        out += self.per_language(lambda lang: f"{_label(v, 'subject', lang)}{self.colon(lang)}{_pick(v.title, lang)}",
                                 S_SUBJECT)
        out += self.per_language(
            lambda lang: (f"{_label(v, 'legal_basis', lang)}{self.colon(lang)}{_pick(v.legal_basis, lang)}"
                          if _pick(v.legal_basis, lang) else ""), S_BASIS)
        if len(self.langs) == 2:
            authentic = v.authentic or self.langs[0]
            other = next(lg for lg in self.langs if lg != authentic)

            def note(lang: str) -> str:
                try:
                    return _label(v, "authentic", lang).format(authentic=language_name(authentic, lang),
                                                               other=language_name(other, lang))
                except (KeyError, IndexError, ValueError):
                    return ""

            out += self.per_language(note, S_BASIS)
        for f in out:
            f.keepWithNext = True
        if out:
            out[-1].spaceAfter = max(getattr(out[-1], "spaceAfter", 0), 12)
        return out

    # -- body ---------------------------------------------------------------------------------------------------

    def printed(self, f: FieldView) -> bool:
        if f.source in FURNITURE_SOURCES or f.key in CONDITION_KEYS or f.key in SIGNATURE_KEYS:
            return False
        return f.value not in (None, "", []) or (self.view.draft and f.required)

    def sections(self) -> list[tuple[SectionView, list[FieldView]]]:
        return [(s, [f for f in s.fields if self.printed(f)]) for s in self.view.sections if s.key != "intro"]

    def opening(self) -> list[Flowable]:
        v = self.view
        out = self.per_language(self.labels("salutation"), TextStyle(**{**_style_args(S_BODY), "space_after": 8}))
        intro = next((s for s in v.sections if s.key == "intro"), None)
        if intro is not None:
            out += self.per_language(intro.intro, S_BODY)
        return out

    def paragraph(self, f: FieldView, *, labelled: bool) -> list[Flowable]:
        """One field as letter text: a sentence, a list, or a paragraph (with its label as a run-in heading
        when its section holds several)."""
        v = self.view
        if f.value in (None, "", []):
            label = self.per_language(f.label, S_SUBHEADING)
            return [*label, self.block(_label(v, "missing", self.lang), S_MISSING)]
        texts = {lang: self.value_text(f, lang) for lang in self.langs}
        if f.sentence:
            return self.per_language({lang: _sentence(f.sentence, lang, texts[lang]) for lang in self.langs}, S_BODY)
        if f.kind in ("persons", "list", "measures"):
            head = self.per_language(f.label, S_SUBHEADING) if labelled else []
            for h in head:
                h.keepWithNext = True
            items = self.items(f)
            return [*head, *items]
        one_value = len({texts[lang] for lang in self.langs}) == 1
        short = all(len(t) <= _SHORT_VALUE and "\n" not in t for t in texts.values())
        inline = short and (len(self.langs) == 1 or bool(f.translations) or len(texts[self.lang]) <= 40)
        if labelled and f.kind not in ("statement",) and inline:
            return self.per_language({lang: f"{_pick(f.label, lang)}{self.colon(lang)}{texts[lang]}"
                                      for lang in self.langs}, S_BODY)
        head = self.per_language(f.label, S_SUBHEADING) if labelled and f.kind != "statement" else []
        for h in head:
            h.keepWithNext = True
        if one_value or len(self.langs) == 1:
            return [*head, self.block(texts[self.lang], S_BODY, self._value_lang(texts[self.lang]))]
        return [*head, *self.per_language(texts, S_BODY)]

    def _value_lang(self, text: str) -> str:
        return self.lang

    def items(self, f: FieldView) -> list[Flowable]:
        """A list value, one entry a paragraph: numbered persons, bulleted measures and documents."""
        out: list[Flowable] = []
        per_lang = {lang: self.value_text(f, lang) for lang in self.langs}
        if f.kind == "persons":
            people = [p for p in (f.value or []) if p]
            for i, person in enumerate(people, start=1):
                texts = {lang: f"{i}. " + _item_text(person, lambda key, lg=lang: _label(self.view, key, lg))
                         for lang in self.langs}
                out += self.per_language(texts, TextStyle(font_size=10, colour=INK, leading=13.5, space_after=4))
            return out
        lines = {lang: [x for x in per_lang[lang].split("\n") if x.strip()] for lang in self.langs}
        for i in range(max(len(x) for x in lines.values())):
            texts = {lang: f"\u2022 {lines[lang][i]}" if i < len(lines[lang]) else "" for lang in self.langs}
            out += self.per_language(texts, TextStyle(font_size=10, colour=INK, leading=13.5, space_after=2))
        if out:
            out[-1].spaceAfter = 6
        return out

    def body(self) -> list[Flowable]:
        out: list[Flowable] = []
        sections = [(s, fs) for s, fs in self.sections() if fs]
        headings = [_pick(s.heading, self.lang) for s, _ in sections]
        numbered = not self.short and not any(_SELF_NUMBERED.match(h) for h in headings if h)
        number = 0
        for section, fields in sections:
            headed = not self.short and any(_pick(section.heading, lang) for lang in self.langs)
            if headed:
                number += 1
                heading = self.per_language(
                    lambda lang, s=section, n=number: ((f"{n}. " if numbered else "") + _pick(s.heading, lang)),
                    S_HEADING)
                for h in heading:
                    h.keepWithNext = True
                out += heading
            labelled = len(fields) > 1 or not headed
            run: list[FieldView] = []
            for f in fields:
                if f.sentence and f.value not in (None, "", []):
                    run.append(f)
                    continue
                out += self._sentences(run)
                run = []
                out += self.paragraph(f, labelled=labelled or f.kind in ("text", "date", "country", "choice"))
            out += self._sentences(run)
        return out

    def _sentences(self, run: list[FieldView]) -> list[Flowable]:
        """Consecutive fields that read as sentences, as one paragraph."""
        if not run:
            return []
        texts = {lang: " ".join(_sentence(f.sentence, lang, self.value_text(f, lang)) for f in run)
                 for lang in self.langs}
        return self.per_language(texts, S_BODY)

    # -- the end ------------------------------------------------------------------------------------------------

    def signature(self) -> list[Flowable]:
        """The officer's name and rank under room for signature and seal; with an issuing judicial authority,
        its block (room for its signature and seal) beside the officer's as drafter and contact point."""
        v = self.view
        s = v.sender or {}
        printed = {x.casefold() for x in self.sender_lines()}
        name = s.get("name", "")
        lines = [x for x in (s.get("signature_block") or "").splitlines() if x.strip()]
        if not lines:
            lines = [x for x in (name, s.get("rank", "")) if x]
        lines = [x for x in dict.fromkeys(lines) if not _already_printed(x, printed, s)]
        officer: list[Flowable] = []
        if lines:
            officer.append(self.block(lines[0], TextStyle(font_size=10, bold=True, colour=INK, leading=13)))
            if lines[1:]:
                officer.append(self.block("\n".join(lines[1:]), TextStyle(font_size=9.5, colour=INK, leading=12.5)))
        judicial = next((f for sec in v.sections for f in sec.fields if f.key in SIGNATURE_KEYS and f.value), None)
        room = Spacer(1, 52)  # about 18 mm: a signature and, beside it, the seal
        if judicial is None:
            return [room, *officer]
        small = TextStyle(font_size=7.5, colour=MUTED, leading=9.5, space_after=2)
        issuing: list[Flowable] = [
            self.block(" / ".join(dict.fromkeys(_label(v, "issuing_authority", lg) for lg in self.langs)), small),
            self.block(str(judicial.value), TextStyle(font_size=10, bold=True, colour=INK, leading=13)),
            Spacer(1, 52),
            HRFlowable(width="80%", thickness=0.5, color=RULE, hAlign="RIGHT" if self.rtl else "LEFT"),
        ]
        drafter: list[Flowable] = [
            self.block(" / ".join(dict.fromkeys(_label(v, "drafted_by", lg) for lg in self.langs)), small),
            *officer, Spacer(1, 52),
            HRFlowable(width="80%", thickness=0.5, color=RULE, hAlign="RIGHT" if self.rtl else "LEFT"),
        ]
        return [Spacer(1, 8), self.row([issuing, drafter], widths=[0.5, 0.5], gap=24)]

    def ending(self) -> list[Flowable]:
        closing = self.per_language(self.labels("closing"), TextStyle(font_size=10, colour=INK, leading=14,
                                                                     space_before=6))
        return [*closing, *self.signature()]

    def enclosures(self) -> list[Flowable]:
        v = self.view
        if not v.annexes:
            return []
        out = self.per_language(self.labels("annexes"), TextStyle(font_size=9.5, bold=True, colour=INK,
                                                                  space_before=16, space_after=2))
        for h in out:
            h.keepWithNext = True
        for i, annex in enumerate(v.annexes, start=1):
            head = f"{i}. {annex.name} ({annex.size:,} bytes)".replace(",", "\u202f")
            if annex.description:
                head += f" - {annex.description}"
            out.append(self.block(head, TextStyle(font_size=9, colour=INK, leading=12, space_before=3)))
            out.append(self.block(f"SHA-256: {annex.sha256}", S_SMALL))
        return out

    def story(self) -> list[Flowable]:
        body = [*self.opening(), *self.body()]
        ending = self.ending()
        # the closing and the signature go with the last paragraph: never a signature alone on a page
        tail = body[-1:] if body else []
        kept = [*body[:-1], KeepTogether([*tail, *ending])] if ending else body
        return [*self.letterhead(), *self.address_block(), *self.conditions(), *self.heading(), *kept,
                *self.enclosures()]


def _already_printed(line: str, printed: set[str], sender: dict[str, str]) -> bool:
    """A line of the signature block the letterhead already carries: the same text, a part of one of its lines,
    or the telephone number or e-mail address."""
    text = line.strip().casefold()
    if not text:
        return True
    if any(text == p or (len(text) > 8 and text in p) for p in printed):
        return True
    return any(x and x.casefold() in text for x in (sender.get("phone", ""), sender.get("email", "")))


def _sentence(patterns: dict[str, str], lang: str, value: str) -> str:
    pattern = _pick(patterns, lang)
    if value.endswith(".") and "{value}." in pattern:
        value = value[:-1]  # the sentence ends it
    try:
        return pattern.format(value=value)
    except (KeyError, IndexError, ValueError):
        return value


def _tlp_colours() -> dict[str, str]:
    from liaison.handling import _codes

    return {t["code"].removeprefix("TLP:"): t["colour"] for t in _codes()["tlp"]}


def _style_args(style: TextStyle) -> dict[str, Any]:
    return {k: getattr(style, k) for k in ("font_size", "leading", "alignment", "bold", "colour", "space_before",
                                           "space_after")}

