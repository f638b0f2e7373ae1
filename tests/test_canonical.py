"""The fast canonical JSON writes exactly the bytes of the standard library's canonical form: the audit
chain and the bundles' sync state keep hashes of it, so one differing byte would break them."""

from __future__ import annotations

import json
import random

from liaison.canonical import canonical_flat, dumps_sorted


def reference(obj) -> bytes:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str).encode()


def test_every_code_point_gives_the_same_bytes():
    for start in range(0, 0x110000, 512):
        text = "".join(chr(c) for c in range(start, start + 512) if not 0xD800 <= c <= 0xDFFF)
        obj = {text: text, "k" + text[:7]: text[::-1], "n": start}
        assert canonical_flat(obj) == reference(obj)


def test_rows_of_every_kind_give_the_same_bytes(multiscript):
    rng = random.Random(2026)
    words = [w for w in json.dumps(multiscript, ensure_ascii=False).split('"') if w.strip()]
    for _ in range(3000):
        row = {rng.choice(words)[:20]: rng.choice([rng.choice(words), rng.randint(-(2**63), 2**63 - 1), None,
                                                   True, False, "", "\x00\x1f\x7f\u2028\ufeff"])
               for _ in range(rng.randint(0, 8))}
        assert canonical_flat(row) == reference(row)


def test_what_the_fast_writer_would_write_differently_goes_the_standard_way():
    for obj in ({"f": 1.5e-7}, {"big": 2**70}, {"b": b"\x00\x01"}, {1: "x"}, {"nested": {"a": [1, 2]}}):
        assert canonical_flat(obj, default=str) == reference(obj)


def test_documents_are_deterministic():
    doc = {"rows": [{"b": 1, "a": "Łódź"}], "files": {}, "x": 0.5}
    assert dumps_sorted(doc) == dumps_sorted(json.loads(dumps_sorted(doc)))
    assert json.loads(dumps_sorted(doc)) == doc
