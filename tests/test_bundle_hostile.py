"""Hostile bundles: every one is refused with a message naming the problem, the
vault is left exactly as it was, and no file is written anywhere.

The fixtures come from tests/fixtures/bundles/make.py (one line each in its
README.md); they are generated into a temporary folder for the session."""

from __future__ import annotations

import hashlib
import importlib.util
import io
import json
import os
import subprocess
import sys
import tempfile
import threading
import zipfile
from pathlib import Path

import pyrage
import pytest
from conftest import FIXTURES

from liaison.bundles import importer, safety
from liaison.bundles.errors import BundleRejected
from liaison.bundles.safety import Limits, check_member_name

HERE = FIXTURES / "bundles"


def _load_make():
    spec = importlib.util.spec_from_file_location("bundle_fixtures_make", HERE / "make.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


make = _load_make()
BY_NAME = {f.name: f for f in make.FIXTURES}
HOSTILE = [f.name for f in make.FIXTURES if f.problem]


@pytest.fixture(scope="module")
def fixture_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hostile-bundles")
    make.generate(folder)
    return folder


def digest(vault) -> str:
    h = hashlib.sha256()
    for (name,) in vault.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_fts_%' ORDER BY name"
    ).fetchall():
        h.update(name.encode())
        for row in vault.db.execute(f"SELECT * FROM {name} ORDER BY 1").fetchall():
            h.update(repr(tuple(row)).encode())
    for path in sorted(vault.files.on_disk()):  # the encrypted files beside the database
        h.update(path.name.encode() + hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()


def files_under(*folders: Path) -> set[str]:
    return {str(p) for f in folders for p in Path(f).rglob("*")}


def test_readme_lists_every_fixture():
    """The committed README is what make.py writes: one line per hostile file."""
    assert (HERE / "README.md").read_text(encoding="utf-8") == make.readme()
    for f in make.FIXTURES:
        assert f"| {f.name} |" in make.readme()


def test_the_baseline_bundle_imports(vault, fixture_dir):
    report = importer.import_bundle(vault, (fixture_dir / "good.bundle").read_bytes(), passphrase=make.PASSPHRASE)
    assert report["actions"] == {"case": {"insert": 1}, "exchange": {"insert": 1}, "attachment": {"insert": 1}}
    aid = vault.db.execute("SELECT id FROM attachments").fetchone()[0]
    assert vault.attachments.content(aid) == make.FILE


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_bundle_is_refused_and_changes_nothing(name, vault, fixture_dir, tmp_path, monkeypatch):
    fixture = BY_NAME[name]
    data = (fixture_dir / name).read_bytes()
    # Something already in the vault, so that "unchanged" means something.
    vault.cases.add(title="Existing case", requesting_state="PL", requested_state="FR")
    before = digest(vault)
    watched = [vault.path.parent, tmp_path]
    files_before = files_under(*watched)
    scratch = tmp_path / "scratch-tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    monkeypatch.chdir(tmp_path)
    kwargs = {"passphrase": make.PASSPHRASE} if fixture.key == "passphrase" else {
        "identities": [pyrage.x25519.Identity.generate()]}
    for dry_run in (True, False):
        with pytest.raises(BundleRejected) as exc:
            importer.import_bundle(vault, data, dry_run=dry_run, **kwargs)
        assert exc.value.problem == fixture.problem, (name, str(exc.value))
        assert len(str(exc.value)) > 20 and "Traceback" not in str(exc.value)
    assert digest(vault) == before
    assert files_under(*watched) == files_before | {str(scratch)}
    assert list(scratch.iterdir()) == []
    assert not Path("/tmp/escape.json").exists() and not (tmp_path.parent / "escape.json").exists()


_IN_THE_PLAINTEXT = [n for n in HOSTILE if BY_NAME[n].key == "passphrase" and BY_NAME[n].problem not in (
    "wrong-key", "damaged", "not-age", "armored", "work-factor")]


@pytest.mark.parametrize("name", _IN_THE_PLAINTEXT)
def test_hostile_contents_are_refused_the_same_when_sent_to_a_recipient(name, vault, fixture_dir):
    """A bundle sent to a recipient is decrypted into memory of its own and read in place there (a view, not
    bytes): every hostile content is refused exactly as in a passphrase bundle, and nothing is kept."""
    plain = pyrage.passphrase.decrypt((fixture_dir / name).read_bytes(), make.PASSPHRASE)
    ident = pyrage.x25519.Identity.generate()
    data = pyrage.encrypt(plain, [ident.to_public()])
    before = digest(vault)
    with pytest.raises(BundleRejected) as exc:
        importer.import_bundle(vault, data, identities=[ident])
    assert exc.value.problem == BY_NAME[name].problem, str(exc.value)
    assert digest(vault) == before and not list(vault.files.dir.glob(".incoming-*"))


@pytest.mark.parametrize("name", [n for n in HOSTILE if BY_NAME[n].problem in (
    "wrong-key", "damaged", "not-age", "armored", "work-factor", "hash-mismatch", "unlisted-member",
    "missing-member", "no-manifest", "path-traversal", "absolute-path", "drive-letter", "backslash", "symlink",
    "duplicate-member", "too-many-members", "compression-ratio", "too-large-unpacked", "json-too-large",
    "format-too-new", "not-a-bundle") and n != "file-hash.bundle"])
def test_container_problems_are_found_by_inspect_without_a_vault(name, fixture_dir):
    fixture = BY_NAME[name]
    kwargs = {"passphrase": make.PASSPHRASE} if fixture.key == "passphrase" else {
        "identities": [pyrage.x25519.Identity.generate()]}
    with pytest.raises(BundleRejected) as exc:
        importer.inspect_file((fixture_dir / name).read_bytes(), **kwargs)
    assert exc.value.problem == fixture.problem


def test_the_cli_reports_a_hostile_bundle_in_one_line(vault_path, fixture_dir, monkeypatch, capsys,
                                                       memory_keychain, tmp_path):
    from conftest import PASSPHRASE

    from liaison.cli import main
    from liaison.vault import Vault

    Vault.create(vault_path, PASSPHRASE, keychain=memory_keychain)[0].close()
    monkeypatch.setenv("LIAISON_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("LIAISON_BUNDLE_PASSPHRASE", make.PASSPHRASE)
    rc = main(["--vault", str(vault_path), "bundle", "import", str(fixture_dir / "path-traversal.bundle")])
    err = capsys.readouterr().err
    assert rc == 5 and err.count("\n") == 1 and "'..'" in err
    rc = main(["--vault", str(vault_path), "bundle", "import", str(fixture_dir / "newer-format.bundle"), "--json"])
    out = json.loads(capsys.readouterr().out)
    assert rc == 8 and "format version 2" in out["error"]["message"]
    rc = main(["--vault", str(vault_path), "bundle", "inspect", str(tmp_path / "missing.bundle")])
    assert rc == 5 and "Cannot read the bundle" in capsys.readouterr().err


# --------------------------------------------------------------- unit checks
@pytest.mark.parametrize("name,problem", [
    ("../x", "path-traversal"), ("records/../../x.json", "path-traversal"), ("/etc/passwd", "absolute-path"),
    ("C:/x.json", "drive-letter"), ("c:x", "drive-letter"), ("records\\cases.json", "backslash"),
    ("records//cases.json", "bad-name"), ("./manifest.json", "bad-name"), ("records/", "bad-name"),
    ("records/Cases.JSON", "unexpected-member"), ("files/attachments/abc", "unexpected-member"),
    ("a" * 300, "bad-name"), ("records/x\x01.json", "bad-name"),
])
def test_member_names_are_checked(name, problem):
    with pytest.raises(BundleRejected) as exc:
        check_member_name(name)
    assert exc.value.problem == problem


def test_limits_apply_to_real_json_and_real_sizes():
    members = make.encode(make.good_records())
    plain = make.zip_bytes(members, make.manifest_for(members))
    with pytest.raises(BundleRejected) as exc:
        safety.Bundle(plain, Limits(max_json_bytes=100))
    assert exc.value.problem == "json-too-large"
    with pytest.raises(BundleRejected) as exc:
        safety.Bundle(plain, Limits(max_total_bytes=500))
    assert exc.value.problem == "too-large-unpacked"
    with pytest.raises(BundleRejected) as exc:
        safety.Bundle(plain, Limits(max_members=3))
    assert exc.value.problem == "too-many-members"
    with pytest.raises(BundleRejected) as exc:
        safety.decrypt(make._enc(plain), passphrase=make.PASSPHRASE, limits=Limits(max_bundle_bytes=100))
    assert exc.value.problem == "too-large"
    with pytest.raises(BundleRejected) as exc:
        safety.loads(b"[" * 40 + b"]" * 40, "records/cases.json")
    assert exc.value.problem == "json-too-deep"
    with safety.Bundle(plain) as b:  # the same bundle within limits opens
        assert b.read_json("records/cases.json")["rows"][0]["title"] == "Fixture case"
        with pytest.raises(BundleRejected):
            b.read_bytes("records/../manifest.json")


def test_a_member_lying_about_its_size_is_refused():
    members = make.encode(make.good_records())
    plain = make.zip_bytes(members, make.manifest_for(members))
    forged = make.forge_sizes(plain, {"records/cases.json"}, 10)
    with pytest.raises(BundleRejected) as exc:
        safety.Bundle(forged)
    assert exc.value.problem in ("bad-zip", "hash-mismatch")


@pytest.mark.parametrize("damage", ["truncated", "altered"])
def test_a_bundle_to_a_recipient_damaged_in_its_payload_is_refused(vault, damage):
    """Bundles to a recipient are decrypted as a stream, which reports damage only when it reaches it, part
    of the plaintext already out: still refused as damaged, and nothing kept."""
    ident = pyrage.x25519.Identity.generate()
    data = pyrage.encrypt(make.valid_zip(), [ident.to_public()])
    if damage == "truncated":
        data = data[:len(data) - 100]
    else:
        data = data[:-40] + bytes([data[-40] ^ 1]) + data[-39:]
    before = digest(vault)
    with pytest.raises(BundleRejected) as exc:
        importer.import_bundle(vault, data, identities=[ident])
    assert exc.value.problem == "damaged" and "truncated or was altered" in str(exc.value)
    assert digest(vault) == before and not list(vault.files.dir.glob(".incoming-*"))


def test_a_bundle_to_a_recipient_is_read_in_place_and_read_only():
    ident = pyrage.x25519.Identity.generate()
    plain = make.valid_zip()
    view = safety.decrypt(pyrage.encrypt(plain, [ident.to_public()]), identities=[ident])
    assert view == plain and view.readonly
    with pytest.raises(TypeError):
        view[0] = 0
    with safety.Bundle(view) as b:
        assert b.manifest["format"] == "liaison-bundle"
        assert all(b.read_bytes(n) for n in b.names)


def test_decryption_memory_works_without_huge_pages_or_private_maps(monkeypatch):
    """Huge pages are asked for where Linux offers them; elsewhere (macOS without them, Windows without
    private maps) plain anonymous memory does the same job."""
    for missing in ("MADV_HUGEPAGE", "MAP_PRIVATE"):
        monkeypatch.delattr(safety.mmap, missing, raising=False)
        mem = safety._anonymous_memory(4096)
        assert mem.write(b"plaintext") == 9 and mem[:9] == b"plaintext"
        mem.close()


@pytest.mark.parametrize("direction", ["decrypt", "encrypt"])
def test_other_threads_run_while_a_bundle_is_encrypted_or_decrypted(monkeypatch, tmp_path, direction):
    """pyrage holds Python's lock while it works: its output goes through Python code so that another
    thread (the window's) still gets its turns during a long import or export, not only after it."""
    from liaison.bundles.container import StagedBundle

    ident = pyrage.x25519.Identity.generate()
    plain = os.urandom(16 << 20)
    data = pyrage.encrypt(plain, [ident.to_public()]) if direction == "decrypt" else None
    writes = [0]
    write = safety.YieldingWriter.write

    def counted(self, chunk):
        writes[0] += 1
        return write(self, chunk)

    monkeypatch.setattr(safety.YieldingWriter, "write", counted)
    seen: list[int] = []
    done = threading.Event()

    def other():
        while not done.is_set():
            seen.append(writes[0])

    saved = sys.getswitchinterval()
    sys.setswitchinterval(0.0005)
    thread = threading.Thread(target=other)
    try:
        thread.start()
        if direction == "decrypt":
            safety.decrypt(data, identities=[ident])
        else:
            with StagedBundle(tmp_path / "out.bundle") as staged:
                staged.write_encrypted(io.BytesIO(plain), recipients=[str(ident.to_public())])
    finally:
        done.set()
        thread.join()
        sys.setswitchinterval(saved)
    assert writes[0] > 100 and any(0 < n < writes[0] for n in seen)


def _not_here(*_args):
    raise AssertionError("age's scrypt ran in the importing process")


def test_a_passphrase_bundle_is_decrypted_in_a_child_process(monkeypatch):
    """age's scrypt holds Python's lock for as long as it takes (about a second by design): from a work factor
    that would freeze the window, the passphrase and the bundle go to a child process through pipes. A wrong
    passphrase and a damaged payload still get their own messages."""
    plain = make.valid_zip()
    data = make.age_passphrase_encrypt(plain, make.PASSPHRASE, log_n=safety.CHILD_FROM_LOG_N)
    monkeypatch.setattr(pyrage.passphrase, "decrypt", _not_here)
    monkeypatch.setenv("LIAISON_PASSPHRASE", "the vault's passphrase")
    seen = []
    popen = subprocess.Popen

    def watched(*args, **kwargs):
        seen.append(kwargs["env"])
        return popen(*args, **kwargs)

    monkeypatch.setattr(subprocess, "Popen", watched)
    assert safety.decrypt(data, passphrase=make.PASSPHRASE) == plain
    assert seen and not any(k.startswith("LIAISON_") for k in seen[0]) and "PATH" in seen[0]
    with pytest.raises(BundleRejected) as exc:
        safety.decrypt(data, passphrase=make.OTHER_PASSPHRASE)
    assert exc.value.problem == "wrong-key"
    with pytest.raises(BundleRejected) as exc:
        safety.decrypt(data[:-40], passphrase=make.PASSPHRASE)
    assert exc.value.problem == "damaged"


def test_a_passphrase_bundle_is_encrypted_in_a_child_process(monkeypatch):
    from liaison.bundles import container

    plain = os.urandom(100_000)
    real_decrypt = pyrage.passphrase.decrypt
    monkeypatch.setattr(pyrage.passphrase, "encrypt", _not_here)
    data = container.passphrase_encrypt(plain, make.PASSPHRASE)
    assert real_decrypt(data, make.PASSPHRASE) == plain


def test_passphrase_age_runs_here_when_no_child_can_start(monkeypatch):
    from liaison.bundles import container

    monkeypatch.setattr(container.sys, "executable", "")
    data = make.age_passphrase_encrypt(b"hello", make.PASSPHRASE, log_n=safety.CHILD_FROM_LOG_N)
    assert container.passphrase_age("decrypt", data, make.PASSPHRASE) == b"hello"


def test_a_child_that_dies_is_reported_not_retried_here(monkeypatch, tmp_path):
    """A child killed by the system (out of memory, most likely: a bundle may ask scrypt for gigabytes) is not
    retried in the application's own process, which the same cause would stop."""
    from liaison.bundles import container

    dying = tmp_path / "age_child.py"
    dying.write_text("import os\nos._exit(137)  # as a process killed for memory ends\n")
    monkeypatch.setattr(container, "_AGE_CHILD", dying)
    monkeypatch.setattr(pyrage.passphrase, "decrypt", _not_here)
    data = make.age_passphrase_encrypt(b"hello", make.PASSPHRASE, log_n=safety.CHILD_FROM_LOG_N)
    with pytest.raises(BundleRejected) as exc:
        safety.decrypt(data, passphrase=make.PASSPHRASE)
    assert exc.value.problem == "age-failed" and "memory" in str(exc.value) and "Nothing was written" in str(exc.value)


def test_a_file_member_is_checked_by_the_worker_that_reads_it():
    """An importer's worker hashes a stored file where it lies in the bundle and reports the digest: a wrong
    one refuses the bundle as altered, the right one marks the file checked. A compressed file member has no
    such view: it is read, and checked, the ordinary way."""
    members = make.encode(make.good_records())
    name = next(n for n in members if n.startswith("files/"))
    with safety.Bundle(make.zip_bytes(members, make.manifest_for(members)), verify_files=False) as b:
        view = b.unchecked_view(name)
        assert bytes(view) == members[name]
        with pytest.raises(BundleRejected) as exc:
            b.confirm(name, "0" * 64)
        assert exc.value.problem == "hash-mismatch" and name in exc.value.message
        b.confirm(name, hashlib.sha256(view).hexdigest())
        assert b.unchecked_view(name) is None and bytes(b.read_view(name)) == members[name]
    with safety.Bundle(_all_deflated(members), verify_files=False) as b:
        assert b.unchecked_view(name) is None
        assert b.read_view(name) == members[name]


def test_a_compressed_file_member_imports(vault):
    """Liaison stores files uncompressed, but another writer of the format may deflate them."""
    members = make.encode(make.good_records())
    report = importer.import_bundle(vault, make._enc(_all_deflated(members)), passphrase=make.PASSPHRASE)
    assert report["actions"]["attachment"] == {"insert": 1}
    aid = vault.db.execute("SELECT id FROM attachments").fetchone()[0]
    assert vault.attachments.content(aid) == make.FILE


@pytest.mark.parametrize(("change", "problem"), [
    (lambda row: row.update(summary=7), "wrong-type"),
    (lambda row: row.update(is_request=True), "wrong-type"),   # JSON true is not the integer 1
    (lambda row: row.update(direction=None), "wrong-type"),    # NOT NULL
    (lambda row: row.pop("summary"), "wrong-type"),            # a required column missing
    (lambda row: row.update(shell="rm -rf /"), "unknown-column"),
])
def test_every_row_is_checked_not_only_the_first_of_its_kind(vault, change, problem):
    """load_records checks each shape of row (its columns, the types of its values) once: a later row that
    differs from the first in one value's type, or in its columns, is still checked and refused."""
    def edit(records):
        rows = records["records/exchanges.json"]["rows"]
        later = {**rows[0], "id": "01J0000000000000000000EXC2", "seq": 2, "summary": "A later entry"}
        change(later)
        rows.append(later)
    data = make._enc(make.with_records(edit, counts={"case": 1, "exchange": 2, "attachment": 1, "audit_entry": 0}))
    before = digest(vault)
    with pytest.raises(BundleRejected) as exc:
        importer.import_bundle(vault, data, passphrase=make.PASSPHRASE)
    assert exc.value.problem == problem and "01J0000000000000000000EXC2" in str(exc.value)
    assert digest(vault) == before


def test_rows_of_one_shape_import_after_the_first_is_checked(vault):
    def edit(records):
        rows = records["records/exchanges.json"]["rows"]
        rows.append({**rows[0], "id": "01J0000000000000000000EXC2", "seq": 2, "summary": "A later entry"})
    data = make._enc(make.with_records(edit, counts={"case": 1, "exchange": 2, "attachment": 1, "audit_entry": 0}))
    report = importer.import_bundle(vault, data, passphrase=make.PASSPHRASE)
    assert report["actions"]["exchange"] == {"insert": 2}


def _all_deflated(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        make.member(zf, "manifest.json", make.dumps(make.manifest_for(members)))
        for n, data in members.items():
            make.member(zf, n, data, compress=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def test_the_zip_standard_tool_reads_the_baseline(fixture_dir):
    plain = pyrage.passphrase.decrypt((fixture_dir / "good.bundle").read_bytes(), make.PASSPHRASE)
    with zipfile.ZipFile(io.BytesIO(plain)) as zf:
        assert zf.testzip() is None and "manifest.json" in zf.namelist()


@pytest.mark.parametrize(("text", "problem"), [
    (b'{"a":1,"a":2}', "malformed-json"),            # canonical-looking, but a key twice
    (b'{"a":NaN}', "malformed-json"),
    (b'{"a":1e999}', "malformed-json"),              # Infinity by another name
    (b"[" * 40 + b"]" * 40, "json-too-deep"),        # canonical and within the parser's limits, too deep for ours
    (b'{"a":"\\ud800"}', None),                      # a lone surrogate: read by the strict parser, not lost
    (b'{"b":1,"a":2}', None),                        # not sorted: the strict parser reads it
    (b'{"a":' + str(2**80).encode() + b"}", None),   # beyond 64 bits
])
def test_json_members_are_read_strictly_whatever_their_form(text, problem):
    """The fast reader takes only Liaison's own canonical form (it must write back byte for byte);
    anything else goes to the strict parser."""
    if problem is None:
        assert safety.loads(text, "records/cases.json") == json.loads(text)
    else:
        with pytest.raises(BundleRejected) as exc:
            safety.loads(text, "records/cases.json")
        assert exc.value.problem == problem
    canonical = b'{"rows":[{"id":"X","n":1,"t":"\xc5\x81\xc3\xb3d\xc5\xba"}]}'
    assert safety.loads(canonical, "records/cases.json") == {"rows": [{"id": "X", "n": 1, "t": "Łódź"}]}
