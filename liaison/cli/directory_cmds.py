"""Directory commands: contacts, agencies, agreements and the legal-basis finder.

``contact add|list|show|update|import-vcard|export-vcard``, ``agency add|list|
show|update``, ``agreement add|list|show|update|find-basis``. A contact is named
by its id or e-mail, an agency by its id or name, an agreement by its id,
reference (ETS 185) or title. List flags repeat (``--languages de --languages
en``); code lists also take commas (``--languages de,en``). On update, a list
flag replaces the whole list.
"""

from __future__ import annotations

import argparse
from typing import Any

from .. import strictread
from ..errors import UsageError, ValidationError
from ..fileutil import atomic_write
from ..records.agreements import AGREEMENT_TYPES, SCOPES, AgreementStore, measures
from ..records.contacts import AGENCY_KINDS, AgencyStore, ContactStore
from .context import Context, Output, int64

MAX_VCARD_BYTES = 20 * 1024 * 1024


def register(sub, common) -> None:
    _register_contact(sub, common)
    _register_agency(sub, common)
    _register_agreement(sub, common)


# ----------------------------------------------------------------------- helpers
def _paging_args(p: argparse.ArgumentParser, sortable: tuple[str, ...], default_sort: str) -> None:
    p.add_argument("--sort", choices=sortable, default=default_sort)
    p.add_argument("--descending", action="store_true")
    p.add_argument("--limit", type=int64, default=50, metavar="N", help="rows per page (1-1000)")
    p.add_argument("--after", metavar="CURSOR", help="the next_cursor of the previous page")


def _codes(values: list[str] | None) -> list[str] | None:
    """Repeated flags, each possibly comma-separated."""
    if values is None:
        return None
    return [part.strip() for v in values for part in v.split(",") if part.strip()]


def _fields(args: argparse.Namespace, simple: tuple[str, ...], code_lists: tuple[str, ...] = (),
            lists: tuple[str, ...] = ()) -> dict[str, Any]:
    """The store fields the user gave (flags left out are not passed)."""
    out: dict[str, Any] = {}
    for name in simple + lists:
        value = getattr(args, name, None)
        if value is not None:
            out[name] = value
    for name in code_lists:
        value = _codes(getattr(args, name, None))
        if value is not None:
            out[name] = value
    return out


def _page_output(page, line) -> Output:
    def text() -> str:
        lines = [line(r) for r in page.items] or ["(none)"]
        if page.next_cursor:
            lines.append(f"-- more: --after {page.next_cursor}")
        return "\n".join(lines)

    return Output(page.to_dict(), text)


def _show_text(record: dict[str, Any], skip: tuple[str, ...] = ()) -> str:
    lines = []
    for key, value in record.items():
        if key in skip or value in ("", None, [], {}):
            continue
        if isinstance(value, list):
            shown = "; ".join(
                ", ".join(f"{k}: {v}" for k, v in item.items() if v) if isinstance(item, dict) else str(item)
                for item in value
            )
        else:
            shown = str(value)
        lines.append(f"{key.replace('_', ' ').capitalize() + ':':<24} {shown}")
    return "\n".join(lines)


def _added(changes) -> Output:
    return Output({"id": changes.id}, changes.id)


def _updated(changes) -> Output:
    fields = changes.extra.get("fields", [])
    data = {"id": changes.id, "changed": fields}
    return Output(data, f"Updated {changes.id}: {', '.join(fields)}." if fields else "Nothing changed.")


# ----------------------------------------------------------------------- contact
_CONTACT_SIMPLE = ("name", "country", "agency", "organisation", "role", "email", "time_zone", "notes")


def _contact_field_args(p: argparse.ArgumentParser, *, adding: bool) -> None:
    p.add_argument("--name", required=adding)
    p.add_argument("--country", metavar="CC", required=adding, help="ISO 3166 code, e.g. GR")
    p.add_argument("--agency", metavar="AGENCY", help="the agency's id or name")
    p.add_argument("--organisation", help="organisation in words, when no agency record exists")
    p.add_argument("--role")
    p.add_argument("--languages", action="append", metavar="LL", help="ISO 639-1 codes; repeat or use commas")
    p.add_argument("--phones", action="append", metavar="NUMBER", help="repeat for several; kept as entered")
    p.add_argument("--email")
    p.add_argument("--secure-channels", action="append", metavar="'CHANNEL: ADDRESS'",
                   help="e.g. 'SIENA: unit@siena'; repeat for several")
    p.add_argument("--time-zone", metavar="ZONE", help="e.g. Europe/Athens")
    p.add_argument("--notes")


