"""The budget in the EU layout as a workbook: a "Budget" sheet (headings, lines, the computed
lines 7-13 as subtotals, all years then each year, the rules broken written next to the line
and under the table) and a "Co-funding" sheet (what each funder pays of each line, in kind
marked). A4 landscape, header rows repeated on every printed page."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from desk import APP_NAME, __version__
from desk.domain.enums import BudgetLineKind
from desk.reports.budget.content import BudgetContent, status_text, translate

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

HEADER_ROW = 5
GROUPING = (BudgetLineKind.HEADING, BudgetLineKind.COMPUTED)


def write_budget_xlsx(content: BudgetContent, out: Path, lang: str) -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    _budget_sheet(sheet, content, lang)
    _cofunding_sheet(workbook.create_sheet(), content, lang)
    workbook.properties.creator = f"{APP_NAME} {__version__}"
    workbook.properties.title = content.budget.name
    workbook.save(out)
    return out


def _head(ws: Worksheet, content: BudgetContent) -> None:
    from desk.reports import xlsx_style as style

    view = content.budget
    style.title(ws, 1, view.name)
    if content.grant is not None:
        data = content.grant.data
        ws.cell(row=2, column=1, value=f"{data.code} — {data.title}")
        ws.cell(
            row=3,
            column=1,
            value=translate(
                "BudgetReports", "Donor: {donor} · reference {reference} · {start} to {end}"
            ).format(
                donor=content.grant.funder_name or "—",
                reference=data.reference or "—",
                start=data.start_date.strftime("%d/%m/%Y"),
                end=data.end_date.strftime("%d/%m/%Y"),
            ),
        )
    ws.cell(
        row=4,
        column=1,
        value=translate(
            "BudgetReports", "Version {version} · {status} · amounts in {currency}"
        ).format(version=view.version, status=status_text(view), currency=view.currency),
    )


def _budget_sheet(ws: Worksheet, content: BudgetContent, lang: str) -> None:
    from openpyxl.styles import Alignment, Font

    from desk.reports import xlsx_style as style

    view = content.budget
    ws.title = style.sheet_title(translate("BudgetReports", "Budget"))
    _head(ws, content)
    years = view.years if view.years > 1 else 0
    labels = [
        translate("BudgetReports", "Code"),
        translate("BudgetReports", "Heading / line"),
        translate("BudgetReports", "Unit"),
        translate("BudgetReports", "Quantity"),
        translate("BudgetReports", "Unit cost"),
        translate("BudgetReports", "Total (all years)"),
    ]
    labels += [translate("BudgetReports", "Year {n}").format(n=n) for n in range(1, years + 1)]
    labels.append(translate("BudgetReports", "Warnings"))
    style.header(ws, HEADER_ROW, labels)
    warn_column = len(labels)
    red = Font(color="B42318", bold=True)
    row = HEADER_ROW
    for line in view.lines:
        row += 1
        ws.cell(row=row, column=1, value=line.code)
        label = ws.cell(row=row, column=2, value=line.label)
        label.alignment = Alignment(indent=line.level - 1, wrap_text=True)
        if line.kind is BudgetLineKind.AMOUNT:
            ws.cell(row=row, column=3, value=line.unit)
            style.value(
                ws,
                row,
                4,
                line.quantity_milli / 1000
                if line.quantity_milli % 1000
                else line.quantity_milli // 1000,
                "#,##0.###",
            )
            style.money(ws, row, 5, line.unit_cost_minor, view.currency)
        elif line.kind is BudgetLineKind.PERCENTAGE:
            style.value(ws, row, 4, Decimal(line.percent_bp or 0).scaleb(-4), "0.0#%")
        style.money(ws, row, 6, line.total_minor, view.currency)
        for index in range(years):
            amount = line.years[index] if index < len(line.years) else 0
            style.money(ws, row, 7 + index, amount, view.currency)
        if line.kind in GROUPING:
            style.bold_row(ws, row, warn_column - 1, rule=line.kind is BudgetLineKind.COMPUTED)
        warning = content.line_warnings(line.id)
        if warning:
            cell = ws.cell(row=row, column=warn_column, value="⚠ " + warning)
            cell.font = red
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    row += 2
    ws.cell(row=row, column=2, value=translate("BudgetReports", "Total of the budget"))
    style.money(ws, row, 6, view.total_minor, view.currency)
    style.bold_row(ws, row, 6, rule=True)
    warnings = content.all_warnings
    if warnings:
        row += 2
        title = ws.cell(
            row=row, column=1, value=translate("BudgetReports", "Rules of the grant not respected")
        )
        title.font = red
        for text in warnings:
            row += 1
            cell = ws.cell(row=row, column=1, value="⚠ " + text)
            cell.font = Font(color="B42318")
    style.widths(ws, [9, 48, 14, 10, 14, 16] + [14] * years + [50])
    style.page_setup(ws, landscape=True, repeat_rows=f"{HEADER_ROW}:{HEADER_ROW}", lang=lang)
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=3)


def _cofunding_sheet(ws: Worksheet, content: BudgetContent, lang: str) -> None:
    from openpyxl.styles import Font

    from desk.reports import xlsx_style as style

    view = content.budget
    ws.title = style.sheet_title(translate("BudgetReports", "Co-funding"))
    _head(ws, content)
    funders = view.funders
    labels = [
        translate("BudgetReports", "Code"),
        translate("BudgetReports", "Heading / line"),
        translate("BudgetReports", "Total"),
    ]
    labels += [f.short for f in funders]
    labels.append(translate("BudgetReports", "In kind"))
    style.header(ws, HEADER_ROW, labels)
    row = HEADER_ROW
    for line in view.lines:
        row += 1
        ws.cell(row=row, column=1, value=line.code)
        ws.cell(row=row, column=2, value=line.label)
        style.money(ws, row, 3, line.total_minor, view.currency)
        for offset, funder in enumerate(funders):
            amount = line.funding(funder.id)
            if amount or line.kind in GROUPING:
                style.money(ws, row, 4 + offset, amount, view.currency)
                if line.in_kind(funder.id):
                    ws.cell(row=row, column=4 + offset).font = Font(italic=True)
        kind = [f.short for f in funders if line.in_kind(f.id)]
        ws.cell(row=row, column=4 + len(funders), value=", ".join(kind))
        if line.kind in GROUPING:
            style.bold_row(ws, row, len(labels) - 1, rule=line.kind is BudgetLineKind.COMPUTED)
    row += 2
    ws.cell(row=row, column=2, value=translate("BudgetReports", "Total of the budget"))
    style.money(ws, row, 3, view.total_minor, view.currency)
    for offset, (_funder, amount) in enumerate(view.funder_totals):
        style.money(ws, row, 4 + offset, amount, view.currency)
    style.bold_row(ws, row, len(labels) - 1, rule=True)
    row += 1
    ws.cell(row=row, column=2, value=translate("BudgetReports", "Share of the budget"))
    for offset, (_funder, amount) in enumerate(view.funder_totals):
        share = Decimal(amount) / view.total_minor if view.total_minor else Decimal(0)
        style.value(ws, row, 4 + offset, share.quantize(Decimal("0.0001")), style.PERCENT_FORMAT)
    style.widths(ws, [9, 48, 16] + [16] * len(funders) + [14])
    style.page_setup(ws, landscape=True, repeat_rows=f"{HEADER_ROW}:{HEADER_ROW}", lang=lang)
