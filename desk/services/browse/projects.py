"""The projects of the file, as the pages list them and as their project selectors offer them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from desk.domain.enums import ProjectStatus
from desk.models import Activity, Budget, Funder, Logframe, Project
from desk.store import AssoFile


@dataclass(frozen=True, slots=True)
class ProjectSummary:
    id: int
    code: str
    title: str
    funder: str
    currency: str
    start: date
    end: date
    status: ProjectStatus
    # What the project already has, so that each page can preselect a project worth showing.
    has_budget: bool = False
    has_logframe: bool = False
    activities: int = 0


def list_projects(asso: AssoFile) -> tuple[ProjectSummary, ...]:
    """Every project, the most recent first (the one a user most likely works on)."""
    has_budget = select(Budget.id).where(Budget.project_id == Project.id).exists()
    has_logframe = select(Logframe.id).where(Logframe.project_id == Project.id).exists()
    activities = (
        select(func.count(Activity.id)).where(Activity.project_id == Project.id).scalar_subquery()
    )
    with asso.reader() as session:
        rows = session.execute(
            select(Project, Funder.name, has_budget, has_logframe, activities)
            .outerjoin(Funder, Funder.id == Project.funder_id)
            .order_by(Project.start_date.desc(), Project.code)
        ).all()
        return tuple(
            ProjectSummary(
                p.id,
                p.code,
                p.title,
                funder or "",
                p.currency,
                p.start_date,
                p.end_date,
                p.status,
                bool(budget),
                bool(logframe),
                int(count or 0),
            )
            for p, funder, budget, logframe, count in rows
        )
