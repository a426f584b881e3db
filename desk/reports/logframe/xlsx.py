"""The logframe matrix as an XLSX sheet: merged cells, wrapped text, borders, A4 landscape,
the header row repeated on every printed page, row heights estimated from the text (Excel
does not grow merged cells by itself).

openpyxl is imported inside the functions: importing this module stays cheap.
"""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desk import APP_NAME, __version__
from desk.reports.logframe import common as c
from desk.reports.logframe.matrix import Cell, Matrix, Row, build_matrix
from desk.services.logframe_export import load_logframe
from desk.store import AssoFile

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

TITLE_ROWS = 2  # title, subtitle; then a blank row, then the header
LINE_HEIGHT = 12.75  # points per line of 10-point text


def export_logframe_xlsx(
    asso: AssoFile,
    project_id: int,
    out: Path | str,
    layout: str = "2004",
    lang: str = "fr",
    today: date | None = None,
) -> Path:
    """Write the logframe of `project_id` in the EU `layout` ("2004" or "2016") to `out`."""
    from openpyxl import Workbook

    chosen = c.layout_of(layout)
    data = load_logframe(asso, project_id, today, chosen)
    matrix = build_matrix(data, chosen, lang)
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None  # a new workbook always has one sheet
    write_matrix(sheet, matrix, lang)
    workbook.properties.creator = f"{APP_NAME} {__version__}"
    workbook.properties.title = matrix.title
    target = Path(out)
    workbook.save(target)
    return target


def write_matrix(ws: Worksheet, matrix: Matrix, lang: str) -> None:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    from desk.reports import xlsx_style as style

    ws.title = style.sheet_title(c.translate("LogframeReports", "Logframe"))
    style.title(ws, 1, matrix.title)
    ws.cell(row=2, column=1, value=matrix.subtitle).font = Font(italic=True)
    header_row = TITLE_ROWS + 2
    thin = Side(style="thin", color="7F8C99")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    fills = {
        "head": style.HEADER_FILL,
        "level": PatternFill("solid", start_color="EEF3F8", end_color="EEF3F8"),
        "sub": PatternFill("solid", start_color="F3F3F3", end_color="F3F3F3"),
    }
    rows = [*matrix.head, *matrix.body]
    for offset, row in enumerate(rows):
        number = header_row + offset
        for column, cell in enumerate(row, start=1):
            target = ws.cell(row=number, column=column)
            target.border = border
            if cell is None:
                continue
            target.value = cell.text or None
            target.alignment = Alignment(
                wrap_text=True,
                vertical="center" if cell.style in ("head", "level") else "top",
                horizontal="center" if cell.style in ("head", "sub") else None,
            )
            if cell.style in ("head", "level", "sub"):
                target.font = style.HEADER_FONT
            if cell.style in fills:
                target.fill = fills[cell.style]
            if cell.rows > 1 or cell.cols > 1:
                ws.merge_cells(
                    start_row=number,
                    start_column=column,
                    end_row=number + cell.rows - 1,
                    end_column=column + cell.cols - 1,
                )
                _border_span(ws, number, column, cell, border)
        ws.row_dimensions[number].height = _height(row, matrix.widths)
    style.widths(ws, matrix.widths)
    style.page_setup(ws, landscape=True, repeat_rows=f"{header_row}:{header_row}", lang=lang)
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)


def _border_span(ws: Worksheet, row: int, column: int, cell: Cell, border: object) -> None:
    """Merged ranges keep the border of every cell they cover (Excel draws each)."""
    for r in range(row, row + cell.rows):
        for col in range(column, column + cell.cols):
            ws.cell(row=r, column=col).border = border  # type: ignore[assignment]


def _height(row: Row, widths: list[float]) -> float:
    """Points for the tallest single-row cell of `row` (merged cells spread over their rows)."""
    lines = 1
    for column, cell in enumerate(row):
        if cell is None or not cell.text:
            continue
        width = sum(widths[column : column + cell.cols])
        per_line = max(8, int(width * 1.1))
        needed = sum(max(1, math.ceil(len(part) / per_line)) for part in cell.text.split("\n"))
        lines = max(lines, math.ceil(needed / cell.rows))
    return max(15.0, lines * LINE_HEIGHT + 4)
