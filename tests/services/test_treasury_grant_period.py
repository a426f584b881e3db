"""The entry services' grant-period warning (`outside_grant_periods`) on the demo's grants:
JDF-2025 (eligible 15/01/2025 – 31/12/2025) and AGR-INDH-2026 (01/11/2025 – 31/10/2026)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from desk.domain.entry import EntryKind
from desk.models import Project
from desk.services.entry.eligibility import OutsidePeriod, outside_grant_periods
from desk.store import open_file


def test_expenses_outside_a_grant_period_are_named_incomes_never(demo_file: Path) -> None:
    asso = open_file(demo_file, read_only=True)
    try:
        with asso.reader() as session:
            ids = dict(session.execute(select(Project.code, Project.id)).all())
        jdf, agr = ids["JDF-2025"], ids["AGR-INDH-2026"]
        both = (jdf, agr, None, jdf)
        late = date(2026, 3, 1)
        assert outside_grant_periods(asso, EntryKind.EXPENSE, late, both) == (
            OutsidePeriod(jdf, "JDF-2025", date(2025, 1, 15), date(2025, 12, 31)),
        )
        assert outside_grant_periods(asso, EntryKind.EXPENSE, date(2025, 1, 14), both) == (
            OutsidePeriod(agr, "AGR-INDH-2026", date(2025, 11, 1), date(2026, 10, 31)),
            OutsidePeriod(jdf, "JDF-2025", date(2025, 1, 15), date(2025, 12, 31)),
        )
        assert outside_grant_periods(asso, EntryKind.EXPENSE, date(2025, 12, 31), both) == ()
        assert outside_grant_periods(asso, EntryKind.ADVANCE_SETTLEMENT, late, (jdf,)) != ()
        assert outside_grant_periods(asso, EntryKind.MEMBER_REIMBURSEMENT, late, (jdf,)) != ()
        for kind in (EntryKind.INCOME, EntryKind.TRANSFER, EntryKind.MEMBER_ADVANCE):
            assert outside_grant_periods(asso, kind, late, (jdf,)) == ()
        assert outside_grant_periods(asso, EntryKind.EXPENSE, late, (None,)) == ()
    finally:
        asso.close()