def _contact_fields(args) -> dict[str, Any]:
    return _fields(args, _CONTACT_SIMPLE, ("languages",), ("phones", "secure_channels"))


def _register_contact(sub, common) -> None:
    contact = sub.add_parser("contact", parents=[common], help="counterparts: add, list, show, update, vCard")
    cs = contact.add_subparsers(dest="contact_command", metavar="ACTION", required=True)

    p = cs.add_parser("add", parents=[common], help="add a contact; prints its id")
    _contact_field_args(p, adding=True)
    p.set_defaults(func=cmd_contact_add)

    p = cs.add_parser("list", parents=[common], help="list contacts, one page at a time")
    p.add_argument("--country", metavar="CC")
    p.add_argument("--agency", metavar="AGENCY")
    _paging_args(p, ContactStore.sortable, "name")
    p.set_defaults(func=cmd_contact_list)

    p = cs.add_parser("show", parents=[common], help="show a contact (id or e-mail; the consultation is audited)")
    p.add_argument("contact", metavar="CONTACT")
    p.add_argument("--justification", help="why you consult it (kept in the audit trail)")
    p.set_defaults(func=cmd_contact_show)

    p = cs.add_parser("update", parents=[common], help="change a contact (id or e-mail)")
    p.add_argument("contact", metavar="CONTACT")
    _contact_field_args(p, adding=False)
    p.set_defaults(func=cmd_contact_update)

    p = cs.add_parser("import-vcard", parents=[common], help="import every card of a vCard file")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--country", metavar="CC", help="for cards that carry no country")
    p.add_argument("--agency", metavar="AGENCY", help="link every imported contact to this agency")
    p.set_defaults(func=cmd_contact_import)

    p = cs.add_parser("export-vcard", parents=[common], help="write contacts as vCard 3.0")
    p.add_argument("contacts", nargs="*", metavar="CONTACT", help="ids or e-mails (default: all)")
    p.add_argument("--country", metavar="CC", help="only contacts of this country")
    p.add_argument("--output", metavar="FILE", help="write to FILE (owner-only) instead of printing")
    p.add_argument("--overwrite", action="store_true", help="replace FILE if it exists")
    p.set_defaults(func=cmd_contact_export)


def cmd_contact_add(ctx: Context, args) -> Output:
    return _added(ctx.vault().contacts.add(**_contact_fields(args)))


def cmd_contact_list(ctx: Context, args) -> Output:
    page = ctx.vault().contacts.list(country=args.country, agency=args.agency, sort=args.sort,
                                     descending=args.descending, after=args.after, limit=args.limit)
    return _page_output(page, lambda r: f"{r['id']}  {r['country']}  {r['name']}  {r['email']}  {r['agency_name']}")


def cmd_contact_show(ctx: Context, args) -> Output:
    record = ctx.vault().contacts.get(args.contact, consult=True, justification=args.justification)
    return Output(record, _show_text(record, skip=("email_key", "agency_id")))


def cmd_contact_update(ctx: Context, args) -> Output:
    fields = _contact_fields(args)
    if not fields:
        raise UsageError("Give at least one field to change (e.g. --phones, --email).")
    return _updated(ctx.vault().contacts.update(args.contact, **fields))


def cmd_contact_import(ctx: Context, args) -> Output:
    try:
        data = strictread.read_bytes(args.file, what="vCard file", max_bytes=MAX_VCARD_BYTES)
    except strictread.FileRefused as exc:
        raise ValidationError(exc.message, field="file") from None
    changes = ctx.vault().contacts.import_vcard(data, country=args.country, agency=args.agency)
    ids = [i for _, i in changes.created]
    skipped = changes.extra.get("skipped", [])
    text = f"Imported {len(ids)} contact(s)." + "".join(f"\nskipped: {s}" for s in skipped)
    return Output({"ids": ids, "skipped": skipped}, text)


