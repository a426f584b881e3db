"""calendar: indicators fed by the attendance of an activity's sessions.

Revision ID: 0004_calendar
Revises: 0003_treasury

Adds `indicator_activity` (indicator, activity, measure): which indicators take their actual
value from the sessions of which activity, and what they count (women, men, participants,
sessions).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_calendar"
down_revision: str | None = "0003_treasury"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "indicator_activity",
        sa.Column("indicator_id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column(
            "measure",
            sa.Enum(
                "participants",
                "women",
                "men",
                "sessions",
                name="attendance_measure",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_indicator_activity_activity_id_activity"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["indicator.id"],
            name=op.f("fk_indicator_activity_indicator_id_indicator"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("indicator_id", "activity_id", name=op.f("pk_indicator_activity")),
    )
    op.create_index(
        op.f("ix_indicator_activity_activity_id"), "indicator_activity", ["activity_id"]
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_indicator_activity_activity_id"), table_name="indicator_activity")
    op.drop_table("indicator_activity")
