"""Co-funding (who pays what of a line: an amount or a share, possibly in kind) and the yearly
amounts of a line in a multi-year budget."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, select

from desk.domain.budget_rules import validate_share
from desk.domain.enums import AuditAction
from desk.domain.errors import DomainError, ErrorCode
from desk.models import Budget, BudgetLineFunding, BudgetLineYear, Funder
from desk.services.budgets.common import editable_line, get, log
from desk.store import AssoFile


@dataclass(frozen=True, slots=True)
class FundingState:
    """One funder's part of a line: exactly one of amount and share (basis points)."""

    amount_minor: int | None = None
    share_bp: int | None = None
    in_kind: bool = False


def set_funding(
    asso: AssoFile, line_id: int, funder_id: int, state: FundingState | None
) -> FundingState | None:
    """Set (None: remove) what `funder_id` pays of the line; returns the previous state."""
    if state is not None:
        if (state.amount_minor is None) == (state.share_bp is None):
            raise DomainError(ErrorCode.INVALID_VALUE, field="funding")
        if state.share_bp is not None:
            validate_share(state.share_bp)
        if state.amount_minor is not None and state.amount_minor < 0:
            raise DomainError(
                ErrorCode.BUDGET_NEGATIVE_AMOUNT,
                field="funding",
                value=f"{state.amount_minor / 100:.2f}".replace(".", ","),
            )
    with asso.unit_of_work() as session:
        line = editable_line(session, line_id)
        get(session, Funder, funder_id, field="funder")
        row = session.scalar(
            select(BudgetLineFunding).where(
                BudgetLineFunding.line_id == line_id, BudgetLineFunding.funder_id == funder_id
            )
        )
        before = None if row is None else FundingState(row.amount_minor, row.share_bp, row.in_kind)
        if state is None:
            if row is not None:
                log(session, AuditAction.DELETE, row)
                session.delete(row)
            return before
        if row is None:
            row = BudgetLineFunding(line_id=line.id, funder_id=funder_id)
            session.add(row)
        row.amount_minor, row.share_bp, row.in_kind = (
            state.amount_minor,
            state.share_bp,
            state.in_kind,
        )
        log(session, AuditAction.UPDATE, row)
        return before


def set_line_years(
    asso: AssoFile, line_id: int, amounts: Sequence[int | None]
) -> tuple[int | None, ...]:
    """The line's amount in year 1, 2… (None: no amount for that year); returns the previous
    amounts. Refused beyond the budget's number of years or when negative."""
    for amount in amounts:
        if amount is not None and amount < 0:
            raise DomainError(
                ErrorCode.BUDGET_NEGATIVE_AMOUNT,
                field="years",
                value=f"{amount / 100:.2f}".replace(".", ","),
            )
    with asso.unit_of_work() as session:
        line = editable_line(session, line_id)
        budget = session.get_one(Budget, line.budget_id)
        if len(amounts) > budget.years:
            raise DomainError(ErrorCode.INVALID_VALUE, field="years")
        rows = {
            y.year_index: y
            for y in session.scalars(
                select(BudgetLineYear).where(BudgetLineYear.line_id == line_id)
            )
        }
        before = tuple(
            rows[i].amount_minor if i in rows else None for i in range(1, budget.years + 1)
        )
        session.execute(delete(BudgetLineYear).where(BudgetLineYear.line_id == line_id))
        for index, amount in enumerate(amounts, start=1):
            if amount is not None:
                session.add(BudgetLineYear(line_id=line_id, year_index=index, amount_minor=amount))
        log(session, AuditAction.UPDATE, line)
        return before