def cmd_contact_export(ctx: Context, args) -> Output:
    dest = ctx.output_path(args.output, overwrite=args.overwrite) if args.output else None
    text = ctx.vault().contacts.export_vcard(args.contacts or None, country=args.country)
    count = text.count("BEGIN:VCARD")
    if dest is not None:
        atomic_write(dest, text.encode("utf-8"), overwrite=args.overwrite)
        return Output({"file": args.output, "count": count}, f"Wrote {count} card(s) to {args.output}.")
    return Output({"vcard": text, "count": count}, text.rstrip("\n"))


# ------------------------------------------------------------------------ agency
_AGENCY_SIMPLE = ("name", "kind", "country", "email", "address", "time_zone", "notes")


def _agency_field_args(p: argparse.ArgumentParser, *, adding: bool) -> None:
    p.add_argument("--name", required=adding)
    p.add_argument("--kind", choices=AGENCY_KINDS, required=adding)
    p.add_argument("--country", metavar="CC", required=adding, help="ISO 3166 code, e.g. PL")
    p.add_argument("--languages", action="append", metavar="LL", help="ISO 639-1 codes; repeat or use commas")
    p.add_argument("--channels", action="append", metavar="'CHANNEL: ADDRESS'",
                   help="e.g. 'INTERPOL I-24/7' or 'E-mail: desk@example.org'; repeat for several")
    p.add_argument("--phones", action="append", metavar="NUMBER")
    p.add_argument("--email")
    p.add_argument("--address")
    p.add_argument("--time-zone", metavar="ZONE")
    p.add_argument("--notes")


def _agency_fields(args) -> dict[str, Any]:
    return _fields(args, _AGENCY_SIMPLE, ("languages",), ("channels", "phones"))


def _register_agency(sub, common) -> None:
    agency = sub.add_parser("agency", parents=[common], help="agencies: add, list, show, update")
    ags = agency.add_subparsers(dest="agency_command", metavar="ACTION", required=True)

    p = ags.add_parser("add", parents=[common], help="add an agency; prints its id")
    _agency_field_args(p, adding=True)
    p.set_defaults(func=cmd_agency_add)

    p = ags.add_parser("list", parents=[common], help="list agencies, one page at a time")
    p.add_argument("--country", metavar="CC")
    p.add_argument("--kind", choices=AGENCY_KINDS)
    _paging_args(p, AgencyStore.sortable, "name")
    p.set_defaults(func=cmd_agency_list)

    p = ags.add_parser("show", parents=[common], help="show an agency (id or name)")
    p.add_argument("agency", metavar="AGENCY")
    p.set_defaults(func=cmd_agency_show)

    p = ags.add_parser("update", parents=[common], help="change an agency (id or name)")
    p.add_argument("agency", metavar="AGENCY")
    _agency_field_args(p, adding=False)
    p.set_defaults(func=cmd_agency_update)


def cmd_agency_add(ctx: Context, args) -> Output:
    return _added(ctx.vault().agencies.add(**_agency_fields(args)))


def cmd_agency_list(ctx: Context, args) -> Output:
    page = ctx.vault().agencies.list(country=args.country, kind=args.kind, sort=args.sort,
                                     descending=args.descending, after=args.after, limit=args.limit)
    return _page_output(page, lambda r: f"{r['id']}  {r['country']}  {r['kind']:<17}  {r['name']}")


def cmd_agency_show(ctx: Context, args) -> Output:
    record = ctx.vault().agencies.get(args.agency)
    return Output(record, _show_text(record))


def cmd_agency_update(ctx: Context, args) -> Output:
    fields = _agency_fields(args)
    if not fields:
        raise UsageError("Give at least one field to change (e.g. --email, --channels).")
    return _updated(ctx.vault().agencies.update(args.agency, **fields))


# --------------------------------------------------------------------- agreement
_AGREEMENT_SIMPLE = (
    "title", "reference", "type", "adopted", "signed", "in_force", "transposition_deadline", "expires", "review",
    "article", "key_articles", "measures_scope", "confidentiality", "data_protection", "reservations", "notes",
    "source",
)


