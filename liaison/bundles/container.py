"""Writing a bundle: a zip of JSON records and original files, with a manifest,
encrypted with ``age``.

Why a plain zip inside ``age``: a partner without Liaison opens it with two
standard tools (``age -d``, then ``unzip``), and every member is listed in
``manifest.json`` with its SHA-256 and size so that the reader can tell an
altered or padded bundle from a genuine one. Member names are deterministic
(``records/cases.json``, ``files/attachments/<sha256>``) and the zip carries no
clock time or owner, so the same records give the same zip.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import subprocess
import sys
import tempfile
import threading
import zipfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import pyrage

from ..canonical import dumps_sorted
from ..errors import ValidationError, WeakPassphrase
from ..fileutil import OWNER_ONLY, atomic_write, check_output_path, fsync_dir
from ..keyslots import check_passphrase_strength
from ..timeutil import utcnow_iso
from .errors import BundleRejected

FORMAT = "liaison-bundle"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
AUDIT_MEMBER = "audit.json"
RECORDS_DIR = "records/"
FILES_DIR = "files/"

# Fixed metadata: no clock time, regular file readable by its owner.
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)
_FILE_ATTR = (0o100600 & 0xFFFF) << 16


def dumps(obj: Any) -> bytes:
    """Canonical JSON (sorted keys, UTF-8): the same records give the same bytes."""
    return dumps_sorted(obj)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class BundleBuilder:
    """Collects members, then writes the zip with its manifest."""

    def __init__(self) -> None:
        # name -> (bytes, or a function giving them when the zip is written; compression)
        self._members: dict[str, tuple[bytes | Callable[[], bytes | memoryview], int]] = {}
        self._sha: dict[str, str] = {}
        self._size: dict[str, int] = {}

    def _add(self, name: str, data: bytes | Callable[[], bytes | memoryview], compression: int,
             digest: str | None = None, size: int | None = None) -> None:
        if name == MANIFEST or name in self._members:
            raise ValueError(f"bundle member {name!r} added twice")
        self._members[name] = (data, compression)
        self._sha[name] = digest or sha256(data)  # type: ignore[arg-type]
        self._size[name] = len(data) if size is None else size  # type: ignore[arg-type]

    def add_json(self, name: str, obj: Any) -> None:
        self._add(name, dumps(obj), zipfile.ZIP_DEFLATED)

    def add_file(self, data: bytes, folder: str, *, digest: str | None = None) -> str:
        """Add an original file under ``files/<folder>/<sha256>`` (stored as is:
        PDFs and images do not compress). Returns the member name; identical
        content is stored once. ``digest``: the SHA-256 already known for ``data``."""
        digest = digest or sha256(data)
        name = f"{FILES_DIR}{folder}/{digest}"
        if name not in self._members:
            self._add(name, data, zipfile.ZIP_STORED, digest)
        return name

    def add_file_source(self, load: Callable[[], bytes | memoryview], folder: str, *, digest: str,
                        size: int) -> str:
        """Like :meth:`add_file` for a file whose SHA-256 and size are known and whose bytes are read
        only while the zip is written (``load`` is called once then; what it returns may be a view
        that the next call reuses). A whole case's files are never all in memory at once."""
        name = f"{FILES_DIR}{folder}/{digest}"
        if name not in self._members:
            self._add(name, load, zipfile.ZIP_STORED, digest, size)
        return name

    def sha(self, name: str) -> str:
        return self._sha[name]

    @property
    def names(self) -> list[str]:
        return sorted(self._members)

    def manifest(self, info: dict[str, Any]) -> dict[str, Any]:
        return {
            **info,
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "created_at": info.get("created_at") or utcnow_iso(),
            "members": {name: {"sha256": self._sha[name], "size": self._size[name]} for name in sorted(self._members)},
        }

    def build_zip(self, info: dict[str, Any]) -> bytes:
        """The zip: ``manifest.json`` first, then the members in name order."""
        return self.build_zip_buffer(info).getvalue()

    def build_zip_buffer(self, info: dict[str, Any]) -> io.BytesIO:
        """The zip in a buffer (export streams it into age without another copy)."""
        manifest = self.manifest(info)
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", allowZip64=True) as zf:
            _write_member(zf, MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True).encode(),
                          zipfile.ZIP_DEFLATED)
            for name in sorted(self._members):
                data, compression = self._members[name]
                if callable(data):
                    data = data()
                    if len(data) != self._size[name]:
                        raise BundleRejected(f"The file {name} changed while the bundle was written.",
                                             problem="changed")
                _write_member(zf, name, data, compression)
        return out


