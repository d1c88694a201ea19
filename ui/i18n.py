"""The window's language: Vietnamese source strings, English from translations/vandong_en.qm.

switch(lang) installs or removes the translators; Qt then sends LanguageChange to every widget, and pages
re-set their texts (Page.retranslate). core.i18n follows the same choice for messages from the core.
The choice is kept in QSettings under 'ui/language'.
"""
from __future__ import annotations

from core import i18n as core_i18n
from core.resources import TRANSLATIONS
from ui.qt import QCoreApplication, QEvent, QLibraryInfo, QLocale, QSettings, QTranslator

SETTINGS_KEY = "ui/language"
DEFAULT = "vi"
_installed: list[QTranslator] = []
_current = DEFAULT


def qm_path(lang: str):
    return TRANSLATIONS / f"vandong_{lang}.qm"


def saved_language() -> str:
    value = QSettings().value(SETTINGS_KEY, DEFAULT)
    return value if value in core_i18n.LANGUAGES else DEFAULT


def save_language(lang: str) -> None:
    QSettings().setValue(SETTINGS_KEY, lang)


def current() -> str:
    return _current


def switch(lang: str) -> bool:
    """Make lang the language of the window and of core messages. Returns False (and changes nothing) if the
    app's .qm for lang is missing."""
    global _current
    if lang not in core_i18n.LANGUAGES:
        raise ValueError(lang)
    app = QCoreApplication.instance()
    ours = QTranslator()  # kept alive by _installed
    if lang != DEFAULT and not ours.load(str(qm_path(lang))):
        return False
    core_i18n.set_language(lang)
    _current = lang
    # what Qt's own widgets write (calendar names, number fields, the file dialog): the language's locale, not
    # the machine's (a 'C' locale writes dates as '1 12 2026')
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam) if lang == "vi"
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    changed = bool(_installed)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()  # the removed translators go with their last reference
    if lang != DEFAULT:
        app.installTranslator(ours)
        _installed.append(ours)
    # Qt's own strings (standard buttons, context menus). Qt ships no qtbase_vi, so translations/qt_vi.qm
    # carries the ones our windows show; a qtbase_vi from a future Qt would be used as well.
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    _load(app, f"{qt_dir}/qtbase_{lang}.qm")
    if lang == "vi":
        _load(app, str(TRANSLATIONS / "qt_vi.qm"))
    if not changed and not _installed:
        # nothing was installed or removed, so Qt sent no LanguageChange: send one (core texts may differ)
        QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
    return True


def _load(app, path: str) -> bool:
    translator = QTranslator()
    if translator.load(path):
        app.installTranslator(translator)
        _installed.append(translator)
        return True
    return False
