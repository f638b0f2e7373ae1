"""``liaison self-check``: a short end-to-end run of the core in a temporary folder.

It answers the question an IT department asks after installing Liaison (pip, a
frozen build, a Flatpak): does this copy work on this machine? Each step uses the
same code as the officer's commands, on two throw-away vaults in a temporary folder
that is removed afterwards; the officer's vault, settings and OS keychain are never
touched (the vaults get a keychain that refuses everything).

Steps: the resources are there (fonts, templates, labels, translations, reference
data); the keychain backends this platform uses can be loaded; create a vault;
lock it and unlock it with the passphrase; write a case with an attachment in
several scripts and read it back; render a document to PDF (fonts embedded); export
the case as a bundle to a second vault's key, and with a passphrase (age's scrypt in
its child process); import it into the second vault; lock both.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import io
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from . import __version__, resources
from .errors import LiaisonError, VaultLocked

PASSPHRASE = "self-check passphrase, thrown away"
# Several scripts, so that fonts, shaping and the search index are exercised.
TITLE = "Self-check: Łódź / Αθήνα / Москва / القاهرة / 北京"
ATTACHMENT = "Self-check attachment: Łódź, Αθήνα, Москва, القاهرة, 北京\n".encode() * 64

# The keyring backends each platform's keychain goes through (keyring's entry points).
PLATFORM_BACKENDS = {
    "linux": ("SecretService",),
    "darwin": ("macOS",),
    "win32": ("Windows",),
}


@dataclass
class Step:
    name: str
    ok: bool
    seconds: float
    detail: str


class _Failed(Exception):
    pass


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise _Failed(message)


def _inert_keychain():
    """A keychain that stores nothing: the self-check never reaches the OS keychain."""
    import keyring.backends.fail

    from .keychain import Keychain

    return Keychain(keyring.backends.fail.Keyring())


def check_resources() -> str:
    fonts = sorted(p.name for p in resources.path("fonts").glob("*.ttf"))
    templates = sorted(p.stem for p in resources.path("templates").glob("*.yaml"))
    labels = sorted(p.stem for p in resources.path("templates", "labels").glob("*.yaml"))
    translations = sorted(p.stem for p in resources.path("translations").glob("*.qm"))
    reference = sorted(p.name for p in resources.path("reference").glob("*.json"))
    _check(len(fonts) >= 5, f"only {len(fonts)} fonts under {resources.path('fonts')}")
    _check(bool(templates), f"no templates under {resources.path('templates')}")
    _check("en" in labels, "the English labels are missing")
    _check(bool(translations), "no compiled translations (.qm)")
    _check(bool(reference), "no reference data")
    return (f"{len(fonts)} fonts, {len(templates)} templates, labels {'/'.join(labels)}, "
            f"{len(translations)} translations, {len(reference)} reference files in {resources.root()}")


def check_keychain_backends() -> str:
    """The backends keyring would choose from here are present and import (a frozen build must carry them and
    keyring's entry points). Nothing is read from or written to any keychain."""
    points = {ep.name: ep for ep in importlib.metadata.entry_points(group="keyring.backends")}
    _check(bool(points), "keyring has no backends (its entry points are missing)")
    platform = "linux" if sys.platform.startswith("linux") else sys.platform
    wanted = PLATFORM_BACKENDS.get(platform, ())
    missing = [name for name in wanted if name not in points]
    _check(not missing, f"keyring backend(s) missing: {', '.join(missing)}")
    loaded = []
    for name in wanted:
        try:
            points[name].load()
        except Exception as exc:  # noqa: BLE001 - any import failure of a backend is the finding
            raise _Failed(f"the {name} keyring backend does not load: {type(exc).__name__}: {exc}") from exc
        loaded.append(name)
    return f"{', '.join(loaded) or 'none needed'} loaded; all: {', '.join(sorted(points))}"


class SelfCheck:
    """Runs the steps in ``folder``; each step's outcome is kept in ``steps``."""

    def __init__(self, folder: Path, progress: Callable[[Step], None] | None = None) -> None:
        self.folder = folder
        self.progress = progress
        self.steps: list[Step] = []
        self.vault = None
        self.receiver = None
        self.case_ref = ""
        self.attachment_id = ""
        self.bundles: dict[str, bytes] = {}

    def step(self, name: str, fn: Callable[[], str]) -> bool:
        start = time.perf_counter()
        try:
            detail, ok = fn(), True
        except (_Failed, LiaisonError) as exc:
            detail, ok = str(exc), False
        except Exception as exc:  # noqa: BLE001 - the self-check reports, it does not crash
            detail, ok = f"{type(exc).__name__}: {exc}", False
        step = Step(name, ok, round(time.perf_counter() - start, 3), detail)
        self.steps.append(step)
        if self.progress:
            self.progress(step)
        return ok

    # ------------------------------------------------------------------ steps
    def create(self) -> str:
        from .vault import Vault

        self.vault, code = Vault.create(self.folder / "a" / "vault.liaison", PASSPHRASE, keychain=_inert_keychain())
        _check(bool(code), "no recovery code was issued")
        return f"vault {self.vault.id} (SQLCipher, Argon2id key slots)"

    def unlock(self) -> str:
        from .vault import Vault

        path = self.vault.path
        self.vault.close()
        self.vault = None
        self.vault = Vault.open(path, PASSPHRASE, keychain=_inert_keychain())
        return f"reopened with the passphrase ({self.vault.unlocked_by.method})"

    def write(self) -> str:
        v = self.vault
        case = v.cases.add(title=TITLE, requesting_state="PL", requested_state="PT",
                           summary="Written and read back by liaison self-check.")
        self.case_ref = v.cases.get(case.id)["reference"]
        v.persons.add(case=case.id, name="Zhang Wei 张伟", category="witness")
        entry = v.exchanges.add(direction="sent", summary="Self-check request", case=case.id, channel="e-mail",
                                attachments=[("self-check.txt", ATTACHMENT)])
        _check(v.cases.get(self.case_ref)["title"] == TITLE, "the case title did not come back unchanged")
        attachments = v.db.execute("SELECT id FROM attachments WHERE exchange_id = ?", (entry.id,)).fetchall()
        _check(len(attachments) == 1, "the attachment was not recorded")
        self.attachment_id = attachments[0][0]
        _check(v.attachments.content(self.attachment_id) == ATTACHMENT, "the attachment did not read back intact")
        found = v.search.query("Łódź", types=["case"]).get("case", [])
        _check(any(hit["record_id"] == case.id for hit in found), "the search index does not find the case")
        return f"case {self.case_ref} with a person, a log entry and an encrypted attachment; found by search"

    def render(self) -> str:
        from pypdf import PdfReader

        from .documents import context
        from .documents.render import render

        view = context.resolve(self.vault, self.case_ref, "cover-letter", draft=True,
                               answers={"message": TITLE, "enclosed": ["self-check.txt"]})
        data = render(view)
        _check(data.startswith(b"%PDF-"), "the renderer did not produce a PDF")
        reader = PdfReader(io.BytesIO(data))
        fonts = set()
        for page in reader.pages:
            for ref in page["/Resources"].get_object().get("/Font", {}).values():
                font = ref.get_object()
                fonts.add(str(font.get("/BaseFont")))
        # Latin, Arabic and Han at least: the message is written in five scripts.
        _check(len(fonts) >= 3, f"only {len(fonts)} font(s) embedded: {sorted(fonts)}")
        text = "".join(page.extract_text() or "" for page in reader.pages)
        _check("Łódź" in text and "Москва" in text, "the message did not come out in the PDF's text")
        return f"cover letter draft: {len(reader.pages)} page(s), {len(data):,} bytes, {len(fonts)} fonts embedded"

    def export(self) -> str:
        from .bundles import export, identity
        from .vault import Vault

        self.receiver, _code = Vault.create(self.folder / "b" / "vault.liaison", PASSPHRASE,
                                            keychain=_inert_keychain())
        recipient = identity.public_key(self.receiver)
        out = self.folder / "handover.liaison-bundle"
        result = export.export_case(self.vault, self.case_ref, out, recipients=[recipient],
                                    to=["self-check"], purpose="liaison self-check")
        self.bundles["recipient"] = out.read_bytes()
        locked = self.folder / "handover-passphrase.liaison-bundle"
        export.export_case(self.vault, self.case_ref, locked, passphrase=PASSPHRASE, to=["self-check"],
                           purpose="liaison self-check (passphrase)")
        self.bundles["passphrase"] = locked.read_bytes()
        return (f"to a vault's key: {result['bytes']:,} bytes; with a passphrase "
                f"(age scrypt in a child process): {len(self.bundles['passphrase']):,} bytes")

    def import_(self) -> str:
        from .bundles import importer

        result = importer.import_bundle(self.receiver, self.bundles["recipient"])
        _check(not result["dry_run"], "the import was a dry run")
        case = self.receiver.cases.get(self.case_ref)
        _check(case["title"] == TITLE, "the imported case's title differs")
        row = self.receiver.db.execute("SELECT id FROM attachments WHERE id = ?", (self.attachment_id,)).fetchone()
        _check(row is not None, "the attachment did not arrive")
        got = self.receiver.attachments.content(self.attachment_id)
        _check(hashlib.sha256(got).digest() == hashlib.sha256(ATTACHMENT).digest(), "the attachment differs")
        plan = importer.import_bundle(self.receiver, self.bundles["passphrase"], passphrase=PASSPHRASE,
                                      dry_run=True)
        _check(plan["dry_run"], "the passphrase bundle's dry run wrote")
        return (f"case {self.case_ref} and its attachment in the second vault; the passphrase bundle opens "
                "(dry run)")

    def lock(self) -> str:
        for v in (self.vault, self.receiver):
            v.lock()
            try:
                v.cases.get(self.case_ref)
            except VaultLocked:
                continue
            raise _Failed("a locked vault still answered")
        return "both vaults locked; reading refused"

    def close(self) -> None:
        for v in (self.vault, self.receiver):
            if v is not None:
                try:
                    v.close()
                except Exception:  # noqa: BLE001 - closing after a failed step
                    pass

    def run(self) -> bool:
        self.step("resources", check_resources)
        self.step("keychain backends", check_keychain_backends)
        ok = True
        for name, fn in (("create vault", self.create), ("lock and unlock", self.unlock),
                         ("write and read back", self.write), ("render a document", self.render),
                         ("export bundles", self.export), ("import a bundle", self.import_),
                         ("lock", self.lock)):
            if not self.step(name, fn):
                ok = False
                break
        self.close()
        return ok and all(s.ok for s in self.steps)


def run(progress: Callable[[Step], None] | None = None) -> dict[str, Any]:
    """Run every step in a temporary folder (removed afterwards). Returns ``{ok, version, frozen, python,
    platform, seconds, steps: [{name, ok, seconds, detail}]}``."""
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="liaison-self-check-") as tmp:
        check = SelfCheck(Path(tmp), progress)
        ok = check.run()
    return {
        "ok": ok,
        "version": __version__,
        "frozen": bool(getattr(sys, "frozen", False)),
        "python": sys.version.split()[0],
        "platform": sys.platform,
        "seconds": round(time.perf_counter() - start, 3),
        "steps": [asdict(s) for s in check.steps],
    }
