"""age passphrase encryption or decryption in a process of its own.

Liaison runs this file (by path, ``python -I``) for a bundle locked with a passphrase: age's scrypt takes
about a second on purpose, and pyrage holds Python's lock throughout, which would stop the window from
repainting for that long. Here it holds only this process's lock.

Protocol: on stdin one JSON line ``{"op": "encrypt" | "decrypt", "passphrase": "..."}`` then the data to
the end; on stdout the result. Exit code 0 on success, 2 when age refuses (its message on stderr), anything
else on a failure of this helper. Nothing is written to disk. Imports nothing of Liaison's.
"""

from __future__ import annotations

import json
import sys


def main() -> int:
    import pyrage

    stdin = sys.stdin.buffer
    request = json.loads(stdin.readline())
    data = stdin.read()
    try:
        if request["op"] == "encrypt":
            out = pyrage.passphrase.encrypt(data, request["passphrase"])
        elif request["op"] == "decrypt":
            out = pyrage.passphrase.decrypt(data, request["passphrase"])
        else:
            return 3
    except (pyrage.DecryptError, pyrage.EncryptError) as exc:
        sys.stderr.write(str(exc))
        return 2
    sys.stdout.buffer.write(out)
    sys.stdout.buffer.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
