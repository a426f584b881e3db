"""The revision constants that spare Alembic at start-up must match the migrations folder."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from desk.store import head_revision, migrate
from desk.store.revisions import HEAD, KNOWN_REVISIONS


def test_constants_match_the_migrations_folder() -> None:
    walked = [rev.revision for rev in migrate.script_directory().walk_revisions()]
    assert tuple(reversed(walked)) == KNOWN_REVISIONS
    assert migrate.script_directory().get_current_head() == HEAD == head_revision()


def test_opening_an_up_to_date_file_does_not_import_alembic(new_file: Path) -> None:
    code = (
        "import sys; from desk.store import open_file; "
        f"a = open_file({str(new_file)!r}, read_only=True); "
        "a.close(); print(sorted(m for m in sys.modules if m.startswith('alembic')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
