"""Fixtures of the installer tests: a QApplication, translations built into tmp, and the
language state put back after a self-test (it switches the running application to French)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import importlib.util
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from desk.i18n import translators

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def built_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """assodesk_*.qm built from the current .ts files, in a private folder."""
    spec = importlib.util.spec_from_file_location(
        "i18n_for_installer", ROOT / "scripts" / "i18n.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    folder = tmp_path_factory.mktemp("qm-installer")
    module.build(folder)
    return folder


@pytest.fixture
def translations(built_qm: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(translators.TRANSLATIONS_ENV, str(built_qm))
    return built_qm


@pytest.fixture
def restore_language(qapp: QApplication) -> Iterator[QApplication]:
    """Other tests expect the language they found: remove the self-test's translators and
    locale afterwards (translators keeps them in module state)."""
    locale, direction = QLocale(), qapp.layoutDirection()
    current = translators.current_language()
    yield qapp
    if current is not None:
        translators.use_language(current)
    else:  # no language was installed: take the self-test's translators away again
        for translator in translators._installed:
            qapp.removeTranslator(translator)
        translators._installed.clear()
        translators._current = None
    QLocale.setDefault(locale)
    qapp.setLayoutDirection(direction)
