"""Vault commands: init, info, passphrase, recover, keychain, rekey, check, backup."""

from __future__ import annotations

import argparse
import sys

from ..errors import KeychainUnavailable
from ..paths import files_dir
from ..vault import Vault
from .context import Context, Output


def register(sub, common) -> None:
    p = sub.add_parser("init", parents=[common], help="create a new vault")
    p.add_argument("--no-keychain", action="store_true", help="do not remember the key in the OS keychain")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("info", parents=[common], help="where the vault is, its id, schema and key slots (no secrets)")
    p.set_defaults(func=cmd_info)

    p = sub.add_parser("passphrase", parents=[common], help="change the passphrase")
    p.add_argument("--new-passphrase-file", metavar="FILE", help="read the new passphrase from FILE")
    p.set_defaults(func=cmd_passphrase)

    p = sub.add_parser("recover", parents=[common], help="unlock with the recovery code and set a new passphrase")
    p.add_argument("--recovery-code-file", metavar="FILE",
                   help="read the recovery code from FILE (- for standard input); else LIAISON_RECOVERY_CODE or a "
                        "prompt")
    p.add_argument("--recovery-code", metavar="CODE",
                   help="the code itself (discouraged: every user of this computer can read a command line)")
    p.add_argument("--new-passphrase-file", metavar="FILE", help="read the new passphrase from FILE")
    p.set_defaults(func=cmd_recover)

    p = sub.add_parser("recovery-code", parents=[common], help="make a new recovery code (the old one stops working)")
    p.set_defaults(func=cmd_new_recovery)

    p = sub.add_parser("keychain", parents=[common], help="remember the key in the OS keychain, or forget it")
    p.add_argument("state", choices=["on", "off", "status"])
    p.set_defaults(func=cmd_keychain)

    p = sub.add_parser("rekey", parents=[common], help="re-encrypt the vault under a new data key")
    p.add_argument("--new-passphrase-file", metavar="FILE", help="passphrase for the rekeyed vault (default: keep the current one)")
    p.set_defaults(func=cmd_rekey)

    p = sub.add_parser("check", parents=[common], help="verify the vault's encryption, database and files")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("backup", parents=[common], help="write an encrypted copy of the vault, its key slots and its files")
    p.add_argument("dest", metavar="DEST")
    p.set_defaults(func=cmd_backup)


def _recovery_text(code: str, what: str) -> str:
    return (
        f"{what}\n\n"
        f"  Recovery code:  {code}\n\n"
        "Write it down now and keep it apart from this computer. It is shown only once.\n"
        "It unlocks the vault if the passphrase is forgotten (liaison recover)."
    )


def cmd_init(ctx: Context, args: argparse.Namespace) -> Output:
    passphrase = ctx.creation_passphrase()
    vault, code = Vault.create(ctx.vault_path, passphrase)
    ctx.set_vault(vault)
    keychain = None
    if not args.no_keychain:
        try:
            keychain = vault.enable_keychain()
        except KeychainUnavailable as exc:
            ctx.notes.append(f"{exc.message} The vault will ask for its passphrase.")
    data = {"recovery_code": code, "path": str(vault.path), "id": vault.id, "keychain": keychain}
    what = f"Created the vault {vault.path}."
    if keychain:
        what += f"\nIts key is remembered in {keychain}."
    return Output(data, _recovery_text(code, what))


def cmd_info(ctx: Context, args: argparse.Namespace) -> Output:
    info = ctx.vault().info()

    def text() -> str:
        lines = [
            f"Vault:    {info['path']}",
            f"Id:       {info['id']}",
            f"Schema:   {info.get('schema_version', '?')}",
            f"Size:     {info['size_bytes']:,} bytes",
            f"Cipher:   SQLCipher {info.get('cipher_version', '?')}",
            "Key slots:",
        ]
        for s in info["slots"]:
            extra = s.get("backend") or "argon2id, {memory_cost} KiB, {time_cost} passes".format(**s["kdf"])
            lines.append(f"  - {s['type']:<10} {extra}")
        return "\n".join(lines)

    return Output(info, text)


