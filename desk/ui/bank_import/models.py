"""The two tables of the bank import wizard: the live preview of the statement as the mapping
reads it (errors in red, duplicates greyed), and the review of the rows to import with their
category, which the treasurer may change row by row."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desk.i18n.messages import describe_error
from desk.services.bank_import import Category, ImportPlan, PlanRow, RowStatus
from desk.ui.widgets.formatting import format_date_ui, format_money_ui
from desk.ui.widgets.style import MUTED, NEGATIVE, POSITIVE, WARNING

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True, slots=True)
class PreviewRow:
    """One line of the statement as the preview shows it: an operation or an error."""

    line: int
    row: PlanRow | None = None
    error: str = ""


def preview_rows(plan: ImportPlan) -> list[PreviewRow]:
    rows = [PreviewRow(r.line.line, r) for r in plan.rows]
    rows += [PreviewRow(e.line, None, describe_error(e.error)) for e in plan.errors]
    return sorted(rows, key=lambda r: r.line)


def _status_text(status: RowStatus) -> str:
    return {
        RowStatus.NEW: translate("BankImport", "New"),
        RowStatus.DUPLICATE: translate("BankImport", "Already in the books"),
        RowStatus.FILE_DUPLICATE: translate("BankImport", "Repeated in the statement"),
    }[status]


class _LinesModel(QAbstractTableModel):
    """What both tables share: one row per statement line, the columns
    Line | Date | Label | Amount | (a last column named by `_last_header`)."""

    _rows: Sequence[object]

    def _last_header(self) -> str:
        raise NotImplementedError

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 5:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                translate("BankImport", "Line"),
                translate("BankImport", "Date"),
                translate("BankImport", "Label"),
                translate("BankImport", "Amount"),
                self._last_header(),
            )[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if section in (0, 3) else _LEFT
        return None


class PreviewModel(_LinesModel):
    """Line | Date | Label | Amount | Status (or the error of the line)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PreviewRow] = []
        self._currency = "MAD"

    def set_plan(self, plan: ImportPlan | None) -> None:
        self.beginResetModel()
        self._rows = preview_rows(plan) if plan is not None else []
        self._currency = plan.currency if plan is not None else "MAD"
        self.endResetModel()

    def preview_row(self, row: int) -> PreviewRow:
        return self._rows[row]

    def _last_header(self) -> str:
        return translate("BankImport", "Status")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in (0, 3) else _LEFT
        if role == Qt.ItemDataRole.ForegroundRole:
            if item.row is None:
                return NEGATIVE
            if item.row.status is not RowStatus.NEW:
                return MUTED  # greyed (no italics: Arabic fonts often have none)
            if column == 3:
                return POSITIVE if item.row.line.amount_minor > 0 else None
        if role == Qt.ItemDataRole.ToolTipRole and item.row is None:
            return item.error
        return None

    def _text(self, item: PreviewRow, column: int) -> str:
        if column == 0:
            return str(item.line) if item.line > 0 else ""  # 0: the statement as a whole
        if item.row is None:
            return item.error if column == 2 else ""
        line = item.row.line
        if column == 1:
            return format_date_ui(line.date)
        if column == 2:
            return line.label
        if column == 3:
            return format_money_ui(line.amount_minor, self._currency)
        return _status_text(item.row.status)


class ReviewModel(_LinesModel):
    """The new rows: Line | Date | Label | Amount | Category (editable)."""

    CATEGORY = 4

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PlanRow] = []
        self._chosen: dict[int, str] = {}
        self._categories: dict[str, Category] = {}
        self._currency = "MAD"

    def set_plan(self, plan: ImportPlan) -> None:
        self.beginResetModel()
        self._rows = list(plan.new_rows)
        self._chosen = {r.line.line: r.suggestion.category.code for r in self._rows}
        self._categories = plan.categories
        self._currency = plan.currency
        self.endResetModel()

    def chosen(self) -> dict[int, str]:
        """Category code by line number (suggestions included)."""
        return dict(self._chosen)

    def choices(self, row: int) -> list[Category]:
        """Categories that fit the direction of the row (money out: expenses, transfers)."""
        amount = self._rows[row].line.amount_minor
        wanted = ("expense", "treasury") if amount < 0 else ("income", "treasury")
        return [c for c in self._categories.values() if c.kind.value in wanted]

    def _last_header(self) -> str:
        return translate("BankImport", "Category")

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == self.CATEGORY:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        line = row.line
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in (0, 3) else _LEFT
        if role == Qt.ItemDataRole.EditRole and column == self.CATEGORY:
            return self._chosen[line.line]
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == 3 and line.amount_minor > 0:
                return POSITIVE
            if column == self.CATEGORY and self._is_default(row):
                return WARNING
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and column == self.CATEGORY
            and self._is_default(row)
        ):
            return translate("BankImport", "Nothing in the history: check this category.")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return str(line.line)
        if column == 1:
            return format_date_ui(line.date)
        if column == 2:
            return line.label
        if column == 3:
            return format_money_ui(line.amount_minor, self._currency)
        category = self._categories.get(self._chosen[line.line], row.suggestion.category)
        return category.name

    def _is_default(self, row: PlanRow) -> bool:
        code = self._chosen[row.line.line]
        return row.suggestion.source == "default" and code == row.suggestion.category.code

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or index.column() != self.CATEGORY
            or role != Qt.ItemDataRole.EditRole
            or value not in self._categories
        ):
            return False
        self._chosen[self._rows[index.row()].line.line] = str(value)
        self.dataChanged.emit(index, index)
        return True
