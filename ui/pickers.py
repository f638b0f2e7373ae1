"""Pickers for the values every editor asks for: countries, languages, handling
codes, dates and date-times with their zone.

Each picker returns what the core validates (ISO codes, the handling string
``parse_handling`` reads, aware datetimes) and emits ``value_changed`` when that
value changes. Searching is forgiving: case and diacritics do not matter
("lodz" finds "Łódź"), and a country or language is found by its code, its
English name or its name in its own languages ("deutsch" finds Germany).
"""

from __future__ import annotations

import unicodedata
import zoneinfo
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from functools import cache
from zoneinfo import ZoneInfo

from anyascii import anyascii
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QStringListModel,
    Qt,
    QTime,
    QTimeZone,
    Signal,
)
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from liaison import handling as core_handling
from liaison import refdata
from liaison.errors import ValidationError

from . import i18n

CodeRole = int(Qt.ItemDataRole.UserRole) + 10


def fold(text: str) -> str:
    """Text as searched: no case, no diacritics, any script in Latin letters
    ("Łódź" -> "lodz", "Ελλάδα" -> "ellada"), separators as spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    latin = anyascii(stripped)
    for sep in "_/-,.()'":
        latin = latin.replace(sep, " ")
    return " ".join(latin.casefold().split())


@cache
def _native_names() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """Country and language names as their own speakers write them, from the
    locale data Qt ships (CLDR): code -> names. Used for search only."""
    territories: dict[str, set[str]] = {}
    languages: dict[str, set[str]] = {}
    for loc in QLocale.matchingLocales(
        QLocale.Language.AnyLanguage, QLocale.Script.AnyScript, QLocale.Country.AnyTerritory
    ):
        code = QLocale.territoryToCode(loc.territory())
        if code and loc.nativeTerritoryName():
            territories.setdefault(code.upper(), set()).add(loc.nativeTerritoryName())
        lang = QLocale.languageToCode(loc.language(), QLocale.LanguageCodeType.ISO639Part1)
        if lang and loc.nativeLanguageName():
            languages.setdefault(lang.lower(), set()).add(loc.nativeLanguageName())
    return (
        {k: frozenset(v) for k, v in territories.items()},
        {k: frozenset(v) for k, v in languages.items()},
    )


class _Entry:
    __slots__ = ("code", "name", "display", "keys")

    def __init__(self, code: str, name: str, display: str, aliases: Iterable[str] = ()) -> None:
        self.code = code
        self.name = name
        self.display = display
        # The first key is the code, the second the main name: they rank first.
        self.keys = [fold(code), fold(name), *sorted({fold(a) for a in aliases} - {fold(name)})]


def rank(entry: _Entry, query: str) -> int | None:
    """How well ``entry`` matches the folded ``query`` (lower is better), None for no match."""
    if not query:
        return 50
    if entry.keys[0] == query:
        return 0
    best = None
    for i, key in enumerate(entry.keys[1:]):
        penalty = 0 if i == 0 else 1  # the main name before the other names
        if key == query:
            score = 1 + penalty
        elif key.startswith(query):
            score = 3 + penalty
        elif f" {query}" in f" {key}":
            score = 5 + penalty
        elif query in key:
            score = 7 + penalty
        else:
            continue
        best = score if best is None else min(best, score)
    if best is None and query in entry.keys[0]:
        best = 9
    return best


class SearchableCombo(QComboBox):
    """An editable combo whose completer finds entries by code or any of their
    names, ignoring case and diacritics, best matches first. ``value()`` is the
    chosen code or None; text that matches no entry is not a value."""

    value_changed = Signal(object)

    MAX_SHOWN = 30

    def __init__(
        self,
        entries: Sequence[_Entry],
        *,
        placeholder: str = "",
        allow_empty: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._entries = list(entries)
        self._by_code = {e.code: e for e in self._entries}
        self._allow_empty = allow_empty
        self._value: str | None = None
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(20)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(18)
        self._row_of = {e.code: i for i, e in enumerate(self._entries)}
        # One model for all entries (row i is entry i): hundreds of zones load in one call.
        self._all = QStringListModel([e.display for e in self._entries], self)
        self.setModel(self._all)
        self.lineEdit().setPlaceholderText(placeholder)
        self.lineEdit().setClearButtonEnabled(allow_empty)
        self._matches = QStringListModel(self)
        self._match_codes: list[str] = []
        self._completer = QCompleter(self._matches, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setMaxVisibleItems(12)
        self.setCompleter(None)
        self.lineEdit().setCompleter(self._completer)
        self._completer.activated[QModelIndex].connect(self._on_completion_activated)
        self.lineEdit().textEdited.connect(self._on_text_edited)
        self.lineEdit().editingFinished.connect(self.commit_text)
        self.activated.connect(self._on_index_activated)
        self.setCurrentIndex(-1)

    # -- value ---------------------------------------------------------------------------------

    def value(self) -> str | None:
        return self._value

    def setValue(self, code: str | None) -> None:
        """Choose ``code`` (None or "" clears). Unknown codes raise ValueError: that is a caller's bug."""
        if not code:
            self._set(None)
            return
        if code not in self._by_code:
            raise ValueError(f"unknown code {code!r}")
        self._set(code)

    def codes(self) -> list[str]:
        return [e.code for e in self._entries]

    def search(self, text: str) -> list[str]:
        """Codes matching ``text``, best first."""
        query = fold(text)
        scored = []
        for order, entry in enumerate(self._entries):
            score = rank(entry, query)
            if score is not None:
                scored.append((score, order, entry.code))
        scored.sort()
        return [code for _s, _o, code in scored]

    def commit_text(self) -> None:
        """Turn what was typed into a value: an exact code or name, or the only
        match. Anything else goes back to the current value's text."""
        text = self.lineEdit().text().strip()
        current = self._by_code.get(self._value or "")
        if current is not None and text == current.display:
            return
        if not text:
            if self._allow_empty:
                self._set(None)
            else:
                self._show_value()
            return
        query = fold(text)
        # Exactly a code, a name or an alias ("EL", "Deutschland"): codes first.
        exact = sorted(
            (e for e in self._entries if query in e.keys or query == fold(e.display)),
            key=lambda e: e.keys[0] != query,
        )
        if exact:
            self._set(exact[0].code)
            return
        matches = self.search(text)
        if len(matches) == 1:
            self._set(matches[0])
        else:
            self._show_value()

    # -- internals ----------------------------------------------------------------------------

    def _set(self, code: str | None) -> None:
        changed = code != self._value
        self._value = code
        self._show_value()
        if changed:
            self.value_changed.emit(code)

    def _show_value(self) -> None:
        self.blockSignals(True)
        try:
            if self._value is None:
                self.setCurrentIndex(-1)
                self.lineEdit().clear()
            else:
                self.setCurrentIndex(self._row_of[self._value])
                self.lineEdit().setText(self._by_code[self._value].display)
        finally:
            self.blockSignals(False)

    def _on_text_edited(self, text: str) -> None:
        codes = self.search(text)[: self.MAX_SHOWN] if text.strip() else []
        self._match_codes = codes
        self._matches.setStringList([self._by_code[c].display for c in codes])
        if codes:
            self._completer.complete()
        else:
            self._completer.popup().hide()

    def _on_completion_activated(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self._match_codes):
            self._set(self._match_codes[index.row()])

    def _on_index_activated(self, row: int) -> None:
        if 0 <= row < len(self._entries):
            self._set(self._entries[row].code)


