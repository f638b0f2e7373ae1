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

import gettext
import logging
import unicodedata
from functools import lru_cache
from pathlib import Path
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

# Values of the core's lists (channels, request types, outcomes, measures, the 4x4
# evaluation codes...) that the directory, agreement and exchange screens show
# through their ``tr`` helper (context "Directory"): listed here so that lupdate
# extracts them. Regenerate when a list in the core grows.
DIRECTORY_VALUES = (
    QT_TRANSLATE_NOOP("Directory", "Mutual legal assistance request"),
    QT_TRANSLATE_NOOP("Directory", "Preservation request"),
    QT_TRANSLATE_NOOP("Directory", "Request for information (Directive 2023/977)"),
    QT_TRANSLATE_NOOP("Directory", "Spontaneous information"),
    QT_TRANSLATE_NOOP("Directory", "European Investigation Order"),
    QT_TRANSLATE_NOOP("Directory", "Acknowledgement"),
    QT_TRANSLATE_NOOP("Directory", "Status inquiry"),
    QT_TRANSLATE_NOOP("Directory", "Other"),
    QT_TRANSLATE_NOOP("Directory", "Sent"),
    QT_TRANSLATE_NOOP("Directory", "Received"),
    QT_TRANSLATE_NOOP("Directory", "Europol SIENA"),
    QT_TRANSLATE_NOOP("Directory", "INTERPOL I-24/7"),
    QT_TRANSLATE_NOOP("Directory", "24/7 cybercrime network"),
    QT_TRANSLATE_NOOP("Directory", "Liaison officer network"),
    QT_TRANSLATE_NOOP("Directory", "Diplomatic channel"),
    QT_TRANSLATE_NOOP("Directory", "Central authority"),
    QT_TRANSLATE_NOOP("Directory", "E-mail"),
    QT_TRANSLATE_NOOP("Directory", "Telephone"),
    QT_TRANSLATE_NOOP("Directory", "In person"),
    QT_TRANSLATE_NOOP("Directory", "Normal"),
    QT_TRANSLATE_NOOP("Directory", "Urgent"),
    QT_TRANSLATE_NOOP("Directory", "normal"),
    QT_TRANSLATE_NOOP("Directory", "urgent"),
    QT_TRANSLATE_NOOP("Directory", "Direct"),
    QT_TRANSLATE_NOOP("Directory", "Indirect"),
    QT_TRANSLATE_NOOP("Directory", "direct"),
    QT_TRANSLATE_NOOP("Directory", "indirect"),
    QT_TRANSLATE_NOOP("Directory", "Granted"),
    QT_TRANSLATE_NOOP("Directory", "Partially granted"),
    QT_TRANSLATE_NOOP("Directory", "Refused"),
    QT_TRANSLATE_NOOP("Directory", "Information provided"),
    QT_TRANSLATE_NOOP("Directory", "None"),
    QT_TRANSLATE_NOOP("Directory", "granted"),
    QT_TRANSLATE_NOOP("Directory", "partially granted"),
    QT_TRANSLATE_NOOP("Directory", "refused"),
    QT_TRANSLATE_NOOP("Directory", "information provided"),
    QT_TRANSLATE_NOOP("Directory", "none"),
    QT_TRANSLATE_NOOP("Directory", "No doubt about authenticity and reliability"),
    QT_TRANSLATE_NOOP("Directory", "Mostly reliable in the past"),
    QT_TRANSLATE_NOOP("Directory", "Mostly unreliable in the past"),
    QT_TRANSLATE_NOOP("Directory", "Reliability cannot be assessed"),
    QT_TRANSLATE_NOOP("Directory", "Accuracy not in doubt"),
    QT_TRANSLATE_NOOP("Directory", "Known personally to the source but not to the officer passing it on"),
    QT_TRANSLATE_NOOP("Directory", "Not known personally to the source but corroborated by information already held"),
    QT_TRANSLATE_NOOP("Directory", "Not known personally to the source and cannot be corroborated"),
    QT_TRANSLATE_NOOP("Directory", "Adopted"),
    QT_TRANSLATE_NOOP("Directory", "Signed"),
    QT_TRANSLATE_NOOP("Directory", "In force from"),
    QT_TRANSLATE_NOOP("Directory", "Transposition deadline"),
    QT_TRANSLATE_NOOP("Directory", "Expires"),
    QT_TRANSLATE_NOOP("Directory", "Review date"),
    QT_TRANSLATE_NOOP("Directory", "Reference data"),
    QT_TRANSLATE_NOOP("Directory", "Demo data"),
    QT_TRANSLATE_NOOP("Directory", "Entered here"),
    QT_TRANSLATE_NOOP("Directory", "Imported"),
    QT_TRANSLATE_NOOP("Directory", "Bilateral treaty"),
    QT_TRANSLATE_NOOP("Directory", "EU instrument"),
    QT_TRANSLATE_NOOP("Directory", "Multilateral convention"),
    QT_TRANSLATE_NOOP("Directory", "Memorandum of understanding"),
    QT_TRANSLATE_NOOP("Directory", "Information or evidence already held by the requested authorities"),
    QT_TRANSLATE_NOOP("Directory", "Information from police or judicial databases"),
    QT_TRANSLATE_NOOP("Directory", "Criminal records"),
    QT_TRANSLATE_NOOP("Directory", "Hearing of a witness, expert, victim, suspect or third party"),
    QT_TRANSLATE_NOOP("Directory", "Hearing by videoconference or telephone"),
    QT_TRANSLATE_NOOP("Directory", "Identification of the holder of a telephone number or IP address"),
    QT_TRANSLATE_NOOP("Directory", "Subscriber data"),
    QT_TRANSLATE_NOOP("Directory", "Traffic data"),
    QT_TRANSLATE_NOOP("Directory", "Content data"),
    QT_TRANSLATE_NOOP("Directory", "Expedited preservation of stored computer data"),
    QT_TRANSLATE_NOOP("Directory", "Real-time collection of traffic data"),
    QT_TRANSLATE_NOOP("Directory", "Interception of telecommunications"),
    QT_TRANSLATE_NOOP("Directory", "Search and seizure"),
    QT_TRANSLATE_NOOP("Directory", "Banking and financial information (accounts, transactions, monitoring)"),
    QT_TRANSLATE_NOOP("Directory", "Freezing of evidence or assets"),
    QT_TRANSLATE_NOOP("Directory", "Confiscation and asset recovery"),
    QT_TRANSLATE_NOOP("Directory", "Covert investigations"),
    QT_TRANSLATE_NOOP("Directory", "Controlled deliveries"),
    QT_TRANSLATE_NOOP("Directory", "Joint investigation team"),
    QT_TRANSLATE_NOOP("Directory", "Temporary transfer of a person in custody"),
    QT_TRANSLATE_NOOP("Directory", "Service of documents"),
    QT_TRANSLATE_NOOP("Directory", "Transfer of proceedings"),
    QT_TRANSLATE_NOOP("Directory", "Police"),
    QT_TRANSLATE_NOOP("Directory", "Prosecutor"),
    QT_TRANSLATE_NOOP("Directory", "Court"),
    QT_TRANSLATE_NOOP("Directory", "24/7 point of contact"),
    QT_TRANSLATE_NOOP("Directory", "Single point of contact (SPOC)"),
    QT_TRANSLATE_NOOP("Directory", "Customs"),
    QT_TRANSLATE_NOOP("Directory", "Due"),
    QT_TRANSLATE_NOOP("Directory", "Overdue"),
    QT_TRANSLATE_NOOP("Directory", "Met"),
    QT_TRANSLATE_NOOP("Directory", "case"),
    QT_TRANSLATE_NOOP("Directory", "person"),
    QT_TRANSLATE_NOOP("Directory", "contact"),
    QT_TRANSLATE_NOOP("Directory", "agency"),
    QT_TRANSLATE_NOOP("Directory", "agreement"),
    QT_TRANSLATE_NOOP("Directory", "exchange"),
)

