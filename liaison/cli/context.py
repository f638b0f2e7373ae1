"""What every command gets: where the vault is, how to unlock it, how to print."""

from __future__ import annotations

import getpass
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import KeychainUnavailable, LiaisonError, PassphraseRequired, UsageError
from ..paths import Paths
from ..vault import Vault


@dataclass
class Output:
    data: Any
    text: str | Callable[[], str] = ""
    exit_code: int = 0
    extra: dict = field(default_factory=dict)


def _read_secret_file(path: str, what: str) -> str:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"Cannot read the {what} file {path}: {exc.strerror}.") from exc
    return text.rstrip("\r\n")


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
        env = os.environ.get("LIAISON_PASSPHRASE")
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
        env = os.environ.get("LIAISON_NEW_PASSPHRASE")
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

    def close(self) -> None:
        if self._vault is not None:
            self._vault.close()
            self._vault = None

    # ------------------------------------------------------------------- output
    def emit(self, out: Output) -> None:
        if self.json:
            print(json.dumps(out.data, ensure_ascii=False, indent=2, default=str))
        else:
            text = out.text() if callable(out.text) else out.text
            if text:
                print(text)
        for note in self.notes:
            print(f"liaison: {note}", file=sys.stderr)

    def fail(self, exc: LiaisonError) -> None:
        if self.json:
            err = {"error": {"type": type(exc).__name__, "message": str(exc)}}
            field = getattr(exc, "field", None)
            if field:
                err["error"]["field"] = field
            print(json.dumps(err, ensure_ascii=False))
        print(f"liaison: error: {exc}", file=sys.stderr)
