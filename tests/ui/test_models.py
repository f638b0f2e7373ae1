"""PagedTableModel and RecordListView against a fake keyset store of 10,000 rows.

The fake sorts and filters a plain Python list and pages it with the core's
cursor encoding, so the model is tested against the paging contract, not a store.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtWidgets import QApplication

from liaison.errors import NotFound, ValidationError
from liaison.paging import Page, decode_cursor, encode_cursor
from ui.listview import ComboFilter, EmptyState, RecordListView
from ui.models import DATE, NUMBER, REFERENCE, Column, PagedTableModel, RecordIdRole, RecordRole

COUNTRIES = ["DE", "PL", "FR", "GR", "TR"]
SORTABLE = ("reference", "title", "amount", "opened", "country")


class FakeStore:
    """A list of dicts behind a keyset ``fetch``: what a store's ``list`` promises."""

    def __init__(self, n: int, names: list[str] | None = None) -> None:
        names = names or ["Alpha", "Bravo", "Charlie", "Delta"]
        self.rows: dict[str, dict[str, Any]] = {}
        for i in range(n):
            row_id = f"01J{i:023d}"
            self.rows[row_id] = {
                "id": row_id,
                "reference": f"2026/{i:05d}",
                "title": f"{names[i % len(names)]} case {i}",
                "amount": (i * 7919) % 10007,  # a permutation: every amount is different
                "opened": f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}",
                "country": COUNTRIES[i % len(COUNTRIES)],
                "note": None,
            }
        self.calls: list[dict[str, Any]] = []
        self.gets: list[str] = []

    def fetch(self, after: str | None, limit: int, sort: str, descending: bool, filters: dict) -> Page:
        self.calls.append({"after": after, "limit": limit, "sort": sort, "descending": descending, "filters": filters})
        if sort not in SORTABLE:
            raise ValidationError(f"Cannot sort by '{sort}'.", field="sort")
        rows = list(self.rows.values())
        if text := filters.get("text"):
            rows = [r for r in rows if text.casefold() in r["title"].casefold()]
        if country := filters.get("country"):
            rows = [r for r in rows if r["country"] == country]
        rows.sort(key=lambda r: (r[sort], r["id"]), reverse=descending)
        if after:
            value, last_id = decode_cursor(after)
            if descending:
                rows = [r for r in rows if (r[sort], r["id"]) < (value, last_id)]
            else:
                rows = [r for r in rows if (r[sort], r["id"]) > (value, last_id)]
        page = rows[:limit]
        more = len(rows) > limit
        return Page([dict(r) for r in page], encode_cursor(page[-1][sort], page[-1]["id"]) if more else None)

    def get(self, record_id: str) -> dict[str, Any]:
        self.gets.append(record_id)
        if record_id not in self.rows:
            raise NotFound(f"No record {record_id}.")
        return dict(self.rows[record_id])

    def sorted_ids(self, sort: str, descending: bool = False) -> list[str]:
        rows = sorted(self.rows.values(), key=lambda r: (r[sort], r["id"]), reverse=descending)
        return [r["id"] for r in rows]


def columns() -> list[Column]:
    return [
        Column("reference", "Reference", width=110, kind=REFERENCE),
        Column("title", "Title", width=220),
        Column("amount", "Amount", kind=NUMBER),
        Column("opened", "Opened", kind=DATE),
        Column("country", "Country"),
        Column("note", "Note", sortable=False, visible=False),
    ]


@pytest.fixture
def store() -> FakeStore:
    return FakeStore(10_000)


@pytest.fixture
def model(qtbot, store) -> PagedTableModel:
    return PagedTableModel(store.fetch, columns(), get=store.get, sort="reference")


def loaded_ids(model: PagedTableModel) -> list[str]:
    return [model.index(r, 0).data(RecordIdRole) for r in range(model.rowCount())]


# -- the model ------------------------------------------------------------------------------------


