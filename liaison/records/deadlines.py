"""Deadlines: the time limits the law sets on requests, computed, tracked and met.

Sources (see ``/work/shared/DOMAIN.md``):

- Directive (EU) 2023/977 Art. 5: from receipt of a request for information,
  8 hours for urgent requests on directly available information, 3 calendar
  days for urgent requests on indirectly available information, 7 calendar days
  for all others.
- Budapest Convention (ETS 185) Art. 29(7): preservation lasts at least 60 days
  from when it is effected. Counted from sending until the counterpart's
  confirmation is logged (the earliest it can end), then from the confirmation;
  the officer must send the mutual assistance request (or renew) before it ends,
  so a reminder is set some days before (default 10).
- Directive 2014/41/EU Art. 32(2): provisional measures decided and the decision
  communicated as soon as possible and, wherever practicable, within 24 hours of
  receiving the EIO (:meth:`DeadlineStore.provisional_measures`).
- Directive (EU) 2023/977 Art. 5(2): a requested State may deviate from the time
  limits where a judicial authorisation is needed; the deviation is recorded
  with its reason (:meth:`DeadlineStore.deviate`).
- Our own requests: a sent request for information gets the counterpart's Art. 5
  limit and a sent EIO the counterpart's acknowledgement (1 week) and recognition
  (30 days) limits (rules ``their-...``), unless the officer gives a response due
  date of their own, so that the dashboard shows when the counterpart is late.
- Directive 2014/41/EU (EIO): Art. 16(1) and Annex B, acknowledgement of receipt
  within a week; Art. 12, decision on recognition within 30 days of receipt
  (extendable by at most 30 days, with reasons), execution within 90 days of the
  recognition decision.

How "calendar days" are read here: a limit of N calendar days is N periods of 24
hours counted from the moment of receipt (not to the end of a day, and not
shortened to working days). The arithmetic is done on absolute (UTC) time, so a
daylight-saving change inside the period keeps the elapsed time exact and moves
the local clock time of the due moment by the hour of the change. A deadline is
``overdue`` only *after* its due moment: answering exactly at the limit is in
time.

The rule functions are pure (no vault, no clock) and take timezone-aware
datetimes; naive ones are refused, since a deadline without a zone is a guess.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from .. import changes as ch
from ..errors import Conflict, NotFound, ValidationError
from ..ids import is_id, new_id
from ..paging import Page, keyset_page
from ..timeutil import parse_datetime, to_iso, utcnow, utcnow_iso

# ----------------------------------------------------------------------- rules
HOUR = timedelta(hours=1)
DAY = timedelta(hours=24)

PRESERVATION_MIN_DAYS = 60
PRESERVATION_REMINDER_DAYS = 10
EIO_MAX_EXTENSION_DAYS = 30

# rule code -> (title, source)
RULES: dict[str, tuple[str, str]] = {
    "info-urgent-direct": (
        "Answer urgent request (directly available information): 8 hours",
        "Directive (EU) 2023/977 Art. 5(1)(a)",
    ),
    "info-urgent-indirect": (
        "Answer urgent request (indirectly available information): 3 days",
        "Directive (EU) 2023/977 Art. 5(1)(b)",
    ),
    "info-other": ("Answer request for information: 7 days", "Directive (EU) 2023/977 Art. 5(1)(c)"),
    "preservation-end": (
        "Preservation ends (at least 60 days): send the MLA request or renew",
        "Budapest Convention Art. 29(7)",
    ),
    "eio-acknowledgement": ("Acknowledge receipt of the EIO: 1 week", "Directive 2014/41/EU Art. 16(1), Annex B"),
    "eio-recognition": ("Decide on recognition of the EIO: 30 days", "Directive 2014/41/EU Art. 12(3)"),
    "eio-execution": ("Carry out the EIO measure: 90 days after recognition", "Directive 2014/41/EU Art. 12(4)"),
    "eio-provisional": ("Decide on provisional measures: 24 hours wherever practicable",
                        "Directive 2014/41/EU Art. 32(2)"),
    "their-info-urgent-direct": ("Counterpart to answer our urgent request (directly available information): 8 hours",
                                 "Directive (EU) 2023/977 Art. 5(1)(a)"),
    "their-info-urgent-indirect": ("Counterpart to answer our urgent request (indirectly available information): "
                                   "3 days", "Directive (EU) 2023/977 Art. 5(1)(b)"),
    "their-info-other": ("Counterpart to answer our request for information: 7 days",
                         "Directive (EU) 2023/977 Art. 5(1)(c)"),
    "their-eio-acknowledgement": ("Counterpart to acknowledge our EIO: 1 week", "Directive 2014/41/EU Art. 16(1), Annex B"),
    "their-eio-recognition": ("Counterpart to decide on recognising our EIO: 30 days", "Directive 2014/41/EU Art. 12(3)"),
    "manual": ("Deadline entered by hand", "entered by the officer"),
}
# How time limits are counted, stated wherever a document or a listing prints one.
DAY_COUNTING = ("A limit of N days is N periods of 24 hours from the moment of receipt (calendar days, not working "
                "days); it is met when answered at the limit.")
STATES = ("due", "overdue", "met")


@dataclass(frozen=True)
class Limit:
    """A computed time limit: which rule, from when, until when, and when to remind."""

    rule: str
    starts_at: datetime
    due_at: datetime
    remind_at: datetime | None = None

    @property
    def title(self) -> str:
        return RULES[self.rule][0]

    @property
    def source(self) -> str:
        return RULES[self.rule][1]


def _aware(dt: datetime, what: str) -> datetime:
    if not isinstance(dt, datetime) or dt.tzinfo is None or dt.utcoffset() is None:
        raise ValidationError(f"{what}: a date and time with a time zone is needed.", field=what)
    return dt


def _after(start: datetime, delta: timedelta) -> datetime:
    """Elapsed-time arithmetic, done in UTC so that DST never adds or removes an hour
    (Python adds wall-clock time within one zone), then given back in the start's zone."""
    return (start.astimezone(UTC) + delta).astimezone(start.tzinfo)


