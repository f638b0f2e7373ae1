"""Labels of the document templates, one YAML file per language.

``resources/templates/labels/<lang>.yaml`` holds every label id (``layout.page_of``,
``field.offence``, ...) in one language; adding a language is adding a file. The
officer's template folder may hold a ``labels/`` folder of its own, merged over
the built-in files (new keys, or a new language). English is the reference: a
label missing in another language falls back to English, and
:func:`check_labels` reports it.

The YAML is read strictly and safely (see :func:`compose_file`): no Python or
custom tags, no aliases, no duplicate keys, and every problem is reported as
``<file>:<line>: <problem>``. The same reader serves the templates.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from .. import resources
from ..errors import LiaisonError, ValidationError
from ..refdata import validate_language

REFERENCE_LANGUAGE = "en"
MAX_FILE_BYTES = 1_000_000
LABEL_KEY = re.compile(r"^[a-z0-9][a-z0-9_-]*(\.[a-z0-9][a-z0-9_:+-]*)+$")
_SEGMENT = re.compile(r"^[a-z0-9][a-z0-9_:+-]*$")

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_STR, _INT, _BOOL, _NULL, _FLOAT, _TIMESTAMP = (
    f"tag:yaml.org,2002:{t}" for t in ("str", "int", "bool", "null", "float", "timestamp")
)
_MAP, _SEQ = "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"


class TemplateError(LiaisonError):
    """A template or label file that cannot be used. The message is
    ``<file>:<line>: <problem>`` (one line per problem)."""

    exit_code = 2

    def __init__(self, problems: list[tuple[str, int, str]]) -> None:
        self.problems = problems
        super().__init__("\n".join(f"{f}:{line}: {p}" for f, line, p in problems))


# ------------------------------------------------------------------ strict YAML
@dataclass
class Y:
    """A YAML value with the line it starts on (1-based). ``value`` is a dict of
    str -> Y, a list of Y, or a plain scalar (str, int, bool, float, None)."""

    value: Any
    line: int
    key_lines: dict[str, int] | None = None  # for mappings: the line of each key


class _Problems:
    def __init__(self, file: str) -> None:
        self.file = file
        self.items: list[tuple[str, int, str]] = []

    def add(self, line: int, problem: str) -> None:
        self.items.append((self.file, line, problem))

    def raise_if_any(self) -> None:
        if self.items:
            raise TemplateError(self.items)


def compose_file(path: Path, display: str | None = None) -> Y:
    """Read ``path`` as strict, safe YAML. Raises :class:`TemplateError` naming
    the file and line of the first problem found."""
    name = display or str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise TemplateError([(name, 0, f"cannot be read: {exc.strerror}")]) from exc
    if len(data) > MAX_FILE_BYTES:
        raise TemplateError([(name, 0, f"is larger than {MAX_FILE_BYTES} bytes")])
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise TemplateError([(name, line, "is not UTF-8 text")]) from exc
    problems = _Problems(name)
    try:
        # Anchors and aliases are refused on the event stream, where each keeps
        # its own line (compose() would hand back the anchored node instead).
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, yaml.AliasEvent):
                problems.add(event.start_mark.line + 1, f"aliases (*{event.anchor}) are not allowed")
            elif getattr(event, "anchor", None):
                problems.add(event.start_mark.line + 1, f"anchors (&{event.anchor}) are not allowed")
        problems.raise_if_any()
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 0
        problem = " ".join(p for p in (exc.context, exc.problem) if p) or "invalid YAML"
        raise TemplateError([(name, line, f"YAML syntax error: {problem}")]) from exc
    except yaml.YAMLError as exc:
        raise TemplateError([(name, 0, f"YAML error: {exc}")]) from exc
    if node is None:
        raise TemplateError([(name, 1, "the file is empty")])
    result = _convert(node, problems, set())
    problems.raise_if_any()
    return result


def _convert(node: yaml.Node, problems: _Problems, seen: set[int]) -> Y:
    line = node.start_mark.line + 1
    if id(node) in seen:
        # compose() resolves an alias to the node it names: refuse, so that a
        # small file cannot expand into a huge one.
        problems.add(line, "aliases (*name) and anchors are not allowed")
        return Y(None, line)
    seen.add(id(node))
    tag = node.tag or ""
    if isinstance(node, yaml.MappingNode):
        if tag != _MAP:
            problems.add(line, _tag_problem(tag))
        out: dict[str, Y] = {}
        key_lines: dict[str, int] = {}
        for knode, vnode in node.value:
            kline = knode.start_mark.line + 1
            if not isinstance(knode, yaml.ScalarNode) or knode.tag not in (_STR, _INT, _BOOL, _NULL, _FLOAT):
                problems.add(kline, "a key must be plain text")
                continue
            key = str(knode.value)
            if knode.value == "<<":
                problems.add(kline, "merge keys (<<) are not allowed")
                continue
            if key in out:
                problems.add(kline, f"duplicate key '{key}' (first on line {key_lines[key]})")
                continue
            out[key] = _convert(vnode, problems, seen)
            key_lines[key] = kline
        return Y(out, line, key_lines)
    if isinstance(node, yaml.SequenceNode):
        if tag != _SEQ:
            problems.add(line, _tag_problem(tag))
        return Y([_convert(n, problems, seen) for n in node.value], line)
    # scalar
    value = node.value
    if tag == _STR or tag == _TIMESTAMP:
        return Y(str(value), line)
    if tag == _NULL:
        return Y(None, line)
    if tag == _BOOL:
        return Y(str(value).lower() in ("true", "yes", "on", "y"), line)
    if tag == _INT:
        try:
            return Y(int(str(value).replace("_", ""), 0), line)
        except ValueError:
            return Y(str(value), line)
    if tag == _FLOAT:
        try:
            return Y(float(value), line)
        except ValueError:
            return Y(str(value), line)
    problems.add(line, _tag_problem(tag))
    return Y(None, line)


def _tag_problem(tag: str) -> str:
    if tag.startswith("tag:yaml.org,2002:python/"):
        return f"Python tags (!!{tag.removeprefix('tag:yaml.org,2002:')}) are not allowed"
    return f"the tag {tag} is not allowed (plain text, numbers, true/false, lists and mappings only)"


# ----------------------------------------------------------------------- labels
@dataclass
class LabelFile:
    language: str
    name: str
    labels: dict[str, str]
    lines: dict[str, int]
    path: str


def _flatten(y: Y, prefix: str, out: dict[str, str], lines: dict[str, int], problems: _Problems) -> None:
    assert isinstance(y.value, dict)
    for key, child in y.value.items():
        line = (y.key_lines or {}).get(key, child.line)
        if not _SEGMENT.match(key):
            problems.add(line, f"'{key}' is not a valid label id part (lower-case letters, digits, _ - :)")
            continue
        full = f"{prefix}.{key}" if prefix else key
        if isinstance(child.value, dict):
            _flatten(child, full, out, lines, problems)
        elif isinstance(child.value, str):
            if "." not in full:
                problems.add(line, f"label '{full}' must be inside a group (e.g. field.{full})")
                continue
            if not child.value.strip():
                problems.add(line, f"label '{full}' is empty")
                continue
            out[full] = child.value
            lines[full] = line
        else:
            problems.add(line, f"label '{full}' must be text")


def read_label_file(path: Path, display: str | None = None) -> LabelFile:
    """One ``<lang>.yaml``: ``language``, ``name`` and the nested ``labels``."""
    name = display or str(path)
    root = compose_file(path, name)
    problems = _Problems(name)
    if not isinstance(root.value, dict):
        raise TemplateError([(name, root.line, "a label file is a mapping with language, name and labels")])
    for key in root.value:
        if key not in ("language", "name", "labels"):
            problems.add(root.key_lines[key], f"unknown key '{key}' (allowed: language, name, labels)")
    lang_y = root.value.get("language")
    lang = ""
    if lang_y is None or not isinstance(lang_y.value, str):
        problems.add(root.line, "'language' (an ISO 639-1 code such as fr) is required")
    else:
        try:
            lang = validate_language(lang_y.value) or ""
        except ValidationError:
            problems.add(lang_y.line, f"'{lang_y.value}' is not an ISO 639-1 language code")
        if lang and lang != path.stem:
            problems.add(lang_y.line, f"language '{lang}' does not match the file name {path.name}")
    labels_y = root.value.get("labels")
    out: dict[str, str] = {}
    lines: dict[str, int] = {}
    if labels_y is None or not isinstance(labels_y.value, dict):
        problems.add(root.line if labels_y is None else labels_y.line, "'labels' (a mapping of groups) is required")
    else:
        _flatten(labels_y, "", out, lines, problems)
    problems.raise_if_any()
    name_y = root.value.get("name")
    return LabelFile(lang, str(name_y.value) if name_y and name_y.value else lang, out, lines, name)


def _label_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.yaml") if p.is_file()) if folder.is_dir() else []


@cache
def _builtin_files() -> tuple[LabelFile, ...]:
    folder = resources.path("templates", "labels")
    return tuple(read_label_file(p, f"templates/labels/{p.name}") for p in _label_files(folder))


def load_labels(extra_dirs: Iterable[str | Path] = ()) -> dict[str, dict[str, str]]:
    """Language -> {label id -> text}: the built-in files, then each extra
    folder's ``labels/*.yaml`` merged over them (new keys or new languages)."""
    merged: dict[str, dict[str, str]] = {}
    for lf in _builtin_files():
        merged.setdefault(lf.language, {}).update(lf.labels)
    for d in extra_dirs:
        for p in _label_files(Path(d) / "labels"):
            lf = read_label_file(p)
            merged.setdefault(lf.language, {}).update(lf.labels)
    return merged