def _country_entries() -> list[_Entry]:
    natives, _ = _native_names()
    entries = []
    # Shown in the interface language; the English name stays a search key.
    shown = {code: i18n.country_name(name) for code, name in refdata.countries().items()}
    for code, english in sorted(refdata.countries().items(), key=lambda kv: fold(shown[kv[0]])):
        name = shown[code]
        aliases = set(natives.get(code, ())) | {english}
        if code == "GR":
            aliases.add("EL")  # the EU's code for Greece
        if code == "GB":
            aliases.add("UK")
        entries.append(_Entry(code, name, f"{name} ({code})", aliases))
    return entries


def _language_entries() -> list[_Entry]:
    _, natives = _native_names()
    shown = {code: i18n.language_name(name) for code, name in refdata.languages().items()}
    return [
        _Entry(code, shown[code], f"{shown[code]} ({code})", {*natives.get(code, ()), english})
        for code, english in sorted(refdata.languages().items(), key=lambda kv: fold(shown[kv[0]]))
    ]


class CountryPicker(SearchableCombo):
    """A country, returned as its ISO 3166-1 alpha-2 code ("DE")."""

    def __init__(self, *, allow_empty: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(
            _country_entries(), placeholder=QCoreApplication.translate("CountryPicker", "Country: name or code"), allow_empty=allow_empty, parent=parent
        )
        self.setAccessibleName(self.tr("Country"))


class LanguagePicker(SearchableCombo):
    """A language, returned as its ISO 639-1 code ("fr")."""

    def __init__(self, *, allow_empty: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(
            _language_entries(), placeholder=QCoreApplication.translate("LanguagePicker", "Language: name or code"), allow_empty=allow_empty, parent=parent
        )
        self.setAccessibleName(self.tr("Language"))


class LanguageListPicker(QWidget):
    """Several languages (e.g. what a counterpart speaks), in the order chosen.
    ``value()`` is a list of ISO 639-1 codes."""

    value_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picker = LanguagePicker(parent=self)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setEnabled(False)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Chosen languages"))
        self.list.setMaximumHeight(self.fontMetrics().height() * 3 + 12)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setEnabled(False)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.picker, 1)
        top.addWidget(self.add_button)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.list, 1)
        bottom.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(bottom)
        self.picker.value_changed.connect(self._update_add)
        self.picker.lineEdit().textChanged.connect(self._update_add)
        self.picker.lineEdit().returnPressed.connect(self.add_current)
        self.add_button.clicked.connect(self.add_current)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.itemSelectionChanged.connect(lambda: self.remove_button.setEnabled(bool(self.list.selectedItems())))

    def value(self) -> list[str]:
        return [self.list.item(i).data(CodeRole) for i in range(self.list.count())]

    def setValue(self, codes: Iterable[str] | None) -> None:
        before = self.value()
        self.list.clear()
        for code in dict.fromkeys(codes or ()):
            self._append(code)
        if self.value() != before:
            self.value_changed.emit(self.value())

    def add(self, code: str) -> None:
        if code in self.value():
            return
        self._append(code)
        self.value_changed.emit(self.value())

    def add_current(self) -> None:
        self.picker.commit_text()
        code = self.picker.value()
        if code:
            self.add(code)
            self.picker.setValue(None)

    def remove_selected(self) -> None:
        rows = sorted((self.list.row(i) for i in self.list.selectedItems()), reverse=True)
        for row in rows:
            self.list.takeItem(row)
        if rows:
            self.value_changed.emit(self.value())

    def _update_add(self, *_args: object) -> None:
        self.add_button.setEnabled(bool(self.picker.value() or self.picker.lineEdit().text().strip()))

    def _append(self, code: str) -> None:
        name = refdata.languages().get(code)
        if name is None:
            raise ValueError(f"unknown language code {code!r}")
        item = QListWidgetItem(f"{name} ({code})")
        item.setData(CodeRole, code)
        self.list.addItem(item)