def information_request_limit(received_at: datetime, *, urgent: bool, access: str | None) -> Limit:
    """Directive 2023/977 Art. 5 limit for a request for information received at ``received_at``.

    An urgent request whose information access is not stated gets the stricter
    8-hour limit: the officer learns the limit that may apply, not one too late.
    """
    _aware(received_at, "received_at")
    if access not in (None, "direct", "indirect"):
        raise ValidationError("information_access: use 'direct' or 'indirect'.", field="information_access")
    if not urgent:
        return Limit("info-other", received_at, _after(received_at, 7 * DAY))
    if access == "indirect":
        return Limit("info-urgent-indirect", received_at, _after(received_at, 3 * DAY))
    return Limit("info-urgent-direct", received_at, _after(received_at, 8 * HOUR))


def preservation_limit(
    sent_at: datetime, *, days: int = PRESERVATION_MIN_DAYS, reminder_days: int = PRESERVATION_REMINDER_DAYS
) -> Limit:
    """Budapest Art. 29(7): preservation lasts at least 60 days from the request;
    the follow-up (MLA request or renewal) is due before it ends, with a reminder
    ``reminder_days`` before."""
    _aware(sent_at, "sent_at")
    if days < PRESERVATION_MIN_DAYS:
        raise ValidationError(
            f"preservation: Art. 29(7) guarantees at least {PRESERVATION_MIN_DAYS} days; use {PRESERVATION_MIN_DAYS} "
            "or more.",
            field="days",
        )
    if not 0 <= reminder_days < days:
        raise ValidationError(
            f"reminder_days: give 0 to {days - 1} days before the end of preservation.", field="reminder_days"
        )
    due = _after(sent_at, days * DAY)
    return Limit("preservation-end", sent_at, due, _after(due, -reminder_days * DAY))


def eio_acknowledgement_limit(received_at: datetime) -> Limit:
    """EIO Annex B: acknowledge receipt within a week (7 x 24 hours)."""
    _aware(received_at, "received_at")
    return Limit("eio-acknowledgement", received_at, _after(received_at, 7 * DAY))


