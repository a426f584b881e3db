"""Guessing the mapping of a sheet: the header row (the row naming the most logframe columns
among the first 40), what each column holds, and the columns the header leaves blank (the
level names down the first column, a column of codes). The wizard shows the guess; the user
corrects it."""

from __future__ import annotations

from desk.services.logframe_import.model import FIXED_LEVELS, Mapping, Role, SheetData
from desk.services.logframe_import.vocab import Vocabulary, header_match, read_code

HEADER_SCAN = 40
CONTENT_ROLES = frozenset(
    {
        Role.STATEMENT,
        Role.INDICATORS,
        Role.SOURCES,
        Role.ASSUMPTIONS,
        Role.BASELINE,
        Role.TARGET,
        Role.CURRENT,
        *FIXED_LEVELS,
    }
)


def header_roles(sheet: SheetData, row: int) -> dict[int, tuple[Role, int]]:
    """The columns of `row` that read as headers, with their role and match strength."""
    found: dict[int, tuple[Role, int]] = {}
    for column in range(1, sheet.columns + 1):
        text = sheet.text(row, column)
        match = header_match(text) if text else None
        if match is not None:
            found[column] = match
    return found


def is_header_like(sheet: SheetData, row: int, mapping: Mapping) -> bool:
    """True when `row` repeats the header: two cells or more name the role of their column."""
    same = sum(
        1
        for column, (role, _) in header_roles(sheet, row).items()
        if mapping.columns.get(column) is role and role in CONTENT_ROLES
    )
    return same >= 2


def find_header_row(sheet: SheetData) -> int:
    """The first row naming three logframe columns or more, else the row naming the most
    (two at least); 0 when none does. The first one wins: a sheet of blocks (DFID) repeats
    its header further down, with a level name in it."""
    best, best_score = 0, 1
    for row in range(1, min(sheet.rows, HEADER_SCAN) + 1):
        roles = {role for role, _ in header_roles(sheet, row).values()} & CONTENT_ROLES
        if len(roles) >= 3:
            return row
        if len(roles) > best_score:
            best, best_score = row, len(roles)
    return best


def detect_mapping(sheet: SheetData, vocab: Vocabulary) -> Mapping:
    """The best guess of the mapping (header_row 0 and no columns when nothing was found)."""
    header = find_header_row(sheet)
    if not header:
        return Mapping(0, {})
    chosen: dict[Role, tuple[int, int]] = {}  # role -> (column, strength)
    for column, (role, strength) in sorted(header_roles(sheet, header).items()):
        if role not in chosen or strength > chosen[role][1]:
            chosen[role] = (column, strength)
    columns = {column: role for role, (column, _) in chosen.items()}
    _blank_columns(sheet, header, columns, vocab)
    return Mapping(header, dict(sorted(columns.items())))


def _values_below(sheet: SheetData, header: int, column: int) -> list[str]:
    return [text for row in range(header + 1, sheet.rows + 1) if (text := sheet.text(row, column))]


def _blank_columns(
    sheet: SheetData, header: int, columns: dict[int, Role], vocab: Vocabulary
) -> None:
    """Roles for the columns the header does not name: level names, codes, and the statement
    column when the header names none (the first filled column left of the indicators)."""
    has_statement = any(r is Role.STATEMENT or r in FIXED_LEVELS for r in columns.values())
    for column in range(1, sheet.columns + 1):
        if column in columns:
            continue
        values = _values_below(sheet, header, column)
        if not values:
            continue
        labels = sum(1 for v in values if vocab.level_of_label(v) is not None)
        codes = sum(1 for v in values if len(v) <= 12 and read_code(v, vocab) is not None)
        if labels and labels >= len(values) / 2:
            columns[column] = Role.LEVEL
        elif codes and codes >= len(values) * 0.6:
            columns[column] = Role.CODE
        elif not has_statement and column < min(
            (c for c, r in columns.items() if r is Role.INDICATORS), default=sheet.columns + 1
        ):
            columns[column] = Role.STATEMENT
            has_statement = True
