"""The indicator tracking table (`assodesk export --what indicators`): every indicator × the
quarters of the project, with baseline, targets, values to date, progress and state, then a
second sheet with every value recorded (period, sex, age group, source, comment).

A quarter shows the value to date at its end when a value was recorded in it (a cumulative
number adds up, any other indicator shows its latest measurement: `desk.domain.indicators`),
and the target to date when a per-period target (or the overall target date) falls in it.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from desk import APP_NAME, __version__
from desk.domain.enums import AgeGroup, Sex
from desk.domain.indicators import PeriodPoint
from desk.reports.logframe import common as c
from desk.reports.logframe.common import translate
from desk.services.logframe_export import IndicatorData, LogframeData, load_logframe
from desk.store import AssoFile

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

Quarter = tuple[int, int]  # year, quarter 1-4
MAX_QUARTERS = 24
HEADER_ROW = 4
FIXED = 7  # code, indicator, unit, baseline, baseline date, target, target date


def export_indicators_xlsx(
    asso: AssoFile,
    project_id: int,
    out: Path | str,
    lang: str = "fr",
    today: date | None = None,
) -> Path:
    from openpyxl import Workbook

    data = load_logframe(asso, project_id, today)
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    _tracking(sheet, data, lang)
    _values(workbook.create_sheet(), data, lang)
    workbook.properties.creator = f"{APP_NAME} {__version__}"
    workbook.properties.title = (
        f"{data.project_code} — {translate('LogframeReports', 'Indicator tracking')}"
    )
    target = Path(out)
    workbook.save(target)
    return target


def quarter_of(day: date) -> Quarter:
    return day.year, (day.month - 1) // 3 + 1


def quarters(data: LogframeData) -> list[Quarter]:
    """The quarters from the project start to its end (or to the last value or target)."""
    last = data.end
    for _, ind in data.indicators():
        for point in (*ind.points, *ind.target_points):
            last = max(last, point.period_end)
        if ind.target_date:
            last = max(last, ind.target_date)
    found: list[Quarter] = []
    year, q = quarter_of(data.start)
    while (year, q) <= quarter_of(last) and len(found) < MAX_QUARTERS:
        found.append((year, q))
        year, q = (year + 1, 1) if q == 4 else (year, q + 1)
    return found


def _at(points: tuple[PeriodPoint, ...], quarter: Quarter) -> Decimal | None:
    inside = [p for p in points if quarter_of(p.period_end) == quarter]
    return inside[-1].to_date if inside else None


def _tracking(ws: Worksheet, data: LogframeData, lang: str) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

    from desk.reports import xlsx_style as style

    ws.title = style.sheet_title(translate("LogframeReports", "Indicator tracking"))
    style.title(ws, 1, f"{data.project_code} — {data.project_title}")
    ws.cell(
        row=2,
        column=1,
        value=translate("LogframeReports", "{organisation} · indicator tracking on {date}").format(
            organisation=data.organisation, date=c.day(data.today, lang)
        ),
    ).font = Font(italic=True)
    periods = quarters(data)
    fixed = [
        translate("LogframeReports", "Code"),
        translate("LogframeReports", "Indicator"),
        translate("LogframeReports", "Unit"),
        translate("LogframeReports", "Baseline"),
        translate("LogframeReports", "Baseline date"),
        translate("LogframeReports", "Target"),
        translate("LogframeReports", "Target date"),
    ]
    tail = [
        translate("LogframeReports", "Current value"),
        translate("LogframeReports", "Date"),
        translate("LogframeReports", "Progress"),
        translate("LogframeReports", "State"),
        translate("LogframeReports", "Sources of verification"),
        translate("LogframeReports", "Frequency"),
        translate("LogframeReports", "Responsible"),
    ]
    top, sub = HEADER_ROW, HEADER_ROW + 1
    labels = [*fixed, *[""] * (2 * len(periods)), *tail]
    style.header(ws, top, labels)
    style.header(ws, sub, [""] * len(labels))
    for column in [*range(1, FIXED + 1), *range(FIXED + 2 * len(periods) + 1, len(labels) + 1)]:
        ws.merge_cells(start_row=top, start_column=column, end_row=sub, end_column=column)
    for index, (year, q) in enumerate(periods):
        column = FIXED + 1 + 2 * index
        ws.cell(
            row=top,
            column=column,
            value=translate("LogframeReports", "Q{quarter} {year}").format(quarter=q, year=year),
        )
        ws.merge_cells(start_row=top, start_column=column, end_row=top, end_column=column + 1)
        ws.cell(row=sub, column=column, value=translate("LogframeReports", "Target"))
        ws.cell(row=sub, column=column + 1, value=translate("LogframeReports", "Actual"))
    row = sub
    node_fill = PatternFill("solid", start_color="EEF3F8", end_color="EEF3F8")
    for node in data.nodes:
        if not node.indicators:
            continue
        row += 1
        ws.cell(row=row, column=1, value=node.code).font = style.HEADER_FONT
        cell = ws.cell(
            row=row,
            column=2,
            value=translate("LogframeReports", "{level}: {statement}").format(
                level=node.level, statement=node.statement
            ),
        )
        cell.font = style.HEADER_FONT
        for column in range(1, len(labels) + 1):
            ws.cell(row=row, column=column).fill = node_fill
        for ind in node.indicators:
            row += 1
            _indicator_row(ws, row, ind, periods, lang)
    style.widths(
        ws, [12, 50, 10, 11, 12, 11, 12, *[9] * (2 * len(periods)), 11, 12, 11, 13, 34, 14, 18]
    )
    for r in range(sub + 1, row + 1):
        ws.cell(row=r, column=2).alignment = Alignment(wrap_text=True, vertical="top")
    style.page_setup(ws, landscape=True, repeat_rows=f"{top}:{sub}", lang=lang)
    ws.freeze_panes = ws.cell(row=sub + 1, column=3)


def _indicator_row(
    ws: Worksheet, row: int, ind: IndicatorData, periods: list[Quarter], lang: str
) -> None:
    from openpyxl.styles import PatternFill

    from desk.reports import xlsx_style as style

    ws.cell(row=row, column=1, value=ind.code)
    ws.cell(row=row, column=2, value=ind.statement)
    ws.cell(row=row, column=3, value=ind.unit)
    style.value(ws, row, 4, ind.baseline)
    if ind.baseline_date:
        style.day(ws, row, 5, ind.baseline_date, lang)
    style.value(ws, row, 6, ind.target)
    if ind.target_date:
        style.day(ws, row, 7, ind.target_date, lang)
    for index, quarter in enumerate(periods):
        column = FIXED + 1 + 2 * index
        target = _at(ind.target_points, quarter)
        if target is None and ind.target_date and quarter_of(ind.target_date) == quarter:
            target = ind.target
        style.value(ws, row, column, target)
        style.value(ws, row, column + 1, _at(ind.points, quarter))
    column = FIXED + 2 * len(periods) + 1
    style.value(ws, row, column, ind.current)
    if ind.current_date:
        style.day(ws, row, column + 1, ind.current_date, lang)
    style.value(ws, row, column + 2, ind.progress, style.PERCENT_FORMAT)
    state = ws.cell(row=row, column=column + 3, value=c.state_label(ind.state))
    colour = c.STATE_COLOURS[ind.state]
    state.fill = PatternFill("solid", start_color=colour, end_color=colour)
    ws.cell(row=row, column=column + 4, value=ind.means_of_verification)
    ws.cell(row=row, column=column + 5, value=ind.frequency)
    ws.cell(row=row, column=column + 6, value=ind.responsible)


def _sex_label(sex: Sex) -> str:
    return {
        Sex.FEMALE: translate("LogframeReports", "women"),
        Sex.MALE: translate("LogframeReports", "men"),
        Sex.UNKNOWN: translate("LogframeReports", "not specified"),
        Sex.TOTAL: translate("LogframeReports", "total"),
    }[sex]


def _age_label(age: AgeGroup) -> str:
    return {
        AgeGroup.UNDER_18: translate("LogframeReports", "under 18"),
        AgeGroup.FROM_18_TO_35: translate("LogframeReports", "18 to 35"),
        AgeGroup.FROM_36_TO_59: translate("LogframeReports", "36 to 59"),
        AgeGroup.OVER_60: translate("LogframeReports", "60 and over"),
        AgeGroup.UNKNOWN: translate("LogframeReports", "age not specified"),
        AgeGroup.ALL: translate("LogframeReports", "all ages"),
    }[age]


def _values(ws: Worksheet, data: LogframeData, lang: str) -> None:
    from desk.reports import xlsx_style as style

    ws.title = style.sheet_title(translate("LogframeReports", "Values recorded"))
    style.title(ws, 1, f"{data.project_code} — {translate('LogframeReports', 'Values recorded')}")
    style.header(
        ws,
        3,
        [
            translate("LogframeReports", "Code"),
            translate("LogframeReports", "Indicator"),
            translate("LogframeReports", "End of period"),
            translate("LogframeReports", "Sex"),
            translate("LogframeReports", "Age group"),
            translate("LogframeReports", "Value"),
            translate("LogframeReports", "Source"),
            translate("LogframeReports", "Comment"),
        ],
    )
    row = 3
    for _, ind in data.indicators():
        for value in ind.values:
            row += 1
            ws.cell(row=row, column=1, value=ind.code)
            ws.cell(row=row, column=2, value=ind.statement)
            style.day(ws, row, 3, value.period_end, lang)
            ws.cell(row=row, column=4, value=_sex_label(value.sex))
            ws.cell(row=row, column=5, value=_age_label(value.age_group))
            style.value(ws, row, 6, value.value)
            ws.cell(row=row, column=7, value=value.source)
            ws.cell(row=row, column=8, value=value.comment)
    style.widths(ws, [12, 50, 13, 13, 15, 10, 40, 30])
    style.page_setup(ws, landscape=True, repeat_rows="3:3", lang=lang)
    ws.freeze_panes = "A4"
