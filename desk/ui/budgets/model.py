"""The budget builder's tree model: the budget tree's columns (budget_tree.budget_columns) made
editable in place, with the live checks drawn on the line at fault (a warning icon on its code,
a tinted row, the messages as tooltip).

Each column has a key ("code", "quantity", "year:2", "funder:7"…). An edit goes to `editor`
(set by the builder), which parses the text and runs an undoable command; a refusal is emitted
through `edit_failed` and the cell keeps its value.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from desk.domain.enums import BudgetLineKind
from desk.domain.errors import DomainError
from desk.i18n.messages import describe_error
from desk.services.browse.budgets import BudgetLineRow, BudgetView
from desk.ui.pages.budget_tree import BudgetColumn, budget_columns
from desk.ui.widgets.formatting import format_decimal_ui, format_milli_ui, format_money_ui
from desk.ui.widgets.tree_model import RowTreeModel, build_tree

Index = QModelIndex | QPersistentModelIndex
Editor = Callable[[BudgetLineRow, str, str], None]

FAULT_BG = QColor("#FDECEA")
ADVICE_BG = QColor("#FFF7ED")
_FIXED_KEYS = {
    BudgetColumn.CODE: "code",
    BudgetColumn.LABEL: "label",
    BudgetColumn.CATEGORY: "category",
    BudgetColumn.UNIT: "unit",
    BudgetColumn.QUANTITY: "quantity",
    BudgetColumn.UNIT_COST: "unit_cost",
    BudgetColumn.DURATION: "duration",
    BudgetColumn.TOTAL: "total",
}


def column_keys(budget: BudgetView) -> list[str]:
    """The key of every column, in the order of budget_columns()."""
    keys = [_FIXED_KEYS[c] for c in BudgetColumn]
    if budget.years > 1:
        keys += [f"year:{i}" for i in range(1, budget.years + 1)]
    keys += [f"funder:{f.id}" for f in budget.funders]
    return keys


def findings_text(row: BudgetLineRow) -> str:
    return "\n".join(describe_error(f.error) for f in row.findings)


class BudgetModel(RowTreeModel):
    edit_failed = Signal(object)  # DomainError

    def __init__(self, parent: Any = None) -> None:
        super().__init__(budget_columns("MAD", ()), parent)
        self.budget: BudgetView | None = None
        self.keys: list[str] = []
        self.editor: Editor | None = None

    def show(self, budget: BudgetView | None) -> None:
        self.budget = budget
        if budget is None:
            self.keys = []
            self.set_roots([], budget_columns("MAD", ()))
            return
        self.keys = column_keys(budget)
        roots = build_tree(budget.lines, lambda r: r.id, lambda r: r.parent_id)
        self.set_roots(roots, budget_columns(budget.currency, budget.funders, budget.years))

    def row(self, index: Index) -> BudgetLineRow | None:
        return self.item(index).row if index.isValid() else None

    def key(self, column: int) -> str:
        return self.keys[column] if 0 <= column < len(self.keys) else ""

    def editable(self, row: BudgetLineRow, key: str) -> bool:
        if self.budget is None or not self.budget.editable:
            return False
        kind = row.kind
        if key in ("code", "label", "unit"):
            return True
        if key == "quantity":
            return kind in (BudgetLineKind.AMOUNT, BudgetLineKind.PERCENTAGE)
        if key in ("unit_cost", "duration") or key.startswith("year:"):
            return kind is BudgetLineKind.AMOUNT
        if key.startswith("funder:"):
            return kind in (BudgetLineKind.AMOUNT, BudgetLineKind.PERCENTAGE)
        return False

    # -- Qt overrides ----------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        row = self.row(index)
        if row is not None and self.editable(row, self.key(index.column())):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row(index)
        if row is None:
            return None
        column = index.column()
        if row.findings:
            if role == Qt.ItemDataRole.DecorationRole and column == BudgetColumn.CODE:
                style = QApplication.style()
                blocking = any(f.blocking for f in row.findings)
                icon = (
                    QStyle.StandardPixmap.SP_MessageBoxWarning
                    if blocking
                    else QStyle.StandardPixmap.SP_MessageBoxInformation
                )
                return style.standardIcon(icon) if style is not None else None
            if role == Qt.ItemDataRole.ToolTipRole and column in (
                BudgetColumn.CODE,
                BudgetColumn.LABEL,
                BudgetColumn.TOTAL,
            ):
                return findings_text(row)
            if role == Qt.ItemDataRole.BackgroundRole:
                return FAULT_BG if any(f.blocking for f in row.findings) else ADVICE_BG
        key = self.key(column)
        if key.startswith("funder:"):
            funder_id = int(key.partition(":")[2])
            if role == Qt.ItemDataRole.FontRole and row.in_kind(funder_id):
                font = QFont()
                font.setItalic(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole and row.in_kind(funder_id):
                return self.tr("In kind")
        if role == Qt.ItemDataRole.EditRole and self.editable(row, key):
            return self.edit_text(row, key)
        return super().data(index, role)

    def edit_text(self, row: BudgetLineRow, key: str) -> str:
        """What the editor starts from: the value as the user would type it."""
        currency = self.budget.currency if self.budget else "MAD"
        if key == "code":
            return row.code
        if key == "label":
            return row.label
        if key == "unit":
            return row.unit
        if key == "quantity":
            if row.kind is BudgetLineKind.PERCENTAGE:
                return format_decimal_ui(Decimal(row.percent_bp or 0) / 100)
            return format_milli_ui(row.quantity_milli)
        if key == "unit_cost":
            return format_money_ui(row.unit_cost_minor, currency, with_currency=False)
        if key == "duration":
            return format_milli_ui(row.duration_milli) if row.duration_milli else ""
        if key.startswith("year:"):
            index = int(key.partition(":")[2]) - 1
            amount = row.years[index] if index < len(row.years) else 0
            return format_money_ui(amount, currency, with_currency=False) if amount else ""
        if key.startswith("funder:"):
            funder_id = int(key.partition(":")[2])
            for fid, amount, share, _ in row.funding_rows:
                if fid == funder_id:
                    if share is not None:
                        return format_decimal_ui(Decimal(share) / 100) + "\u202f%"
                    return format_money_ui(amount or 0, currency, with_currency=False)
            return ""
        return ""

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self.row(index)
        key = self.key(index.column())
        if row is None or self.editor is None or not self.editable(row, key):
            return False
        text = "" if value is None else str(value)
        if text == self.edit_text(row, key):
            return False  # nothing changed: no command in the history
        try:
            self.editor(row, key, text)
        except DomainError as error:
            self.edit_failed.emit(error)
            return False
        return True
