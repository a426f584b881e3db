"""Reading the rows of a sheet with a mapping into a logframe tree.

A row is, in this order: skipped (mapped so, empty, a repeated header); the Conditions
préalables box (its label, then the text below or after a colon); the "Moyens | Coûts" row
that opens the activities of an EU 2004 matrix; a level label alone ("Résultats attendus"),
which sets the level of the rows below; a new node when the statement column has text; else
more indicators, sources or assumptions for the node above (a statement merged down).

The level of a node comes from the row mapping chosen by the user, else its code ("R1.2 – …"
or a code column), else the level column (merged cells count for every row they cover), else
the indentation of the statement, else the last level label, else the level of the node
above (with a warning). Its parent is the node above it one level up — or, when codes are
numbered (A1.2.3), the node whose code has the same leading numbers (R1.2), so that a matrix
grouped by level (all results, then all activities) keeps its tree.
"""

from __future__ import annotations

from desk.domain.errors import DomainError, ErrorCode
from desk.services.logframe_import.content import add_content
from desk.services.logframe_import.detect import is_header_like
from desk.services.logframe_import.model import (
    FIXED_LEVELS,
    SKIP_ROW,
    ImportedLogframe,
    ImportedNode,
    ImportWarning,
    Mapping,
    Role,
    SheetData,
)
from desk.services.logframe_import.vocab import Vocabulary, norm, read_code

PRECONDITIONS = frozenset(
    {"conditions prealables", "condition prealable", "preconditions", "pre conditions"}
)
MEANS_WORDS = frozenset({"moyens", "means", "ressources", "inputs"})
COSTS_WORDS = frozenset({"couts", "cout", "costs", "cost", "budget"})


class _Tree:
    def __init__(self, warnings: list[ImportWarning]) -> None:
        self.root: ImportedNode | None = None
        self.last: dict[int, ImportedNode] = {}
        self.numbered: dict[tuple[int, tuple[int, ...]], ImportedNode] = {}
        self.warnings = warnings

    def attach(self, node: ImportedNode, numbers: tuple[int, ...]) -> ImportedNode:
        """Place `node`; returns the node that receives the row's content."""
        if node.depth == 0:
            if self.root is None or (self.root.placeholder and not self.root.statement):
                if self.root is not None:
                    node.children = self.root.children
                    self.warnings[:] = [w for w in self.warnings if w.detail != "root"]
                self.root = node
            else:
                self.warnings.append(ImportWarning(node.row, "second_root"))
                self.root.statement = f"{self.root.statement}\n{node.statement}".strip()
                return self.root
        else:
            parent = self.numbered.get((node.depth - 1, numbers[:-1])) if len(numbers) > 1 else None
            parent = parent or self.last.get(node.depth - 1) or self._placeholder(node)
            parent.children.append(node)
        self.last[node.depth] = node
        for deeper in range(node.depth + 1, 4):
            self.last.pop(deeper, None)
        if numbers:
            self.numbered[(node.depth, numbers)] = node
        return node

    def _placeholder(self, child: ImportedNode) -> ImportedNode:
        depth = child.depth - 1
        node = ImportedNode(depth, "", child.row, placeholder=True)
        self.warnings.append(ImportWarning(child.row, "placeholder", "root" if depth == 0 else ""))
        self.attach(node, ())
        return node