def _write_member(zf: zipfile.ZipFile, name: str, data: bytes, compression: int) -> None:
    info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
    info.external_attr = _FILE_ATTR
    info.create_system = 3  # Unix, so that the mode bits above are read
    info.compress_type = compression
    zf.writestr(info, data, compress_type=compression, compresslevel=6 if compression else None)


def parse_recipients(recipients: Iterable[str]) -> list[pyrage.x25519.Recipient]:
    out = []
    for text in recipients:
        text = str(text).strip()
        try:
            out.append(pyrage.x25519.Recipient.from_str(text))
        except (pyrage.RecipientError, ValueError, TypeError) as exc:
            raise ValidationError(
                f"recipient: '{text[:80]}' is not an age X25519 public key (it starts with 'age1'; "
                "'liaison identity' prints yours).",
                field="recipient",
            ) from exc
    return out


def passphrase_encrypt(plain: bytes, passphrase: str) -> bytes:
    """age's scrypt recipient, at the work factor rage picks (about a second), so
    that guessing a bundle passphrase is slow. Tests replace this with a cheap one."""
    return passphrase_age("encrypt", plain, passphrase)


_AGE_CHILD = Path(__file__).with_name("age_child.py")
# A frozen build (PyInstaller) has no interpreter to run age_child.py with: its own executable runs the
# helper when given this one argument (ui/launcher.py).
AGE_CHILD_FLAG = "--liaison-age-child"


def _age_child_command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, AGE_CHILD_FLAG]
    return [sys.executable, "-I", str(_AGE_CHILD)]


