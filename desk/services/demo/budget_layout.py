"""The demo's project budgets as the application reads them: the EU layout completed by the
application's own service (headings 4 and 6, computed lines 7-13) with the grant's percentages,
and what a funder pays of a whole budget, computed like the budget page (`budget_math`)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from desk.domain.budget_math import FundingSpec, LineSpec, compute_totals, funding_totals
from desk.domain.enums import BudgetLineKind
from desk.models import Budget, BudgetLine, BudgetLineFunding
from desk.services.budgets.templates import complete_eu_layout
from desk.services.demo.context import DemoContext


def funder_total(ctx: DemoContext, budget: Budget, funder: str) -> int:
    """What `funder` pays of the whole budget, computed as the budget page computes it."""
    lines = list(
        ctx.session.scalars(
            select(BudgetLine)
            .where(BudgetLine.budget_id == budget.id)
            .order_by(BudgetLine.level, BudgetLine.position, BudgetLine.id)
        )
    )
    specs = [
        LineSpec(
            ln.id, ln.parent_id, ln.kind, ln.quantity_milli, ln.unit_cost_minor,
            ln.duration_milli, ln.percent_bp,
        )
        for ln in lines
    ]  # fmt: skip
    fundings = [
        FundingSpec(f.line_id, f.funder_id, f.amount_minor, f.share_bp)
        for f in ctx.session.scalars(
            select(BudgetLineFunding).where(BudgetLineFunding.line_id.in_([ln.id for ln in lines]))
        )
    ]
    per_line = funding_totals(specs, fundings, compute_totals(specs))
    top = [ln.id for ln in lines if ln.parent_id is None and ln.kind is not BudgetLineKind.COMPUTED]
    return sum(per_line.get(i, {}).get(ctx.funders[funder], 0) for i in top)


def complete_eu(ctx: DemoContext, budget: Budget, *, indirect_bp: int, contingency_bp: int) -> None:
    """The EU layout's missing headings and computed lines, with the grant's percentages."""
    before = len(budget.lines)
    complete_eu_layout(ctx.session, budget)
    for line in budget.lines:
        if line.parent_id is None and line.code == "8":
            line.percent_bp = indirect_bp
        if line.parent_id is None and line.code == "10":
            line.percent_bp = contingency_bp
    ctx.session.flush()
    ctx.audit_many("budget_line", len(budget.lines) - before, date(2025, 1, 15), budget=budget.id)