def cmd_passphrase(ctx: Context, args: argparse.Namespace) -> Output:
    vault = ctx.vault()
    vault.change_passphrase(ctx.new_passphrase())
    return Output({"ok": True}, "Passphrase changed. The recovery code and the keychain still work.")


def cmd_recover(ctx: Context, args: argparse.Namespace) -> Output:
    code = ctx.recovery_code()
    new = ctx.new_passphrase()
    vault = Vault.open(ctx.vault_path, recovery_code=code)
    ctx.set_vault(vault)
    vault.change_passphrase(new)
    return Output({"ok": True}, "Unlocked with the recovery code; the new passphrase is set.")


def _show_then_confirm(ctx: Context, data: dict, text: str) -> Output:
    """Print the new recovery code before the old one stops working (two-phase key change): a crash or a
    lost terminal before this point leaves the old code working, and both work until it is confirmed."""
    vault = ctx.vault()
    ctx.emit(Output(data, text))
    sys.stdout.flush()
    vault.confirm_key_changes()
    return Output(data, "", exit_code=0, extra={"printed": True})


def cmd_new_recovery(ctx: Context, args: argparse.Namespace) -> Output:
    code = ctx.vault().stage_recovery_code()
    return _show_then_confirm(ctx, {"recovery_code": code},
                              _recovery_text(code, "A new recovery code was issued; the old one no longer works."))


def cmd_keychain(ctx: Context, args: argparse.Namespace) -> Output:
    vault = ctx.vault()
    if args.state == "on":
        label = vault.enable_keychain()
        return Output({"keychain": label}, f"The vault's key is remembered in {label}.")
    if args.state == "off":
        warning = vault.disable_keychain()
        if warning:
            ctx.notes.append(warning)
        return Output({"keychain": None, "warning": warning}, "The vault's key is no longer kept in the OS keychain.")
    slot = vault.keyslots.get("keychain")
    status = vault.keychain.status
    data = {
        "enabled": slot is not None,
        "backend": slot.data.get("label") if slot else None,
        "available": status.available,
        "current_backend": status.label,
        "reason": status.reason,
    }
    text = (f"On, in {data['backend']}." if slot else "Off.") + (
        f" This system's keychain: {status.label}." if status.available else f" The keychain is unavailable: {status.reason}."
    )
    return Output(data, text)


def cmd_rekey(ctx: Context, args: argparse.Namespace) -> Output:
    vault = ctx.vault()
    passphrase = ctx.passphrase()
    if getattr(args, "new_passphrase_file", None) or passphrase is None:
        passphrase = ctx.new_passphrase()
    code = vault.rekey(passphrase)
    return _show_then_confirm(
        ctx, {"recovery_code": code, "key_id": vault.keyslots.key_id},
        _recovery_text(code, "The vault is now encrypted under a new key. Old backups keep the old key; the old "
                             "passphrase and recovery code no longer open this vault."),
    )


def cmd_check(ctx: Context, args: argparse.Namespace) -> Output:
    result = ctx.vault().check()
    if result["ok"]:
        return Output(result, "The vault is intact: encryption, database and file checks passed.")
    return Output(result, "The vault has problems:\n" + "\n".join(f"  - {p}" for p in result["problems"][:20]),
                  exit_code=5)


def cmd_backup(ctx: Context, args: argparse.Namespace) -> Output:
    dest = ctx.vault().backup(args.dest)
    return Output(
        {"backup": str(dest), "keys": str(dest) + ".keys", "files": str(files_dir(dest))},
        f"Backup written: {dest} (and {dest.name}.keys, {files_dir(dest).name}/). It opens with the same passphrase "
        "and recovery code.",
    )
