"""Checks shared by the calendar services: the project of a record and the dates that must stay
ordered and within the project period."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from desk.domain.errors import DomainError, ErrorCode
from desk.models import Activity, Project


def get_project(session: Session, project_id: int) -> Project:
    project = session.get(Project, project_id)
    if project is None:
        raise DomainError(ErrorCode.NOT_FOUND, field="project", id=project_id)
    return project


def get_activity(session: Session, activity_id: int) -> Activity:
    activity = session.get(Activity, activity_id)
    if activity is None:
        raise DomainError(ErrorCode.NOT_FOUND, field="activity", id=activity_id)
    return activity


def check_period(
    project: Project, start: date | None, end: date | None, *, prefix: str = "planned"
) -> None:
    """`start` and `end` ordered and inside the project period; the fields at fault are
    `<prefix>_start` / `<prefix>_end`."""
    if start is not None and end is not None and end < start:
        raise DomainError(
            ErrorCode.CALENDAR_END_BEFORE_START, field=f"{prefix}_end", start=start, end=end
        )
    for day, which in ((start, "start"), (end, "end")):
        if day is not None and not project.start_date <= day <= project.end_date:
            raise DomainError(
                ErrorCode.CALENDAR_OUTSIDE_PROJECT,
                field=f"{prefix}_{which}",
                day=day,
                project_start=project.start_date,
                project_end=project.end_date,
            )


def clean_text(value: str, field: str, limit: int, *, required: bool = False) -> str:
    text = value.strip()
    if required and not text:
        raise DomainError(ErrorCode.REQUIRED, field=field)
    if len(text) > limit:
        raise DomainError(ErrorCode.INVALID_VALUE, field=field, max_length=limit)
    return text
