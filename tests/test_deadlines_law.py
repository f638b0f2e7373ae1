"""Issue 15 deadlines: EIO Art. 32(2), preservation from its confirmation (Art. 29(7)), 2023/977 Art. 5(2)
deviations, and the counterpart's limits on our own requests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from liaison.errors import ValidationError

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _rules(vault, ex_id):
    return {d["rule"]: d for d in vault.deadlines.for_exchange(ex_id, now=T0 + timedelta(days=40))}


def test_eio_provisional_measures_24_hours(vault):
    eio = vault.exchanges.add(direction="received", summary="EIO with freezing", request_type="eio-request",
                              occurred_at=T0)
    vault.deadlines.provisional_measures(eio.id)
    d = _rules(vault, eio.id)["eio-provisional"]
    assert datetime.fromisoformat(d["due_at"]) == T0 + timedelta(hours=24)
    assert d["source"] == "Directive 2014/41/EU Art. 32(2)"
    sent = vault.exchanges.add(direction="sent", summary="x", request_type="mla-request", occurred_at=T0)
    with pytest.raises(ValidationError):
        vault.deadlines.provisional_measures(sent.id)


def test_preservation_counted_from_confirmation(vault):
    req = vault.exchanges.add(direction="sent", summary="Preserve", request_type="preservation-request",
                              occurred_at=T0)
    before = _rules(vault, req.id)["preservation-end"]
    assert datetime.fromisoformat(before["due_at"]) == T0 + timedelta(days=60)
    confirmed = T0 + timedelta(days=3)
    vault.exchanges.add(direction="received", summary="Preserved", occurred_at=confirmed, response_to=req.id,
                        outcome="granted")
    after = _rules(vault, req.id)["preservation-end"]
    assert datetime.fromisoformat(after["due_at"]) == confirmed + timedelta(days=60)
    assert not after["met_at"] and "Art. 29(7)" in after["note"]


def test_information_request_deviation_with_reason(vault):
    req = vault.exchanges.add(direction="received", summary="Info", request_type="information-request",
                              occurred_at=T0)
    d = _rules(vault, req.id)["info-other"]
    with pytest.raises(ValidationError, match="reason"):
        vault.deadlines.deviate(d["id"], until=T0 + timedelta(days=20), reason="")
    vault.deadlines.deviate(d["id"], until=T0 + timedelta(days=20), reason="Judicial authorisation needed")
    d = _rules(vault, req.id)["info-other"]
    assert datetime.fromisoformat(d["due_at"]) == T0 + timedelta(days=20)
    assert d["extension_reason"] == "Judicial authorisation needed"
    assert any("Art. 5(2)" in e["summary"] for e in vault.audit.list(record_type="deadline"))


def test_our_requests_track_the_counterparts_limits(vault):
    info = vault.exchanges.add(direction="sent", summary="Our request", request_type="information-request",
                               occurred_at=T0)
    d = _rules(vault, info.id)["their-info-other"]
    assert d["owner"] == "counterpart" and d["state"] == "overdue"  # 7 days later, unanswered: they are late
    assert "24 hours" in d["counting"]
    vault.exchanges.add(direction="received", summary="Answer", occurred_at=T0 + timedelta(days=5),
                        response_to=info.id, outcome="information provided")
    assert _rules(vault, info.id)["their-info-other"]["state"] == "met"
    eio = vault.exchanges.add(direction="sent", summary="Our EIO", request_type="eio-request", occurred_at=T0)
    assert {"their-eio-acknowledgement", "their-eio-recognition"} <= set(_rules(vault, eio.id))
    own = vault.exchanges.add(direction="sent", summary="With our own date", request_type="information-request",
                              occurred_at=T0, response_due=T0 + timedelta(days=3))
    assert not [r for r in _rules(vault, own.id) if r.startswith("their-")]
