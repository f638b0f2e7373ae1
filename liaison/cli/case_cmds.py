"""Case, person and review commands.

``case add|list|show|update|status|close|erase``, ``person add|list|show|update|
link|unlink|erase``, ``review [keep]``. Every command that takes a case accepts its
id or its reference (LO-2026-0042); persons are named by id or reference
(P-2026-0007).
"""

from __future__ import annotations

import argparse
from typing import Any

from ..errors import UsageError
from ..records.cases import SORTABLE as CASE_SORTABLE
from ..records.cases import STATUSES, URGENCIES
from ..records.persons import CATEGORIES
from ..records.persons import SORTABLE as PERSON_SORTABLE
from .context import Context, Output, int64

_CASE_FIELDS = (
    "title", "summary", "counterpart_reference", "offence_category", "offence_text", "requesting_state",
    "requested_state", "urgency", "urgency_reason", "assigned_officer", "legal_basis", "handling",
    "handling_h3_text", "review_date", "notes", "direction",
)
_PERSON_FIELDS = ("display_name", "transliteration", "date_of_birth", "nationality", "category", "notes",
                  "review_date", "kind", "place_of_birth", "address", "sex", "languages", "registration_number")


def register(sub, common) -> None:
    _register_case(sub, common)
    _register_person(sub, common)
    _register_review(sub, common)


# ------------------------------------------------------------------------ parsers
def _case_field_args(p: argparse.ArgumentParser, *, adding: bool) -> None:
    p.add_argument("--title", required=adding)
    p.add_argument("--summary")
    p.add_argument("--counterpart-reference", metavar="REF", help="the other side's reference")
    p.add_argument("--offence-category", metavar="SLUG", help="one of the 32 EIO Annex D categories")
    p.add_argument("--offence-text", metavar="TEXT", help="the offence in words, when no category fits")
    p.add_argument("--requesting-state", metavar="CC", required=adding, help="ISO 3166 code, e.g. DE")
    p.add_argument("--requested-state", metavar="CC", required=adding, help="ISO 3166 code, e.g. PL")
    p.add_argument("--urgency", choices=URGENCIES)
    p.add_argument("--urgency-reason", metavar="TEXT")
    p.add_argument("--assigned-officer", metavar="NAME")
    p.add_argument("--legal-basis", metavar="AGREEMENT", help="an agreement's id or reference (e.g. ETS 185); "
                   "'liaison agreement find-basis' says which one governs")
    p.add_argument("--direction", choices=("outgoing", "incoming"),
                   help="outgoing: we ask the requested state; incoming: the requesting state asks us")
    p.add_argument("--handling", metavar="CODE", help="default handling code, e.g. 'TLP:AMBER H2'")
    p.add_argument("--handling-h3-text", metavar="TEXT", help="the restriction when the code includes H3")
    p.add_argument("--review-date", metavar="YYYY-MM-DD")
    p.add_argument("--tag", action="append", metavar="TAG", help="repeat for several; on update, replaces the tags")
    p.add_argument("--notes")


def _paging_args(p: argparse.ArgumentParser, sortable: tuple[str, ...], default_sort: str) -> None:
    p.add_argument("--sort", choices=sortable, default=default_sort)
    order = p.add_mutually_exclusive_group()
    order.add_argument("--descending", action="store_true", default=None)
    order.add_argument("--ascending", dest="descending", action="store_false")
    p.add_argument("--limit", type=int64, default=50, metavar="N", help="rows per page (1-1000)")
    p.add_argument("--after", metavar="CURSOR", help="the next_cursor of the previous page")


