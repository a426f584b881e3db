"""Reading a bank statement file into a raw table of cells, whatever its format.

CSV: encoding detected (UTF-8 with or without BOM, UTF-16 with BOM, Windows-1252, Latin-1),
delimiter sniffed. XLSX/XLSM: openpyxl, the first sheet that holds a table; date cells stay
dates and number cells become exact Decimals. Every row keeps its line number in the file (the
spreadsheet's row number for Excel) so that errors can name it.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from desk.domain.errors import DomainError, ErrorCode
from desk.domain.statement_parsing import decode, sniff_delimiter, split_rows

Cell = str | date | Decimal | None
EXCEL_SUFFIXES = (".xlsx", ".xlsm")
MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class RawTable:
    """The cells of a statement, row by row, with the line number of each row."""

    path: Path
    rows: tuple[tuple[Cell, ...], ...]
    lines: tuple[int, ...]
    kind: str  # "csv" or "xlsx"
    encoding: str = ""  # CSV only
    delimiter: str = ""  # CSV only
    sheet: str = ""  # Excel only

    @property
    def width(self) -> int:
        return max((len(row) for row in self.rows), default=0)


def _unreadable(path: Path, reason: str) -> DomainError:
    return DomainError(ErrorCode.STATEMENT_UNREADABLE, field="file", path=str(path), reason=reason)


def read_statement(path: Path | str) -> RawTable:
    """The raw table of `path`; DomainError STATEMENT_UNREADABLE (missing, damaged, binary) or
    STATEMENT_UNSUPPORTED (a known non-table format such as CFONB 120, OFX, PDF)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise _unreadable(path, f"larger than {MAX_BYTES // 1024 // 1024} MB")
        head = path.read_bytes()[:8] if size else b""
    except FileNotFoundError:
        raise DomainError(ErrorCode.FILE_NOT_FOUND, field="file", path=str(path)) from None
    except OSError as error:
        raise _unreadable(path, error.strerror or str(error)) from error
    if head.startswith(b"PK"):
        return _read_excel(path)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise DomainError(
            ErrorCode.STATEMENT_UNSUPPORTED, field="file", path=str(path), format="Excel 97 (.xls)"
        )
    if head.startswith(b"%PDF"):
        raise DomainError(
            ErrorCode.STATEMENT_UNSUPPORTED, field="file", path=str(path), format="PDF"
        )
    return _read_csv(path)


def _read_csv(path: Path) -> RawTable:
    data = path.read_bytes()
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _unreadable(path, "binary content")
    text, encoding = decode(data)
    if _looks_like_cfonb(text):
        raise DomainError(
            ErrorCode.STATEMENT_UNSUPPORTED, field="file", path=str(path), format="CFONB 120"
        )
    stripped = text.lstrip()
    if stripped.startswith(("<OFX", "OFXHEADER", "<?xml", "!Type")):
        kind = "QIF" if stripped.startswith("!Type") else "OFX/XML"
        raise DomainError(
            ErrorCode.STATEMENT_UNSUPPORTED, field="file", path=str(path), format=kind
        )
    delimiter = sniff_delimiter(text)
    try:
        numbered = split_rows(text, delimiter)
    except DomainError as error:
        raise _unreadable(path, str(error.params.get("reason", ""))) from error
    rows = tuple(tuple(cell.strip() for cell in cells) for _, cells in numbered)
    lines = tuple(line for line, _ in numbered)
    if not any(any(row) for row in rows):
        raise DomainError(ErrorCode.STATEMENT_EMPTY, field="file", path=str(path))
    return RawTable(path, rows, lines, "csv", encoding=encoding, delimiter=delimiter)


def _looks_like_cfonb(text: str) -> bool:
    """CFONB 120 "relevé de compte": fixed 120-character records 01/04/05/07, no delimiter."""
    lines = [line for line in text.splitlines()[:20] if line.strip()]
    return bool(lines) and all(
        len(line.rstrip("\r")) in (119, 120) and line[:2] in ("01", "04", "05", "07")
        for line in lines
    )


def _excel_cell(value: object) -> Cell:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))  # the shortest text that reads back as this float
    return str(value).strip()


def _read_excel(path: Path) -> RawTable:
    import openpyxl  # only Excel statements pay for it

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise _unreadable(path, "damaged Excel file") from error
    except Exception as error:  # openpyxl raises many kinds on a damaged package
        raise _unreadable(path, type(error).__name__) from error
    try:
        for sheet in book.worksheets:
            rows: list[tuple[Cell, ...]] = []
            lines: list[int] = []
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                cells = tuple(_excel_cell(v) for v in values)
                while cells and cells[-1] in (None, ""):
                    cells = cells[:-1]
                rows.append(cells)
                lines.append(number)
            if sum(1 for row in rows if len(row) >= 2) >= 2:
                return RawTable(path, tuple(rows), tuple(lines), "xlsx", sheet=sheet.title)
    finally:
        book.close()
    raise DomainError(ErrorCode.STATEMENT_EMPTY, field="file", path=str(path))
