"""Exchange log and deadline commands: ``log add|list|show|correct|...`` and ``deadlines``.

Times are printed in the local zone for people and in UTC in ``--json``. Text
typed by officers or counterparts is cleaned of control characters before it
reaches the terminal.
"""

from __future__ import annotations

import argparse
import re
from typing import Any

from ..records.exchanges import ACCESS, DIRECTIONS, OUTCOMES, REQUEST_TYPES, URGENCIES
from ..timeutil import local
from .context import Context, Output, int64

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")

# (flag, store field, help) for the fields of a log entry; add and correct share them.
_FIELD_FLAGS: list[tuple[str, str, dict[str, Any]]] = [
    ("--direction", "direction", {"choices": DIRECTIONS, "help": "sent or received"}),
    ("--summary", "summary", {"help": "what was exchanged"}),
    ("--at", "occurred_at", {"metavar": "WHEN", "help": "date and time (YYYY-MM-DD HH:MM, local unless a zone is "
                                                       "given; default now)"}),
    ("--channel", "channel", {"help": "SIENA, I-24/7, e-mail, ... (see the handling codes reference)"}),
    ("--case", "case", {"metavar": "REF", "help": "the case (reference or id)"}),
    ("--counterpart", "counterpart", {"metavar": "CONTACT", "help": "the contact (e-mail, reference or id)"}),
    ("--counterpart-name", "counterpart_name", {"metavar": "NAME", "help": "counterpart, when not a contact"}),
    ("--counterpart-country", "counterpart_country", {"metavar": "CC", "help": "ISO country code"}),
    ("--legal-basis", "legal_basis", {"metavar": "AGREEMENT", "help": "agreement (reference or id)"}),
    ("--handling", "handling", {"help": "TLP:RED|AMBER+STRICT|AMBER|GREEN|CLEAR, optionally H0-H3"}),
    ("--h3-text", "h3_text", {"metavar": "TEXT", "help": "the restriction, with H3"}),
    ("--evaluation", "evaluation", {"metavar": "CODE", "help": "4x4 evaluation, e.g. B2"}),
    ("--conditions", "conditions", {"metavar": "TEXT", "help": "conditions of use"}),
    ("--reference", "reference", {"metavar": "REF", "help": "our reference on the letter"}),
    ("--counterpart-reference", "counterpart_reference", {"metavar": "REF", "help": "the counterpart's reference"}),
    ("--name", "names", {"action": "append", "metavar": "NAME", "help": "a name the entry is about (repeatable)"}),
    ("--identifier", "identifiers", {"action": "append", "metavar": "ID",
                                     "help": "document number, phone, account... (repeatable)"}),
    ("--request-type", "request_type", {"choices": REQUEST_TYPES}),
    ("--urgency", "urgency", {"choices": URGENCIES}),
    ("--information-access", "information_access", {"choices": ACCESS,
                                                     "help": "for 2023/977 requests: direct or indirect"}),
    ("--outcome", "outcome", {"choices": OUTCOMES, "help": "for responses"}),
    ("--response-to", "response_to", {"metavar": "ENTRY", "help": "the request this answers (#N, id or reference)"}),
    ("--response-due", "response_due", {"metavar": "WHEN", "help": "a response due date entered by hand"}),
]


def clean(text: Any) -> str:
    return _CONTROL.sub(" ", str(text if text is not None else ""))


def when(iso: str | None) -> str:
    """UTC text -> the local time a person reads."""
    if not iso:
        return ""
    return local(iso).strftime("%Y-%m-%d %H:%M %Z")


