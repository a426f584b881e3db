"""Shared set-up of the UI tests: offscreen Qt, translations built once, settings and data
folders in tmp, a fresh association file per test, and a helper to answer modal dialogs."""

from __future__ import annotations

import os

# Before anything imports Qt: no display is needed (or wanted) to run the UI tests.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import importlib.util
import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desk.i18n.translators import TRANSLATIONS_ENV
from desk.services.setup import NewAssociation, new_association
from desk.ui.app import apply_language, apply_look
from desk.ui.settings import DATA_DIR_ENV, Settings

ROOT = Path(__file__).resolve().parents[2]


def load_i18n_script() -> ModuleType:
    """scripts/i18n.py as a module (scripts/ is not a package)."""
    spec = importlib.util.spec_from_file_location("assodesk_i18n", ROOT / "scripts" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .qm files built from the current .ts sources, in a private folder (never racing
    another test run for resources/translations), and used by use_language."""
    folder = tmp_path_factory.mktemp("qm")
    load_i18n_script().build(folder)
    os.environ[TRANSLATIONS_ENV] = str(folder)
    return folder


@pytest.fixture(autouse=True)
def _ui_environment(
    qm_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Settings and the user data folder in tmp: a test never writes to the real home."""
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    yield


@pytest.fixture(scope="session", autouse=True)
def _look(qapp: QApplication) -> None:
    """The application's style, palette and font, as the real app has them (set once)."""
    apply_look(qapp)


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """speak("fr") installs a language (translators + layout direction); English is restored
    afterwards so that other tests see the source strings."""

    def install(lang: str) -> None:
        apply_language(qapp, lang)

    yield install
    apply_language(qapp, "en")


@pytest.fixture
def french(speak: Callable[[str], None]) -> None:
    speak("fr")


@pytest.fixture(scope="session")
def _template_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.assodesk"
    new_association(
        path,
        NewAssociation(name="Afrique Solidaire", city="Rabat", acronym="AS", first_year=2025),
    ).close()
    return path


@pytest.fixture
def asso_path(_template_file: Path, tmp_path: Path) -> Path:
    """A fresh, closed association file ("Afrique Solidaire", Rabat) of this test."""
    path = tmp_path / "Afrique Solidaire.assodesk"
    shutil.copyfile(_template_file, path)
    return path


@pytest.fixture
def shell_settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "user.ini")


class DialogAnswers:
    """Answer the modal dialogs a command opens: `answer(handler)` queues a handler that gets
    the next modal widget; `seen` keeps (class name, visible text) of every answered one."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, str]] = []
        self._handlers: list[Callable[[QWidget], None]] = []

    def answer(self, handler: Callable[[QWidget], None]) -> None:
        self._handlers.append(handler)
        if len(self._handlers) == 1:
            self._poll(time.monotonic() + 5)

    def _poll(self, deadline: float) -> None:
        if not self._handlers or time.monotonic() > deadline:
            return
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(10, lambda: self._poll(deadline))
            return
        handler = self._handlers.pop(0)
        self.seen.append((type(dialog).__name__, _texts(dialog)))
        handler(dialog)
        if self._handlers:
            QTimer.singleShot(10, lambda: self._poll(time.monotonic() + 5))


def _texts(widget: QWidget) -> str:
    from PySide6.QtWidgets import QLabel

    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.text())


@pytest.fixture
def dialogs() -> DialogAnswers:
    return DialogAnswers()


def click_button(text: str) -> Callable[[QWidget], None]:
    """A handler clicking the button of the dialog whose text (without "&") is `text`."""
    from PySide6.QtWidgets import QAbstractButton

    def handler(dialog: QWidget) -> None:
        for button in dialog.findChildren(QAbstractButton):
            if button.text().replace("&", "") == text:
                button.click()
                return
        names = [b.text() for b in dialog.findChildren(QAbstractButton)]
        dialog.close()
        raise AssertionError(f"no button {text!r} in {names}")

    return handler


def close_dialog(dialog: QWidget) -> None:
    dialog.close()


__all__ = ["DialogAnswers", "Qt", "click_button", "close_dialog", "load_i18n_script"]
