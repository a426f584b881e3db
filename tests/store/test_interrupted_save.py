"""A save interrupted by a crash or a power cut leaves a hot journal next to the file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desk.domain.errors import DomainError, ErrorCode
from desk.store import open_file
from tests.store.conftest import MEMBERS, Snapshot, sql

# Starts a write big enough to reach the file before COMMIT, then dies without committing.
CRASH_MID_SAVE = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA cache_size = 1")
conn.execute("BEGIN")
conn.execute("UPDATE member SET name = 'à moitié écrit'")
conn.execute("INSERT INTO member (name, role, phone, email, active)"
             " SELECT name || randomblob(3000), '', '', '', 1 FROM member")
os._exit(1)
"""


@pytest.fixture
def interrupted(asso_path: Path) -> Path:
    subprocess.run([sys.executable, "-c", CRASH_MID_SAVE, str(asso_path)], check=False)
    assert asso_path.with_name(asso_path.name + "-journal").exists()
    return asso_path


def test_read_only_open_refuses_without_touching(interrupted: Path) -> None:
    before = Snapshot.of(interrupted)
    journal = interrupted.with_name(interrupted.name + "-journal")
    journal_before = journal.read_bytes()
    with pytest.raises(DomainError) as caught:
        open_file(interrupted, read_only=True)
    assert caught.value.code is ErrorCode.FILE_CORRUPT
    assert caught.value.params["reason"] == "interrupted_save"
    assert Snapshot.of(interrupted) == before
    assert journal.read_bytes() == journal_before


def test_writable_open_rolls_the_interrupted_save_back(interrupted: Path) -> None:
    with open_file(interrupted):
        pass
    assert not interrupted.with_name(interrupted.name + "-journal").exists()
    assert sql(interrupted, "SELECT name FROM member ORDER BY id") == [(n,) for n in MEMBERS]
