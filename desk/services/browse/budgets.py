"""Budgets as the budget page shows them: a project's latest budget and the operating budgets,
as lines in tree order with totals and co-funding computed by `desk.domain.budget_math`."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.domain.budget_math import (
    FundingSpec,
    LineSpec,
    budget_total,
    compute_totals,
    funding_totals,
)
from desk.domain.budget_rules import (
    Finding,
    GrantRules,
)
from desk.domain.enums import AccountKind, BudgetLineKind, BudgetStatus, BudgetTemplate
from desk.models import (
    Account,
    Budget,
    BudgetLine,
    BudgetLineFunding,
    FinancialYear,
    Funder,
)
from desk.services.budgets.checks import check_budget
from desk.store import AssoFile


@dataclass(frozen=True, slots=True)
class FunderRef:
    id: int
    name: str
    acronym: str = ""

    @property
    def short(self) -> str:
        """What fits a column header: the acronym when there is one."""
        return self.acronym or self.name


@dataclass(frozen=True, slots=True)
class BudgetLineRow:
    id: int
    parent_id: int | None
    level: int
    code: str
    label: str
    kind: BudgetLineKind
    unit: str
    quantity_milli: int
    unit_cost_minor: int
    duration_milli: int | None
    percent_bp: int | None
    total_minor: int
    fundings: tuple[tuple[int, int], ...]  # (funder id, amount) for the budget's funders
    category: str  # plain name of the account (operating budgets)
    category_kind: AccountKind | None
    # (funder id, amount or None, share in basis points or None, in kind) as entered
    funding_rows: tuple[tuple[int, int | None, int | None, bool], ...] = ()
    years: tuple[int, ...] = ()  # amount per year of a multi-year budget (year 1 first)
    activities: int = 0  # activities of the plan linked to the line
    findings: tuple[Finding, ...] = ()  # rules this line breaks
    account_id: int | None = None

    def funding(self, funder_id: int) -> int:
        return dict(self.fundings).get(funder_id, 0)

    def in_kind(self, funder_id: int) -> bool:
        return any(f[0] == funder_id and f[3] for f in self.funding_rows)

    @property
    def is_leaf_amount(self) -> bool:
        return self.kind is BudgetLineKind.AMOUNT


@dataclass(frozen=True, slots=True)
class BudgetView:
    id: int
    name: str
    version: int
    status: BudgetStatus
    template: BudgetTemplate
    currency: str
    years: int
    funders: tuple[FunderRef, ...]  # funders of at least one line, in name order
    lines: tuple[BudgetLineRow, ...]  # depth-first, in position order
    total_minor: int
    project_id: int | None = None
    financial_year_id: int | None = None
    rules: GrantRules = field(default_factory=GrantRules)
    findings: tuple[Finding, ...] = ()  # every finding, in line order
    editable: bool = True  # drafts and amendments; a submitted or signed version is frozen

    @property
    def funder_totals(self) -> tuple[tuple[FunderRef, int], ...]:
        """What each funder pays of the whole budget (top-level lines, subtotals excluded)."""
        top = [
            r for r in self.lines if r.parent_id is None and r.kind is not BudgetLineKind.COMPUTED
        ]
        return tuple((f, sum(r.funding(f.id) for r in top)) for f in self.funders)


@dataclass(frozen=True, slots=True)
class OperatingBudgetSummary:
    id: int
    year_label: str
    year_start: date
    name: str
    status: BudgetStatus
    version: int
    currency: str
    income_minor: int
    expense_minor: int


def _load(session: Session, budget: Budget) -> BudgetView:
    lines = list(
        session.scalars(
            select(BudgetLine)
            .where(BudgetLine.budget_id == budget.id)
            .order_by(BudgetLine.level, BudgetLine.position, BudgetLine.id)
        )
    )
    fundings = session.execute(
        select(BudgetLineFunding)
        .join(BudgetLine, BudgetLine.id == BudgetLineFunding.line_id)
        .where(BudgetLine.budget_id == budget.id)
    ).scalars()
    funding_list = list(fundings)
    funding_specs = [
        FundingSpec(f.line_id, f.funder_id, f.amount_minor, f.share_bp) for f in funding_list
    ]
    entered: dict[int, list[tuple[int, int | None, int | None, bool]]] = defaultdict(list)
    for f in funding_list:
        entered[f.line_id].append((f.funder_id, f.amount_minor, f.share_bp, f.in_kind))
    ordered = _depth_first(lines)
    specs = [
        LineSpec(
            line.id,
            line.parent_id,
            line.kind,
            line.quantity_milli,
            line.unit_cost_minor,
            line.duration_milli,
            line.percent_bp,
        )
        for line in ordered
    ]
    totals = compute_totals(specs)
    per_funder = funding_totals(specs, funding_specs, totals)
    funder_ids = {f.funder_id for f in funding_specs}
    funders = tuple(
        FunderRef(i, n, a)
        for i, n, a in session.execute(
            select(Funder.id, Funder.name, Funder.acronym)
            .where(Funder.id.in_(funder_ids))
            .order_by(Funder.name)
        )
    )
    accounts = {
        a.id: a
        for a in session.scalars(
            select(Account).where(Account.id.in_({ln.account_id for ln in lines if ln.account_id}))
        )
    }
    checks = check_budget(session, budget, ordered, totals, funding_specs, per_funder)
    years, linked, by_line = checks.years, checks.linked, checks.by_line
    rows = tuple(
        BudgetLineRow(
            id=line.id,
            parent_id=line.parent_id,
            level=line.level,
            code=line.code,
            label=line.label,
            kind=line.kind,
            unit=line.unit,
            quantity_milli=line.quantity_milli,
            unit_cost_minor=line.unit_cost_minor,
            duration_milli=line.duration_milli,
            percent_bp=line.percent_bp,
            total_minor=totals.get(line.id, 0),
            fundings=tuple(sorted(per_funder.get(line.id, {}).items())),
            category=accounts[line.account_id].plain_name if line.account_id in accounts else "",
            category_kind=accounts[line.account_id].kind if line.account_id in accounts else None,
            funding_rows=tuple(entered.get(line.id, ())),
            years=years.get(line.id, ()),
            activities=int(linked.get(line.id, 0)),
            findings=tuple(by_line.get(line.id, ())),
            account_id=line.account_id,
        )
        for line in ordered
    )
    return BudgetView(
        id=budget.id,
        name=budget.name,
        version=budget.version,
        status=budget.status,
        template=budget.template,
        currency=budget.currency,
        years=budget.years,
        funders=funders,
        lines=rows,
        total_minor=budget_total(specs, totals),
        project_id=budget.project_id,
        financial_year_id=budget.financial_year_id,
        rules=checks.rules,
        findings=tuple(checks.findings),
        editable=budget.status in (BudgetStatus.DRAFT, BudgetStatus.AMENDMENT),
    )


def _depth_first(lines: list[BudgetLine]) -> list[BudgetLine]:
    """Lines in display order: each heading followed by its children, by position."""
    known = {line.id for line in lines}
    children: dict[int | None, list[BudgetLine]] = defaultdict(list)
    for line in sorted(lines, key=lambda ln: (ln.position, ln.code, ln.id)):
        children[line.parent_id if line.parent_id in known else None].append(line)
    ordered: list[BudgetLine] = []
    seen: set[int] = set()

    def walk(parent: int | None) -> None:
        for line in children.get(parent, []):
            if line.id not in seen:  # a corrupt cycle must not hang the page
                seen.add(line.id)
                ordered.append(line)
                walk(line.id)

    walk(None)
    return ordered


def project_budget(asso: AssoFile, project_id: int) -> BudgetView | None:
    """The latest version of the project's budget, or None when it has none yet."""
    with asso.reader() as session:
        budget = session.scalar(
            select(Budget)
            .where(Budget.project_id == project_id)
            .order_by(Budget.version.desc(), Budget.id.desc())
            .limit(1)
        )
        return None if budget is None else _load(session, budget)


