"""Fixtures of the store tests: a private data folder for backups, and real files in tmp_path
(a seeded file is built once per session and copied, since creating one runs the migrations)."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from desk.models import FinancialYear, Member, Organisation
from desk.store import ENV_DATA_DIR, create_file, migrate
from desk.store.engine import make_engine

MEMBERS = ("Fatima Zahra", "Youssef", "Khadija")


@dataclass(frozen=True)
class Snapshot:
    """Bytes and modification time of a file, to prove that it was not touched."""

    data: bytes
    mtime_ns: int

    @classmethod
    def of(cls, path: Path) -> Snapshot:
        return cls(path.read_bytes(), path.stat().st_mtime_ns)


@pytest.fixture(autouse=True, scope="session")
def _no_real_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    # A safety net under `data_dir`: even after a test's monkeypatch.undo(), or in a
    # session-scoped fixture, backups never reach the real user folder.
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(ENV_DATA_DIR, str(tmp_path_factory.mktemp("userdata")))
        yield


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Backups go to tmp_path, never to the real user folder."""
    folder = tmp_path / "userdata"
    monkeypatch.setenv(ENV_DATA_DIR, str(folder))
    return folder


@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "modele.assodesk"
    with create_file(path) as asso, asso.unit_of_work() as session:
        session.add(Organisation(id=1, name="Association Tanmia", city="Agadir"))
        session.add(
            FinancialYear(label="2025", start_date=date(2025, 1, 1), end_date=date(2025, 12, 31))
        )
        session.add_all(Member(name=name) for name in MEMBERS)
    return path


@pytest.fixture
def asso_path(tmp_path: Path, template: Path) -> Path:
    """A seeded, closed AssoDesk file of this test."""
    path = tmp_path / "files" / "Tanmia.assodesk"
    path.parent.mkdir()
    shutil.copyfile(template, path)
    return path


def make_file_at(path: Path, revision: str) -> None:
    """An AssoDesk file at an older `revision`, as an older AssoDesk would have left it."""
    engine = make_engine(path, create=True, foreign_keys=False, pooled=False)
    try:
        with engine.begin() as conn:
            migrate.upgrade(conn, revision)
    finally:
        engine.dispose()


def sql(path: Path, query: str, *params: object) -> list[tuple[object, ...]]:
    """Plain sqlite3, read-only: look at a file without going through the store."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(query, params).fetchall()
    finally:
        conn.close()


def write_sql(path: Path, *statements: str) -> None:
    """Plain sqlite3 writes, in one transaction: make a file look like another program left it."""
    conn = sqlite3.connect(path)
    try:
        with conn:
            for statement in statements:
                conn.execute(statement)
    finally:
        conn.close()
