"""The schema revisions this AssoDesk knows, oldest first.

Kept as constants so that opening an up-to-date file never imports Alembic (a sixth of the
start-up time); `tests/store/test_revisions.py` checks that they match the migrations folder.
Add the new revision id here whenever a migration is added.
"""

KNOWN_REVISIONS: tuple[str, ...] = (
    "0001_initial",
    "0002_file_info",
    "0003_treasury",
    "0004_calendar",
)
HEAD: str = KNOWN_REVISIONS[-1]
