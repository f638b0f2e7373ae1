"""A bounded fuzzing run over bundle import and key slots: mutations of valid files (bytes flipped,
inserted, cut; inside the encryption: zip members, JSON values, manifest entries). Never a traceback (only
a refusal with a message), never a change to the vault when refused, and no key derivation for a key-slot
file that is not sound."""

from __future__ import annotations

import hashlib
import io
import json
import random
import zipfile

import pyrage
from conftest import PASSPHRASE

from liaison.bundles import importer
from liaison.bundles.export import export_case
from liaison.bundles.identity import get_identity, public_key
from liaison.bundles.safety import decrypt
from liaison.errors import LiaisonError
from liaison.paths import keys_path
from liaison.vault import Vault

from .conftest import SOAK

ROUNDS = {"bundle": 3000 if SOAK else 150, "keyslots": 3000 if SOAK else 150}


def _digest(v: Vault) -> str:
    h = hashlib.sha256()
    for (name,) in v.db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                "'search_fts_%' ORDER BY name").fetchall():
        for row in v.db.execute(f"SELECT * FROM {name} ORDER BY 1").fetchall():
            h.update(repr(tuple(row)).encode())
    h.update(repr(sorted(p.name for p in v.files.on_disk())).encode())
    return h.hexdigest()


def _mutate_value(value, rng: random.Random):
    choices = [None, True, -1, 1 << 64, "", "\x00", "\u202e", "x" * 5000, [], {}, 1.5, "../../etc/passwd",
               "01J00000000000000000000000"]
    return rng.choice(choices)


def _mutate_json(doc, rng: random.Random):
    """One random change somewhere in a JSON document."""
    path = []
    node = doc
    for _ in range(6):
        if isinstance(node, dict) and node:
            k = rng.choice(list(node))
            path.append(k)
            if rng.random() < 0.4:
                break
            node = node[k]
        elif isinstance(node, list) and node:
            i = rng.randrange(len(node))
            path.append(i)
            if rng.random() < 0.4:
                break
            node = node[i]
        else:
            break
    if not path:
        return doc
    parent = doc
    for p in path[:-1]:
        parent = parent[p]
    action = rng.random()
    if action < 0.6:
        parent[path[-1]] = _mutate_value(parent[path[-1]], rng)
    elif action < 0.8 and isinstance(parent, dict):
        del parent[path[-1]]
    elif isinstance(parent, list):
        parent.append(parent[path[-1]])  # a duplicate
    return doc


def _rezip(members: dict[str, bytes], manifest: dict, recompute: bool) -> bytes:
    from test_bundles import make

    if recompute:
        manifest["members"] = {n: {"sha256": hashlib.sha256(b).hexdigest(), "size": len(b)}
                               for n, b in members.items()}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        make.member(zf, "manifest.json", json.dumps(manifest).encode())
        for n in sorted(members):
            make.member(zf, n, members[n])
    return out.getvalue()


