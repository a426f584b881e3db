"""Budget vs actual as a workbook: "Budget vs actual" (per line: budget, actual, variance in
amount and %, % used next to the % of the grant period elapsed), "By funder", "By month", and
the expenses outside the grant period with the rate problems written as warnings."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from desk import APP_NAME, __version__
from desk.domain.enums import BudgetLineKind
from desk.reports.budget.content import ActualContent, translate

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

HEADER_ROW = 5


def write_actual_xlsx(content: ActualContent, out: Path, lang: str) -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    _lines(sheet, content, lang)
    _funders(workbook.create_sheet(), content, lang)
    _months(workbook.create_sheet(), content, lang)
    workbook.properties.creator = f"{APP_NAME} {__version__}"
    workbook.properties.title = content.result.budget.name
    workbook.save(out)
    return out


def _ratio(value: Decimal | None) -> Decimal | None:
    return None if value is None else value.quantize(Decimal("0.0001"))


def _head(ws: Worksheet, content: ActualContent) -> None:
    from desk.reports import xlsx_style as style

    result = content.result
    data = content.grant.data
    style.title(
        ws, 1, translate("BudgetReports", "Budget vs actual — {code}").format(code=data.code)
    )
    ws.cell(row=2, column=1, value=f"{data.title} — {content.grant.funder_name}")
    ws.cell(
        row=3,
        column=1,
        value=translate(
            "BudgetReports",
            "Grant period {start} to {end} · situation on {today} · amounts in {currency}",
        ).format(
            start=result.start.strftime("%d/%m/%Y"),
            end=result.end.strftime("%d/%m/%Y"),
            today=result.today.strftime("%d/%m/%Y"),
            currency=result.currency,
        ),
    )
    ws.cell(
        row=4,
        column=1,
        value=translate("BudgetReports", "Period elapsed: {elapsed} · budget used: {used}").format(
            elapsed=f"{result.elapsed * 100:.0f} %",
            used=f"{(result.used or 0) * 100:.0f} %",
        ),
    )


def _lines(ws: Worksheet, content: ActualContent, lang: str) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

    from desk.reports import xlsx_style as style

    result = content.result
    currency = result.currency
    ws.title = style.sheet_title(translate("BudgetReports", "Budget vs actual"))
    _head(ws, content)
    labels = [
        translate("BudgetReports", "Code"),
        translate("BudgetReports", "Heading / line"),
        translate("BudgetReports", "Budget"),
        translate("BudgetReports", "Actual"),
        translate("BudgetReports", "Variance"),
        translate("BudgetReports", "Variance %"),
        translate("BudgetReports", "Used"),
        translate("BudgetReports", "Actual ({currency})").format(currency=result.base_currency),
    ]
    style.header(ws, HEADER_ROW, labels)
    fills = {"over": "FDECEA", "watch": "FFF7ED"}
    row = HEADER_ROW
    for line in result.lines:
        row += 1
        ws.cell(row=row, column=1, value=line.line.code)
        ws.cell(row=row, column=2, value=line.line.label).alignment = Alignment(
            indent=line.line.level - 1
        )
        style.money(ws, row, 3, line.budget_minor, currency)
        style.money(ws, row, 4, line.actual_minor, currency)
        style.money(ws, row, 5, line.variance_minor, currency)
        style.value(ws, row, 6, _ratio(line.variance_ratio), style.PERCENT_FORMAT)
        style.value(ws, row, 7, _ratio(line.used), style.PERCENT_FORMAT)
        style.money(ws, row, 8, line.actual_base_minor, result.base_currency)
        if line.state in fills:
            ws.cell(row=row, column=7).fill = PatternFill("solid", start_color=fills[line.state])
        if line.line.kind in (BudgetLineKind.HEADING, BudgetLineKind.COMPUTED):
            style.bold_row(ws, row, len(labels))
    row += 2
    ws.cell(row=row, column=2, value=translate("BudgetReports", "Total"))
    style.money(ws, row, 3, result.total_budget_minor, currency)
    style.money(ws, row, 4, result.total_actual_minor, currency)
    style.money(ws, row, 5, result.total_budget_minor - result.total_actual_minor, currency)
    style.value(ws, row, 7, _ratio(result.used), style.PERCENT_FORMAT)
    style.money(ws, row, 8, result.total_actual_base_minor, result.base_currency)
    style.bold_row(ws, row, len(labels), rule=True)
    if result.unallocated_base_minor:
        row += 1
        ws.cell(
            row=row,
            column=2,
            value=translate("BudgetReports", "Tagged to the project, no budget line"),
        )
        style.money(ws, row, 8, result.unallocated_base_minor, result.base_currency)
    if content.warnings:
        row += 2
        ws.cell(row=row, column=1, value=translate("BudgetReports", "Warnings")).font = Font(
            bold=True, color="B42318"
        )
        for text in content.warnings:
            row += 1
            ws.cell(row=row, column=1, value="⚠ " + text).font = Font(color="B42318")
    style.widths(ws, [9, 48, 15, 15, 15, 11, 10, 16])
    style.page_setup(ws, landscape=True, repeat_rows=f"{HEADER_ROW}:{HEADER_ROW}", lang=lang)
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=3)


def _funders(ws: Worksheet, content: ActualContent, lang: str) -> None:
    from desk.reports import xlsx_style as style

    result = content.result
    ws.title = style.sheet_title(translate("BudgetReports", "By funder"))
    _head(ws, content)
    style.header(
        ws,
        HEADER_ROW,
        [
            translate("BudgetReports", "Funder"),
            translate("BudgetReports", "Budget"),
            translate("BudgetReports", "Actual"),
            translate("BudgetReports", "Used"),
        ],
    )
    row = HEADER_ROW
    for funder in result.funders:
        row += 1
        ws.cell(row=row, column=1, value=funder.funder.name)
        style.money(ws, row, 2, funder.budget_minor, result.currency)
        style.money(ws, row, 3, funder.actual_minor, result.currency)
        if funder.budget_minor:
            used = Decimal(funder.actual_minor) / funder.budget_minor
            style.value(ws, row, 4, used.quantize(Decimal("0.0001")), style.PERCENT_FORMAT)
    style.widths(ws, [50, 16, 16, 10])
    style.page_setup(ws, landscape=True, repeat_rows=f"{HEADER_ROW}:{HEADER_ROW}", lang=lang)


def _months(ws: Worksheet, content: ActualContent, lang: str) -> None:
    from desk.reports import xlsx_style as style

    result = content.result
    ws.title = style.sheet_title(translate("BudgetReports", "By month"))
    _head(ws, content)
    style.header(
        ws,
        HEADER_ROW,
        [
            translate("BudgetReports", "Month"),
            translate("BudgetReports", "Plan"),
            translate("BudgetReports", "Actual"),
            translate("BudgetReports", "Plan, cumulated"),
            translate("BudgetReports", "Actual, cumulated"),
        ],
    )
    row = HEADER_ROW
    plan = actual = 0
    for month in result.months:
        row += 1
        plan += month.planned_minor
        actual += month.actual_minor
        style.value(ws, row, 1, month.month, "MM/YYYY")
        style.money(ws, row, 2, month.planned_minor, result.currency)
        style.money(ws, row, 3, month.actual_minor, result.currency)
        style.money(ws, row, 4, plan, result.currency)
        style.money(ws, row, 5, actual, result.currency)
    style.widths(ws, [12, 16, 16, 18, 18])
    style.page_setup(ws, landscape=True, repeat_rows=f"{HEADER_ROW}:{HEADER_ROW}", lang=lang)
