"""Small blocks shared by the directory pages (contacts and agencies,
agreements, the exchange log): a read-only detail panel, an editor for lists
written one item a line, a time-zone field with the counterpart's local time,
and fetch functions that add a text filter to stores whose ``list`` has none.

Nothing here keeps records beyond the widget that shows them: pages drop them
on lock by clearing these widgets.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from liaison.paging import Page
from liaison.refdata import countries

from . import i18n, style
from .pickers import TimeZonePicker

MAX_TEXT_MATCHES = 200  # a text filter answers from the search index, at most this many records


def tr(text: str) -> str:
    """Translate outside a QObject (context: the directory pages)."""
    return QCoreApplication.translate("Directory", text)


def country_label(code: str | None) -> str:
    """"Greece (GR)"; '' for none."""
    if not code:
        return ""
    name = i18n.country_name(countries().get(code, ""))
    return f"{name} ({code})" if name else code


def country_choices(all_text: str) -> list[tuple[str, Any]]:
    """Every country for a filter combo, by name, after an "all" entry."""
    return [(all_text, None)] + [(f"{name} ({code})", code) for code, name in i18n.sorted_countries()]


def compact_combos(view: Any, keys: Iterable[str], chars: int = 12) -> None:
    """Filter combos as narrow as a short word when closed (their lists stay as wide
    as their entries): a long country name must not push the record panel off screen."""
    for key in keys:
        combo = view.combo(key)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(chars)
        combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)


def make_room(splitter: Any, editor: Any, *, keep_left: int = 320) -> None:
    """Widen the right pane of ``splitter`` so that ``editor``'s fields fit without
    being cut (the list keeps at least ``keep_left`` pixels)."""
    sizes = splitter.sizes()
    if len(sizes) != 2:
        return
    body = editor.scroll_area.widget()
    need = body.minimumSizeHint().width() + editor.scroll_area.verticalScrollBar().sizeHint().width() + 24
    if sizes[1] >= need:
        return
    total = sum(sizes)
    right = min(need, max(total - keep_left, sizes[1]))
    splitter.setSizes([total - right, right])


def text_filtered_fetch(
    vault_getter: Callable[[], Any],
    record_type: str,
    list_name: str,
    get: Callable[[Any, str], dict[str, Any]],
) -> Callable[..., Page]:
    """A fetch for :class:`ui.models.PagedTableModel` over ``vault.<list_name>.list``.
    Without text it pages through the store (keyset). With text (the filter bar)
    the search index names the matching records (at most ``MAX_TEXT_MATCHES``),
    each is read through the store and the other filters are applied to it: one
    page, best match first."""

    def fetch(after: str | None, limit: int, sort: str, descending: bool, filters: dict[str, Any]) -> Page:
        vault = vault_getter()
        store = getattr(vault, list_name)
        filters = dict(filters)
        text = str(filters.pop("text", "") or "").strip()
        if not text:
            return store.list(**filters, sort=sort, descending=descending, after=after, limit=limit)
        if after:
            return Page([], None)
        groups = vault.search.query(text, types=[record_type], limit_per_type=MAX_TEXT_MATCHES)
        items = []
        for hit in groups.get(record_type, []):
            try:
                record = get(vault, hit["record_id"])
            except Exception:  # noqa: BLE001 - an index entry whose record is gone is skipped
                continue
            if all(_matches(record, key, value) for key, value in filters.items()):
                items.append(record)
        return Page(items, None)

    return fetch


def _matches(record: dict[str, Any], key: str, value: Any) -> bool:
    if value in (None, ""):
        return True
    if key == "agency":
        return record.get("agency_id") == value
    if key == "country" and "parties" in record:
        return value in (record.get("parties") or [])
    return record.get(key) == value


class Rich(str):
    """A value :class:`DetailView` shows as the rich text it is (built with escaped parts)."""


def tlp_badge_html(handling: str, description: str) -> Rich:
    """The TLP label in its colour on black (FIRST TLP 2.0), then the description in words."""
    from liaison import handling as core_handling

    tokens = (handling or "").split()
    if tokens and tokens[0] in core_handling.tlp_labels():
        colour = core_handling.tlp_colour(tokens[0])
        badge = (f'<span style="background-color:#000000; color:{colour}; font-weight:bold;">'
                 f'&nbsp;{html.escape(tokens[0])}&nbsp;</span>&nbsp;')
        return Rich(badge + html.escape(description or handling))
    return Rich(html.escape(description or handling or ""))


class DetailView(QScrollArea):
    """A record shown read-only: a title, an optional note (e.g. "reference data")
    and labelled values. Values are plain text (escaped); links are given as
    ``(text, href)`` and emit ``link_activated(href)``."""

    link_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(self)
        self._box = QVBoxLayout(body)
        self._box.setContentsMargins(12, 8, 12, 8)
        self.title = style.label("", "heading")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = style.label("", "muted")
        self.note.setVisible(False)
        self._form_host = QWidget(body)
        self._form = QFormLayout(self._form_host)
        self._form.setContentsMargins(0, 0, 0, 0)
        self._form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.placeholder = style.label("", "muted")
        self._box.addWidget(self.title)
        self._box.addWidget(self.note)
        self._box.addWidget(self._form_host)
        self._box.addWidget(self.placeholder)
        self._box.addStretch(1)
        self.setWidget(body)
        self._values: dict[str, QLabel] = {}

    def show_record(self, title: str, rows: Sequence[tuple[str, Any]], note: str = "") -> None:
        """``rows`` are (label, value); a value is text, a list of texts (one a line)
        or a list of ``(text, href)`` links. Empty values are left out."""
        self.clear()
        self.title.setText(title)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        for label, value in rows:
            rendered = self._render(value)
            if not rendered:
                continue
            lab = QLabel(rendered, self._form_host)
            lab.setTextFormat(Qt.TextFormat.RichText)
            lab.setWordWrap(True)
            lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            lab.linkActivated.connect(self.link_activated)
            lab.setAccessibleName(label)
            name = QLabel(label + ":", self._form_host)
            name.setBuddy(lab)
            style.tabular(lab)
            self._form.addRow(name, lab)
            self._values[label] = lab
        self.placeholder.setVisible(False)

    def show_placeholder(self, text: str) -> None:
        self.clear()
        self.placeholder.setText(text)
        self.placeholder.setVisible(True)

    def value_text(self, label: str) -> str | None:
        """The plain text shown for ``label`` (None when not shown)."""
        lab = self._values.get(label)
        if lab is None:
            return None
        d = QTextDocument()
        d.setHtml(lab.text())
        return d.toPlainText().replace("\u2028", "\n")

    def labels(self) -> list[str]:
        return list(self._values)

    def clear(self) -> None:
        while self._form.rowCount():
            self._form.removeRow(0)
        self._values = {}
        self.title.clear()
        self.note.clear()
        self.note.setVisible(False)

    @staticmethod
    def _render(value: Any) -> str:
        if value is None or value == "" or value == [] or value == ():
            return ""
        if isinstance(value, Rich):
            return str(value)
        if isinstance(value, (list, tuple)):
            parts = []
            for item in value:
                if isinstance(item, tuple) and len(item) == 2:
                    text, href = item
                    parts.append(f'<a href="{html.escape(str(href))}">{html.escape(str(text))}</a>')
                elif item not in (None, ""):
                    parts.append(html.escape(str(item)))
            return "<br>".join(parts)
        return html.escape(str(value)).replace("\n", "<br>")


class LinesEdit(QPlainTextEdit):
    """A list written one item a line (phones, channels, offences). ``value()``
    is the list of non-blank lines; ``setValue`` takes texts or dicts, shown
    through ``show`` (e.g. a channel dict as "Europol SIENA: unit@siena")."""

    value_changed = Signal(object)

    def __init__(self, placeholder: str = "", show: Callable[[Any], str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._show = show or (lambda item: str(item))
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        self.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.textChanged.connect(lambda: self.value_changed.emit(self.value()))

    def value(self) -> list[str]:
        return [line.strip() for line in self.toPlainText().splitlines() if line.strip()]

    def setValue(self, items: Iterable[Any] | None) -> None:
        self.setPlainText("\n".join(self._show(i) for i in (items or [])))


def show_channel(item: Any) -> str:
    if isinstance(item, dict):
        return f"{item['channel']}: {item['address']}" if item.get("address") else str(item.get("channel", ""))
    return str(item)


def show_phone(item: Any) -> str:
    return str(item.get("number", "")) if isinstance(item, dict) else str(item)


def local_time_text(zone_name: str, now: datetime | None = None) -> str:
    """"Local time there: Thu 14:32 (UTC+02:00)" for a zone name; '' for none."""
    if not zone_name:
        return ""
    try:
        there = (now or datetime.now(ZoneInfo("UTC"))).astimezone(ZoneInfo(zone_name))
    except (KeyError, ValueError):
        return ""
    offset = there.strftime("%z")
    offset = f"{offset[:3]}:{offset[3:]}" if offset else ""
    return tr("Local time there: {day} {time} (UTC{offset})").format(
        day=there.strftime("%a"), time=there.strftime("%H:%M"), offset=offset)


class ZoneField(QWidget):
    """A time zone that may be unknown: a check box "Known", the zone picker, and
    the counterpart's current local time. ``value()`` is the IANA name or ''."""

    value_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.known = QCheckBox(tr("Known"), self)
        self.known.setAccessibleName(tr("Time zone known"))
        self.picker = TimeZonePicker(self)
        self.clock = style.label("", "muted")
        style.tabular(self.clock)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.known)
        top.addWidget(self.picker, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addLayout(top)
        box.addWidget(self.clock)
        self._timer = QTimer(self)
        self._timer.setInterval(30_000)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        self._last = ""
        self.known.toggled.connect(self._changed)
        self.picker.value_changed.connect(self._changed)
        self._changed()

    def value(self) -> str:
        return (self.picker.value() or "") if self.known.isChecked() else ""

    def setValue(self, name: str | None) -> None:
        self.known.blockSignals(True)
        self.picker.blockSignals(True)
        self.known.setChecked(bool(name))
        if name:
            self.picker.setValue(name)
        self.picker.blockSignals(False)
        self.known.blockSignals(False)
        self._changed()

    def _tick(self) -> None:
        self.clock.setText(local_time_text(self.value()))

    def _changed(self, *_args: object) -> None:
        self.picker.setEnabled(self.known.isChecked())
        self._tick()
        self.clock.setVisible(bool(self.value()))
        now = self.value()
        if now != self._last:
            self._last = now
            self.value_changed.emit(now)
