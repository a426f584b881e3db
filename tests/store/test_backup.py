"""Automatic backups (one a day, ten kept), manual backups and "save a copy"."""

from __future__ import annotations

import errno
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desk.domain.errors import DomainError, ErrorCode
from desk.models import Member, Organisation
from desk.store import (
    ENV_DATA_DIR,
    auto_backup,
    backup_dir,
    backup_now,
    inspect_file,
    list_backups,
    open_file,
)
from desk.store import backup as backup_module
from desk.store.backup import KEEP_AUTO, backup_kind
from tests.store.conftest import MEMBERS, Snapshot, sql


def test_backups_go_to_the_data_folder_per_file(asso_path: Path, data_dir: Path) -> None:
    with open_file(asso_path):
        pass
    (made,) = list_backups(asso_path)
    assert made.parent == backup_dir(asso_path)
    assert made.parent.parent == data_dir / "backups"
    assert made.parent.name.startswith("Tanmia-")
    assert made.name.startswith(f"Tanmia_{datetime.now():%Y-%m-%d}_")
    assert made.name.endswith("_auto.assodesk")
    assert sql(made, "SELECT name FROM member ORDER BY id") == [(name,) for name in MEMBERS]


def test_same_name_in_two_folders_gets_two_backup_folders(tmp_path: Path) -> None:
    assert backup_dir(tmp_path / "a" / "Budget.assodesk") != backup_dir(
        tmp_path / "b" / "Budget.assodesk"
    )


def test_default_data_folder_is_the_users(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_DATA_DIR)
    folder = backup_module.data_dir()
    assert folder.name == "AssoDesk"
    assert folder.is_absolute()


def test_one_automatic_backup_per_day(asso_path: Path) -> None:
    for _ in range(3):
        with open_file(asso_path):
            pass
    assert len(list_backups(asso_path)) == 1


def test_rotation_keeps_the_last_ten_automatic_backups(asso_path: Path) -> None:
    first_day = datetime(2025, 3, 1, 9, 30)
    with open_file(asso_path, auto_backup=False) as asso:
        manual = backup_now(asso, kind="manuelle", now=first_day - timedelta(days=1))
        made = [auto_backup(asso, now=first_day + timedelta(days=n)) for n in range(12)]
        assert auto_backup(asso, now=first_day + timedelta(days=11, hours=5)) is None

    assert all(path is not None for path in made)
    autos = [b for b in list_backups(asso_path) if backup_kind(b, asso_path) == "auto"]
    assert len(autos) == KEEP_AUTO
    assert autos == made[:1:-1]  # newest first; the two oldest were rotated away
    assert autos[0].name == "Tanmia_2025-03-12_093000_auto.assodesk"
    assert list_backups(asso_path)[-1] == manual  # other kinds are never rotated away


def test_two_backups_in_the_same_second_do_not_collide(asso_path: Path) -> None:
    moment = datetime(2025, 5, 2, 10, 0, 0)
    with open_file(asso_path, auto_backup=False) as asso:
        first = backup_now(asso, now=moment)
        second = backup_now(asso, now=moment)
    assert first != second
    assert list_backups(asso_path) == [second, first]


def test_disk_full_during_the_daily_backup(
    asso_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_space(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup_module, "publish", no_space)
    before = Snapshot.of(asso_path)
    with pytest.raises(DomainError) as caught:
        open_file(asso_path)
    assert caught.value.code is ErrorCode.DISK_FULL
    assert Snapshot.of(asso_path) == before
    assert list(backup_dir(asso_path).iterdir()) == []  # the temp copy was removed
    with open_file(asso_path, auto_backup=False):  # the lock was released; skipping works
        pass


def test_save_copy_is_a_complete_file(asso_path: Path, tmp_path: Path) -> None:
    dest = tmp_path / "pour le coach.assodesk"
    with open_file(asso_path) as asso:
        with asso.unit_of_work() as session:
            session.add(Member(name="Nadia"))
        assert asso.save_copy(dest) == dest
    assert inspect_file(dest).up_to_date
    with open_file(dest, read_only=True) as copy, copy.reader() as session:
        assert session.scalar(select(func.count()).select_from(Member)) == len(MEMBERS) + 1
        assert session.scalars(select(Member.name).order_by(Member.id.desc())).first() == "Nadia"
        assert session.get(Organisation, 1).name == "Association Tanmia"


def test_save_copy_refuses_the_open_file_and_existing_files(
    asso_path: Path, tmp_path: Path
) -> None:
    other = tmp_path / "autre.assodesk"
    other.write_bytes(b"keep me")
    with open_file(asso_path) as asso:
        before = Snapshot.of(asso_path)
        for dest, extra in ((asso_path, {"same_file": True}), (other, {})):
            with pytest.raises(DomainError) as caught:
                asso.save_copy(dest, overwrite=dest == asso_path)
            assert caught.value.code is ErrorCode.FILE_EXISTS
            assert extra.items() <= caught.value.params.items()
        assert Snapshot.of(asso_path) == before
        assert other.read_bytes() == b"keep me"

        asso.save_copy(other, overwrite=True)  # once the user said yes
    assert inspect_file(other).is_assodesk
