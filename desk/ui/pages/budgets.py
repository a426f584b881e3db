"""Budgets: the projects with, for the selected one, its latest budget as a tree (lines,
totals, co-funding per funder); and the association's operating budgets per year."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelection, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QStyle, QTabWidget, QVBoxLayout, QWidget

from desk.services.browse.budgets import (
    BudgetView,
    OperatingBudgetSummary,
    budget_view,
    operating_budgets,
    project_budget,
)
from desk.services.browse.projects import ProjectSummary, list_projects
from desk.store import AssoFile
from desk.ui.pages.base import BasePage
from desk.ui.pages.budget_tree import BudgetTree
from desk.ui.widgets.empty_state import EmptyState, ListStack
from desk.ui.widgets.formatting import format_money_ui, format_period_ui
from desk.ui.widgets.labels import label
from desk.ui.widgets.table_model import Align, Column, RowTableModel
from desk.ui.widgets.views import make_table, section_title


class ProjectColumn(IntEnum):
    CODE = 0
    TITLE = 1
    FUNDER = 2
    CURRENCY = 3
    PERIOD = 4
    STATUS = 5


class OperatingColumn(IntEnum):
    YEAR = 0
    NAME = 1
    STATUS = 2
    INCOME = 3
    EXPENSE = 4
    BALANCE = 5


PROJECT_COLUMNS: list[Column[ProjectSummary]] = [
    Column(QT_TRANSLATE_NOOP("Pages", "Code"), lambda p: p.code),
    Column(QT_TRANSLATE_NOOP("Pages", "Project"), lambda p: p.title),
    Column(QT_TRANSLATE_NOOP("Pages", "Donor"), lambda p: p.funder),
    Column(QT_TRANSLATE_NOOP("Pages", "Currency"), lambda p: p.currency, align=Align.CENTER),
    Column(
        QT_TRANSLATE_NOOP("Pages", "Period"),
        lambda p: p.start,
        lambda p: format_period_ui(p.start, p.end),
    ),
    Column(
        QT_TRANSLATE_NOOP("Pages", "Status"), lambda p: p.status.value, lambda p: label(p.status)
    ),
]


OPERATING_COLUMNS: list[Column[OperatingBudgetSummary]] = [
    Column(QT_TRANSLATE_NOOP("Pages", "Year"), lambda b: b.year_start, lambda b: b.year_label),
    Column(QT_TRANSLATE_NOOP("Pages", "Budget"), lambda b: b.name),
    Column(
        QT_TRANSLATE_NOOP("Pages", "Status"), lambda b: b.status.value, lambda b: label(b.status)
    ),
    Column(
        QT_TRANSLATE_NOOP("Pages", "Planned income"),
        lambda b: b.income_minor,
        lambda b: format_money_ui(b.income_minor, b.currency),
        Align.NUMBER,
    ),
    Column(
        QT_TRANSLATE_NOOP("Pages", "Planned expenses"),
        lambda b: b.expense_minor,
        lambda b: format_money_ui(b.expense_minor, b.currency),
        Align.NUMBER,
    ),
    Column(
        QT_TRANSLATE_NOOP("Pages", "Balance"),
        lambda b: b.income_minor - b.expense_minor,
        lambda b: format_money_ui(b.income_minor - b.expense_minor, b.currency),
        Align.NUMBER,
    ),
]


def _list_with_tree(
    table: QWidget,
    table_empty: EmptyState,
    caption: QLabel,
    tree: BudgetTree,
    tree_empty: EmptyState,
) -> tuple[QSplitter, ListStack, ListStack]:
    """A short list above, the selected budget's tree below."""
    splitter = QSplitter(Qt.Orientation.Vertical)
    top = ListStack(table, table_empty)
    bottom_box = QWidget()
    box = QVBoxLayout(bottom_box)
    box.setContentsMargins(0, 4, 0, 0)
    box.addWidget(caption)
    bottom = ListStack(tree.view, tree_empty)
    box.addWidget(bottom, 1)
    splitter.addWidget(top)
    splitter.addWidget(bottom_box)
    splitter.setStretchFactor(0, 1)
    splitter.setStretchFactor(1, 3)
    splitter.setSizes([170, 500])
    return splitter, top, bottom


