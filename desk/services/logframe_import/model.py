"""What the logframe importer reads and returns: the cells of a sheet, the mapping (which column
is what, which rows are which level), and the logframe found, with its warnings."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from desk.domain.enums import IndicatorKind, Sex


class Role(StrEnum):
    """What a column holds. LEVEL_0…LEVEL_3: statements of one fixed level (a workplan with an
    "outputs" column and an "activities" column); STATEMENT: statements of any level, the level
    read from the code, the level column, the indentation or the row mapping."""

    IGNORE = "ignore"
    LEVEL = "level"  # "Objectif global", "Résultats"… (often merged down)
    CODE = "code"
    STATEMENT = "statement"
    LEVEL_0 = "level_0"
    LEVEL_1 = "level_1"
    LEVEL_2 = "level_2"
    LEVEL_3 = "level_3"
    INDICATORS = "indicators"
    SOURCES = "sources"
    ASSUMPTIONS = "assumptions"
    BASELINE = "baseline"
    CURRENT = "current"
    TARGET = "target"
    MEANS = "means"
    COSTS = "costs"


FIXED_LEVELS = {Role.LEVEL_0: 0, Role.LEVEL_1: 1, Role.LEVEL_2: 2, Role.LEVEL_3: 3}
SKIP_ROW = -1  # a row mapped to this level is ignored


@dataclass(frozen=True, slots=True)
class CellData:
    text: str
    indent: int = 0
    bold: bool = False


@dataclass(frozen=True, slots=True)
class SheetData:
    """The text of a sheet. `cells[(row, column)]` (1-based) holds non-empty cells only;
    `merged_from[(row, column)]` gives the top-left cell of the merged range covering a cell."""

    name: str
    rows: int
    columns: int
    cells: dict[tuple[int, int], CellData]
    merged_from: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)

    def text(self, row: int, column: int) -> str:
        cell = self.cells.get((row, column))
        return cell.text if cell else ""

    def spread_text(self, row: int, column: int) -> str:
        """The text of a cell, or of the merged range covering it."""
        origin = self.merged_from.get((row, column), (row, column))
        return self.text(*origin)


@dataclass(slots=True)
class Mapping:
    """Which column is what (1-based columns), where the header is (0: none), and the levels
    the user chose for some rows (depth 0-3, or SKIP_ROW)."""

    header_row: int
    columns: dict[int, Role]
    row_levels: dict[int, int] = field(default_factory=dict)

    def column_of(self, role: Role) -> int | None:
        return next((c for c, r in sorted(self.columns.items()) if r is role), None)


@dataclass(frozen=True, slots=True)
class ImportWarning:
    """Something the user should check; `kind` names the message (the wizard translates it)."""

    row: int
    kind: str  # placeholder, no_level, second_root, sources_count, bad_number, several_values
    detail: str = ""


@dataclass(slots=True)
class ImportedIndicator:
    statement: str
    unit: str = ""
    kind: IndicatorKind = IndicatorKind.NUMBER
    baseline: Decimal | None = None
    baseline_date: date | None = None
    target: Decimal | None = None
    target_date: date | None = None
    target_by_sex: dict[Sex, Decimal] = field(default_factory=dict)
    current: Decimal | None = None
    current_date: date | None = None
    means_of_verification: str = ""


@dataclass(slots=True)
class ImportedNode:
    depth: int
    statement: str
    row: int
    code: str = ""  # as read in the sheet (the written codes are recomputed)
    assumptions: str = ""
    means: str = ""
    costs: str = ""
    indicators: list[ImportedIndicator] = field(default_factory=list)
    children: list[ImportedNode] = field(default_factory=list)
    placeholder: bool = False


@dataclass(slots=True)
class ImportedLogframe:
    sheet: str
    root: ImportedNode | None
    preconditions: str = ""
    warnings: list[ImportWarning] = field(default_factory=list)
    suggested_layout: str = "eu2004"

    def walk(self) -> list[ImportedNode]:
        """Every node, depth first."""
        found: list[ImportedNode] = []

        def visit(node: ImportedNode) -> None:
            found.append(node)
            for child in node.children:
                visit(child)

        if self.root is not None:
            visit(self.root)
        return found
