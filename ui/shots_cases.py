"""Screenshots of the Cases and Persons sections, to look at what we build.

    xvfb-run -a -s "-screen 0 1600x1000x24" python -m ui.shots_cases OUTDIR

:func:`shoot` drives an unlocked demo window (with :class:`CasesPage` and
:class:`PersonsPage` installed) through each screen. Everything happens in a
temporary folder with an in-memory keychain.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from . import dialogs
from .cases_page import CasesPage
from .main_window import MainWindow
from .persons_page import PersonsPage
from .session import Session

SIZE = (1400, 860)

# Fictional names in four scripts (as in the shared multiscript fixture's spirit).
SHOT_NAMES = [
    {"text": "ليلى حسن المصري", "script": "Arabic", "lang": "ar"},
    {"text": "Leila Hassan al-Masri", "script": "Latin", "lang": "en"},
    {"text": "Λεϊλά Χασάν", "script": "Greek", "lang": "el"},
    {"text": "Лейла Хасан", "script": "Cyrillic", "lang": "ru"},
    {"text": "莱拉·哈桑", "script": "Han", "lang": "zh"},
]


def _settle() -> None:
    app = QApplication.instance()
    for _ in range(6):
        app.processEvents()


def _save(widget: QWidget, out: Path, name: str) -> Path:
    _settle()
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    return path


def shoot(window: MainWindow, session: Session, out: Path) -> list[Path]:
    """Each screen of the two sections, as PNG files in ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    vault = session.vault
    assert vault is not None
    cases = window.pages["cases"]
    persons = window.pages["persons"]
    if not isinstance(cases, CasesPage) or not isinstance(persons, PersonsPage):
        raise RuntimeError("install CasesPage and PersonsPage in SECTIONS before building the window")
    shots: list[Path] = []
    window.show_section("cases")
    # A case with persons, exchanges and deadlines: the one with the most log entries.
    row = vault.db.execute(
        "SELECT case_id FROM exchanges WHERE case_id IS NOT NULL GROUP BY case_id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()
    case_id = row[0]
    cases.open_record("case", case_id)
    view = cases.view
    names = ["summary", "persons", "exchanges", "deadlines", "documents", "history"]
    for i, name in enumerate(names):
        view.tabs.setCurrentIndex(i)
        shots.append(_save(window, out, f"cases-{i + 1}-{name}"))

    # A received request and what the vault already holds about it
    person = vault.persons.list(limit=1).items[0]
    editor = view.log_exchange("received")
    assert editor is not None
    for key, value in (("request_type", "information-request"), ("urgency", "urgent"),
                       ("information_access", "indirect"), ("channel", "Europol SIENA")):
        combo = editor.field(key)
        combo.setCurrentIndex(combo.findData(value))
    editor.field("summary").setPlainText("Request for information about a person seen at the border crossing")
    editor.field("names").setPlainText(person["display_name"])
    editor.handling_picker.setValue("TLP:AMBER")
    assert view.exchange_dialog is not None
    shots.append(_save(view.exchange_dialog, out, "cases-7-log-received"))
    editor.save()
    shots.append(_save(window, out, "cases-8-cross-check"))

    # The legal-basis finder on a case towards a treaty partner
    finder_case = vault.db.execute(
        "SELECT id FROM cases WHERE requesting_state = 'AT' AND requested_state = 'MA' AND erased_at = '' LIMIT 1"
    ).fetchone()
    finder_id = finder_case[0] if finder_case else vault.cases.add(
        title="Hearing of a witness in Casablanca", requesting_state="AT", requested_state="MA",
        offence_category="fraud", status="open").id
    cases.refresh()
    cases.open_record("case", finder_id)
    view.finder_button.setChecked(True)
    view.measure_combo.setCurrentIndex(max(0, view.measure_combo.findData("hearing")))
    view.run_finder()
    shots.append(_save(window, out, "cases-9-legal-basis-finder"))
    view.finder_button.setChecked(False)

    # The editor with an error from the core
    cases.new_case()
    ed = cases.editor
    ed.title_edit.setText("Stolen lorries on the A4 motorway")
    ed.requesting_picker.setValue("AT")
    ed.requested_picker.setValue("AT")
    ed.save()
    shots.append(_save(window, out, "cases-10-editor-error"))
    dialogs.next_answer(True, kind="confirm")
    ed.cancel()

    # A person with names in several scripts, facts and assessments
    window.show_section("persons")
    pid = vault.persons.add(names=SHOT_NAMES, category="witness", date_of_birth="1988-03", nationality="EG",
                            documents=[{"type": "passport", "number": "A12345678", "country": "EG",
                                        "expires": "2031-05-01"}],
                            facts=[{"text": "Crossed at Nickelsdorf on 2026-10-02 at 23:40",
                                    "source": "Border control record"}],
                            assessments=[{"text": "Appears to act as a courier", "source": "Analyst, unit 3"}],
                            case=case_id, role="witness").id
    persons.refresh()
    persons.open_record("person", pid)
    shots.append(_save(window, out, "persons-1-multiscript"))
    persons.view.erase_button.click()
    shots.append(_save(window, out, "persons-2-erase"))
    persons.view.erase_panel.setVisible(False)
    persons.edit_person(pid)
    shots.append(_save(window, out, "persons-3-editor"))
    persons.editor.cancel()
    return shots


def main(argv: list[str] | None = None) -> int:
    """Build a demo window in a temporary folder and take the pictures."""
    from .screenshots import run_area

    return run_area(shoot, argv)



if __name__ == "__main__":
    sys.exit(main())
