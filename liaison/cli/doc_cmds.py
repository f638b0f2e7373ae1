"""Document commands: ``doc templates|check|answer|answers|labels``.

``doc check CASE TEMPLATE`` lists what a document still lacks and exits 1 while
anything is missing, so that it can gate a script. The renderer's commands
(``doc render|list|export|verify|email``) join the same group from
``liaison.cli.doc_render_cmds`` when that module exists.
"""

from __future__ import annotations

import argparse
from importlib import import_module
from typing import Any

from ..documents import context as doc_context
from ..documents.labels import check_labels, language_names, load_labels
from ..documents.templates import TemplateError, get_template, templates_dir, templates_for_vault
from ..errors import ValidationError
from .context import Context, Output, int64


def register(sub, common) -> None:
    doc = sub.add_parser("doc", parents=[common], help="formal request documents: templates, completeness, answers")
    doc_sub = doc.add_subparsers(dest="doc_command", metavar="ACTION", required=True)
    register_doc_subcommands(doc_sub, common)
    try:
        render = import_module("liaison.cli.doc_render_cmds")
    except ModuleNotFoundError as exc:
        if exc.name != "liaison.cli.doc_render_cmds":
            raise
    else:
        render.register(doc_sub, common)


def register_doc_subcommands(doc_sub, common) -> None:
    """The template engine's commands, on the ``doc`` group's sub-parsers."""
    p = doc_sub.add_parser("templates", parents=[common], help="list the document templates (built-in and your own)")
    p.add_argument("--lang", default="en", help="language of the titles (default en)")
    _paging(p)
    p.set_defaults(func=cmd_templates)

    p = doc_sub.add_parser("check", parents=[common], help="what a document still lacks (exit 1 while anything does)")
    _case_template(p)
    p.add_argument("--lang", default="en", help="the document's language (default en)")
    p.add_argument("--second-lang", metavar="LANG", help="the receiving state's language, for a bilingual document")
    p.add_argument("--addressee", metavar="AGENCY|CONTACT",
                   help="agency (id or name) or contact (id or e-mail); default: the other side's authority")
    p.add_argument("--basis", metavar="AGREEMENT", help="check against this legal basis instead of the case's")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the document's date (default today)")
    p.set_defaults(func=cmd_check)

    p = doc_sub.add_parser("persons", parents=[common],
                           help="choose the persons that go into a document (default: all linked to the case)")
    _case_template(p)
    p.add_argument("persons", metavar="PERSON", nargs="*", help="their references; none given: all linked persons")
    p.add_argument("--identity-documents", action="store_true",
                   help="also print their identity documents (passport numbers are left out unless asked)")
    p.set_defaults(func=cmd_persons)

    p = doc_sub.add_parser("answer", parents=[common], help="answer one of a template's questions for a case")
    _case_template(p)
    p.add_argument("key", metavar="KEY", help="the question (see 'doc answers')")
    p.add_argument("value", metavar="VALUE", nargs="*",
                   help="the answer; for list and measures questions, one VALUE per item")
    p.add_argument("--clear", action="store_true", help="remove the answer")
    p.add_argument("--in-lang", metavar="LANG", dest="in_lang",
                   help="the officer's own wording of this value in another language of a bilingual document")
    p.set_defaults(func=cmd_answer)

    p = doc_sub.add_parser("answers", parents=[common], help="a template's questions and the answers kept for a case")
    _case_template(p)
    _paging(p)
    p.set_defaults(func=cmd_answers)

    p = doc_sub.add_parser("labels", parents=[common], help="check that every language has every label")
    p.set_defaults(func=cmd_labels)


def _case_template(p: argparse.ArgumentParser) -> None:
    p.add_argument("case", metavar="CASE", help="case reference or id")
    p.add_argument("template", metavar="TEMPLATE", help="template id, e.g. mla-request (see 'doc templates')")


def _paging(p: argparse.ArgumentParser) -> None:
    p.add_argument("--limit", type=int64, default=50, metavar="N", help="rows per page (1-1000)")
    p.add_argument("--after", metavar="CURSOR", help="the next_cursor of the previous page")


def _page(items: list[dict[str, Any]], key: str, after: str | None, limit: int) -> dict[str, Any]:
    """A page of a short in-memory list sorted by ``key`` (templates and questions
    are few); the cursor is the last key shown."""
    if not 1 <= limit <= 1000:
        raise ValidationError("A page holds 1 to 1000 rows.", field="limit")
    rows = [r for r in items if after is None or str(r[key]) > after]
    page = rows[:limit]
    return {"items": page, "next_cursor": str(page[-1][key]) if len(rows) > limit else None}