def eio_recognition_limit(received_at: datetime, *, extension_days: int = 0) -> Limit:
    """EIO Art. 12(3): recognition decided within 30 days of receipt, extendable
    by at most 30 days (Art. 12(5), with reasons given by the caller)."""
    _aware(received_at, "received_at")
    if not 0 <= extension_days <= EIO_MAX_EXTENSION_DAYS:
        raise ValidationError(
            f"extension_days: the recognition limit may be extended by at most {EIO_MAX_EXTENSION_DAYS} days.",
            field="extension_days",
        )
    return Limit("eio-recognition", received_at, _after(received_at, (30 + extension_days) * DAY))


def eio_execution_limit(decided_at: datetime) -> Limit:
    """EIO Art. 12(4): the measure is carried out within 90 days of the recognition decision."""
    _aware(decided_at, "decided_at")
    return Limit("eio-execution", decided_at, _after(decided_at, 90 * DAY))


def state_of(due_at: datetime, met_at: datetime | None, now: datetime) -> str:
    """``met`` once met; else ``overdue`` strictly after the due moment, else ``due``."""
    _aware(due_at, "due_at")
    _aware(now, "now")
    if met_at is not None:
        return "met"
    return "overdue" if now > due_at else "due"


def limits_for_request(
    *, direction: str, request_type: str | None, occurred_at: datetime, urgent: bool = False,
    access: str | None = None, reminder_days: int = PRESERVATION_REMINDER_DAYS,
) -> list[Limit]:
    """The limits that start when a request is logged (empty when none applies)."""
    if direction == "received" and request_type == "information-request":
        return [information_request_limit(occurred_at, urgent=urgent, access=access)]
    if direction == "sent" and request_type == "preservation-request":
        return [preservation_limit(occurred_at, reminder_days=reminder_days)]
    if direction == "received" and request_type == "eio-request":
        return [eio_acknowledgement_limit(occurred_at), eio_recognition_limit(occurred_at)]
    if direction == "sent" and request_type == "information-request":
        lim = information_request_limit(occurred_at, urgent=urgent, access=access)
        return [Limit("their-" + lim.rule, lim.starts_at, lim.due_at)]
    if direction == "sent" and request_type == "eio-request":
        return [Limit("their-eio-acknowledgement", occurred_at, _after(occurred_at, 7 * DAY)),
                Limit("their-eio-recognition", occurred_at, _after(occurred_at, 30 * DAY))]
    return []


def rules_met_by_response(request_type: str | None, outcome: str | None, direction: str | None = None) -> set[str]:
    """Which rules an entry linked to a request (``response_to``) meets.

    - Our follow-up to a preservation request (a sent MLA request, or a sent
      renewal, linked to it) meets the end of preservation; nothing else does,
      not even the counterpart's confirmation: the duty to follow up is ours.
    - An acknowledgement (or a reply with no outcome) meets only the EIO
      acknowledgement.
    - A reply that gives, grants or refuses meets every answer limit.
    - A status inquiry meets nothing.
    """
    if direction == "sent" and request_type in ("mla-request", "preservation-request"):
        return {"preservation-end"}
    answers = {"info-urgent-direct", "info-urgent-indirect", "info-other", "eio-acknowledgement",
               "eio-recognition", "eio-execution", "manual"}
    if request_type == "status-inquiry":
        return set()
    if request_type == "acknowledgement" or outcome in (None, "none"):
        return {"eio-acknowledgement", "their-eio-acknowledgement"}
    return answers | {"their-info-urgent-direct", "their-info-urgent-indirect", "their-info-other",
                      "their-eio-acknowledgement", "their-eio-recognition", "eio-provisional"}


