"""Alembic, configured in code (no alembic.ini at run time, so it also works frozen by
PyInstaller): the revisions we know, the head, and upgrading a file inside one transaction."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, text

from desk.models import Base
from desk.store import fileinfo
from desk.store.revisions import HEAD, KNOWN_REVISIONS

if TYPE_CHECKING:  # Alembic is imported only when a migration really runs (start-up time).
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    """A Config pointing at our migrations; with `connection`, env.py runs on it."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@functools.cache
def script_directory() -> ScriptDirectory:
    # Cached: building the revision map imports every revision file.
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    """The schema revision this AssoDesk writes."""
    return HEAD


def known_revisions() -> frozenset[str]:
    return frozenset(KNOWN_REVISIONS)


def is_known(revision: str) -> bool:
    """False for a revision written by a newer AssoDesk (or by something else entirely)."""
    return revision in known_revisions()


def current_revision(connection: Connection) -> str | None:
    """The revision stored in the file's alembic_version table (None if there is none).
    Plain SQL rather than Alembic's MigrationContext: this runs on every open."""
    has_table = connection.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")
    ).first()
    if has_table is None:
        return None
    row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    return None if row is None else str(row[0])


def upgrade(connection: Connection, target: str = "head") -> None:
    """Run the revisions up to `target` on `connection`, inside the caller's transaction.

    The caller must have begun the transaction, with foreign keys off (see `make_engine`): a
    batch rebuild drops and re-creates a table, and with foreign keys on that DROP would fire
    ON DELETE CASCADE on the rows that point at it.
    """
    if not connection.in_transaction():
        raise RuntimeError("upgrade() needs a connection inside a transaction")
    from alembic import command

    command.upgrade(alembic_config(connection), target)
    problems = connection.execute(text("PRAGMA foreign_key_check")).all()
    if problems:
        # A revision left rows pointing nowhere: refuse to commit rather than save damage.
        raise RuntimeError(f"migration to {target} broke foreign keys: {problems[:5]}")


def downgrade(connection: Connection, target: str) -> None:
    """For tests and developers only: AssoDesk never downgrades a user's file."""
    from alembic import command

    command.downgrade(alembic_config(connection), target)


def schema_differences(connection: Connection) -> list[Any]:
    """What autogenerate would change to make the file match the models ([] when equal)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    assert fileinfo.file_info.metadata is Base.metadata
    context = MigrationContext.configure(
        connection, opts={"compare_type": True, "target_metadata": Base.metadata}
    )
    return list(compare_metadata(context, Base.metadata))
