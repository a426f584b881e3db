"""Helpers shared by the budget services: fetching a record or refusing, the editable check,
the rules of a project, and an audit shortcut."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy.orm import Session

from desk.domain.budget_rules import GrantRules
from desk.domain.enums import AuditAction, BudgetStatus
from desk.domain.errors import DomainError, ErrorCode
from desk.models import Budget, BudgetLine, Project
from desk.models.base import Base
from desk.services import audit

T = TypeVar("T", bound=Base)

# A signed or submitted budget is a document sent to the donor: changing it means a new version.
LOCKED = (BudgetStatus.SIGNED, BudgetStatus.SUBMITTED)
STATUS_WORDS = {
    BudgetStatus.DRAFT: "brouillon",
    BudgetStatus.SUBMITTED: "soumis",
    BudgetStatus.SIGNED: "signé",
    BudgetStatus.AMENDMENT: "avenant",
}


def get(session: Session, model: type[T], record_id: int, field: str | None = None) -> T:
    record = session.get(model, record_id)
    if record is None:
        raise DomainError(ErrorCode.NOT_FOUND, field=field, id=record_id)
    return record


def editable_budget(session: Session, budget_id: int) -> Budget:
    budget = get(session, Budget, budget_id)
    if budget.status in LOCKED:
        raise DomainError(ErrorCode.BUDGET_NOT_EDITABLE, status=STATUS_WORDS[budget.status])
    return budget


def editable_line(session: Session, line_id: int) -> BudgetLine:
    line = get(session, BudgetLine, line_id)
    editable_budget(session, line.budget_id)
    return line


def rules_of(project: Project | None) -> GrantRules:
    if project is None:
        return GrantRules()
    return GrantRules(project.indirect_cap_bp, project.contingency_cap_bp, project.transfer_flex_bp)


def log(session: Session, action: AuditAction, obj: Base, **kw: Any) -> None:
    audit.record(session, action, obj, **kw)