# The translators currently installed and the bytes they read (Qt keeps only
# pointers: we hold both). Interface state, not vault data: nothing here is
# cleared on lock.
_state: dict[str, Any] = {"lang": DEFAULT_LANGUAGE, "translators": [], "data": []}


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
    _state["translators"], _state["data"] = [], []
    if app is not None:
        wanted = [Path(translations_dir()) / f"liaison_{lang}.qm"]
        if lang != "en":
            wanted.append(Path(qt_translations_dir()) / f"qtbase_{lang}.qm")
        for path in wanted:
            # Read into memory rather than let Qt map the file: a file rewritten
            # while Liaison runs (an update) must not crash it.
            try:
                data = path.read_bytes()
            except OSError:
                if lang != "en":  # English is the source language: its files are optional
                    log.warning("translation file %s not found", path)
                continue
            translator = QTranslator(app)
            if translator.load(data, str(path.parent)):
                QCoreApplication.installTranslator(translator)
                _state["translators"].append(translator)
                _state["data"].append(data)
            else:
                log.warning("translation file %s could not be read", path)
    _state["lang"] = lang
    return lang


@lru_cache(maxsize=8)
def _iso_catalogue(domain: str, lang: str) -> gettext.NullTranslations:
    """pycountry's own translations of the ISO names (country and language names)."""
    try:
        import pycountry

        return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[lang], fallback=True)
    except Exception:  # no catalogue: the English names stay
        log.warning("no %s names in %s", domain, lang)
        return gettext.NullTranslations()


def country_name(english: str) -> str:
    """A country's English ISO name (as ``liaison.refdata`` gives it) in the
    interface language; the English name when there is no translation."""
    lang = current_language()
    return english if lang == "en" or not english else _iso_catalogue("iso3166-1", lang).gettext(english)


def language_name(english: str) -> str:
    """A language's English ISO 639 name in the interface language."""
    lang = current_language()
    return english if lang == "en" or not english else _iso_catalogue("iso639-3", lang).gettext(english)


def sorted_countries() -> list[tuple[str, str]]:
    """(code, name) of every country, named and ordered in the interface language
    (for filter lists: "Allemagne" sorts under A in French)."""
    from liaison import refdata

    named = [(code, country_name(name)) for code, name in refdata.countries().items()]
    return sorted(named, key=lambda kv: unicodedata.normalize("NFKD", kv[1]).encode("ascii", "ignore").lower())


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
