"""``liaison reference import FILE | show [INSTRUMENT] | status``: the reference pack.

The pack (who is bound by which instrument and since when, what replaces what,
the articles per measure) ships with Liaison and can be replaced by a newer one
from a central authority: ``import`` checks it (schema, version, every
reference) and installs it in the vault, audited; a pack that is malformed,
not newer or refers to an unknown instrument is refused and nothing changes.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import NotFound, UsageError
from ..refdata import PACK_MAX_BYTES, active_pack, install_pack, pack_status
from .context import Context, Output


def register(sub, common) -> None:
    ref = sub.add_parser("reference", parents=[common], help="the reference pack: import, show, status")
    rs = ref.add_subparsers(dest="reference_command", metavar="ACTION", required=True)
    p = rs.add_parser("import", parents=[common], help="check a newer reference pack and install it (audited)")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=cmd_import)
    p = rs.add_parser("show", parents=[common], help="the instruments of the pack in use, or one of them")
    p.add_argument("instrument", metavar="INSTRUMENT", nargs="?", help="a key (coe-ets-30) or reference (ETS 30)")
    p.set_defaults(func=cmd_show)
    p = rs.add_parser("status", parents=[common], help="the pack in use: version, date, age, unverified lists")
    p.set_defaults(func=cmd_status)


def _status_text(st: dict) -> str:
    lines = [
        f"Reference pack {st['version']} ({st['origin']}), status as of {st['status_as_of']} "
        f"({st['age_days']} days ago), issued by {st['issued_by']}",
        f"SHA-256: {st['sha256']}",
    ]
    if st.get("installed_at"):
        lines.append(f"Installed: {st['installed_at']}")
    if st.get("warning"):
        lines.append("WARNING: " + st["warning"])
    if st["unverified_lists"]:
        lines.append("Unverified party lists (not taken from a source): " + ", ".join(st["unverified_lists"]))
    if st["partial_lists"]:
        lines.append("Partial party lists (other States: status not recorded): " + ", ".join(st["partial_lists"]))
    return "\n".join(lines)


def cmd_status(ctx: Context, args) -> Output:
    st = pack_status(ctx.vault())
    return Output(st, _status_text(st))


def cmd_import(ctx: Context, args) -> Output:
    path = Path(args.file)
    try:
        if path.stat().st_size > PACK_MAX_BYTES:
            raise UsageError(f"{path} is larger than {PACK_MAX_BYTES:,} bytes; it is not a reference pack.")
        data = path.read_bytes()
    except OSError as exc:
        raise UsageError(f"Cannot read {path}: {exc.strerror}.") from exc
    result = install_pack(ctx.vault(), data, display=path.name)
    text = (f"Installed reference pack {result['version']} (status as of {result['status_as_of']}), replacing "
            f"version {result['previous_version']}."
            + (f" New instruments: {', '.join(result['instruments_added'])}." if result["instruments_added"] else ""))
    return Output(result, text)


def cmd_show(ctx: Context, args) -> Output:
    pack = active_pack(ctx.vault())
    if not args.instrument:
        rows = [{"key": i.key, "reference": i.reference, "title": i.title, "parties": i.list_status,
                 "states": len(i.parties), "as_of": i.list_as_of} for i in pack.instruments.values()]
        text = "\n".join(f"{r['key']:<18} {r['reference']:<34} {r['parties']:<10} {r['states']:>3} states"
                         + (f"  as of {r['as_of']}" if r["as_of"] else "") for r in rows)
        return Output({"version": pack.version, "status_as_of": pack.status_as_of, "instruments": rows}, text)
    wanted = args.instrument.strip().lower()
    inst = next((i for i in pack.instruments.values() if wanted in (i.key, i.reference.lower())), None)
    if inst is None:
        raise NotFound(f"No instrument '{args.instrument}' in the reference pack.",
                       hint="See 'liaison reference show' for the keys.")
    from .directory_cmds import _pack_instrument_text

    data = {"version": pack.version, "status_as_of": pack.status_as_of, **inst.to_json()}
    return Output(data, f"{inst.title} ({inst.reference}, {inst.key})\n" + _pack_instrument_text(data))
