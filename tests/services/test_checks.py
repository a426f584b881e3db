"""Tests of desk.services.checks: the report's values, unbalanced transactions found, files that
are not AssoDesk files refused, and the file left byte-for-byte untouched."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from desk.domain.errors import DomainError, ErrorCode
from desk.services.checks import COUNTED, check_file
from desk.store import open_file

TABLES = {
    "transactions": "[transaction]",
    "splits": "split",
    "attachments": "attachment",
    "projects": "project",
    "budget_lines": "budget_line",
    "logframe_nodes": "logframe_node",
    "indicators": "indicator",
    "activities": "activity",
    "sessions": "session",
    "comments": "review_comment",
    "audit_entries": "audit_entry",
}


def sql_count(path: Path, table: str) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


def fingerprint(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def unbalance(path: Path, amount: int = 100) -> int:
    """Add one stray split to an existing transaction, behind AssoDesk's back."""
    conn = sqlite3.connect(path)
    try:
        tx, account = conn.execute(
            "SELECT transaction_id, account_id FROM split ORDER BY transaction_id DESC LIMIT 1"
        ).fetchone()
        conn.execute(
            "INSERT INTO split (transaction_id, account_id, amount_minor, memo) "
            "VALUES (?, ?, ?, '')",
            (tx, account, amount),
        )
        conn.commit()
    finally:
        conn.close()
    return int(tx)


def test_report_of_the_demo(demo_file: Path, demo_summary: object) -> None:
    report = check_file(demo_file)
    assert [name for name, _ in report.counts] == [name for name, _ in COUNTED]
    for name, count in report.counts:
        assert count == sql_count(demo_file, TABLES[name]), name
    assert report.receipts_missing == 6
    assert report.sound and report.balanced and report.integrity_ok
    assert report.schema_revision == report.head_revision
    data = json.loads(json.dumps(report.to_dict()))
    assert data["sound"] is True and data["unbalanced"] == []
    assert data["counts"]["logframe_nodes"] == 13


def test_check_never_modifies_the_file(demo_copy: Path) -> None:
    before = fingerprint(demo_copy)
    check_file(demo_copy)
    assert fingerprint(demo_copy) == before
    assert not Path(f"{demo_copy}-journal").exists()


def test_check_works_on_a_file_open_elsewhere_and_leaves_it_alone(demo_copy: Path) -> None:
    writer = open_file(demo_copy, auto_backup=False)  # holds the lock, as a running AssoDesk
    try:
        before = fingerprint(demo_copy)
        report = check_file(demo_copy)
        assert report.sound
        assert fingerprint(demo_copy) == before
    finally:
        writer.close()


def test_an_unbalanced_transaction_is_listed(demo_copy: Path) -> None:
    tx = unbalance(demo_copy, 250)
    before = fingerprint(demo_copy)
    report = check_file(demo_copy)
    assert not report.sound and not report.balanced
    assert report.unbalanced_count == 1
    assert [(u.transaction_id, u.difference_minor) for u in report.unbalanced] == [(tx, 250)]
    assert report.to_dict()["unbalanced"] == [{"transaction_id": tx, "difference_minor": 250}]
    assert fingerprint(demo_copy) == before


@pytest.mark.parametrize(
    ("content", "code"),
    [(b"hello, not a database\n", ErrorCode.FILE_NOT_ASSODESK), (b"", ErrorCode.FILE_NOT_ASSODESK)],
)
def test_a_file_that_is_not_assodesk_is_refused(
    tmp_path: Path, content: bytes, code: ErrorCode
) -> None:
    path = tmp_path / "notes.assodesk"
    path.write_bytes(content)
    with pytest.raises(DomainError) as caught:
        check_file(path)
    assert caught.value.code is code
    assert path.read_bytes() == content


def test_another_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    mtime = os.stat(path).st_mtime_ns
    with pytest.raises(DomainError) as caught:
        check_file(path)
    assert caught.value.code is ErrorCode.FILE_NOT_ASSODESK
    assert os.stat(path).st_mtime_ns == mtime


def test_a_missing_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(DomainError) as caught:
        check_file(tmp_path / "absent.assodesk")
    assert caught.value.code is ErrorCode.FILE_NOT_FOUND