def _register_case(sub, common) -> None:
    case = sub.add_parser("case", parents=[common], help="cases: add, list, show, update, status, close, erase")
    cs = case.add_subparsers(dest="case_command", metavar="ACTION", required=True)

    p = cs.add_parser("add", parents=[common], help="create a case (its reference is allocated)")
    _case_field_args(p, adding=True)
    p.add_argument("--status", choices=("draft", "open"), default="draft")
    p.add_argument("--reference", help="use this reference instead of allocating one (imports)")
    p.set_defaults(func=cmd_case_add)

    p = cs.add_parser("list", parents=[common], help="list cases (filtered and sorted; one page at a time)")
    p.add_argument("--status", action="append", choices=STATUSES, help="repeat for several")
    p.add_argument("--state", metavar="CC", help="either the requesting or the requested state")
    p.add_argument("--requesting-state", metavar="CC")
    p.add_argument("--requested-state", metavar="CC")
    p.add_argument("--officer", metavar="NAME", help="assigned officer")
    p.add_argument("--urgency", choices=URGENCIES)
    p.add_argument("--tag")
    p.add_argument("--offence-category", metavar="SLUG")
    p.add_argument("--text", help="part of the reference, the counterpart's reference or the title")
    _paging_args(p, CASE_SORTABLE, "created_at")
    p.set_defaults(func=cmd_case_list)

    p = cs.add_parser("show", parents=[common], help="show a case (the consultation is audited)")
    p.add_argument("case", metavar="CASE", help="reference or id")
    p.add_argument("--justification", help="why you consult it (kept in the audit trail)")
    p.set_defaults(func=cmd_case_show)

    p = cs.add_parser("update", parents=[common], help="change fields of a case")
    p.add_argument("case", metavar="CASE", help="reference or id")
    _case_field_args(p, adding=False)
    p.add_argument("--clear-tags", action="store_true", help="remove every tag")
    p.set_defaults(func=cmd_case_update)

    p = cs.add_parser("status", parents=[common], help="move a case along the workflow")
    p.add_argument("case", metavar="CASE", help="reference or id")
    p.add_argument("--to", required=True, choices=STATUSES, metavar="STATUS",
                   help=f"one of: {', '.join(STATUSES)}")
    p.add_argument("--reason", help="required to reopen a closed or archived case")
    p.set_defaults(func=cmd_case_status)

    p = cs.add_parser("close", parents=[common], help="close a case")
    p.add_argument("case", metavar="CASE", help="reference or id")
    p.add_argument("--reason")
    p.set_defaults(func=cmd_case_close)

    p = cs.add_parser("erase", parents=[common], help="erase a case's personal data (keeps statistics; audited)")
    p.add_argument("case", metavar="CASE", help="reference or id")
    p.add_argument("--justification", required=True)
    p.add_argument("--include-persons", action="store_true", help="also erase persons linked to no other case")
    p.set_defaults(func=cmd_case_erase)


