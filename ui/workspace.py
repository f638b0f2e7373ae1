"""Puts the workspace together: the real section pages in place of the shell's
placeholders, the command palette, drop-to-verify, and the menus that open the
dialogs (settings, bundle import, oversight report)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence


def _tr(text: str) -> str:
    return QCoreApplication.translate("Workspace", text)


def register_pages() -> None:
    """Replace the placeholders in SECTIONS (the dict keeps its order: the
    navigation column and Ctrl+1..8 stay as they are)."""
    from .agreements_page import AgreementsPage
    from .audit_page import AuditPage
    from .cases_page import CasesPage
    from .contacts_page import ContactsPage
    from .dashboard_page import DashboardPage2
    from .documents_page import DocumentsPage
    from .exchanges_page import ExchangesPage
    from .persons_page import PersonsPage
    from .sections import SECTIONS

    SECTIONS.update(
        {
            "dashboard": DashboardPage2,
            "cases": CasesPage,
            "persons": PersonsPage,
            "contacts": ContactsPage,
            "agreements": AgreementsPage,
            "exchanges": ExchangesPage,
            "documents": DocumentsPage,
            "audit": AuditPage,
        }
    )


def _new_case(window: Any) -> None:
    window.show_section("cases")
    page = window.pages.get("cases")
    if page is not None and hasattr(page, "new_case"):
        page.new_case()


def _export_current_case(window: Any) -> None:
    from .handover import open_export

    page = window.pages.get("cases")
    case = getattr(getattr(page, "view", None), "case", None)
    if case:
        open_export(window, case["reference"])
    else:
        window.show_section("cases")
        window.statusBar().showMessage(_tr("Choose a case, then use Hand over… in its header."), 8000)


def install(window: Any) -> None:
    """Called once by the main window after it has built its own actions."""
    from .documents_page import install_drop_verify
    from .handover import open_import
    from .palette import PaletteAction, install_palette, open_settings
    from .report_dialog import open_report

    actions = [
        PaletteAction("new-case", _tr("New case"), "", lambda: _new_case(window)),
        PaletteAction("export-bundle", _tr("Export bundle (hand over the open case)…"), "",
                      lambda: _export_current_case(window)),
        PaletteAction("import-bundle", _tr("Import bundle…"), "", lambda: open_import(window)),
        PaletteAction("oversight-report", _tr("Oversight report…"), "", lambda: open_report(window)),
    ]
    install_palette(window, extra_actions=actions)
    install_drop_verify(window)

    tools = window.menuBar().addMenu(_tr("&Tools"))
    window.tool_actions = []
    for text, shortcut, handler in (
        (_tr("&Settings…"), "Ctrl+,", lambda: open_settings(window)),
        (_tr("&Import bundle…"), "", lambda: open_import(window)),
        (_tr("&Oversight report…"), "", lambda: open_report(window)),
    ):
        action = QAction(text, window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False, h=handler: h() if window.session.is_open else None)
        tools.addAction(action)
        window.tool_actions.append(action)