# ----------------------------------------------------------------------- store
_SORTABLE = ("due_at", "created_at")
# Served by the small partial indexes deadlines_open and deadlines_remind; the
# total by SQLite's count optimisation (the smallest full index). met = total - open.
COUNT_SQL = {
    "due": "SELECT count(*) FROM deadlines INDEXED BY deadlines_open WHERE met_at = '' AND due_at >= ?",
    "overdue": "SELECT count(*) FROM deadlines INDEXED BY deadlines_open WHERE met_at = '' AND due_at < ?",
    "total": "SELECT count(*) FROM deadlines",
    "reminders": ("SELECT count(*) FROM deadlines INDEXED BY deadlines_remind "
                  "WHERE met_at = '' AND remind_at <> '' AND remind_at <= ?"),
}


def parse_when(value: Any, field: str, tz: str | None = None) -> datetime:
    """An aware datetime from a datetime or text. Text without a zone is read in
    ``tz`` when given, else in the system's local zone (what the officer's clock
    shows); a naive datetime object is refused."""
    if isinstance(value, datetime):
        return _aware(value, field)
    if value is None or not str(value).strip():
        raise ValidationError(f"{field}: a date and time is required.", field=field)
    text = str(value).strip()
    if tz:
        return parse_datetime(text, field=field, tz=tz)
    dt = parse_datetime(text, field=field, tz="UTC")
    if datetime.fromisoformat(text.replace("Z", "+00:00")).tzinfo is None:
        dt = dt.replace(tzinfo=None).astimezone()  # naive text: the local zone
    return dt


def _row_state(row: dict[str, Any], now_iso: str) -> str:
    if row["met_at"]:
        return "met"
    return "overdue" if row["due_at"] < now_iso else "due"


