"""Pickers: they return what the core validates, and find things the way officers type them."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, Qt

from liaison import handling, refdata
from liaison.errors import ValidationError
from ui.pickers import (
    CountryPicker,
    DatePicker,
    DateTimeZonePicker,
    HandlingPicker,
    LanguageListPicker,
    LanguagePicker,
    TimeZonePicker,
    fold,
)


@pytest.fixture
def country(qtbot) -> CountryPicker:
    picker = CountryPicker()
    qtbot.addWidget(picker)
    return picker


def test_fold_ignores_case_diacritics_and_script():
    assert fold("Łódź") == "lodz"
    assert fold("ŁÓDŹ") == fold("lodz")
    assert fold("Żółkiewski") == "zolkiewski"
    assert fold("Côte d'Ivoire") == "cote d ivoire"
    assert fold("İsmail Işık") == "ismail isik"
    assert fold("America/Sao_Paulo") == "america sao paulo"
    assert fold("Ελλάδα") == "ellada"


@pytest.mark.parametrize("typed", ["deutsch", "Deutschland", "germ", "GERMANY", "DE", "de"])
def test_germany_is_found_as_officers_type_it(country, typed):
    assert country.search(typed)[0] == "DE"


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("cote", "CI"),
        ("curacao", "CW"),
        ("turkiye", "TR"),
        ("reunion", "RE"),
        ("osterreich", "AT"),
        ("polska", "PL"),
        ("EL", "GR"),
        ("UK", "GB"),
        ("Ελλάδα", "GR"),
    ],
)
def test_country_search_ignores_diacritics_and_knows_native_names(country, typed, code):
    assert country.search(typed)[0] == code


def test_country_picker_returns_iso_codes_that_the_core_accepts(qtbot, country):
    assert country.value() is None
    assert len(country.codes()) == len(refdata.countries())
    with qtbot.waitSignal(country.value_changed) as blocker:
        qtbot.keyClicks(country.lineEdit(), "germ")
        qtbot.keyClick(country.lineEdit(), Qt.Key.Key_Return)
    assert blocker.args == ["DE"]
    assert country.value() == "DE"
    assert refdata.validate_country(country.value()) == "DE"
    assert country.lineEdit().text() == "Germany (DE)"


def test_country_typed_as_code_is_chosen_exactly(qtbot, country):
    qtbot.keyClicks(country.lineEdit(), "pl")
    country.commit_text()
    assert country.value() == "PL"


@pytest.mark.parametrize(("typed", "code"), [("EL", "GR"), ("uk", "GB"), ("polska", "PL"), ("france", "FR")])
def test_typed_codes_names_and_aliases_are_taken_exactly(qtbot, country, typed, code):
    qtbot.keyClicks(country.lineEdit(), typed)
    qtbot.keyClick(country.lineEdit(), Qt.Key.Key_Return)
    assert country.value() == code


def test_ambiguous_text_is_not_a_value(qtbot, country):
    country.setValue("FR")
    country.lineEdit().clear()
    qtbot.keyClicks(country.lineEdit(), "land")  # Finland, Poland, Iceland...: not one country
    country.commit_text()
    assert country.value() == "FR"
    assert country.lineEdit().text() == "France (FR)"


def test_country_completion_popup_lists_matches_best_first(qtbot, country):
    qtbot.keyClicks(country.lineEdit(), "de")
    completer = country.lineEdit().completer()
    model = completer.completionModel()
    assert model.rowCount() > 1
    assert model.index(0, 0).data() == "Germany (DE)"
    completer.popup().setCurrentIndex(model.index(0, 0))
    with qtbot.waitSignal(country.value_changed):
        qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert country.value() == "DE"


def test_choosing_from_the_drop_down_list(qtbot, country):
    row = country.codes().index("FR")
    with qtbot.waitSignal(country.value_changed) as blocker:
        country.setCurrentIndex(row)
        country.activated.emit(row)  # what the drop-down sends when an entry is clicked
    assert blocker.args == ["FR"]
    assert country.currentText() == "France (FR)"


def test_country_can_be_cleared_and_unknown_codes_are_a_bug(qtbot, country):
    country.setValue("GR")
    with qtbot.waitSignal(country.value_changed) as blocker:
        country.lineEdit().clear()
        country.commit_text()
    assert blocker.args == [None]
    with pytest.raises(ValueError):
        country.setValue("XX")
    assert country.value() is None


def test_language_picker(qtbot):
    picker = LanguagePicker()
    qtbot.addWidget(picker)
    assert picker.search("deutsch")[0] == "de"
    assert picker.search("espanol")[0] == "es"
    assert picker.search("FR")[0] == "fr"
    picker.lineEdit().setText("polski")  # as typed; non-ASCII goes through setText
    picker.commit_text()
    assert picker.value() == "pl"
    assert refdata.validate_language(picker.value()) == "pl"


def test_language_list_picker_keeps_the_chosen_order(qtbot):
    picker = LanguageListPicker()
    qtbot.addWidget(picker)
    assert picker.value() == []
    assert not picker.add_button.isEnabled()
    qtbot.keyClicks(picker.picker.lineEdit(), "french")
    picker.picker.commit_text()
    assert picker.add_button.isEnabled()
    with qtbot.waitSignal(picker.value_changed):
        qtbot.mouseClick(picker.add_button, Qt.MouseButton.LeftButton)
    picker.picker.lineEdit().setText("Ελληνικά")
    qtbot.mouseClick(picker.add_button, Qt.MouseButton.LeftButton)
    picker.add("fr")  # twice is once
    assert picker.value() == ["fr", "el"]
    picker.list.setCurrentRow(0)
    qtbot.mouseClick(picker.remove_button, Qt.MouseButton.LeftButton)
    assert picker.value() == ["el"]
    picker.setValue(["en", "de", "en"])
    assert picker.value() == ["en", "de"]
    with pytest.raises(ValueError):
        picker.setValue(["zz"])


@pytest.mark.parametrize(
    ("text", "h3"),
    [
        ("TLP:RED H2", None),
        ("TLP:AMBER+STRICT", None),
        ("TLP:GREEN H3", "Not for use in court in case 2026/17"),
        ("H1", None),
        ("", None),
    ],
)
def test_handling_picker_round_trips_through_the_core(qtbot, text, h3):
    picker = HandlingPicker()
    qtbot.addWidget(picker)
    picker.setValue(text, h3)
    assert picker.value() == text
    assert picker.h3_text() == (h3 or "")
    assert picker.handling() == handling.parse_handling(text, h3)


def test_handling_picker_is_driven_like_a_person_would(qtbot):
    picker = HandlingPicker()
    qtbot.addWidget(picker)
    picker.show()
    assert picker.value() == "" and picker.handling() is None
    assert not picker.badge.isVisible()
    picker.tlp_combo.setCurrentIndex(picker.tlp_combo.findText("TLP:RED"))
    # The label is shown in words, in its colour on black: never colour alone.
    assert picker.badge.isVisible() and picker.badge.text() == "TLP:RED"
    assert "#FF2B2B" in picker.badge.styleSheet() and "#000000" in picker.badge.styleSheet()
    assert not picker.h3_edit.isVisible()
    with qtbot.waitSignal(picker.value_changed) as blocker:
        picker.europol_combo.setCurrentIndex(picker.europol_combo.findData("H3"))
    assert blocker.args == ["TLP:RED H3"]
    assert picker.h3_edit.isVisible()
    with pytest.raises(ValidationError) as err:
        picker.handling()  # H3 needs its text: the core says so
    assert err.value.field == "h3_text"
    qtbot.keyClicks(picker.h3_edit, "Only for the JIT")
    parsed = picker.handling()
    assert (parsed.tlp, parsed.europol, parsed.h3_text) == ("TLP:RED", "H3", "Only for the JIT")
    picker.europol_combo.setCurrentIndex(picker.europol_combo.findData("H2"))
    assert not picker.h3_edit.isVisible()
    assert picker.h3_text() == ""  # text typed for H3 does not leak into H2
    assert picker.value() == "TLP:RED H2"


def test_handling_picker_refuses_what_the_core_refuses(qtbot):
    picker = HandlingPicker()
    qtbot.addWidget(picker)
    picker.setValue("TLP:AMBER")
    with pytest.raises(ValidationError):
        picker.setValue("TLP:PURPLE")
    assert picker.value() == "TLP:AMBER"
    picker.setValue("TLP:CLEAR H3")  # stored without its text: shown, to be completed
    assert picker.europol() == "H3" and picker.h3_text() == ""


def test_tlp_items_show_their_colour_on_black(qtbot):
    picker = HandlingPicker()
    qtbot.addWidget(picker)
    model = picker.tlp_combo.model()
    for row in range(1, model.rowCount()):
        label = model.index(row, 0).data()
        assert label in handling.tlp_labels()
        assert model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole).name().upper() == handling.tlp_colour(label)
        assert model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole).name() == "#000000"


def test_time_zone_picker_searches_cities(qtbot):
    picker = TimeZonePicker()
    qtbot.addWidget(picker)
    assert picker.value()  # defaults to the system zone, never blank
    assert picker.search("warsaw")[0] == "Europe/Warsaw"
    assert picker.search("new york")[0] == "America/New_York"
    assert picker.search("sao paulo")[0] == "America/Sao_Paulo"
    picker.lineEdit().clear()
    picker.commit_text()  # blank is not allowed: the zone stays
    assert picker.value()


def test_date_time_zone_picker_returns_an_aware_datetime(qtbot):
    picker = DateTimeZonePicker()
    qtbot.addWidget(picker)
    assert picker.value().tzinfo is not None
    when = datetime(2026, 3, 29, 9, 30, tzinfo=ZoneInfo("Europe/Warsaw"))
    picker.setValue(when)
    assert picker.value() == when
    assert picker.zone_picker.value() == "Europe/Warsaw"
    assert picker.edit.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-03-29 09:30"
    # Choosing another zone keeps the wall time and changes the instant.
    with qtbot.waitSignal(picker.value_changed) as blocker:
        picker.zone_picker.setValue("America/New_York")
    assert blocker.args[0] == datetime(2026, 3, 29, 9, 30, tzinfo=ZoneInfo("America/New_York"))
    with pytest.raises(ValueError):
        picker.setValue(datetime(2026, 1, 1, 12, 0))


def test_a_wall_time_in_a_dst_gap_becomes_the_real_instant(qtbot):
    picker = DateTimeZonePicker()
    qtbot.addWidget(picker)
    picker.setValue(datetime(2026, 3, 29, 1, 0, tzinfo=ZoneInfo("Europe/Warsaw")))
    picker.edit.setTime(picker.edit.time().addSecs(90 * 60))  # 02:30 does not exist in Warsaw that night
    value = picker.value()
    assert value.utcoffset() is not None
    assert value.astimezone(ZoneInfo("UTC")).hour == 1 and value.astimezone(ZoneInfo("UTC")).minute == 30


def test_date_picker_can_be_blank(qtbot):
    picker = DatePicker()
    qtbot.addWidget(picker)
    assert picker.value() is None and picker.is_empty()
    assert picker.edit.text() == "No date"
    assert not picker.clear_button.isEnabled()
    with qtbot.waitSignal(picker.value_changed) as blocker:
        picker.edit.setDate(QDate(2026, 11, 26))
    assert blocker.args == [date(2026, 11, 26)]
    assert picker.clear_button.isEnabled()
    with qtbot.waitSignal(picker.value_changed) as blocker:
        qtbot.mouseClick(picker.clear_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [None]
    assert picker.edit.text() == "No date"


def test_date_picker_steps_from_today_when_blank(qtbot):
    picker = DatePicker()
    qtbot.addWidget(picker)
    picker.edit.setFocus()
    picker.edit.stepBy(1)
    assert picker.value() == date.today()
    picker.setValue(date(2024, 2, 29))
    assert picker.value() == date(2024, 2, 29)