def cmd_templates(ctx: Context, args: argparse.Namespace) -> Output:
    vault = ctx.vault()
    errors: list[TemplateError] = []
    templates = templates_for_vault(vault, errors=errors)
    own = templates_dir(vault)
    labels = load_labels([own] if own and own.is_dir() else ())
    if args.lang not in labels:
        raise ValidationError(f"lang: no labels in '{args.lang}'; languages: {', '.join(sorted(labels))}.",
                              field="lang")
    items = [templates[k].summary(labels, args.lang) for k in sorted(templates)]
    data = _page(items, "id", args.after, args.limit)
    data["errors"] = [str(e) for e in errors]
    for e in errors:
        ctx.notes.append(f"template refused: {e}")

    def text() -> str:
        lines = [f"{t['id']:<24} v{t['version']:<3} {'built-in' if t['builtin'] else 'own':<8} {t['title']}"
                 for t in data["items"]]
        if data["next_cursor"]:
            lines.append(f"(more: --after {data['next_cursor']})")
        return "\n".join(lines) or "No templates."

    return Output(data, text)


def cmd_check(ctx: Context, args: argparse.Namespace) -> Output:
    vault = ctx.vault()
    gaps = doc_context.missing(vault, args.case, args.template, lang=args.lang, second_lang=args.second_lang,
                               addressee=args.addressee, basis=args.basis, date=args.date)
    data = {"case": args.case, "template": args.template, "complete": not gaps, "missing": gaps}

    def text() -> str:
        if not gaps:
            return f"{args.template} for {args.case}: complete."
        lines = [f"{args.template} for {args.case}: {len(gaps)} required field(s) missing:"]
        lines += [f"  - {g['label']} ({g['section']}/{g['field']}): {g['how']}" for g in gaps]
        return "\n".join(lines)

    return Output(data, text, exit_code=1 if gaps else 0)


def cmd_answer(ctx: Context, args: argparse.Namespace) -> Output:
    vault = ctx.vault()
    if args.clear and args.value:
        raise ValidationError("Give either --clear or a VALUE, not both.", field=args.key)
    if not args.clear and not args.value:
        raise ValidationError(f"{args.key}: give the answer (or --clear to remove it).", field=args.key)
    spec = get_template(vault, args.template).field(args.key)
    if args.clear:
        value: Any = None
    elif spec.kind in ("list", "measures"):
        value = list(args.value)
    else:
        value = " ".join(args.value)
    lang = getattr(args, "in_lang", None)
    changes = doc_context.set_answer(vault, args.case, args.template, args.key, value, lang=lang)
    key = f"{args.key}{doc_context.TRANSLATION_SEP}{lang}" if lang else args.key
    stored = doc_context.get_answers(vault, args.case, args.template).get(key)
    data = {"case": args.case, "template": args.template, "key": args.key, "value": stored,
            "changed": changes.id is not None, **({"lang": lang} if lang else {})}
    return Output(data, f"{args.key}: {'removed' if stored is None else 'saved'}.")


def cmd_answers(ctx: Context, args: argparse.Namespace) -> Output:
    vault = ctx.vault()
    template = get_template(vault, args.template)
    answers = doc_context.get_answers(vault, args.case, template.id)
    items = [
        {"key": f.key, "section": s.key, "kind": f.kind, "required": f.required,
         "choices": list(f.choices) or None, "value": answers.get(f.key)}
        for s, f in template.fields() if f.asked
    ]
    data = _page(sorted(items, key=lambda r: r["key"]), "key", args.after, args.limit)

    def text() -> str:
        lines = []
        for r in data["items"]:
            value = r["value"]
            shown = "-" if value is None else ("; ".join(value) if isinstance(value, list) else str(value))
            req = {True: "required", False: "optional", "if-urgent": "required if urgent"}[r["required"]]
            lines.append(f"{r['key']:<24} {r['kind']:<9} {req:<18} {shown}")
        return "\n".join(lines)

    return Output(data, text)


def cmd_labels(ctx: Context, args: argparse.Namespace) -> Output:
    report = check_labels()
    names = language_names()
    data = {"languages": sorted(names), "complete": not report, "problems": report}

    def text() -> str:
        if not report:
            return f"Labels complete in: {', '.join(sorted(names))}."
        lines = []
        for lang, r in report.items():
            for what, keys in r.items():
                if keys:
                    lines.append(f"{lang}: {what}: {', '.join(keys)}")
        return "\n".join(lines)

    return Output(data, text, exit_code=1 if report else 0)


def cmd_persons(ctx: Context, args: argparse.Namespace) -> Output:
    vault = ctx.vault()
    doc_context.set_persons(vault, args.case, args.template, args.persons or None,
                            identity_documents=args.identity_documents)
    who = ", ".join(args.persons) if args.persons else "all persons linked to the case"
    docs = "with" if args.identity_documents else "without"
    return Output({"case": args.case, "template": args.template, "persons": args.persons or None,
                   "identity_documents": args.identity_documents},
                  f"{args.template} for {args.case}: {who}, {docs} identity documents.")
