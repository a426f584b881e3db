"""calendar: schema changes of the calendar work (none yet).

Revision ID: 0006_calendar
Revises: 0005_logframe

Reserved so that several areas can change the schema at the same time without a branch:
each area edits only its own revision. The lead removes a revision left empty before release.
"""

from collections.abc import Sequence

revision: str = "0006_calendar"
down_revision: str | None = "0005_logframe"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
