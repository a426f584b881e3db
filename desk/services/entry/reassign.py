"""Moving many transactions to another project or budget line at once (bulk re-assign), and
putting them back (undo). Only the category legs carry the analytic links; treasury legs
are left alone, amounts never change."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from desk.domain.enums import AccountKind, AuditAction
from desk.models import Account, Split, Transaction
from desk.services import audit
from desk.services.entry.guard import check_year_open
from desk.store import AssoFile


@dataclass(frozen=True, slots=True)
class Assignment:
    split_id: int
    project_id: int | None
    budget_line_id: int | None


def reassign(
    asso: AssoFile,
    transaction_ids: Sequence[int],
    project_id: int | None,
    budget_line_id: int | None,
) -> tuple[Assignment, ...]:
    """Set the project and budget line of the category legs of `transaction_ids`; returns
    the previous assignments (give them to `restore_assignments` to undo)."""
    with asso.unit_of_work() as session:
        rows = session.execute(
            select(Split, Transaction.date)
            .join(Transaction, Transaction.id == Split.transaction_id)
            .join(Account, Account.id == Split.account_id)
            .where(
                Split.transaction_id.in_(list(transaction_ids)),
                Account.kind.in_((AccountKind.EXPENSE, AccountKind.INCOME)),
            )
            .order_by(Split.id)
        ).all()
        for day in {day for _split, day in rows}:
            check_year_open(session, day)
        previous = []
        for split, _day in rows:
            previous.append(Assignment(split.id, split.project_id, split.budget_line_id))
            before = {"project_id": split.project_id, "budget_line_id": split.budget_line_id}
            split.project_id, split.budget_line_id = project_id, budget_line_id
            if budget_line_id is None or before["budget_line_id"] != budget_line_id:
                split.activity_id = (
                    split.activity_id if project_id == before["project_id"] else None
                )
            audit.record(
                session,
                AuditAction.UPDATE,
                split,
                before=before,
                after={"project_id": project_id, "budget_line_id": budget_line_id},
                reason="bulk re-assign",
            )
        return tuple(previous)


def restore_assignments(asso: AssoFile, previous: Sequence[Assignment]) -> None:
    """Put the analytic links back as `previous` says (undo of `reassign`)."""
    with asso.unit_of_work() as session:
        for item in previous:
            split = session.get_one(Split, item.split_id)
            check_year_open(session, session.get_one(Transaction, split.transaction_id).date)
            before = {"project_id": split.project_id, "budget_line_id": split.budget_line_id}
            split.project_id, split.budget_line_id = item.project_id, item.budget_line_id
            audit.record(
                session,
                AuditAction.UPDATE,
                split,
                before=before,
                after={"project_id": item.project_id, "budget_line_id": item.budget_line_id},
                reason="undo bulk re-assign",
            )