def _register_person(sub, common) -> None:
    person = sub.add_parser("person", parents=[common], help="persons (data subjects): add, list, show, update, "
                                                              "link, erase")
    ps = person.add_subparsers(dest="person_command", metavar="ACTION", required=True)

    def fields(p: argparse.ArgumentParser, adding: bool) -> None:
        p.add_argument("--name", action="append", metavar="TEXT", required=adding,
                       help="a name in any script; repeat for several (on update, replaces the names)")
        p.add_argument("--name-lang", action="append", metavar="LANG",
                       help="ISO 639-1 language of each --name, in the same order")
        p.add_argument("--display-name", metavar="TEXT")
        p.add_argument("--transliteration", metavar="TEXT", help="Latin form (suggested automatically if omitted)")
        p.add_argument("--date-of-birth", metavar="YYYY[-MM[-DD]]")
        p.add_argument("--nationality", metavar="CC")
        p.add_argument("--document", action="append", metavar="TYPE:NUMBER[:CC[:EXPIRES]]",
                       help="e.g. passport:X1234567:PL:2030-01-31; repeat for several (on update, replaces them)")
        p.add_argument("--category", choices=CATEGORIES, required=adding)
        p.add_argument("--fact", action="append", metavar="TEXT", help="a fact (kept apart from assessments)")
        p.add_argument("--assessment", action="append", metavar="TEXT", help="a personal assessment")
        p.add_argument("--source", help="where the --fact/--assessment entries come from (required with them)")
        p.add_argument("--notes")
        p.add_argument("--review-date", metavar="YYYY-MM-DD")
        p.add_argument("--kind", choices=("natural", "legal"), help="legal: a company or another body")
        p.add_argument("--place-of-birth", metavar="TEXT")
        p.add_argument("--address", metavar="TEXT")
        p.add_argument("--sex", choices=("female", "male", "other"))
        p.add_argument("--languages", metavar="LL,LL", help="ISO 639-1 codes of the languages the person speaks")
        p.add_argument("--registration-number", metavar="TEXT", help="a legal person's register number")

    p = ps.add_parser("add", parents=[common], help="add a person")
    fields(p, True)
    p.add_argument("--case", metavar="CASE", help="link to this case at once")
    p.add_argument("--role", choices=CATEGORIES, help="their role in that case (default: their category)")
    p.set_defaults(func=cmd_person_add)

    p = ps.add_parser("list", parents=[common], help="list persons")
    p.add_argument("--category", choices=CATEGORIES)
    p.add_argument("--nationality", metavar="CC")
    p.add_argument("--case", metavar="CASE")
    p.add_argument("--text", help="part of the display name, transliteration or reference")
    p.add_argument("--include-erased", action="store_true")
    _paging_args(p, PERSON_SORTABLE, "display_name")
    p.set_defaults(func=cmd_person_list)

    p = ps.add_parser("show", parents=[common], help="show a person (the consultation is audited)")
    p.add_argument("person", metavar="PERSON", help="reference or id")
    p.add_argument("--justification", help="why you consult it (kept in the audit trail)")
    p.add_argument("--case", metavar="CASE", help="the case you consult them for (one they are linked to); "
                                                   "the audit trail gives it as the justification")
    p.set_defaults(func=cmd_person_show)

    p = ps.add_parser("update", parents=[common], help="change a person; --fact/--assessment add entries")
    p.add_argument("person", metavar="PERSON", help="reference or id")
    fields(p, False)
    p.set_defaults(func=cmd_person_update)

    p = ps.add_parser("link", parents=[common], help="link a person to a case with a role")
    p.add_argument("person", metavar="PERSON", help="reference or id")
    p.add_argument("--case", required=True, metavar="CASE")
    p.add_argument("--role", choices=CATEGORIES, help="default: the person's category")
    p.add_argument("--note", default="")
    p.set_defaults(func=cmd_person_link)

    p = ps.add_parser("unlink", parents=[common], help="remove a person from a case")
    p.add_argument("person", metavar="PERSON", help="reference or id")
    p.add_argument("--case", required=True, metavar="CASE")
    p.set_defaults(func=cmd_person_unlink)

    p = ps.add_parser("erase", parents=[common], help="erase a person's personal data (audited, irreversible)")
    p.add_argument("person", metavar="PERSON", help="reference or id")
    p.add_argument("--justification", required=True)
    p.set_defaults(func=cmd_person_erase)


def _register_review(sub, common) -> None:
    p = sub.add_parser("review", parents=[common], help="cases and persons due for their retention review")
    p.add_argument("--on", metavar="YYYY-MM-DD", help="due on or before this day (default: today)")
    p.add_argument("--type", choices=("case", "person"), dest="record_type")
    p.add_argument("--limit", type=int64, default=50, metavar="N")
    p.add_argument("--after", metavar="CURSOR")
    p.set_defaults(func=cmd_review)
    rs = p.add_subparsers(dest="review_command", metavar="ACTION", required=False)
    k = rs.add_parser("keep", parents=[common], help="keep a record until a new review date")
    k.add_argument("ref", metavar="REF", help="case or person reference or id")
    k.add_argument("--type", choices=("case", "person"), dest="record_type", required=True)
    k.add_argument("--until", required=True, metavar="YYYY-MM-DD")
    k.add_argument("--justification", default="")
    k.set_defaults(func=cmd_review_keep)


# ----------------------------------------------------------------------- helpers
def _given(args: argparse.Namespace, names: tuple[str, ...]) -> dict[str, Any]:
    return {n: getattr(args, n) for n in names if getattr(args, n, None) is not None}


def _lines(pairs: list[tuple[str, Any]]) -> str:
    width = max(len(k) for k, _ in pairs)
    return "\n".join(f"{k.ljust(width)}  {v}" for k, v in pairs if v not in (None, "", []))


