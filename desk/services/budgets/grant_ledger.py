"""The grant's side of the ledger: its rate policy with the rates it needs, its budget lines
across versions, its eligible period (the entry forms' check), and the expenses behind a
budget line (drill-down)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desk.domain.budget_rules import RateTable
from desk.domain.enums import RatePolicy
from desk.domain.errors import DomainError, ErrorCode
from desk.models import (
    Budget,
    BudgetLine,
    ExchangeRate,
    Instalment,
    Organisation,
    Project,
    Split,
    Transaction,
)
from desk.services.browse.budgets import budget_view
from desk.services.budgets.common import get
from desk.store import AssoFile


@dataclass(frozen=True, slots=True)
class LineTransaction:
    transaction_id: int
    date: date
    receipt_number: str | None
    label: str
    payee: str
    line_code: str
    amount_base_minor: int
    outside_period: bool


def rate_table(session: Session, project: Project) -> RateTable:
    """The grant's rate policy with the rates it needs (fixed, transfers or monthly table)."""
    if project.currency == base_currency(session):
        return RateTable(RatePolicy.FIXED, project.currency, Decimal(1))
    transfers: tuple[tuple[date, Decimal], ...] = ()
    monthly: dict[date, Decimal] = {}
    if project.rate_policy is RatePolicy.PER_TRANSFER:
        received = select(Instalment.received_transaction_id).where(
            Instalment.project_id == project.id
        )
        tagged = select(Split.transaction_id).where(Split.project_id == project.id)
        rows = session.execute(
            select(Transaction.date, Split.rate)
            .join(Split, Split.transaction_id == Transaction.id)
            .where(
                Split.original_currency == project.currency,
                Split.rate.is_not(None),
                or_(Transaction.id.in_(received), Transaction.id.in_(tagged)),
            )
            .order_by(Transaction.date, Transaction.id)
        ).all()
        transfers = tuple((day, Decimal(str(rate))) for day, rate in rows)
    elif project.rate_policy is RatePolicy.MONTHLY:
        monthly = {
            month: Decimal(rate)
            for month, rate in session.execute(
                select(ExchangeRate.month, ExchangeRate.rate).where(
                    ExchangeRate.project_id == project.id
                )
            ).all()
        }
    return RateTable(project.rate_policy, project.currency, project.fixed_rate, transfers, monthly)


def base_currency(session: Session) -> str:
    return session.scalar(select(Organisation.base_currency)) or "MAD"


def grant_period(project: Project) -> tuple[date, date]:
    return project.eligible_start or project.start_date, project.eligible_end or project.end_date


def project_lines(session: Session, project_id: int) -> dict[int, str]:
    """Line id -> code over every version of the project's budget."""
    rows = session.execute(
        select(BudgetLine.id, BudgetLine.code)
        .join(Budget, Budget.id == BudgetLine.budget_id)
        .where(Budget.project_id == project_id)
    ).all()
    return {line_id: code for line_id, code in rows}


def check_eligible(asso: AssoFile, project_id: int, day: date, label: str = "") -> None:
    """Refuse an expense of `day` tagged to the grant outside its eligible period (for the
    entry forms: raise, the form shows the message next to the date)."""
    with asso.reader() as session:
        project = get(session, Project, project_id, field="project")
        start, end = grant_period(project)
    if not start <= day <= end:
        raise DomainError(
            ErrorCode.BUDGET_OUTSIDE_GRANT_PERIOD,
            field="date",
            date=day,
            label=label,
            start=start,
            end=end,
        )


def line_transactions(asso: AssoFile, budget_id: int, line_id: int) -> tuple[LineTransaction, ...]:
    """The expenses behind a line's actual (its own and its sub-lines', any version)."""
    view = budget_view(asso, budget_id)
    if view is None or view.project_id is None:
        raise DomainError(ErrorCode.NOT_FOUND, field="budget")
    wanted = {line_id}
    for row in view.lines:  # depth-first: parents come before their children
        if row.parent_id in wanted:
            wanted.add(row.id)
    wanted_codes = {row.code for row in view.lines if row.id in wanted}
    with asso.reader() as session:
        project = get(session, Project, view.project_id)
        start, end = grant_period(project)
        codes = project_lines(session, project.id)
        ids = [i for i, code in codes.items() if code in wanted_codes]
        rows = session.execute(
            select(
                Transaction.id,
                Transaction.date,
                Transaction.receipt_number,
                Transaction.label,
                Transaction.payee,
                Split.budget_line_id,
                Split.amount_minor,
            )
            .join(Split, Split.transaction_id == Transaction.id)
            .where(Split.budget_line_id.in_(ids))
            .order_by(Transaction.date, Transaction.id)
        ).all()
        return tuple(
            LineTransaction(
                tx,
                day,
                number,
                label,
                payee,
                codes.get(lid or 0, ""),
                amount,
                not start <= day <= end,
            )
            for tx, day, number, label, payee, lid, amount in rows
        )