def test_model_passes_qtmodeltester_with_rows(qtmodeltester, model):
    qtmodeltester.check(model)
    qtmodeltester.check(model, force_py=True)


def test_model_passes_qtmodeltester_without_rows(qtmodeltester):
    empty = FakeStore(0)
    model = PagedTableModel(empty.fetch, columns(), get=empty.get)
    assert model.rowCount() == 0
    assert not model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)
    qtmodeltester.check(model, force_py=True)


def test_only_the_first_page_is_loaded(model, store):
    assert model.rowCount() == 50
    assert len(store.calls) == 1
    assert store.calls[0] == {"after": None, "limit": 50, "sort": "reference", "descending": False, "filters": {}}
    assert model.canFetchMore(QModelIndex())
    assert loaded_ids(model) == store.sorted_ids("reference")[:50]


def test_fetch_more_appends_the_next_page_in_order(qtbot, model, store):
    with qtbot.waitSignal(model.rowsInserted):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 100
    assert len(store.calls) == 2
    assert store.calls[1]["after"] is not None  # a keyset cursor, not an offset
    assert loaded_ids(model) == store.sorted_ids("reference")[:100]


def test_fetching_to_the_end_loads_every_row_once(store):
    model = PagedTableModel(store.fetch, columns(), sort="amount", descending=True, page_size=1000)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 10_000
    assert len(store.calls) == 10
    assert loaded_ids(model) == store.sorted_ids("amount", descending=True)
    model.fetchMore(QModelIndex())  # past the end: nothing is asked
    assert len(store.calls) == 10


def test_scrolling_the_view_loads_more(qtbot, model, store):
    from PySide6.QtWidgets import QTableView

    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(400, 300)
    with qtbot.waitExposed(view):
        view.show()
    with qtbot.waitSignal(model.rowsInserted, timeout=3000):
        view.scrollToBottom()
    assert model.rowCount() > 50
    assert all(c["limit"] == 50 for c in store.calls)


def test_sort_asks_the_core_again(qtbot, model, store):
    amount = model.column_index("amount")
    with qtbot.waitSignal(model.modelReset):
        model.sort(amount, Qt.SortOrder.DescendingOrder)
    assert store.calls[-1] == {"after": None, "limit": 50, "sort": "amount", "descending": True, "filters": {}}
    assert model.rowCount() == 50
    assert loaded_ids(model) == store.sorted_ids("amount", descending=True)[:50]
    assert model.index(0, amount).data() == "10006"
    calls = len(store.calls)
    model.sort(amount, Qt.SortOrder.DescendingOrder)  # same sort: no query
    model.sort(model.column_index("note"), Qt.SortOrder.AscendingOrder)  # not sortable: ignored
    assert len(store.calls) == calls
    assert model.sort_key == "amount"


def test_filters_re_query(qtbot, model, store):
    with qtbot.waitSignal(model.modelReset):
        model.set_filters({"text": "bravo", "country": "PL"})
    assert store.calls[-1]["filters"] == {"text": "bravo", "country": "PL"}
    assert store.calls[-1]["after"] is None
    assert model.rowCount() == 50
    for row in range(model.rowCount()):
        record = model.index(row, 0).data(RecordRole)
        assert "Bravo" in record["title"] and record["country"] == "PL"
    calls = len(store.calls)
    model.set_filters({"country": "PL", "text": "bravo"})  # unchanged: no query
    assert len(store.calls) == calls
    model.set_filters({"text": "no such thing"})
    assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex())


def test_refresh_ids_updates_one_row(qtbot, model, store):
    target = loaded_ids(model)[3]
    store.rows[target]["title"] = "Łódź smuggling ring"
    not_loaded = store.sorted_ids("reference")[-1]
    title = model.column_index("title")
    with qtbot.waitSignal(model.dataChanged) as blocker:
        model.refresh_ids([target, not_loaded])
    top_left, bottom_right = blocker.args[0], blocker.args[1]
    assert (top_left.row(), bottom_right.row()) == (3, 3)
    assert (top_left.column(), bottom_right.column()) == (0, model.columnCount() - 1)
    assert model.index(3, title).data() == "Łódź smuggling ring"
    assert store.gets == [target]  # rows that are not loaded are not read
    assert model.rowCount() == 50


