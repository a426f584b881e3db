"""Files that must be refused, each with its code, and each left byte-for-byte unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from desk import __version__
from desk.domain.errors import DomainError, ErrorCode
from desk.store import inspect_file, list_backups, open_file
from desk.store.revisions import KNOWN_REVISIONS
from tests.store.conftest import Snapshot, sql, write_sql


def _refused(path: Path, code: ErrorCode, *, read_only: bool) -> DomainError:
    before = Snapshot.of(path)
    siblings = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(DomainError) as caught:
        open_file(path, read_only=read_only)
    assert caught.value.code is code
    assert Snapshot.of(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == siblings  # no lock, no journal
    assert list_backups(path) == []
    return caught.value


@pytest.fixture(params=[False, True], ids=["writable", "read-only"])
def read_only(request: pytest.FixtureRequest) -> bool:
    return bool(request.param)


def test_missing_file(tmp_path: Path, read_only: bool) -> None:
    with pytest.raises(DomainError) as caught:
        open_file(tmp_path / "absent.assodesk", read_only=read_only)
    assert caught.value.code is ErrorCode.FILE_NOT_FOUND
    assert list(tmp_path.iterdir()) == []  # no lock file, no backup folder


def test_renamed_text_file(tmp_path: Path, read_only: bool) -> None:
    path = tmp_path / "notes.assodesk"
    path.write_text("Compte rendu de l'assemblée générale\n", encoding="utf-8")
    _refused(path, ErrorCode.FILE_NOT_ASSODESK, read_only=read_only)


def test_empty_file(tmp_path: Path, read_only: bool) -> None:
    path = tmp_path / "vide.assodesk"
    path.touch()
    _refused(path, ErrorCode.FILE_NOT_ASSODESK, read_only=read_only)


def test_a_folder_named_like_a_file(tmp_path: Path) -> None:
    (tmp_path / "dossier.assodesk").mkdir()
    with pytest.raises(DomainError) as caught:
        open_file(tmp_path / "dossier.assodesk")
    assert caught.value.code is ErrorCode.FILE_NOT_ASSODESK


def test_sqlite_database_of_another_program(tmp_path: Path, read_only: bool) -> None:
    path = tmp_path / "autre.assodesk"
    write_sql(path, "CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
    _refused(path, ErrorCode.FILE_NOT_ASSODESK, read_only=read_only)


def test_sqlite_database_with_our_id_but_no_revision(asso_path: Path, read_only: bool) -> None:
    write_sql(asso_path, "DROP TABLE alembic_version")
    _refused(asso_path, ErrorCode.FILE_NOT_ASSODESK, read_only=read_only)


def test_truncated_file(asso_path: Path, read_only: bool) -> None:
    data = asso_path.read_bytes()
    asso_path.write_bytes(data[: len(data) // 2])
    error = _refused(asso_path, ErrorCode.FILE_CORRUPT, read_only=read_only)
    assert "malformed" in error.params["reason"]


def test_file_written_by_a_newer_assodesk(asso_path: Path, read_only: bool) -> None:
    write_sql(
        asso_path,
        "UPDATE alembic_version SET version_num = '9999_future'",
        "UPDATE file_info SET value = '3.2.0' WHERE key = 'last_written_with'",
    )
    error = _refused(asso_path, ErrorCode.FILE_TOO_NEW, read_only=read_only)
    assert error.params["revision"] == "9999_future"
    assert error.params["last_written_with"] == "3.2.0"


def test_inspect_reports_without_touching(asso_path: Path) -> None:
    write_sql(asso_path, "UPDATE alembic_version SET version_num = '9999_future'")
    before = Snapshot.of(asso_path)
    info = inspect_file(asso_path)
    assert Snapshot.of(asso_path) == before
    assert (info.revision, info.head) == ("9999_future", KNOWN_REVISIONS[-1])
    assert info.application_id_ok and info.integrity_ok and info.is_assodesk
    assert not info.revision_known and not info.up_to_date
    assert (info.created_with, info.last_written_with) == (__version__, __version__)
    assert info.size == len(before.data)


def test_damaged_page_found_by_quick_check(asso_path: Path) -> None:
    (root,) = sql(asso_path, "SELECT rootpage FROM sqlite_master WHERE name = 'member'")[0]
    (page_size,) = sql(asso_path, "PRAGMA page_size")[0]
    data = bytearray(asso_path.read_bytes())
    header = (root - 1) * page_size  # a table leaf page: byte 0 = 0x0D, bytes 3-4 = cell count
    assert data[header] == 0x0D
    data[header + 3 : header + 5] = (500).to_bytes(2, "big")  # claims cells that are not there
    asso_path.write_bytes(bytes(data))

    assert not inspect_file(asso_path).integrity_ok
    # A writable open scans every page before it backs the file up; a read-only look checks
    # only the header (a truncated copy) and leaves the full scan to `assodesk check`.
    assert inspect_file(asso_path, thorough=False).integrity_ok
    error = _refused(asso_path, ErrorCode.FILE_CORRUPT, read_only=False)
    assert "tree page" in error.params["reason"]