# -- handling codes -------------------------------------------------------------------------------

NO_CODE = "None"


def tlp_badge_style(label: str) -> str:
    """A TLP label is printed in its colour on black (FIRST TLP 2.0, DOMAIN.md)."""
    return f"QLabel {{ background: #000000; color: {core_handling.tlp_colour(label)}; padding: 1px 6px; font-weight: bold; }}"


class HandlingPicker(QWidget):
    """A TLP label (each shown in its colour on black, always with its text), an
    optional Europol code H0-H3, and the H3 restriction text, shown only for H3.
    ``value()`` is the string ``liaison.handling.parse_handling`` reads ("TLP:RED H2");
    ``h3_text()`` is the H3 restriction; ``handling()`` parses both through the core."""

    value_changed = Signal(object)

    def __init__(self, *, europol: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tlp_combo = QComboBox(self)
        self.tlp_combo.setAccessibleName(self.tr("TLP label"))
        model = QStandardItemModel(self.tlp_combo)
        none_item = QStandardItem(self.tr("No TLP label"))
        none_item.setData(None, CodeRole)
        model.appendRow(none_item)
        for label in core_handling.tlp_labels():
            item = QStandardItem(label)
            item.setData(label, CodeRole)
            item.setData(QColor(core_handling.tlp_colour(label)), Qt.ItemDataRole.ForegroundRole)
            item.setData(QColor("#000000"), Qt.ItemDataRole.BackgroundRole)
            item.setData(core_handling.Handling(tlp=label).describe(), Qt.ItemDataRole.ToolTipRole)
            model.appendRow(item)
        self.tlp_combo.setModel(model)
        self.badge = QLabel(self)
        self.badge.setAccessibleName(self.tr("TLP label shown"))
        self.europol_combo = QComboBox(self)
        self.europol_combo.setAccessibleName(self.tr("Europol handling code"))
        self.europol_combo.addItem(self.tr("No Europol code"), None)
        for code in core_handling.europol_codes():
            meaning = core_handling.Handling(europol=code).describe()
            self.europol_combo.addItem(meaning, code)
            self.europol_combo.setItemData(self.europol_combo.count() - 1, meaning, Qt.ItemDataRole.ToolTipRole)
        for combo in (self.tlp_combo, self.europol_combo):
            # Narrow when closed (the form may be narrow); the open list is as wide as its longest entry.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
        self.europol_combo.setVisible(europol)
        self.h3_edit = QLineEdit(self)
        self.h3_edit.setPlaceholderText(self.tr("H3 restriction, in the provider's words"))
        self.h3_edit.setAccessibleName(self.tr("H3 restriction"))
        self.h3_edit.setVisible(False)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.tlp_combo)
        row.addWidget(self.badge)
        row.addWidget(self.europol_combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.h3_edit)
        self.tlp_combo.currentIndexChanged.connect(self._changed)
        self.europol_combo.currentIndexChanged.connect(self._changed)
        self.h3_edit.textChanged.connect(self._changed)
        self._last: tuple[str, str] = ("", "")
        self._update_badge()

    def tlp(self) -> str | None:
        return self.tlp_combo.currentData(CodeRole)

    def europol(self) -> str | None:
        return self.europol_combo.currentData()

    def value(self) -> str:
        """The handling string: "TLP:AMBER", "TLP:RED H2", "H1", or "" for none."""
        return " ".join(p for p in (self.tlp(), self.europol()) if p)

    def h3_text(self) -> str:
        return self.h3_edit.text().strip() if self.europol() == "H3" else ""

    def handling(self) -> core_handling.Handling | None:
        """The core's reading of the choice; raises ValidationError (e.g. H3 without text)."""
        return core_handling.parse_handling(self.value(), self.h3_text() or None)

    def setValue(self, text: str | None, h3_text: str | None = None) -> None:
        """Show a stored handling. Text the core does not read raises ValidationError;
        an H3 without its text is shown with the text field empty, to be filled."""
        try:
            parsed = core_handling.parse_handling(text, h3_text)
        except ValidationError as exc:
            if exc.field != "h3_text":
                raise
            parsed = core_handling.parse_handling(text, "-")
            parsed = core_handling.Handling(parsed.tlp, parsed.europol, None)
        tlp = parsed.tlp if parsed else None
        europol = parsed.europol if parsed else None
        for combo, wanted, role in (
            (self.tlp_combo, tlp, CodeRole),
            (self.europol_combo, europol, Qt.ItemDataRole.UserRole),
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(wanted, role)) if wanted else 0)
            combo.blockSignals(False)
        self.h3_edit.blockSignals(True)
        self.h3_edit.setText((parsed.h3_text or "") if parsed else "")
        self.h3_edit.blockSignals(False)
        self._changed()

    def _changed(self, *_args: object) -> None:
        self.h3_edit.setVisible(self.europol() == "H3" and not self.europol_combo.isHidden())
        self._update_badge()
        now = (self.value(), self.h3_text())
        if now != self._last:
            self._last = now
            self.value_changed.emit(self.value())

    def _update_badge(self) -> None:
        tlp = self.tlp()
        if tlp:
            self.badge.setText(tlp)
            self.badge.setStyleSheet(tlp_badge_style(tlp))
            self.badge.setToolTip(self.tlp_combo.currentData(Qt.ItemDataRole.ToolTipRole) or tlp)
            self.badge.setVisible(True)
        else:
            self.badge.clear()
            self.badge.setVisible(False)


