"""Budgets: the projects (grants) with, for the selected one, its budget builder (latest
version, editable in place, live checks) and its budget vs actual; and the association's
operating budgets per year with their actual."""

from __future__ import annotations

from datetime import date
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelection, Qt, QTimer
from PySide6.QtWidgets import (
    QMenu,
    QPushButton,
    QSplitter,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk.domain.enums import BudgetTemplate
from desk.domain.errors import DomainError
from desk.i18n.messages import describe_error
from desk.services.browse.budgets import (
    BudgetView,
    OperatingBudgetSummary,
    operating_budgets,
    project_budget,
)
from desk.services.browse.projects import ProjectSummary, list_projects
from desk.services.budgets.templates import create_budget
from desk.store import AssoFile
from desk.ui.budgets.actual import ActualView
from desk.ui.budgets.builder import BudgetEditor
from desk.ui.budgets.grant_dialog import GrantDialog
from desk.ui.budgets.operating import OperatingActualView
from desk.ui.pages.base import BasePage
from desk.ui.undo import edits_for
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


def _list_over(top: QWidget, bottom: QWidget) -> QSplitter:
    """A short list above, the selected budget below."""
    splitter = QSplitter(Qt.Orientation.Vertical)
    splitter.addWidget(top)
    splitter.addWidget(bottom)
    splitter.setStretchFactor(0, 1)
    splitter.setStretchFactor(1, 4)
    splitter.setSizes([150, 560])
    return splitter


class BudgetsPage(BasePage):
    key = "budgets"

    def __init__(self, asso: AssoFile, parent: QWidget | None = None) -> None:
        super().__init__(asso, parent)
        self.today: date | None = None  # None: the real today (tests and screenshots fix it)
        self.tabs = QTabWidget()
        self.body.addWidget(self.tabs, 1)
        self.new_grant = QPushButton()
        self.edit_grant = QPushButton()
        self.new_budget = QPushButton()
        for button in (self.new_grant, self.edit_grant, self.new_budget):
            self.header_tools.addWidget(button)
        self.new_grant.clicked.connect(lambda: self.open_grant(None))
        self.edit_grant.clicked.connect(lambda: self.open_grant(self.selected_project_id()))
        self.budget_menu = QMenu(self)
        self.new_eu = self.budget_menu.addAction("")
        self.new_free = self.budget_menu.addAction("")
        self.new_eu.triggered.connect(lambda: self.create_budget(BudgetTemplate.EU))
        self.new_free.triggered.connect(lambda: self.create_budget(BudgetTemplate.FREE))
        self.new_budget.setMenu(self.budget_menu)
        # Projects tab: the grants, then the selected one's budget and budget vs actual
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
        self.projects_table.doubleClicked.connect(
            lambda _index: self.open_grant(self.selected_project_id())
        )
        self.projects_empty = EmptyState(icon=QStyle.StandardPixmap.SP_FileDialogNewFolder)
        self.projects_stack = ListStack(self.projects_table, self.projects_empty)
        self.budget_caption = section_title()
        self.editor = BudgetEditor(asso, parent=self)
        self.actual = ActualView(asso, self)
        self.project_tabs = QTabWidget()
        self.project_tabs.addTab(self.editor, "")
        self.project_tabs.addTab(self.actual, "")
        self.project_tabs.currentChanged.connect(lambda _i: self._show_actual())
        self.tree_empty = EmptyState()
        self.tree_stack = ListStack(self.project_tabs, self.tree_empty)
        lower = QWidget()
        box = QVBoxLayout(lower)
        box.setContentsMargins(0, 4, 0, 0)
        box.addWidget(self.budget_caption)
        box.addWidget(self.tree_stack, 1)
        self.tabs.addTab(_list_over(self.projects_stack, lower), "")
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
        self.operating_stack = ListStack(self.operating_table, self.operating_empty)
        self.operating_editor = BudgetEditor(asso, with_category=True, parent=self)
        self.operating_actual = OperatingActualView(asso, self)
        self.operating_tabs = QTabWidget()
        self.operating_tabs.addTab(self.operating_editor, "")
        self.operating_tabs.addTab(self.operating_actual, "")
        self.tabs.addTab(_list_over(self.operating_stack, self.operating_tabs), "")
        self.projects_table.selectionModel().selectionChanged.connect(self._project_selected)
        self.operating_table.selectionModel().selectionChanged.connect(self._operating_selected)
        self.editor.budget_changed.connect(self._budget_edited)
        self.operating_editor.budget_changed.connect(self._operating_edited)
        self._project_id: int | None = None
        self._actual_stale = True
        self._set_texts()

    def _set_texts(self) -> None:
        self.tabs.setTabText(0, self.tr("Projects"))
        self.tabs.setTabText(1, self.tr("Operating budgets"))
        self.project_tabs.setTabText(0, self.tr("Budget"))
        self.project_tabs.setTabText(1, self.tr("Budget vs actual"))
        self.operating_tabs.setTabText(0, self.tr("Budget"))
        self.operating_tabs.setTabText(1, self.tr("Budget vs actual"))
        self.new_grant.setText(self.tr("New grant…"))
        self.edit_grant.setText(self.tr("Grant details…"))
        self.new_budget.setText(self.tr("New budget"))
        self.new_eu.setText(self.tr("EU layout (Budget de l'action)"))
        self.new_free.setText(self.tr("Free layout"))
        self.projects_empty.set_text(
            self.tr("No project yet"), self.tr("Projects and their budgets will be listed here.")
        )
        self.tree_empty.set_text(
            self.tr("No budget for this project"),
            self.tr("Select a project above, or make its budget with “New budget”."),
        )
        self.operating_empty.set_text(
            self.tr("No operating budget yet"),
            self.tr("The association's yearly budgets, by category, will be listed here."),
        )

    def retranslate(self) -> None:
        self._set_texts()
        if self.asso.closed:  # the window is closing the file
            return
        self.editor.retranslate()
        self.operating_editor.retranslate()
        self.actual.retranslate()
        super().retranslate()

    def invalidate(self) -> None:
        # Edits arrive while a cell editor commits: reload once the event is over.
        QTimer.singleShot(0, self._invalidate_now)

    def _invalidate_now(self) -> None:
        if not self.asso.closed:
            super().invalidate()

    def load(self) -> None:
        keep = self._project_id
        projects = list_projects(self.asso)
        self.projects.set_rows(projects)
        self.projects_stack.show_empty(not projects)
        self.edit_grant.setEnabled(bool(projects))
        if projects:
            ids = [p.id for p in projects]
            with_budget = [i for i, p in enumerate(projects) if p.has_budget]
            row = ids.index(keep) if keep in ids else (with_budget[0] if with_budget else 0)
            self.projects_table.selectRow(row)
            self._show_project(projects[row].id)
        else:
            self._show_project(None)
        keep_year = self._selected_operating_id()
        budgets = operating_budgets(self.asso)
        self.operating.set_rows(budgets)
        self.operating_stack.show_empty(not budgets)
        if budgets:
            ids = [b.id for b in budgets]
            self.operating_table.selectRow(ids.index(keep_year) if keep_year in ids else 0)
        self._show_operating()

    def selected_project_id(self) -> int | None:
        rows = self.projects_table.selectionModel().selectedRows()
        return self.projects.row_at(rows[0].row()).id if rows else None

    def _selected_operating_id(self) -> int | None:
        rows = self.operating_table.selectionModel().selectedRows()
        return self.operating.row_at(rows[0].row()).id if rows else None

    def _project_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        project_id = self.selected_project_id()
        if project_id != self._project_id:
            self._show_project(project_id)

    def _show_project(self, project_id: int | None) -> None:
        self._project_id = project_id
        budget = project_budget(self.asso, project_id) if project_id else None
        self.new_budget.setEnabled(project_id is not None and budget is None)
        self.tree_stack.show_empty(budget is None)
        self.editor.set_budget(budget.id if budget else None)
        self.budget_caption.setText(self._caption(budget) if budget else "")
        self._actual_stale = True
        self._show_actual()

    def _show_actual(self) -> None:
        if self.project_tabs.currentWidget() is not self.actual or not self._actual_stale:
            return
        self._actual_stale = False
        budget = self.editor.budget
        self.actual.set_budget(budget.id if budget else None, self.today)

    def _budget_edited(self) -> None:
        budget = self.editor.budget
        self.budget_caption.setText(self._caption(budget) if budget else "")
        self._actual_stale = True
        self._show_actual()

    def _operating_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_operating()

    def _show_operating(self) -> None:
        budget_id = self._selected_operating_id()
        self.operating_editor.set_budget(budget_id)
        self.operating_actual.set_budget(budget_id)

    def _operating_edited(self) -> None:
        budget = self.operating_editor.budget
        self.operating_actual.set_budget(budget.id if budget else None)

    def open_grant(self, project_id: int | None) -> GrantDialog:
        dialog = GrantDialog(self.asso, project_id, self)
        if dialog.exec() and dialog.saved_id is not None:
            self._project_id = dialog.saved_id
            self.refresh()
        return dialog

    def create_budget(self, template: BudgetTemplate = BudgetTemplate.EU) -> None:
        project_id = self.selected_project_id()
        if project_id is None:
            return
        try:
            create_budget(self.asso, template=template, project_id=project_id)
        except DomainError as error:
            self.status_message.emit(describe_error(error))
            return
        edits_for(self.asso).notify("budget")
        self.refresh()

    def _caption(self, budget: BudgetView) -> str:
        return (
            self.tr("%1 — version %2 · %3 · total %4")
            .replace("%1", budget.name)
            .replace("%2", str(budget.version))
            .replace("%3", label(budget.status))
            .replace("%4", format_money_ui(budget.total_minor, budget.currency))
        )