def register(sub, common) -> None:
    log = sub.add_parser("log", parents=[common], help="the exchange log: what was sent and received")
    lsub = log.add_subparsers(dest="log_command", metavar="ACTION", required=True)

    p = lsub.add_parser("add", parents=[common], help="log an exchange (prints its id)")
    _add_field_flags(p, required=True)
    p.add_argument("--attach", action="append", metavar="FILE", help="attach a file (at most 50 MiB; repeatable)")
    p.add_argument("--time-zone", metavar="ZONE", help="read times without a zone in ZONE (e.g. Europe/Warsaw)")
    p.add_argument("--reminder-days", type=int64, default=10, metavar="N",
                   help="for preservation requests: remind N days before the 60 days end (default 10)")
    p.set_defaults(func=cmd_add)

    p = lsub.add_parser("list", parents=[common], help="list the log, newest first")
    p.add_argument("--case", metavar="REF")
    p.add_argument("--direction", choices=DIRECTIONS)
    p.add_argument("--channel")
    p.add_argument("--request-type", choices=REQUEST_TYPES)
    p.add_argument("--counterpart-country", metavar="CC")
    p.add_argument("--requests", action="store_true", help="only formal requests")
    p.add_argument("--response-to", metavar="ENTRY", help="only responses to this entry")
    p.add_argument("--all", action="store_true", help="also corrected entries (marked)")
    p.add_argument("--sort", choices=("occurred_at", "created_at", "seq"), default="occurred_at")
    p.add_argument("--asc", action="store_true", help="oldest first")
    _paging(p)
    p.set_defaults(func=cmd_list)

    p = lsub.add_parser("show", parents=[common], help="one entry with its attachments and deadlines")
    p.add_argument("entry", metavar="ENTRY", help="#N, id or reference")
    p.set_defaults(func=cmd_show)

    p = lsub.add_parser("correct", parents=[common], help="log a correction of an entry (the entry stays)")
    p.add_argument("entry", metavar="ENTRY")
    p.add_argument("--reason", required=True, help="why the entry is corrected")
    _add_field_flags(p, required=False)
    p.add_argument("--attach", action="append", metavar="FILE")
    p.add_argument("--time-zone", metavar="ZONE")
    p.set_defaults(func=cmd_correct)

    p = lsub.add_parser("history", parents=[common], help="every version of an entry")
    p.add_argument("entry", metavar="ENTRY")
    p.set_defaults(func=cmd_history)

    p = lsub.add_parser("attach", parents=[common], help="attach a file to an entry")
    p.add_argument("entry", metavar="ENTRY")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--media-type", metavar="TYPE")
    p.set_defaults(func=cmd_attach)

    p = lsub.add_parser("extract", parents=[common], help="save an attachment to a file (audited as an export)")
    p.add_argument("attachment", metavar="ATTACHMENT_ID")
    p.add_argument("dest", metavar="DEST", help="a file, or a folder to keep the original name")
    p.add_argument("--overwrite", action="store_true")
    p.add_argument("--justification", metavar="TEXT")
    p.set_defaults(func=cmd_extract)

    p = lsub.add_parser("redact", parents=[common], help="erase the personal data of an entry (audited)")
    p.add_argument("entry", metavar="ENTRY")
    p.add_argument("--justification", required=True, metavar="TEXT")
    p.set_defaults(func=cmd_redact)

    p = lsub.add_parser("cross-check", parents=[common], help="what the vault holds on names, references, identifiers")
    p.add_argument("--name", action="append", default=[], metavar="NAME")
    p.add_argument("--reference", action="append", default=[], metavar="REF")
    p.add_argument("--identifier", action="append", default=[], metavar="ID")
    p.set_defaults(func=cmd_cross_check)

    d = sub.add_parser("deadlines", parents=[common], help="deadlines: due, overdue, met")
    d.add_argument("--state", choices=("open", "due", "overdue", "met"), help="default: all")
    d.add_argument("--due-before", metavar="WHEN")
    d.add_argument("--case", metavar="REF")
    d.add_argument("--desc", action="store_true", help="latest due first")
    _paging(d)
    d.set_defaults(func=cmd_deadlines)
    dsub = d.add_subparsers(dest="deadlines_command", metavar="[ACTION]")

    p = dsub.add_parser("add", parents=[common], help="a deadline entered by hand")
    p.add_argument("--title", required=True)
    p.add_argument("--due-at", required=True, metavar="WHEN")
    p.add_argument("--case", metavar="REF")
    p.add_argument("--exchange", metavar="ENTRY")
    p.add_argument("--remind-at", metavar="WHEN")
    p.add_argument("--note", default="")
    p.set_defaults(func=cmd_deadline_add)

    p = dsub.add_parser("met", parents=[common], help="mark a deadline met by hand")
    p.add_argument("deadline", metavar="ID")
    p.add_argument("--at", metavar="WHEN")
    p.add_argument("--note", default="")
    p.set_defaults(func=cmd_deadline_met)

    p = dsub.add_parser("recognise", parents=[common], help="EIO recognised: start the 90-day execution limit")
    p.add_argument("request", metavar="ENTRY")
    p.add_argument("--decided-at", metavar="WHEN")
    p.set_defaults(func=cmd_deadline_recognise)

    p = dsub.add_parser("extend", parents=[common], help="extend an EIO recognition limit (at most 30 days)")
    p.add_argument("deadline", metavar="ID")
    p.add_argument("--days", type=int64, required=True)
    p.add_argument("--reason", required=True)
    p.set_defaults(func=cmd_deadline_extend)

    p = dsub.add_parser("provisional", parents=[common],
                        help="received EIO asks for provisional measures: decide within 24 hours (Art. 32(2))")
    p.add_argument("request", metavar="ENTRY")
    p.add_argument("--note", default="")
    p.set_defaults(func=cmd_deadline_provisional)

    p = dsub.add_parser("deviate", parents=[common],
                        help="deviate from a 2023/977 time limit, with the reason (Art. 5(2))")
    p.add_argument("deadline", metavar="ID")
    p.add_argument("--until", metavar="WHEN", required=True)
    p.add_argument("--reason", required=True)
    p.set_defaults(func=cmd_deadline_deviate)


