"""Record ids: the fast check accepts exactly what the ULID parser accepts."""

from __future__ import annotations

import random
import string

from ulid import ULID

from liaison.ids import is_id, new_id


def parses(text) -> bool:
    try:
        ULID.from_str(text)
    except (ValueError, TypeError, AttributeError):
        return False
    return True


def test_is_id_agrees_with_the_ulid_parser():
    rng = random.Random(7)
    alphabet = string.ascii_letters + string.digits + "-_ .\u0130é"
    samples = [new_id() for _ in range(200)] + [new_id().lower() for _ in range(50)]
    for _ in range(20000):
        base = list(new_id())
        for _ in range(rng.randint(1, 3)):
            base[rng.randrange(26)] = rng.choice(alphabet)
        samples.append("".join(base))
    samples += ["", "8" + new_id()[1:], new_id() + "0", new_id()[:-1], None, 12]
    for s in samples:
        assert is_id(s) == (isinstance(s, str) and len(s) == 26 and parses(s)), s