def passphrase_age(op: str, data: bytes, passphrase: str) -> bytes:
    """age's passphrase ``encrypt`` or ``decrypt`` run in a child process (:mod:`.age_child`): its scrypt
    takes about a second by design, and pyrage holds Python's lock throughout, so in this process the window
    would stop repainting for that long. The passphrase and the data go through pipes, never to disk, and the
    child gets none of Liaison's own environment variables (a vault passphrase may be among them). Where
    no child can be started it runs here. Raises pyrage's own errors, and :class:`BundleRejected` when the
    child stops without an answer (killed, out of memory)."""
    here = pyrage.passphrase.encrypt if op == "encrypt" else pyrage.passphrase.decrypt
    if not sys.executable:
        return here(data, passphrase)
    try:
        child = subprocess.Popen(_age_child_command(), stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 env={k: v for k, v in os.environ.items() if not k.startswith("LIAISON_")},
                                 creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
    except OSError:
        return here(data, passphrase)
    try:
        child.stdin.write(json.dumps({"op": op, "passphrase": passphrase}).encode() + b"\n")
        out, err = child.communicate(data)
    except OSError:  # the helper went away before reading everything
        child.kill()
        child.wait()
    except BaseException:
        child.kill()
        child.wait()
        raise
    if child.returncode == 0:
        return out
    if child.returncode == 2:
        refused = pyrage.EncryptError if op == "encrypt" else pyrage.DecryptError
        raise refused(err.decode("utf-8", "replace").strip())
    # Not retried here: what stopped it (most likely memory, for a bundle asking a large scrypt work factor)
    # would stop the application itself.
    raise BundleRejected(
        f"age's passphrase {'encryption' if op == 'encrypt' else 'decryption'} stopped before it finished "
        f"(exit code {child.returncode}); the computer may have run out of memory.", problem="age-failed",
        hint="Nothing was written. Close other programs and try again.")


def _check_lock(passphrase: str | None, recipients: Sequence[str]) -> None:
    if bool(passphrase) == bool(recipients):
        raise ValidationError(
            "Encrypt a bundle either to a passphrase or to one or more recipients (age1...), not both or neither.",
            field="recipient",
        )
    if passphrase:
        try:
            check_passphrase_strength(passphrase)
        except WeakPassphrase as exc:
            raise ValidationError(f"bundle passphrase: {exc.message}", field="passphrase") from exc


def encrypt(plain: bytes, *, passphrase: str | None = None, recipients: Sequence[str] = ()) -> bytes:
    """age-encrypt ``plain`` to a passphrase or to X25519 recipients (exactly one
    of the two). The passphrase follows the vault's rule (12 characters or more)."""
    _check_lock(passphrase, recipients)
    if passphrase:
        try:
            return passphrase_encrypt(plain, passphrase)
        except pyrage.EncryptError as exc:  # pragma: no cover - only on an internal failure
            raise BundleRejected(f"The bundle could not be encrypted: {exc}.", problem="encrypt") from exc
    parsed = parse_recipients(recipients)
    try:
        return pyrage.encrypt(plain, parsed)
    except pyrage.EncryptError as exc:  # pragma: no cover
        raise BundleRejected(f"The bundle could not be encrypted: {exc}.", problem="encrypt") from exc


def write_file(path: str | os.PathLike, data: bytes, *, overwrite: bool = False) -> Path:
    """Write the encrypted bundle atomically, readable by its owner only."""
    return atomic_write(path, data, overwrite=overwrite)


class YieldingWriter:
    """age's output, written through a method of Python's own. pyrage holds Python's lock while it encrypts
    or decrypts, and only Python code gives it up to another thread: written straight to a file or to memory
    (C methods), a 50 MB bundle kept the window from repainting for the whole of it (65 ms; over a second for
    the largest bundles). Through this, another thread waits at most one switch interval (5 ms), at no
    measurable cost."""

    __slots__ = ("_target",)

    def __init__(self, target) -> None:
        self._target = target

    def write(self, chunk: bytes) -> int:
        return self._target.write(chunk)

    def flush(self) -> None:
        self._target.flush()


class StagedBundle:
    """An encrypted bundle written beside its destination under a temporary name
    (owner-only), and put in place by :meth:`commit`: readers see no file or the
    whole file. Encrypting to X25519 recipients streams the zip through age into
    the file, without holding a second, encrypted copy in memory. Leaving the
    ``with`` block without :meth:`commit` removes the temporary file."""

    def __init__(self, path: str | os.PathLike, *, overwrite: bool = False) -> None:
        self._given, self._overwrite = path, overwrite
        path = self._destination()
        self.path = path
        self.size = 0
        self._sync: threading.Thread | None = None
        self._sync_error: OSError | None = None
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        self._tmp: str | None = tmp
        try:
            if hasattr(os, "fchmod"):
                os.fchmod(fd, OWNER_ONLY)
            self._fh = os.fdopen(fd, "wb")
        except BaseException:
            os.close(fd)
            os.unlink(tmp)
            raise

    def _destination(self) -> Path:
        # Read from the path given each time: a caller's path-like object may
        # refuse (a cancelled export) up to the moment the file is put in place.
        return check_output_path(self._given, overwrite=self._overwrite)

    def write_encrypted(self, plain: io.BytesIO, *, passphrase: str | None = None,
                        recipients: Sequence[str] = ()) -> int:
        """age-encrypt the zip in ``plain`` into the staged file; returns its size."""
        _check_lock(passphrase, recipients)
        if passphrase:
            data = encrypt(plain.getvalue(), passphrase=passphrase)
            self._fh.write(data)
        else:
            parsed = parse_recipients(recipients)
            plain.seek(0)
            try:
                pyrage.encrypt_io(plain, YieldingWriter(self._fh), parsed)
            except pyrage.EncryptError as exc:  # pragma: no cover - only on an internal failure
                raise BundleRejected(f"The bundle could not be encrypted: {exc}.", problem="encrypt") from exc
        self._fh.flush()
        self.size = self._fh.tell()
        return self.size

    def sync_in_background(self) -> None:
        """Start flushing the file to disk on another thread (fsync waits for the disk without holding the
        GIL), so that the caller can record the export meanwhile; :meth:`commit` waits for it."""
        if self._sync is None and self._tmp is not None:
            fd = self._fh.fileno()

            def run() -> None:
                try:
                    os.fsync(fd)
                except OSError as exc:
                    self._sync_error = exc

            self._sync = threading.Thread(target=run, name="bundle-fsync", daemon=True)
            self._sync.start()

    def _wait_sync(self) -> None:
        if self._sync is not None:
            self._sync.join()
            self._sync = None
            if self._sync_error is not None:
                raise self._sync_error

    def commit(self) -> Path:
        """fsync the file (or wait for :meth:`sync_in_background`), rename it into place, fsync the folder."""
        if self._tmp is None:
            raise RuntimeError("this staged bundle was already put in place or discarded")
        if self._sync is not None:
            self._wait_sync()
        else:
            os.fsync(self._fh.fileno())
        if self._destination() != self.path:
            raise ValidationError("The bundle's destination changed while it was written.", field="output")
        self._fh.close()
        os.replace(self._tmp, self.path)
        self._tmp = None
        fsync_dir(self.path.parent)
        return self.path

    def discard(self) -> None:
        with contextlib.suppress(OSError):
            self._wait_sync()
        if self._tmp is not None:
            self._fh.close()
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self._tmp)
            self._tmp = None

    def __enter__(self) -> "StagedBundle":
        return self

    def __exit__(self, *exc) -> None:
        self.discard()