def _page_text(items: list[dict], next_cursor: str | None, row) -> str:
    if not items:
        return "Nothing found."
    out = [row(i) for i in items]
    if next_cursor:
        out.append(f"(more: --after {next_cursor})")
    return "\n".join(out)


def _names(args: argparse.Namespace) -> list[dict[str, str]] | None:
    if not args.name:
        if args.name_lang:
            raise UsageError("--name-lang goes with --name.")
        return None
    langs = args.name_lang or []
    if len(langs) > len(args.name):
        raise UsageError("More --name-lang than --name.")
    out = []
    for i, text in enumerate(args.name):
        entry = {"text": text}
        if i < len(langs) and langs[i]:
            entry["lang"] = langs[i]
        out.append(entry)
    return out


def _documents(values: list[str] | None) -> list[dict[str, str]] | None:
    if values is None:
        return None
    docs = []
    for v in values:
        parts = v.split(":")
        if len(parts) < 2 or len(parts) > 4:
            raise UsageError(f"--document '{v}': use TYPE:NUMBER[:COUNTRY[:EXPIRES]], e.g. passport:X123:PL.")
        doc = {"type": parts[0], "number": parts[1]}
        if len(parts) > 2 and parts[2]:
            doc["country"] = parts[2]
        if len(parts) > 3 and parts[3]:
            doc["expires"] = parts[3]
        docs.append(doc)
    return docs


def _entries(args: argparse.Namespace, key: str) -> list[dict[str, str]]:
    texts = getattr(args, key) or []
    if texts and not args.source:
        raise UsageError(f"--{key} needs --source (who or what the information comes from).")
    return [{"text": t, "source": args.source} for t in texts]


def _case_row(c: dict) -> str:
    urgent = " URGENT" if c["urgency"] == "urgent" else ""
    return (f"{c['reference']:<16} {c['status']:<18} {c['requesting_state']}->{c['requested_state']}  "
            f"{c['title']}{urgent}")


def _person_row(p: dict) -> str:
    translit = f" ({p['transliteration']})" if p["transliteration"] and p["transliteration"] != p["display_name"] \
        else ""
    return f"{p['reference']:<12} {p['category']:<10} {p['display_name']}{translit}"


# ---------------------------------------------------------------------- handlers
def cmd_case_add(ctx: Context, args: argparse.Namespace) -> Output:
    fields = _given(args, _CASE_FIELDS)
    if args.tag:
        fields["tags"] = args.tag
    ch = ctx.vault().cases.add(reference=args.reference, status=args.status, **fields)
    ref = ch.extra["reference"]
    return Output({"id": ch.id, "reference": ref}, f"Created case {ref}.")


def cmd_case_list(ctx: Context, args: argparse.Namespace) -> Output:
    descending = args.descending if args.descending is not None else args.sort in ("created_at", "updated_at")
    page = ctx.vault().cases.list(
        status=args.status, state=args.state, requesting_state=args.requesting_state,
        requested_state=args.requested_state, officer=args.officer, urgency=args.urgency, tag=args.tag,
        offence_category=args.offence_category, text=args.text, sort=args.sort, descending=descending,
        after=args.after, limit=args.limit,
    )
    return Output(page.to_dict(), lambda: _page_text(page.items, page.next_cursor, _case_row))


def cmd_case_show(ctx: Context, args: argparse.Namespace) -> Output:
    c = ctx.vault().cases.get(args.case, consult=True, justification=args.justification)

    def text() -> str:
        basis = c["legal_basis"] or {}
        body = _lines([
            ("Reference", c["reference"]),
            ("Counterpart ref.", c["counterpart_reference"]),
            ("Title", c["title"]),
            ("Status", c["status"] + (f" ({c['status_reason']})" if c["status_reason"] else "")),
            ("States", f"{c['requesting_state']} (requesting) -> {c['requested_state']} (requested)"),
            ("Offence", c["offence_title"] or c["offence_text"]),
            ("Urgency", c["urgency"] + (f": {c['urgency_reason']}" if c["urgency_reason"] else "")),
            ("Officer", c["assigned_officer"]),
            ("Legal basis", basis.get("reference") or basis.get("title") or basis.get("id")),
            ("Handling", c["handling"] + (f" - {c['handling_h3_text']}" if c["handling_h3_text"] else "")),
            ("Review date", c["review_date"]),
            ("Tags", ", ".join(c["tags"])),
            ("Erased", c["erased_at"]),
            ("Summary", c["summary"]),
            ("Notes", c["notes"]),
        ])
        if c["persons"]:
            body += "\nPersons:\n" + "\n".join(
                f"  {p['reference']:<12} {p['role']:<10} {p['display_name']}" for p in c["persons"])
        return body

    return Output(c, text)


