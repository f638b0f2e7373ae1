"""A gallery of the workspace's building blocks, saved as a PNG to look at.

    xvfb-run -a -s "-screen 0 1600x1000x24" python -m ui.gallery OUT.png

It lays out a list of 1,000 fictional rows, an empty list, and an editor with
every picker and one error shown. All data here is made up.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSettings, Qt, QTemporaryDir
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLineEdit, QSplitter, QWidget

from liaison.errors import ValidationError
from liaison.paging import Page, decode_cursor, encode_cursor

from .forms import RecordEditor
from .listview import ComboFilter, EmptyState, RecordListView
from .models import DATE, DATETIME, HANDLING, NUMBER, REFERENCE, Column, PagedTableModel
from .pickers import (
    CountryPicker,
    DatePicker,
    DateTimeZonePicker,
    HandlingPicker,
    LanguageListPicker,
    LanguagePicker,
)

_NAMES = [
    "Łukasz Żółkiewski",
    "Αλέξανδρος Παπαδόπουλος",
    "Иван Петрович Сидоров",
    "İsmail Işık",
    "José Álvarez",
    "Jovan Jovanović",
    "Siobhán Ní Bhriain",
    "David Cohen",
    "Wang Xiaoming",
    "Aino Mäkinen",
]
_SUBJECTS = ["Cocaine shipment", "Cigarette smuggling", "Fraud ring", "Stolen vehicles", "Money laundering"]
_COUNTRIES = ["PL", "GR", "UA", "TR", "ES", "RS", "IE", "IL", "CN", "FI"]
_HANDLING = ["TLP:AMBER", "TLP:RED H2", "TLP:GREEN", "TLP:AMBER+STRICT H1", "TLP:CLEAR"]


class ListFetch:
    """Keyset pages over a Python list, as a store's ``list`` gives them."""

    def __init__(self, rows: list[dict[str, Any]]) -> None:
        self.rows = rows

    def __call__(self, after: str | None, limit: int, sort: str, descending: bool, filters: dict) -> Page:
        rows = self.rows
        if text := str(filters.get("text", "")).casefold():
            rows = [r for r in rows if text in r["subject"].casefold() or text in r["reference"].casefold()]
        if country := filters.get("country"):
            rows = [r for r in rows if r["country"] == country]
        rows = sorted(rows, key=lambda r: (r[sort], r["id"]), reverse=descending)
        if after:
            value, last = decode_cursor(after)
            if descending:
                rows = [r for r in rows if (r[sort], r["id"]) < (value, last)]
            else:
                rows = [r for r in rows if (r[sort], r["id"]) > (value, last)]
        page = rows[:limit]
        cursor = encode_cursor(page[-1][sort], page[-1]["id"]) if len(rows) > limit else None
        return Page(page, cursor)


def fake_rows(n: int = 1000) -> list[dict[str, Any]]:
    rows = []
    for i in range(n):
        rows.append(
            {
                "id": f"01JGALLERY{i:016d}",
                "reference": f"2026/{i + 1:04d}",
                "subject": f"{_SUBJECTS[i % len(_SUBJECTS)]} - {_NAMES[i % len(_NAMES)]}",
                "country": _COUNTRIES[i % len(_COUNTRIES)],
                "opened": f"2026-{1 + i % 11:02d}-{1 + (i * 7) % 28:02d}",
                "updated_at": f"2026-11-{1 + i % 25:02d}T{(i * 5) % 24:02d}:{(i * 13) % 60:02d}:00+00:00",
                "exchanges": (i * 37) % 120,
                "handling": _HANDLING[i % len(_HANDLING)],
            }
        )
    return rows


def build(settings: QSettings) -> QWidget:
    window = QWidget()
    window.setWindowTitle("Liaison: widget gallery")
    columns = [
        Column("reference", "Reference", width=90, kind=REFERENCE),
        Column("subject", "Subject", width=330),
        Column("country", "Country", width=70),
        Column("handling", "Handling", width=150, sortable=False, kind=HANDLING),
        Column("opened", "Opened", width=95, kind=DATE),
        Column("exchanges", "Exchanges", width=85, kind=NUMBER),
        Column("updated_at", "Updated", width=130, kind=DATETIME),
    ]
    model = PagedTableModel(ListFetch(fake_rows()), columns, sort="reference", parent=window)
    choices = [("All countries", None)] + [(c, c) for c in sorted(_COUNTRIES)]
    cases = RecordListView(
        model,
        settings=settings,
        settings_key="gallery/cases",
        combos=[ComboFilter("country", "Country", choices)],
        filter_placeholder="Filter cases by subject or reference",
        empty=EmptyState("No cases yet.", "Open your first case.", [("New case", lambda: None)]),
    )
    cases.table.selectRow(2)

    empty_model = PagedTableModel(lambda *a: Page([], None), [Column("name", "Name")], parent=window)
    contacts = RecordListView(
        empty_model,
        settings=settings,
        settings_key="gallery/contacts",
        filter_placeholder="Filter contacts",
        empty=EmptyState(
            "No contacts yet.",
            "Add your first counterpart, or import a vCard.",
            [("Add contact", lambda: None), ("Import vCard…", lambda: None)],
        ),
    )

    editor = RecordEditor("Contact", confirm=lambda *a: False, record_label="this contact")
    who = editor.add_section("Who")
    who.add_field("name", "Name", QLineEdit(), required=True, help="As the person writes it; any script.")
    who.add_field("country", "Country", CountryPicker(), required=True)
    who.add_field("language", "Working language", LanguagePicker())
    who.add_field("languages", "Also speaks", LanguageListPicker())
    rules = editor.add_section("Handling and dates")
    rules.add_field("handling", "Handling", HandlingPicker(), error_keys=["h3_text"])
    rules.add_field("met_at", "Last met", DateTimeZonePicker())
    rules.add_field("valid_until", "Valid until", DatePicker(), help="Leave blank when it does not expire.")
    editor.set_values(
        {
            "name": "Łukasz Żółkiewski",
            "country": "PL",
            "language": "pl",
            "languages": ["en", "de"],
            "handling": "TLP:RED",
            "met_at": datetime(2026, 11, 20, 14, 30, tzinfo=ZoneInfo("Europe/Warsaw")),
            "valid_until": None,
        }
    )
    rules.field("handling").setValue("TLP:RED H3", "Not for use in court without the provider's consent.")
    editor.field("name").setText("")
    editor.show_error(ValidationError("name: a name is required; type it as the person writes it.", field="name"))

    left = QSplitter(Qt.Orientation.Vertical)
    left.addWidget(cases)
    left.addWidget(contacts)
    left.setSizes([620, 260])
    outer = QSplitter(Qt.Orientation.Horizontal)
    outer.addWidget(left)
    outer.addWidget(editor)
    outer.setSizes([930, 570])
    layout = QHBoxLayout(window)
    layout.addWidget(outer)
    window.resize(1500, 900)
    return window


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if len(argv) != 1:
        print("usage: python -m ui.gallery OUT.png", file=sys.stderr)
        return 2
    app = QApplication.instance() or QApplication([sys.argv[0]])
    tmp = QTemporaryDir()  # never the officer's real settings
    settings = QSettings(str(Path(tmp.path()) / "gallery.ini"), QSettings.Format.IniFormat)
    window = build(settings)
    window.show()
    for _ in range(5):
        app.processEvents()
    out = Path(argv[0])
    if not window.grab().save(str(out)):
        print(f"could not write {out}", file=sys.stderr)
        return 1
    print(out)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
