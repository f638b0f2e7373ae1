"""Document templates: declarative YAML files, checked strictly on load.

A template (``resources/templates/<id>.yaml``, or a file in the officer's own
folder, setting ``documents.templates_dir``) names the request type, its
sections, and the fields each section needs. Each field is filled in exactly
one way: ``from: <source>`` (from the vault), ``ask: true`` (the officer's
answer, kept per case and template) or ``text: <label id>`` (a fixed statement).
Every visible word is a label id, so one template serves every language.

Anything wrong is refused with ``<file>:<line>: <problem>``: YAML syntax, Python
or custom tags, unknown keys, unknown kinds, unknown sources, unknown label ids,
duplicate field keys, and an officer's template that reuses a built-in id
without ``replaces: <id>``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from .. import resources
from ..errors import NotFound
from ..migrations.m0004_directory import AGENCY_KINDS
from .labels import TemplateError, Y, _Problems, compose_file, load_labels
from .model import FIELD_KINDS

__all__ = [
    "BUILTIN_IDS", "SOURCES", "FieldSpec", "SectionSpec", "Template", "TemplateError", "get_template",
    "load_templates", "read_template", "templates_dir", "templates_for_vault",
]

TEMPLATES_DIR_SETTING = "documents.templates_dir"
BUILTIN_IDS = (
    "mla-request", "preservation-request", "information-request", "spontaneous-information", "eio-request",
    "acknowledgement", "status-inquiry", "cover-letter",
)

# source -> the kinds a field filled from it may have.
_TEXT = ("text", "long")
SOURCES: dict[str, tuple[str, ...]] = {
    "case.reference": _TEXT,
    "case.counterpart_reference": _TEXT,
    "case.title": _TEXT,
    "case.summary": _TEXT,
    "case.offence": _TEXT,
    "case.requesting_state": ("country", *_TEXT),
    "case.requested_state": ("country", *_TEXT),
    "case.urgency": _TEXT,
    "case.urgency_reason": _TEXT,
    "case.legal_basis": _TEXT,
    "case.persons": ("persons",),
    **{f"sender.{k}": (*_TEXT,) for k in (
        "name", "rank", "unit", "authority", "address", "phone", "email", "signature_block", "place")},
    **{f"addressee.{k}": _TEXT for k in ("name", "authority", "address", "email")},
    "addressee.country": ("country", *_TEXT),
    "document.date": ("date", "text"),
    "deadline.information_request": _TEXT,
}
ASK_KINDS = ("text", "long", "date", "country", "list", "measures", "choice")
REQUIRED_VALUES = (True, False, "if-urgent")

_TOP_KEYS = ("id", "version", "title", "subject", "legal_basis", "intro", "replaces", "addressee", "layout",
             "sections")
# How a template is drawn: a letter, or one of the official forms (render.py).
LAYOUTS = ("letter", "eio-annex-a", "eio-annex-b")
_SECTION_KEYS = ("key", "heading", "intro", "fields")
_FIELD_KEYS = ("key", "label", "kind", "required", "from", "ask", "text", "choices", "help", "sentence")
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
_KEY = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_CHOICE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
DEFAULT_ADDRESSEE_KINDS = ("central-authority",)


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str  # label id
    kind: str
    required: bool | str  # True, False or "if-urgent"
    source: str  # a key of SOURCES, "answer" or "fixed"
    text: str | None = None  # label id of a fixed statement
    choices: dict[str, str] = field(default_factory=dict)  # option -> label id
    help: str | None = None  # label id
    sentence: str | None = None  # label id of the sentence a letter prints the value in ("{value}")

    @property
    def asked(self) -> bool:
        return self.source == "answer"

    def is_required(self, urgent: bool) -> bool:
        return self.required is True or (self.required == "if-urgent" and urgent)


@dataclass(frozen=True)
class SectionSpec:
    key: str
    heading: str
    fields: tuple[FieldSpec, ...]
    intro: str | None = None


@dataclass(frozen=True)
class Template:
    id: str
    version: int
    title: str
    subject: str
    legal_basis: str
    sections: tuple[SectionSpec, ...]
    intro: str | None = None
    addressee_kinds: tuple[str, ...] = DEFAULT_ADDRESSEE_KINDS
    replaces: str | None = None
    path: str = ""
    builtin: bool = True
    layout: str = "letter"

    def fields(self) -> Iterable[tuple[SectionSpec, FieldSpec]]:
        for s in self.sections:
            for f in s.fields:
                yield s, f

    def field(self, key: str) -> FieldSpec:
        for _, f in self.fields():
            if f.key == key:
                return f
        raise NotFound(f"The template {self.id} has no field '{key}'.",
                       hint=f"Its questions are: {', '.join(f.key for _, f in self.fields() if f.asked)}.")

    def summary(self, labels: dict[str, dict[str, str]], lang: str = "en") -> dict[str, Any]:
        from .labels import text

        return {
            "id": self.id, "version": self.version, "title": text(labels, self.title, lang),
            "builtin": self.builtin, "replaces": self.replaces, "path": self.path,
            "questions": [f.key for _, f in self.fields() if f.asked],
        }


# ---------------------------------------------------------------------- parsing
class _Checker:
    def __init__(self, problems: _Problems, known_labels: set[str]) -> None:
        self.p = problems
        self.labels = known_labels

    def keys(self, y: Y, allowed: tuple[str, ...], what: str) -> None:
        for k in y.value:
            if k not in allowed:
                self.p.add(y.key_lines[k], f"unknown key '{k}' in {what} (allowed: {', '.join(allowed)})")

    def line(self, y: Y, key: str) -> int:
        return (y.key_lines or {}).get(key, y.line)

    def text(self, y: Y, key: str, what: str, *, required: bool = True) -> str | None:
        v = y.value.get(key)
        if v is None or v.value is None:
            if required:
                self.p.add(y.line, f"'{key}' is required in {what}")
            return None
        if not isinstance(v.value, str) or not v.value.strip():
            self.p.add(v.line, f"'{key}' in {what} must be text")
            return None
        return v.value.strip()

    def label(self, y: Y, key: str, what: str, *, required: bool = True) -> str | None:
        v = self.text(y, key, what, required=required)
        if v is not None and v not in self.labels:
            self.p.add(self.line(y, key), f"unknown label '{v}' in {what} (not in labels/en.yaml)")
        return v


def read_template(path: Path, *, labels: dict[str, dict[str, str]] | None = None, builtin: bool = False,
                  display: str | None = None) -> Template:
    """Read and check one template file; raise :class:`TemplateError` listing
    every problem found as ``<file>:<line>: <problem>``."""
    name = display or str(path)
    labels = labels if labels is not None else load_labels()
    root = compose_file(path, name)
    problems = _Problems(name)
    if not isinstance(root.value, dict):
        raise TemplateError([(name, root.line, "a template is a mapping (id, version, title, ... sections)")])
    c = _Checker(problems, set(labels.get("en", {})))
    c.keys(root, _TOP_KEYS, "the template")
    tid = c.text(root, "id", "the template") or ""
    if tid and not _ID.match(tid):
        problems.add(c.line(root, "id"), f"id '{tid}' must be lower-case letters, digits and '-'")
    version_y = root.value.get("version")
    version = 0
    if version_y is None:
        problems.add(root.line, "'version' (a whole number, raised at each change) is required")
    elif not isinstance(version_y.value, int) or isinstance(version_y.value, bool) or version_y.value < 1:
        problems.add(version_y.line, "'version' must be a whole number from 1")
    else:
        version = version_y.value
    title = c.label(root, "title", "the template") or ""
    subject = c.label(root, "subject", "the template") or ""
    legal_basis = c.label(root, "legal_basis", "the template") or ""
    intro = c.label(root, "intro", "the template", required=False)
    replaces = c.text(root, "replaces", "the template", required=False)
    layout = c.text(root, "layout", "the template", required=False) or "letter"
    if layout not in LAYOUTS:
        problems.add(c.line(root, "layout"), f"unknown layout '{layout}' (one of {', '.join(LAYOUTS)})")
    if replaces is not None and builtin:
        problems.add(c.line(root, "replaces"), "a built-in template cannot replace another")
    elif replaces is not None and replaces != tid:
        problems.add(c.line(root, "replaces"), f"'replaces: {replaces}' must name this template's own id ('{tid}')")
    elif replaces is not None and replaces not in BUILTIN_IDS:
        problems.add(c.line(root, "replaces"), f"'{replaces}' is not a built-in template; remove 'replaces'")
    addressee_kinds = DEFAULT_ADDRESSEE_KINDS
    ay = root.value.get("addressee")
    if ay is not None:
        if not isinstance(ay.value, list) or not ay.value:
            problems.add(ay.line, "'addressee' is a list of agency kinds, e.g. [central-authority]")
        else:
            kinds = []
            for item in ay.value:
                if item.value not in AGENCY_KINDS:
                    problems.add(item.line, f"unknown agency kind '{item.value}' (one of {', '.join(AGENCY_KINDS)})")
                else:
                    kinds.append(item.value)
            addressee_kinds = tuple(kinds)
    sections: list[SectionSpec] = []
    sy = root.value.get("sections")
    if sy is None:
        problems.add(root.line, "'sections' (a list) is required")
    elif not isinstance(sy.value, list) or not sy.value:
        problems.add(sy.line, "'sections' must be a non-empty list")
    else:
        section_keys: dict[str, int] = {}
        field_keys: dict[str, int] = {}
        for s in sy.value:
            sec = _section(s, c, section_keys, field_keys)
            if sec is not None:
                sections.append(sec)
    problems.raise_if_any()
    return Template(tid, version, title, subject, legal_basis, tuple(sections), intro, addressee_kinds, replaces,
                    name, builtin, layout)


def _section(s: Y, c: _Checker, section_keys: dict[str, int], field_keys: dict[str, int]) -> SectionSpec | None:
    if not isinstance(s.value, dict):
        c.p.add(s.line, "a section is a mapping with key, heading and fields")
        return None
    c.keys(s, _SECTION_KEYS, "a section")
    key = c.text(s, "key", "a section") or ""
    if key:
        if not _CHOICE.match(key):
            c.p.add(c.line(s, "key"), f"section key '{key}' must be lower-case letters, digits, '_' or '-'")
        if key in section_keys:
            c.p.add(c.line(s, "key"), f"duplicate section key '{key}' (first on line {section_keys[key]})")
        section_keys.setdefault(key, c.line(s, "key"))
    heading = c.label(s, "heading", f"section '{key}'") or ""
    intro = c.label(s, "intro", f"section '{key}'", required=False)
    fy = s.value.get("fields")
    fields: list[FieldSpec] = []
    if fy is None or not isinstance(fy.value, list) or not fy.value:
        c.p.add(s.line if fy is None else fy.line, f"section '{key}' needs a non-empty list of fields")
    else:
        for f in fy.value:
            spec = _field(f, c, field_keys)
            if spec is not None:
                fields.append(spec)
    return SectionSpec(key, heading, tuple(fields), intro)


def _field(f: Y, c: _Checker, field_keys: dict[str, int]) -> FieldSpec | None:
    if not isinstance(f.value, dict):
        c.p.add(f.line, "a field is a mapping with key, label, kind, required and one of from/ask/text")
        return None
    c.keys(f, _FIELD_KEYS, "a field")
    key = c.text(f, "key", "a field") or ""
    what = f"field '{key}'"
    if key:
        if not _KEY.match(key):
            c.p.add(c.line(f, "key"), f"field key '{key}' must be lower-case letters, digits and '_'")
        if key in field_keys:
            c.p.add(c.line(f, "key"), f"duplicate field key '{key}' (first on line {field_keys[key]})")
        field_keys.setdefault(key, c.line(f, "key"))
    label = c.label(f, "label", what) or ""
    help_label = c.label(f, "help", what, required=False)
    sentence = c.label(f, "sentence", what, required=False)
    kind = c.text(f, "kind", what) or ""
    if kind and kind not in FIELD_KINDS:
        c.p.add(c.line(f, "kind"), f"unknown kind '{kind}' in {what} (one of {', '.join(FIELD_KINDS)})")
        kind = ""
    ry = f.value.get("required")
    required: bool | str = False
    if ry is None:
        c.p.add(f.line, f"'required' (true, false or if-urgent) is required in {what}")
    elif ry.value not in REQUIRED_VALUES or (ry.value in (0, 1) and not isinstance(ry.value, bool)):
        c.p.add(ry.line, f"'required' in {what} must be true, false or if-urgent")
    else:
        required = ry.value
    ways = [k for k in ("from", "ask", "text") if k in f.value]
    if len(ways) != 1:
        c.p.add(f.line, f"{what} needs exactly one of 'from: <source>', 'ask: true' or 'text: <label>'"
                        + (f" (it has {', '.join(ways)})" if ways else ""))
        return None
    way = ways[0]
    source, text_label = "", None
    choices: dict[str, str] = {}
    if way == "from":
        source = c.text(f, "from", what) or ""
        if source and source not in SOURCES:
            c.p.add(c.line(f, "from"), f"unknown source '{source}' in {what} (one of {', '.join(SOURCES)})")
        elif source and kind and kind not in SOURCES[source]:
            c.p.add(c.line(f, "kind"), f"{what}: a field from {source} has kind {' or '.join(SOURCES[source])}")
    elif way == "ask":
        if f.value["ask"].value is not True:
            c.p.add(c.line(f, "ask"), f"'ask' in {what} can only be true")
        source = "answer"
        if kind and kind not in ASK_KINDS:
            c.p.add(c.line(f, "kind"), f"{what}: an asked field has kind {', '.join(ASK_KINDS)}")
    else:
        text_label = c.label(f, "text", what)
        source = "fixed"
        if kind and kind != "statement":
            c.p.add(c.line(f, "kind"), f"{what}: a fixed 'text' field has kind statement")
    if kind == "statement" and way != "text":
        c.p.add(c.line(f, "kind"), f"{what}: a statement is fixed text: use 'text: <label>'")
    cy = f.value.get("choices")
    if kind == "choice":
        if cy is None or not isinstance(cy.value, dict) or not cy.value:
            c.p.add(f.line if cy is None else cy.line, f"{what}: a choice needs 'choices' (option: label)")
        else:
            for opt, ly in cy.value.items():
                oline = cy.key_lines.get(opt, ly.line)
                if not _CHOICE.match(opt):
                    c.p.add(oline, f"choice '{opt}' in {what} must be lower-case letters, digits, '_' or '-'")
                if not isinstance(ly.value, str) or ly.value not in c.labels:
                    c.p.add(ly.line, f"unknown label '{ly.value}' for choice '{opt}' in {what}")
                else:
                    choices[opt] = ly.value
    elif cy is not None:
        c.p.add(cy.line, f"{what}: 'choices' belongs to kind choice only")
    return FieldSpec(key, label, kind, required, source, text_label, choices, help_label, sentence)


# ---------------------------------------------------------------------- loading
@cache
def _builtin(mtimes: tuple[tuple[str, int], ...]) -> dict[str, Template]:
    labels = load_labels()
    out: dict[str, Template] = {}
    for name, _ in mtimes:
        p = resources.path("templates", name)
        t = read_template(p, labels=labels, builtin=True, display=f"templates/{name}")
        out[t.id] = t
    return out


def _builtin_templates() -> dict[str, Template]:
    folder = resources.path("templates")
    files = tuple(sorted((p.name, p.stat().st_mtime_ns) for p in folder.glob("*.yaml") if p.is_file()))
    return dict(_builtin(files))


def load_templates(extra_dirs: Iterable[str | Path] = (), *,
                   errors: list[TemplateError] | None = None) -> dict[str, Template]:
    """The built-in templates, then those in ``extra_dirs`` (the officer's own).
    A broken file raises :class:`TemplateError`; with ``errors`` given, it is
    skipped and its error appended instead (so that a listing still works)."""
    extra = [Path(d) for d in extra_dirs]
    templates = _builtin_templates()
    try:
        labels = load_labels(extra) if extra else load_labels()
    except TemplateError as exc:  # a broken label file in the officer's folder
        if errors is None:
            raise
        errors.append(exc)
        labels = load_labels()
    for d in extra:
        if not d.is_dir():
            err = TemplateError([(str(d), 0, "the templates folder does not exist")])
            if errors is None:
                raise err
            errors.append(err)
            continue
        own: dict[str, str] = {}
        for p in sorted(x for x in d.glob("*.yaml") if x.is_file()):
            try:
                t = read_template(p, labels=labels, builtin=False)
                if t.id in own:
                    raise TemplateError([(str(p), 1, f"the id '{t.id}' is already used by {own[t.id]}")])
                if t.id in BUILTIN_IDS and t.replaces != t.id:
                    raise TemplateError([(str(p), 1, f"'{t.id}' is a built-in template: add 'replaces: {t.id}' "
                                                     "to use yours instead, or choose another id")])
            except TemplateError as exc:
                if errors is None:
                    raise
                errors.append(exc)
                continue
            own[t.id] = str(p)
            templates[t.id] = t
    return templates


def templates_dir(vault) -> Path | None:
    """The officer's own templates folder (setting ``documents.templates_dir``)."""
    value = vault.settings.get(TEMPLATES_DIR_SETTING)
    return Path(str(value)).expanduser() if value else None


def templates_for_vault(vault, *, errors: list[TemplateError] | None = None) -> dict[str, Template]:
    own = templates_dir(vault)
    return load_templates([own] if own else (), errors=errors)


def get_template(vault, template_id: str) -> Template:
    """One template by id (the officer's version when it replaces a built-in)."""
    templates = templates_for_vault(vault) if vault is not None else load_templates()
    tid = str(template_id or "").strip()
    if tid not in templates:
        raise NotFound(f"No document template '{tid}'.", hint=f"Templates: {', '.join(sorted(templates))}.")
    return templates[tid]


def label_ids(template: Template) -> set[str]:
    """Every label id a template uses (for completeness checks of languages)."""
    ids = {template.title, template.subject, template.legal_basis}
    if template.intro:
        ids.add(template.intro)
    for s, f in template.fields():
        ids.update(x for x in (s.heading, s.intro, f.label, f.text, f.help, f.sentence) if x)
        ids.update(f.choices.values())
    return ids
