"""file_info: which AssoDesk version created a file and which one last wrote it.

Revision ID: 0002_file_info
Revises: 0001_initial

Files created at 0001 get the table empty: their creating version is unknown and stays so
(`created_with` absent). The store writes `last_written_with` right after migrating, in the same
transaction, because the version number belongs to the running program, not to this revision.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_file_info"
down_revision: str | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "file_info",
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_file_info")),
    )


def downgrade() -> None:
    op.drop_table("file_info")