def test_refresh_ids_removes_a_row_that_is_gone(qtbot, model, store):
    gone = loaded_ids(model)[10]
    del store.rows[gone]
    with qtbot.waitSignal(model.rowsRemoved):
        model.refresh_ids([gone])
    assert model.rowCount() == 49
    assert gone not in loaded_ids(model)
    assert model.row_for_id(loaded_ids(model)[10]) == 10


def test_reset_fetches_the_first_page_again(qtbot, model, store):
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 100
    with qtbot.waitSignal(model.loaded):
        model.reset()
    assert model.rowCount() == 50
    assert store.calls[-1]["after"] is None


def test_data_roles(model, store):
    first = store.rows[loaded_ids(model)[0]]
    amount, opened, title, note = (model.column_index(k) for k in ("amount", "opened", "title", "note"))
    assert model.index(0, amount).data() == str(first["amount"])
    assert model.index(0, title).data(RecordIdRole) == first["id"]
    assert model.index(0, title).data(Qt.ItemDataRole.ToolTipRole) == first["title"]
    assert model.index(0, note).data() == ""
    assert model.index(0, note).data(Qt.ItemDataRole.ToolTipRole) is None
    assert model.index(0, note).data(Qt.ItemDataRole.AccessibleTextRole) == "Note: empty"
    assert model.index(0, title).data(Qt.ItemDataRole.AccessibleTextRole) == f"Title: {first['title']}"
    right = int(Qt.AlignmentFlag.AlignRight.value)
    assert model.index(0, amount).data(Qt.ItemDataRole.TextAlignmentRole) & right
    assert model.index(0, opened).data(Qt.ItemDataRole.TextAlignmentRole) & right
    assert not model.index(0, title).data(Qt.ItemDataRole.TextAlignmentRole) & right
    assert model.index(0, amount).data(Qt.ItemDataRole.FontRole) is not None  # tabular figures
    assert model.index(0, title).data(Qt.ItemDataRole.FontRole) is None
    assert model.headerData(amount, Qt.Orientation.Horizontal) == "Amount"
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable


def test_custom_format_and_multiscript_text(qtbot, multiscript):
    names = [n["text"] for n in multiscript["names"]]
    store = FakeStore(20, names=names)
    cols = [Column("title", "Title"), Column("amount", "Amount", kind=NUMBER, format=lambda v: f"€ {v:,}")]
    model = PagedTableModel(store.fetch, cols, sort="title")
    shown = {model.index(r, 0).data() for r in range(model.rowCount())}
    assert any(names[0] in s for s in shown)
    assert model.index(0, 1).data().startswith("€ ")


def test_a_failing_fetch_is_reported_not_raised(qtbot):
    def broken(after, limit, sort, descending, filters):
        raise ValidationError("The vault is locked; unlock it to see the list.")

    model = PagedTableModel(broken, columns(), sort="title")
    assert model.rowCount() == 0
    assert model.last_error == "The vault is locked; unlock it to see the list."
    assert not model.canFetchMore(QModelIndex())
    with qtbot.waitSignal(model.fetch_failed) as blocker:
        model.reset()
    assert "locked" in blocker.args[0]


def test_a_bad_sort_key_is_reported(qtbot, store):
    model = PagedTableModel(store.fetch, [Column("title", "Title", sort_key="nope")])
    assert model.rowCount() == 0
    assert "Cannot sort" in model.last_error


# -- the list view -------------------------------------------------------------------------------


@pytest.fixture
def settings(tmp_path) -> QSettings:
    s = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    yield s
    s.sync()


