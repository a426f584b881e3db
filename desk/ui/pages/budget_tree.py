"""A budget as a tree: headings with their lines, quantities, unit costs, totals and what each
funder pays. Used for project budgets and operating budgets alike."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QTreeView, QWidget

from desk.domain.enums import BudgetLineKind
from desk.services.browse.budgets import BudgetLineRow, BudgetView, FunderRef
from desk.ui.widgets.formatting import format_milli_ui, format_money_ui, format_percent_ui
from desk.ui.widgets.table_model import Align, Column
from desk.ui.widgets.tree_model import RowTreeModel, build_tree
from desk.ui.widgets.views import make_tree, refit_columns


class BudgetColumn(IntEnum):
    """Fixed columns; one column per funder follows TOTAL."""

    CODE = 0
    LABEL = 1
    CATEGORY = 2
    UNIT = 3
    QUANTITY = 4
    UNIT_COST = 5
    DURATION = 6
    TOTAL = 7


_GROUPING = (BudgetLineKind.HEADING, BudgetLineKind.COMPUTED)


def _quantity(row: BudgetLineRow) -> str:
    if row.kind is BudgetLineKind.PERCENTAGE:
        return format_percent_ui(Decimal(row.percent_bp or 0) / 10_000, places=None)
    if row.kind in _GROUPING:
        return ""
    return format_milli_ui(row.quantity_milli)


def budget_columns(
    currency: str, funders: tuple[FunderRef, ...], years: int = 1
) -> list[Column[BudgetLineRow]]:
    """Fixed columns, then one per year of a multi-year budget, then one per funder."""

    def money(value: int) -> str:
        return format_money_ui(value, currency)

    def bold(row: BudgetLineRow) -> bool:
        return row.kind in _GROUPING

    def is_amount(row: BudgetLineRow) -> bool:
        return row.kind is BudgetLineKind.AMOUNT

    columns: list[Column[BudgetLineRow]] = [
        Column(QT_TRANSLATE_NOOP("Pages", "Code"), lambda r: r.code, bold=bold),
        Column(QT_TRANSLATE_NOOP("Pages", "Label"), lambda r: r.label, bold=bold),
        Column(QT_TRANSLATE_NOOP("Pages", "Category"), lambda r: r.category),
        Column(QT_TRANSLATE_NOOP("Pages", "Unit"), lambda r: r.unit),
        Column(
            QT_TRANSLATE_NOOP("Pages", "Quantity"),
            lambda r: r.quantity_milli,
            _quantity,
            Align.NUMBER,
        ),
        Column(
            QT_TRANSLATE_NOOP("Pages", "Unit cost"),
            lambda r: r.unit_cost_minor,
            lambda r: money(r.unit_cost_minor) if is_amount(r) else "",
            Align.NUMBER,
        ),
        Column(
            QT_TRANSLATE_NOOP("Pages", "Duration"),
            lambda r: r.duration_milli,
            lambda r: format_milli_ui(r.duration_milli) if is_amount(r) else "",
            Align.NUMBER,
        ),
        Column(
            QT_TRANSLATE_NOOP("Pages", "Total"),
            lambda r: r.total_minor,
            lambda r: money(r.total_minor),
            Align.NUMBER,
            bold=bold,
        ),
    ]
    if years > 1:
        columns.extend(_year_column(index, money, bold) for index in range(1, years + 1))
    columns.extend(_funder_column(funder, money, bold) for funder in funders)
    return columns


def _year_column(
    index: int, money: Callable[[int], str], bold: Callable[[BudgetLineRow], bool]
) -> Column[BudgetLineRow]:
    def amount(row: BudgetLineRow) -> int:
        return row.years[index - 1] if index <= len(row.years) else 0

    return Column(
        QCoreApplication.translate("Pages", "Year %1").replace("%1", str(index)),
        amount,
        lambda r: money(amount(r)) if amount(r) else "",
        Align.NUMBER,
        bold=bold,
    )


def _funder_column(
    funder: FunderRef, money: Callable[[int], str], bold: Callable[[BudgetLineRow], bool]
) -> Column[BudgetLineRow]:
    """What `funder` pays of each line (co-funding), headed by its acronym."""
    return Column(
        funder.short,  # a name from the file: translate() returns it unchanged
        lambda r: r.funding(funder.id),
        lambda r: money(r.funding(funder.id)) if r.funding(funder.id) else "",
        Align.NUMBER,
        bold=bold,
        header_tooltip=funder.name,
    )


class BudgetTree:
    """The model and view of one budget; `show(view)` fills them, `show(None)` empties."""

    def __init__(self, with_category: bool, parent: QWidget | None = None) -> None:
        self.model = RowTreeModel(budget_columns("MAD", ()), parent)
        self.view: QTreeView = make_tree(
            self.model,
            widths={
                BudgetColumn.CODE: 105,
                BudgetColumn.UNIT: 100,
                BudgetColumn.QUANTITY: 70,
                BudgetColumn.UNIT_COST: 115,
                BudgetColumn.DURATION: 66,
                BudgetColumn.TOTAL: 125,
            },
            stretch={BudgetColumn.LABEL: 3, BudgetColumn.CATEGORY: 2},
            parent=parent,
        )
        self._with_category = with_category
        self.budget: BudgetView | None = None

    def show(self, budget: BudgetView | None) -> None:
        self.budget = budget
        if budget is None:
            self.model.set_roots([], budget_columns("MAD", ()))
            return
        roots = build_tree(budget.lines, lambda r: r.id, lambda r: r.parent_id)
        self.model.set_roots(roots, budget_columns(budget.currency, budget.funders, budget.years))
        self.view.setColumnHidden(BudgetColumn.CATEGORY, not self._with_category)
        has_duration = any(r.duration_milli for r in budget.lines)
        self.view.setColumnHidden(BudgetColumn.DURATION, not has_duration)
        metrics = self.view.header().fontMetrics()
        for offset, funder in enumerate(budget.funders):
            width = max(130, metrics.horizontalAdvance(funder.short) + 24)
            self.view.setColumnWidth(len(BudgetColumn) + offset, min(width, 220))
        refit_columns(self.view)
        self.view.expandAll()
