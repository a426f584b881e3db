"""The entry form's early warning: an expense tagged to a grant but dated outside its eligible
period (the donor may refuse it). A warning only, never a refusal: some donors accept such an
expense with a waiver. Incomes are not checked (a donor's transfer may come before the period).
The rule is the budgets' own (`grant_ledger.check_eligible`), shown at entry time instead of
later in Budget et réalisé."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from desk.domain.entry import EntryKind
from desk.domain.errors import DomainError, ErrorCode
from desk.models import Project
from desk.services.budgets.grant_ledger import check_eligible
from desk.store import AssoFile

# Kinds whose parts are expenses of the association (an advance is not spent yet: its
# settlement is the expense).
WARNED_KINDS = (
    EntryKind.EXPENSE,
    EntryKind.ADVANCE_SETTLEMENT,
    EntryKind.MEMBER_REIMBURSEMENT,
)


@dataclass(frozen=True, slots=True)
class OutsidePeriod:
    """A grant the expense is tagged to, whose eligible period does not contain its date."""

    project_id: int
    code: str
    start: date
    end: date


def outside_grant_periods(
    asso: AssoFile, kind: EntryKind, day: date, project_ids: Iterable[int | None]
) -> tuple[OutsidePeriod, ...]:
    """The grants among `project_ids` (None: no project) whose eligible period excludes `day`,
    by project code; () for an income, a transfer or an advance."""
    if kind not in WARNED_KINDS:
        return ()
    outside: dict[int, tuple[date, date]] = {}
    for project_id in sorted({p for p in project_ids if p is not None}):
        try:
            check_eligible(asso, project_id, day)
        except DomainError as error:
            if error.code is not ErrorCode.BUDGET_OUTSIDE_GRANT_PERIOD:
                raise
            outside[project_id] = (error.params["start"], error.params["end"])
    if not outside:
        return ()
    with asso.reader() as session:
        codes = dict(
            session.execute(select(Project.id, Project.code).where(Project.id.in_(outside))).all()
        )
    return tuple(
        sorted(
            (
                OutsidePeriod(pid, codes.get(pid, ""), start, end)
                for pid, (start, end) in outside.items()
            ),
            key=lambda o: o.code,
        )
    )
