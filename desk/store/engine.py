"""SQLAlchemy engines and raw sqlite3 connections on one `.assodesk` file, all configured the
same way: foreign keys on, DELETE journal (never WAL), explicit transactions.

Files are opened through SQLite URIs (`mode=ro` / `rw` / `rwc`) built here, so that a path with
spaces, `#`, `?` or Arabic letters, and UNC paths on Windows, reach SQLite intact.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any, Literal
from urllib.parse import quote

from sqlalchemy import URL, Connection, Engine, create_engine, event
from sqlalchemy.pool import NullPool, QueuePool

# PRAGMA application_id of every AssoDesk file: "ASKD" in ASCII. Never change it.
APPLICATION_ID = 0x41534B44
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 5.0

Mode = Literal["ro", "rw", "rwc"]

# Execution option read by the `begin` hook: units of work start with BEGIN IMMEDIATE so that
# two writers queue on the busy timeout instead of failing when upgrading a read lock.
BEGIN_OPTION = "assodesk_begin"


def sqlite_uri(path: Path, mode: Mode) -> str:
    """`file:` URI for `path`. `mode=ro` never writes: no journal, no header update."""
    posix = path.absolute().as_posix()
    # "file:///C:/x" on Windows, "file:///tmp/x" on POSIX, "file:////server/share/x" for UNC.
    prefix = "file://" if posix.startswith("/") else "file:///"
    return f"{prefix}{quote(posix, safe='/:')}?mode={mode}"


def connect(path: Path, mode: Mode = "ro") -> sqlite3.Connection:
    """A raw connection in autocommit mode (the caller issues BEGIN itself when it needs one)."""
    conn = sqlite3.connect(
        sqlite_uri(path, mode),
        uri=True,
        timeout=BUSY_TIMEOUT_S,
        isolation_level=None,
        check_same_thread=False,
    )
    _configure(conn, read_only=mode == "ro", foreign_keys=True)
    return conn


def _configure(conn: sqlite3.Connection, *, read_only: bool, foreign_keys: bool) -> None:
    # Pragmas are set outside any transaction: foreign_keys is a no-op inside one.
    conn.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    if read_only:
        # No journal_mode / synchronous here: in mode=ro they could try to write the header.
        conn.execute("PRAGMA query_only = ON")
    else:
        # DELETE journal (not WAL): the file must stay a single file that travels on a USB stick.
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")


def make_engine(
    path: Path,
    *,
    read_only: bool = False,
    create: bool = False,
    foreign_keys: bool = True,
    pooled: bool = True,
) -> Engine:
    """An engine on `path`.

    `read_only` opens with `mode=ro`; `create` allows creating the file (`mode=rwc`, otherwise a
    missing file is an error rather than a silently created empty one); `foreign_keys=False` is
    for migrations, where batch table rebuilds must not fire ON DELETE actions; `pooled=False`
    for short-lived engines (creation, migration) that must leave no connection behind.
    """
    mode: Mode = "ro" if read_only else ("rwc" if create else "rw")
    uri = sqlite_uri(path, mode)

    def creator() -> sqlite3.Connection:
        return sqlite3.connect(
            uri, uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
        )

    # The URL only names the file in logs and reprs: connections come from `creator`.
    url = URL.create("sqlite", database=str(path))
    engine = create_engine(url, creator=creator, poolclass=QueuePool if pooled else NullPool)

    def on_connect(dbapi_conn: Any, _record: Any) -> None:
        # pysqlite's own transaction handling neither begins before SELECT nor before DDL;
        # we turn it off and emit BEGIN ourselves (SQLAlchemy's documented recipe), so that a
        # unit of work or a migration is one real transaction, DDL included.
        dbapi_conn.isolation_level = None
        _configure(dbapi_conn, read_only=read_only, foreign_keys=foreign_keys)

    def on_begin(conn: Connection) -> None:
        kind = conn.get_execution_options().get(BEGIN_OPTION, "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {kind}")

    event.listen(engine, "connect", on_connect)
    event.listen(engine, "begin", on_begin)
    return engine


def is_sqlite_header(path: Path) -> bool:
    """True when the first 16 bytes are SQLite's magic string (read without locking the file)."""
    with path.open("rb") as handle:
        return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