def _agreement_field_args(p: argparse.ArgumentParser, *, adding: bool) -> None:
    p.add_argument("--title", required=adding)
    p.add_argument("--reference", help="short reference, e.g. 'MLAT DE-GR 2010'")
    p.add_argument("--type", choices=AGREEMENT_TYPES, required=adding)
    p.add_argument("--parties", action="append", metavar="CC",
                   help="ISO 3166 codes of the parties; repeat or use commas")
    for name in ("adopted", "signed", "in-force", "transposition-deadline", "review"):
        p.add_argument(f"--{name}", metavar="YYYY-MM-DD")
    p.add_argument("--expires", metavar="YYYY-MM-DD", help="the first day it no longer applies")
    p.add_argument("--article", help="the article on mutual assistance")
    p.add_argument("--key-articles")
    p.add_argument("--measures-scope", choices=SCOPES,
                   help="'listed': only the measures given; 'general': mutual assistance in general terms")
    p.add_argument("--measures", action="append", metavar="MEASURE[:ARTICLE]",
                   help=f"repeat for several; one of: {', '.join(measures())}")
    p.add_argument("--measures-excluded", action="append", metavar="MEASURE[:ARTICLE]")
    p.add_argument("--offences", action="append", metavar="TEXT")
    p.add_argument("--central-authorities", action="append", metavar="AGENCY|'CC: NAME'")
    p.add_argument("--accepted-languages", action="append", metavar="LL")
    p.add_argument("--channels", action="append", metavar="CHANNEL")
    for name in ("confidentiality", "data-protection", "reservations", "notes", "source"):
        p.add_argument(f"--{name}", metavar="TEXT")


def _agreement_fields(args) -> dict[str, Any]:
    fields = _fields(args, _AGREEMENT_SIMPLE, ("parties", "accepted_languages", "channels"),
                     ("measures", "measures_excluded", "offences", "central_authorities"))
    if getattr(args, "parties_not_recorded", False):
        if "parties" in fields:
            raise UsageError("Give --parties or --parties-not-recorded, not both.")
        fields["parties"] = []
    return fields


def _register_agreement(sub, common) -> None:
    agreement = sub.add_parser("agreement", parents=[common],
                               help="legal bases: add, list, show, update, find-basis")
    ags = agreement.add_subparsers(dest="agreement_command", metavar="ACTION", required=True)

    p = ags.add_parser("add", parents=[common], help="add an agreement; prints its id")
    _agreement_field_args(p, adding=True)
    p.set_defaults(func=cmd_agreement_add)

    p = ags.add_parser("list", parents=[common], help="list agreements, one page at a time")
    p.add_argument("--type", choices=AGREEMENT_TYPES)
    p.add_argument("--country", metavar="CC", help="with this country among the recorded parties")
    p.add_argument("--origin", choices=("user", "reference", "demo", "import"))
    _paging_args(p, AgreementStore.sortable, "title")
    p.set_defaults(func=cmd_agreement_list)

    p = ags.add_parser("show", parents=[common], help="show an agreement (id, reference or title)")
    p.add_argument("agreement", metavar="AGREEMENT")
    p.set_defaults(func=cmd_agreement_show)

    p = ags.add_parser("update", parents=[common], help="change an agreement (id, reference or title)")
    p.add_argument("agreement", metavar="AGREEMENT")
    _agreement_field_args(p, adding=False)
    p.add_argument("--parties-not-recorded", action="store_true", help="forget the parties (conventions only)")
    p.set_defaults(func=cmd_agreement_update)

    p = ags.add_parser("find-basis", parents=[common],
                       help="the agreements in force between two states for a measure, best first")
    p.add_argument("--requesting-state", metavar="CC", required=True)
    p.add_argument("--requested-state", metavar="CC", required=True)
    p.add_argument("--measure", required=True, metavar="MEASURE", help=f"one of: {', '.join(measures())}")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the date the request is made (default: today)")
    p.add_argument("--offence", metavar="CATEGORY",
                   help="the offence (an EIO Annex D category, e.g. corruption): the UN conventions apply only to "
                        "the offences in their scope")
    p.set_defaults(func=cmd_agreement_find)


def cmd_agreement_add(ctx: Context, args) -> Output:
    return _added(ctx.vault().agreements.add(**_agreement_fields(args)))


def _parties_text(parties: list[str] | None) -> str:
    return "parties not recorded" if parties is None else ", ".join(parties)