def make_view(qtbot, store, settings, **kw) -> RecordListView:
    model = PagedTableModel(store.fetch, columns(), get=store.get, sort="reference")
    view = RecordListView(model, settings=settings, settings_key="lists/cases", filter_delay_ms=10, **kw)
    qtbot.addWidget(view)
    view.resize(800, 400)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    return view


def test_column_chooser_hides_columns_and_persists(qtbot, store, settings, tmp_path):
    view = make_view(qtbot, store, settings)
    menu = view.column_menu()
    entries = {a.text(): a for a in menu.actions() if a.isCheckable()}
    assert list(entries) == ["Reference", "Title", "Amount", "Opened", "Country", "Note"]
    assert not entries["Note"].isChecked() and entries["Amount"].isChecked()
    entries["Amount"].setChecked(False)
    entries["Note"].setChecked(True)
    assert view.visible_column_keys() == ["reference", "title", "opened", "country", "note"]
    header = view.table.horizontalHeader()
    header.resizeSection(view.model.column_index("title"), 333)
    calls = len(store.calls)
    header.setSortIndicator(view.model.column_index("opened"), Qt.SortOrder.DescendingOrder)
    assert store.calls[-1]["sort"] == "opened" and store.calls[-1]["descending"] is True
    assert len(store.calls) == calls + 1
    header.moveSection(header.visualIndex(view.model.column_index("country")), 0)
    settings.sync()

    # A new window on this machine gets the same list back.
    again = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    store2 = FakeStore(200)
    view2 = make_view(qtbot, store2, again)
    assert view2.visible_column_keys() == ["country", "reference", "title", "opened", "note"]
    assert view2.table.horizontalHeader().sectionSize(view2.model.column_index("title")) == 333
    assert view2.model.sort_key == "opened" and view2.model.descending
    assert store2.calls[-1]["sort"] == "opened" and store2.calls[-1]["descending"] is True
    header2 = view2.table.horizontalHeader()
    assert header2.sortIndicatorSection() == view2.model.column_index("opened")
    assert header2.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def test_right_click_on_the_header_opens_the_column_menu(qtbot, store, settings):
    from PySide6.QtWidgets import QMenu

    view = make_view(qtbot, store, settings)
    header = view.table.horizontalHeader()
    header.customContextMenuRequested.emit(header.rect().center())
    menus = [m for m in view.findChildren(QMenu) if m.isVisible()]
    assert len(menus) == 1
    assert [a.text() for a in menus[0].actions() if a.isCheckable()][:2] == ["Reference", "Title"]
    with qtbot.waitSignal(menus[0].destroyed):  # closed menus do not pile up
        menus[0].close()


def test_the_last_visible_column_cannot_be_hidden(qtbot, store, settings):
    view = make_view(qtbot, store, settings)
    for key in ["reference", "title", "amount", "opened"]:
        view.set_column_visible(key, False)
    assert view.visible_column_keys() == ["country"]
    view.set_column_visible("country", False)
    assert view.visible_column_keys() == ["country"]
    country = next(a for a in view.column_menu().actions() if a.text() == "Country")
    assert country.isChecked() and not country.isEnabled()
    view.reset_columns()
    assert view.visible_column_keys() == ["reference", "title", "amount", "opened", "country"]


def test_unreadable_settings_are_ignored(qtbot, store, settings):
    settings.setValue("lists/cases/list_state", "{not json")
    view = make_view(qtbot, store, settings)
    assert view.visible_column_keys() == ["reference", "title", "amount", "opened", "country"]
    assert view.model.sort_key == "reference"


def test_enter_opens_the_current_record(qtbot, store, settings):
    view = make_view(qtbot, store, settings)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    expected = view.model.record_id(view.table.currentIndex().row())
    assert expected == view.current_id()
    with qtbot.waitSignal(view.open_record) as blocker:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert blocker.args == [expected]


