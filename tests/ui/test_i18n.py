"""Translations: French complete in every area, .qm built and loaded, Arabic mirrored, Qt's
own strings translated, locales with the digits Morocco uses, headless use by the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desk.domain.errors import DomainError, ErrorCode
from desk.i18n import translators
from desk.i18n.messages import describe_error
from desk.i18n.translators import (
    TRANSLATIONS_ENV,
    locale_for,
    resolve_language,
    resources_dir,
)
from desk.store import open_file
from desk.ui.main_window import MainWindow
from desk.ui.settings import Settings
from tests.ui.conftest import ROOT, load_i18n_script

NNBSP = "\u202f"


def test_every_french_string_of_every_area_is_translated() -> None:
    missing = load_i18n_script().unfinished("fr")
    assert missing == [], f"{len(missing)} French strings unfinished, e.g. {missing[:10]}"


def test_error_messages_are_translated_into_arabic_too() -> None:
    tree = ET.parse(ROOT / "resources" / "translations" / "shell_ar.ts")
    errors = [c for c in tree.getroot().iter("context") if c.findtext("name") == "Errors"]
    assert errors, "no Errors context in shell_ar.ts"
    for message in errors[0].iter("message"):
        translation = message.find("translation")
        assert translation is not None and translation.get("type") != "unfinished"
        assert (translation.text or "").strip(), message.findtext("source")


def test_building_qm_gives_working_translators(tmp_path: Path) -> None:
    built = load_i18n_script().build(tmp_path)
    assert sorted(p.name for p in built) == ["assodesk_ar.qm", "assodesk_fr.qm"]
    translator = QTranslator()
    assert translator.load(str(tmp_path / "assodesk_fr.qm"))
    assert translator.translate("MainWindow", "Save a &copy…") == "Enregistrer une &copie…"
    assert translator.translate("Pages", "Treasury") == "Trésorerie"  # areas merged
    assert translator.translate("Errors", "This field is required.") == "Ce champ est obligatoire."


def _window(qtbot: QtBot, asso_path: Path, settings: Settings) -> MainWindow:
    window = MainWindow(open_file(asso_path), settings=settings)
    qtbot.addWidget(window)
    return window


def _navigation(window: MainWindow) -> list[str]:
    assert window.workspace is not None
    nav = window.workspace.navigation
    return [nav.item(i).text() for i in range(nav.count())]


def test_french_window(
    qtbot: QtBot, asso_path: Path, shell_settings: Settings, french: None
) -> None:
    window = _window(qtbot, asso_path, shell_settings)
    assert _navigation(window) == [
        "Tableau de bord",
        "Trésorerie",
        "Budgets",
        "Cadre logique",
        "Calendrier",
        "Rapports",
        "Revue",
    ]
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Fichier", "&Édition", "&Affichage", "&Outils", "A&ide"]
    assert window.action_save_copy.text() == "Enregistrer une &copie…"
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    window.close()


def test_arabic_window_is_mirrored(
    qtbot: QtBot, asso_path: Path, shell_settings: Settings, speak: Callable[[str], None]
) -> None:
    speak("ar")
    window = _window(qtbot, asso_path, shell_settings)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    labels = _navigation(window)
    assert labels[1] == "الخزينة"
    assert all("\u0600" <= ch <= "\u06ff" for ch in labels[0] if not ch.isspace())
    assert window.welcome.open_button.text() == "فتح ملف جمعية…"
    window.close()


def test_qt_own_strings_are_french(qtbot: QtBot, french: None) -> None:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuler"


def test_describe_error_formats_dates_in_the_user_language(french: None) -> None:
    error = DomainError(
        ErrorCode.TRANSACTION_DATE_OUTSIDE_YEAR, field="date", date=date(2025, 3, 8)
    )
    assert describe_error(error) == (
        "La date du 08/03/2025 est en dehors de tous les exercices de ce dossier."
    )
    locked = DomainError(ErrorCode.FILE_LOCKED, path="a.assodesk", user="", machine="PC", since="x")
    assert "par inconnu sur PC" in describe_error(locked)


@pytest.mark.parametrize(
    ("pref", "expected"),
    [("fr", "fr"), ("ar_MA", "ar"), ("en-GB", "en"), ("AR", "ar")],
)
def test_resolve_language_from_a_preference(pref: str, expected: str) -> None:
    assert resolve_language(pref) == expected


@pytest.mark.parametrize(
    ("system", "expected"), [("en_US", "en"), ("ar_MA", "ar"), ("de_DE", "fr"), ("fr_MA", "fr")]
)
def test_resolve_language_from_the_system(
    monkeypatch: pytest.MonkeyPatch, system: str, expected: str
) -> None:
    monkeypatch.setattr(translators.QLocale, "system", staticmethod(lambda: QLocale(system)))
    assert resolve_language(None) == expected
    assert resolve_language("wolof") == expected  # an unknown preference is ignored


def test_locales_write_numbers_as_morocco_does() -> None:
    assert locale_for("fr").toString(1234.5, "f", 2) == f"1{NNBSP}234,50"
    arabic = locale_for("ar")
    assert arabic.toString(1234.5, "f", 2) == "1.234,50"  # Western digits, not ١٬٢٣٤
    assert arabic.textDirection() == Qt.LayoutDirection.RightToLeft
    day = QDate(2025, 3, 8)
    assert locale_for("en").toString(day, QLocale.FormatType.ShortFormat) == "08/03/2025"


def test_resources_dir_beside_the_package_or_in_the_frozen_bundle(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert resources_dir() == ROOT / "resources"
    assert (resources_dir() / "icons" / "assodesk.svg").is_file()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_dir() == tmp_path / "resources"


def test_use_language_works_headless(qm_dir: Path) -> None:
    """The CLI has no QApplication: use_language creates a core application."""
    code = (
        "from PySide6.QtCore import QCoreApplication as A\n"
        "from desk.i18n.translators import use_language\n"
        "assert A.instance() is None\n"
        "use_language('fr')\n"
        "print(type(A.instance()).__name__, A.translate('Errors', 'This field is required.'))\n"
    )
    env = {**os.environ, TRANSLATIONS_ENV: str(qm_dir)}
    env.pop("QT_QPA_PLATFORM", None)
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, check=True
    ).stdout
    assert out.strip() == "QCoreApplication Ce champ est obligatoire."


def test_switching_language_does_not_stack_translators(speak: Callable[[str], None]) -> None:
    speak("fr")
    speak("ar")
    assert QCoreApplication.translate("MainWindow", "Read-only") == "للقراءة فقط"
    speak("en")
    assert QCoreApplication.translate("MainWindow", "Read-only") == "Read-only"


def test_every_translatable_source_belongs_to_exactly_one_area() -> None:
    script = load_i18n_script()
    owners: dict[str, list[str]] = {}
    for area in script.AREAS:
        for source in script._sources(area):
            owners.setdefault(str(Path(source).relative_to(ROOT)), []).append(area)
    shared = {path: areas for path, areas in owners.items() if len(areas) > 1}
    assert shared == {}
    for folder in ("desk/ui", "desk/reports", "desk/i18n"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            assert str(path.relative_to(ROOT)) in owners, f"{path} is in no translation area"
