"""Fixtures shared by every test package.

- `ASSODESK_DATA_DIR` points at a temporary folder for the whole run (session) and at a fresh
  one for each test (`data_dir`, autouse): backups and logs never touch the real home.
- `demo_file` (session): the path of ONE demo association built once per run with
  `build_demo(path, seed=DEMO_SEED, today=DEMO_TODAY)` — the full story from January 2025 to
  June 2026, no generated transactions. Its figures are in `demo_summary` (a `DemoSummary`).
  READ-ONLY by contract: open it with `open_file(demo_file, read_only=True)`, or use
  `demo_copy` (a private copy in the test's tmp_path) for anything that writes. Building it
  takes about a second; it is shared with the UI tests.
- `new_file`: the path of a new, empty association ("Association de test", MAD, first year
  2025) made by `new_association`, closed; `new_asso` opens it (writable) and closes it after.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from desk.services.demo import DemoSummary, build_demo
from desk.services.setup import NewAssociation, new_association
from desk.store import AssoFile, open_file

DATA_DIR_ENV = "ASSODESK_DATA_DIR"
DEMO_SEED = 2025
DEMO_TODAY = date(2026, 6, 30)
NEW_ASSOCIATION = NewAssociation(name="Association de test", city="Rabat", first_year=2025)


@pytest.fixture(scope="session", autouse=True)
def _one_qt_application(qapp: object) -> object:
    """One QApplication for the whole run, made first: a report writing a PDF or the CLI would
    otherwise create a QGuiApplication or QCoreApplication that widgets cannot use later."""
    return qapp


@pytest.fixture(scope="session", autouse=True)
def _session_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Covers session fixtures (they run before any function-scoped fixture)."""
    folder = tmp_path_factory.mktemp("assodesk-data-session")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(DATA_DIR_ENV, str(folder))
        yield folder


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh AssoDesk data folder (backups, logs) for each test."""
    folder = tmp_path_factory.mktemp("assodesk-data")
    monkeypatch.setenv(DATA_DIR_ENV, str(folder))
    return folder


@pytest.fixture(scope="session")
def _demo_build(tmp_path_factory: pytest.TempPathFactory) -> DemoSummary:
    path = tmp_path_factory.mktemp("demo") / "ahss-demo.assodesk"
    return build_demo(path, seed=DEMO_SEED, today=DEMO_TODAY)


@pytest.fixture(scope="session")
def demo_file(_demo_build: DemoSummary) -> Path:
    """The shared demo association (read-only by contract: see the module docstring)."""
    return _demo_build.path


@pytest.fixture(scope="session")
def demo_summary(_demo_build: DemoSummary) -> DemoSummary:
    return _demo_build


@pytest.fixture
def demo_copy(demo_file: Path, tmp_path: Path) -> Path:
    """A private copy of the demo file, free to modify."""
    target = tmp_path / "demo-copy.assodesk"
    shutil.copyfile(demo_file, target)
    return target


@pytest.fixture
def new_file(tmp_path: Path) -> Path:
    """A new, empty association file (closed)."""
    path = tmp_path / "new.assodesk"
    new_association(path, NEW_ASSOCIATION).close()
    return path


@pytest.fixture
def new_asso(new_file: Path) -> Iterator[AssoFile]:
    """`new_file`, opened writable; closed after the test."""
    asso = open_file(new_file, auto_backup=False)
    try:
        yield asso
    finally:
        asso.close()
