"""One strict reader for every file Liaison reads: key slots, bundles' JSON, passphrase and identity files,
audit exports, reference packs.

Everything is checked before any work is done on the content: that the path is a regular file (not a
folder, a device or a pipe), its size, its encoding (UTF-8; a byte-order mark is accepted, since Notepad
writes one), and for structured files the types, lengths and bounds of every value against a schema.
Each refusal is a :class:`FileRefused` naming the file and the problem, never a traceback.

Reading a data file of your own (a reference pack, for instance)::

    from liaison import strictread as sr

    PACK = sr.Dict({
        "format": sr.Const("liaison-reference-pack"),
        "version": sr.Int(1, 1),
        "items": sr.List(sr.Dict({"code": sr.Str(max_len=8, pattern=r"^[A-Z]{2,8}$"),
                                  "label": sr.Str(max_len=200)}), max_items=10_000),
    })
    pack = sr.load_json(path, what="reference pack", schema=PACK, max_bytes=8 << 20)
    pack = sr.load_yaml(path, what="reference pack", schema=PACK)   # YAML: safe loader, no aliases

``schema`` may be left out (the JSON or YAML is still read strictly). A schema is plain data, so it can
also check a value that did not come from a file (:func:`check`).
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import os
import re
import stat
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .errors import LiaisonError

DEFAULT_MAX_BYTES = 16 << 20
MAX_DEPTH = 32
_BOM = b"\xef\xbb\xbf"


class FileRefused(LiaisonError):
    """A file Liaison was asked to read and refused: ``path`` and ``problem`` (a short code) say which
    and why; nothing was done with its content."""

    exit_code = 5

    def __init__(self, message: str, *, path: str = "", problem: str = "invalid", hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.path = path
        self.problem = problem


def _name(path: str | os.PathLike) -> str:
    return os.fspath(path)


# ------------------------------------------------------------------------ bytes
def read_bytes(path: str | os.PathLike, *, what: str = "file", max_bytes: int = DEFAULT_MAX_BYTES,
               allow_stdin: bool = False) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``; ``-`` reads standard input when
    ``allow_stdin``. Refuses a folder, a device, a socket, a missing or unreadable file."""
    name = _name(path)
    if allow_stdin and name == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise FileRefused(f"The {what} given on standard input is larger than {max_bytes:,} bytes.",
                              path=name, problem="too-large")
        return data
    if "\x00" in name:
        raise FileRefused(f"The {what} file name contains a NUL character.", path=name, problem="bad-name")
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(name, flags)
    except FileNotFoundError:
        raise FileRefused(f"The {what} file {name} does not exist.", path=name, problem="missing") from None
    except IsADirectoryError:
        raise FileRefused(f"The {what} {name} is a folder, not a file.", path=name, problem="not-a-file") from None
    except OSError as exc:
        raise FileRefused(f"The {what} file {name} cannot be read: {exc.strerror}.", path=name,
                          problem="unreadable") from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise FileRefused(f"The {what} {name} is a folder, not a file.", path=name, problem="not-a-file")
        if not stat.S_ISREG(st.st_mode):
            raise FileRefused(f"The {what} {name} is not a regular file (a device, pipe or socket).", path=name,
                              problem="not-a-file")
        if st.st_size > max_bytes:
            raise FileRefused(f"The {what} file {name} is {st.st_size:,} bytes; at most {max_bytes:,} are read.",
                              path=name, problem="too-large")
        chunks, total = [], 0
        while True:
            chunk = os.read(fd, min(1 << 20, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:
                raise FileRefused(f"The {what} file {name} grew past {max_bytes:,} bytes while it was read.",
                                  path=name, problem="too-large")
        return b"".join(chunks)
    except OSError as exc:
        raise FileRefused(f"The {what} file {name} cannot be read: {exc.strerror}.", path=name,
                          problem="unreadable") from None
    finally:
        os.close(fd)


def decode_text(data: bytes, *, what: str = "file", source: str = "") -> str:
    """UTF-8 text (a leading byte-order mark dropped); anything else refused with where it went wrong."""
    where = f" {source}" if source else ""
    if data.startswith(_BOM):
        data = data[len(_BOM):]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise FileRefused(
            f"The {what}{where} is not UTF-8 text (byte {exc.start} is 0x{data[exc.start]:02x}).", path=source,
            problem="not-utf8", hint="Save it as UTF-8 (most editors offer it under 'Save as... encoding').",
        ) from None


def read_text(path: str | os.PathLike, *, what: str = "file", max_bytes: int = DEFAULT_MAX_BYTES,
              allow_stdin: bool = False) -> str:
    return decode_text(read_bytes(path, what=what, max_bytes=max_bytes, allow_stdin=allow_stdin), what=what,
                       source=_name(path))


def read_secret(path: str | os.PathLike, *, what: str = "passphrase", max_bytes: int = 64 << 10,
                allow_stdin: bool = True) -> str:
    """A secret kept in a file (or ``-``: standard input): UTF-8 with or without a byte-order mark, the
    line break at its end dropped (Windows' or Unix'), nothing else touched. A NUL, or a second line,
    is refused: either means this is not the file meant."""
    text = read_text(path, what=what, max_bytes=max_bytes, allow_stdin=allow_stdin)
    text = text.rstrip("\r\n")
    if "\x00" in text:
        raise FileRefused(f"The {what} file {_name(path)} contains a NUL character: it is not a text file.",
                          path=_name(path), problem="nul")
    if "\n" in text or "\r" in text:
        raise FileRefused(f"The {what} file {_name(path)} holds more than one line; put the {what} alone on the "
                          "first line.", path=_name(path), problem="several-lines")
    if not text:
        raise FileRefused(f"The {what} file {_name(path)} is empty.", path=_name(path), problem="empty")
    return text


# ------------------------------------------------------------------------- JSON
def no_constants(token: str) -> Any:
    raise ValueError(f"{token} is not allowed")


def finite(text: str) -> float:
    value = float(text)
    if math.isinf(value) or math.isnan(value):
        raise ValueError(f"{text[:40]} is out of range for a number")
    return value


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > 40:
        raise ValueError(f"the number {text[:20]}... has too many digits")
    return int(text)


def unique_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in pairs:
        if k in out:
            raise ValueError(f"duplicate key {k[:60]!r}")
        out[k] = v
    return out


_CONTAINERS = frozenset((dict, list))


def depth(obj: Any, limit: int = MAX_DEPTH) -> int:
    """Nesting depth, iteratively (a hostile document cannot blow the stack), stopping past ``limit``. A
    container holding only scalars (a record's row) is passed over at C speed, without a step per value."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(obj, 1)]
    while stack:
        node, d = stack.pop()
        if type(node) in _CONTAINERS:
            deepest = max(deepest, d)
            if deepest > limit:
                return deepest
            values = node.values() if type(node) is dict else node
            if not _CONTAINERS.isdisjoint(map(type, values)):
                stack.extend((v, d + 1) for v in values if type(v) in _CONTAINERS)
    return deepest


def parse_json(data: bytes | str, *, what: str = "file", source: str = "", max_depth: int = MAX_DEPTH) -> Any:
    """Strict JSON: UTF-8, no NaN or Infinity, no duplicate keys, no number of more than 40 digits,
    bounded depth."""
    text = decode_text(data, what=what, source=source) if isinstance(data, bytes | bytearray) else data
    where = f" {source}" if source else ""
    try:
        obj = json.loads(text, parse_constant=no_constants, parse_float=finite, parse_int=_bounded_int,
                         object_pairs_hook=unique_pairs)
    except RecursionError:
        raise FileRefused(f"The {what}{where} nests too deeply.", path=source, problem="too-deep") from None
    except ValueError as exc:
        raise FileRefused(f"The {what}{where} is not valid JSON ({str(exc)[:200]}).", path=source,
                          problem="malformed") from None
    if depth(obj, max_depth) > max_depth:
        raise FileRefused(f"The {what}{where} nests deeper than {max_depth} levels.", path=source,
                          problem="too-deep")
    if any(_has_surrogate(s) for s in _strings(obj)):
        raise FileRefused(f"The {what}{where} holds an invalid character (a lone surrogate).", path=source,
                          problem="bad-text")
    return obj


def _strings(obj: Any):
    stack = [obj]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            yield item
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _has_surrogate(text: str) -> bool:
    return _SURROGATE.search(text) is not None


def load_json(path: str | os.PathLike, *, what: str = "file", max_bytes: int = DEFAULT_MAX_BYTES,
              schema: Spec | None = None, max_depth: int = MAX_DEPTH) -> Any:
    """Read, parse strictly and (with ``schema``) check a JSON file."""
    data = read_bytes(path, what=what, max_bytes=max_bytes)
    obj = parse_json(data, what=what, source=_name(path), max_depth=max_depth)
    return check(obj, schema, what=what, source=_name(path)) if schema is not None else obj


def load_yaml(path: str | os.PathLike, *, what: str = "file", max_bytes: int = DEFAULT_MAX_BYTES,
              schema: Spec | None = None, max_depth: int = MAX_DEPTH) -> Any:
    """Read a YAML file with the safe loader, refusing aliases (a few lines of them can expand to
    gigabytes) and custom tags, then check it like JSON."""
    import yaml

    text = read_text(path, what=what, max_bytes=max_bytes)
    source = _name(path)

    class _Loader(yaml.SafeLoader):
        def compose_node(self, parent, index):  # type: ignore[override]
            if self.check_event(yaml.AliasEvent):
                raise yaml.YAMLError("aliases (*name) are not allowed")
            return super().compose_node(parent, index)

    try:
        obj = yaml.load(text, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass
    except RecursionError:
        raise FileRefused(f"The {what} {source} nests too deeply.", path=source, problem="too-deep") from None
    except yaml.YAMLError as exc:
        raise FileRefused(f"The {what} {source} is not valid YAML ({str(exc)[:200]}).", path=source,
                          problem="malformed") from None
    if depth(obj, max_depth) > max_depth:
        raise FileRefused(f"The {what} {source} nests deeper than {max_depth} levels.", path=source,
                          problem="too-deep")
    return check(obj, schema, what=what, source=source) if schema is not None else obj


# ----------------------------------------------------------------------- schemas
class Spec:
    """A rule for one value. ``check`` returns the value (possibly converted) or raises ValueError with
    what is wrong; :func:`check` adds where."""

    def check(self, value: Any, at: str) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError


class _Problem(ValueError):
    def __init__(self, at: str, message: str) -> None:
        super().__init__(f"{at}: {message}" if at else message)


def _type_name(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "text", bool: "true/false", int: "a whole number",
            float: "a number", type(None): "null"}.get(type(value), type(value).__name__)


@dataclass(frozen=True)
class Any_(Spec):
    def check(self, value: Any, at: str) -> Any:
        return value


@dataclass(frozen=True)
class Const(Spec):
    value: Any

    def check(self, value: Any, at: str) -> Any:
        if value != self.value or type(value) is not type(self.value):
            raise _Problem(at, f"expected {self.value!r}")
        return value


@dataclass(frozen=True)
class Str(Spec):
    max_len: int = 10_000
    min_len: int = 0
    pattern: str | None = None
    choices: tuple[str, ...] | None = None
    allow_control: bool = False

    def check(self, value: Any, at: str) -> Any:
        if not isinstance(value, str):
            raise _Problem(at, f"expected text, found {_type_name(value)}")
        if not self.min_len <= len(value) <= self.max_len:
            raise _Problem(at, f"expected {self.min_len} to {self.max_len} characters, found {len(value):,}")
        if "\x00" in value:
            raise _Problem(at, "contains a NUL character")
        if _has_surrogate(value):
            raise _Problem(at, "contains an invalid character (a lone surrogate)")
        if not self.allow_control and any(ord(c) < 32 and c not in "\t\n\r" for c in value):
            raise _Problem(at, "contains control characters")
        if self.choices is not None and value not in self.choices:
            raise _Problem(at, f"expected one of {', '.join(self.choices)}")
        if self.pattern is not None and not re.fullmatch(self.pattern, value):
            raise _Problem(at, "has the wrong form")
        return value


@dataclass(frozen=True)
class Int(Spec):
    min: int = -(1 << 63)
    max: int = (1 << 63) - 1

    def check(self, value: Any, at: str) -> Any:
        if isinstance(value, bool) or not isinstance(value, int):
            raise _Problem(at, f"expected a whole number, found {_type_name(value)}")
        if not self.min <= value <= self.max:
            raise _Problem(at, f"{value if abs(value) < 10**20 else 'a number of ' + str(len(str(value))) + ' digits'}"
                               f" is out of bounds ({self.min:,} to {self.max:,})")
        return value


@dataclass(frozen=True)
class Float(Spec):
    min: float = -math.inf
    max: float = math.inf

    def check(self, value: Any, at: str) -> Any:
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            raise _Problem(at, f"expected a number, found {_type_name(value)}")
        if not self.min <= value <= self.max:
            raise _Problem(at, f"{value} is out of bounds ({self.min} to {self.max})")
        return value


@dataclass(frozen=True)
class Bool(Spec):
    def check(self, value: Any, at: str) -> Any:
        if not isinstance(value, bool):
            raise _Problem(at, f"expected true or false, found {_type_name(value)}")
        return value


@dataclass(frozen=True)
class B64(Spec):
    """Base64 text decoding to between ``min_bytes`` and ``max_bytes`` bytes (returned decoded)."""

    min_bytes: int = 0
    max_bytes: int = 1 << 20

    def check(self, value: Any, at: str) -> Any:
        if not isinstance(value, str) or len(value) > 4 * (self.max_bytes // 3 + 2):
            raise _Problem(at, "expected base64 text of the right length")
        try:
            raw = base64.b64decode(value.encode("ascii"), validate=True)
        except (binascii.Error, ValueError, UnicodeEncodeError):
            raise _Problem(at, "is not valid base64") from None
        if not self.min_bytes <= len(raw) <= self.max_bytes:
            size = f"{self.min_bytes}" if self.min_bytes == self.max_bytes else f"{self.min_bytes} to {self.max_bytes}"
            raise _Problem(at, f"expected {size} bytes, found {len(raw)}")
        return raw


@dataclass(frozen=True)
class Optional(Spec):
    inner: Spec

    def check(self, value: Any, at: str) -> Any:
        return None if value is None else self.inner.check(value, at)


@dataclass(frozen=True)
class List(Spec):
    item: Spec
    max_items: int = 100_000
    min_items: int = 0

    def check(self, value: Any, at: str) -> Any:
        if not isinstance(value, list):
            raise _Problem(at, f"expected a list, found {_type_name(value)}")
        if not self.min_items <= len(value) <= self.max_items:
            raise _Problem(at, f"expected {self.min_items} to {self.max_items:,} items, found {len(value):,}")
        return [self.item.check(v, f"{at}[{i}]") for i, v in enumerate(value)]


@dataclass(frozen=True)
class Map(Spec):
    """An object whose keys are free (checked by ``key``) and whose values all follow ``value``."""

    value: Spec
    key: Spec = field(default_factory=lambda: Str(max_len=200))
    max_items: int = 100_000

    def check(self, value: Any, at: str) -> Any:
        if not isinstance(value, dict):
            raise _Problem(at, f"expected an object, found {_type_name(value)}")
        if len(value) > self.max_items:
            raise _Problem(at, f"expected at most {self.max_items:,} entries, found {len(value):,}")
        return {self.key.check(k, f"{at} key"): self.value.check(v, f"{at}.{k}") for k, v in value.items()}


@dataclass(frozen=True)
class Dict(Spec):
    """An object with named fields. Fields listed in ``optional`` may be absent; others not listed are
    refused unless ``extra``."""

    fields: Mapping[str, Spec]
    optional: Sequence[str] = ()
    extra: bool = False

    def check(self, value: Any, at: str) -> Any:
        if not isinstance(value, dict):
            raise _Problem(at, f"expected an object, found {_type_name(value)}")
        missing = [k for k in self.fields if k not in value and k not in self.optional]
        if missing:
            raise _Problem(at, f"the field '{missing[0]}' is missing")
        if not self.extra:
            unknown = sorted(set(value) - set(self.fields))
            if unknown:
                raise _Problem(at, f"unknown field '{str(unknown[0])[:60]}'")
        out = dict(value) if self.extra else {}
        for k, spec in self.fields.items():
            if k in value:
                out[k] = spec.check(value[k], f"{at}.{k}" if at else k)
        return out


@dataclass(frozen=True)
class OneOf(Spec):
    """The spec chosen by the value of one field (``{"type": "passphrase", ...}``)."""

    tag: str
    variants: Mapping[str, Spec]

    def check(self, value: Any, at: str) -> Any:
        if not isinstance(value, dict):
            raise _Problem(at, f"expected an object, found {_type_name(value)}")
        kind = value.get(self.tag)
        if not isinstance(kind, str) or kind not in self.variants:
            raise _Problem(at, f"'{self.tag}' must be one of {', '.join(self.variants)}")
        return self.variants[kind].check(value, at)


@dataclass(frozen=True)
class Where(Spec):
    """``inner``, then a rule of its own: ``rule(value)`` returns an error message or None."""

    inner: Spec
    rule: Callable[[Any], str | None]

    def check(self, value: Any, at: str) -> Any:
        value = self.inner.check(value, at)
        problem = self.rule(value)
        if problem:
            raise _Problem(at, problem)
        return value


def check(value: Any, schema: Spec, *, what: str = "file", source: str = "") -> Any:
    """``value`` checked against ``schema``; :class:`FileRefused` naming the file and the field when not."""
    try:
        return schema.check(value, "")
    except _Problem as exc:
        where = f" {source}" if source else ""
        raise FileRefused(f"The {what}{where} is not valid: {exc}.", path=source, problem="invalid") from None
    except RecursionError:
        raise FileRefused(f"The {what} nests too deeply.", path=source, problem="too-deep") from None


__all__ = [
    "B64", "Any_", "Bool", "Const", "Dict", "FileRefused", "Float", "Int", "List", "Map", "OneOf", "Optional",
    "Spec", "Str", "Where", "check", "decode_text", "depth", "load_json", "load_yaml", "parse_json", "read_bytes",
    "read_secret", "read_text",
]
