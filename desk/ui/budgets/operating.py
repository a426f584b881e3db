"""The operating budget of a financial year against the actual of that year, by category."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desk.domain.enums import BudgetLineKind
from desk.services.budgets.operating import OperatingLine, operating_vs_actual
from desk.store import AssoFile
from desk.ui.widgets import style
from desk.ui.widgets.delegates import PercentBarDelegate
from desk.ui.widgets.formatting import format_money_ui, format_percent_ui
from desk.ui.widgets.table_model import Align, Column
from desk.ui.widgets.tree_model import RowTreeModel, build_tree
from desk.ui.widgets.views import make_tree, refit_columns

USED_COLUMN = 6


def operating_columns(currency: str) -> list[Column[OperatingLine]]:
    def money(value: int) -> str:
        return format_money_ui(value, currency)

    def bold(ln: OperatingLine) -> bool:
        return ln.line.kind is BudgetLineKind.HEADING

    return [
        Column(QT_TRANSLATE_NOOP("Pages", "Code"), lambda ln: ln.line.code, bold=bold),
        Column(QT_TRANSLATE_NOOP("Pages", "Label"), lambda ln: ln.line.label, bold=bold),
        Column(QT_TRANSLATE_NOOP("Pages", "Category"), lambda ln: ln.line.category),
        Column(
            QT_TRANSLATE_NOOP("Pages", "Budget"),
            lambda ln: ln.line.total_minor,
            lambda ln: money(ln.line.total_minor),
            Align.NUMBER,
            bold=bold,
        ),
        Column(
            QT_TRANSLATE_NOOP("Pages", "Actual"),
            lambda ln: ln.actual_minor,
            lambda ln: money(ln.actual_minor),
            Align.NUMBER,
            bold=bold,
        ),
        Column(
            QT_TRANSLATE_NOOP("Pages", "Variance"),
            lambda ln: ln.variance_minor,
            lambda ln: money(ln.variance_minor),
            Align.NUMBER,
        ),
        Column(
            QT_TRANSLATE_NOOP("Pages", "Used"),
            lambda ln: ln.used,
            lambda ln: format_percent_ui(ln.used) if ln.used is not None else "",
            Align.NUMBER,
            color=lambda ln: style.NEGATIVE if ln.used is not None and ln.used > 1 else None,
        ),
    ]


class OperatingActualView(QWidget):
    def __init__(self, asso: AssoFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.asso = asso
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.model = RowTreeModel(operating_columns("MAD"), self)
        self.tree = make_tree(
            self.model,
            widths={0: 60, 3: 130, 4: 130, 5: 130, USED_COLUMN: 100},
            stretch={1: 3, 2: 2},
        )
        self.tree.setItemDelegateForColumn(USED_COLUMN, PercentBarDelegate(self.tree))
        layout.addWidget(self.tree)

    def set_budget(self, budget_id: int | None) -> None:
        if budget_id is None:
            self.model.set_roots([])
            return
        result = operating_vs_actual(self.asso, budget_id)
        roots = build_tree(result.lines, lambda ln: ln.line.id, lambda ln: ln.line.parent_id)
        self.model.set_roots(roots, operating_columns(result.currency))
        self.tree.expandAll()
        refit_columns(self.tree)
