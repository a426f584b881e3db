"""The `file_info` key/value table: which AssoDesk version created a file and which one last
wrote it, so that a newer AssoDesk can tell where a file comes from.

It is a plain `Table` on the models' `Base.metadata` (not a mapped class: it belongs to the
store, not to the domain), so `create_all` and Alembic's autogenerate both see it.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy import Column, Connection, Table, Text, select
from sqlalchemy.dialects.sqlite import insert

from desk import __version__
from desk.models.base import Base

CREATED_WITH = "created_with"
LAST_WRITTEN_WITH = "last_written_with"

file_info = Table(
    "file_info",
    Base.metadata,
    Column("key", Text, primary_key=True),
    Column("value", Text, nullable=False),
)


def set_value(conn: Connection, key: str, value: str) -> None:
    """Insert or replace one entry, inside the caller's transaction."""
    stmt = insert(file_info).values(key=key, value=value)
    conn.execute(
        stmt.on_conflict_do_update(index_elements=[file_info.c.key], set_={"value": value})
    )


def stamp_new(conn: Connection) -> None:
    """Entries of a file this version just created."""
    set_value(conn, CREATED_WITH, __version__)
    set_value(conn, LAST_WRITTEN_WITH, __version__)


def stamp_written(conn: Connection) -> None:
    """This version wrote (or migrated) the file."""
    set_value(conn, LAST_WRITTEN_WITH, __version__)


def get_value(conn: Connection, key: str) -> str | None:
    return conn.execute(select(file_info.c.value).where(file_info.c.key == key)).scalar()


def read_raw(conn: sqlite3.Connection) -> dict[str, str]:
    """All entries through a raw connection; {} when the table does not exist yet (rev 0001)."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'file_info'"
    ).fetchone()
    if not exists:
        return {}
    rows = conn.execute("SELECT key, value FROM file_info").fetchall()
    return {str(key): str(value) for key, value in rows}
