"""The chronogramme as a workbook: one row per activity (grouped by result), one column per
month of the project, shaded where the activity is planned and marked where it really took
place; deadlines and Ramadan on rows of their own. The activity columns are frozen, the header
rows repeat on every printed page (A4 landscape).

openpyxl is imported inside the function: importing this module stays cheap.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desk import APP_NAME, __version__
from desk.domain.timeline import MonthScale
from desk.i18n.translators import locale_for
from desk.reports.calendar.painter import Texts, translate
from desk.services.browse.chronogramme import Chronogramme, GanttActivity

FIRST_MONTH_COLUMN = 6  # A code, B activity, C responsible, D start, E end
PLANNED_FILL = "BFD9E6"
ACTUAL_FILL = "1B7F3B"
GROUP_FILL = "EEF2F6"
RAMADAN_FILL = "D5EBDD"
DEADLINE_FILL = "E9DDF3"


def _overlaps(start: date | None, end: date | None, first: date, last: date) -> bool:
    return start is not None and end is not None and start <= last and first <= end


def chronogramme_xlsx(
    chrono: Chronogramme, out: Path | str, *, lang: str = "fr", today: date | None = None
) -> Path:
    """Write the chronogramme workbook to `out`; returns the path."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    from desk.reports import xlsx_style as style

    texts = Texts.current(locale_for(lang))
    today = today or date.today()
    columns = MonthScale(chrono.start, chrono.end, 1.0).columns()
    workbook = Workbook()
    ws = workbook.active
    assert ws is not None
    ws.title = style.sheet_title(translate("Calendar", "Chronogramme"))
    style.title(ws, 1, f"{chrono.project_code} — {chrono.project_title}")
    labels = [
        translate("Calendar", "Code"),
        translate("Calendar", "Activity"),
        translate("Calendar", "Responsible"),
        translate("Calendar", "Start"),
        translate("Calendar", "End"),
    ]
    style.header(ws, 3, labels + [f"{texts.month(c.start)} {c.start.year}" for c in columns])
    for index in range(len(columns)):
        cell = ws.cell(row=3, column=FIRST_MONTH_COLUMN + index)
        cell.alignment = Alignment(
            horizontal="center",
            vertical="center",
            wrap_text=True,
            text_rotation=90 if len(columns) > 24 else 0,
        )

    def fill(color: str) -> PatternFill:
        return PatternFill("solid", start_color=color, end_color=color)

    row = 4
    ws.cell(row=row, column=2, value=texts.deadlines).font = style.HEADER_FONT
    for index, col in enumerate(columns):
        due = [d for d in chrono.deadlines if col.start <= d.date <= col.end]
        if due:
            cell = ws.cell(row=row, column=FIRST_MONTH_COLUMN + index, value="◆" * len(due))
            cell.fill = fill(DEADLINE_FILL)
            cell.alignment = Alignment(horizontal="center")
            cell.comment = Comment("\n".join(f"{d.date:%d/%m/%Y} {d.title}" for d in due), APP_NAME)
    row += 1
    ws.cell(row=row, column=2, value=texts.ramadan).font = style.HEADER_FONT
    for index, col in enumerate(columns):
        if any(r.start <= col.end and col.start <= r.end for r in chrono.ramadan):
            ws.cell(row=row, column=FIRST_MONTH_COLUMN + index).fill = fill(RAMADAN_FILL)
    for group in chrono.groups:
        row += 1
        ws.cell(row=row, column=1, value=group.code)
        ws.cell(row=row, column=2, value=group.statement or texts.outside)
        for column in range(1, FIRST_MONTH_COLUMN + len(columns)):
            ws.cell(row=row, column=column).fill = fill(GROUP_FILL)
            ws.cell(row=row, column=column).font = style.HEADER_FONT
        for activity in group.activities:
            row += 1
            _activity_row(ws, row, activity, columns, lang, fill, today)
    legend = row + 2
    ws.cell(
        row=legend,
        column=2,
        value=translate("Calendar", "Shaded: planned months; ● months it took place."),
    )
    ws.cell(row=legend, column=2).font = Font(italic=True)
    style.widths(ws, [9, 48, 18, 12, 12] + [5.5] * len(columns))
    ws.freeze_panes = ws.cell(row=4, column=FIRST_MONTH_COLUMN)
    style.page_setup(ws, landscape=True, repeat_rows="3:3", lang=lang)
    ws.sheet_properties.pageSetUpPr.fitToPage = False  # months go on as many pages as needed
    ws.print_title_cols = f"A:{get_column_letter(FIRST_MONTH_COLUMN - 1)}"
    workbook.properties.creator = f"{APP_NAME} {__version__}"
    workbook.properties.title = chrono.project_title
    out = Path(out)
    workbook.save(out)
    return out


def _activity_row(ws, row, activity: GanttActivity, columns, lang, fill, today) -> None:  # type: ignore[no-untyped-def]
    from openpyxl.styles import Alignment, Font

    from desk.reports import xlsx_style as style

    ws.cell(row=row, column=1, value=activity.code)
    ws.cell(row=row, column=2, value=activity.title).alignment = Alignment(wrap_text=True)
    ws.cell(row=row, column=3, value=activity.responsible)
    style.day(ws, row, 4, activity.planned_start, lang)
    style.day(ws, row, 5, activity.planned_end, lang)
    actual_end = activity.actual_end or (today if activity.actual_start else None)
    for index, col in enumerate(columns):
        cell = ws.cell(row=row, column=FIRST_MONTH_COLUMN + index)
        if _overlaps(activity.planned_start, activity.planned_end, col.start, col.end):
            cell.fill = fill(PLANNED_FILL)
        if _overlaps(activity.actual_start, actual_end, col.start, col.end):
            cell.value = "●"
            cell.font = Font(color=ACTUAL_FILL, bold=True)
            cell.alignment = Alignment(horizontal="center")
