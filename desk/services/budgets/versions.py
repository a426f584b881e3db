"""Budget versions: brouillon, soumis, signé, avenant. A new version copies the lines, co-funding
and yearly amounts of another; two versions compare heading by heading against the grant's
transfer flexibility."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from desk.domain.budget_rules import HeadingChange, compare_headings
from desk.domain.enums import AuditAction, BudgetLineKind, BudgetStatus
from desk.domain.errors import DomainError, ErrorCode
from desk.models import (
    Budget,
    BudgetLine,
    BudgetLineFunding,
    BudgetLineYear,
    Project,
    activity_budget_lines,
)
from desk.services.browse.budgets import BudgetView, budget_view
from desk.services.budgets.common import get, log, rules_of
from desk.store import AssoFile


@dataclass(frozen=True, slots=True)
class VersionRef:
    id: int
    version: int
    status: BudgetStatus
    name: str
    total_minor: int


@dataclass(frozen=True, slots=True)
class VersionComparison:
    before: VersionRef
    after: VersionRef
    currency: str
    flex_bp: int
    headings: tuple[HeadingChange, ...]

    @property
    def needs_amendment(self) -> bool:
        return any(h.beyond for h in self.headings)


def versions(asso: AssoFile, project_id: int) -> tuple[VersionRef, ...]:
    """Every budget version of a project, the latest first."""
    with asso.reader() as session:
        ids = list(
            session.scalars(
                select(Budget.id)
                .where(Budget.project_id == project_id)
                .order_by(Budget.version.desc(), Budget.id.desc())
            )
        )
    result = []
    for budget_id in ids:
        view = budget_view(asso, budget_id)
        assert view is not None
        result.append(VersionRef(view.id, view.version, view.status, view.name, view.total_minor))
    return tuple(result)


def new_version(asso: AssoFile, budget_id: int, status: BudgetStatus = BudgetStatus.DRAFT) -> int:
    """A copy of `budget_id` as the project's next version (or next draft of the year)."""
    with asso.unit_of_work() as session:
        source = get(session, Budget, budget_id)
        owner = (
            Budget.project_id == source.project_id
            if source.project_id is not None
            else Budget.financial_year_id == source.financial_year_id
        )
        last = session.scalar(select(func.max(Budget.version)).where(owner)) or 0
        copy = Budget(
            project_id=source.project_id,
            financial_year_id=source.financial_year_id,
            name=source.name,
            template=source.template,
            status=status,
            version=last + 1,
            based_on_id=source.id,
            currency=source.currency,
            years=source.years,
        )
        session.add(copy)
        session.flush()
        mapping: dict[int, int] = {}
        lines = sorted(source.lines, key=lambda ln: (ln.level, ln.position, ln.id))
        for line in lines:
            new = BudgetLine(
                budget_id=copy.id,
                parent_id=mapping.get(line.parent_id or 0),
                level=line.level,
                position=line.position,
                code=line.code,
                label=line.label,
                kind=line.kind,
                unit=line.unit,
                quantity_milli=line.quantity_milli,
                unit_cost_minor=line.unit_cost_minor,
                duration_milli=line.duration_milli,
                percent_bp=line.percent_bp,
                account_id=line.account_id,
                notes=line.notes,
            )
            session.add(new)
            session.flush()
            mapping[line.id] = new.id
        old_ids = list(mapping)
        for f in session.scalars(
            select(BudgetLineFunding).where(BudgetLineFunding.line_id.in_(old_ids))
        ):
            session.add(
                BudgetLineFunding(
                    line_id=mapping[f.line_id],
                    funder_id=f.funder_id,
                    amount_minor=f.amount_minor,
                    share_bp=f.share_bp,
                    in_kind=f.in_kind,
                )
            )
        for y in session.scalars(select(BudgetLineYear).where(BudgetLineYear.line_id.in_(old_ids))):
            session.add(
                BudgetLineYear(
                    line_id=mapping[y.line_id], year_index=y.year_index, amount_minor=y.amount_minor
                )
            )
        links = session.execute(
            select(
                activity_budget_lines.c.activity_id, activity_budget_lines.c.budget_line_id
            ).where(activity_budget_lines.c.budget_line_id.in_(old_ids))
        ).all()
        for activity_id, line_id in links:  # the plan's activities keep consuming the lines
            session.execute(
                activity_budget_lines.insert().values(
                    activity_id=activity_id, budget_line_id=mapping[line_id]
                )
            )
        log(session, AuditAction.CREATE, copy)
        return copy.id


def set_status(asso: AssoFile, budget_id: int, status: BudgetStatus) -> BudgetStatus:
    """Change a version's status (submitted, signed…); returns the previous one."""
    with asso.unit_of_work() as session:
        budget = get(session, Budget, budget_id)
        before = budget.status
        budget.status = status
        log(session, AuditAction.UPDATE, budget)
        return before


def delete_budget(asso: AssoFile, budget_id: int) -> None:
    """Delete a draft version (refused while expenses are tagged to its lines)."""
    from desk.models import Split

    with asso.unit_of_work() as session:
        budget = get(session, Budget, budget_id)
        if budget.status is not BudgetStatus.DRAFT:
            raise DomainError(ErrorCode.BUDGET_NOT_EDITABLE, status=budget.status.value)
        used = session.scalar(
            select(func.count(Split.id))
            .join(BudgetLine, BudgetLine.id == Split.budget_line_id)
            .where(BudgetLine.budget_id == budget_id)
        )
        if used:
            raise DomainError(ErrorCode.BUDGET_LINE_USED, line=budget.name, count=used)
        log(session, AuditAction.DELETE, budget)
        session.delete(budget)


def compare_versions(asso: AssoFile, before_id: int, after_id: int) -> VersionComparison:
    """Top-level lines (headings, percentage lines; subtotals left out) of two versions."""
    before = budget_view(asso, before_id)
    after = budget_view(asso, after_id)
    if before is None or after is None:
        raise DomainError(ErrorCode.NOT_FOUND)
    with asso.reader() as session:
        project_id = session.scalar(select(Budget.project_id).where(Budget.id == after_id))
        project = session.get(Project, project_id) if project_id else None
        flex = rules_of(project).transfer_flex_bp

    def headings(view: BudgetView) -> list[tuple[str, str, int]]:
        return [
            (r.code, r.label, r.total_minor)
            for r in view.lines
            if r.parent_id is None and r.kind is not BudgetLineKind.COMPUTED
        ]

    def ref(v: BudgetView) -> VersionRef:
        return VersionRef(v.id, v.version, v.status, v.name, v.total_minor)

    return VersionComparison(
        ref(before),
        ref(after),
        after.currency,
        flex,
        tuple(compare_headings(headings(before), headings(after), flex)),
    )
