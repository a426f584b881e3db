"""The shell's dialogs, driven as a user would: the new-association wizard, the profile,
the preferences (live language switch) and About."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk import __version__
from desk.models import AuditEntry
from desk.services.organisation import get_profile
from desk.store import open_file
from desk.ui.dialogs.about import AboutDialog
from desk.ui.dialogs.new_association import IDENTITY, LOCATION, MONEY, NewAssociationWizard
from desk.ui.dialogs.organisation import LOGO_MAX_SIDE, OrganisationDialog
from desk.ui.dialogs.preferences import PreferencesDialog
from desk.ui.main_window import MainWindow
from desk.ui.settings import Settings
from tests.ui.conftest import DialogAnswers


def _wizard(qtbot: QtBot, settings: Settings) -> NewAssociationWizard:
    wizard = NewAssociationWizard(settings)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_wizard_creates_the_file_with_what_was_typed(
    qtbot: QtBot, tmp_path: Path, shell_settings: Settings, french: None
) -> None:
    shell_settings.last_directory = tmp_path
    wizard = _wizard(qtbot, shell_settings)
    qtbot.keyClicks(wizard.name_edit, "Femmes Solidaires de Tanger")
    qtbot.keyClicks(wizard.acronym_edit, "FST")
    qtbot.keyClicks(wizard.city_edit, "Tanger")
    wizard.next()
    assert wizard.currentId() == MONEY
    assert wizard.currentPage().title() == "Monnaie et exercice"
    assert wizard.currency_combo.currentData() == "MAD"
    wizard.currency_combo.setCurrentIndex(wizard.currency_combo.findData("EUR"))
    wizard.month_combo.setCurrentIndex(6)  # July
    assert wizard.month_combo.currentText() == "Juillet"
    wizard.year_spin.setValue(2025)
    wizard.next()
    assert wizard.currentId() == LOCATION
    assert wizard.path_edit.text() == str(tmp_path / "FST.assodesk")  # suggested
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.created_path == tmp_path / "FST.assodesk"
    with open_file(tmp_path / "FST.assodesk", read_only=True) as asso:
        profile = get_profile(asso)
    assert (profile.name, profile.acronym, profile.city) == (
        "Femmes Solidaires de Tanger",
        "FST",
        "Tanger",
    )
    assert (profile.base_currency, profile.fiscal_year_start_month) == ("EUR", 7)


def test_empty_name_shows_the_inline_error_and_creates_nothing(
    qtbot: QtBot, tmp_path: Path, shell_settings: Settings, french: None
) -> None:
    shell_settings.last_directory = tmp_path
    wizard = _wizard(qtbot, shell_settings)
    qtbot.keyClicks(wizard.city_edit, "Oujda")
    qtbot.keyClicks(wizard.name_edit, "   ")
    wizard.next()
    assert wizard.currentId() == IDENTITY
    assert wizard.errors.text("name") == "Ce champ est obligatoire."
    assert wizard.city_edit.text() == "Oujda"  # what was typed is kept
    assert wizard.name_edit.hasFocus() or not wizard.isActiveWindow()
    assert list(tmp_path.glob("*.assodesk")) == []
    wizard.name_edit.insert("Association Oujda Solidarité")  # QTest cannot type non-ASCII keys
    wizard.next()
    assert wizard.currentId() == MONEY and wizard.errors.text("name") == ""


def test_existing_file_is_refused_under_the_file_field(
    qtbot: QtBot, tmp_path: Path, asso_path: Path, shell_settings: Settings, french: None
) -> None:
    before = asso_path.read_bytes()
    wizard = _wizard(qtbot, shell_settings)
    qtbot.keyClicks(wizard.name_edit, "Autre association")
    wizard.next()
    wizard.next()
    wizard.path_edit.setText(str(asso_path))
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.isVisible() and wizard.created_path is None
    assert wizard.currentId() == LOCATION
    assert "existe déjà" in wizard.errors.text("path")
    assert asso_path.read_bytes() == before
    assert wizard.name_edit.text() == "Autre association"


def test_new_association_from_the_window_opens_the_new_file(
    qtbot: QtBot, tmp_path: Path, shell_settings: Settings, dialogs: DialogAnswers
) -> None:
    shell_settings.last_directory = tmp_path

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, NewAssociationWizard)
        dialog.name_edit.setText("ADESM")
        dialog.city_edit.setText("Fès")
        dialog.next()
        dialog.next()
        dialog.button(QWizard.WizardButton.FinishButton).click()

    window = MainWindow(settings=shell_settings)
    qtbot.addWidget(window)
    dialogs.answer(fill)
    window.action_new.trigger()
    assert window.asso is not None and window.asso.path == tmp_path / "ADESM.assodesk"
    assert window.windowTitle() == "AssoDesk — ADESM"
    window.close()


def _audit_updates(path: Path) -> list[AuditEntry]:
    with open_file(path, read_only=True) as asso, asso.reader() as session:
        return list(
            session.scalars(select(AuditEntry).where(AuditEntry.table_name == "organisation"))
        )[1:]  # the first entry is the creation


def test_profile_dialog_saves_and_writes_an_audit_entry(
    qtbot: QtBot, asso_path: Path, french: None
) -> None:
    asso = open_file(asso_path)
    dialog = OrganisationDialog(asso)
    qtbot.addWidget(dialog)
    assert dialog.name_edit.text() == "Afrique Solidaire"
    dialog.city_edit.clear()
    dialog.city_edit.insert("Salé")  # QTest cannot type non-ASCII keys
    qtbot.keyClicks(dialog.phone_edit, "+212 5 37 00 00 00")
    image = QImage(1200, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("#1F6F8B"))
    dialog.set_logo_image(image)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.profile.city == "Salé"
    asso.close()
    with open_file(asso_path, read_only=True) as again:
        saved = get_profile(again)
    assert (saved.city, saved.phone, saved.logo_mime) == ("Salé", "+212 5 37 00 00 00", "image/png")
    logo = QImage.fromData(saved.logo or b"")
    assert (logo.width(), logo.height()) == (LOGO_MAX_SIDE, LOGO_MAX_SIDE // 2)
    (entry,) = _audit_updates(asso_path)
    assert json.loads(entry.before or "{}")["city"] == "Rabat"
    assert json.loads(entry.after or "{}")["city"] == "Salé"


def test_profile_dialog_refuses_an_empty_name_inline(
    qtbot: QtBot, asso_path: Path, french: None
) -> None:
    asso = open_file(asso_path)
    dialog = OrganisationDialog(asso)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_edit.clear()
    dialog.city_edit.setText("Kénitra")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible()
    assert dialog.errors.text("name") == "Ce champ est obligatoire."
    assert dialog.city_edit.text() == "Kénitra"
    dialog.email_edit.setText("pas un courriel")
    dialog.name_edit.setText("Afrique Solidaire")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.errors.text("name") == ""
    assert dialog.errors.text("email") == "Cette valeur n'est pas valide."
    asso.close()
    assert _audit_updates(asso_path) == []


def test_profile_of_a_read_only_file_cannot_be_changed(qtbot: QtBot, asso_path: Path) -> None:
    asso = open_file(asso_path, read_only=True)
    dialog = OrganisationDialog(asso)
    qtbot.addWidget(dialog)
    assert dialog.name_edit.isReadOnly() and not dialog.choose_logo.isEnabled()
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Save) is None
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Close) is not None
    asso.close()


def test_profile_from_the_menu_updates_header_and_title(
    qtbot: QtBot, asso_path: Path, shell_settings: Settings, dialogs: DialogAnswers
) -> None:
    def rename(dialog: QWidget) -> None:
        assert isinstance(dialog, OrganisationDialog)
        dialog.name_edit.setText("Afrique Solidaire Maroc")
        dialog.acronym_edit.setText("ASM")
        dialog.save()

    window = MainWindow(open_file(asso_path), settings=shell_settings)
    qtbot.addWidget(window)
    dialogs.answer(rename)
    window.action_profile.trigger()
    assert window.workspace is not None
    assert window.workspace.name_label.text() == "Afrique Solidaire Maroc (ASM)"
    assert window.windowTitle() == "AssoDesk — Afrique Solidaire Maroc"
    window.close()


def test_preferences_switch_the_language_live_and_keep_the_file_open(
    qtbot: QtBot,
    asso_path: Path,
    shell_settings: Settings,
    dialogs: DialogAnswers,
    speak: Callable[[str], None],
) -> None:
    speak("fr")

    def choose_arabic(dialog: QWidget) -> None:
        assert isinstance(dialog, PreferencesDialog)
        assert dialog.language_combo.currentText() == "Français"
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ar"))
        dialog.accept()

    window = MainWindow(open_file(asso_path), settings=shell_settings)
    qtbot.addWidget(window)
    asso = window.asso
    window.show_page("treasury")
    dialogs.answer(choose_arabic)
    window.action_preferences.trigger()
    assert shell_settings.language == "ar"
    assert window.asso is asso and not asso.closed  # same file, lock kept
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.menuBar().actions()[0].text() == "&ملف"
    assert window.workspace is not None and window.workspace.current_key() == "treasury"
    window.close()


def test_about_shows_the_versions(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    texts = "\n".join(label.text() for label in dialog.findChildren(QLabel))
    assert f"Version {__version__}" in texts
    assert qVersion() in texts and PySide6.__version__ in texts and "Python 3." in texts
