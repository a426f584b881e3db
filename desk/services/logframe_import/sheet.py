"""Reading an XLSX workbook into plain `SheetData` (text, indentation, merged ranges). Any file
openpyxl cannot read — a corrupt file, an old .xls, a CSV renamed — is refused with
LOGFRAME_IMPORT_UNREADABLE, never with a traceback."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from desk.domain.errors import DomainError, ErrorCode
from desk.services.logframe_import.model import CellData, SheetData

MAX_ROWS = 2000
MAX_COLUMNS = 40


def _open(path: Path) -> Any:
    from openpyxl import load_workbook

    if not path.is_file():
        raise DomainError(ErrorCode.FILE_NOT_FOUND, field="file", path=str(path))
    try:
        return load_workbook(path, data_only=True)
    except Exception as exc:  # BadZipFile, openpyxl's InvalidFileException, KeyError…
        raise DomainError(
            ErrorCode.LOGFRAME_IMPORT_UNREADABLE, field="file", path=path.name, reason=str(exc)
        ) from exc


def sheet_names(path: Path | str) -> list[str]:
    """The sheets of the workbook, in order."""
    workbook = _open(Path(path))
    try:
        return [ws.title for ws in workbook.worksheets]
    finally:
        workbook.close()


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().strftime("%d/%m/%Y")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float):
        value = Decimal(repr(value))
    if isinstance(value, Decimal):
        text = format(value, "f")
        return text.rstrip("0").rstrip(".") if "." in text else text
    if isinstance(value, bool):
        return "1" if value else "0"
    text = str(value).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def read_sheet(path: Path | str, sheet: str | None = None) -> SheetData:
    """The sheet `sheet` (the first one when None) of the workbook at `path`."""
    path = Path(path)
    workbook = _open(path)
    try:
        if sheet is None:
            ws = workbook.worksheets[0]
        elif sheet in workbook.sheetnames:
            ws = workbook[sheet]
        else:
            raise DomainError(ErrorCode.LOGFRAME_IMPORT_NO_SHEET, field="sheet", sheet=sheet)
        rows = min(ws.max_row or 0, MAX_ROWS)
        columns = min(ws.max_column or 0, MAX_COLUMNS)
        cells: dict[tuple[int, int], CellData] = {}
        for row in ws.iter_rows(min_row=1, max_row=rows, max_col=columns):
            for cell in row:
                text = _text(cell.value)
                if not text or not isinstance(cell.row, int):
                    continue
                indent = int(cell.alignment.indent or 0) if cell.alignment else 0
                bold = bool(cell.font and cell.font.bold)
                cells[(cell.row, cell.column)] = CellData(text, indent, bold)
        merged: dict[tuple[int, int], tuple[int, int]] = {}
        for span in ws.merged_cells.ranges:
            for r in range(span.min_row, min(span.max_row, rows) + 1):
                for c in range(span.min_col, min(span.max_col, columns) + 1):
                    if (r, c) != (span.min_row, span.min_col):
                        merged[(r, c)] = (span.min_row, span.min_col)
        return SheetData(ws.title, rows, columns, cells, merged)
    finally:
        workbook.close()