def _add_field_flags(p: argparse.ArgumentParser, *, required: bool) -> None:
    for flag, field, opts in _FIELD_FLAGS:
        kwargs = dict(opts)
        kwargs["dest"] = f"f_{field}"
        kwargs.setdefault("default", None)
        if required and field in ("direction", "summary"):
            kwargs["required"] = True
        p.add_argument(flag, **kwargs)


def _paging(p: argparse.ArgumentParser) -> None:
    p.add_argument("--limit", type=int64, default=50, metavar="N", help="rows per page (1-1000, default 50)")
    p.add_argument("--after", metavar="CURSOR", help="the next page, from a previous listing's cursor")


def _fields(args: argparse.Namespace) -> dict[str, Any]:
    return {field: getattr(args, f"f_{field}") for _, field, _ in _FIELD_FLAGS
            if getattr(args, f"f_{field}", None) is not None}


def _more(cursor: str | None) -> str:
    return f"\nMore: --after {cursor}" if cursor else ""


def _line(e: dict[str, Any]) -> str:
    arrow = "->" if e["direction"] == "sent" else "<-"
    kind = e["request_type"] or "message"
    mark = " [corrected]" if e.get("corrected") else ""
    mark += " [erased]" if e.get("redacted") else ""
    who = e["counterpart_name"] or e["counterpart_country"]
    summary = clean(e["summary"]).replace("\n", " ")
    if len(summary) > 70:
        summary = summary[:69] + "…"
    parts = [f"#{e['seq']:<5}", when(e["occurred_at"]), arrow, kind]
    if e.get("case_reference"):
        parts.append(clean(e["case_reference"]))
    if who:
        parts.append(clean(who))
    if e["handling"]:
        parts.append(e["handling"])
    return "  ".join(parts) + f"  {summary}{mark}"


def _cross_check_text(cc: dict[str, Any]) -> str:
    lines = []
    for label, key in (("Cases", "cases"), ("Persons", "persons"), ("Log entries", "exchanges")):
        for m in cc.get(key, []):
            lines.append(f"  {label[:-1] if label != 'Log entries' else 'Entry'} {clean(m['ref'])}  "
                         f"{clean(m['title'])}  ({m['how']}: {clean('; '.join(m['matched_on']))})")
    if not lines:
        return "Cross-check: nothing held matches its names, references or identifiers."
    return "Cross-check (Directive 2023/977 Art. 16), already held:\n" + "\n".join(lines)


# -------------------------------------------------------------------- handlers
def cmd_add(ctx: Context, args: argparse.Namespace) -> Output:
    vault = ctx.vault()
    result = vault.exchanges.add(attachments=args.attach or [], time_zone=args.time_zone,
                                 reminder_days=args.reminder_days, **_fields(args))
    deadlines = [vault.deadlines.get(d) for d in result.extra.get("deadlines", [])]
    data = {"id": result.id, "seq": result.extra["seq"],
            "deadlines": [{"id": d["id"], "rule": d["rule"], "due_at": d["due_at"]} for d in deadlines],
            "deadlines_met": result.extra.get("deadlines_met", [])}
    if "cross_check" in result.extra:
        data["cross_check"] = result.extra["cross_check"]

    def text() -> str:
        lines = [result.id, f"Logged as #{result.extra['seq']}."]
        for d in deadlines:
            lines.append(f"Deadline: {d['title']}, due {when(d['due_at'])}.")
        if data["deadlines_met"]:
            lines.append(f"This response meets {len(data['deadlines_met'])} deadline(s).")
        if "cross_check" in data:
            lines.append(_cross_check_text(data["cross_check"]))
        return "\n".join(lines)

    return Output(data, text)


