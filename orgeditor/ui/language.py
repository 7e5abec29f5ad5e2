"""The interface language: English (the source texts) or Norwegian Bokmål, through Qt's
translation system (docs/ARCHITECTURE.md, "Translations").

A setting ("interface/language": "system", "en" or "nb") chooses it; "system" (the default)
follows the locale: LC_ALL, LC_MESSAGES or LANG as the command line reads them (nb, no, nn:
Bokmål), else what QLocale.system() says (Windows, macOS), else English. install_translators()
loads resources/i18n/orgeditor_nb.qm for our own texts and, for Qt's own dialogs and buttons,
Qt's Nynorsk translation (PySide6 ships none for Bokmål; Nynorsk reads closest), and sets the
default locale so numbers and dates follow. It runs once, right after the QApplication is made,
so a change of the setting takes effect at the next start.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from importlib import resources
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from orgeditor.drawing.style import forget_translated_labels
from orgeditor.rules.messages import normalise_language

LANGUAGE_KEY = "interface/language"
SYSTEM, ENGLISH, BOKMAAL = "system", "en", "nb"
CHOICES = (SYSTEM, ENGLISH, BOKMAAL)
# Qt's own strings (standard buttons, file dialogs): the closest language PySide6 ships
QT_FALLBACK = "nn"
_locale_before: QLocale | None = None  # the default locale install_translators replaced
_shown: str | None = None  # the language install_translators installed (None: not yet)


def _settings() -> QSettings:
    # before the application exists its names are not set yet: the same ones run_app sets
    if not QCoreApplication.organizationName():
        return QSettings("orgeditor", "orgeditor")
    return QSettings()


def language_setting() -> str:
    """The setting as chosen: "system", "en" or "nb" (anything else reads as "system")."""
    value = str(_settings().value(LANGUAGE_KEY, SYSTEM) or SYSTEM)
    return value if value in CHOICES else SYSTEM


def set_language_setting(value: str) -> None:
    _settings().setValue(LANGUAGE_KEY, value if value in CHOICES else SYSTEM)


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """ "nb" when the locale asks for Norwegian (nb, no, nn), else "en"."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if env.get(name):
            return normalise_language(env[name])
    return normalise_language(QLocale.system().name())


def interface_language(environ: Mapping[str, str] | None = None) -> str:
    """The language the interface shows: "en" or "nb"."""
    chosen = language_setting()
    return system_language(environ) if chosen == SYSTEM else chosen


def shown_language() -> str:
    """The language the interface shows now: the one installed at start (a changed setting
    shows from the next start), else the setting's. Texts made outside Qt's translations (the
    findings, rules/messages.py) follow it, so they agree with the menus."""
    return _shown if _shown is not None else interface_language()


def translations_folder() -> Path:
    """resources/i18n: the .ts sources and the built .qm files."""
    return Path(str(resources.files("orgeditor.resources").joinpath("i18n")))


def qt_translations_folder() -> str:
    """PySide6's folder of Qt's own translations (qtbase_*.qm)."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def install_translators(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Install the translators for `language` (default: interface_language()) on `app` and
    return them (kept as children of the application, so they live as long as it does).
    English installs only the English forms of the texts that count ("%n position(s)" ->
    "1 position", "2 positions") and leaves the default locale alone."""
    language = interface_language() if language is None else language
    global _shown
    _shown = BOKMAAL if language == BOKMAAL else ENGLISH
    forget_translated_labels()
    installed = []
    if language != BOKMAAL:
        plurals = QTranslator(app)
        if plurals.load("orgeditor_en", str(translations_folder())):
            app.installTranslator(plurals)
            installed.append(plurals)
        return installed
    ours = QTranslator(app)
    if ours.load("orgeditor_nb", str(translations_folder())):
        installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{QT_FALLBACK}", qt_translations_folder()):
        installed.append(qt)
    for translator in installed:
        app.installTranslator(translator)
    global _locale_before
    if _locale_before is None:
        _locale_before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway))
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Undo install_translators (for tests): English texts and the system locale again."""
    for translator in translators:
        app.removeTranslator(translator)
        translator.deleteLater()
    global _locale_before, _shown
    _shown = None
    forget_translated_labels()
    if _locale_before is not None:
        QLocale.setDefault(_locale_before)
        _locale_before = None
