"""Case bundles: export and import of a case with 1,000 exchanges and 50
attachments (about 50 MB of random bytes), against the floor of zipping and
age-encrypting (or age-decrypting and unzipping) the same bytes in the same run."""

from __future__ import annotations

import io
import os
import statistics
import tempfile
import time
import zipfile
from pathlib import Path

import pyrage
from keyring.backend import KeyringBackend

from liaison.bundles.export import build_case_bundle, export_case
from liaison.bundles.importer import import_bundle
from liaison.keychain import Keychain
from liaison.vault import Vault

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


def _median(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


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
    repeat = 1 if quick else 3
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
            export_case(a, case, path, recipients=[recipient])
            return path

        # The floor: the same members, zipped the same way, age-encrypted, written.
        zip_bytes, manifest, _ = build_case_bundle(a, case)
        with zipfile.ZipFile(io.BytesIO(zip_bytes)) as zf:
            members = [(i, zf.read(i)) for i in zf.infolist()]
        total = sum(len(d) for _, d in members)

        def floor_export() -> None:
            # As fast as plain tools go: zip into memory, stream it through age
            # into the file (no second, encrypted copy in memory), no fsync.
            buf = io.BytesIO()
            with zipfile.ZipFile(buf, "w") as zf:
                for info, data in members:
                    zf.writestr(info, data, compress_type=info.compress_type)
            buf.seek(0)
            with open(tmp / "floor.age", "wb") as fh:
                pyrage.encrypt_io(buf, fh, [receiver.to_public()])

        blobs = [d for i, d in members if i.filename.startswith("files/")]

        def vault_read() -> None:
            # What the floor cannot do: the same files read out of the encrypted vault.
            n = sum(len(r[0]) for r in a.db.conn.execute(
                "SELECT content FROM attachments WHERE exchange_id IN (SELECT id FROM exchanges WHERE case_id = ?)",
                (case,)))
            assert n == sum(len(b) for b in blobs)

        f_exp = _median(floor_export, repeat)
        m_exp = _median(export, repeat)
        r_exp = _median(vault_read, repeat)
        out.append({"name": f"export a case ({exchanges:,} exchanges, {attachments} files, {total / 1e6:.0f} MB)",
                    "measured": m_exp, "floor": f_exp, "ratio": m_exp / f_exp, "aim": "within 1.5x of the floor",
                    "notes": "floor: zip the same members and stream them through age to the same X25519 recipient "
                             "into a file; measured adds reading every row and file out of the encrypted vault "
                             f"(reading the files alone, bare SQL: {r_exp * 1e3:.1f} ms in this run; floor + that "
                             f"read = {m_exp / (f_exp + r_exp):.2f}x), the audit extract, SHA-256 of every member, "
                             "the disclosure entry and an fsynced atomic rename"})

        bundle = export().read_bytes()

        def floor_import() -> None:
            plain = pyrage.decrypt(bundle, [receiver])
            with zipfile.ZipFile(io.BytesIO(plain)) as zf:
                for info in zf.infolist():
                    zf.read(info)

        def do_import() -> None:
            b, _ = Vault.create(tmp / f"b-{time.perf_counter_ns()}.liaison", PASSPHRASE, keychain=kc)
            try:
                t = time.perf_counter()
                import_bundle(b, bundle, identities=[receiver])
                times.append(time.perf_counter() - t)
            finally:
                b.close()

        def vault_write() -> None:
            # What the floor cannot do: the same files written into an empty
            # encrypted vault in one transaction (bare SQL, nothing checked).
            c, _ = Vault.create(tmp / f"c-{time.perf_counter_ns()}.liaison", PASSPHRASE, keychain=kc)
            try:
                c.db.execute("CREATE TABLE bench_blobs (id INTEGER PRIMARY KEY, content BLOB NOT NULL) STRICT")
                t = time.perf_counter()
                with c.transaction() as db:
                    db.conn.executemany("INSERT INTO bench_blobs (content) VALUES (?)", ((b,) for b in blobs))
                w_times.append(time.perf_counter() - t)
            finally:
                c.close()

        times: list[float] = []
        w_times: list[float] = []
        f_imp = _median(floor_import, repeat)
        for _ in range(repeat):
            do_import()
            vault_write()
        m_imp = statistics.median(times)
        w_imp = statistics.median(w_times)
        out.append({"name": "import that case into an empty vault", "measured": m_imp, "floor": f_imp,
                    "ratio": m_imp / f_imp, "aim": "within 1.5x of the floor",
                    "notes": "floor: age-decrypt and read every zip member; measured adds checking every hash, "
                             f"record and reference, writing {total / 1e6:.0f} MB into the encrypted vault in one committed "
                             f"transaction (the files alone, bare SQL: {w_imp * 1e3:.1f} ms in this run; floor + "
                             f"that write = {m_imp / (f_imp + w_imp):.2f}x), one audit entry per record and the "
                             "search index"})
        a.close()
    return out
