"""What each logframe node costs and has spent.

- An activity node's **planned cost** is the total of the budget lines linked to its calendar
  activity (`activity_budget_line`, `Activity.logframe_node_id`). A line shared by several
  activities is split equally between them, so that a result never counts a line twice.
- Its **actual spend** is what the expense splits tagged to that activity add up to (a refund
  credited to an expense account lowers it), in the file's base currency.
- A result, an objective and the overall objective show the sum of their descendants.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.domain.budget_math import LineSpec, compute_totals
from desk.domain.enums import AccountKind
from desk.domain.money import Money, split_equally
from desk.models import (
    Account,
    Activity,
    BudgetLine,
    LogframeNode,
    Organisation,
    Split,
    activity_budget_lines,
)
from desk.models import Budget as BudgetModel
from desk.store import AssoFile


@dataclass(frozen=True, slots=True)
class NodeCost:
    planned_minor: int  # in `planned_currency`
    spent_minor: int  # in the file's base currency
    budget_lines: int  # lines linked to the node (or its descendants)
    activities: int  # calendar activities linked to the node (or its descendants)


@dataclass(frozen=True, slots=True)
class LogframeCosts:
    planned_currency: str
    spent_currency: str
    by_node: dict[int, NodeCost]

    def of(self, node_id: int) -> NodeCost:
        return self.by_node.get(node_id, NodeCost(0, 0, 0, 0))


def _line_totals(session: Session, line_ids: set[int]) -> tuple[dict[int, int], str]:
    """Totals of the given lines (computed with their whole budget) and the currency."""
    if not line_ids:
        return {}, ""
    budget_ids = set(
        session.scalars(select(BudgetLine.budget_id).where(BudgetLine.id.in_(line_ids)))
    )
    totals: dict[int, int] = {}
    currency = ""
    for budget in session.scalars(select(BudgetModel).where(BudgetModel.id.in_(budget_ids))):
        currency = currency or budget.currency
        lines = session.scalars(
            select(BudgetLine)
            .where(BudgetLine.budget_id == budget.id)
            .order_by(BudgetLine.position, BudgetLine.code, BudgetLine.id)
        )
        specs = [
            LineSpec(
                ln.id,
                ln.parent_id,
                ln.kind,
                ln.quantity_milli,
                ln.unit_cost_minor,
                ln.duration_milli,
                ln.percent_bp,
            )
            for ln in lines
        ]
        totals.update(compute_totals(specs))
    return {i: totals.get(i, 0) for i in line_ids}, currency


def logframe_costs(session: Session, logframe_id: int) -> LogframeCosts:
    """Planned cost and actual spend of every node of the logframe."""
    nodes = session.execute(
        select(LogframeNode.id, LogframeNode.parent_id).where(
            LogframeNode.logframe_id == logframe_id
        )
    ).all()
    parents = {node_id: parent for node_id, parent in nodes}
    activity_node: dict[int, int] = {
        activity_id: node_id
        for activity_id, node_id in session.execute(
            select(Activity.id, Activity.logframe_node_id).where(
                Activity.logframe_node_id.in_(list(parents))
            )
        )
        if node_id is not None
    }
    links = session.execute(
        select(activity_budget_lines.c.activity_id, activity_budget_lines.c.budget_line_id)
    ).all()
    activities_of_line: dict[int, list[int]] = defaultdict(list)
    for activity_id, line_id in links:
        activities_of_line[line_id].append(activity_id)
    wanted = {ln for ln, acts in activities_of_line.items() if set(acts) & set(activity_node)}
    totals, budget_currency = _line_totals(session, wanted)
    base = session.scalar(select(Organisation.base_currency).limit(1)) or "MAD"
    planned_currency = budget_currency or base

    planned: dict[int, int] = defaultdict(int)
    lines: dict[int, int] = defaultdict(int)
    for line_id in sorted(wanted):
        sharing = sorted(activities_of_line[line_id])
        parts = split_equally(Money(totals[line_id], planned_currency), len(sharing))
        for activity_id, part in zip(sharing, parts, strict=True):
            if activity_id in activity_node:
                planned[activity_node[activity_id]] += part.minor
                lines[activity_node[activity_id]] += 1

    spent: dict[int, int] = defaultdict(int)
    if activity_node:
        for activity_id, amount in session.execute(
            select(Split.activity_id, func.sum(Split.amount_minor))
            .join(Account, Account.id == Split.account_id)
            .where(Split.activity_id.in_(list(activity_node)), Account.kind == AccountKind.EXPENSE)
            .group_by(Split.activity_id)
        ):
            if activity_id is not None:
                spent[activity_node[activity_id]] += int(amount or 0)

    by_node: dict[int, list[int]] = {n: [0, 0, 0, 0] for n in parents}
    for node_id in parents:
        own = (planned[node_id], spent[node_id], lines[node_id])
        count = sum(1 for n in activity_node.values() if n == node_id)
        seen: set[int] = set()
        current: int | None = node_id
        while current is not None and current not in seen:  # the node and its ancestors
            seen.add(current)
            figures = by_node[current]
            figures[0] += own[0]
            figures[1] += own[1]
            figures[2] += own[2]
            figures[3] += count
            current = parents.get(current)
    return LogframeCosts(
        planned_currency=planned_currency,
        spent_currency=base,
        by_node={n: NodeCost(*f) for n, f in by_node.items()},
    )


def project_costs(asso: AssoFile, logframe_id: int) -> LogframeCosts:
    """`logframe_costs` in a read-only session (for pages)."""
    with asso.reader() as session:
        return logframe_costs(session, logframe_id)