def language_names() -> dict[str, str]:
    """Built-in languages: code -> the language's own name."""
    return {lf.language: lf.name for lf in _builtin_files()}


def text(labels: dict[str, dict[str, str]], key: str, lang: str) -> str:
    """The label in ``lang``, else in English, else the key itself."""
    return labels.get(lang, {}).get(key) or labels.get(REFERENCE_LANGUAGE, {}).get(key) or key


def _fields(template: str) -> set[str]:
    try:
        return {f for _, f, _, _ in string.Formatter().parse(template) if f is not None}
    except ValueError:
        return {"<unbalanced braces>"}


def check_labels(labels: dict[str, dict[str, str]] | None = None) -> dict[str, dict[str, list[str]]]:
    """For each language other than English: the keys it lacks (shown in
    English), keys English does not know, and labels whose ``{placeholders}``
    differ from English. An empty dict means every language is complete."""
    labels = labels if labels is not None else load_labels()
    ref = labels.get(REFERENCE_LANGUAGE, {})
    report: dict[str, dict[str, list[str]]] = {}
    for lang, table in sorted(labels.items()):
        if lang == REFERENCE_LANGUAGE:
            continue
        missing = sorted(k for k in ref if k not in table)
        extra = sorted(k for k in table if k not in ref)
        placeholders = sorted(k for k in table if k in ref and _fields(table[k]) != _fields(ref[k]))
        if missing or extra or placeholders:
            report[lang] = {"missing": missing, "extra": extra, "placeholders": placeholders}
    return report
