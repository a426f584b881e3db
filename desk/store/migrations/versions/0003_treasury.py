"""treasury: indexes for the ledger on a million splits.

Revision ID: 0003_treasury
Revises: 0002_file_info

- split(account_id, transaction_id, amount_minor) replaces split(account_id, transaction_id):
  the balance of one treasury account (running balance, totals) is read from the index alone;
- split(project_id|budget_line_id|activity_id, transaction_id) replace the one-column
  indexes: the ledger's filters probe "has this transaction a split on project X" in one seek;
- transaction(label, id): the ledger sorted by label reads along an index.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003_treasury"
down_revision: str | None = "0002_file_info"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_NEW = (
    ("ix_split_account_tx_amount", "split", ["account_id", "transaction_id", "amount_minor"]),
    ("ix_split_project_tx", "split", ["project_id", "transaction_id"]),
    ("ix_split_budget_line_tx", "split", ["budget_line_id", "transaction_id"]),
    ("ix_split_activity_tx", "split", ["activity_id", "transaction_id"]),
    ("ix_transaction_label_id", "transaction", ["label", "id"]),
)
_OLD = (
    ("ix_split_account_tx", "split", ["account_id", "transaction_id"]),
    ("ix_split_project", "split", ["project_id"]),
    ("ix_split_budget_line", "split", ["budget_line_id"]),
)


def upgrade() -> None:
    for name, table, _columns in _OLD:
        op.drop_index(name, table_name=table)
    for name, table, columns in _NEW:
        op.create_index(name, table, columns, unique=False)


def downgrade() -> None:
    for name, table, _columns in _NEW:
        op.drop_index(name, table_name=table)
    for name, table, columns in _OLD:
        op.create_index(name, table, columns, unique=False)
