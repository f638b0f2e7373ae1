"""Deadline rules at their boundaries, and the deadline store (states, paging, met)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from conftest import PASSPHRASE

from liaison.cli import main
from liaison.errors import Conflict, NotFound, ValidationError
from liaison.records import deadlines as dl

WARSAW = ZoneInfo("Europe/Warsaw")
NEW_YORK = ZoneInfo("America/New_York")
T0 = datetime(2026, 5, 4, 9, 30, tzinfo=UTC)
SECOND = timedelta(seconds=1)


def at(limit: dl.Limit, now: datetime) -> str:
    return dl.state_of(limit.due_at, None, now)


# ----------------------------------------------------------------- pure rules
@pytest.mark.parametrize(
    "urgent, access, rule, delta",
    [
        (True, "direct", "info-urgent-direct", timedelta(hours=8)),
        (True, "indirect", "info-urgent-indirect", timedelta(days=3)),
        (False, "direct", "info-other", timedelta(days=7)),
        (False, "indirect", "info-other", timedelta(days=7)),
        (False, None, "info-other", timedelta(days=7)),
        (True, None, "info-urgent-direct", timedelta(hours=8)),  # unknown access: the stricter limit
    ],
)
def test_information_request_limits_boundaries(urgent, access, rule, delta):
    lim = dl.information_request_limit(T0, urgent=urgent, access=access)
    assert lim.rule == rule
    assert lim.due_at - lim.starts_at == delta
    assert lim.due_at == T0 + delta
    assert "2023/977" in lim.source
    assert at(lim, lim.due_at - SECOND) == "due"
    assert at(lim, lim.due_at) == "due"  # answering exactly at the limit is in time
    assert at(lim, lim.due_at + SECOND) == "overdue"


def test_calendar_days_are_24_hour_periods_across_dst():
    # Received in Warsaw on Friday 27 March 2026 at 10:00 CET; clocks go forward on Sunday 29 March.
    received = datetime(2026, 3, 27, 10, 0, tzinfo=WARSAW)
    lim = dl.information_request_limit(received, urgent=True, access="indirect")
    assert lim.due_at.astimezone(UTC) - received.astimezone(UTC) == timedelta(hours=72)
    # 72 elapsed hours later the local clock reads 11:00 (CEST), not 10:00.
    assert lim.due_at.tzinfo is WARSAW
    assert (lim.due_at.hour, lim.due_at.day) == (11, 30)
    # Autumn: clocks go back on 25 October 2026; 7 x 24 h from 23 October 10:00 is 30 October 09:00 local.
    lim = dl.information_request_limit(datetime(2026, 10, 23, 10, 0, tzinfo=WARSAW), urgent=False, access=None)
    assert (lim.due_at.day, lim.due_at.hour) == (30, 9)


def test_same_instant_in_any_zone_gives_the_same_deadline():
    warsaw = datetime(2026, 1, 10, 23, 30, tzinfo=WARSAW)
    new_york = warsaw.astimezone(NEW_YORK)
    a = dl.information_request_limit(warsaw, urgent=True, access="direct")
    b = dl.information_request_limit(new_york, urgent=True, access="direct")
    assert a.due_at == b.due_at  # aware datetimes compare as instants
    assert a.due_at.astimezone(UTC) == datetime(2026, 1, 11, 6, 30, tzinfo=UTC)
    # And the 8 hours cross midnight and a date line of the officer's calendar correctly.
    assert b.due_at.tzinfo is NEW_YORK and b.due_at.day == 11


def test_naive_datetimes_are_refused():
    with pytest.raises(ValidationError) as exc:
        dl.information_request_limit(datetime(2026, 1, 1, 12, 0), urgent=False, access=None)
    assert exc.value.field == "received_at"
    with pytest.raises(ValidationError):
        dl.state_of(T0, None, datetime(2026, 1, 1))
    with pytest.raises(ValidationError):
        dl.information_request_limit(T0, urgent=True, access="sideways")


def test_preservation_60_days_with_reminder():
    lim = dl.preservation_limit(T0)
    assert lim.rule == "preservation-end" and "Art. 29" in lim.source
    assert lim.due_at == T0 + timedelta(days=60)
    assert lim.remind_at == lim.due_at - timedelta(days=10)
    assert at(lim, T0 + timedelta(days=60) - SECOND) == "due"
    assert at(lim, T0 + timedelta(days=60)) == "due"
    assert at(lim, T0 + timedelta(days=60) + SECOND) == "overdue"
    assert dl.preservation_limit(T0, reminder_days=3).remind_at == T0 + timedelta(days=57)
    assert dl.preservation_limit(T0, days=90).due_at == T0 + timedelta(days=90)
    with pytest.raises(ValidationError, match="at least 60"):
        dl.preservation_limit(T0, days=59)
    with pytest.raises(ValidationError):
        dl.preservation_limit(T0, reminder_days=60)
    with pytest.raises(ValidationError):
        dl.preservation_limit(T0, reminder_days=-1)


def test_eio_limits():
    ack = dl.eio_acknowledgement_limit(T0)
    assert ack.due_at == T0 + timedelta(days=7)
    assert at(ack, T0 + timedelta(days=7)) == "due" and at(ack, T0 + timedelta(days=7, seconds=1)) == "overdue"
    rec = dl.eio_recognition_limit(T0)
    assert rec.due_at == T0 + timedelta(days=30)
    assert dl.eio_recognition_limit(T0, extension_days=30).due_at == T0 + timedelta(days=60)
    with pytest.raises(ValidationError, match="at most 30"):
        dl.eio_recognition_limit(T0, extension_days=31)
    decided = T0 + timedelta(days=12, hours=3)
    exe = dl.eio_execution_limit(decided)
    assert exe.due_at == decided + timedelta(days=90) and exe.starts_at == decided
    assert at(exe, decided + timedelta(days=90) - SECOND) == "due"
    assert at(exe, decided + timedelta(days=90) + SECOND) == "overdue"


def test_state_met_wins_over_overdue():
    assert dl.state_of(T0, T0 + timedelta(days=99), T0 + timedelta(days=100)) == "met"


def test_limits_for_request_by_type_and_direction():
    def rules(direction, rtype, **kw):
        return [lim.rule for lim in dl.limits_for_request(direction=direction, request_type=rtype, occurred_at=T0, **kw)]

    assert rules("received", "information-request") == ["info-other"]
    assert rules("received", "information-request", urgent=True, access="indirect") == ["info-urgent-indirect"]
    # issue 15: the counterpart's clock on our own request is tracked too (the dashboard shows when they are late)
    assert rules("sent", "information-request") == ["their-info-other"]
    assert rules("sent", "preservation-request") == ["preservation-end"]
    assert rules("received", "preservation-request") == []
    assert rules("received", "eio-request") == ["eio-acknowledgement", "eio-recognition"]
    assert rules("received", "mla-request") == []
    assert rules("received", None) == []


def test_which_responses_meet_which_rules():
    # an acknowledgement also meets the counterpart's acknowledgement of our own EIO (issue 15)
    assert dl.rules_met_by_response("acknowledgement", None) == {"eio-acknowledgement", "their-eio-acknowledgement"}
    assert dl.rules_met_by_response(None, "none") == {"eio-acknowledgement", "their-eio-acknowledgement"}
    assert dl.rules_met_by_response("status-inquiry", "granted") == set()
    full = dl.rules_met_by_response(None, "refused")
    assert {"info-other", "eio-recognition", "manual"} <= full
    assert "preservation-end" not in full  # the counterpart's reply does not end our follow-up duty
    assert dl.rules_met_by_response("mla-request", None, "sent") == {"preservation-end"}
    assert dl.rules_met_by_response("preservation-request", None, "sent") == {"preservation-end"}
    assert dl.rules_met_by_response("mla-request", None, "received") == {"eio-acknowledgement",
                                                                         "their-eio-acknowledgement"}


# ----------------------------------------------------------------- the store
def _received_request(vault, when: datetime, **kw):
    return vault.exchanges.add(direction="received", summary="request", request_type="information-request",
                               occurred_at=when, **kw)


def test_request_creates_deadline_and_states_over_time(vault):
    received = datetime(2026, 2, 2, 8, 0, tzinfo=UTC)
    result = _received_request(vault, received, urgency="urgent", information_access="direct")
    [did] = result.extra["deadlines"]
    assert ("deadline", did) in result.created
    due = received + timedelta(hours=8)
    assert vault.deadlines.get(did, now=due - SECOND)["state"] == "due"
    assert vault.deadlines.get(did, now=due)["state"] == "due"
    assert vault.deadlines.get(did, now=due + SECOND)["state"] == "overdue"
    assert vault.deadlines.list(state="overdue", now=due + SECOND).items[0]["id"] == did
    assert vault.deadlines.list(state="due", now=due + SECOND).items == []
    assert vault.deadlines.list(state="due", now=due).items[0]["id"] == did
    # A response with an outcome meets it.
    vault.exchanges.add(direction="sent", summary="answer", response_to=result.id, outcome="information provided",
                        occurred_at=received + timedelta(hours=9))
    d = vault.deadlines.get(did, now=due + timedelta(days=1))
    assert d["state"] == "met" and d["met_at"] == "2026-02-02T17:00:00+00:00"
    assert vault.deadlines.list(state="overdue", now=due + SECOND).items == []
    assert [x["id"] for x in vault.deadlines.list(state="met").items] == [did]


def test_acknowledgement_meets_only_the_eio_acknowledgement(vault):
    received = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    eio = vault.exchanges.add(direction="received", summary="EIO", request_type="eio-request", occurred_at=received)
    assert len(eio.extra["deadlines"]) == 2
    vault.exchanges.add(direction="sent", summary="ack", request_type="acknowledgement", response_to=eio.id,
                        occurred_at=received + timedelta(days=2))
    states = {d["rule"]: d["state"] for d in vault.deadlines.for_exchange(eio.id, now=received + timedelta(days=3))}
    assert states == {"eio-acknowledgement": "met", "eio-recognition": "due"}
    # Recognition: meets the 30 days and starts the 90 days from the decision.
    decided = received + timedelta(days=20)
    rec = vault.deadlines.record_recognition(f"#{vault.exchanges.get(eio.id)['seq']}", decided_at=decided)
    exe = vault.deadlines.get(rec.id, now=decided)
    assert exe["rule"] == "eio-execution" and exe["due_at"] == (decided + timedelta(days=90)).isoformat()
    assert exe["state"] == "due"
    states = {d["rule"]: d["state"] for d in vault.deadlines.for_exchange(eio.id, now=decided)}
    assert states == {"eio-acknowledgement": "met", "eio-recognition": "met", "eio-execution": "due"}
    with pytest.raises(Conflict):
        vault.deadlines.record_recognition(eio.id, decided_at=decided)
    with pytest.raises(ValidationError, match="before"):
        other = vault.exchanges.add(direction="received", summary="EIO 2", request_type="eio-request",
                                    occurred_at=received)
        vault.deadlines.record_recognition(other.id, decided_at=received - timedelta(days=1))


def test_recognition_extension_is_capped_and_needs_reasons(vault):
    received = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    eio = vault.exchanges.add(direction="received", summary="EIO", request_type="eio-request", occurred_at=received)
    rec = next(d for d in vault.deadlines.for_exchange(eio.id) if d["rule"] == "eio-recognition")
    with pytest.raises(ValidationError, match="reasons"):
        vault.deadlines.extend_recognition(rec["id"], days=10, reason=" ")
    vault.deadlines.extend_recognition(rec["id"], days=20, reason="complex measure")
    assert vault.deadlines.get(rec["id"])["due_at"] == (received + timedelta(days=50)).isoformat()
    with pytest.raises(ValidationError, match="at most 30"):
        vault.deadlines.extend_recognition(rec["id"], days=11, reason="more")
    assert vault.deadlines.get(rec["id"])["due_at"] == (received + timedelta(days=50)).isoformat()
    ack = next(d for d in vault.deadlines.for_exchange(eio.id) if d["rule"] == "eio-acknowledgement")
    with pytest.raises(ValidationError, match="Only the EIO recognition"):
        vault.deadlines.extend_recognition(ack["id"], days=1, reason="x")


def test_preservation_request_reminder_and_manual_met(vault):
    sent = datetime(2026, 4, 1, 7, 0, tzinfo=UTC)
    req = vault.exchanges.add(direction="sent", summary="preserve logs", request_type="preservation-request",
                              occurred_at=sent, reminder_days=5)
    [did] = req.extra["deadlines"]
    d = vault.deadlines.get(did, now=sent + timedelta(days=54))
    assert d["remind_at"] == (sent + timedelta(days=55)).isoformat() and not d["reminder_due"]
    assert vault.deadlines.get(did, now=sent + timedelta(days=55))["reminder_due"]
    assert vault.deadlines.compute_all(sent + timedelta(days=56)) == {"due": 1, "overdue": 0, "met": 0, "reminders": 1}
    # The counterpart's confirmation does not end our follow-up duty.
    vault.exchanges.add(direction="received", summary="preserved", response_to=req.id, outcome="granted",
                        occurred_at=sent + timedelta(days=1))
    assert vault.deadlines.get(did)["met_at"] == ""
    vault.deadlines.mark_met(did, note="MLA request sent")
    assert vault.deadlines.get(did)["state"] == "met"
    with pytest.raises(Conflict):
        vault.deadlines.mark_met(did)
    assert vault.deadlines.compute_all(sent + timedelta(days=99)) == {"due": 0, "overdue": 0, "met": 1, "reminders": 0}
    # The follow-up logged against the preservation request meets its end of preservation.
    req2 = vault.exchanges.add(direction="sent", summary="preserve more", request_type="preservation-request",
                               occurred_at=sent)
    renewal = vault.exchanges.add(direction="sent", summary="renewal", request_type="preservation-request",
                                  response_to=req2.id, occurred_at=sent + timedelta(days=50))
    assert vault.deadlines.get(req2.extra["deadlines"][0])["met_by_exchange_id"] == renewal.id
    [new_end] = renewal.extra["deadlines"]  # the renewal starts its own 60 days
    assert vault.deadlines.get(new_end)["due_at"] == (sent + timedelta(days=110)).isoformat()
    actions = [(e["action"], e["summary"]) for e in vault.audit.list(record_type="deadline")]
    assert ("alter", "deadline (preservation-end) marked met by hand") in actions


def test_manual_deadline_validation_and_paging(vault):
    base = datetime(2026, 6, 1, tzinfo=UTC)
    with pytest.raises(ValidationError) as exc:
        vault.deadlines.add(title=" ", due_at=base)
    assert exc.value.field == "title"
    with pytest.raises(ValidationError) as exc:
        vault.deadlines.add(title="x", due_at="not a date")
    assert exc.value.field == "due_at"
    with pytest.raises(ValidationError):
        vault.deadlines.add(title="x", due_at=base, remind_at=base + timedelta(days=1))
    with pytest.raises(ValidationError):
        vault.deadlines.add(title="x", due_at=datetime(2026, 6, 1))  # naive
    assert vault.db.execute("SELECT count(*) FROM deadlines").fetchone()[0] == 0
    ids = [vault.deadlines.add(title=f"d{i}", due_at=base + timedelta(days=i)).id for i in range(7)]
    seen, after = [], None
    while True:
        page = vault.deadlines.list(after=after, limit=3)
        seen += [d["id"] for d in page.items]
        after = page.next_cursor
        if not after:
            break
    assert seen == ids
    before = vault.deadlines.list(due_before=base + timedelta(days=2)).items
    assert [d["title"] for d in before] == ["d0", "d1"]
    with pytest.raises(ValidationError):
        vault.deadlines.list(state="late")
    with pytest.raises(NotFound):
        vault.deadlines.get("01ARZ3NDEKTSV4RRFFQ69G5FAV")
    # A unique tail of the id also names it (lists show the whole id).
    assert vault.deadlines.resolve(ids[0][-8:]) == ids[0]


def test_naive_text_is_read_in_the_given_zone():
    dt = dl.parse_when("2026-07-01 09:00", "x", "Europe/Warsaw")
    assert dt.astimezone(UTC) == datetime(2026, 7, 1, 7, 0, tzinfo=UTC)
    assert dl.parse_when("2026-07-01T09:00Z", "x").astimezone(UTC) == datetime(2026, 7, 1, 9, 0, tzinfo=UTC)
    assert dl.parse_when("2026-07-01T09:00+02:00", "x", "America/New_York").astimezone(UTC).hour == 7


def test_cli_deadlines(vault_path, monkeypatch, capsys):
    monkeypatch.setenv("LIAISON_PASSPHRASE", PASSPHRASE)
    assert main(["--vault", str(vault_path), "init", "--no-keychain"]) == 0
    capsys.readouterr()
    assert main(["--vault", str(vault_path), "log", "add", "--direction", "received", "--summary", "urgent req",
                 "--request-type", "information-request", "--urgency", "urgent", "--information-access", "direct",
                 "--at", "2026-01-05T10:00:00+00:00", "--json"]) == 0
    added = json.loads(capsys.readouterr().out)
    assert added["deadlines"][0]["due_at"] == "2026-01-05T18:00:00+00:00"
    assert main(["--vault", str(vault_path), "deadlines", "--state", "overdue", "--json"]) == 0
    page = json.loads(capsys.readouterr().out)
    assert [d["rule"] for d in page["items"]] == ["info-urgent-direct"]
    did = page["items"][0]["id"]
    assert main(["--vault", str(vault_path), "deadlines", "add", "--title", "Court date",
                 "--due-at", "2027-01-01T09:00:00+00:00", "--json"]) == 0
    manual = json.loads(capsys.readouterr().out)["id"]
    assert main(["--vault", str(vault_path), "deadlines", "met", did]) == 0
    capsys.readouterr()
    assert main(["--vault", str(vault_path), "deadlines", "--state", "open", "--limit", "1", "--json"]) == 0
    page = json.loads(capsys.readouterr().out)
    assert [d["id"] for d in page["items"]] == [manual] and page["next_cursor"] is None
    assert main(["--vault", str(vault_path), "deadlines", "--state", "met"]) == 0
    out = capsys.readouterr().out
    assert "met" in out and "8 hours" in out
    assert main(["--vault", str(vault_path), "deadlines", "met", did]) == Conflict.exit_code
    assert "already met" in capsys.readouterr().err


def test_cli_eio_recognition_and_extension(vault_path, monkeypatch, capsys):
    monkeypatch.setenv("LIAISON_PASSPHRASE", PASSPHRASE)
    v = ["--vault", str(vault_path)]
    assert main([*v, "init", "--no-keychain"]) == 0
    assert main([*v, "log", "add", "--direction", "received", "--summary", "EIO from FR", "--request-type",
                 "eio-request", "--at", "2026-02-01 09:00", "--time-zone", "Europe/Paris", "--json"]) == 0
    capsys.readouterr()
    assert main([*v, "log", "show", "#1", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["occurred_at"] == "2026-02-01T08:00:00+00:00"  # 09:00 in Paris
    rules = {d["rule"]: d for d in shown["deadlines"]}
    assert rules["eio-acknowledgement"]["due_at"] == "2026-02-08T08:00:00+00:00"
    rec = rules["eio-recognition"]
    assert rec["due_at"] == "2026-03-03T08:00:00+00:00"  # 30 x 24 h
    assert main([*v, "deadlines", "extend", rec["id"], "--days", "31", "--reason", "x"]) == 2
    assert "at most 30" in capsys.readouterr().err
    assert main([*v, "deadlines", "extend", rec["id"], "--days", "15", "--reason", "expert opinion needed",
                 "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["due_at"] == "2026-03-18T08:00:00+00:00"
    assert main([*v, "deadlines", "recognise", "#1", "--decided-at", "2026-02-20T10:00:00+00:00", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["due_at"] == "2026-05-21T10:00:00+00:00"  # 90 x 24 h
    assert main([*v, "deadlines", "--state", "met", "--json"]) == 0
    assert {d["rule"] for d in json.loads(capsys.readouterr().out)["items"]} == {"eio-recognition"}
    # The Annex B acknowledgement is a separate duty: still open, and by now overdue.
    assert main([*v, "deadlines", "--state", "overdue", "--json"]) == 0
    assert "eio-acknowledgement" in {d["rule"] for d in json.loads(capsys.readouterr().out)["items"]}
