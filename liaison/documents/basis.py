"""The legal basis a document follows: which instrument, which articles, who is who.

A document takes its basis from the case (or the one chosen for this document)
and never from fixed template text: the instrument's name and the articles that
ground the measures asked for and the content of the request; the role of each
side as that instrument names it (issuing/executing authority for an EIO,
requesting/requested for mutual legal assistance, providing/receiving for
information given spontaneously), which side we are on (the case's direction),
and who the document goes to.

:func:`check` returns the reasons a final document cannot be made (its basis
does not bind both States on the document's date for the measures asked, the
request type does not fit the basis, a memorandum cited for a coercive
measure) and the warnings (unverified party lists or dates, conditions on the
offence). A draft is always possible and carries them in its margin.

This is content only: the layout (letter, official forms) draws what it gets.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..errors import NotFound, ValidationError
from ..records.agreements import measures as measure_catalogue
from ..refdata import active_pack

__all__ = ["BasisRefused", "BasisView", "REQUEST_TEMPLATES", "check", "implied_measures", "roles"]

# Templates that are requests or transmissions resting on a legal basis of their own; the others
# (acknowledgement, status inquiry, cover letter) follow the case's basis without being checked against it.
REQUEST_TEMPLATES = ("mla-request", "eio-request", "information-request", "preservation-request",
                     "spontaneous-information")
# Measures a template implies when it does not ask for them.
_IMPLIED = {
    "preservation-request": ["expedited-preservation"],
    "information-request": ["database-information"],
    "spontaneous-information": ["spontaneous-information"],
}


class BasisRefused(ValidationError):
    """A final document whose legal basis does not carry it. ``reasons`` lists why."""

    def __init__(self, template_id: str, basis: str, reasons: list[str]) -> None:
        super().__init__(
            f"The {template_id} document cannot be made final on the basis {basis or '(none chosen)'}: "
            + "; ".join(reasons) + ".",
            field="legal_basis",
            hint="Choose the basis the finder gives ('liaison agreement find-basis'), or make a draft.")
        self.reasons = reasons


@dataclass
class BasisView:
    agreement_id: str = ""
    key: str = ""
    title: str = ""
    reference: str = ""
    type: str = ""
    articles: str = ""            # the articles grounding the measures, then those on the request's content
    content: str = ""             # what a request under it must contain (from the pack)
    channel: str = ""             # the channel the instrument prescribes (2023/977: SIENA, Art. 13)
    direction: str = "outgoing"
    our_role: str = "requesting"
    their_role: str = "requested"
    measures: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)   # block a final document
    warnings: list[str] = field(default_factory=list)   # unverified data, conditions: shown, not blocking
    governing: str = ""           # the instrument the finder would choose, when another is chosen

    def to_json(self) -> dict[str, Any]:
        return dict(vars(self))


def implied_measures(template_id: str, answers: dict[str, Any]) -> list[str]:
    known = measure_catalogue()
    asked = [m for m in (answers.get("measures") or []) if m in known]
    return asked or list(_IMPLIED.get(template_id, []))


def roles(instrument_roles: dict[str, str], template_id: str, direction: str) -> tuple[str, str]:
    """(our role, their role) as the instrument names them."""
    if template_id == "spontaneous-information":
        ours, theirs = "providing", "receiving"
        if direction == "incoming":
            ours, theirs = theirs, ours
        return ours, theirs
    requesting = instrument_roles.get("requesting", "requesting")
    requested = instrument_roles.get("requested", "requested")
    return (requesting, requested) if direction == "outgoing" else (requested, requesting)


def _fits(template_id: str, key: str, atype: str, precedence: str, track: str, measures: list[str],
          listed: dict[str, str]) -> str | None:
    """Why the request type does not fit the basis, or None."""
    name = "this basis"
    if template_id == "eio-request" and key != "eu-eio-2014-41":
        return (f"a European Investigation Order rests on Directive 2014/41/EU only; {name} is not it (use the letter "
                "of request for a State the EIO does not bind)")
    if template_id == "information-request" and not (track == "police" or atype in ("bilateral-treaty", "memorandum")):
        return ("a request for information between law-enforcement authorities rests on Directive (EU) 2023/977 (or "
                "the Framework Decision before it) or on a police-cooperation agreement; for a mutual legal "
                "assistance convention use the letter of request")
    if template_id == "preservation-request" and "expedited-preservation" not in listed:
        return ("a request for expedited preservation rests on an instrument that provides for it expressly "
                "(Convention on Cybercrime, Art. 29, or a treaty naming it); between States bound by the EIO use an "
                "EIO for a provisional measure (Art. 32)")
    if template_id == "mla-request" and precedence == "union-law":
        return (f"a letter of request does not rest on {name}, an act of Union law: use "
                + ("the European Investigation Order" if key == "eu-eio-2014-41" else "the request for information"))
    if template_id == "spontaneous-information" and measures and "spontaneous-information" not in listed \
            and atype not in ("bilateral-treaty",):
        return None  # the finder judges the measure itself
    return None


def check(vault, case: dict[str, Any], template_id: str, answers: dict[str, Any], doc_date: str,
          basis_ref: str | None = None, *, asks_measures: bool = True) -> BasisView:
    """The basis of a document and whether it carries a final document on ``doc_date``."""
    direction = case.get("direction") or "outgoing"
    view = BasisView(direction=direction, measures=implied_measures(template_id, answers))
    agreement_id = None
    if basis_ref:
        try:
            agreement_id = vault.agreements.resolve(basis_ref)
        except NotFound as exc:
            raise ValidationError(f"legal_basis: {exc.message}", field="legal_basis") from exc
    elif case.get("legal_basis") and case["legal_basis"].get("id"):
        agreement_id = case["legal_basis"]["id"]
    is_request = template_id in REQUEST_TEMPLATES
    if agreement_id is None:
        view.our_role, view.their_role = roles({}, template_id, direction)
        if is_request:
            view.problems.append("no legal basis is chosen for this case or this document")
        return view
    row = vault.agreements.get(agreement_id)
    pack = active_pack(vault)
    inst = pack.instrument(row.get("key")) if row.get("origin") == "reference" else None
    view.agreement_id, view.key, view.title = row["id"], row.get("key") or "", row["title"]
    view.reference, view.type = row.get("reference") or "", row["type"]
    listed = dict(inst.measures) if inst else {m["measure"]: m["article"] for m in row.get("measures") or []}
    view.our_role, view.their_role = roles(inst.roles if inst else {}, template_id, direction)
    view.content = inst.content if inst else ""
    view.channel = inst.channel if inst else ""
    if not is_request:
        if row["type"] == "eu-instrument" and view.key == "eu-eio-2014-41" and template_id == "acknowledgement":
            view.articles = "Art. 16(1), Annex B"
        return view
    unfit = _fits(template_id, view.key, row["type"], inst.precedence if inst else "", inst.track if inst else "",
                  view.measures, listed)
    if unfit:
        view.problems.append(unfit)
    requesting, requested = case["requesting_state"], case["requested_state"]
    articles: list[str] = []
    offence = case.get("offence_category") or None
    if not view.measures and asks_measures:
        view.problems.append("no measure is named: the basis cannot be checked against what is asked")
    labels = measure_catalogue()
    for slug in view.measures:
        verdict = vault.agreements.assess(agreement_id, requesting, requested, slug, doc_date, offence=offence)
        if not verdict["binding"]:
            view.problems.append(f"{labels[slug]}: " + "; ".join(verdict["reasons"]))
            continue
        view.warnings += [f"unverified: {u}" for u in verdict.get("unverified", []) if f"unverified: {u}"
                          not in view.warnings]
        view.warnings += [f"only if {c}" for c in verdict.get("conditions", []) if f"only if {c}" not in view.warnings]
        gov = verdict.get("governing")
        if gov and gov["agreement_id"] != agreement_id and not view.governing:
            view.governing = gov["reference"] or gov["title"]
            view.warnings.append(f"the finder gives {view.governing} as the governing instrument for "
                                 f"{labels[slug]} on {doc_date}")
        art = listed.get(slug) or (inst.article if inst else row.get("article", ""))
        if art and art not in articles:
            articles.append(art)
    if inst and inst.content_articles and inst.content_articles not in articles:
        articles.append(inst.content_articles)
    view.articles = "; ".join(articles)
    return view
