"""The interface language: Qt Linguist translations, chosen in the settings.

Our messages live in ``resources/translations/liaison_<lang>.qm`` (compiled
from the ``.ts`` files by ``packaging/update-translations.sh``); Qt's own
standard texts (dialog buttons, context menus) come from Qt's ``qtbase_<lang>.qm``.
The language is a per-machine preference (QSettings ``ui/language``), never
vault data. At start-up :func:`install` is called with :func:`startup_language`;
a change in the settings calls :func:`apply_language`, which installs the new
translators and rebuilds what the window shows.

Section titles are English class attributes (``SectionPage.title``) that tests
and code compare against; they are translated where they are shown, with
:func:`section_title`.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from liaison import resources

if TYPE_CHECKING:  # pragma: no cover - typing only
    from .main_window import MainWindow

log = logging.getLogger(__name__)

SETTING_KEY = "ui/language"
DEFAULT_LANGUAGE = "en"
# Each language in its own name: an officer who cannot read the current one can still find theirs.
_LANGUAGES = {"en": "English", "fr": "Français"}
SECTIONS_CONTEXT = "Sections"

# The titles of the workspace's sections, so that lupdate sees them (the
# classes keep their English ``title``; see :func:`section_title`).
SECTION_TITLES = (
    QT_TRANSLATE_NOOP("Sections", "Dashboard"),
    QT_TRANSLATE_NOOP("Sections", "Cases"),
    QT_TRANSLATE_NOOP("Sections", "Persons"),
    QT_TRANSLATE_NOOP("Sections", "Contacts and agencies"),
    QT_TRANSLATE_NOOP("Sections", "Agreements"),
    QT_TRANSLATE_NOOP("Sections", "Exchange log"),
    QT_TRANSLATE_NOOP("Sections", "Documents"),
    QT_TRANSLATE_NOOP("Sections", "Audit"),
)

# The translators currently installed (Qt keeps only a pointer: we hold them).
# Interface state, not vault data: nothing here is cleared on lock.
_state: dict[str, Any] = {"lang": DEFAULT_LANGUAGE, "translators": []}


def available_languages() -> dict[str, str]:
    """The interface languages we ship, code -> the language's own name."""
    return dict(_LANGUAGES)


def current_language() -> str:
    """The language last installed (``en`` until :func:`install` is called)."""
    return str(_state["lang"])


def normalise(lang: object) -> str:
    """A supported code for whatever was stored or asked for: ``fr_FR`` -> ``fr``;
    anything unknown -> English."""
    code = str(lang or "").strip().replace("-", "_").split("_")[0].lower()
    return code if code in _LANGUAGES else DEFAULT_LANGUAGE


def system_language() -> str:
    """The system locale's language when we have it, else English."""
    for name in QLocale.system().uiLanguages() or [QLocale.system().name()]:
        code = str(name).replace("-", "_").split("_")[0].lower()
        if code in _LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


def startup_language(settings: QSettings | None = None) -> str:
    """The language chosen in the settings (``ui/language``), or the system's."""
    settings = settings if settings is not None else QSettings()
    stored = settings.value(SETTING_KEY)
    if stored:
        return normalise(stored)
    return system_language()


def translations_dir() -> str:
    return str(resources.path("translations"))


def qt_translations_dir() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def install(app: QCoreApplication | None, lang: str) -> str:
    """Install our translator and Qt's for ``lang``, replacing those installed
    before; returns the language now in force. A missing file is logged, never
    fatal: the interface then stays (partly) in English."""
    app = app if app is not None else QCoreApplication.instance()
    lang = normalise(lang)
    for old in _state["translators"]:
        QCoreApplication.removeTranslator(old)
    _state["translators"] = []
    if app is not None:
        wanted = [(f"liaison_{lang}", translations_dir())]
        if lang != "en":
            wanted.append((f"qtbase_{lang}", qt_translations_dir()))
        for name, folder in wanted:
            translator = QTranslator(app)
            if translator.load(name, folder):
                QCoreApplication.installTranslator(translator)
                _state["translators"].append(translator)
            elif lang != "en":  # English is the source language: its files are optional
                log.warning("translation file %s not found in %s", name, folder)
    _state["lang"] = lang
    return lang


def section_title(title: str) -> str:
    """A section's English ``title`` in the interface language."""
    return QCoreApplication.translate(SECTIONS_CONTEXT, title)


def apply_language(window: MainWindow | None, lang: str, settings: QSettings | None = None) -> str:
    """Switch the running application to ``lang``: remember it, install the
    translators, then have the window rebuild its texts and pages (nothing of
    the vault is re-read beyond what the pages show anyway)."""
    lang = normalise(lang)
    if settings is not None:
        settings.setValue(SETTING_KEY, lang)
    install(QCoreApplication.instance(), lang)
    if window is not None:
        window.retranslate()
    return lang