def cmd_case_update(ctx: Context, args: argparse.Namespace) -> Output:
    fields = _given(args, _CASE_FIELDS)
    if args.clear_tags and args.tag:
        raise UsageError("Give --tag or --clear-tags, not both.")
    if args.tag:
        fields["tags"] = args.tag
    elif args.clear_tags:
        fields["tags"] = []
    if not fields:
        raise UsageError("Nothing to change: give at least one field, e.g. --title.")
    vault = ctx.vault()
    ch = vault.cases.update(args.case, **fields)
    ref = vault.cases.get(args.case)["reference"]
    text = f"Updated case {ref}." if ch.updated else f"Case {ref}: nothing changed."
    return Output({"id": vault.cases.resolve(args.case), "changed": bool(ch.updated)}, text)


def cmd_case_status(ctx: Context, args: argparse.Namespace) -> Output:
    ch = ctx.vault().cases.set_status(args.case, args.to, reason=args.reason)
    old, new = ch.extra["from_status"], ch.extra["to_status"]
    return Output({"id": ch.id, "from": old, "to": new}, f"Case {ch.extra['reference']}: {old} -> {new}.")


def cmd_case_close(ctx: Context, args: argparse.Namespace) -> Output:
    ch = ctx.vault().cases.close(args.case, reason=args.reason)
    return Output({"id": ch.id, "from": ch.extra["from_status"], "to": "closed"}, f"Closed case {ch.extra['reference']}.")


def cmd_case_erase(ctx: Context, args: argparse.Namespace) -> Output:
    ch = ctx.vault().retention.erase_case(args.case, justification=args.justification,
                                          include_persons=args.include_persons)
    persons = [rid for rt, rid in ch.updated if rt == "person"]
    kept = ch.extra.get("persons_kept", [])
    text = f"Erased the personal data of case {args.case}"
    text += f" and of {len(persons)} person(s)." if persons else "."
    if kept:
        text += f" Kept (linked to other cases): {', '.join(kept)}."
    return Output({"id": ch.id, "persons_erased": persons, "persons_kept": kept}, text)


def cmd_person_add(ctx: Context, args: argparse.Namespace) -> Output:
    fields = _given(args, _PERSON_FIELDS)
    fields["names"] = _names(args)
    docs = _documents(args.document)
    if docs is not None:
        fields["documents"] = docs
    fields["facts"] = _entries(args, "fact")
    fields["assessments"] = _entries(args, "assessment")
    ch = ctx.vault().persons.add(case=args.case, role=args.role, **fields)
    ref = ch.extra["reference"]
    return Output({"id": ch.id, "reference": ref}, f"Added person {ref}.")


def cmd_person_list(ctx: Context, args: argparse.Namespace) -> Output:
    descending = args.descending if args.descending is not None else args.sort in ("created_at", "updated_at")
    page = ctx.vault().persons.list(
        category=args.category, nationality=args.nationality, case=args.case, text=args.text,
        include_erased=args.include_erased, sort=args.sort, descending=descending, after=args.after,
        limit=args.limit,
    )
    return Output(page.to_dict(), lambda: _page_text(page.items, page.next_cursor, _person_row))