def test_filter_bar_re_queries(qtbot, store, settings):
    choices = [("All countries", None)] + [(c, c) for c in COUNTRIES]
    view = make_view(qtbot, store, settings, combos=[ComboFilter("country", "Country", choices)])
    with qtbot.waitSignal(view.filters_changed, timeout=2000) as blocker:
        qtbot.keyClicks(view.filter_edit, "delta")
    assert blocker.args == [{"text": "delta"}]
    assert store.calls[-1]["filters"] == {"text": "delta"}
    with qtbot.waitSignal(view.filters_changed):
        view.combo("country").setCurrentIndex(COUNTRIES.index("GR") + 1)
    assert store.calls[-1]["filters"] == {"text": "delta", "country": "GR"}
    rows = [view.model.record(r) for r in range(view.model.rowCount())]
    assert rows and all(r["country"] == "GR" and "Delta" in r["title"] for r in rows)
    with qtbot.waitSignal(view.filters_changed):
        view.clear_filters()
    assert store.calls[-1]["filters"] == {}


def test_empty_state_says_what_the_list_holds_and_offers_the_first_action(qtbot, settings):
    added = []
    empty = EmptyState(
        "No contacts yet.", "Add your first counterpart, or import a vCard.", [("Add contact", lambda: added.append(1))]
    )
    view = make_view(qtbot, FakeStore(0), settings, empty=empty)
    assert view.is_empty_state_shown()
    assert not view.filter_edit.isVisible()  # nothing to filter yet
    assert view.empty_title.text() == "No contacts yet."
    assert "import a vCard" in view.empty_text.text()
    qtbot.mouseClick(view.empty_buttons[0], Qt.MouseButton.LeftButton)
    assert added == [1]


def test_a_filter_matching_nothing_offers_to_clear_it(qtbot, store, settings):
    view = make_view(qtbot, store, settings, empty=EmptyState("No cases yet."))
    assert not view.is_empty_state_shown()
    with qtbot.waitSignal(view.filters_changed):
        view.filter_edit.setText("Ωμέγα")  # non-ASCII: setText, never keyClicks
    assert view.is_empty_state_shown()
    assert view.empty_title.text() == "Nothing matches the filter."
    assert view.filter_edit.isVisible()  # the officer can still change the filter
    assert view.clear_filter_button.isVisibleTo(view)
    qtbot.mouseClick(view.clear_filter_button, Qt.MouseButton.LeftButton)
    assert not view.is_empty_state_shown()
    assert view.filter_edit.text() == ""
    assert view.model.rowCount() == 50


def test_fetch_errors_are_shown_in_words(qtbot, settings):
    def broken(after, limit, sort, descending, filters):
        raise ValidationError("The vault is locked.")

    model = PagedTableModel(broken, columns())
    view = RecordListView(model, settings=settings, settings_key="lists/broken")
    qtbot.addWidget(view)
    assert view.error_label.isVisibleTo(view)
    assert view.error_label.text() == "Could not load the list: The vault is locked."
    assert not view.is_empty_state_shown()  # "No records yet" would be a lie
    QApplication.processEvents()


def test_down_in_the_filter_bar_moves_to_the_list(qtbot, store, settings):
    view = make_view(qtbot, store, settings)
    view.filter_edit.setFocus()
    qtbot.keyClicks(view.filter_edit, "charlie")
    qtbot.keyClick(view.filter_edit, Qt.Key.Key_Down)
    assert store.calls[-1]["filters"] == {"text": "charlie"}  # applied at once, no wait
    assert view.table.hasFocus()
    assert view.current_id() == view.model.record_id(0)
    assert "Charlie" in view.model.record(0)["title"]
    with qtbot.waitSignal(view.open_record) as blocker:
        qtbot.keyClick(view.table, Qt.Key.Key_Enter)
    assert blocker.args == [view.model.record_id(0)]


