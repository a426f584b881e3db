"""Opening files as a user meets them: locked elsewhere, not an AssoDesk file, missing; and
`run_gui` start-up (explicit file, last file)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desk.domain.errors import DomainError, ErrorCode
from desk.store import open_file
from desk.ui.dialogs import files
from desk.ui.main_window import WELCOME, WORKSPACE, MainWindow
from desk.ui.settings import Settings
from tests.ui.conftest import DialogAnswers, click_button


def _window(qtbot: QtBot, settings: Settings) -> MainWindow:
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    window.show()
    return window


def _locked_once(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Patch open_file so that its first writable call raises FILE_LOCKED."""
    calls: list[bool] = []
    real = files.open_file

    def fake(path: Path, *, read_only: bool = False):  # type: ignore[no-untyped-def]
        calls.append(read_only)
        if len(calls) == 1 and not read_only:
            raise DomainError(
                ErrorCode.FILE_LOCKED,
                path=str(path),
                user="fatou",
                machine="PC-TRESORIERE",
                since="2026-03-08T09:30:00+00:00",
            )
        return real(path, read_only=read_only)

    monkeypatch.setattr(files, "open_file", fake)
    return calls


def test_locked_file_offers_read_only_and_opens_it(
    qtbot: QtBot,
    asso_path: Path,
    shell_settings: Settings,
    dialogs: DialogAnswers,
    monkeypatch: pytest.MonkeyPatch,
    french: None,
) -> None:
    calls = _locked_once(monkeypatch)
    window = _window(qtbot, shell_settings)
    dialogs.answer(click_button("Ouvrir en lecture seule"))
    assert window.open_path(asso_path)
    ((kind, text),) = dialogs.seen
    assert kind == "QMessageBox"
    # The computer name keeps its hyphen unbreakable (U+2011) so that it is never cut.
    assert "déjà ouvert par fatou sur PC\u2011TRESORIERE depuis" in text
    assert "08/03/2026" in text  # the lock's timestamp, in the user's date format
    assert calls == [False, True]
    assert window.asso is not None and window.asso.read_only
    assert window.workspace is not None and not window.workspace.read_only_badge.isHidden()
    window.close()


def test_locked_file_cancel_keeps_the_welcome_screen(
    qtbot: QtBot,
    asso_path: Path,
    shell_settings: Settings,
    dialogs: DialogAnswers,
    monkeypatch: pytest.MonkeyPatch,
    french: None,
) -> None:
    calls = _locked_once(monkeypatch)
    window = _window(qtbot, shell_settings)
    dialogs.answer(click_button("Annuler"))  # qtbase_fr's Cancel
    assert not window.open_path(asso_path)
    assert calls == [False]
    assert window.asso is None and window.root.currentIndex() == WELCOME
    window.close()


def test_really_locked_file_by_another_opening(
    qtbot: QtBot,
    asso_path: Path,
    shell_settings: Settings,
    dialogs: DialogAnswers,
    french: None,
) -> None:
    holder = open_file(asso_path)  # as if another AssoDesk had it open
    try:
        window = _window(qtbot, shell_settings)
        dialogs.answer(click_button("Ouvrir en lecture seule"))
        assert window.open_path(asso_path)
        assert "déjà ouvert par" in dialogs.seen[0][1]
        assert window.asso is not None and window.asso.read_only
        window.close()
    finally:
        holder.close()


def test_text_file_renamed_assodesk_is_refused_and_the_app_stays_usable(
    qtbot: QtBot,
    tmp_path: Path,
    asso_path: Path,
    shell_settings: Settings,
    dialogs: DialogAnswers,
    french: None,
) -> None:
    fake = tmp_path / "notes.assodesk"
    fake.write_text("Réunion du bureau : acheter des chaises.\n" * 50, encoding="utf-8")
    window = _window(qtbot, shell_settings)
    dialogs.answer(click_button("OK"))
    assert not window.open_path(fake)
    ((kind, text),) = dialogs.seen
    assert kind == "QMessageBox"
    assert "n'est pas un fichier AssoDesk" in text and "notes.assodesk" in text
    assert window.asso is None and window.root.currentIndex() == WELCOME
    assert fake.read_text(encoding="utf-8").startswith("Réunion du bureau")  # untouched
    assert window.open_path(asso_path)  # still usable
    assert window.root.currentIndex() == WORKSPACE
    window.close()


def test_missing_file_is_explained(
    qtbot: QtBot,
    tmp_path: Path,
    shell_settings: Settings,
    dialogs: DialogAnswers,
    french: None,
) -> None:
    window = _window(qtbot, shell_settings)
    dialogs.answer(click_button("OK"))
    assert not window.open_path(tmp_path / "parti.assodesk")
    assert "est introuvable" in dialogs.seen[0][1]
    window.close()


def _run_gui_and_capture(path: str | None) -> tuple[int, list[str]]:
    """Run the real start-up; once the window is up, note its title and close it (closing
    the last window ends the event loop, as when the user quits)."""
    from desk.app import run_gui

    seen: list[str] = []

    def inspect_and_close() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                seen.append(widget.windowTitle())
                widget.close()

    QTimer.singleShot(200, inspect_and_close)
    safety = QTimer()  # never hang the test run if the window did not come up
    safety.setSingleShot(True)
    safety.timeout.connect(QApplication.quit)
    safety.start(10_000)
    try:
        return run_gui(path, "fr"), seen
    finally:
        safety.stop()


def test_run_gui_opens_the_given_file_then_the_last_one(
    qapp: QApplication, asso_path: Path
) -> None:
    code, titles = _run_gui_and_capture(str(asso_path))
    assert code == 0 and titles == ["AssoDesk — Afrique Solidaire"]
    assert Settings().last_file == asso_path.absolute()
    code, titles = _run_gui_and_capture(None)  # no path: the file open at the last quit
    assert titles == ["AssoDesk — Afrique Solidaire"]
    with open_file(asso_path) as again:  # the lock was released on quit
        assert not again.read_only


def test_show_error_uses_the_translated_sentence(
    qtbot: QtBot, dialogs: DialogAnswers, french: None
) -> None:
    dialogs.answer(click_button("OK"))
    files.show_error(None, DomainError(ErrorCode.DISK_FULL))
    assert dialogs.seen[0][1].startswith("Le disque est plein")
    assert QMessageBox  # the box is a plain QMessageBox, closable with Escape
