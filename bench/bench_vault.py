"""Vault costs: opening (keychain slot, passphrase) and encrypted inserts,
each against plain SQLite doing the same work in the same run."""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from keyring.backend import KeyringBackend

from liaison import keychain as keychain_module
from liaison.keychain import Keychain
from liaison.vault import Vault

PASSPHRASE = "benchmark passphrase 2026"


class _BenchKeyring(KeyringBackend):
    """In-process keychain: measures Liaison's own cost, not a D-Bus round trip."""

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

ROW = ("2026-03-12T10:15:00+00:00", "received", "Europol SIENA", "TLP:AMBER",
       "Request concerning the vessel Zefir and its crew, follow-up to our earlier message", "PL")


def _plain_db(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    return conn


SCHEMA = """CREATE TABLE entries (id INTEGER PRIMARY KEY, at TEXT, direction TEXT, channel TEXT,
            handling TEXT, summary TEXT, country TEXT)"""
INSERT = "INSERT INTO entries (at, direction, channel, handling, summary, country) VALUES (?,?,?,?,?,?)"


def _median(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def run(quick: bool = False) -> list[dict]:
    n = 2_000 if quick else 100_000
    repeat = 3 if quick else 15
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        backend = _BenchKeyring()
        v, _ = Vault.create(tmp / "bench.liaison", PASSPHRASE, use_keychain=True, keychain=Keychain(backend))
        v.close()
        plain_path = tmp / "plain.sqlite"
        c = _plain_db(plain_path)
        c.execute("CREATE TABLE t (x)")
        c.close()

        def open_plain():
            conn = _plain_db(plain_path)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            conn.close()

        def open_keychain():
            Vault.open(tmp / "bench.liaison", keychain=Keychain(backend)).close()

        def open_passphrase():
            Vault.open(tmp / "bench.liaison", PASSPHRASE, keychain=Keychain(backend)).close()

        floor = _median(open_plain, repeat)
        kc = _median(open_keychain, repeat)
        out.append({"name": "open via keychain slot", "measured": kc, "floor": floor, "ratio": kc / floor,
                    "aim": "no key derivation: milliseconds",
                    "notes": "floor: open a plain SQLite file and read its schema"})
        pp = _median(open_passphrase, 3)
        out.append({"name": "open via passphrase", "measured": pp, "floor": kc, "ratio": pp / kc,
                    "aim": "about 0.5 s (Argon2id 256 MiB, by design)",
                    "notes": "floor: the same open through the keychain; the difference is the Argon2id cost"})

        # Inserts: the same rows, one transaction, same pragmas.
        rows = [ROW] * n

        def plain_inserts():
            p = tmp / f"plain-{time.perf_counter_ns()}.sqlite"
            conn = _plain_db(p)
            conn.execute(SCHEMA)
            conn.execute("BEGIN")
            conn.executemany(INSERT, rows)
            conn.execute("COMMIT")
            conn.close()

        vault = Vault.open(tmp / "bench.liaison", keychain=Keychain(backend))
        counter = [0]

        def vault_inserts():
            counter[0] += 1
            name = f"entries_{counter[0]}"
            conn = vault._conn
            conn.execute(SCHEMA.replace("entries", name))
            conn.execute("BEGIN")
            conn.executemany(INSERT.replace("entries", name), rows)
            conn.execute("COMMIT")

        reps = 3 if quick else 5
        p_floor = _median(plain_inserts, reps)
        enc = _median(vault_inserts, reps)
        vault.close()
        out.append({"name": f"{n:,} inserts, encrypted", "measured": enc, "floor": p_floor, "ratio": enc / p_floor,
                    "aim": "within 1.25x of plain SQLite",
                    "notes": "one transaction, WAL, synchronous=NORMAL on both"})
    return out