def test_the_handling_delegate_badges_tlp_labels_in_their_colour():
    from liaison import handling
    from ui.listview import HandlingDelegate

    red = handling.tlp_colour("TLP:RED")
    assert HandlingDelegate.badge("TLP:RED H2") == ("TLP:RED", red, "H2")
    assert HandlingDelegate.badge("TLP:AMBER+STRICT") == ("TLP:AMBER+STRICT", handling.tlp_colour("TLP:AMBER+STRICT"), "")
    for plain in ("", "no code", "H2 TLP:RED", "tlp:red"):
        assert HandlingDelegate.badge(plain) is None, plain  # plain text, no badge


def test_handling_column_shows_the_tlp_label_in_its_colour_on_black(qtbot, settings):
    """The pixels too: the session loads the shipped fonts (tests/ui/conftest.py), so the label is drawn on any
    machine, with or without fonts of its own."""
    from ui.models import HANDLING

    store = FakeStore(10)
    for i, row in enumerate(store.rows.values()):
        row["title"] = "TLP:RED H2" if i % 2 == 0 else "no code"
    cols = [Column("reference", "Reference"), Column("title", "Handling", kind=HANDLING, width=200)]
    model = PagedTableModel(store.fetch, cols, sort="reference")
    view = RecordListView(model, settings=settings, settings_key="lists/handling")
    qtbot.addWidget(view)
    view.resize(500, 300)
    with qtbot.waitExposed(view):
        view.show()
    image = view.table.viewport().grab().toImage()

    def colours(row: int) -> list[tuple[int, int, int]]:
        rect = view.table.visualRect(model.index(row, 1))
        return [
            image.pixelColor(x, y).getRgb()[:3]
            for x in range(rect.left(), rect.right(), 2)
            for y in range(rect.top(), rect.bottom(), 2)
        ]

    red = colours(0)
    assert any(c == (0, 0, 0) for c in red)  # the black badge
    assert any(r > 200 and g < 90 and b < 90 for r, g, b in red)  # the label in TLP red
    plain = colours(1)
    assert not any(c == (0, 0, 0) for c in plain)  # no badge without a TLP label
    assert model.index(0, 1).data() == "TLP:RED H2"  # the words are there for screen readers and copy


def test_the_gallery_builds(qtbot, tmp_path):
    from ui.gallery import build

    window = build(QSettings(str(tmp_path / "gallery.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    out = tmp_path / "gallery.png"
    assert window.grab().save(str(out))
    assert out.stat().st_size > 10_000


def test_store_fetch_binds_filters_and_paging():
    from ui.models import store_fetch

    seen = []

    def list_method(**kwargs):
        seen.append(kwargs)
        return Page([], None)

    fetch = store_fetch(list_method, status="open")
    fetch("CURSOR", 25, "title", True, {"text": "x", "status": "closed"})
    assert seen == [
        {"text": "x", "status": "open", "sort": "title", "descending": True, "after": "CURSOR", "limit": 25}
    ]


def test_model_over_the_real_cases_store(qtbot, vault, qtmodeltester):
    """The model against a real store: keyset pages, core sorting and filtering, refresh."""
    from ui.models import store_fetch

    cases = getattr(vault, "cases", None)
    if cases is None:
        pytest.skip("the cases store is not there yet")
    for i in range(60):
        cases.add(title=f"Case {i:02d} Łódź", requesting_state="PL", requested_state="DE" if i % 2 else "GR")
    cols = [
        Column("reference", "Reference", kind=REFERENCE),
        Column("title", "Title"),
        Column("requested_state", "Requested state"),
    ]
    model = PagedTableModel(store_fetch(cases.list), cols, get=cases.get, sort="reference", page_size=25)
    assert model.rowCount() == 25 and model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 60
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 1).data() == "Case 59 Łódź"
    model.set_filters({"text": "Case 1", "requested_state": "DE"})
    titles = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert titles == [f"Case {i} Łódź" for i in (19, 17, 15, 13, 11)]
    first = model.record_id(0)
    cases.update(first, title="Renamed")
    model.refresh_ids([first])
    assert model.index(0, 1).data() == "Renamed"
