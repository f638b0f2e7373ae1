"""What every command gets: where the vault is, how to unlock it, how to print."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import strictread
from ..errors import KeychainUnavailable, LiaisonError, PassphraseRequired, UsageError
from ..paths import Paths
from ..vault import Vault

MAX_INT64 = (1 << 63) - 1


def int64(text: str) -> int:
    """An argparse type: a whole number that fits in 64 bits (what the vault stores), else a clear error
    that argparse prefixes with the option's name."""
    value = str(text).strip()
    digits = value[1:] if value[:1] in "+-" else value
    if not digits.isascii() or not digits.isdigit():
        raise argparse.ArgumentTypeError(f"'{value[:40]}' is not a whole number")
    if len(digits) > 19 or not -MAX_INT64 - 1 <= int(value) <= MAX_INT64:
        raise argparse.ArgumentTypeError(f"'{value[:24]}{'...' if len(value) > 24 else ''}' is out of range "
                                         f"(whole numbers up to {MAX_INT64:,})")
    return int(value)



@dataclass
class Output:
    data: Any
    text: str | Callable[[], str] = ""
    exit_code: int = 0
    extra: dict = field(default_factory=dict)


def _read_secret_file(path: str, what: str) -> str:
    """A secret from a file, or from standard input when the file is ``-``: UTF-8 (a byte-order mark, as
    Notepad writes, is accepted), the line break at its end dropped. Anything else is refused by name."""
    try:
        return strictread.read_secret(path, what=what)
    except strictread.FileRefused as exc:
        raise UsageError(exc.message, hint=exc.hint) from None


def read_env_secret(name: str) -> str | None:
    """A secret from the environment, or None. Text that is not valid UTF-8 is refused by name."""
    value = os.environ.get(name)
    if not value:
        return None
    if any("\ud800" <= c <= "\udfff" for c in value):
        raise UsageError(f"{name} is not valid UTF-8 text.")
    return value


