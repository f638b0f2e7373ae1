"""Reading a SQLCipher 4 vault's pages decrypted, to prove that erased text is in none of them (the
database file and its write-ahead log, free pages included): what SQLite itself would never show."""

from __future__ import annotations

import hashlib
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80  # IV (16) + HMAC-SHA512 (64): SQLCipher 4's defaults
SALT = 16


def _decrypt(page: bytes, key: bytes, first: bool) -> bytes:
    start = SALT if first else 0
    body = page[start:PAGE - RESERVE]
    iv = page[PAGE - RESERVE:PAGE - RESERVE + 16]
    dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return dec.update(body) + dec.finalize()


def plaintext_pages(vault: Path, key: bytes) -> list[bytes]:
    """Every page of the database and of its write-ahead log, decrypted with the raw data key."""
    out = []
    data = vault.read_bytes()
    for i in range(0, len(data) - PAGE + 1, PAGE):
        out.append(_decrypt(data[i:i + PAGE], key, i == 0))
    wal = vault.with_name(vault.name + "-wal")
    if wal.exists():
        w = wal.read_bytes()
        pos = 32
        while pos + 24 + PAGE <= len(w):
            pgno = int.from_bytes(w[pos:pos + 4], "big")
            out.append(_decrypt(w[pos + 24:pos + 24 + PAGE], key, pgno == 1))
            pos += 24 + PAGE
    return out


def holds(vault: Path, key: bytes, needle: str) -> bool:
    """Whether ``needle`` (UTF-8) is in any decrypted page."""
    raw = needle.encode("utf-8")
    return any(raw in p for p in plaintext_pages(vault, key))


def digest_pages(vault: Path, key: bytes) -> str:
    return hashlib.sha256(b"".join(plaintext_pages(vault, key))).hexdigest()
