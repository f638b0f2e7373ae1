"""The dashboard: what needs me today, with figures that match the core."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from conftest import CHEAP_KDF, PASSPHRASE
from PySide6.QtCore import Qt
from shell_helpers import WAIT_MS, make_session, open_window, unlock

from liaison import demo, keyslots
from liaison.records.cases import STATUSES
from liaison.vault import Vault, copy_vault_files
from ui import dialogs
from ui.audit_page import AuditPage
from ui.charts import BarChart, BarRow
from ui.dashboard_page import DashboardPage2, awaiting_requests, compute, span_words
from ui.sections import SECTIONS, SectionPage


@pytest.fixture(scope="module")
def demo_files(tmp_path_factory):
    """One demo vault per module, copied for each test (populating costs a second)."""
    folder = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(keyslots, "kdf_params", lambda: dict(CHEAP_KDF))
        v, _ = Vault.create(folder / "vault.liaison", PASSPHRASE)
        demo.populate(v)
        v.close()
    return folder


def _copy_demo(demo_files, session) -> None:
    session.vault_path.parent.mkdir(parents=True, exist_ok=True)
    copy_vault_files(demo_files / "vault.liaison", session.vault_path)


class Opened(SectionPage):
    """Stands in for a section page that can open a record."""

    key, title = "cases", "Cases"
    opened: list[tuple[str, str]] = []

    def open_record(self, record_type: str, record_id: str) -> None:
        Opened.opened.append((record_type, record_id))


@pytest.fixture
def window(qtbot, tmp_path, demo_files, monkeypatch):
    dialogs.reset()
    monkeypatch.setitem(SECTIONS, "dashboard", DashboardPage2)
    monkeypatch.setitem(SECTIONS, "cases", Opened)
    monkeypatch.setitem(SECTIONS, "audit", AuditPage)
    Opened.opened = []
    session = make_session(tmp_path)
    _copy_demo(demo_files, session)
    win = open_window(qtbot, session)
    unlock(qtbot, win)
    page = win.pages["dashboard"]
    qtbot.waitUntil(lambda: page.data is not None, timeout=WAIT_MS)
    return win


def test_figures_match_the_core(window):
    page: DashboardPage2 = window.pages["dashboard"]
    vault = window.session.vault
    d = page.data
    now = d.now
    # Overdue: the core's count and its oldest-first page, each row in red with the word.
    counts = vault.deadlines.compute_all(now=now)
    assert counts["overdue"] > 0  # the demo has overdue deadlines
    assert d.overdue_count == counts["overdue"]
    core_overdue = vault.deadlines.list(state="overdue", now=now, limit=20).items
    assert [r["id"] for r in d.overdue] == [r["id"] for r in core_overdue]
    assert page.overdue.topLevelItemCount() == len(core_overdue)
    first = page.overdue.topLevelItem(0)
    assert first.text(0).startswith("Overdue by ")
    assert first.text(3) == core_overdue[0]["title"]
    case_ref = vault.cases.get(core_overdue[0]["case_id"])["reference"]
    assert first.text(2) == case_ref
    assert page.nav_count() == counts["overdue"]
    nav_texts = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert f"Dashboard   {counts['overdue']:,}" in nav_texts

    # Due soon: every open deadline due within 7 days, in amber with "Due in".
    from datetime import timedelta
    soon = vault.deadlines.list(state="due", due_before=now + timedelta(days=7), now=now, limit=1000).items
    assert d.due_soon_count == len(soon)
    if soon:
        assert page.due_soon.topLevelItem(0).text(0).startswith("Due in ")
    assert f"{len(soon)} due within 7 days" in page.summary.text()

    # Awaiting: sent requests without any answering entry, longest wait first.
    expected = []
    after = None
    while True:
        p = vault.exchanges.list(requests_only=True, direction="sent", sort="occurred_at", descending=False,
                                 after=after, limit=200)
        for e in p.items:
            if not vault.exchanges.get(e["id"])["responses"]:
                expected.append(e["id"])
        if not p.next_cursor:
            break
        after = p.next_cursor
    assert expected, "the demo has requests awaiting an answer"
    assert [r["id"] for r in d.awaiting] == expected[:20]
    waits = [r["days_waiting"] for r in d.awaiting]
    assert waits == sorted(waits, reverse=True)
    assert page.awaiting.topLevelItem(0).text(0) == f"{waits[0]} days waiting"

    # Cases per status: the same as paging through the store with each status.
    for status in STATUSES:
        n, after = 0, None
        while True:
            p = vault.cases.list(status=status, after=after, limit=1000)
            n += len(p.items)
            if not p.next_cursor:
                break
            after = p.next_cursor
        assert d.status_counts[status] == n
        assert page.status_labels[status].text() == f"{n:,}"

    # Chart: the statistics' response times of requests sent, per country.
    report = vault.stats.report()
    rows = [r for r in report["response_times"]["by_country"] if r["direction"] == "sent" and r["answered"]]
    assert rows
    assert [(b.label, b.median, b.p90) for b in page.chart.rows] == [
        (r["label"], r["median_days"], r["p90_days"]) for r in rows[:12]]
    alt = page.chart.text_alternative()
    assert f"{rows[0]['label']}: median {rows[0]['median_days']:.1f} days" in alt
    assert page.chart.accessibleDescription() == alt

    # Recent activity: the newest audit entries, newest first, in words.
    head = vault.audit.head()["seq"]
    assert page.recent.topLevelItemCount() == min(10, head)
    newest = vault.audit.list(after_seq=head - 1, limit=1)[0]
    assert page.recent.topLevelItem(0).text(2).startswith({"create": "created", "alter": "changed",
                                                            "consult": "consulted", "export": "exported"}
                                                           .get(newest["action"], ""))


def test_clicking_an_overdue_deadline_opens_its_case(window, qtbot):
    page: DashboardPage2 = window.pages["dashboard"]
    window.show_section("audit")
    target = page.overdue.target(0)
    assert target is not None and target[0] == "case"
    with qtbot.waitSignal(page.open_requested, timeout=WAIT_MS) as sig:
        item = page.overdue.topLevelItem(0)
        rect = page.overdue.visualItemRect(item)
        qtbot.mouseClick(page.overdue.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert sig.args == list(target)
    assert window.current_section() == "cases"
    assert Opened.opened[-1] == target


def test_awaiting_requests_disappear_once_answered(window):
    vault = window.session.vault
    now = datetime.now(UTC)
    rows, _ = awaiting_requests(vault, now)
    oldest = rows[0]
    request = vault.exchanges.get(oldest["id"])
    vault.exchanges.add(case=request["case_id"], direction="received", channel=request["channel"],
                        occurred_at=now.isoformat(), response_to=oldest["id"], outcome="information provided",
                        summary="Answer received", counterpart_country=request["counterpart_country"] or None)
    after, _ = awaiting_requests(vault, now)
    assert oldest["id"] not in [r["id"] for r in after]


def test_compute_refuses_nothing_on_an_empty_vault(vault):
    d = compute(vault)
    assert d.overdue == d.due_soon == d.awaiting == []
    assert d.status_counts == dict.fromkeys(STATUSES, 0)
    assert d.response_times == []


def test_lock_clears_the_page_and_cancels(window, qtbot):
    page: DashboardPage2 = window.pages["dashboard"]
    page.refresh()
    assert page.task is not None and page.loading
    # The busy line waits half a second before showing (a quick read shows no flash of busy).
    assert page.busy.pending and not page.busy.isVisible()
    task = page.task
    page.clear()
    assert not page.busy.pending and not page.busy.isVisible()
    assert task.cancelled and page.data is None
    assert page.overdue.topLevelItemCount() == 0 and page.chart.rows == []


def test_span_words_and_chart_text():
    assert span_words(5 * 3600 + 20) == "5 h"
    assert span_words(2 * 86400 + 4 * 3600) == "2 d 4 h"
    assert span_words(59) == "1 min"
    chart = BarChart()
    chart.set_rows([BarRow("Ελλάδα", 3.5, 10.0, 4, 1)])
    assert chart.text_alternative() == "Ελλάδα: median 3.5 days, 90th percentile 10.0 days (4 answered, 1 pending)"
    chart.clear()
    assert "No answered requests" in chart.text_alternative()


def test_screenshots_of_this_area(window, tmp_path):
    from ui.shots_dashboard import shoot

    shots = shoot(window, window.session, tmp_path / "shots")
    assert [p.name for p in shots] == [
        "dashboard-1-today.png", "dashboard-2-overview.png", "palette-1-latin.png", "palette-2-han.png",
        "palette-3-arabic.png", "palette-4-actions.png", "audit-1-verified.png", "settings-1-profile.png", "settings-2-security.png"]
    assert all(p.stat().st_size > 5000 for p in shots)
    assert window.session.is_open and not window.palette_widget.isVisible()


def test_an_answer_to_an_earlier_version_counts_after_a_correction(window):
    vault = window.session.vault
    now = datetime.now(UTC)
    rows, _ = awaiting_requests(vault, now)
    oldest = rows[0]
    request = vault.exchanges.get(oldest["id"])
    vault.exchanges.add(case=request["case_id"], direction="received", channel=request["channel"],
                        occurred_at=now.isoformat(), response_to=oldest["id"], outcome="information provided",
                        summary="Answer to the first version")
    vault.exchanges.correct(oldest["id"], reason="typo in the summary", summary="Corrected summary")
    after, _ = awaiting_requests(vault, now)
    ids = [r["id"] for r in after]
    assert oldest["id"] not in ids
    current = vault.exchanges.current_version(oldest["id"])
    assert current != oldest["id"] and current not in ids
