"""A file of the first schema (0001) opened by this AssoDesk: backed up, then migrated."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from desk import __version__
from desk.domain.errors import DomainError, ErrorCode
from desk.models import Organisation
from desk.store import (
    fileinfo,
    head_revision,
    inspect_file,
    list_backups,
    open_file,
    schema_revision,
)
from desk.store.backup import backup_kind
from desk.store.revisions import KNOWN_REVISIONS
from tests.store.conftest import Snapshot, make_file_at, sql, write_sql


@pytest.fixture
def old_path(tmp_path: Path) -> Path:
    (tmp_path / "files").mkdir()
    path = tmp_path / "files" / "Ancienne.assodesk"
    make_file_at(path, "0001_initial")
    write_sql(
        path,
        "INSERT INTO organisation (id, name, acronym, city, address, registration_number, phone,"
        " email, base_currency, fiscal_year_start_month, logo_mime, created_at) VALUES"
        " (1, 'Association Amal', 'AMAL', 'Tiznit', '', '', '', '', 'MAD', 1, '',"
        " '2024-03-01 10:00:00')",
    )
    return path


def test_old_file_is_backed_up_then_migrated(old_path: Path) -> None:
    original = old_path.read_bytes()
    with open_file(old_path) as asso:
        assert schema_revision(asso) == head_revision() == KNOWN_REVISIONS[-1]
        with asso.reader() as session:
            org = session.get(Organisation, 1)
            assert (org.name, org.city, org.base_currency) == ("Association Amal", "Tiznit", "MAD")

    info = inspect_file(old_path)
    assert info.revision == KNOWN_REVISIONS[-1]
    assert (info.created_with, info.last_written_with) == (None, __version__)

    before = [b for b in list_backups(old_path) if "avant-migration" in b.name]
    assert len(before) == 1
    assert "0001_initial" in before[0].name
    assert backup_kind(before[0], old_path) == "avant-migration-0001_initial"
    # The backup is the file as it was: same pages; only the 100-byte header differs (SQLite's
    # backup API bumps the change counter of the copy).
    assert before[0].read_bytes()[100:] == original[100:]
    assert inspect_file(before[0]).revision == "0001_initial"
    assert sql(before[0], "SELECT name FROM organisation") == [("Association Amal",)]


def test_read_only_open_of_an_old_file_shows_it_as_it_is(old_path: Path) -> None:
    before = Snapshot.of(old_path)
    with open_file(old_path, read_only=True) as asso:
        assert asso.read_only
        assert schema_revision(asso) == "0001_initial"
        with asso.reader() as session:
            assert session.scalars(select(Organisation.name)).all() == ["Association Amal"]
    assert Snapshot.of(old_path) == before
    assert list_backups(old_path) == []


def test_a_failed_migration_leaves_the_file_as_it_was(
    old_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    def disk_full(*args: object, **kwargs: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    # Fails after the revisions ran, inside the same transaction: all of it must roll back.
    original = old_path.read_bytes()
    with monkeypatch.context() as patch, pytest.raises(DomainError) as caught:
        patch.setattr(fileinfo, "stamp_written", disk_full)
        open_file(old_path)
    assert caught.value.code is ErrorCode.DISK_FULL
    assert old_path.read_bytes() == original
    assert sorted(p.name for p in old_path.parent.iterdir()) == ["Ancienne.assodesk"]

    with open_file(old_path) as asso:  # the lock was released; it migrates now
        assert schema_revision(asso) == KNOWN_REVISIONS[-1]
