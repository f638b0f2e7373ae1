"""SIGKILL at every I/O point of an operation, then open, check, audit verify and an all-or-nothing
comparison. Run as a script (a clean process: no Qt): ``python crashdriver.py SCENARIO FOLDER N SEED``;
prints one JSON line of results.

An operation's kill points are the calls into the system and SQLite it makes (writes, syncs, renames,
unlinks, statements, commits), counted by a profile hook on every thread; the operation is first run
whole to count them, then, for each chosen point, run again in a forked process that kills itself with
SIGKILL just before that call. ``N`` points are chosen evenly across the count (``0`` means every one);
with a negative ``N`` the kills come at random moments instead (a timer), ``-N`` of them.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/ (conftest constants)

from liaison import keyslots  # noqa: E402

CHEAP = {"time_cost": 1, "memory_cost": 1024, "parallelism": 1}
keyslots.kdf_params = lambda: dict(CHEAP)

from liaison.errors import LiaisonError  # noqa: E402
from liaison.vault import Vault, copy_vault_files  # noqa: E402

PASS = "correct horse battery staple"
NEW = "a brand new passphrase here"
IO_NAMES = frozenset(("write", "fsync", "replace", "rename", "unlink", "link", "ftruncate", "execute",
                      "executemany", "commit", "rmtree", "mkdir", "open"))


class Points:
    """Counts the kill points passed; kills the process just before point ``kill_at``."""

    def __init__(self, kill_at: int | None) -> None:
        self.count, self.kill_at = 0, kill_at
        self.lock = threading.Lock()

    def hook(self, frame, event, arg):
        if event == "c_call" and getattr(arg, "__name__", "") in IO_NAMES:
            with self.lock:
                self.count += 1
                if self.count == self.kill_at:
                    os.kill(os.getpid(), signal.SIGKILL)

    def __enter__(self):
        threading.setprofile(self.hook)
        sys.setprofile(self.hook)
        return self

    def __exit__(self, *exc):
        sys.setprofile(None)
        threading.setprofile(None)


# ------------------------------------------------------------------ scenarios
_CONTENT = {"cases": "title, summary, erased_at != ''", "persons": "display_name, names, erased_at != ''",
            "exchanges": "summary, direction", "attachments": "filename, sha256, size"}


def state(path: Path, passphrase: str | None = None) -> dict:
    """What the officer's data is, by content (ids and file names are random per run), for the
    all-or-nothing comparison. Audit entries are left out: an entry is part of the change it records."""
    last = None
    for secret in ([passphrase] if passphrase else []) + [PASS, NEW]:
        try:
            v = Vault.open(path, secret)
            break
        except LiaisonError as exc:
            last = exc
    else:
        raise last  # type: ignore[misc]
    with v:
        out = {t: sorted(tuple(str(x) for x in r) for r in v.db.execute(f"SELECT {cols} FROM {t}").fetchall())
               for t, cols in _CONTENT.items()}
        out["files"] = len(v.files.on_disk())
        return out


def _opener(path: Path, ctx: dict) -> tuple[Vault, str]:
    last = None
    for secret in ctx.get("passphrases", [PASS]):
        try:
            return Vault.open(path, secret), secret
        except LiaisonError as exc:
            last = exc
    raise last  # type: ignore[misc]


def setup_common(base: Path) -> dict:
    v, code = Vault.create(base, PASS)
    v.cases.add(title="Existing case", requesting_state="DE", requested_state="PL")
    person = v.persons.add(name="Zacharias Nightjar-Erasable", category="witness").id
    v.close()
    return {"code": code, "person": person}


def op_bulk(path: Path, ctx: dict) -> None:
    with Vault.open(path, PASS) as v, v.transaction():
        for i in range(20):
            v.cases.add(title=f"Bulk case {i}", requesting_state="DE", requested_state="PL")


def op_attach(path: Path, ctx: dict) -> None:
    with Vault.open(path, PASS) as v:
        case = v.db.execute("SELECT id FROM cases LIMIT 1").fetchone()[0]
        v.exchanges.add(direction="sent", summary="with files", case=case, channel="e-mail",
                        attachments=[("a.pdf", random.Random(1).randbytes(40_000)), ("b.pdf", random.Random(2).randbytes(90_000))])


def _shown(path: Path, code: str) -> None:
    """The officer sees the new code and writes it down (before the old one is retired)."""
    with open(path.parent / "shown-code.txt", "w") as fh:
        fh.write(code)
        fh.flush()
        os.fsync(fh.fileno())


def op_rekey(path: Path, ctx: dict) -> None:
    v = Vault.open(path, PASS)
    _shown(path, v.rekey(NEW))
    v.close()


def op_passphrase(path: Path, ctx: dict) -> None:
    with Vault.open(path, PASS) as v:
        v.change_passphrase(NEW)


def op_recovery(path: Path, ctx: dict) -> None:
    v = Vault.open(path, PASS)
    _shown(path, v.stage_recovery_code())
    v.close()


def op_erase(path: Path, ctx: dict) -> None:
    with Vault.open(path, PASS) as v:
        v.persons.erase(ctx["person"], justification="review: no longer needed for the investigation")


# The migration scenario upgrades across migrations 20 and 21 (key slots in the vault, erasures, record
# sources). The driver knows only the migrations up to them (see limit_migrations), so migrations added later
# neither run twice nor change what the scenario measures.
MIGRATION_UNDER_TEST = (20, 21)


def limit_migrations(upto: int) -> None:
    """This process knows only the migrations numbered up to ``upto``."""
    from liaison import migrations
    from liaison import vault as vault_module

    known = [m for m in migrations.all_migrations() if m.version <= upto]
    vault_module.all_migrations = lambda: list(known)
    vault_module.latest_version = lambda: known[-1].version


def setup_migration(base: Path) -> dict:
    from liaison.migrations import all_migrations

    ctx = setup_common(base)
    before = max(m.version for m in all_migrations() if m.version < MIGRATION_UNDER_TEST[0])
    with Vault.open(base, PASS) as v:  # back to the schema before 20: the tables of 20 and 21 gone
        conn = v._conn
        for t in ("vault_keys", "erasures", "bundle_export_records", "bundle_exports", "record_sources"):
            conn.execute(f"DROP TABLE {t}")
        conn.execute(f"PRAGMA user_version = {int(before)}")
    return ctx


def op_migration(path: Path, ctx: dict) -> None:
    Vault.open(path, PASS).close()


def setup_import(base: Path) -> dict:
    ctx = setup_common(base)
    src = base.with_name("source.liaison")
    s, _ = Vault.create(src, PASS)
    case = s.cases.add(title="Imported case", requesting_state="FR", requested_state="PL").id
    s.exchanges.add(direction="received", summary="with a file", case=case, channel="e-mail",
                    attachments=[("x.pdf", random.Random(3).randbytes(50_000))])
    from liaison.bundles.export import export_case
    from liaison.bundles.identity import public_key

    with Vault.open(base, PASS) as v:
        key = public_key(v)
    bundle = base.with_name("case.bundle")
    export_case(s, case, bundle, recipients=[key], purpose="proof")
    s.close()
    ctx["bundle"] = str(bundle)
    return ctx


def op_import(path: Path, ctx: dict) -> None:
    from liaison.bundles import importer

    with Vault.open(path, PASS) as v:
        importer.import_bundle(v, Path(ctx["bundle"]).read_bytes())


def op_backup(path: Path, ctx: dict) -> None:
    with Vault.open(path, PASS) as v:
        v.backup(path.parent / "backup" / "copy.liaison")


def op_export(path: Path, ctx: dict) -> None:
    from liaison.bundles.export import export_case

    with Vault.open(path, PASS) as v:
        case = v.db.execute("SELECT id FROM cases LIMIT 1").fetchone()[0]
        export_case(v, case, path.parent / "out.bundle", passphrase="a long bundle passphrase", purpose="proof")


SCENARIOS = {
    "bulk-write": (setup_common, op_bulk),
    "attachment-write": (setup_common, op_attach),
    "rekey": (setup_common, op_rekey),
    "passphrase-change": (setup_common, op_passphrase),
    "recovery-code": (setup_common, op_recovery),
    "migration": (setup_migration, op_migration),
    "bundle-import": (setup_import, op_import),
    "erasure": (setup_common, op_erase),
    "backup": (setup_common, op_backup),
    "bundle-export": (setup_common, op_export),
}


def verify(name: str, path: Path, ctx: dict, before: dict, after: dict) -> list[str]:
    """Open, check, audit verify, all-or-nothing: the problems found (empty: it held)."""
    problems = []
    secrets = [PASS, NEW]
    opened = None
    for s in secrets:
        try:
            opened = (Vault.open(path, s), s)
            break
        except LiaisonError as exc:
            last = exc
    if opened is None:
        return [f"the vault does not open with the old or the new passphrase: {last}"]
    v, used = opened
    try:
        chk = v.check()
        if not chk["ok"]:
            problems.append(f"check: {chk['problems']}")
        ver = v.audit.verify()
        if not ver.ok:
            problems.append(f"audit verify: {ver.problem}")
        if name == "erasure":
            from tests_proof_pages import holds

            erased = v.db.execute("SELECT erased_at FROM persons WHERE id = ?", (ctx["person"],)).fetchone()[0]
            if erased:
                key = bytes(v._key)
                v.close()
                if holds(path, key, "Zacharias Nightjar-Erasable"):
                    problems.append("the erased name is still in a decrypted page of the database or its WAL")
                v = Vault.open(path, used)
        if name == "migration":
            for b in sorted((path.parent / "backups").glob("*.liaison")):
                try:
                    Vault.open(b, PASS).close()
                except LiaisonError as exc:
                    problems.append(f"a backup named like a good one does not open: {b.name}: {exc}")
    finally:
        v.close()
    # A recovery code the officer holds still opens it: the old one, or the new one once it was shown.
    held = [ctx["code"]]
    shown = path.parent / "shown-code.txt"
    if shown.exists() and shown.read_text():
        held.append(shown.read_text())
    works = []
    for code in held:
        try:
            Vault.open(path, recovery_code=code).close()
            works.append(code)
        except LiaisonError:
            pass
    if not works:
        problems.append("no recovery code the officer holds opens the vault any more")
    now = state(path)
    if now not in (before, after):
        problems.append("neither all nor nothing: " + json.dumps(
            {k: [str(before[k])[:80], str(now[k])[:80], str(after[k])[:80]] for k in now if before[k] != after[k]}))
    leftovers = [p.name for p in path.parent.iterdir() if p.name.endswith((".rekey", ".tmp")) or "partial" in p.name]
    if leftovers:
        problems.append(f"temporary files left: {leftovers}")
    return problems


def _prepare(name: str, folder: Path):
    """The scenario's vault (``base``), the state before, and a whole run on a copy: the count of kill
    points it passes and the state after."""
    setup, op = SCENARIOS[name]
    base_dir = folder / "base"
    base_dir.mkdir(parents=True)
    base = base_dir / "vault.liaison"
    ctx = setup(base)
    before = state(base)
    whole_dir = folder / "whole"
    whole_dir.mkdir()
    whole = copy_vault_files(base, whole_dir / "vault.liaison")
    with Points(None) as pts:
        op(whole, ctx)
    return op, ctx, base, before, state(whole), pts.count


def disk_full(name: str, folder: Path, limits: list[int]) -> int:
    """The operation with the file-size limit (RLIMIT_FSIZE, no root needed) at each of ``limits`` bytes: it
    must succeed or stop with DiskFull (never a damaged vault, never a traceback), and leave the vault whole."""
    import resource

    from liaison.errors import DiskFull

    op, ctx, base, before, after, _total = _prepare(name, folder)
    results = []
    for i, limit in enumerate(limits):
        d = folder / f"d{i}"
        d.mkdir()
        target = copy_vault_files(base, d / "vault.liaison")
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(r)
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG) instead
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))
            outcome = "done"
            try:
                op(target, ctx)
            except DiskFull as exc:
                outcome = "disk-full: " + exc.message[:160]
            except BaseException as exc:  # noqa: BLE001
                outcome = f"WRONG {type(exc).__name__}: {str(exc)[:200]}"
            os.write(w, outcome.encode())
            os._exit(0)
        os.close(w)
        with os.fdopen(r, "rb") as fh:
            outcome = fh.read().decode()
        os.waitpid(pid, 0)
        problems = [outcome] if outcome.startswith("WRONG") or not outcome else []
        problems += verify(name, target, ctx, before, after)
        results.append({"limit": limit, "outcome": outcome, "problems": problems})
        if not problems:
            shutil.rmtree(d, ignore_errors=True)
    print(json.dumps({"scenario": name, "tried": len(results), "held": sum(not r["problems"] for r in results),
                      "refused_as_full": sum(r["outcome"].startswith("disk-full") for r in results),
                      "failures": [r for r in results if r["problems"]][:5]}))
    return 0


def main() -> int:
    if sys.argv[1] == "migration":
        limit_migrations(MIGRATION_UNDER_TEST[-1])
    if sys.argv[3].startswith("disk:"):
        sys.modules["tests_proof_pages"] = __import__("pages")
        limits = [int(x) for x in sys.argv[3][5:].split(",")]
        return disk_full(sys.argv[1], Path(sys.argv[2]), limits)
    name, folder, n, seed = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    sys.modules["tests_proof_pages"] = __import__("pages")
    op, ctx, base, before, after, total = _prepare(name, folder)
    rng = random.Random(seed)
    if n > 0:
        points = sorted({max(1, round(total * (i + 0.5) / n)) for i in range(n)})
    elif n == 0:
        points = list(range(1, total + 1))
    else:
        points = []
    trials = [("point", p) for p in points] + [("timer", rng.random()) for _ in range(-n if n < 0 else 0)]
    whole_time = None
    results = []
    for i, (kind, where) in enumerate(trials):
        d = folder / f"t{i}"
        d.mkdir()
        target = copy_vault_files(base, d / "vault.liaison")
        pid = os.fork()
        if pid == 0:
            try:
                if kind == "point":
                    with Points(where):
                        op(target, ctx)
                else:
                    if whole_time is None:
                        whole_time = 0.5
                    threading.Timer(where * 0.8, lambda: os.kill(os.getpid(), signal.SIGKILL)).start()
                    op(target, ctx)
                os._exit(0)
            except BaseException:  # noqa: BLE001
                os._exit(3)
        _, status = os.waitpid(pid, 0)
        killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        problems = verify(name, target, ctx, before, after)
        results.append({"kind": kind, "at": where, "killed": killed, "problems": problems})
        if not problems:
            shutil.rmtree(d, ignore_errors=True)
    print(json.dumps({"scenario": name, "kill_points": total, "tried": len(results),
                      "killed": sum(r["killed"] for r in results),
                      "held": sum(not r["problems"] for r in results),
                      "failures": [r for r in results if r["problems"]][:5]}))
    return 0


if __name__ == "__main__":
    t0 = time.time()
    rc = main()
    sys.exit(rc)
