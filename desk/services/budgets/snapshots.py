"""Deleting budget lines so that undo can put them back: `delete_line` returns a
`LineSnapshot` (the line, its descendants, co-funding, yearly amounts, activity links) that
`restore_lines` re-inserts with the same ids and place."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from desk.domain.enums import AuditAction
from desk.domain.errors import DomainError, ErrorCode
from desk.models import BudgetLine, BudgetLineFunding, BudgetLineYear, Split, activity_budget_lines
from desk.services.budgets.builder import child_lines, json_values, sibling_lines
from desk.services.budgets.common import editable_budget, editable_line, log
from desk.store import AssoFile


@dataclass(frozen=True, slots=True)
class LineSnapshot:
    """A deleted line with its descendants, co-funding, yearly amounts and activity links."""

    lines: tuple[dict[str, Any], ...]
    fundings: tuple[dict[str, Any], ...]
    years: tuple[dict[str, Any], ...]
    activities: tuple[tuple[int, int], ...]  # (activity id, line id)


def _columns(obj: Any) -> dict[str, Any]:
    return {c.key: getattr(obj, c.key) for c in obj.__mapper__.column_attrs}


def _subtree(session: Session, line: BudgetLine) -> list[BudgetLine]:
    result = [line]
    for kid in sorted(child_lines(session, line), key=lambda k: k.position):
        result.extend(_subtree(session, kid))
    return result


def delete_line(asso: AssoFile, line_id: int) -> LineSnapshot:
    """Delete a line and its children; refused while expenses are tagged to one of them."""
    with asso.unit_of_work() as session:
        line = editable_line(session, line_id)
        tree = _subtree(session, line)
        ids = [ln.id for ln in tree]
        used = session.scalar(select(func.count(Split.id)).where(Split.budget_line_id.in_(ids)))
        if used:
            raise DomainError(ErrorCode.BUDGET_LINE_USED, line=line.code, count=used)
        snapshot = LineSnapshot(
            tuple(_columns(ln) for ln in tree),
            tuple(
                _columns(f)
                for f in session.scalars(
                    select(BudgetLineFunding).where(BudgetLineFunding.line_id.in_(ids))
                )
            ),
            tuple(
                _columns(y)
                for y in session.scalars(
                    select(BudgetLineYear).where(BudgetLineYear.line_id.in_(ids))
                )
            ),
            tuple(
                (a, b)
                for a, b in session.execute(
                    select(
                        activity_budget_lines.c.activity_id, activity_budget_lines.c.budget_line_id
                    ).where(activity_budget_lines.c.budget_line_id.in_(ids))
                ).all()
            ),
        )
        log(session, AuditAction.DELETE, line, before=json_values(snapshot.lines[0]))
        session.delete(line)
        session.flush()
        # Close the gap among the remaining siblings.
        for index, sibling in enumerate(sibling_lines(session, line.budget_id, line.parent_id)):
            sibling.position = index
        return snapshot


def restore_lines(asso: AssoFile, snapshot: LineSnapshot) -> None:
    """Put back what `delete_line` removed, with the same ids and place."""
    with asso.unit_of_work() as session:
        first = snapshot.lines[0]
        editable_budget(session, first["budget_id"])
        session.execute(
            update(BudgetLine)
            .where(
                BudgetLine.budget_id == first["budget_id"],
                BudgetLine.parent_id.is_(None)
                if first["parent_id"] is None
                else BudgetLine.parent_id == first["parent_id"],
                BudgetLine.position >= first["position"],
            )
            .values(position=BudgetLine.position + 1)
        )
        for values in snapshot.lines:
            session.add(BudgetLine(**values))
            session.flush()
        for values in snapshot.fundings:
            session.add(BudgetLineFunding(**values))
        for values in snapshot.years:
            session.add(BudgetLineYear(**values))
        session.flush()
        for activity_id, line_id in snapshot.activities:
            session.execute(
                activity_budget_lines.insert().values(
                    activity_id=activity_id, budget_line_id=line_id
                )
            )
        log(session, AuditAction.CREATE, session.get_one(BudgetLine, first["id"]))