class DeadlineStore:
    """Deadlines of the vault (``vault.deadlines``)."""

    record_type = "deadline"

    def __init__(self, vault) -> None:
        self.vault = vault

    # ------------------------------------------------------------------ reading
    def resolve(self, ref_or_id: str) -> str:
        """Deadlines have no human reference: the id (or an unambiguous tail of it,
        as shown in lists) names one."""
        text = str(ref_or_id or "").strip().upper()
        if is_id(text):
            if self.vault.db.execute("SELECT 1 FROM deadlines WHERE id = ?", (text,)).fetchone():
                return text
        elif len(text) >= 6 and text.isalnum():
            rows = self.vault.db.execute(
                "SELECT id FROM deadlines WHERE id LIKE ? LIMIT 2", ("%" + text,)
            ).fetchall()
            if len(rows) == 1:
                return rows[0][0]
            if len(rows) > 1:
                raise ValidationError(f"'{ref_or_id}' matches several deadlines; give the full id.", field="deadline")
        raise NotFound(f"No deadline '{ref_or_id}'.", hint="List them with 'liaison deadlines --state open'.")

    def get(self, ref_or_id: str, *, now: datetime | None = None) -> dict[str, Any]:
        did = self.resolve(ref_or_id)
        row = dict(self.vault.db.execute_returning_dicts("SELECT * FROM deadlines WHERE id = ?", [did])[0])
        return self._decorate(row, to_iso(now or utcnow()))

    def _decorate(self, row: dict[str, Any], now_iso: str) -> dict[str, Any]:
        row["state"] = _row_state(row, now_iso)
        row["source"] = RULES.get(row["rule"], ("", ""))[1]
        # whose duty it is: ours, or the counterpart's answer to our own request (late: the counterpart is late)
        row["owner"] = "counterpart" if row["rule"].startswith("their-") else "us"
        row["counting"] = DAY_COUNTING
        row["reminder_due"] = bool(not row["met_at"] and row["remind_at"] and row["remind_at"] <= now_iso)
        return row

    def list(
        self,
        *,
        state: str | None = None,
        due_before: datetime | str | None = None,
        case: str | None = None,
        exchange: str | None = None,
        now: datetime | None = None,
        sort: str = "due_at",
        descending: bool = False,
        after: str | None = None,
        limit: int = 50,
    ) -> Page:
        """A keyset page of deadlines. ``state``: due, overdue, met, or open (due
        or overdue). ``due_before`` keeps those due strictly before that moment."""
        now_iso = to_iso(now or utcnow())
        where: list[str] = []
        params: list[Any] = []
        if state not in (None, "", "open", *STATES):
            raise ValidationError(f"state: use one of open, {', '.join(STATES)}.", field="state")
        if state == "met":
            where.append("met_at <> ''")
        elif state in ("open", "due", "overdue"):
            where.append("met_at = ''")
            if state == "due":
                where.append("due_at >= ?")
                params.append(now_iso)
            elif state == "overdue":
                where.append("due_at < ?")
                params.append(now_iso)
        if due_before:
            where.append("due_at < ?")
            params.append(to_iso(parse_when(due_before, "due_before")))
        if case:
            where.append("case_id = ?")
            params.append(self.vault.cases.resolve(case))
        if exchange:
            where.append("exchange_id = ?")
            params.append(self.vault.exchanges.resolve(exchange))
        page = keyset_page(
            self.vault.db, select="SELECT * FROM deadlines", where=where, params=params, sort=sort,
            sortable=_SORTABLE, descending=descending, after=after, limit=limit,
        )
        page.items = [self._decorate(r, now_iso) for r in page.items]
        return page

    def for_exchange(self, exchange_id: str, *, now: datetime | None = None) -> list[dict[str, Any]]:
        """Deadlines started by one request (a handful: read whole)."""
        now_iso = to_iso(now or utcnow())
        rows = self.vault.db.execute_returning_dicts(
            "SELECT * FROM deadlines WHERE exchange_id = ? ORDER BY due_at, id", [exchange_id]
        )
        return [self._decorate(dict(r), now_iso) for r in rows]

    def compute_all(self, now: datetime | None = None) -> dict[str, int]:
        """The state of every deadline at ``now``: how many are due, overdue, met,
        and open with their reminder reached. Four index-only counts (no pass
        over the table), so the cost grows with the open deadlines, not the rows' width."""
        now_iso = to_iso(now or utcnow())
        db = self.vault.db
        due = db.execute(COUNT_SQL["due"], (now_iso,)).fetchone()[0]
        overdue = db.execute(COUNT_SQL["overdue"], (now_iso,)).fetchone()[0]
        total = db.execute(COUNT_SQL["total"]).fetchone()[0]
        reminders = db.execute(COUNT_SQL["reminders"], (now_iso,)).fetchone()[0]
        return {"due": due, "overdue": overdue, "met": total - due - overdue, "reminders": reminders}

    # ------------------------------------------------------------------ writing
    def _insert(
        self, limit: Limit, *, exchange_id: str | None, case_id: str | None, title: str | None = None,
        note: str = "", origin: str = "user",
    ) -> str:
        now = utcnow_iso()
        did = new_id()
        self.vault.db.execute(
            "INSERT INTO deadlines (id, rule, title, exchange_id, case_id, starts_at, due_at, remind_at, note,"
            " created_at, updated_at, origin) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                did, limit.rule, title or limit.title, exchange_id, case_id, to_iso(limit.starts_at),
                to_iso(limit.due_at), to_iso(limit.remind_at) if limit.remind_at else "", note, now, now, origin,
            ),
        )
        return did

    def start_for_request(
        self, exchange: dict[str, Any], *, reminder_days: int = PRESERVATION_REMINDER_DAYS, skip: set[str] = frozenset()
    ) -> list[str]:
        """Create the deadlines a newly logged request starts. Called by the
        exchange store inside its transaction (its audit entry covers them).
        The counterpart's limits on our own request are left out when the
        officer gives a response due date of their own."""
        if exchange.get("response_due"):
            skip = set(skip) | {r for r in RULES if r.startswith("their-")}
        limits = limits_for_request(
            direction=exchange["direction"], request_type=exchange.get("request_type"),
            occurred_at=datetime.fromisoformat(exchange["occurred_at"]), urgent=exchange.get("urgency") == "urgent",
            access=exchange.get("information_access"), reminder_days=reminder_days,
        )
        return [
            self._insert(lim, exchange_id=exchange["id"], case_id=exchange.get("case_id"), origin=exchange["origin"])
            for lim in limits
            if lim.rule not in skip
        ]

    def meet_for_response(self, request_id: str, response: dict[str, Any]) -> list[str]:
        """Mark met the open deadlines of ``request_id`` that ``response`` answers.
        The counterpart's confirmation of our preservation request restarts
        the end of preservation from the confirmation (Art. 29(7))."""
        self._count_preservation_from_confirmation(request_id, response)
        rules = rules_met_by_response(response.get("request_type"), response.get("outcome"), response.get("direction"))
        if not rules:
            return []
        rows = self.vault.db.execute(
            f"SELECT id FROM deadlines WHERE exchange_id = ? AND met_at = '' AND rule IN ({','.join('?' * len(rules))})",
            (request_id, *sorted(rules)),
        ).fetchall()
        ids = [r[0] for r in rows]
        now = utcnow_iso()
        for did in ids:
            self.vault.db.execute(
                "UPDATE deadlines SET met_at = ?, met_by_exchange_id = ?, met_note = ?, updated_at = ?, rev = rev + 1"
                " WHERE id = ?",
                (response["occurred_at"], response["id"], f"response #{response['seq']}", now, did),
            )
        return ids

    def _count_preservation_from_confirmation(self, request_id: str, response: dict[str, Any]) -> None:
        if response.get("direction") != "received" or response.get("outcome") not in ("granted", "partially granted"):
            return
        db = self.vault.db
        row = db.execute("SELECT id, due_at, remind_at FROM deadlines WHERE exchange_id = ? AND rule = "
                         "'preservation-end' AND met_at = ''", (request_id,)).fetchone()
        if row is None:
            return
        confirmed = datetime.fromisoformat(response["occurred_at"])
        lim = preservation_limit(confirmed)
        db.execute("UPDATE deadlines SET starts_at = ?, due_at = ?, remind_at = ?, note = ?, updated_at = ?, "
                   "rev = rev + 1 WHERE id = ?",
                   (to_iso(lim.starts_at), to_iso(lim.due_at), to_iso(lim.remind_at), "counted from the confirmation "
                    f"of preservation (#{response['seq']}), Budapest Convention Art. 29(7)", utcnow_iso(), row[0]))

    def provisional_measures(self, request: str, *, note: str = "") -> ch.Changes:
        """EIO Art. 32(2): the decision on provisional measures requested in a received EIO, to be taken and
        communicated as soon as possible and, wherever practicable, within 24 hours of receipt."""
        ex = self.vault.exchanges.get(request)
        if ex["request_type"] != "eio-request" or ex["direction"] != "received":
            raise ValidationError(f"#{ex['seq']} is not a received EIO; Art. 32(2) applies to received EIOs.",
                                  field="request")
        received = datetime.fromisoformat(ex["occurred_at"])
        with self.vault.transaction() as db:
            if db.execute("SELECT 1 FROM deadlines WHERE exchange_id = ? AND rule = 'eio-provisional'",
                          (ex["id"],)).fetchone():
                raise Conflict(f"The provisional-measures limit of #{ex['seq']} is already recorded.")
            did = self._insert(Limit("eio-provisional", received, _after(received, 24 * HOUR)), exchange_id=ex["id"],
                               case_id=ex["case_id"], note=note.strip(), origin=ex["origin"])
            self.vault.audit.log("create", self.record_type, did, ref=f"#{ex['seq']}",
                                 summary=f"EIO #{ex['seq']}: provisional measures to be decided within 24 hours")
        return ch.created(self.record_type, did)

    def deviate(self, ref_or_id: str, *, until: datetime | str, reason: str) -> ch.Changes:
        """Directive (EU) 2023/977 Art. 5(2): a time limit on a request for information deviated from (a judicial
        authorisation is needed), recorded with the new time and the reason, which the requesting side is told."""
        did = self.resolve(ref_or_id)
        reason = (reason or "").strip()
        if not reason:
            raise ValidationError("reason: a deviation needs its reason (Directive 2023/977 Art. 5(2)).",
                                  field="reason")
        new_due = parse_when(until, "until")
        with self.vault.transaction() as db:
            row = dict(db.execute_returning_dicts("SELECT * FROM deadlines WHERE id = ?", [did])[0])
            if row["rule"] not in ("info-urgent-direct", "info-urgent-indirect", "info-other"):
                raise ValidationError("Only the time limits of a received request for information (Directive "
                                      "2023/977 Art. 5) can be deviated from this way.", field="deadline")
            if row["met_at"]:
                raise Conflict("This time limit is already met; there is nothing to deviate from.")
            if to_iso(new_due) <= row["due_at"]:
                raise ValidationError("until: a deviation moves the limit later than it is.", field="until")
            extra = (new_due - datetime.fromisoformat(row["due_at"])).total_seconds() / 86400
            db.execute("UPDATE deadlines SET due_at = ?, extended_days = ?, extension_reason = ?, updated_at = ?, "
                       "rev = rev + 1 WHERE id = ?",
                       (to_iso(new_due), int(-(-extra // 1)), reason, utcnow_iso(), did))
            self.vault.audit.log("alter", self.record_type, did, summary="time limit deviated from (Directive "
                                 "2023/977 Art. 5(2)); reason kept with the deadline")
        return ch.updated(self.record_type, did)

    def move_open_to(self, old_exchange_id: str, new_exchange: dict[str, Any], reminder_days: int) -> None:
        """A request was corrected: its deadlines follow the current version. Open
        automatic ones are recomputed from the corrected entry (the time, type or
        urgency may be what was wrong); met ones and those entered by hand stay."""
        db = self.vault.db
        db.execute(
            "DELETE FROM deadlines WHERE exchange_id = ? AND met_at = '' AND rule <> 'manual'", (old_exchange_id,)
        )
        db.execute(
            "UPDATE deadlines SET exchange_id = ?, updated_at = ?, rev = rev + 1 WHERE exchange_id = ?",
            (new_exchange["id"], utcnow_iso(), old_exchange_id),
        )
        kept = {r[0] for r in db.execute("SELECT rule FROM deadlines WHERE exchange_id = ?", (new_exchange["id"],))}
        self.start_for_request(new_exchange, reminder_days=reminder_days, skip=kept)

    def add(
        self,
        *,
        title: str,
        due_at: datetime | str,
        case: str | None = None,
        exchange: str | None = None,
        starts_at: datetime | str | None = None,
        remind_at: datetime | str | None = None,
        note: str = "",
        origin: str = "user",
    ) -> ch.Changes:
        """A deadline entered by hand (a counterpart's own limit, a court date...)."""
        title = (title or "").strip()
        if not title:
            raise ValidationError("title: say what is due (e.g. 'Reply to status inquiry').", field="title")
        due = parse_when(due_at, "due_at")
        start = parse_when(starts_at, "starts_at") if starts_at else utcnow()
        remind = parse_when(remind_at, "remind_at") if remind_at else None
        if remind is not None and remind > due:
            raise ValidationError("remind_at: the reminder must come before the due date.", field="remind_at")
        if origin not in ("user", "reference", "demo", "import"):
            raise ValidationError("origin: use user, reference, demo or import.", field="origin")
        case_id = self.vault.cases.resolve(case) if case else None
        exchange_id = self.vault.exchanges.resolve(exchange) if exchange else None
        if exchange_id and not case_id:
            case_id = self.vault.db.execute("SELECT case_id FROM exchanges WHERE id = ?", (exchange_id,)).fetchone()[0]
        with self.vault.transaction():
            did = self._insert(
                Limit("manual", start, due, remind), exchange_id=exchange_id, case_id=case_id, title=title,
                note=note.strip(), origin=origin,
            )
            # The audit trail cannot be erased, so it names no free text that may hold personal data.
            self.vault.audit.log("create", self.record_type, did, summary=f"deadline entered by hand, due {to_iso(due)}")
        return ch.created(self.record_type, did)

    def mark_met(self, ref_or_id: str, *, at: datetime | str | None = None, note: str = "") -> ch.Changes:
        """Mark a deadline met by hand (e.g. the MLA request followed the preservation)."""
        did = self.resolve(ref_or_id)
        when = parse_when(at, "at") if at else utcnow()
        with self.vault.transaction() as db:
            row = db.execute("SELECT met_at, title, rule FROM deadlines WHERE id = ?", (did,)).fetchone()
            if row[0]:
                raise Conflict(f"The deadline '{row[1]}' was already met on {row[0]}.")
            db.execute(
                "UPDATE deadlines SET met_at = ?, met_note = ?, updated_at = ?, rev = rev + 1 WHERE id = ?",
                (to_iso(when), note.strip() or "marked met by hand", utcnow_iso(), did),
            )
            self.vault.audit.log("alter", self.record_type, did, summary=f"deadline ({row[2]}) marked met by hand")
        return ch.updated(self.record_type, did)

    def extend_recognition(self, ref_or_id: str, *, days: int, reason: str) -> ch.Changes:
        """EIO Art. 12(5): extend the 30-day recognition limit by at most 30 days in
        all, with the reasons (which the issuing authority must be told)."""
        did = self.resolve(ref_or_id)
        reason = (reason or "").strip()
        if not reason:
            raise ValidationError("reason: an extension needs its reasons (EIO Art. 12(5)).", field="reason")
        with self.vault.transaction() as db:
            row = dict(db.execute_returning_dicts("SELECT * FROM deadlines WHERE id = ?", [did])[0])
            if row["rule"] != "eio-recognition":
                raise ValidationError("Only the EIO recognition limit can be extended this way.", field="deadline")
            if row["met_at"]:
                raise Conflict("This recognition limit is already met; there is nothing to extend.")
            total = row["extended_days"] + int(days)
            if int(days) < 1:
                raise ValidationError("days: extend by at least 1 day.", field="days")
            lim = eio_recognition_limit(datetime.fromisoformat(row["starts_at"]), extension_days=total)
            db.execute(
                "UPDATE deadlines SET due_at = ?, extended_days = ?, extension_reason = ?, updated_at = ?, rev = rev + 1"
                " WHERE id = ?",
                (to_iso(lim.due_at), total, reason, utcnow_iso(), did),
            )
            self.vault.audit.log(
                "alter", self.record_type, did, summary=f"EIO recognition limit extended by {days} days (reasons kept "
                "with the deadline)"
            )
        return ch.updated(self.record_type, did)

    def record_recognition(self, request: str, *, decided_at: datetime | str | None = None) -> ch.Changes:
        """The recognition decision on a received EIO: meets the recognition limit
        and starts the 90-day execution limit (EIO Art. 12(4)). The Annex B
        acknowledgement is a separate duty and stays open until it is logged."""
        ex = self.vault.exchanges.get(request)
        if ex["request_type"] != "eio-request" or ex["direction"] != "received":
            raise ValidationError(
                f"#{ex['seq']} is not a received EIO; recognition applies to received EIO requests.", field="request"
            )
        when = parse_when(decided_at, "decided_at") if decided_at else utcnow()
        if when < datetime.fromisoformat(ex["occurred_at"]):
            raise ValidationError("decided_at: the decision cannot come before the EIO was received.", field="decided_at")
        with self.vault.transaction() as db:
            if db.execute(
                "SELECT 1 FROM deadlines WHERE exchange_id = ? AND rule = 'eio-execution'", (ex["id"],)
            ).fetchone():
                raise Conflict(f"The recognition of #{ex['seq']} is already recorded.")
            now = utcnow_iso()
            db.execute(
                "UPDATE deadlines SET met_at = ?, met_note = 'recognition decided', updated_at = ?, rev = rev + 1"
                " WHERE exchange_id = ? AND rule = 'eio-recognition' AND met_at = ''",
                (to_iso(when), now, ex["id"]),
            )
            did = self._insert(eio_execution_limit(when), exchange_id=ex["id"], case_id=ex["case_id"])
            self.vault.audit.log(
                "create", self.record_type, did, ref=f"#{ex['seq']}",
                summary=f"EIO #{ex['seq']} recognised; execution due within 90 days",
            )
        return ch.created(self.record_type, did)
