"""Pictures of the directory screens: contacts and agencies, agreements and the
legal-basis finder, the exchange log with its editor, cross-check and corrections.

    xvfb-run -a -s "-screen 0 1600x1000x24" python -m ui.shots_directory OUTDIR

Everything happens in a temporary folder with an in-memory keychain, on the demo
vault (fictional data); a few fictional names in other scripts are added to see
that Arabic, Greek, Cyrillic and Chinese show right.
"""

from __future__ import annotations

import sys
from pathlib import Path

from . import dialogs
from .contacts_page import ContactsPage

SIZE = (1400, 860)

SCRIPT_CONTACTS = [
    {"name": "Νικόλαος Παπαδόπουλος", "country": "GR", "languages": ["el", "en"], "role": "Αστυνόμος Α΄",
     "email": "n.papadopoulos@gr-police.example.org", "time_zone": "Europe/Athens",
     "secure_channels": ["Europol SIENA: GR.LO@siena"]},
    {"name": "محمد بن سلمان العتيبي", "country": "MA", "languages": ["ar", "fr"], "role": "ضابط اتصال",
     "email": "m.alutaybi@ma-police.example.org", "time_zone": "Africa/Casablanca"},
    {"name": "Олена Коваленко", "country": "UA", "languages": ["uk", "en"], "role": "Слідчий",
     "email": "o.kovalenko@ua-police.example.org", "time_zone": "Europe/Kyiv"},
    {"name": "王小明", "country": "CN", "languages": ["zh", "en"], "role": "联络官",
     "email": "wang.xiaoming@cn-police.example.org", "time_zone": "Asia/Shanghai"},
]


def shoot(window, session, out: Path) -> list[Path]:
    """Drive an unlocked demo window through the directory screens; save a PNG of each."""
    from .screenshots import _shot

    out.mkdir(parents=True, exist_ok=True)
    vault = session.vault
    shots: list[Path] = []
    for c in SCRIPT_CONTACTS:
        if not vault.db.execute("SELECT 1 FROM contacts WHERE email_key = ?", [c["email"]]).fetchone():
            vault.contacts.add(**c, notes="Fictional counterpart (screenshots).", origin="demo")
    window.refresh_all()

    # Contacts and agencies
    window.show_section("contacts")
    contacts = window.pages["contacts"]
    assert isinstance(contacts, ContactsPage), "the window has no contacts page (ui.workspace registers it)"
    tab = contacts.contacts
    greek = vault.contacts.resolve("n.papadopoulos@gr-police.example.org")
    contacts.open_record("contact", greek)
    shots.append(_shot(window, out, "dir-01-contacts"))
    arabic = vault.contacts.resolve("m.alutaybi@ma-police.example.org")
    contacts.open_record("contact", arabic)
    shots.append(_shot(window, out, "dir-02-contact-arabic"))
    tab.start_edit()
    tab.editor.field("email").setText("not an address")
    tab.editor.save()
    shots.append(_shot(window, out, "dir-03-contact-editor-error"))
    _discard(tab.editor)
    contacts.tabs.setCurrentWidget(contacts.agencies)
    contacts.agencies.list.table.selectRow(0)
    shots.append(_shot(window, out, "dir-04-agencies"))

    # Agreements and the finder
    window.show_section("agreements")
    agreements = window.pages["agreements"]
    agreements.open_record("agreement", vault.agreements.resolve("ETS 185"))
    shots.append(_shot(window, out, "dir-05-agreement-reference"))
    agreements.list_tab.start_edit()
    shots.append(_shot(window, out, "dir-06-agreement-reference-editor"))
    _discard(agreements.list_tab.editor)
    agreements.tabs.setCurrentWidget(agreements.finder)
    finder = agreements.finder
    finder.requesting.setValue("AT")
    finder.requested.setValue("CN")
    finder.measure.setCurrentIndex(finder.measure.findData("financial-information"))
    finder.offence.setCurrentIndex(finder.offence.findData("corruption"))
    finder.find()
    shots.append(_shot(window, out, "dir-07-legal-basis-finder"))

    # The exchange log
    window.show_section("exchanges")
    log = window.pages["exchanges"]
    log.list.table.selectRow(0)
    shots.append(_shot(window, out, "dir-08-exchange-log"))
    log.start_log("received")
    ed = log.editor
    ed.field("summary").setPlainText("Запит про інформацію: підозрюваний Олег Ковальчук, паспорт FE123456.")
    rt = ed.field("request_type")
    rt.setCurrentIndex(rt.findData("information-request"))
    person = vault.persons.list(limit=1).items[0]
    ed.field("names").setPlainText(f"{person['display_name']}\nОлена Коваленко")
    ed.field("counterpart").setValue(vault.contacts.resolve("o.kovalenko@ua-police.example.org"))
    ed.field("counterpart_reference").setText("UA-NCB-2026/0412")
    ed.handling_picker.tlp_combo.setCurrentIndex(ed.handling_picker.tlp_combo.findText("TLP:AMBER"))
    shots.append(_shot(window, out, "dir-09-log-received-editor"))
    ed.save()
    shots.append(_shot(window, out, "dir-10-cross-check"))
    log.cross_check.close_button.click()
    corrected = vault.db.execute(
        "SELECT id FROM exchanges WHERE corrects_id IS NOT NULL ORDER BY seq DESC LIMIT 1").fetchone()
    if corrected:
        log.open_record("exchange", corrected[0])
        shots.append(_shot(window, out, "dir-11-correction-history"))
    log.start_correction()
    shots.append(_shot(window, out, "dir-12-correct-editor"))
    _discard(log.editor)
    return shots


def _discard(editor) -> None:
    """Leave an editor without saving (the guard's question answered through the seam)."""
    if editor.is_dirty():
        dialogs.next_answer(True, kind="confirm")
    editor.cancel()


def main(argv: list[str] | None = None) -> int:
    """Build a demo window in a temporary folder and take the pictures."""
    from .screenshots import run_area

    return run_area(shoot, argv)



if __name__ == "__main__":
    sys.exit(main())