def test_fuzzing_bundle_import_never_a_traceback_never_a_change(vault, tmp_path, memory_keychain, figures):
    rng = random.Random(1717)
    b, _ = Vault.create(tmp_path / "b.liaison", PASSPHRASE, keychain=memory_keychain)
    case = vault.cases.add(title="Fuzzed case", requesting_state="DE", requested_state="PL", summary="s").id
    vault.persons.add(case=case, name="Fuzz Person", category="witness")
    vault.exchanges.add(direction="sent", summary="with a file", case=case, channel="e-mail",
                        attachments=[("f.pdf", b"%PDF-1.4 fuzz" * 100)])
    out = tmp_path / "good.bundle"
    export_case(vault, case, out, recipients=[public_key(b)], purpose="fuzzing")
    good = out.read_bytes()
    plain = bytes(decrypt(good, identities=[get_identity(b)]))
    zin = zipfile.ZipFile(io.BytesIO(plain))
    members = {n: zin.read(n) for n in zin.namelist() if n != "manifest.json"}
    manifest = json.loads(zin.read("manifest.json"))
    recipient = pyrage.x25519.Recipient.from_str(public_key(b))
    tried = held = accepted = 0
    for _round in range(ROUNDS["bundle"]):
        kind = rng.random()
        if kind < 0.25:  # the encrypted file itself
            data = bytearray(good)
            for _ in range(rng.randint(1, 4)):
                op = rng.random()
                at = rng.randrange(len(data))
                if op < 0.5:
                    data[at] ^= 1 << rng.randrange(8)
                elif op < 0.75:
                    del data[at:at + rng.randint(1, 64)]
                else:
                    data[at:at] = rng.randbytes(rng.randint(1, 64))
            data = bytes(data)
        else:  # inside the encryption: the zip, a JSON member, the manifest
            mem = {n: bytes(v) for n, v in members.items()}
            man = json.loads(json.dumps(manifest))
            target = rng.choice(sorted(n for n in mem if n.endswith(".json")) + ["manifest.json"])
            if target == "manifest.json":
                man = _mutate_json(man, rng)
                recompute = False
            else:
                mem[target] = json.dumps(_mutate_json(json.loads(mem[target]), rng)).encode()
                recompute = rng.random() < 0.85  # mostly a forger who fixes the hashes
            try:
                zipped = _rezip(mem, man, recompute)
            except (TypeError, AttributeError, KeyError):
                zipped = _rezip(mem, manifest, True)
            if rng.random() < 0.1:
                zb = bytearray(zipped)
                zb[rng.randrange(len(zb))] ^= 0xFF
                zipped = bytes(zb)
            data = pyrage.encrypt(zipped, [recipient])
        before = _digest(b)
        tried += 1
        try:
            importer.import_bundle(b, data)
            accepted += 1  # a mutation that is still a valid bundle: imported, the vault still sound
            result = b.audit.verify()
            if not result.ok:
                bad = dict(next(b.db.query("SELECT * FROM audit WHERE seq = ?", [result.first_bad_seq])))
                raise AssertionError(f"{result.problem}: {bad}")
            held += 1
        except LiaisonError:
            assert _digest(b) == before, "a refused bundle changed the vault"
            held += 1
    check = b.check()
    b.close()
    figures("fuzzing bundle import (mutations)", tried, held, accepted_as_valid=accepted)
    assert held == tried and check["ok"]


def test_fuzzing_key_slots_never_a_traceback(vault_path, figures, monkeypatch):
    import argon2.low_level

    rng = random.Random(2929)
    Vault.create(vault_path, PASSPHRASE)[0].close()
    kp = keys_path(vault_path)
    good = kp.read_bytes()
    derivations = []
    real = argon2.low_level.hash_secret_raw

    def counting(*a, **k):
        derivations.append(k.get("memory_cost"))
        return real(*a, **k)

    monkeypatch.setattr("liaison.keyslots.hash_secret_raw", counting)
    tried = held = 0
    for _round in range(ROUNDS["keyslots"]):
        if rng.random() < 0.3:
            data = bytearray(good)
            for _ in range(rng.randint(1, 3)):
                at = rng.randrange(len(data))
                data[at] = rng.randrange(256)
            raw = bytes(data)
        else:
            raw = json.dumps(_mutate_json(json.loads(good), rng)).encode()
        kp.write_bytes(raw)
        tried += 1
        derivations.clear()
        try:
            Vault.open(vault_path, PASSPHRASE).close()
        except LiaisonError:
            pass
        assert all(m is not None and m <= 2 * 1024 * 1024 for m in derivations)
        held += 1
    kp.write_bytes(good)
    Vault.open(vault_path, PASSPHRASE).close()
    figures("fuzzing key slots (mutations)", tried, held)
    assert held == tried


def test_a_zip_asking_for_an_unknown_version_is_refused_not_a_traceback():
    """Found by the long fuzzing run: a directory entry asking for zip version 23.5 made zipfile raise
    NotImplementedError, which escaped as a traceback."""
    import struct

    from liaison.bundles.errors import BundleRejected
    from liaison.bundles.safety import Bundle

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("manifest.json", "{}")
    data = bytearray(buf.getvalue())
    struct.pack_into("<H", data, data.find(b"PK\x01\x02") + 6, 235)
    try:
        Bundle(bytes(data))
    except BundleRejected as exc:
        assert exc.problem == "bad-zip"
    else:
        raise AssertionError("accepted")