def parse_sheet(sheet: SheetData, mapping: Mapping, vocab: Vocabulary) -> ImportedLogframe:
    """The logframe of `sheet` read with `mapping`; LOGFRAME_IMPORT_NO_STATEMENT without a
    statement column, LOGFRAME_IMPORT_EMPTY when no node has any text."""
    statement_col = mapping.column_of(Role.STATEMENT)
    fixed = sorted((FIXED_LEVELS[r], c) for c, r in mapping.columns.items() if r in FIXED_LEVELS)
    if statement_col is None and not fixed:
        if not mapping.header_row and not mapping.columns:
            raise DomainError(
                ErrorCode.LOGFRAME_IMPORT_NO_HEADER, field="mapping", sheet=sheet.name
            )
        raise DomainError(ErrorCode.LOGFRAME_IMPORT_NO_STATEMENT, field="mapping")
    result = ImportedLogframe(sheet.name, None)
    tree = _Tree(result.warnings)
    level_col, code_col = mapping.column_of(Role.LEVEL), mapping.column_of(Role.CODE)
    indents = _indent_levels(sheet, mapping.header_row, statement_col)
    context: int | None = None
    activities = False
    current: ImportedNode | None = None
    consumed: set[int] = set()
    for row in range(mapping.header_row + 1, sheet.rows + 1):
        chosen = mapping.row_levels.get(row)
        if chosen == SKIP_ROW or row in consumed:
            continue
        box = _preconditions(sheet, row, consumed)
        if box is not None:
            result.preconditions = "\n".join(p for p in (result.preconditions, box) if p)
            continue
        if not any(sheet.text(row, c) for c in mapping.columns):
            continue
        label = sheet.spread_text(row, level_col) if level_col else ""
        label_depth = vocab.level_of_label(label) if label else None
        if is_header_like(sheet, row, mapping):
            context = label_depth if label_depth is not None else context
            continue
        if _means_costs_row(sheet, row, mapping):
            activities, context = True, 3
            continue
        statement = sheet.text(row, statement_col) if statement_col else ""
        made: ImportedNode | None = None
        if statement:
            alone = all(not sheet.text(row, c) for c in mapping.columns if c != statement_col)
            inline = read_code(statement, vocab)
            section = vocab.level_of_label(statement) if not (inline and inline.rest) else None
            if alone and section is not None and chosen is None and len(statement) < 40:
                context = section  # "Résultats attendus" alone: the level of the rows below
                continue
            code = read_code(sheet.text(row, code_col), vocab) if code_col else None
            found = code or inline
            depth = chosen if chosen is not None else None
            if depth is None and found is not None:
                depth = found.depth
            if depth is None:
                depth = label_depth
            if depth is None and indents:
                depth = indents.get(_indent(sheet, row, statement_col))
            if depth is None:
                depth = context
            if depth is None:
                depth = current.depth if current else 0
                result.warnings.append(ImportWarning(row, "no_level"))
            text = inline.rest if inline is not None and inline.rest else statement
            node = ImportedNode(depth, text, row, found.code if found else "")
            made = tree.attach(node, found.numbers if found else ())
        for depth, column in fixed:
            text = sheet.text(row, column)
            if text:
                made = tree.attach(ImportedNode(depth, text, row), ())
        listed = made is None and label_depth is not None and _has_content(sheet, row, mapping)
        if listed and (current is None or current.depth != label_depth):
            # indicators listed under a level name, without a statement (indicator bank)
            result.warnings.append(ImportWarning(row, "no_statement"))
            made = tree.attach(ImportedNode(label_depth or 0, "", row), ())
        if made is not None:
            current = made
        if current is None:
            continue
        add_content(current, sheet, row, mapping, activities and current.depth == 3, result)
    result.root = tree.root
    if not any(n.statement or n.indicators for n in result.walk()):
        raise DomainError(ErrorCode.LOGFRAME_IMPORT_EMPTY, field="sheet", sheet=sheet.name)
    figures = {Role.BASELINE, Role.TARGET, Role.CURRENT}
    result.suggested_layout = "eu2016" if figures & set(mapping.columns.values()) else "eu2004"
    return result


def _preconditions(sheet: SheetData, row: int, consumed: set[int]) -> str | None:
    """The Conditions préalables text when `row` holds its label, else None."""
    for column in range(1, sheet.columns + 1):
        text = sheet.text(row, column)
        head, colon, rest = text.partition(":")
        if norm(head) not in PRECONDITIONS:
            continue
        if colon and rest.strip():
            return rest.strip()
        for below in range(row + 1, min(row + 4, sheet.rows + 1)):
            found = sheet.text(below, column)
            if found:
                consumed.add(below)
                return found
        return ""
    return None


def _has_content(sheet: SheetData, row: int, mapping: Mapping) -> bool:
    roles = (Role.INDICATORS, Role.SOURCES, Role.ASSUMPTIONS)
    return any(sheet.text(row, c) for c, r in mapping.columns.items() if r in roles)


def _means_costs_row(sheet: SheetData, row: int, mapping: Mapping) -> bool:
    words = {norm(sheet.text(row, c)) for c in mapping.columns if sheet.text(row, c)}
    return bool(words & MEANS_WORDS) and bool(words & COSTS_WORDS)


def _indent(sheet: SheetData, row: int, column: int | None) -> int:
    cell = sheet.cells.get((row, column)) if column else None
    return cell.indent if cell else 0


def _indent_levels(sheet: SheetData, header: int, column: int | None) -> dict[int, int]:
    """Indentation -> depth, when the statements use at least two indentations."""
    if column is None:
        return {}
    seen = sorted(
        {cell.indent for (r, c), cell in sheet.cells.items() if c == column and r > header}
    )
    return {indent: depth for depth, indent in enumerate(seen[:4])} if len(seen) > 1 else {}
