"""The association's operating budget per financial year, by category: compared with the actual
of the year, and "estimer à partir du réalisé de l'an dernier" (each category's actual of the
previous year becomes its planned amount)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.domain.budget_math import share_used
from desk.domain.enums import AccountKind, AuditAction, BudgetLineKind, TransactionKind
from desk.domain.errors import DomainError, ErrorCode
from desk.models import Account, Budget, BudgetLine, FinancialYear, Split, Transaction
from desk.services.browse.budgets import BudgetLineRow, budget_view
from desk.services.budgets.common import editable_budget, get, log
from desk.store import AssoFile

INCOME_HEADING = ("P", "Produits")
EXPENSE_HEADING = ("C", "Charges")


@dataclass(frozen=True, slots=True)
class OperatingLine:
    line: BudgetLineRow
    actual_minor: int  # income as a positive amount too

    @property
    def variance_minor(self) -> int:
        return self.actual_minor - self.line.total_minor

    @property
    def used(self) -> Decimal | None:
        return share_used(self.actual_minor, self.line.total_minor)


@dataclass(frozen=True, slots=True)
class OperatingVsActual:
    budget_id: int
    year_label: str
    currency: str
    lines: tuple[OperatingLine, ...]


@dataclass(frozen=True, slots=True)
class EstimateUndo:
    """What `estimate_from_last_year` changed: lines it added, previous values of the others."""

    added: tuple[int, ...]
    changed: tuple[tuple[int, int, int], ...]  # (line id, quantity_milli, unit_cost_minor)


def _year_actuals(session: Session, year: FinancialYear) -> dict[int, int]:
    """Per category account, the year's actual outside projects (income and expenses both
    positive)."""
    rows = session.execute(
        select(Split.account_id, Account.kind, func.sum(Split.amount_minor))
        .join(Account, Account.id == Split.account_id)
        .join(Transaction, Transaction.id == Split.transaction_id)
        .where(
            Transaction.date.between(year.start_date, year.end_date),
            Account.kind.in_([AccountKind.INCOME, AccountKind.EXPENSE]),
            Transaction.kind != TransactionKind.OPENING,
            # a grant's expenses and income belong to its own budget, not to the association's
            Split.project_id.is_(None),
            Split.budget_line_id.is_(None),
        )
        .group_by(Split.account_id, Account.kind)
    ).all()
    return {
        account: int(-total if kind is AccountKind.INCOME else total)
        for account, kind, total in rows
    }


def operating_vs_actual(asso: AssoFile, budget_id: int) -> OperatingVsActual:
    view = budget_view(asso, budget_id)
    if view is None or view.financial_year_id is None:
        raise DomainError(ErrorCode.NOT_FOUND, field="budget")
    with asso.reader() as session:
        year = get(session, FinancialYear, view.financial_year_id)
        actuals = _year_actuals(session, year)
        label = year.label
    own = {r.id: actuals.get(r.account_id, 0) if r.account_id else 0 for r in view.lines}
    totals: dict[int, int] = {}
    for row in reversed(view.lines):  # children come after their parent: sum bottom-up
        totals[row.id] = own[row.id] + totals.get(row.id, 0)
        if row.parent_id is not None:
            totals[row.parent_id] = totals.get(row.parent_id, 0) + totals[row.id]
    return OperatingVsActual(
        budget_id,
        label,
        view.currency,
        tuple(OperatingLine(r, totals.get(r.id, 0)) for r in view.lines),
    )


def _heading(session: Session, budget: Budget, code: str, label: str) -> BudgetLine:
    line = session.scalar(
        select(BudgetLine).where(BudgetLine.budget_id == budget.id, BudgetLine.code == code)
    )
    if line is None:
        position = len([ln for ln in budget.lines if ln.parent_id is None])
        line = BudgetLine(
            budget_id=budget.id,
            code=code,
            label=label,
            kind=BudgetLineKind.HEADING,
            level=1,
            position=position,
        )
        session.add(line)
        session.flush()
    return line


def estimate_from_last_year(asso: AssoFile, budget_id: int) -> EstimateUndo:
    """Fill the operating budget with the previous year's actual, category by category."""
    with asso.unit_of_work() as session:
        budget = editable_budget(session, budget_id)
        year = get(session, FinancialYear, budget.financial_year_id or 0, field="year")
        previous = session.scalar(
            select(FinancialYear)
            .where(FinancialYear.start_date < year.start_date)
            .order_by(FinancialYear.start_date.desc())
            .limit(1)
        )
        if previous is None:
            raise DomainError(ErrorCode.BUDGET_NO_PREVIOUS_YEAR)
        actuals = _year_actuals(session, previous)
        accounts = {
            a.id: a for a in session.scalars(select(Account).where(Account.id.in_(actuals)))
        }
        existing = {ln.account_id: ln for ln in budget.lines if ln.account_id is not None}
        added: list[int] = []
        changed: list[tuple[int, int, int]] = []
        for account_id, amount in sorted(actuals.items(), key=lambda i: accounts[i[0]].code):
            if amount <= 0:
                continue
            line = existing.get(account_id)
            if line is not None:
                changed.append((line.id, line.quantity_milli, line.unit_cost_minor))
                line.quantity_milli, line.unit_cost_minor = 1000, amount
                line.duration_milli = None
                continue
            account = accounts[account_id]
            code, label = INCOME_HEADING if account.kind is AccountKind.INCOME else EXPENSE_HEADING
            parent = _heading(session, budget, code, label)
            siblings = [ln for ln in budget.lines if ln.parent_id == parent.id]
            line = BudgetLine(
                budget_id=budget.id,
                parent_id=parent.id,
                level=2,
                position=len(siblings),
                code=_free_code(session, budget.id, code),
                label=account.plain_name,
                kind=BudgetLineKind.AMOUNT,
                unit="forfait",
                quantity_milli=1000,
                unit_cost_minor=amount,
                account_id=account_id,
            )
            session.add(line)
            session.flush()
            session.refresh(budget)
            added.append(line.id)
        log(session, AuditAction.UPDATE, budget, reason="estimate from last year")
        return EstimateUndo(tuple(added), tuple(changed))


def _free_code(session: Session, budget_id: int, prefix: str) -> str:
    codes = set(session.scalars(select(BudgetLine.code).where(BudgetLine.budget_id == budget_id)))
    number = 1
    while f"{prefix}.{number}" in codes:
        number += 1
    return f"{prefix}.{number}"


def undo_estimate(asso: AssoFile, undo: EstimateUndo) -> None:
    with asso.unit_of_work() as session:
        for line_id in undo.added:
            line = session.get(BudgetLine, line_id)
            if line is not None:
                session.delete(line)
        for line_id, quantity, unit_cost in undo.changed:
            line = get(session, BudgetLine, line_id)
            line.quantity_milli, line.unit_cost_minor = quantity, unit_cost