def cmd_person_show(ctx: Context, args: argparse.Namespace) -> Output:
    p = ctx.vault().persons.get(args.person, consult=True, justification=args.justification, case=args.case)

    def text() -> str:
        names = "; ".join(n["text"] + (f" [{n['lang']}]" if n.get("lang") else "") for n in p["names"])
        translit = p["transliteration"] + (" (automatic)" if p["transliteration_auto"] else "")
        body = _lines([
            ("Reference", p["reference"]),
            ("Name", p["display_name"]),
            ("All names", names),
            ("Transliteration", translit if p["transliteration"] else ""),
            ("Category", p["category"]),
            ("Date of birth", p["date_of_birth"]),
            ("Nationality", p["nationality"]),
            ("Documents", "; ".join(
                " ".join(x for x in (d["type"], d["number"], d["country"], d["expires"] and f"exp. {d['expires']}")
                         if x) for d in p["documents"])),
            ("Review date", p["review_date"]),
            ("Erased", p["erased_at"]),
            ("Notes", p["notes"]),
        ])
        for label, key in (("Facts", "facts"), ("Assessments", "assessments")):
            if p[key]:
                body += f"\n{label}:\n" + "\n".join(f"  {e['date']}  {e['text']}  (source: {e['source']})"
                                                   for e in p[key])
        if p["cases"]:
            body += "\nCases:\n" + "\n".join(f"  {c['reference']:<16} {c['role']}" for c in p["cases"])
        return body

    return Output(p, text)


def cmd_person_update(ctx: Context, args: argparse.Namespace) -> Output:
    vault = ctx.vault()
    fields = _given(args, _PERSON_FIELDS)
    names = _names(args)
    if names is not None:
        fields["names"] = names
    docs = _documents(args.document)
    if docs is not None:
        fields["documents"] = docs
    facts, assessments = _entries(args, "fact"), _entries(args, "assessment")
    if not fields and not facts and not assessments:
        raise UsageError("Nothing to change: give at least one field, e.g. --nationality, or a --fact.")
    if facts or assessments:
        current = vault.persons.get(args.person)
        if facts:
            fields["facts"] = [*current["facts"], *facts]
        if assessments:
            fields["assessments"] = [*current["assessments"], *assessments]
        ch = vault.persons.update(args.person, expected_rev=current["rev"], **fields)
    else:
        ch = vault.persons.update(args.person, **fields)
    person_id = vault.persons.resolve(args.person)
    return Output({"id": person_id, "changed": bool(ch.updated)},
                  f"Updated person {args.person}." if ch.updated else f"Person {args.person}: nothing changed.")


def cmd_person_link(ctx: Context, args: argparse.Namespace) -> Output:
    vault = ctx.vault()
    ch = vault.persons.link(args.case, args.person, role=args.role, note=args.note)
    return Output({"case_id": vault.cases.resolve(args.case), "person_id": vault.persons.resolve(args.person),
                   "changed": bool(ch.updated)},
                  f"Linked {args.person} to {args.case}." if ch.updated else "Already linked; nothing changed.")


def cmd_person_unlink(ctx: Context, args: argparse.Namespace) -> Output:
    vault = ctx.vault()
    vault.persons.unlink(args.case, args.person)
    return Output({"case_id": vault.cases.resolve(args.case), "person_id": vault.persons.resolve(args.person)},
                  f"Unlinked {args.person} from {args.case}.")


def cmd_person_erase(ctx: Context, args: argparse.Namespace) -> Output:
    ch = ctx.vault().persons.erase(args.person, justification=args.justification)
    return Output({"id": ch.id, "erased": True}, f"Erased the personal data of {args.person}.")


def cmd_review(ctx: Context, args: argparse.Namespace) -> Output:
    page = ctx.vault().retention.due(args.on, record_type=args.record_type, after=args.after, limit=args.limit)

    def row(i: dict) -> str:
        return f"{i['review_date']}  {i['record_type']:<7} {i['ref']:<16} {i['detail']:<18} {i['label']}"

    return Output(page.to_dict(), lambda: _page_text(page.items, page.next_cursor, row))


def cmd_review_keep(ctx: Context, args: argparse.Namespace) -> Output:
    ch = ctx.vault().retention.keep(args.record_type, args.ref, until=args.until, justification=args.justification)
    return Output({"id": ch.id, "review_date": args.until}, f"{args.ref} kept; next review on {args.until}.")
