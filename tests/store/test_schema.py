"""The migrations build exactly the schema the models describe (the `alembic check` of CI)."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

from sqlalchemy import inspect

from desk.models import Base
from desk.store import fileinfo, head_revision, migrate
from desk.store.engine import make_engine
from desk.store.revisions import KNOWN_REVISIONS
from tests.store.conftest import make_file_at, sql


def _schema_sql(path: Path) -> dict[str, str]:
    return dict(sql(path, "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL"))


def test_revisions_form_one_line_from_0001_to_head() -> None:
    assert head_revision() == KNOWN_REVISIONS[-1]
    assert migrate.known_revisions() == set(KNOWN_REVISIONS)
    scripts = migrate.script_directory()
    for older, newer in itertools.pairwise(KNOWN_REVISIONS):
        assert scripts.get_revision(newer).down_revision == older


def test_migrated_schema_equals_the_models(tmp_path: Path) -> None:
    path = tmp_path / "migrated.assodesk"
    make_file_at(path, "head")
    engine = make_engine(path)
    try:
        with engine.connect() as conn:
            assert migrate.current_revision(conn) == KNOWN_REVISIONS[-1]
            assert migrate.schema_differences(conn) == []
            tables = set(inspect(conn).get_table_names())
    finally:
        engine.dispose()
    assert tables == set(Base.metadata.tables) | {"alembic_version"}
    assert "file_info" in tables


def test_migrations_create_the_same_check_constraints_as_the_models(tmp_path: Path) -> None:
    # compare_metadata does not look at CHECK constraints; they carry the money and date rules.
    migrated, created = tmp_path / "migrated.db", tmp_path / "created.db"
    make_file_at(migrated, "head")
    engine = make_engine(created, create=True)
    try:
        Base.metadata.create_all(engine)
    finally:
        engine.dispose()

    def checks(path: Path) -> set[str]:
        found = set()
        for table_sql in _schema_sql(path).values():
            found.update(re.findall(r"CONSTRAINT (\w+) CHECK", table_sql))
        return found

    assert checks(migrated) == checks(created)
    assert {"ck_split_amount_not_zero", "ck_attendance_sex", "ck_organisation_single_row"} <= (
        checks(migrated)
    )


def test_0001_lacks_file_info_and_0002_adds_it(tmp_path: Path) -> None:
    path = tmp_path / "old.assodesk"
    make_file_at(path, "0001_initial")
    assert "file_info" not in _schema_sql(path)
    assert sql(path, "SELECT version_num FROM alembic_version") == [("0001_initial",)]

    engine = make_engine(path, foreign_keys=False, pooled=False)
    try:
        with engine.begin() as conn:
            migrate.upgrade(conn)
        with engine.begin() as conn:
            assert migrate.current_revision(conn) == KNOWN_REVISIONS[-1]
            fileinfo.set_value(conn, "created_with", "test")
        # And back: downgrades exist for developers, and must leave 0001 exactly as it was.
        with engine.begin() as conn:
            migrate.downgrade(conn, "0001_initial")
    finally:
        engine.dispose()
    fresh = tmp_path / "fresh.assodesk"
    make_file_at(fresh, "0001_initial")
    assert _schema_sql(path) == _schema_sql(fresh)
