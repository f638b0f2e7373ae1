"""Reading a bundle that may be hostile.

Nothing here writes a file: the bundle is decrypted into memory and read as a
``ZipFile`` over that memory, member by member, by name, after the whole central
directory has been checked (names, types, duplicates, counts, sizes, ratios) and
every member's SHA-256 has been checked against the manifest. A bundle is never
"extracted": no member name ever becomes a path. Every refusal is a
:class:`BundleRejected` whose message names the problem.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import mmap
import re
import stat
import struct
import zipfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import orjson
import pyrage

from .. import strictread
from ..canonical import dumps_sorted
from .container import FILES_DIR, FORMAT, FORMAT_VERSION, MANIFEST, YieldingWriter, passphrase_age
from .errors import BundleKeyError, BundleRejected, BundleTooNew

AGE_MAGIC = b"age-encryption.org/v1\n"
AGE_ARMOR = b"-----BEGIN AGE ENCRYPTED FILE-----"
# The most scrypt work a passphrase bundle may ask before its passphrase is known to be right or wrong.
# scrypt's cost doubles with each step: 2^N takes 2^N x 1 KiB of memory (r = 8), so 2^22 is 4 GiB and took
# 18.5 s here, 2^20 is 1 GiB and about 4 s. The Go age uses 2^18; rage (which Liaison uses to export) aims
# at one second on the sender's machine and picked 2^19 on ours: 2^20 leaves a factor of two for a faster
# sender. A bundle asking more is refused before any work (ask for one to recipients' keys instead).
MAX_SCRYPT_LOG_N = 20
CHILD_FROM_LOG_N = 15  # from about 50 ms of scrypt, in a child process (see container.passphrase_age)

_NOT_OURS = "Ask the sender for a new bundle; nothing was imported."


@dataclass(frozen=True)
class Limits:
    """What a bundle may hold. Generous for a real case (thousands of exchanges,
    hundreds of documents), small enough that a hostile file cannot exhaust memory."""

    max_bundle_bytes: int = 1 << 30          # the encrypted file
    max_members: int = 20_000
    max_total_bytes: int = 1 << 30           # sum of declared uncompressed sizes
    max_ratio: int = 100                     # uncompressed / compressed, per member
    ratio_floor_bytes: int = 1 << 20         # smaller members are not ratio-checked
    max_json_bytes: int = 64 << 20           # one JSON member
    max_manifest_bytes: int = 8 << 20
    max_json_depth: int = 32
    max_name_chars: int = 200


DEFAULT_LIMITS = Limits()

# The only member names a bundle of this format has.
_ALLOWED_NAME = re.compile(
    r"^(manifest\.json|audit\.json|records/[a-z][a-z0-9_]{0,62}\.json|files/[a-z][a-z0-9_]{0,62}/[0-9a-f]{64})$"
)
_DRIVE = re.compile(r"^[A-Za-z]:")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


def _reject(message: str, problem: str, hint: str | None = _NOT_OURS) -> BundleRejected:
    return BundleRejected(message, problem=problem, hint=hint)


# ----------------------------------------------------------------- plaintext
def _anonymous_memory(size: int) -> mmap.mmap:
    """Private anonymous memory (no file behind it) for a decrypted bundle, in huge pages where the
    system gives them on request (Linux): mapping 50 MB page by page as age writes it costs about 25 ms
    in 4 KiB pages, a few in 2 MiB ones. (A bytearray would be zeroed up front, a shared mapping maps
    its pages more slowly.)"""
    if not (hasattr(mmap, "MAP_PRIVATE") and hasattr(mmap, "MAP_ANONYMOUS")):
        return mmap.mmap(-1, size)  # Windows: anonymous memory backed by the paging file
    mem = mmap.mmap(-1, size, flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS)
    if hasattr(mmap, "MADV_HUGEPAGE"):
        with contextlib.suppress(OSError):
            mem.madvise(mmap.MADV_HUGEPAGE)
    return mem


class _MemoryFile(io.RawIOBase):
    """A read-only, seekable file over a buffer, for ``ZipFile`` (``io.BytesIO`` would copy it)."""

    def __init__(self, view: memoryview) -> None:
        super().__init__()
        self._view, self._pos = view, 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        n = max(0, min(len(b), len(self._view) - self._pos))
        b[:n] = self._view[self._pos:self._pos + n]
        self._pos += n
        return n

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: len(self._view)}[whence]
        if base + offset < 0:
            raise ValueError("negative seek position")
        self._pos = base + offset
        return self._pos

    def tell(self) -> int:
        return self._pos


# ----------------------------------------------------------------- decryption
def age_stanzas(data: bytes) -> list[list[str]]:
    """The recipient stanzas of an age header (``[["scrypt", salt, "18"], ...]``)."""
    if not data.startswith(AGE_MAGIC):
        raise _reject(
            "This file is not an age-encrypted Liaison bundle (it does not start with the age header).",
            "not-age",
            hint="Check that you chose the bundle file (.liaison-bundle), not the zip or another file.",
        )
    end = data.find(b"\n---", 0, 1 << 20)
    if end < 0:
        raise _reject("The bundle's age header is incomplete: the file is truncated or damaged.", "damaged")
    stanzas = []
    for line in data[len(AGE_MAGIC):end].split(b"\n"):
        if line.startswith(b"-> "):
            stanzas.append(line[3:].decode("ascii", "replace").split(" "))
    return stanzas


def describe_encryption(data: bytes) -> str:
    """'passphrase' or 'recipients': how the bundle was locked (read from its header)."""
    if data.startswith(AGE_ARMOR):
        raise _reject("ASCII-armoured age files are not accepted as bundles.", "armored",
                      hint="Decrypt it with 'age -d' and ask for a binary bundle.")
    kinds = [s[0] for s in age_stanzas(data) if s]
    if "scrypt" in kinds:
        return "passphrase"
    return "recipients"


def decrypt(
    data: bytes,
    *,
    passphrase: str | None = None,
    identities: Sequence[str | pyrage.x25519.Identity] = (),
    limits: Limits = DEFAULT_LIMITS,
) -> bytes | memoryview:
    """Decrypt an age file in memory, with a message for each way it can fail: the plaintext, as bytes
    or as a read-only view of memory nothing else holds."""
    if len(data) > limits.max_bundle_bytes:
        raise _reject(
            f"The bundle is {len(data):,} bytes; the limit is {limits.max_bundle_bytes:,}.", "too-large",
            hint="Ask the sender to split the case or to leave out large files.",
        )
    kind = describe_encryption(data)
    if kind == "passphrase":
        stanzas = [s for s in age_stanzas(data) if s and s[0] == "scrypt"]
        if len(stanzas) != 1 or len(stanzas[0]) != 3 or not stanzas[0][2].isdigit():
            raise _reject("The bundle's passphrase header is malformed.", "damaged")
        log_n = int(stanzas[0][2])
        if log_n > MAX_SCRYPT_LOG_N:
            raise _reject(
                f"The bundle asks for an excessive passphrase work factor (2^{log_n}); refused so that it "
                "cannot tie up this computer.", "work-factor")
        if not passphrase:
            raise BundleKeyError(
                "This bundle is locked with a passphrase and none was given.", problem="passphrase-needed",
                hint="Give it with --bundle-passphrase-file FILE or LIAISON_BUNDLE_PASSPHRASE.",
            )
        try:
            if log_n >= CHILD_FROM_LOG_N:
                return passphrase_age("decrypt", data, passphrase)
            return pyrage.passphrase.decrypt(data, passphrase)
        except pyrage.DecryptError as exc:
            raise _decrypt_error(exc, "passphrase") from exc
    if not identities:
        raise BundleKeyError(
            "This bundle is encrypted to recipients' keys and no identity was given to open it.",
            problem="identity-needed",
            hint="Open it in the vault whose identity it was sent to, or give an age identity file.",
        )
    parsed = []
    for ident in identities:
        if isinstance(ident, str):
            try:
                ident = pyrage.x25519.Identity.from_str(ident.strip())
            except (pyrage.IdentityError, ValueError) as exc:
                raise BundleKeyError("The identity given is not an age X25519 secret key.", problem="bad-identity",
                                     hint="It starts with AGE-SECRET-KEY-1.") from exc
        parsed.append(ident)
    # Streamed into memory of our own rather than ``pyrage.decrypt``: the same decryption, without the
    # vector grown and copied inside it, into huge pages where available (about 105 -> 65 ms per 50 MB).
    out = _anonymous_memory(max(len(data), 1))  # the plaintext is smaller than the encrypted file
    try:
        pyrage.decrypt_io(io.BytesIO(data), YieldingWriter(out), parsed)
    except (pyrage.DecryptError, OSError) as exc:  # the stream reports a damaged payload as an OSError
        raise _decrypt_error(exc, "identity") from exc
    return memoryview(out)[:out.tell()].toreadonly()


def _decrypt_error(exc: Exception, kind: str) -> BundleRejected:
    text = str(exc)
    if "No matching keys" in text or "Decryption failed" in text:
        if kind == "passphrase":
            return BundleKeyError(
                "The bundle could not be opened with this passphrase (wrong passphrase, or the bundle's header was "
                "altered).", problem="wrong-key", hint="Check the passphrase with the sender. Nothing was imported.")
        return BundleKeyError(
            "This bundle was not encrypted to your identity (or its header was altered).", problem="wrong-key",
            hint="Ask the sender to encrypt it to the key printed by 'liaison identity'. Nothing was imported.")
    return _reject(
        f"The bundle is truncated or was altered after it was encrypted (age: {text}).", "damaged",
        hint="Ask the sender for a new copy; nothing was imported.",
    )


# ---------------------------------------------------------------- member names
def check_member_name(name: str, limits: Limits = DEFAULT_LIMITS) -> None:
    """Refuse any name that could mean a path outside the bundle, or that this
    format does not use."""
    shown = repr(name[:120])
    if not name or len(name) > limits.max_name_chars:
        raise _reject(f"The bundle has a member with an empty or overlong name ({shown}).", "bad-name")
    if "\x00" in name or any(ord(c) < 32 for c in name):
        raise _reject(f"The bundle has a member name with control characters ({shown}).", "bad-name")
    if "\\" in name:
        raise _reject(f"The bundle has a member name with a backslash ({shown}): a Windows path.", "backslash")
    if name.startswith("/"):
        raise _reject(f"The bundle has a member with an absolute path ({shown}).", "absolute-path")
    if _DRIVE.match(name):
        raise _reject(f"The bundle has a member name with a drive letter ({shown}).", "drive-letter")
    parts = name.split("/")
    if ".." in parts:
        raise _reject(f"The bundle has a member name that climbs out of the bundle with '..' ({shown}).",
                      "path-traversal")
    if any(p in ("", ".") for p in parts):
        raise _reject(f"The bundle has a member name with an empty or '.' part ({shown}).", "bad-name")
    if not _ALLOWED_NAME.match(name):
        raise _reject(f"The bundle has a member this format does not use ({shown}).", "unexpected-member")


def check_directory(zf: zipfile.ZipFile, limits: Limits = DEFAULT_LIMITS) -> dict[str, zipfile.ZipInfo]:
    """Check the whole central directory before any member is read."""
    infos = zf.infolist()
    if len(infos) > limits.max_members:
        raise _reject(f"The bundle has {len(infos):,} members; the limit is {limits.max_members:,}.", "too-many-members")
    seen: dict[str, zipfile.ZipInfo] = {}
    folded: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        if info.orig_filename != name:
            raise _reject(f"The bundle has a member name that changes when read ({info.orig_filename[:120]!r}).",
                          "bad-name")
        check_member_name(name, limits)
        if name in seen or name.casefold() in folded:
            raise _reject(f"The bundle holds the member {name!r} twice.", "duplicate-member")
        seen[name] = info
        folded.add(name.casefold())
        mode = info.external_attr >> 16
        if info.create_system == 3 and mode and not stat.S_ISREG(mode):
            what = "a symbolic link" if stat.S_ISLNK(mode) else "not a regular file"
            raise _reject(f"The bundle member {name!r} is {what}.", "symlink" if stat.S_ISLNK(mode) else "not-a-file")
        if info.is_dir() or info.external_attr & 0x10:
            raise _reject(f"The bundle member {name!r} is a folder entry.", "not-a-file")
        if info.flag_bits & 0x1:
            raise _reject(f"The bundle member {name!r} is zip-encrypted; bundles use age only.", "zip-encrypted")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _reject(f"The bundle member {name!r} uses an unsupported compression method "
                          f"({info.compress_type}).", "compression")
        if name.endswith(".json"):
            cap = limits.max_manifest_bytes if name == MANIFEST else limits.max_json_bytes
            if info.file_size > cap:
                raise _reject(f"The bundle member {name!r} is {info.file_size:,} bytes of JSON; the limit is {cap:,}.",
                              "json-too-large")
        total += info.file_size
        if total > limits.max_total_bytes:
            raise _reject(
                f"The bundle would unpack to more than {limits.max_total_bytes:,} bytes (a zip bomb, or a case too "
                "large for one bundle).", "too-large-unpacked")
    for name, info in seen.items():
        if info.file_size > limits.ratio_floor_bytes and info.file_size > limits.max_ratio * max(info.compress_size, 1):
            raise _reject(
                f"The bundle member {name!r} expands {info.file_size // max(info.compress_size, 1):,} times "
                f"(limit {limits.max_ratio}): a zip bomb.", "compression-ratio")
    if MANIFEST not in seen:
        raise _reject("The bundle has no manifest.json: it is not a Liaison bundle or it is damaged.", "no-manifest")
    return seen


# ------------------------------------------------------------------------ JSON
# The strict JSON of every file Liaison reads (liaison.strictread): no NaN or Infinity, no duplicate key,
# depth counted without recursion.

_NOT_CANONICAL = object()


def _fast_canonical(data: bytes | memoryview) -> Any:
    """The document, when ``data`` is exactly the canonical form Liaison writes (keys sorted, compact:
    :func:`liaison.canonical.dumps_sorted`), parsed by orjson; else ``_NOT_CANONICAL``, and the strict
    parser decides. Writing the parsed document back must give the very same bytes, which rules out
    duplicate keys (one would be lost), NaN, and any other text two parsers might read differently."""
    try:
        obj = orjson.loads(data)
    except orjson.JSONDecodeError:
        return _NOT_CANONICAL
    try:
        same = dumps_sorted(obj) == data
    except (TypeError, ValueError):
        return _NOT_CANONICAL
    return obj if same else _NOT_CANONICAL


def loads(data: bytes, name: str, limits: Limits = DEFAULT_LIMITS) -> Any:
    """Strict JSON: UTF-8, no NaN/Infinity, no duplicate keys, bounded size and depth."""
    cap = limits.max_manifest_bytes if name == MANIFEST else limits.max_json_bytes
    if len(data) > cap:
        raise _reject(f"The bundle member {name!r} is {len(data):,} bytes of JSON; the limit is {cap:,}.",
                      "json-too-large")
    obj = _fast_canonical(data)
    if obj is not _NOT_CANONICAL:
        if strictread.depth(obj, limits.max_json_depth) > limits.max_json_depth:
            raise _reject(f"The bundle member {name!r} nests deeper than {limits.max_json_depth} levels.",
                          "json-too-deep")
        return obj
    try:
        text = data.decode("utf-8")
        obj = json.loads(text, parse_constant=strictread.no_constants, parse_float=strictread.finite,
                         object_pairs_hook=strictread.unique_pairs)
    except RecursionError as exc:
        raise _reject(f"The bundle member {name!r} nests too deeply.", "json-too-deep") from exc
    except (UnicodeDecodeError, ValueError) as exc:
        raise _reject(f"The bundle member {name!r} is not valid JSON ({str(exc)[:200]}).", "malformed-json") from exc
    if strictread.depth(obj, limits.max_json_depth) > limits.max_json_depth:
        raise _reject(f"The bundle member {name!r} nests deeper than {limits.max_json_depth} levels.",
                      "json-too-deep")
    return obj


# ------------------------------------------------------------------- manifest
def check_manifest(manifest: Any, limits: Limits = DEFAULT_LIMITS) -> dict[str, Any]:
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _reject("manifest.json does not describe a Liaison bundle.", "not-a-bundle")
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _reject("manifest.json has no valid format_version.", "bad-manifest")
    if version > FORMAT_VERSION:
        raise BundleTooNew(
            f"This bundle uses format version {version}; this Liaison reads up to version {FORMAT_VERSION}.",
            problem="format-too-new", hint="Update Liaison to open it. Nothing was imported.")
    members = manifest.get("members")
    if not isinstance(members, dict):
        raise _reject("manifest.json has no list of members.", "bad-manifest")
    for name, entry in members.items():
        check_member_name(name, limits)
        if name == MANIFEST:
            raise _reject("manifest.json lists itself as a member.", "bad-manifest")
        if (not isinstance(entry, dict) or not isinstance(entry.get("sha256"), str)
                or not _SHA256.match(entry["sha256"]) or not isinstance(entry.get("size"), int)
                or isinstance(entry.get("size"), bool) or entry["size"] < 0):
            raise _reject(f"manifest.json has an invalid entry for {name!r} (needs sha256 and size).", "bad-manifest")
    for key in ("counts", "case"):
        if key in manifest and not isinstance(manifest[key], dict):
            raise _reject(f"manifest.json: '{key}' has the wrong type.", "bad-manifest")
    case = manifest.get("case") or {}
    for key in ("id", "reference"):
        if key in case and not isinstance(case[key], str):
            raise _reject(f"manifest.json: the case's '{key}' is not text.", "bad-manifest")
    for key in ("source_vault", "exported_by", "created_at", "bundle_id"):
        if manifest.get(key) is not None and not isinstance(manifest[key], str):
            raise _reject(f"manifest.json: '{key}' is not text.", "bad-manifest")
    return manifest


# --------------------------------------------------------------------- reader
class Bundle:
    """A decrypted, fully checked bundle held in memory. Members are read by name,
    and only names listed in the manifest can be read."""

    def __init__(self, plain: bytes | memoryview, limits: Limits = DEFAULT_LIMITS, *,
                 verify_files: bool = True) -> None:
        self.limits = limits
        self._unverified: set[str] = set()  # files/ members whose SHA-256 is checked later (verify_member)
        self._verified_json: dict[str, bytes] = {}  # JSON members kept from the hash check (bounded by the limits)
        self._plain = plain
        self._stored: dict[str, tuple[int, int]] = {}  # stored (uncompressed) members: where their bytes lie
        try:
            self._zf = zipfile.ZipFile(io.BytesIO(plain) if isinstance(plain, bytes) else _MemoryFile(plain))
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError, NotImplementedError) as exc:
            # (NotImplementedError: a directory entry asking for a zip version Python does not read; found by
            # the fuzzing run of the proof suite)
            raise _reject(f"The decrypted bundle is not a valid zip ({exc}).", "bad-zip") from exc
        try:
            self._infos = check_directory(self._zf, limits)
            self.manifest = check_manifest(loads(self._read(MANIFEST), MANIFEST, limits), limits)
            self._verify_members(verify_files)
        except BaseException:
            self._zf.close()
            raise

    def _read(self, name: str) -> bytes:
        info = self._infos[name]
        try:
            with self._zf.open(info) as fh:
                data = fh.read(info.file_size + 1)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError) as exc:
            raise _reject(f"The bundle member {name!r} cannot be read: {exc}.", "bad-zip") from exc
        if len(data) != info.file_size:
            raise _reject(f"The bundle member {name!r} is not the size its directory entry says.", "bad-zip")
        return data

    def _verify_members(self, verify_files: bool = True) -> None:
        listed = set(self.manifest["members"])
        present = set(self._infos) - {MANIFEST}
        extra = sorted(present - listed)
        if extra:
            raise _reject(f"The bundle holds members that manifest.json does not list: {', '.join(extra[:5])}.",
                          "unlisted-member")
        missing = sorted(listed - present)
        if missing:
            raise _reject(f"manifest.json lists members the bundle does not hold: {', '.join(missing[:5])}.",
                          "missing-member")
        for name in sorted(listed):
            entry = self.manifest["members"][name]
            if self._infos[name].file_size != entry["size"]:
                raise _reject(f"The bundle member {name!r} is not the size manifest.json records: it was altered.",
                              "hash-mismatch")
            if not verify_files and name.startswith(FILES_DIR):
                self._unverified.add(name)
                continue
            data = self._checked(name)
            if name.endswith(".json"):
                # Read once: the records are parsed from these verified bytes, not
                # decompressed a second time (stored files are used in place).
                self._verified_json[name] = bytes(data)
            del data

    def _checked(self, name: str, *, crc: bool = True) -> bytes | memoryview:
        info = self._infos[name]
        if info.compress_type == zipfile.ZIP_STORED:
            data = self._stored_view(name, info, crc=crc)
        else:
            data = self._read(name)
        if hashlib.sha256(data).hexdigest() != self.manifest["members"][name]["sha256"]:
            raise self._altered(name)
        return data

    @staticmethod
    def _altered(name: str) -> BundleRejected:
        return _reject(f"The bundle member {name!r} does not match its SHA-256 in manifest.json: it was altered.",
                       "hash-mismatch")

    def verify_member(self, name: str) -> None:
        """Check a member left unchecked at opening (``verify_files=False``) against its SHA-256 in the
        manifest. An importer does this for the files on a thread of its own while it reads the records;
        nothing is written from a member before it is checked."""
        if name in self._unverified:
            # The SHA-256 against the manifest is the check that counts; the zip's CRC-32 of a stored
            # file would only say less, more slowly.
            self._checked(name, crc=False)
            self._unverified.discard(name)

    def unchecked_view(self, name: str) -> memoryview | None:
        """A stored member's bytes in place, before their SHA-256 is checked: for an importer's worker thread,
        which hashes them itself and reports the digest to :meth:`confirm` before using them. None for a
        compressed member (:meth:`read_view` reads and checks it)."""
        if name not in self._unverified:
            return None
        info = self._infos[name]
        if info.compress_type != zipfile.ZIP_STORED:
            return None
        return self._stored_view(name, info, crc=False)

    def confirm(self, name: str, sha256_hex: str) -> None:
        """The SHA-256 a worker computed over :meth:`unchecked_view`: the member counts as checked when it is
        the manifest's, and the bundle is refused as altered when it is not."""
        if sha256_hex != self.manifest["members"][name]["sha256"]:
            raise self._altered(name)
        self._unverified.discard(name)

    _LOCAL_HEADER = struct.Struct("<4sHHHHHIIIHH")

    def _stored_view(self, name: str, info: zipfile.ZipInfo, *, crc: bool = True) -> memoryview:
        """The bytes of a stored member, in place in the decrypted bundle (no copy),
        with the checks ``ZipFile.open`` makes: local header signature, same name,
        not encrypted, stored, inside the file, CRC-32. Its SHA-256 is checked by the
        caller; the bytes cannot change afterwards (an immutable ``bytes``, or the read-only view of a
        decryption's memory, which nothing writes to any more)."""
        plain, off = self._plain, info.header_offset
        head = plain[off:off + self._LOCAL_HEADER.size]
        if off < 0 or len(head) != self._LOCAL_HEADER.size:
            raise _reject(f"The bundle member {name!r} cannot be read: its header is outside the file.", "bad-zip")
        sig, _ver, flags, method, _t, _d, _crc, _cs, _us, nlen, xlen = self._LOCAL_HEADER.unpack(head)
        if sig != b"PK\x03\x04":
            raise _reject(f"The bundle member {name!r} cannot be read: bad local header.", "bad-zip")
        start = off + self._LOCAL_HEADER.size
        raw_name = bytes(plain[start:start + nlen])
        try:
            local_name = raw_name.decode("utf-8" if flags & 0x800 else "cp437")
        except UnicodeDecodeError:
            local_name = None
        if local_name != info.orig_filename:
            raise _reject(f"The bundle member {name!r} cannot be read: its local name differs from the directory.",
                          "bad-zip")
        # 0x1 encrypted, 0x20 compressed patch data, 0x40 strong encryption: as ZipFile.open refuses
        if (flags | info.flag_bits) & 0x61 or method != zipfile.ZIP_STORED:
            raise _reject(f"The bundle member {name!r} cannot be read: its local header disagrees with the "
                          "directory.", "bad-zip")
        start += nlen + xlen
        end = start + info.compress_size
        if info.compress_size != info.file_size or end > len(plain):
            raise _reject(f"The bundle member {name!r} is not the size its directory entry says.", "bad-zip")
        view = memoryview(plain)[start:end]
        if crc and zlib.crc32(view) != info.CRC:
            raise _reject(f"The bundle member {name!r} cannot be read: Bad CRC-32.", "bad-zip")
        self._stored[name] = (start, end)
        return view

    @property
    def names(self) -> list[str]:
        return sorted(self.manifest["members"])

    def read_view(self, name: str) -> bytes | memoryview:
        """A member's bytes; for a stored member already checked, a read-only view
        into the decrypted bundle instead of a copy (for writing it into the vault)."""
        self.verify_member(name)
        where = self._stored.get(name)
        if where is None:
            return self.read_bytes(name)
        return memoryview(self._plain)[where[0]:where[1]]

    def read_bytes(self, name: str) -> bytes:
        if name not in self.manifest["members"]:
            raise _reject(f"The bundle refers to a member it does not hold ({name!r}).", "missing-member")
        self.verify_member(name)
        cached = self._verified_json.get(name)
        return cached if cached is not None else self._read(name)

    def read_json(self, name: str) -> Any:
        return loads(self.read_bytes(name), name, self.limits)

    def close(self) -> None:
        self._verified_json.clear()
        self._stored.clear()
        self._zf.close()

    def __enter__(self) -> "Bundle":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_bundle(
    data: bytes,
    *,
    passphrase: str | None = None,
    identities: Sequence[str | pyrage.x25519.Identity] = (),
    limits: Limits = DEFAULT_LIMITS,
    verify_files: bool = True,
) -> Bundle:
    """Decrypt and check a bundle (all in memory). Raises :class:`BundleRejected`. With ``verify_files``
    false the SHA-256 of the ``files/`` members is left to :meth:`Bundle.verify_member` (or to the first
    read of each)."""
    return Bundle(decrypt(data, passphrase=passphrase, identities=identities, limits=limits), limits,
                  verify_files=verify_files)


def read_file(path, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """The encrypted bytes of a bundle file, refusing what is too large to hold."""
    from pathlib import Path

    p = Path(path)
    try:
        size = p.stat().st_size
        if size > limits.max_bundle_bytes:
            raise _reject(f"The bundle is {size:,} bytes; the limit is {limits.max_bundle_bytes:,}.", "too-large",
                          hint="Ask the sender to split the case or to leave out large files.")
        if not p.is_file():
            raise _reject(f"{p} is not a file.", "not-a-file", hint=None)
        return p.read_bytes()
    except OSError as exc:
        raise BundleRejected(f"Cannot read the bundle {p}: {exc.strerror}.", problem="unreadable") from exc