# -- dates and times ------------------------------------------------------------------------------


def system_zone_name() -> str:
    """The system's IANA zone ("Europe/Warsaw"), or "UTC" when it cannot be told."""
    raw = QTimeZone.systemTimeZoneId()
    name = bytes(raw).decode() if not isinstance(raw, str) else raw
    if name in ("Etc/UTC", "Etc/Universal", "Universal", "Zulu", "UCT", "Etc/Zulu", "Etc/UCT"):
        return "UTC"
    return name if name in zoneinfo.available_timezones() else "UTC"


@cache
def _zone_entries() -> tuple[_Entry, ...]:
    names = sorted(n for n in zoneinfo.available_timezones() if "/" in n or n == "UTC")
    # Plain city names search well; legacy aliases ("US/Eastern", "Etc/GMT+3") come after.
    names.sort(key=lambda n: (n.startswith(("Etc/", "SystemV/", "US/", "Canada/", "Brazil/", "Chile/", "Mexico/")), n))
    return tuple(_Entry(n, n.split("/")[-1].replace("_", " "), n.replace("_", " "), [n]) for n in names)


class TimeZonePicker(SearchableCombo):
    """An IANA time zone, searchable by city or region ("warsaw", "new york")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            list(_zone_entries()), placeholder=QCoreApplication.translate("TimeZonePicker", "Time zone: city or region"), allow_empty=False, parent=parent
        )
        self.setAccessibleName(self.tr("Time zone"))
        self.setValue(system_zone_name())

    def setValue(self, code: str | None) -> None:
        super().setValue(code or system_zone_name())

    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.value() or "UTC")


class DateTimeZonePicker(QWidget):
    """A wall-clock date and time in a named zone; ``value()`` is an aware datetime.

    The editor holds the wall time as typed (kept in a fixed zone internally so
    that the machine's own daylight-saving gaps never shift it); the zone combo
    says where that wall time is. A wall time that does not exist in the chosen
    zone (a spring-forward gap) is moved forward as the clocks were."""

    value_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QDateTimeEdit(self)
        self.edit.setTimeZone(QTimeZone.utc())
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.edit.setAccessibleName(self.tr("Date and time"))
        self.zone_picker = TimeZonePicker(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.zone_picker, 1)
        now = datetime.now(self.zone_picker.zone()).replace(second=0, microsecond=0)
        self._set_wall(now.replace(tzinfo=None))
        self._last = self.value()
        self.edit.dateTimeChanged.connect(self._changed)
        self.zone_picker.value_changed.connect(self._changed)

    def value(self) -> datetime:
        wall = self._wall()
        zone = self.zone_picker.zone()
        aware = wall.replace(tzinfo=zone)
        # Round-trip through UTC: a wall time in a DST gap becomes the real instant after it.
        return aware.astimezone(ZoneInfo("UTC")).astimezone(zone)

    def setValue(self, value: datetime, zone: str | None = None) -> None:
        """Show ``value`` (aware) in ``zone``, else in its own IANA zone when it has one,
        else in the zone already chosen. A naive datetime is refused: its zone is unknown."""
        if value.tzinfo is None:
            raise ValueError("naive datetime: say in which zone it is")
        name = zone or getattr(value.tzinfo, "key", None)
        if name:
            self.zone_picker.blockSignals(True)
            self.zone_picker.setValue(name)
            self.zone_picker.blockSignals(False)
        local = value.astimezone(self.zone_picker.zone())
        self._set_wall(local.replace(tzinfo=None, second=0, microsecond=0))
        self._changed()

    def _wall(self) -> datetime:
        qdt = self.edit.dateTime()
        d, t = qdt.date(), qdt.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())

    def _set_wall(self, wall: datetime) -> None:
        self.edit.blockSignals(True)
        self.edit.setDateTime(
            QDateTime(QDate(wall.year, wall.month, wall.day), QTime(wall.hour, wall.minute), QTimeZone.utc())
        )
        self.edit.blockSignals(False)

    def _changed(self, *_args: object) -> None:
        now = self.value()
        if now != self._last or now.tzinfo != self._last.tzinfo:
            self._last = now
            self.value_changed.emit(now)


class _BlankableDateEdit(QDateEdit):
    """A date edit whose minimum stands for "no date": the arrow keys and the
    calendar start from today, not from the minimum."""

    def stepBy(self, steps: int) -> None:
        if self.date() <= self.minimumDate():
            self.setDate(QDate.currentDate())
            return
        super().stepBy(steps)


class _TodayCalendar(QCalendarWidget):
    """Opens on today's month when the date is blank, without choosing it."""

    def showEvent(self, event) -> None:  # noqa: ANN001 - Qt signature
        if self.selectedDate() <= self.minimumDate():
            self.blockSignals(True)
            self.setSelectedDate(QDate.currentDate())
            self.blockSignals(False)
        super().showEvent(event)


class DatePicker(QWidget):
    """A date that may be blank (``value()`` None): a date field, shown empty as
    "No date", with a button to clear it. Picking or typing a date fills it."""

    value_changed = Signal(object)

    EMPTY_TEXT = QT_TRANSLATE_NOOP("DatePicker", "No date")
    _SENTINEL = QDate(1752, 9, 14)  # below any real date; shown as EMPTY_TEXT

    def __init__(self, *, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = _BlankableDateEdit(self)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setCalendarPopup(True)
        self.edit.setCalendarWidget(_TodayCalendar(self.edit))
        self.edit.setMinimumDate(self._SENTINEL)
        self.edit.setSpecialValueText(self.tr(self.EMPTY_TEXT))
        self.edit.setAccessibleName(self.tr("Date"))
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Leave the date blank"))
        self.clear_button.setAccessibleName(self.tr("Clear the date"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.clear_button)
        self._last: date | None = None
        self.edit.dateChanged.connect(self._changed)
        self.clear_button.clicked.connect(lambda: self.setValue(None))
        self.setValue(value)

    def value(self) -> date | None:
        d = self.edit.date()
        if d <= self._SENTINEL:
            return None
        return date(d.year(), d.month(), d.day())

    def setValue(self, value: date | None) -> None:
        if value is None:
            self.edit.setDate(self._SENTINEL)
        else:
            self.edit.setDate(QDate(value.year, value.month, value.day))
        self._changed()

    def is_empty(self) -> bool:
        return self.value() is None

    def _changed(self, *_args: object) -> None:
        now = self.value()
        self.clear_button.setEnabled(now is not None)
        if now != self._last:
            self._last = now
            self.value_changed.emit(now)