class Context:
    def __init__(self, args) -> None:
        self.args = args
        self.json = bool(getattr(args, "json", False))
        self.paths = Paths.resolve(getattr(args, "data_dir", None))
        self.vault_path = self.paths.vault_path(getattr(args, "vault", None))
        self._vault: Vault | None = None
        self.notes: list[str] = []

    # ------------------------------------------------------------------ secrets
    def passphrase(self, *, allow_none: bool = False) -> str | None:
        """LIAISON_PASSPHRASE, --passphrase-file, or None (meaning: try the keychain)."""
        env = read_env_secret("LIAISON_PASSPHRASE")
        if env:
            return env
        pfile = getattr(self.args, "passphrase_file", None)
        if pfile:
            return _read_secret_file(pfile, "passphrase")
        return None

    def prompt_passphrase(self, prompt: str = "Passphrase: ") -> str:
        if not sys.stdin or not sys.stdin.isatty():
            raise PassphraseRequired(
                "A passphrase is needed and there is no terminal to ask for it.",
                hint="Set LIAISON_PASSPHRASE or use --passphrase-file FILE.",
            )
        return getpass.getpass(prompt)

    def new_passphrase(self) -> str:
        env = read_env_secret("LIAISON_NEW_PASSPHRASE")
        if env:
            return env
        nfile = getattr(self.args, "new_passphrase_file", None)
        if nfile:
            return _read_secret_file(nfile, "new passphrase")
        if not sys.stdin or not sys.stdin.isatty():
            raise PassphraseRequired(
                "A new passphrase is needed and there is no terminal to ask for it.",
                hint="Set LIAISON_NEW_PASSPHRASE or use --new-passphrase-file FILE.",
            )
        first = getpass.getpass("New passphrase: ")
        if getpass.getpass("Repeat the new passphrase: ") != first:
            raise UsageError("The two passphrases differ; nothing was changed.")
        return first

    def recovery_code(self) -> str:
        """The recovery code, never from the command line by choice: --recovery-code-file FILE (``-`` for
        standard input), LIAISON_RECOVERY_CODE, a prompt on a terminal; --recovery-code CODE works, with a
        warning (every local user can read a command line)."""
        given = getattr(self.args, "recovery_code", None)
        if given:
            self.notes.append("warning: a recovery code given on the command line can be read by every user of this "
                              "computer (ps, /proc); use --recovery-code-file FILE, standard input or the prompt.")
            return given
        cfile = getattr(self.args, "recovery_code_file", None)
        if cfile:
            return _read_secret_file(cfile, "recovery code")
        env = read_env_secret("LIAISON_RECOVERY_CODE")
        if env:
            return env
        if not sys.stdin or not sys.stdin.isatty():
            raise PassphraseRequired(
                "The recovery code is needed and there is no terminal to ask for it.",
                hint="Use --recovery-code-file FILE (or - for standard input), or set LIAISON_RECOVERY_CODE.",
            )
        return getpass.getpass("Recovery code: ")

    def creation_passphrase(self) -> str:
        """For ``init``: the passphrase as given, or asked twice on a terminal."""
        given = self.passphrase()
        if given:
            return given
        if not sys.stdin or not sys.stdin.isatty():
            raise PassphraseRequired(
                "A passphrase for the new vault is needed and there is no terminal to ask for it.",
                hint="Set LIAISON_PASSPHRASE or use --passphrase-file FILE.",
            )
        first = getpass.getpass("Passphrase for the new vault (12 characters or more): ")
        if getpass.getpass("Repeat it: ") != first:
            raise UsageError("The two passphrases differ; no vault was created.")
        return first

    # -------------------------------------------------------------------- vault
    def vault(self) -> Vault:
        """The vault, opened by the rules: passphrase from the environment or a
        file, else the keychain, else a prompt on a terminal, else a clear error."""
        if self._vault is not None:
            return self._vault
        given = self.passphrase()
        if given is not None:
            self._vault = Vault.open(self.vault_path, given)
            return self._vault
        try:
            self._vault = Vault.open(self.vault_path)
            return self._vault
        except (PassphraseRequired, KeychainUnavailable) as exc:
            if not sys.stdin or not sys.stdin.isatty():
                if isinstance(exc, KeychainUnavailable):
                    raise KeychainUnavailable(
                        exc.message,
                        hint="Set LIAISON_PASSPHRASE or use --passphrase-file FILE to unlock with the passphrase.",
                    ) from exc
                raise
            if isinstance(exc, KeychainUnavailable):
                print(f"liaison: {exc.message} Falling back to the passphrase.", file=sys.stderr)
        self._vault = Vault.open(self.vault_path, self.prompt_passphrase())
        return self._vault

    def set_vault(self, vault: Vault) -> None:
        self._vault = vault

    def vault_notices(self) -> list[str]:
        return list(self._vault.notices) if self._vault is not None else []

    def close(self) -> None:
        if self._vault is not None:
            self._vault.close()
            self._vault = None

    def output_path(self, value: str, *, overwrite: bool = False, field: str = "output") -> Path:
        """Where a command may write the file asked for (see :func:`liaison.fileutil.check_output_path`):
        never over the vault or its files, never over an existing file without --overwrite."""
        from ..fileutil import check_output_path
        from ..paths import owned_paths

        return check_output_path(value, overwrite=overwrite, field=field,
                                 protected=[*owned_paths(self.vault_path), *_open_vault_paths()])

    # ------------------------------------------------------------------- output
    def emit(self, out: Output) -> None:
        if self.json:
            print(json.dumps(out.data, ensure_ascii=False, indent=2, default=str))
        else:
            text = out.text() if callable(out.text) else out.text
            if text:
                print(text)
        for note in [*self.vault_notices(), *self.notes]:
            print(f"liaison: {note}", file=sys.stderr)

    def fail(self, exc: LiaisonError) -> None:
        if self.json:
            err = {"error": {"type": type(exc).__name__, "message": str(exc)}}
            field = getattr(exc, "field", None)
            if field:
                err["error"]["field"] = field
            print(json.dumps(err, ensure_ascii=False))
        print(f"liaison: error: {exc}", file=sys.stderr)


def _open_vault_paths() -> list[Path]:
    from ..fileutil import protected_paths

    return protected_paths()
