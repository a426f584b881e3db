"""Figures of the dashboard and of the summary export: a handful of SQL aggregates, never a
load of rows, so that they stay fast on a file with 100k transactions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Subquery, and_, func, select
from sqlalchemy.orm import Session

from desk.domain.budget_math import LineSpec, budget_total
from desk.domain.enums import AccountKind, ProjectStatus, TransactionKind, TreasuryKind
from desk.domain.money import Money, convert
from desk.models import (
    Account,
    Attachment,
    Budget,
    BudgetLine,
    FinancialYear,
    Funder,
    Organisation,
    Project,
    Split,
    Transaction,
    TreasuryAccount,
)
from desk.store import AssoFile


@dataclass(frozen=True, slots=True)
class TreasuryBalance:
    id: int
    name: str
    kind: TreasuryKind
    currency: str
    balance_minor: int
    held_by_member: bool


@dataclass(frozen=True, slots=True)
class ProjectProgress:
    id: int
    code: str
    title: str
    funder: str
    status: ProjectStatus
    start: date
    end: date
    budget_minor: int  # latest budget version, in the base currency of the file
    spent_minor: int  # expenses tagged to the project, base currency


@dataclass(frozen=True, slots=True)
class Overview:
    organisation: str
    city: str
    currency: str
    year_label: str
    year_start: date
    year_end: date
    year_closed: bool
    treasury: tuple[TreasuryBalance, ...]
    income_minor: int
    expense_minor: int
    projects: tuple[ProjectProgress, ...]
    receipts_missing: int
    transactions: int

    @property
    def cash_minor(self) -> int:
        return sum(t.balance_minor for t in self.treasury if t.kind is TreasuryKind.CASH)

    @property
    def bank_minor(self) -> int:
        return sum(t.balance_minor for t in self.treasury if t.kind is not TreasuryKind.CASH)


def current_year(session: Session, today: date) -> FinancialYear | None:
    """The year containing `today`, else the latest year that started before it, else the
    first one (a demo file opened years later still shows its last year)."""
    years = list(session.scalars(select(FinancialYear).order_by(FinancialYear.start_date)))
    for year in years:
        if year.start_date <= today <= year.end_date:
            return year
    before = [y for y in years if y.start_date <= today]
    return before[-1] if before else (years[0] if years else None)


def treasury_balances(session: Session, until: date | None = None) -> tuple[TreasuryBalance, ...]:
    """Balance of every active treasury account, all years included, up to `until`."""
    per_account = select(Split.account_id, func.sum(Split.amount_minor).label("total")).where(
        Split.account_id.in_(select(TreasuryAccount.account_id))
    )
    if until is not None:
        # Only a dated balance needs the transactions; the plain one reads splits alone.
        per_account = per_account.join(Transaction, Transaction.id == Split.transaction_id).where(
            Transaction.date <= until
        )
    sums = per_account.group_by(Split.account_id).subquery()
    total = func.coalesce(sums.c.total, 0)
    rows = session.execute(
        select(
            TreasuryAccount.id,
            TreasuryAccount.name,
            TreasuryAccount.kind,
            TreasuryAccount.currency,
            TreasuryAccount.held_by_member_id,
            total,
        )
        .outerjoin(sums, sums.c.account_id == TreasuryAccount.account_id)
        .where(TreasuryAccount.active.is_(True))
        .order_by(TreasuryAccount.kind, TreasuryAccount.name)
    ).all()
    return tuple(TreasuryBalance(r[0], r[1], r[2], r[3], int(r[5]), r[4] is not None) for r in rows)


def income_and_expense(session: Session, start: date, end: date) -> tuple[int, int]:
    """Income (positive) and expense (positive) booked in class 7 / class 6 over the period."""
    kind_total = (
        select(Account.kind, func.coalesce(func.sum(Split.amount_minor), 0))
        .join(Split, Split.account_id == Account.id)
        .join(Transaction, Transaction.id == Split.transaction_id)
        .where(
            Transaction.date.between(start, end),
            Account.kind.in_([AccountKind.INCOME, AccountKind.EXPENSE]),
            Transaction.kind.not_in([TransactionKind.OPENING]),
        )
        .group_by(Account.kind)
    )
    totals = {kind: total for kind, total in session.execute(kind_total)}
    return -int(totals.get(AccountKind.INCOME, 0)), int(totals.get(AccountKind.EXPENSE, 0))


def count_missing_receipts(
    session: Session, start: date | None = None, end: date | None = None
) -> int:
    """Transactions that need a receipt and have none (bank fees etc. are marked not needed)."""
    query = select(func.count(Transaction.id)).where(
        Transaction.receipt_not_required.is_(False),
        Transaction.kind.in_(
            [
                TransactionKind.EXPENSE,
                TransactionKind.INCOME,
                TransactionKind.ADVANCE_SETTLEMENT,
                TransactionKind.REIMBURSEMENT,
            ]
        ),
        ~select(Attachment.id).where(Attachment.transaction_id == Transaction.id).exists(),
    )
    if start is not None and end is not None:
        query = query.where(Transaction.date.between(start, end))
    return int(session.scalar(query) or 0)


def project_progress(session: Session) -> tuple[ProjectProgress, ...]:
    """Active projects (signed or ongoing) with their latest budget and what was spent."""
    latest_budget = (
        select(Budget.project_id, func.max(Budget.version).label("version"))
        .where(Budget.project_id.is_not(None))
        .group_by(Budget.project_id)
        .subquery()
    )
    spent = (
        select(Split.project_id, func.sum(Split.amount_minor).label("spent"))
        .join(Account, Account.id == Split.account_id)
        .where(Account.kind == AccountKind.EXPENSE, Split.project_id.is_not(None))
        .group_by(Split.project_id)
        .subquery()
    )
    rows = session.execute(
        select(Project, Funder.name, spent.c.spent)
        .outerjoin(Funder, Funder.id == Project.funder_id)
        .outerjoin(spent, spent.c.project_id == Project.id)
        .where(Project.status.in_([ProjectStatus.SIGNED, ProjectStatus.ONGOING]))
        .order_by(Project.start_date)
    ).all()
    base = session.scalar(select(Organisation.base_currency)) or "MAD"
    budgets = _latest_budget_totals(session, latest_budget)
    return tuple(
        ProjectProgress(
            p.id,
            p.code,
            p.title,
            funder or "",
            p.status,
            p.start_date,
            p.end_date,
            _to_base(budgets.get(p.id, 0), p, base),
            int(used or 0),
        )
        for p, funder, used in rows
    )


def _latest_budget_totals(session: Session, latest: Subquery) -> dict[int, int]:
    """Total of each project's latest budget, by the same arithmetic as the Budgets page
    (percentage lines such as 7 % indirect costs included); a few dozen lines per project."""
    rows = session.execute(
        select(
            Budget.project_id,
            BudgetLine.id,
            BudgetLine.parent_id,
            BudgetLine.kind,
            BudgetLine.quantity_milli,
            BudgetLine.unit_cost_minor,
            BudgetLine.duration_milli,
            BudgetLine.percent_bp,
        )
        .join(
            latest,
            and_(latest.c.project_id == Budget.project_id, latest.c.version == Budget.version),
        )
        .join(BudgetLine, BudgetLine.budget_id == Budget.id)
        .order_by(Budget.project_id, BudgetLine.position, BudgetLine.id)
    ).all()
    lines: dict[int, list[LineSpec]] = {}
    for project_id, line_id, parent_id, kind, quantity, unit_cost, duration, percent in rows:
        if project_id is None:  # pragma: no cover - the join keeps project budgets only
            continue
        lines.setdefault(project_id, []).append(
            LineSpec(line_id, parent_id, kind, quantity, unit_cost, duration, percent)
        )
    return {project_id: budget_total(specs) for project_id, specs in lines.items()}


def _to_base(minor: int, project: Project, base: str) -> int:
    """A budget in the grant's currency, in base minor units at the grant's fixed rate (the
    budget-vs-actual of issue #4 applies the full rate policy; the dashboard needs an estimate)."""
    if project.currency == base or project.fixed_rate is None:
        return minor
    return convert(Money(minor, project.currency), project.fixed_rate, base).minor


def overview(asso: AssoFile, today: date | None = None) -> Overview:
    """Everything the dashboard shows, in one read."""
    today = today or date.today()
    with asso.reader() as session:
        org = session.get_one(Organisation, 1)
        year = current_year(session, today)
        if year is None:
            start = end = today
            label, closed = "", False
        else:
            start, end, label, closed = (
                year.start_date,
                year.end_date,
                year.label,
                (year.status.value == "closed"),
            )
        income, expense = income_and_expense(session, start, end)
        return Overview(
            organisation=org.name,
            city=org.city,
            currency=org.base_currency,
            year_label=label,
            year_start=start,
            year_end=end,
            year_closed=closed,
            treasury=treasury_balances(session),
            income_minor=income,
            expense_minor=expense,
            projects=project_progress(session),
            receipts_missing=count_missing_receipts(session, start, end),
            transactions=int(session.scalar(select(func.count(Transaction.id))) or 0),
        )