def budget_view(asso: AssoFile, budget_id: int) -> BudgetView | None:
    """One budget by id (an operating budget picked in the list)."""
    with asso.reader() as session:
        budget = session.get(Budget, budget_id)
        return None if budget is None else _load(session, budget)


def operating_budgets(asso: AssoFile) -> tuple[OperatingBudgetSummary, ...]:
    """The association's operating budgets, latest year first, latest version of each year,
    with planned income and expense (lines on income or expense categories)."""
    with asso.reader() as session:
        budgets = list(
            session.execute(
                select(Budget, FinancialYear)
                .join(FinancialYear, FinancialYear.id == Budget.financial_year_id)
                .where(Budget.project_id.is_(None))
                .order_by(FinancialYear.start_date.desc(), Budget.version.desc())
            )
        )
        result = []
        seen_years: set[int] = set()
        for budget, year in budgets:
            if year.id in seen_years:
                continue
            seen_years.add(year.id)
            view = _load(session, budget)
            income, expense = _planned_income_expense(view)
            result.append(
                OperatingBudgetSummary(
                    budget.id,
                    year.label,
                    year.start_date,
                    budget.name,
                    budget.status,
                    budget.version,
                    budget.currency,
                    income,
                    expense,
                )
            )
        return tuple(result)


def _planned_income_expense(view: BudgetView) -> tuple[int, int]:
    # Leaf lines only: a heading's total already contains its children.
    parents = {r.parent_id for r in view.lines}
    leaves = [r for r in view.lines if r.id not in parents]
    income = sum(r.total_minor for r in leaves if r.category_kind is AccountKind.INCOME)
    expense = sum(r.total_minor for r in leaves if r.category_kind is AccountKind.EXPENSE)
    return income, expense
