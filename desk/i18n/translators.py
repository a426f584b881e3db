"""Which language AssoDesk speaks, and the Qt translators and locale that make it so.

Works without widgets (QtCore only): the GUI calls `use_language` once the QApplication
exists, the CLI calls it headless (a QCoreApplication is created if there is none).

Locales (checked with Qt 6.12, see `locale_for`):

- fr → fr_FR, not fr_MA: Qt's fr_MA groups thousands with a dot ("1.234,50"), while fr_FR
  writes "1 234,50" with a narrow no-break space, the same as `desk.domain.money`.
- ar → ar_MA: right-to-left, Arabic month names, and Western digits (0-9) as used in
  Morocco. Plain "ar" resolves to ar_EG, which writes Arabic-Indic digits (١٬٢٣٤): avoided.
  Its thousands separator is "." ("1.234,50") where money.format_minor writes a narrow space:
  amounts are formatted by `desk.domain.money`, QLocale only serves dates and plain numbers.
- en → en_GB: day-first dates (08/03/2025) as everyone reads them in Morocco; en_US would
  write 3/8/25.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES: tuple[str, ...] = ("fr", "en", "ar")
DEFAULT_LANGUAGE = "fr"
RIGHT_TO_LEFT: frozenset[str] = frozenset({"ar"})
# Each language named in itself, for the preferences dialog: never translated.
LANGUAGE_NAMES: dict[str, str] = {"fr": "Français", "en": "English", "ar": "العربية"}
# Test and developer hook: where the built .qm files are, instead of resources/translations.
TRANSLATIONS_ENV = "ASSODESK_TRANSLATIONS_DIR"

_log = logging.getLogger(__name__)
# Translators must outlive this module's calls (Qt does not own them), and are removed on the
# next use_language() so that a language switch does not stack two languages.
_installed: list[QTranslator] = []
_current: str | None = None
_headless_app: QCoreApplication | None = None


def resources_dir() -> Path:
    """The `resources` folder: beside the package in a checkout, under `sys._MEIPASS` when
    frozen by PyInstaller (the spec file must add it as data under the name "resources")."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent.parent / "resources"


def translations_dir() -> Path:
    """Where assodesk_<lang>.qm live (built by `python scripts/i18n.py build`)."""
    override = os.environ.get(TRANSLATIONS_ENV)
    return Path(override) if override else resources_dir() / "translations"


def resolve_language(pref: str | None) -> str:
    """ "fr", "en" or "ar" from a preference ("fr", "ar_MA", "en-GB"…) or, when there is none,
    from the system locale. Anything else gives French, the default."""
    if pref:
        code = pref.replace("-", "_").split("_", 1)[0].lower()
        if code in LANGUAGES:
            return code
    system = QLocale.system().language()
    if system == QLocale.Language.English:
        return "en"
    if system == QLocale.Language.Arabic:
        return "ar"
    return DEFAULT_LANGUAGE


def locale_for(lang: str) -> QLocale:
    """The QLocale used for dates and plain numbers in `lang` (see the module docstring)."""
    country = QLocale.Country
    if lang == "ar":
        return QLocale(QLocale.Language.Arabic, country.Morocco)
    if lang == "en":
        return QLocale(QLocale.Language.English, country.UnitedKingdom)
    return QLocale(QLocale.Language.French, country.France)


def is_right_to_left(lang: str) -> bool:
    return lang in RIGHT_TO_LEFT


def current_language() -> str | None:
    """The language last passed to `use_language`, None before the first call."""
    return _current


def _application() -> QCoreApplication:
    global _headless_app
    app = QCoreApplication.instance()
    if app is None:
        # The CLI has no GUI: a core application is enough for translators.
        _headless_app = app = QCoreApplication(sys.argv[:1] or ["assodesk"])
    return app


def _load(app: QCoreApplication, name: str, folder: Path) -> bool:
    translator = QTranslator(app)
    if not translator.load(name, str(folder)):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def use_language(lang: str) -> None:
    """Install AssoDesk's and Qt's own translations of `lang` on the current application and
    make its locale the default. English (the source language) needs no AssoDesk file."""
    global _current
    lang = resolve_language(lang)
    app = _application()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if lang != "en":
        folder = translations_dir()
        if not _load(app, f"assodesk_{lang}", folder):
            _log.warning(
                "no AssoDesk translation for %s in %s (run scripts/i18n.py build)", lang, folder
            )
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if not _load(app, f"qtbase_{lang}", qt_folder) and lang != "en":
        _log.warning("no Qt translation qtbase_%s in %s", lang, qt_folder)
    QLocale.setDefault(locale_for(lang))
    _current = lang
