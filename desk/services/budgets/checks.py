"""The live checks of a budget, computed with its view: the EU caps, co-funding that does not
add up, yearly amounts that do not add up, priced lines linked to no activity of the plan; and
the amounts of each line in each year of a multi-year budget."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.domain.budget_math import FundingSpec, LineSpec, compute_totals
from desk.domain.budget_rules import (
    Finding,
    GrantRules,
    RuleLine,
    cap_findings,
    funding_findings,
)
from desk.domain.enums import BudgetLineKind
from desk.domain.errors import DomainError, ErrorCode
from desk.domain.money import format_minor
from desk.models import Activity, Budget, BudgetLine, BudgetLineYear, Project, activity_budget_lines


@dataclass(frozen=True)
class BudgetChecks:
    rules: GrantRules
    years: dict[int, tuple[int, ...]]  # per line, its amount in each year
    linked: dict[int, int]  # per line, the activities linked to it
    findings: list[Finding]  # in line order
    by_line: dict[int, list[Finding]]


def check_budget(
    session: Session,
    budget: Budget,
    ordered: Sequence[BudgetLine],
    totals: dict[int, int],
    funding_specs: Sequence[FundingSpec],
    per_funder: dict[int, dict[int, int]],
) -> BudgetChecks:
    """`ordered`: the budget's lines depth first; `totals` and `per_funder` from budget_math."""
    lines = list(ordered)
    years = year_amounts(session, ordered, budget.years)
    linked: dict[int, int] = dict(
        session.execute(
            select(activity_budget_lines.c.budget_line_id, func.count())
            .where(activity_budget_lines.c.budget_line_id.in_([ln.id for ln in lines]))
            .group_by(activity_budget_lines.c.budget_line_id)
        ).all()
    )
    project = session.get(Project, budget.project_id) if budget.project_id else None
    rules = (
        GrantRules(project.indirect_cap_bp, project.contingency_cap_bp, project.transfer_flex_bp)
        if project
        else GrantRules()
    )
    has_activities = bool(
        project
        and session.scalar(select(func.count(Activity.id)).where(Activity.project_id == project.id))
    )
    rule_lines = [
        RuleLine(ln.id, ln.parent_id, ln.code, ln.label, ln.kind, totals.get(ln.id, 0))
        for ln in ordered
    ]

    def money(minor: int) -> str:
        return format_minor(minor, budget.currency)

    findings = cap_findings(rule_lines, rules, budget.template)
    findings += funding_findings(rule_lines, funding_specs, per_funder, money)
    for ln in ordered:
        line_years = years.get(ln.id)
        total = totals.get(ln.id, 0)
        if line_years and ln.kind is BudgetLineKind.AMOUNT and sum(line_years) != total:
            error = DomainError(
                ErrorCode.BUDGET_YEARS_MISMATCH,
                field="years",
                line=ln.code,
                funded=money(sum(line_years)),
                total=money(total),
            )
            findings.append(Finding(ln.id, error))
        # lines of the donor layout's footer (taxes) consume no activity
        in_heading = ln.parent_id is not None
        if (
            has_activities
            and in_heading
            and ln.kind is BudgetLineKind.AMOUNT
            and not linked.get(ln.id)
        ):
            error = DomainError(ErrorCode.BUDGET_NO_ACTIVITY, field="activity", line=ln.code)
            findings.append(Finding(ln.id, error, blocking=False))
    position = {ln.id: i for i, ln in enumerate(ordered)}
    findings.sort(key=lambda f: position.get(f.line_id or 0, -1))
    by_line: dict[int, list[Finding]] = defaultdict(list)
    for finding in findings:
        if finding.line_id is not None:
            by_line[finding.line_id].append(finding)
    return BudgetChecks(rules, years, linked, findings, by_line)


def year_amounts(
    session: Session, ordered: Sequence[BudgetLine], count: int
) -> dict[int, tuple[int, ...]]:
    """Per line, its amount in each year: entered on priced lines, summed on headings and
    subtotals like the totals (budget_math on each year's amounts)."""
    if count <= 1:
        return {}
    rows = session.execute(
        select(
            BudgetLineYear.line_id, BudgetLineYear.year_index, BudgetLineYear.amount_minor
        ).where(BudgetLineYear.line_id.in_([ln.id for ln in ordered]))
    ).all()
    entered: dict[int, dict[int, int]] = defaultdict(dict)
    for line_id, index, amount in rows:
        entered[line_id][index] = amount
    result: dict[int, list[int]] = {}
    for index in range(1, count + 1):
        # A priced line's year amount acts as its total: 1 x amount.
        specs = [
            LineSpec(
                ln.id,
                ln.parent_id,
                ln.kind,
                1000 if ln.kind is BudgetLineKind.AMOUNT else 0,
                entered.get(ln.id, {}).get(index, 0),
                None,
                ln.percent_bp,
            )
            for ln in ordered
        ]
        for line_id, total in compute_totals(specs).items():
            result.setdefault(line_id, []).append(total)
    return {k: tuple(v) for k, v in result.items() if any(v) or k in entered}
