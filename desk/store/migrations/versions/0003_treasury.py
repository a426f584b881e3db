"""treasury: schema changes of the treasury work (none yet).

Revision ID: 0003_treasury
Revises: 0002_file_info

Reserved so that several areas can change the schema at the same time without a branch:
each area edits only its own revision. The lead removes a revision left empty before release.
"""

from collections.abc import Sequence

revision: str = "0003_treasury"
down_revision: str | None = "0002_file_info"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
