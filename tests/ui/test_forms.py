"""Forms: errors under the field in words, Save only when the required fields are
filled, Ctrl+S saves, Esc on a dirty form asks before throwing changes away."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit

from liaison import refdata
from liaison.errors import NotFound, ValidationError
from ui.forms import ERROR_PREFIX, REQUIRED_MARK, FormSection, RecordEditor, is_filled
from ui.pickers import CountryPicker, DatePicker, HandlingPicker, LanguageListPicker


class Confirm:
    """The injected "are you sure?": answers as told and remembers what was asked."""

    def __init__(self, answer: bool) -> None:
        self.answer = answer
        self.asked: list[str] = []

    def __call__(self, parent, title: str, text: str) -> bool:
        self.asked.append(text)
        return self.answer


def make_editor(qtbot, confirm: Confirm | None = None) -> RecordEditor:
    editor = RecordEditor("New contact", confirm=confirm or Confirm(False), record_label="this contact")
    main = editor.add_section("Who")
    main.add_field("name", "Name", QLineEdit(), required=True, help="As the person writes it.")
    main.add_field("country", "Country", CountryPicker(), required=True)
    main.add_field("languages", "Languages", LanguageListPicker())
    extra = editor.add_section("Handling")
    extra.add_field("handling", "Handling", HandlingPicker(), error_keys=["h3_text"])
    extra.add_field("until", "Valid until", DatePicker())
    extra.add_field("notes", "Notes", QPlainTextEdit())
    extra.add_field("active", "Active", QCheckBox())
    qtbot.addWidget(editor)
    with qtbot.waitActive(editor):  # shortcuts (Ctrl+S, Esc) go to the active window
        editor.show()
        editor.activateWindow()
    return editor


def test_required_fields_are_marked(qtbot):
    editor = make_editor(qtbot)
    who = editor.sections[0]
    assert who.row("name").label.text() == f"Name{REQUIRED_MARK}:"
    assert who.row("languages").label.text() == "Languages:"
    assert who.row("name").widget.accessibleDescription() == "Required"
    assert editor.required_note.isVisible()
    assert who.row("name").help_label.text() == "As the person writes it."


def test_save_is_enabled_only_when_required_fields_are_filled(qtbot):
    editor = make_editor(qtbot)
    assert not editor.save_button.isEnabled()
    assert "Name" in editor.save_button.toolTip() and "Country" in editor.save_button.toolTip()
    qtbot.keyClicks(editor.field("name"), "Jan Kowalski")
    assert not editor.save_button.isEnabled()
    editor.field("country").setValue("PL")
    assert editor.save_button.isEnabled()
    editor.field("name").setText("   ")  # blanks are not a name
    assert not editor.save_button.isEnabled()


def test_ctrl_s_saves_with_the_values(qtbot):
    editor = make_editor(qtbot)
    editor.field("name").setText("Łukasz Żółkiewski")
    editor.field("country").setValue("PL")
    editor.field("languages").setValue(["pl", "en"])
    editor.field("handling").setValue("TLP:AMBER")
    editor.field("until").setValue(date(2027, 1, 31))
    editor.field("name").setFocus()
    with qtbot.waitSignal(editor.save_requested) as blocker:
        qtbot.keyClick(editor.field("name"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    values = blocker.args[0]
    assert values == {
        "name": "Łukasz Żółkiewski",
        "country": "PL",
        "languages": ["pl", "en"],
        "handling": "TLP:AMBER",
        "until": date(2027, 1, 31),
        "notes": "",
        "active": False,
    }


def test_saving_with_missing_fields_says_which(qtbot):
    editor = make_editor(qtbot)
    with qtbot.assertNotEmitted(editor.save_requested):
        assert editor.save() is False
    assert editor.error("name") == "This field is required; fill it in to save."
    assert editor.error("country") is not None
    assert editor.error("languages") is None


def test_core_errors_are_shown_under_their_field_in_words(qtbot):
    editor = make_editor(qtbot)
    editor.field("name").setText("Jan")
    editor.field("country").setValue("PL")

    def write(values):
        refdata.validate_country("XX", field="country")  # what a store does with bad input

    assert editor.run_save(write) is None
    section = editor.sections[0]
    row = section.row("country")
    assert row.error_box.isVisible()
    assert row.error_label.text().startswith(ERROR_PREFIX)  # words, not only red
    assert editor.error("country") == "'XX' is not an ISO 3166 country code (e.g. DE, PL, GR)."
    assert editor.error("name") is None
    assert editor.is_dirty()  # nothing was marked saved
    assert row.widget.accessibleDescription().startswith("Error:")
    # Editing the field takes its complaint away.
    editor.field("country").setValue("DE")
    assert editor.error("country") is None


def test_an_error_for_another_key_lands_on_the_widget_that_owns_it(qtbot):
    editor = make_editor(qtbot)
    editor.field("handling").setValue("TLP:RED")
    editor.field("handling").europol_combo.setCurrentIndex(editor.field("handling").europol_combo.findData("H3"))
    editor.show_error(ValidationError("handling: H3 needs the text of the restriction.", field="h3_text"))
    assert editor.error("handling") == "H3 needs the text of the restriction."


def test_errors_for_no_field_go_to_the_banner(qtbot):
    editor = make_editor(qtbot)
    editor.show_error(NotFound("No case 2026/99 in this vault."))
    assert editor.banner_text() == f"{ERROR_PREFIX} No case 2026/99 in this vault."
    editor.clear_errors()
    assert editor.banner_text() is None


def test_run_save_success_marks_the_form_clean(qtbot):
    editor = make_editor(qtbot)
    editor.field("name").setText("Jan")
    editor.field("country").setValue("PL")
    assert editor.is_dirty()
    written = []
    assert editor.run_save(lambda v: written.append(v) or "01JID") == "01JID"
    assert written[0]["country"] == "PL"
    assert not editor.is_dirty()


def test_esc_on_a_dirty_form_asks_and_keeps_the_changes_when_told_no(qtbot):
    confirm = Confirm(False)
    editor = make_editor(qtbot, confirm)
    editor.set_values({"name": "Jan", "country": "PL"})
    assert not editor.is_dirty()
    qtbot.keyClicks(editor.field("name"), " Nowak")
    assert editor.is_dirty()
    with qtbot.assertNotEmitted(editor.cancelled):
        qtbot.keyClick(editor.field("name"), Qt.Key.Key_Escape)
    assert confirm.asked == ["Your changes to this contact have not been saved and will be lost."]
    assert editor.field("name").text() == "Jan Nowak"


def test_esc_on_a_dirty_form_reverts_when_told_yes(qtbot):
    confirm = Confirm(True)
    editor = make_editor(qtbot, confirm)
    editor.set_values({"name": "Jan", "country": "PL", "languages": ["pl"]})
    editor.field("languages").add("de")
    editor.field("notes").setPlainText("Call after 14:00")
    with qtbot.waitSignal(editor.cancelled):
        qtbot.keyClick(editor.field("notes"), Qt.Key.Key_Escape)
    assert len(confirm.asked) == 1
    assert editor.values()["languages"] == ["pl"]
    assert editor.values()["notes"] == ""
    assert not editor.is_dirty()


def test_esc_on_a_clean_form_does_not_ask(qtbot):
    confirm = Confirm(False)
    editor = make_editor(qtbot, confirm)
    with qtbot.waitSignal(editor.cancelled):
        qtbot.keyClick(editor.field("name"), Qt.Key.Key_Escape)
    assert confirm.asked == []


def test_dirty_tracks_every_kind_of_field(qtbot):
    editor = make_editor(qtbot)
    for key, change in [
        ("active", lambda w: w.setChecked(True)),
        ("until", lambda w: w.setValue(date(2026, 1, 1))),
        ("handling", lambda w: w.setValue("TLP:GREEN")),
        ("notes", lambda w: w.setPlainText("x")),
    ]:
        editor.mark_clean()
        with qtbot.waitSignal(editor.dirty_changed) as blocker:
            change(editor.field(key))
        assert blocker.args == [True], key


def test_form_section_alone(qtbot, multiscript):
    section = FormSection("Names")
    qtbot.addWidget(section)
    combo = QComboBox()
    combo.addItem("Police", "police")
    combo.addItem("Customs", "customs")
    section.add_field("agency", "Agency", combo)
    section.add_field("native", "Name in own script", QLineEdit(), required=True)
    arabic = next(n["text"] for n in multiscript["names"] if n["script"] == "Arabic")
    section.set_values({"agency": "customs", "native": arabic, "unknown": 1})
    assert section.values() == {"agency": "customs", "native": arabic}
    assert section.missing_required() == []
    assert section.show_errors({"native": "too long", "elsewhere": "x"}) == ["elsewhere"]
    assert section.error("native") == "too long"
    with pytest.raises(ValueError):
        section.add_field("agency", "Again", QLineEdit())


def test_is_filled():
    assert not is_filled(None) and not is_filled("  ") and not is_filled([])
    assert is_filled("x") and is_filled(["de"]) and is_filled(False) and is_filled(date(2026, 1, 1))


def test_plain_qt_widgets_are_read_and_written(qtbot):
    from PySide6.QtWidgets import QDateEdit, QSpinBox

    section = FormSection("Plain")
    qtbot.addWidget(section)
    section.add_field("count", "Count", QSpinBox())
    section.add_field("day", "Day", QDateEdit())
    section.add_field("free", "Free text", QComboBox(editable=True))
    section.mark_clean()
    section.set_values({"count": 7, "day": date(2026, 5, 4), "free": "other"})
    assert section.values() == {"count": 7, "day": date(2026, 5, 4), "free": "other"}
    assert section.is_dirty()
    section.revert()
    assert not section.is_dirty()


def test_editor_over_the_real_cases_store(qtbot, vault):
    """A store's ValidationError lands under the field it names; nothing is written."""
    cases = getattr(vault, "cases", None)
    if cases is None:
        pytest.skip("the cases store is not there yet")
    editor = RecordEditor("New case", confirm=Confirm(False))
    section = editor.add_section("Case")
    section.add_field("title", "Title", QLineEdit(), required=True)
    section.add_field("requesting_state", "Requesting state", CountryPicker(), required=True)
    section.add_field("requested_state", "Requested state", CountryPicker(), required=True)
    section.add_field("handling", "Handling", HandlingPicker(), error_keys=["h3_text", "handling_h3_text"])
    qtbot.addWidget(editor)
    editor.set_values({"title": "Cigarettes via Łódź", "requesting_state": "PL", "requested_state": "PL"}, clean=False)
    before = len(cases.list().items)

    def write(values):
        handling = editor.field("handling")
        return cases.add(**values, handling_h3_text=handling.h3_text())

    assert editor.run_save(write) is None
    assert "both PL" in editor.error("requested_state")
    assert len(cases.list().items) == before
    editor.field("requested_state").setValue("DE")
    changes = editor.run_save(write)
    assert changes is not None and not editor.is_dirty()
    assert cases.get(changes.id)["requested_state"] == "DE"
