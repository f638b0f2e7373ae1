"""Every command, every option, hostile values: bytes that are not UTF-8 (lone surrogates), NUL, dates at the
ends of the calendar with extreme offsets, whole numbers past 64 bits, huge and negative numbers, path
traversal. Never a traceback: a refusal naming the option or field, or a clear 'not found'."""

from __future__ import annotations

import argparse

import pytest
from conftest import PASSPHRASE

from liaison.cli import build_parser, main
from liaison.cli.context import Context

from .conftest import SOAK

ALL_HOSTILE = ["\udcff\udcfe", "bad\x00nul", "0001-01-01T00:00+14:00", "9999-12-31T23:59-12:00",
           "99999999999999999999999", "-99999999999999999999999", "#99999999999999999999999",
           "\u202egnp.exe", "../../../../etc/passwd"]
HOSTILE = ALL_HOSTILE if SOAK else ["\udcff\udcfe", "bad\x00nul", "0001-01-01T00:00+14:00", "-99999999999999999999999"]
# Commands that would wait for a terminal, write outside the test folder, or start the demo filler.
SKIP = {("demo",), ("init",), ("rekey",), ("passphrase",), ("recover",), ("recovery-code",), ("backup",)}


def _commands(parser: argparse.ArgumentParser, prefix=()):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _commands(sub, (*prefix, name))
            return
    yield prefix, parser


def _options(parser: argparse.ArgumentParser):
    for action in parser._actions:
        if action.option_strings and action.nargs != 0 and action.dest not in (
                "help", "vault", "data_dir", "passphrase_file", "json"):
            yield action.option_strings[-1], action
        elif not action.option_strings and action.dest not in ("command",) and not isinstance(
                action, argparse._SubParsersAction):
            yield None, action


def test_no_hostile_argument_gets_a_traceback(tmp_path, monkeypatch, capsys, figures):
    monkeypatch.setenv("LIAISON_PASSPHRASE", PASSPHRASE)
    assert main(["--data-dir", str(tmp_path), "init", "--no-keychain"]) == 0
    main(["--data-dir", str(tmp_path), "case", "add", "--title", "T", "--requesting-state", "DE",
          "--requested-state", "PL"])
    capsys.readouterr()
    opened = {}

    def shared_vault(self):  # one open vault for the whole sweep (opening costs a key derivation)
        if "v" not in opened:
            from liaison.vault import Vault

            opened["v"] = Vault.open(self.vault_path, PASSPHRASE)
        return opened["v"]

    monkeypatch.setattr(Context, "vault", shared_vault)
    parser = build_parser()
    monkeypatch.setattr("liaison.cli.build_parser", lambda *a, **k: parser)  # built once for the sweep
    monkeypatch.setattr(Context, "close", lambda self: None)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    monkeypatch.chdir(out_dir)
    tried = held = 0
    tracebacks = []
    for words, sub in _commands(parser):
        if words[:1] in {s[:1] for s in SKIP if len(s) == 1} or not words:
            continue
        opts = list(_options(sub))
        positional = [a for o, a in opts if o is None]
        for opt, action in opts:
            for value in HOSTILE:
                argv = ["--data-dir", str(tmp_path), *words]
                pos_values = ["x"] * len([a for a in positional if a.nargs not in ("?", "*")])
                if opt is None:
                    idx = positional.index(action)
                    pos_values = ["x"] * max(len(pos_values), idx + 1)
                    pos_values[idx] = value
                    argv += pos_values
                else:
                    argv += [*pos_values, opt, value]
                tried += 1
                try:
                    rc = main(argv)
                except SystemExit as exc:  # argparse's own refusal of a value: a message, exit 2
                    rc = exc.code
                except Exception as exc:  # noqa: BLE001 - what this test is looking for
                    tracebacks.append((argv[2:], f"{type(exc).__name__}: {exc}"[:200]))
                    continue
                finally:
                    capsys.readouterr()
                assert isinstance(rc, int)
                held += 1
    if "v" in opened:
        opened["v"].close()
    figures("hostile command-line values", tried, held)
    assert not tracebacks, tracebacks[:10]


@pytest.mark.parametrize("value", HOSTILE[:2])
def test_hostile_text_through_the_api_is_refused_by_field(vault, value):
    from liaison.errors import ValidationError

    with pytest.raises(ValidationError) as exc:
        vault.contacts.add(name=value, country="PL")
    assert exc.value.field