def cmd_agreement_list(ctx: Context, args) -> Output:
    page = ctx.vault().agreements.list(type=args.type, country=args.country, origin=args.origin, sort=args.sort,
                                       descending=args.descending, after=args.after, limit=args.limit)
    return _page_output(
        page,
        lambda r: f"{r['id']}  {r['type']:<23}  {r['reference'] or '-':<24}  {r['title']}  "
                  f"[{_parties_text(r['parties'])}]",
    )


def cmd_agreement_show(ctx: Context, args) -> Output:
    record = ctx.vault().agreements.get(args.agreement)
    shown = dict(record, parties=_parties_text(record["parties"]))
    pack = shown.pop("pack", None)

    def text() -> str:
        out = _show_text(shown, skip=("parties_recorded", "parties_status", "parties_unverified"))
        if pack:
            out += "\n" + _pack_instrument_text(pack)
        return out

    return Output(record, text)


def _pack_instrument_text(pack: dict[str, Any]) -> str:
    """What the reference pack says of an instrument: its parties with their dates and the list's source."""
    plist = pack["parties"]
    lines = [f"From the reference pack (version {pack['version']}, status as of {pack['status_as_of']}):"]
    status = {"complete": "complete list", "partial": "PARTIAL list (other States: status not recorded)",
              "unverified": "UNVERIFIED list (not taken from a source)"}[plist["status"]]
    lines.append(f"  Parties: {status}" + (f", as of {plist['as_of']}" if plist["as_of"] else ""))
    if plist["source"]:
        lines.append(f"  Source: {plist['source']}")
    for st in plist["states"]:
        when = ", ".join(x for x in (
            f"from {st['from']}" if st.get("from") else "", f"until {st['until']}" if st.get("until") else "",
            f"deposited {st['deposited']}" if st.get("deposited") else "",
            f"party by {st['known_by']}" if st.get("known_by") else "",
            "UNVERIFIED" if st.get("verified") is False else "") if x)
        lines.append(f"    {st['state']}" + (f"  {when}" if when else "") + (f"  ({st['note']})" if st.get("note") else ""))
    for nb in pack["not_bound"]:
        lines.append(f"  Not bound: {nb['state']}: {nb['reason']}")
    for rep in pack["replaces"]:
        lines.append(f"  Replaces {rep['instrument']} between the States bound by it ({rep['article']}, from {rep['from']})")
    return "\n".join(lines)


def cmd_agreement_update(ctx: Context, args) -> Output:
    fields = _agreement_fields(args)
    if not fields:
        raise UsageError("Give at least one field to change (e.g. --parties, --in-force).")
    return _updated(ctx.vault().agreements.update(args.agreement, **fields))


def cmd_agreement_find(ctx: Context, args) -> Output:
    found = ctx.vault().agreements.find_basis(args.requesting_state, args.requested_state, args.measure, args.date,
                                              offence=args.offence)

    def text() -> str:
        head = (f"Legal bases for {found['measure_label']} requested by {found['requesting_state']} from "
                f"{found['requested_state']} on {found['date']}"
                + (f", offence {found['offence']}" if found["offence"] else "") + ":")
        pack = found["pack"]
        lines = [head, f"  {found['message']}"]
        lines.append(f"  (reference pack {pack['version']}, status as of {pack['status_as_of']}"
                     + ("; OLDER THAN A YEAR: ask for a newer pack" if pack["stale"] else "") + ")")
        if not found["results"]:
            lines.append("  none found (see the exclusions below).")
        for n, r in enumerate(found["results"], 1):
            lines.append(f"  {n}. {r['title']}{' (' + r['reference'] + ')' if r['reference'] else ''}"
                         f"  score {r['score']}" + ("  UNVERIFIED" if r.get("unverified") else "")
                         + ("  GOVERNS" if n == 1 else ""))
            lines += [f"       - {why}" for why in r["reasons"]]
            lines += [f"       - unverified: {u}" for u in r.get("unverified", [])]
            lines += [f"       - only if: {c}" for c in r.get("conditions", [])]
        if found["excluded"]:
            lines.append("Excluded:")
            lines += [f"  - {e['title']}: {e['reason']}" for e in found["excluded"]]
        return "\n".join(lines)

    return Output(found, text)
