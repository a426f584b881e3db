"""Attendance-fed indicators keep their history: one value per quarter with sessions, dated by
its last session, rewritten exactly when a session changes (the figures are recomputed here
from the raw tables)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
from sqlalchemy import text

from desk.domain.attendance import AttendanceMeasure, Grid
from desk.domain.enums import AgeGroup, Sex
from desk.models import IndicatorValue
from desk.reports.logframe.tracking import export_indicators_xlsx
from desk.services.activities.activities import ActivityData, create_activity
from desk.services.activities.indicators import link_indicator
from desk.services.activities.sessions import (
    ParticipantData,
    SessionData,
    add_session,
    delete_session,
    project_participants,
    restore_session,
    update_session,
)
from desk.services.logframe.read import tracking_table
from desk.store import AssoFile
from tests.services.calendar_helpers import CalendarProject, make_calendar_project

F, M = Sex.FEMALE, Sex.MALE
YOUNG, OLDER = AgeGroup.FROM_18_TO_35, AgeGroup.FROM_36_TO_59
TODAY = date(2025, 7, 15)


def _sql(asso: AssoFile, sql: str, **params: object) -> list[tuple[Any, ...]]:
    with asso.reader() as s:
        return [tuple(r) for r in s.execute(text(sql), params).all()]


def _women_up_to(asso: AssoFile, day: str) -> int:
    """Women reached by the sessions up to `day`: the head counts, less the listed women's
    attendances, plus each listed woman once (no list names more people than were counted)."""
    ((heads,),) = _sql(
        asso,
        "SELECT coalesce(sum(a.count), 0) FROM attendance a JOIN session s ON s.id = a.session_id "
        "WHERE a.sex = 'female' AND s.date <= :day",
        day=day,
    )
    ((listed, unique),) = _sql(
        asso,
        "SELECT count(*), count(DISTINCT sp.participant_id) FROM session_participant sp "
        "JOIN participant p ON p.id = sp.participant_id JOIN session s ON s.id = sp.session_id "
        "WHERE p.sex = 'female' AND s.date <= :day",
        day=day,
    )
    return int(heads) - int(listed) + int(unique)


def _expected(asso: AssoFile) -> list[tuple[Any, ...]]:
    """The rows attendance must have written, computed from the raw tables: per quarter, what
    it added to the women reached so far, dated and stamped by its last session."""
    sessions = _sql(asso, "SELECT id, date FROM session ORDER BY date, id")
    quarters: dict[tuple[int, int], list[tuple[int, str]]] = {}
    for ident, day in sessions:
        quarters.setdefault((int(day[:4]), (int(day[5:7]) - 1) // 3), []).append((ident, day))
    expected: list[tuple[Any, ...]] = []
    before = 0
    for _, held in sorted(quarters.items()):
        last_id, last_day = held[-1]
        to_date = _women_up_to(asso, last_day)
        source = f"Feuilles de présence : {len(held)} séance{'s' if len(held) > 1 else ''}"
        stamp = f"{last_day} 00:00:00.000000"
        expected += [
            (last_day, sex, to_date - before, last_id, source, stamp) for sex in ("total", "female")
        ]
        before = to_date
    return expected


def _written(asso: AssoFile, indicator: int) -> list[tuple[Any, ...]]:
    return _sql(
        asso,
        "SELECT period_end, sex, CAST(value AS INTEGER), session_id, source, recorded_at "
        "FROM indicator_value WHERE indicator_id = :ind AND session_id IS NOT NULL "
        "ORDER BY period_end, id",
        ind=indicator,
    )


def _cells(asso: AssoFile, p: CalendarProject) -> dict[str, tuple[Decimal | None, ...]]:
    """Quarter → (measured in the quarter, value to date) of the women indicator."""
    table = tracking_table(asso, p.project_id, today=TODAY)
    (row,) = [r for r in table.rows if r.id == p.women_indicator]
    return {
        f"{period.start.year}-Q{(period.start.month - 1) // 3 + 1}": (cell.recorded, cell.to_date)
        for period, cell in zip(table.periods, row.cells, strict=True)
        if period.start.year == 2025 and period.start.month <= 7
    }


def _setup(asso: AssoFile) -> tuple[CalendarProject, int, list[int]]:
    p = make_calendar_project(asso)
    activity = create_activity(
        asso,
        p.project_id,
        ActivityData(
            "Causeries sur les droits", date(2025, 2, 1), date(2025, 6, 30), result_id=p.results[0]
        ),
    )
    link_indicator(asso, activity, p.women_indicator, AttendanceMeasure.WOMEN)
    listed = (ParticipantData("A.K.", F, YOUNG), ParticipantData("M.D.", F, OLDER))
    first = add_session(
        asso,
        activity,
        SessionData(
            date(2025, 2, 10),
            "Causerie 1",
            attendance=Grid.of({(F, YOUNG): 10, (F, OLDER): 4}),
            participants=listed,
        ),
    )  # 14 women, two of them listed
    second = add_session(
        asso,
        activity,
        SessionData(date(2025, 3, 20), "Causerie 2", attendance=Grid.of({(M, YOUNG): 3})),
    )  # men only: Q1 stays at 14 women, dated by this last session of the quarter
    ak = {r.initials: r.id for r in project_participants(asso, p.project_id)}["A.K."]
    third = add_session(
        asso,
        activity,
        SessionData(
            date(2025, 5, 12),
            "Causerie 3",
            attendance=Grid.of({(F, YOUNG): 12}),
            participants=(ParticipantData("A.K.", F, YOUNG, id=ak),),
        ),
    )  # 12 women, A.K. again: 11 new women
    return p, activity, [first, second, third]


def test_each_quarter_keeps_its_value(new_asso: AssoFile, tmp_path: Path) -> None:
    p, _, (first, second, third) = _setup(new_asso)
    written = _written(new_asso, p.women_indicator)
    assert written == _expected(new_asso)
    assert [(day, sex, n, sid) for day, sex, n, sid, *_ in written] == [
        ("2025-03-20", "total", 14, second),
        ("2025-03-20", "female", 14, second),
        ("2025-05-12", "total", 11, third),
        ("2025-05-12", "female", 11, third),
    ]
    assert written[0][4:] == ("Feuilles de présence : 2 séances", "2025-03-20 00:00:00.000000")
    # The tracking table: Q1 shows 14, Q2 the cumulative 25 (A.K. counted once).
    assert _cells(new_asso, p) == {
        "2025-Q1": (Decimal(14), Decimal(14)),
        "2025-Q2": (Decimal(11), Decimal(25)),
        "2025-Q3": (None, Decimal(25)),
    }
    out = export_indicators_xlsx(new_asso, p.project_id, tmp_path / "suivi.xlsx", today=TODAY)
    sheet = openpyxl.load_workbook(out).worksheets[0]
    head = [c.value for c in sheet[4]]
    (row,) = [
        [c.value for c in r]
        for r in sheet.iter_rows(min_row=6)
        if r[1].value == "Nombre de femmes formées"
    ]
    assert (row[head.index("Q1 2025") + 1], row[head.index("Q2 2025") + 1]) == (14, 25)

    # Editing the Q1 session (A.K. no longer listed, 8 young women) rewrites Q1 and Q2.
    update_session(
        new_asso,
        first,
        SessionData(
            date(2025, 2, 10),
            "Causerie 1",
            attendance=Grid.of({(F, YOUNG): 8, (F, OLDER): 4}),
            participants=(ParticipantData("M.D.", F, OLDER),),
        ),
    )
    written = _written(new_asso, p.women_indicator)
    assert written == _expected(new_asso)
    assert [n for _, _, n, *_ in written] == [12, 12, 12, 12]
    assert _cells(new_asso, p)["2025-Q2"] == (Decimal(12), Decimal(24))

    # Deleting the last Q2 session then undoing it gives back exactly the same rows.
    snap = delete_session(new_asso, third)
    assert _written(new_asso, p.women_indicator) == _expected(new_asso) == written[:2]
    restore_session(new_asso, snap)
    assert _written(new_asso, p.women_indicator) == written

    # A value typed by hand stays; deleting every session removes the computed ones.
    with new_asso.unit_of_work() as s:
        s.add(
            IndicatorValue(
                indicator_id=p.women_indicator,
                period_end=date(2025, 6, 30),
                value=Decimal(5),
                source="Enquête",
            )
        )
    for ident in (first, second, third):
        delete_session(new_asso, ident)
    assert _written(new_asso, p.women_indicator) == []
    assert _sql(
        new_asso,
        "SELECT period_end, value, source FROM indicator_value WHERE indicator_id = :ind",
        ind=p.women_indicator,
    ) == [("2025-06-30", "5", "Enquête")]


def test_a_level_indicator_records_each_quarter_alone(new_asso: AssoFile) -> None:
    p, activity, _ = _setup(new_asso)
    with new_asso.unit_of_work() as s:
        s.execute(
            text("UPDATE indicator SET cumulative = 0 WHERE id = :i"), {"i": p.women_indicator}
        )
    add_session(
        new_asso, activity, SessionData(date(2025, 6, 1), attendance=Grid.of({(M, YOUNG): 1}))
    )
    written = _written(new_asso, p.women_indicator)
    assert [(day, sex, n) for day, sex, n, *_ in written] == [
        ("2025-03-20", "total", 14),
        ("2025-03-20", "female", 14),
        ("2025-06-01", "total", 12),  # the women of Q2's sessions, A.K. included
        ("2025-06-01", "female", 12),
    ]
    assert _cells(new_asso, p)["2025-Q2"] == (Decimal(12), Decimal(12))
