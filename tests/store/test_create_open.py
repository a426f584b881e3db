"""Creating a file and opening it again: schema by migrations, identity, atomic creation."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from desk import __version__
from desk.domain.errors import DomainError, ErrorCode
from desk.models import Member, Organisation
from desk.store import create_file, head_revision, inspect_file, open_file, schema_revision
from desk.store import migrate as migrate_module
from desk.store.engine import APPLICATION_ID
from desk.store.revisions import KNOWN_REVISIONS
from tests.store.conftest import MEMBERS, Snapshot, sql, write_sql


def test_create_then_open_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "Nouvelle association.assodesk"
    with create_file(path) as asso, asso.unit_of_work() as session:
        session.add(Organisation(id=1, name="Amal", city="Tiznit"))
        session.add(Member(name="Said"))

    assert sorted(p.name for p in tmp_path.iterdir()) == ["Nouvelle association.assodesk"]
    with open_file(path) as asso, asso.reader() as session:
        assert session.scalars(select(Organisation.name)).all() == ["Amal"]
        assert session.scalars(select(Member.name)).all() == ["Said"]
        assert schema_revision(asso) == head_revision() == KNOWN_REVISIONS[-1]

    assert sql(path, "PRAGMA application_id") == [(APPLICATION_ID,)]
    assert dict(sql(path, "SELECT key, value FROM file_info")) == {
        "created_with": __version__,
        "last_written_with": __version__,
    }
    assert sql(path, "PRAGMA journal_mode") == [("delete",)]


def test_open_sees_rows_of_the_seeded_file(asso_path: Path) -> None:
    with open_file(asso_path) as asso, asso.reader() as session:
        assert session.scalar(select(func.count()).select_from(Member)) == len(MEMBERS)
        assert session.get(Organisation, 1).city == "Agadir"


def test_create_refuses_an_existing_path(asso_path: Path) -> None:
    before = Snapshot.of(asso_path)
    with pytest.raises(DomainError) as caught:
        create_file(asso_path)
    assert caught.value.code is ErrorCode.FILE_EXISTS
    assert Snapshot.of(asso_path) == before
    assert not asso_path.with_name(asso_path.name + ".lock").exists()


def test_create_in_a_missing_folder_is_a_write_failure(tmp_path: Path) -> None:
    with pytest.raises(DomainError) as caught:
        create_file(tmp_path / "nowhere" / "x.assodesk")
    assert caught.value.code is ErrorCode.FILE_WRITE_FAILED


def test_a_failed_creation_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_upgrade(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(migrate_module, "upgrade", broken_upgrade)
    with pytest.raises(DomainError) as caught:
        create_file(tmp_path / "x.assodesk")
    assert caught.value.code is ErrorCode.DISK_FULL
    assert list(tmp_path.iterdir()) == []  # no file, no temp file, no lock file


def test_a_unit_of_work_stamps_the_writing_version(asso_path: Path) -> None:
    write_sql(asso_path, "UPDATE file_info SET value = '0.0.9' WHERE key = 'last_written_with'")
    with open_file(asso_path) as asso:
        assert inspect_file(asso_path).last_written_with == "0.0.9"  # opening alone: no write
        with asso.unit_of_work() as session:
            session.add(Member(name="Nadia"))
    info = inspect_file(asso_path)
    assert (info.created_with, info.last_written_with) == (__version__, __version__)


def test_a_closed_file_refuses_work(asso_path: Path) -> None:
    asso = open_file(asso_path)
    asso.close()
    asso.close()  # idempotent
    with pytest.raises(RuntimeError), asso.reader():
        pass


def test_constraint_errors_reach_the_service_unchanged(asso_path: Path) -> None:
    # storage_error() turns only failures of the medium into DomainError; a broken rule stays
    # an IntegrityError that the service translates, and nothing of the unit is written.
    before = Snapshot.of(asso_path)
    with (
        open_file(asso_path, auto_backup=False) as asso,
        pytest.raises(IntegrityError),
        asso.unit_of_work() as session,
    ):
        session.add(Member(name="Nadia"))
        session.add(Organisation(id=2, name="Deuxième"))  # CHECK id = 1
    assert Snapshot.of(asso_path).data == before.data


def test_reader_never_writes_and_leaves_loaded_rows_readable(asso_path: Path) -> None:
    with open_file(asso_path, auto_backup=False) as asso:
        before = Snapshot.of(asso_path)
        with asso.reader() as session:
            members = session.scalars(select(Member).order_by(Member.id)).all()
            session.add(Member(name="jamais enregistré"))
        assert [m.name for m in members] == list(MEMBERS)  # detached, still readable
        assert Snapshot.of(asso_path) == before
        with asso.unit_of_work() as session:  # the read transaction is over: writing works
            session.add(Member(name="Nadia"))
    assert sql(asso_path, "SELECT count(*) FROM member") == [(len(MEMBERS) + 1,)]
