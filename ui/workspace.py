"""Puts the workspace together: the real section pages in place of the shell's
placeholders, the command palette, drop-to-verify, and the menus that open the
dialogs (settings, bundle import, oversight report)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
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


# The Tools menu: (label, shortcut, handler name). Labels are translated where used.
TOOLS_MENU = QT_TRANSLATE_NOOP("Workspace", "&Tools")
TOOLS = (
    (QT_TRANSLATE_NOOP("Workspace", "&Settings…"), "Ctrl+,", "settings"),
    (QT_TRANSLATE_NOOP("Workspace", "&Import bundle…"), "", "import"),
    (QT_TRANSLATE_NOOP("Workspace", "&Oversight report…"), "", "report"),
)


def _palette_actions(window: Any) -> list:
    from .handover import open_import
    from .palette import PaletteAction
    from .report_dialog import open_report

    return [
        PaletteAction("new-case", _tr("New case"), "", lambda: _new_case(window)),
        PaletteAction("export-bundle", _tr("Export bundle (hand over the open case)…"), "",
                      lambda: _export_current_case(window)),
        PaletteAction("import-bundle", _tr("Import bundle…"), "", lambda: open_import(window)),
        PaletteAction("oversight-report", _tr("Oversight report…"), "", lambda: open_report(window)),
    ]


def install(window: Any) -> None:
    """Called once by the main window after it has built its own actions."""
    from .documents_page import install_drop_verify
    from .handover import open_import
    from .palette import install_palette, open_settings
    from .report_dialog import open_report

    install_palette(window, extra_actions=_palette_actions(window))
    install_drop_verify(window)

    handlers = {"settings": open_settings, "import": open_import, "report": open_report}
    window.tools_menu = window.menuBar().addMenu(_tr(TOOLS_MENU))
    window.tool_actions = []
    for label, shortcut, name in TOOLS:
        action = QAction(_tr(label), window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        handler = handlers[name]
        action.triggered.connect(lambda _checked=False, h=handler: h(window) if window.session.is_open else None)
        window.tools_menu.addAction(action)
        window.tool_actions.append(action)


def retranslate(window: Any) -> None:
    """After a language switch: the Tools menu re-labelled and the palette's
    actions remade (they carry their titles)."""
    from .palette import window_actions

    window.tools_menu.setTitle(_tr(TOOLS_MENU))
    for action, (label, _shortcut, _name) in zip(window.tool_actions, TOOLS, strict=True):
        action.setText(_tr(label))
    palette = getattr(window, "palette_widget", None)
    if palette is not None:
        palette.close_palette()
        palette.actions_list = window_actions(window) + _palette_actions(window)