def cmd_list(ctx: Context, args: argparse.Namespace) -> Output:
    page = ctx.vault().exchanges.list(
        case=args.case, direction=args.direction, channel=args.channel, request_type=args.request_type,
        counterpart_country=args.counterpart_country, requests_only=args.requests, response_to=args.response_to,
        include_corrected=args.all, sort=args.sort, descending=not args.asc, after=args.after, limit=args.limit,
    )
    return Output(page.to_dict(),
                  lambda: ("\n".join(_line(e) for e in page.items) or "The log is empty.") + _more(page.next_cursor))


def _show_text(e: dict[str, Any]) -> str:
    lines = [f"#{e['seq']}  {e['direction']}  {e['request_type'] or 'message'}  {when(e['occurred_at'])}  [{e['id']}]"]
    if e["corrected_by"]:
        lines.append(f"CORRECTED by #{e['corrected_by']['seq']}: this is not the current version.")
    if e["redacted"]:
        lines.append(f"Personal data erased on {when(e['redacted_at'])}.")
    if e["corrects_id"]:
        lines.append(f"Corrects #{e.get('corrects_seq')}: {clean(e['correction_reason'])}")
    rows = [
        ("Case", e["case_reference"]), ("Channel", e["channel"]),
        ("Counterpart", " ".join(p for p in (clean(e["counterpart_name"]), e["counterpart_country"]) if p)),
        ("Legal basis", clean(e["legal_basis_title"])), ("Handling", e["handling_description"] or e["handling"]),
        ("Evaluation", e["evaluation"]), ("Conditions", clean(e["conditions"])),
        ("Our reference", clean(e["reference"])), ("Their reference", clean(e["counterpart_reference"])),
        ("Urgency", e["urgency"] if e["urgency"] != "normal" else ""),
        ("Information", e["information_access"] or ""), ("Outcome", e["outcome"] or ""),
        ("Answers", f"#{e['response_to_seq']}" if e["response_to_id"] else ""),
        ("Response due", when(e["response_due"])),
        ("Names", clean("; ".join(e["names"]))), ("Identifiers", clean("; ".join(e["identifiers"]))),
    ]
    lines += [f"{k + ':':<16}{v}" for k, v in rows if v]
    lines.append("")
    lines.append(clean(e["summary"]).replace("\r", ""))
    if e["attachments"]:
        lines.append("")
        lines.append("Attachments:")
        for a in e["attachments"]:
            lines.append(f"  {a['id']}  {clean(a['filename'])}  {a['media_type']}  {a['size']} bytes  "
                         f"sha256 {a['sha256']}")
    if e["deadlines"]:
        lines.append("")
        lines.append("Deadlines:")
        for d in e["deadlines"]:
            lines.append(f"  {d['state']:<8} {when(d['due_at'])}  {clean(d['title'])}  [{d['id']}]")
    if e["responses"]:
        lines.append("")
        lines.append("Responses: " + ", ".join(f"#{r['seq']} ({r['outcome'] or 'message'})" for r in e["responses"]))
    return "\n".join(lines)


def cmd_show(ctx: Context, args: argparse.Namespace) -> Output:
    entry = ctx.vault().exchanges.get(args.entry)
    return Output(entry, lambda: _show_text(entry))


def cmd_correct(ctx: Context, args: argparse.Namespace) -> Output:
    result = ctx.vault().exchanges.correct(args.entry, reason=args.reason, attachments=args.attach or [],
                                           time_zone=args.time_zone, **_fields(args))
    data = {"id": result.id, "seq": result.extra["seq"], "corrects": result.extra["corrects"]}
    return Output(data, f"{result.id}\nLogged as #{result.extra['seq']}, correcting the earlier entry.")


