"""The choices the activity dialog offers: the results of the project's logframe (where an
activity can be placed) and the budget lines it can consume."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.models import Budget, BudgetLine, Logframe, LogframeLevel, LogframeNode
from desk.services.browse.calendar import code_key
from desk.store import AssoFile


@dataclass(frozen=True, slots=True)
class Choice:
    id: int
    code: str
    label: str


def result_level(session: Session, logframe: Logframe) -> int:
    """Depth of the results: one above the deepest level of the donor template (activities)."""
    depths = session.scalars(
        select(LogframeLevel.depth).where(LogframeLevel.template_id == logframe.template_id)
    ).all()
    return max(depths, default=3) - 1


def project_results(asso: AssoFile, project_id: int) -> tuple[Choice, ...]:
    """The results of the project's logframe (where an activity can be placed), by code."""
    with asso.reader() as session:
        logframe = session.scalar(select(Logframe).where(Logframe.project_id == project_id))
        if logframe is None:
            return ()
        level = result_level(session, logframe)
        nodes = session.scalars(
            select(LogframeNode).where(
                LogframeNode.logframe_id == logframe.id, LogframeNode.depth == level
            )
        ).all()
        ordered = sorted(nodes, key=lambda n: code_key(n.code))
        return tuple(Choice(n.id, n.code, n.statement) for n in ordered)


def project_budget_lines(asso: AssoFile, project_id: int) -> tuple[Choice, ...]:
    """Budget lines of the project's latest budget an activity can consume (not headings)."""
    with asso.reader() as session:
        budget_id = session.scalar(
            select(Budget.id)
            .where(Budget.project_id == project_id)
            .order_by(Budget.version.desc(), Budget.id.desc())
        )
        if budget_id is None:
            return ()
        lines = session.scalars(
            select(BudgetLine)
            .where(BudgetLine.budget_id == budget_id)
            .order_by(BudgetLine.level, BudgetLine.position, BudgetLine.id)
        ).all()
        return tuple(
            Choice(line.id, line.code, line.label)
            for line in sorted(lines, key=lambda x: code_key(x.code))
            if line.kind.value == "amount"
        )
