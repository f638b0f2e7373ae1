"""Case bundles: export and import of a case with 1,000 exchanges and 50
attachments (about 50 MB of random bytes), against the floor of zipping and
age-encrypting (or age-decrypting and unzipping) the same bytes in the same run."""

from __future__ import annotations

import io
import os
import shutil
import statistics
import subprocess
import tempfile
import time
import zipfile
from pathlib import Path

import pyrage
from keyring.backend import KeyringBackend

from liaison import keychain as keychain_module
from liaison.bundles import safety
from liaison.bundles.export import build_case_bundle, export_case
from liaison.bundles.importer import import_bundle
from liaison.keychain import Keychain
from liaison.vault import Vault, remove_vault_files

PASSPHRASE = "benchmark passphrase 2026"


class _BenchKeyring(KeyringBackend):
    priority = 1
    name = "Benchmark keychain"

    def __init__(self):
        super().__init__()
        self.store = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        self.store.pop((service, username), None)



# An in-memory stand-in, trusted like an OS keychain for the benchmark only.
keychain_module.TRUSTED_FOR_TESTS.add(_BenchKeyring)

def _median(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def _rounds(fns, repeat: int, *, timed: bool = False) -> list[float]:
    """Medians of each of ``fns``, run in turns (after one warm-up of each), each starting with nothing
    left to write from the run before, so that all meet the same state of the disk and the page cache."""
    def once(fn) -> float:
        if hasattr(os, "sync"):
            os.sync()  # the previous run's writes reach the disk before this run starts, not during it
        if timed:
            return fn()
        t = time.perf_counter()
        fn()
        return time.perf_counter() - t

    for fn in fns:
        once(fn)
    times: list[list[float]] = [[] for _ in fns]
    for _ in range(repeat):
        for fn, ts in zip(fns, times, strict=True):
            ts.append(once(fn))
    return [statistics.median(ts) for ts in times]


def _interleaved(floor, measured, repeat: int, *, timed: bool = False) -> tuple[float, float]:
    """Medians of the floor and the measured work, run in turns (see :func:`_rounds`)."""
    f, m = _rounds([floor, measured], repeat, timed=timed)
    return f, m


def _fill(vault, exchanges: int, attachments: int, size: int) -> str:
    case = vault.cases.add(title="Benchmark case", requesting_state="PL", requested_state="DE").id
    vault.persons.add(case=case, name="Jan Kowalski", category="suspect")
    for i in range(exchanges):
        files = [(f"annex-{i}.pdf", os.urandom(size))] if i < attachments else []
        vault.exchanges.add(direction="sent" if i % 2 else "received", summary=f"Entry {i}: request and answer",
                            case=case, channel="e-mail", attachments=files, cross_check=False)
    return case


def run(quick: bool = False) -> list[dict]:
    exchanges, attachments, size = (40, 5, 100_000) if quick else (1_000, 50, 1_000_000)
    repeat = 1 if quick else 11  # medians of 11: the VM's disk and scheduler vary from run to run
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        kc = Keychain(_BenchKeyring())
        a, _ = Vault.create(tmp / "a.liaison", PASSPHRASE, keychain=kc)
        case = _fill(a, exchanges, attachments, size)
        receiver = pyrage.x25519.Identity.generate()
        recipient = str(receiver.to_public())
        counter = [0]

        def export() -> Path:
            counter[0] += 1
            path = tmp / f"case-{counter[0]}.bundle"
            export_case(a, case, path, recipients=[recipient], purpose="benchmark handover")
            return path

        # The floor is what the partner's standard tools do with the same bytes: `zip` reads the members
        # from files and `age` encrypts the zip into a file; `age -d` then `unzip` writes them back as files.
        # Neither fsyncs. Measured adds everything the vault does (see the notes).
        zip_bytes, manifest, _ = build_case_bundle(a, case)
        plain_dir = tmp / "plain"
        infos = []
        with zipfile.ZipFile(io.BytesIO(zip_bytes)) as zf:
            for i, info in enumerate(zf.infolist()):
                src = plain_dir / f"{i:05d}"
                src.parent.mkdir(exist_ok=True)
                src.write_bytes(zf.read(info))
                infos.append((info, src))
        total = sum(info.file_size for info, _ in infos)

        def floor_export() -> None:
            buf = io.BytesIO()
            with zipfile.ZipFile(buf, "w") as zf:
                for info, src in infos:
                    zf.writestr(info, src.read_bytes(), compress_type=info.compress_type)
            buf.seek(0)
            with open(tmp / "floor.age", "wb") as fh:
                pyrage.encrypt_io(buf, fh, [receiver.to_public()])

        f_exp, m_exp = _interleaved(floor_export, export, repeat)
        out.append({"name": f"export a case ({exchanges:,} exchanges, {attachments} files, {total / 1e6:.0f} MB)",
                    "measured": m_exp, "floor": f_exp, "ratio": m_exp / f_exp, "aim": "within 1.5x of the floor",
                    "notes": "floor: zip the same members from plain files and stream the zip through age to the "
                             "same X25519 recipient into a file, as `zip` and `age` do; measured adds reading every "
                             "row out of SQLCipher and every file out of the vault's encrypted file store "
                             "(AES-256-GCM), following references, the audit extract, the disclosure entry, the "
                             "sync state of every record and an fsynced atomic rename"})

        bundle_path = export()
        bundle = bundle_path.read_bytes()

        def unzip_timed(decrypted) -> float:
            """Age-decrypt with ``decrypted`` and unzip into a folder: the time of both."""
            dest = tmp / f"unzip-{time.perf_counter_ns()}"
            t = time.perf_counter()
            plain = decrypted()
            with zipfile.ZipFile(io.BytesIO(plain) if isinstance(plain, bytes) else safety._MemoryFile(plain)) as zf:
                zf.extractall(dest)
            del plain  # released inside the timing, as the import releases its copy
            took = time.perf_counter() - t
            shutil.rmtree(dest)
            return took

        def bare_decrypt() -> bytes:
            """The faster of pyrage's two plain ways (``decrypt_io`` into a BytesIO, whose ``getvalue`` is no
            copy; ``pyrage.decrypt`` takes about 18 ms more per 50 MB)."""
            buf = io.BytesIO()
            pyrage.decrypt_io(io.BytesIO(bundle), buf, [receiver])
            return buf.getvalue()

        def floor_import() -> float:
            return unzip_timed(bare_decrypt)

        def floor_tuned() -> float:
            return unzip_timed(lambda: safety.decrypt(bundle, identities=[receiver]))

        ident_file = tmp / "identity.txt"
        ident_file.write_text(str(receiver))
        tools = shutil.which("age") and shutil.which("unzip")

        def floor_tools() -> float:
            dest, plain_zip = tmp / f"tools-{time.perf_counter_ns()}", tmp / "tools.zip"
            t = time.perf_counter()
            subprocess.run(["age", "-d", "-i", str(ident_file), "-o", str(plain_zip), str(bundle_path)], check=True)
            subprocess.run(["unzip", "-q", str(plain_zip), "-d", str(dest)], check=True)
            took = time.perf_counter() - t
            plain_zip.unlink()
            shutil.rmtree(dest)
            return took

        def do_import() -> float:
            path = tmp / f"b-{time.perf_counter_ns()}.liaison"
            b, _ = Vault.create(path, PASSPHRASE, keychain=kc)
            try:
                t = time.perf_counter()
                import_bundle(b, bundle, identities=[receiver])
                return time.perf_counter() - t
            finally:
                b.close()
                remove_vault_files(path)

        floors = [floor_import, floor_tuned] + ([floor_tools] if tools else [])
        f_imp, f_tuned, *f_tools, m_imp = _rounds([*floors, do_import], repeat, timed=True)
        out.append({"name": "import that case into an empty vault", "measured": m_imp, "floor": f_imp,
                    "ratio": m_imp / f_imp, "aim": "within 1.5x of the floor",
                    "notes": "floor: age-decrypt with pyrage into memory and unzip into a folder with zipfile, as "
                             "`age -d` and `unzip` do; measured adds checking every member's SHA-256, every "
                             "record, type and reference, encrypting "
                             f"the {total / 1e6:.0f} MB into the vault's file store (fsynced) and writing every "
                             "record, one audit entry per record and the search index in one committed SQLCipher "
                             "transaction. The import decrypts into huge pages of memory where the system gives "
                             "them (Linux), which the bare floor does not"})
        out.append({"name": "  the same, the floor decrypting as the import does", "measured": m_imp,
                    "floor": f_tuned, "ratio": m_imp / f_tuned, "aim": "for information",
                    "notes": "floor: the import's own decryption (liaison.bundles.safety.decrypt), then unzip: "
                             "what is left is the vault's own work against unzipping"})
        if tools:
            out.append({"name": "  the same, against the age and unzip commands", "measured": m_imp,
                        "floor": f_tools[0], "ratio": m_imp / f_tools[0], "aim": "for information",
                        "notes": "floor: `age -d -o FILE` then `unzip -q FILE -d DIR`, what a partner without "
                                 "Liaison runs"})
        a.close()
    return out