def cmd_history(ctx: Context, args: argparse.Namespace) -> Output:
    versions = ctx.vault().exchanges.history(args.entry)
    return Output({"items": versions}, lambda: "\n".join(_line(v) for v in versions))


def cmd_attach(ctx: Context, args: argparse.Namespace) -> Output:
    result = ctx.vault().attachments.add(args.entry, path=args.file, media_type=args.media_type)
    return Output({"id": result.id, "sha256": result.extra["sha256"]},
                  f"{result.id}\nAttached (sha256 {result.extra['sha256']}).")


def cmd_extract(ctx: Context, args: argparse.Namespace) -> Output:
    path = ctx.vault().attachments.save(args.attachment, args.dest, overwrite=args.overwrite,
                                        justification=args.justification)
    return Output({"path": str(path)}, f"Saved to {path}.")


def cmd_redact(ctx: Context, args: argparse.Namespace) -> Output:
    result = ctx.vault().exchanges.redact(args.entry, justification=args.justification)
    ids = [i for _, i in result.updated]
    return Output({"erased": ids}, f"Personal data erased from {len(ids)} version(s) of the entry.")


def cmd_cross_check(ctx: Context, args: argparse.Namespace) -> Output:
    result = ctx.vault().exchanges.cross_check(names=args.name, references=args.reference,
                                               identifiers=args.identifier)
    return Output(result, lambda: _cross_check_text(result))


def cmd_deadlines(ctx: Context, args: argparse.Namespace) -> Output:
    page = ctx.vault().deadlines.list(state=args.state, due_before=args.due_before, case=args.case,
                                      descending=args.desc, after=args.after, limit=args.limit)

    def text() -> str:
        if not page.items:
            return "No deadlines."
        lines = []
        for d in page.items:
            remind = "  (reminder)" if d["reminder_due"] else ""
            late = "  (counterpart late)" if d["owner"] == "counterpart" and d["state"] == "overdue" else ""
            lines.append(f"{d['state']:<8} {when(d['due_at'])}  {clean(d['title'])}  [{d['id']}]{remind}{late}")
        lines.append(f"({page.items[0]['counting']})")
        return "\n".join(lines) + _more(page.next_cursor)

    return Output(page.to_dict(), text)


def cmd_deadline_add(ctx: Context, args: argparse.Namespace) -> Output:
    result = ctx.vault().deadlines.add(title=args.title, due_at=args.due_at, case=args.case, exchange=args.exchange,
                                       remind_at=args.remind_at, note=args.note)
    return Output({"id": result.id}, result.id)


def cmd_deadline_met(ctx: Context, args: argparse.Namespace) -> Output:
    result = ctx.vault().deadlines.mark_met(args.deadline, at=args.at, note=args.note)
    return Output({"id": result.id, "state": "met"}, "Marked met.")


def cmd_deadline_recognise(ctx: Context, args: argparse.Namespace) -> Output:
    vault = ctx.vault()
    result = vault.deadlines.record_recognition(args.request, decided_at=args.decided_at)
    d = vault.deadlines.get(result.id)
    return Output({"id": result.id, "due_at": d["due_at"]}, f"{result.id}\nExecution due {when(d['due_at'])}.")


def cmd_deadline_extend(ctx: Context, args: argparse.Namespace) -> Output:
    vault = ctx.vault()
    result = vault.deadlines.extend_recognition(args.deadline, days=args.days, reason=args.reason)
    d = vault.deadlines.get(result.id)
    return Output({"id": result.id, "due_at": d["due_at"]}, f"Recognition now due {when(d['due_at'])}.")


def cmd_deadline_provisional(ctx: Context, args: argparse.Namespace) -> Output:
    vault = ctx.vault()
    result = vault.deadlines.provisional_measures(args.request, note=args.note)
    d = vault.deadlines.get(result.id)
    return Output({"id": result.id, "due_at": d["due_at"]}, f"{result.id}\nDecide on provisional measures by "
                  f"{when(d['due_at'])} (Directive 2014/41/EU Art. 32(2)).")


def cmd_deadline_deviate(ctx: Context, args: argparse.Namespace) -> Output:
    vault = ctx.vault()
    result = vault.deadlines.deviate(args.deadline, until=args.until, reason=args.reason)
    d = vault.deadlines.get(result.id)
    return Output({"id": result.id, "due_at": d["due_at"]}, f"Now due {when(d['due_at'])} (deviation recorded).")