class BudgetsPage(BasePage):
    key = "budgets"

    def __init__(self, asso: AssoFile, parent: QWidget | None = None) -> None:
        super().__init__(asso, parent)
        self.tabs = QTabWidget()
        self.body.addWidget(self.tabs, 1)
        # Projects tab
        self.projects: RowTableModel[ProjectSummary] = RowTableModel(PROJECT_COLUMNS, self)
        self.projects_table = make_table(
            self.projects,
            widths={
                ProjectColumn.CODE: 120,
                ProjectColumn.CURRENCY: 64,
                ProjectColumn.PERIOD: 180,
                ProjectColumn.STATUS: 100,
            },
            stretch={ProjectColumn.TITLE: 3, ProjectColumn.FUNDER: 2},
        )
        self.projects_empty = EmptyState(icon=QStyle.StandardPixmap.SP_FileDialogNewFolder)
        self.budget_caption = section_title()
        self.tree = BudgetTree(with_category=False, parent=self)
        self.tree_empty = EmptyState()
        split, self.projects_stack, self.tree_stack = _list_with_tree(
            self.projects_table,
            self.projects_empty,
            self.budget_caption,
            self.tree,
            self.tree_empty,
        )
        self.tabs.addTab(split, "")
        # Operating budgets tab
        self.operating: RowTableModel[OperatingBudgetSummary] = RowTableModel(
            OPERATING_COLUMNS, self
        )
        self.operating_table = make_table(
            self.operating,
            widths={
                OperatingColumn.YEAR: 80,
                OperatingColumn.STATUS: 110,
                OperatingColumn.INCOME: 150,
                OperatingColumn.EXPENSE: 150,
                OperatingColumn.BALANCE: 150,
            },
            stretch=OperatingColumn.NAME,
        )
        self.operating_empty = EmptyState()
        self.operating_caption = section_title()
        self.operating_tree = BudgetTree(with_category=True, parent=self)
        self.operating_tree_empty = EmptyState()
        split2, self.operating_stack, self.operating_tree_stack = _list_with_tree(
            self.operating_table,
            self.operating_empty,
            self.operating_caption,
            self.operating_tree,
            self.operating_tree_empty,
        )
        self.tabs.addTab(split2, "")
        self.projects_table.selectionModel().selectionChanged.connect(self._project_selected)
        self.operating_table.selectionModel().selectionChanged.connect(self._operating_selected)
        self._set_texts()

    def _set_texts(self) -> None:
        self.tabs.setTabText(0, self.tr("Projects"))
        self.tabs.setTabText(1, self.tr("Operating budgets"))
        self.projects_empty.set_text(
            self.tr("No project yet"), self.tr("Projects and their budgets will be listed here.")
        )
        self.tree_empty.set_text(
            self.tr("No budget for this project"),
            self.tr("Select a project above; its latest budget is shown here."),
        )
        self.operating_empty.set_text(
            self.tr("No operating budget yet"),
            self.tr("The association's yearly budgets, by category, will be listed here."),
        )
        self.operating_tree_empty.set_text(
            self.tr("Select a year"), self.tr("Its budget lines are shown here.")
        )

    def retranslate(self) -> None:
        self._set_texts()
        super().retranslate()

    def load(self) -> None:
        projects = list_projects(self.asso)
        self.projects.set_rows(projects)
        self.projects_stack.show_empty(not projects)
        if projects:
            with_budget = [i for i, p in enumerate(projects) if p.has_budget]
            self.projects_table.selectRow(with_budget[0] if with_budget else 0)
        else:
            self._show_project_budget(None)
        budgets = operating_budgets(self.asso)
        self.operating.set_rows(budgets)
        self.operating_stack.show_empty(not budgets)
        if budgets:
            self.operating_table.selectRow(0)
        else:
            self._show_operating(None)

    def _project_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.projects_table.selectionModel().selectedRows()
        project = self.projects.row_at(rows[0].row()) if rows else None
        self._show_project_budget(project_budget(self.asso, project.id) if project else None)

    def _show_project_budget(self, budget: BudgetView | None) -> None:
        self.tree.show(budget)
        self.tree_stack.show_empty(budget is None or not budget.lines)
        self.budget_caption.setText(self._caption(budget) if budget else "")

    def _operating_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.operating_table.selectionModel().selectedRows()
        summary = self.operating.row_at(rows[0].row()) if rows else None
        self._show_operating(budget_view(self.asso, summary.id) if summary else None)

    def _show_operating(self, budget: BudgetView | None) -> None:
        self.operating_tree.show(budget)
        self.operating_tree_stack.show_empty(budget is None or not budget.lines)
        self.operating_caption.setText(budget.name if budget else "")

    def _caption(self, budget: BudgetView) -> str:
        return (
            self.tr("%1 — version %2 · %3 · total %4")
            .replace("%1", budget.name)
            .replace("%2", str(budget.version))
            .replace("%3", label(budget.status))
            .replace("%4", format_money_ui(budget.total_minor, budget.currency))
        )
