"""A small project for the calendar tests: 24 months (2025-2026), a logframe with two results
and an indicator "nombre de femmes formées" on the first result."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from desk.models import Indicator, Project
from desk.services.logframe import tree
from desk.store import AssoFile


@dataclass(frozen=True, slots=True)
class CalendarProject:
    project_id: int
    logframe_id: int
    results: tuple[int, int]
    women_indicator: int


def make_calendar_project(
    asso: AssoFile, start: date = date(2025, 1, 1), end: date = date(2026, 12, 31)
) -> CalendarProject:
    with asso.unit_of_work() as session:
        project = Project(
            code="JDF", title="Journées des droits des femmes", start_date=start, end_date=end
        )
        session.add(project)
        session.flush()
        logframe = tree.ensure_logframe(session, project.id)
        root = logframe.nodes[0]
        objective = tree.add_node(
            session, logframe.id, root.id, "Les femmes connaissent leurs droits"
        )
        first = tree.add_node(session, logframe.id, objective.id, "Des femmes relais sont formées")
        second = tree.add_node(session, logframe.id, objective.id, "Une journée est organisée")
        indicator = Indicator(
            node_id=first.id,
            statement="Nombre de femmes formées",
            unit="femmes",
            target_value=Decimal(40),
        )
        session.add(indicator)
        session.flush()
        return CalendarProject(project.id, logframe.id, (first.id, second.id), indicator.id)
