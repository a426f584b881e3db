"""One writer per file: a second AssoDesk is told who has it, and may open it read-only."""

from __future__ import annotations

import getpass
import json
import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from desk import __version__
from desk.domain.errors import DomainError, ErrorCode
from desk.models import Member
from desk.store import create_file, current_holder, open_file
from desk.store import lock as lock_module
from desk.store.lock import lock_path
from tests.store.conftest import MEMBERS, Snapshot

HOLDER = """
import sys
from desk.store import open_file
asso = open_file(sys.argv[1])
print("ready", flush=True)
sys.stdin.readline()
"""


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_second_open_in_the_same_process_is_told_who_has_it(asso_path: Path) -> None:
    with open_file(asso_path):
        with pytest.raises(DomainError) as caught:
            open_file(asso_path)
        error = caught.value
        assert error.code is ErrorCode.FILE_LOCKED
        assert error.params["user"] == getpass.getuser()
        assert error.params["machine"] == socket.gethostname()
        assert error.params["pid"] == os.getpid()
        assert error.params["app_version"] == __version__
        since = datetime.fromisoformat(error.params["since"])
        assert abs((datetime.now(UTC) - since).total_seconds()) < 60

        content = json.loads(lock_path(asso_path).read_text(encoding="utf-8"))
        assert content["pid"] == os.getpid()
    assert not lock_path(asso_path).exists()  # close() removed it
    with open_file(asso_path):  # and the file can be opened again
        pass


def test_a_new_file_is_locked_from_its_creation(tmp_path: Path) -> None:
    path = tmp_path / "neuf.assodesk"
    with create_file(path):
        with pytest.raises(DomainError) as caught:
            open_file(path)
        assert caught.value.code is ErrorCode.FILE_LOCKED


def test_read_only_open_of_a_locked_file_reads_but_cannot_write(asso_path: Path) -> None:
    with open_file(asso_path) as writer:
        lock_before = lock_path(asso_path).read_bytes()
        before = Snapshot.of(asso_path)
        with open_file(asso_path, read_only=True) as reader:
            assert reader.read_only
            with reader.reader() as session:
                assert sorted(session.scalars(select(Member.name))) == sorted(MEMBERS)
            with pytest.raises(DomainError) as caught, reader.unit_of_work():
                pass
            assert caught.value.code is ErrorCode.FILE_READ_ONLY
        assert Snapshot.of(asso_path) == before
        assert lock_path(asso_path).read_bytes() == lock_before  # the writer's lock is intact
        with writer.unit_of_work() as session:  # and the writer still writes
            session.add(Member(name="Nadia"))


def test_stale_lock_file_of_a_dead_process_is_taken_over(asso_path: Path) -> None:
    stale = {
        "user": "ancien",
        "machine": socket.gethostname(),
        "pid": _dead_pid(),
        "since": "2025-01-01T08:00:00+00:00",
        "app_version": "0.0.1",
    }
    lock_path(asso_path).write_text(json.dumps(stale), encoding="utf-8")
    assert current_holder(asso_path) is None  # nobody holds its OS lock

    with open_file(asso_path):
        holder = current_holder(asso_path)
        assert holder is not None
        assert (holder.user, holder.pid) == (getpass.getuser(), os.getpid())
    assert not lock_path(asso_path).exists()


@pytest.fixture
def other_process(asso_path: Path) -> Iterator[subprocess.Popen[str]]:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(asso_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    yield child
    if child.poll() is None:
        child.kill()
        child.wait()


@pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL to simulate a crash")
def test_another_process_holds_it_until_it_crashes(
    asso_path: Path, other_process: subprocess.Popen[str]
) -> None:
    with pytest.raises(DomainError) as caught:
        open_file(asso_path)
    assert caught.value.code is ErrorCode.FILE_LOCKED
    assert caught.value.params["pid"] == other_process.pid
    holder = current_holder(asso_path)
    assert holder is not None and holder.pid == other_process.pid

    os.kill(other_process.pid, signal.SIGKILL)  # a crash: no close(), the lock file stays
    other_process.wait()
    assert lock_path(asso_path).exists()
    with open_file(asso_path):
        holder = current_holder(asso_path)
        assert holder is not None and holder.pid == os.getpid()


@pytest.fixture
def lock_files_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """Simulate a write-protected USB stick for the lock file (root ignores chmod)."""
    real_open = os.open

    def open_(path: str | os.PathLike[str], flags: int, *args: int) -> int:
        if str(path).endswith(".lock") and flags & (os.O_WRONLY | os.O_RDWR):
            raise PermissionError(13, "Read-only file system", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(lock_module.os, "open", open_)


@pytest.mark.usefixtures("lock_files_refused")
def test_where_no_lock_can_be_written_read_only_is_offered(asso_path: Path) -> None:
    before = Snapshot.of(asso_path)
    with pytest.raises(DomainError) as caught:
        open_file(asso_path)
    assert caught.value.code is ErrorCode.FILE_READ_ONLY
    with open_file(asso_path, read_only=True) as asso, asso.reader() as session:
        assert len(session.scalars(select(Member)).all()) == len(MEMBERS)
    assert Snapshot.of(asso_path) == before


@pytest.mark.usefixtures("lock_files_refused")
def test_creating_where_nothing_can_be_written_fails_cleanly(tmp_path: Path) -> None:
    with pytest.raises(DomainError) as caught:
        create_file(tmp_path / "x.assodesk")
    assert caught.value.code is ErrorCode.FILE_WRITE_FAILED
    assert "Read-only" in caught.value.params["reason"]
    assert list(tmp_path.iterdir()) == []
