"""The budget builder: one budget version as an editable tree (typed in place), its totals and
co-funding, and the live checks both on the line at fault and in a checks panel.

Every edit runs an undoable command (desk.ui.budgets.commands) through the file's history; the
tree is reloaded from the services once the command is done.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desk.domain.enums import BudgetLineKind
from desk.domain.errors import DomainError
from desk.i18n.messages import describe_error
from desk.services.browse.budgets import BudgetLineRow, BudgetView, FunderRef, budget_view
from desk.services.budgets.builder import LineInput
from desk.store import AssoFile
from desk.ui.budgets import commands
from desk.ui.budgets.delegate import BudgetCellDelegate
from desk.ui.budgets.editing import command_for
from desk.ui.budgets.model import BudgetModel
from desk.ui.budgets.toolbar import BuilderToolbar
from desk.ui.pages.budget_tree import BudgetColumn
from desk.ui.undo import ServiceCommand, edits_for
from desk.ui.widgets import style
from desk.ui.widgets.error_label import ErrorLabel
from desk.ui.widgets.formatting import format_money_ui
from desk.ui.widgets.views import make_tree, refit_columns, section_title


class BudgetEditor(QWidget):
    """Shows `budget_id` (set_budget); `budget_changed` after any edit of this editor."""

    budget_changed = Signal()

    def __init__(
        self, asso: AssoFile, *, with_category: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.asso = asso
        self.budget: BudgetView | None = None
        self.extra_funders: tuple[FunderRef, ...] = ()
        self._with_category = with_category
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.toolbar = BuilderToolbar(self)
        layout.addWidget(self.toolbar)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(
            f"background: {style.WARNING_BG}; border: 1px solid {style.WARNING_BORDER};"
            "padding: 4px 8px; border-radius: 3px;"
        )
        self.notice.hide()
        layout.addWidget(self.notice)
        self.model = BudgetModel(self)
        self.model.editor = self._edit
        self.model.edit_failed.connect(self.show_error)
        self.view = make_tree(
            self.model,
            widths={
                BudgetColumn.CODE: 92,
                BudgetColumn.UNIT: 96,
                BudgetColumn.QUANTITY: 70,
                BudgetColumn.UNIT_COST: 112,
                BudgetColumn.DURATION: 66,
                BudgetColumn.TOTAL: 122,
            },
            stretch={BudgetColumn.LABEL: 3, BudgetColumn.CATEGORY: 2},
        )
        self.view.setItemDelegate(BudgetCellDelegate(26, self.view))
        self.view.setEditTriggers(
            self.view.EditTrigger.DoubleClicked
            | self.view.EditTrigger.EditKeyPressed
            | self.view.EditTrigger.AnyKeyPressed
        )
        self.view.setSelectionBehavior(self.view.SelectionBehavior.SelectItems)
        self.error = ErrorLabel()
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        checks_box = QWidget()
        checks_layout = QVBoxLayout(checks_box)
        checks_layout.setContentsMargins(6, 0, 0, 0)
        self.checks_title = section_title()
        self.checks_model = QStandardItemModel(self)
        self.checks = QListView()
        self.checks.setModel(self.checks_model)
        self.checks.setWordWrap(True)
        self.checks.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.checks.activated.connect(self.go_to_check)
        self.checks.clicked.connect(self.go_to_check)
        checks_layout.addWidget(self.checks_title)
        checks_layout.addWidget(self.checks, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.view)
        split.addWidget(checks_box)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setSizes([900, 260])
        layout.addWidget(split, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.totals)
        self._set_texts()

    def _set_texts(self) -> None:
        self.checks_title.setText(self.tr("Checks"))
        self.toolbar.set_texts()

    def retranslate(self) -> None:
        self._set_texts()
        self.show_budget(self.budget)

    # -- loading ---------------------------------------------------------------------------

    def set_budget(self, budget_id: int | None) -> None:
        self.extra_funders = ()
        self.show_budget(None if budget_id is None else budget_view(self.asso, budget_id))

    def reload(self) -> None:
        if self.budget is not None and not self.asso.closed:
            self.show_budget(budget_view(self.asso, self.budget.id))

    def show_budget(self, budget: BudgetView | None) -> None:
        if budget is not None and self.extra_funders:
            known = {f.id for f in budget.funders}
            extra = tuple(f for f in self.extra_funders if f.id not in known)
            budget = replace(budget, funders=budget.funders + extra)
        self.budget = budget
        self.model.show(budget)
        self.view.setColumnHidden(BudgetColumn.CATEGORY, not self._with_category)
        if budget is not None:
            # a duration is typed in project budgets ("3 people x 20 MAD x 5 days")
            self.view.setColumnHidden(BudgetColumn.DURATION, self._with_category)
            metrics = self.view.header().fontMetrics()
            extra = len(self.model.keys) - len(BudgetColumn)
            for offset in range(extra):
                header = str(
                    self.model.headerData(len(BudgetColumn) + offset, Qt.Orientation.Horizontal)
                )
                width = max(120, metrics.horizontalAdvance(header) + 24)
                self.view.setColumnWidth(len(BudgetColumn) + offset, min(width, 200))
        refit_columns(self.view)
        self.view.expandAll()
        self.toolbar.show_budget(budget)
        self._show_notice()
        self._show_totals()
        self._show_checks()

    def _show_notice(self) -> None:
        budget = self.budget
        frozen = budget is not None and not budget.editable
        self.notice.setVisible(frozen)
        if frozen:
            self.notice.setText(
                self.tr(
                    "This version is submitted or signed: it cannot be changed. "
                    "Make a new version (amendment) to change it."
                )
            )

    def _show_totals(self) -> None:
        budget = self.budget
        if budget is None:
            self.totals.clear()
            return
        parts = [
            self.tr("Total: %1").replace("%1", format_money_ui(budget.total_minor, budget.currency))
        ]
        for funder, amount in budget.funder_totals:
            share = f" ({amount * 100 // budget.total_minor}\u202f%)" if budget.total_minor else ""
            parts.append(
                self.tr("%1: %2")
                .replace("%1", funder.short)
                .replace("%2", format_money_ui(amount, budget.currency) + share)
            )
        self.totals.setText(" · ".join(parts))

    def check_texts(self) -> list[str]:
        """The sentences of the checks panel, in order."""
        model = self.checks_model
        return [str(model.index(r, 0).data()) for r in range(model.rowCount())]

    def _show_checks(self) -> None:
        self.checks_model.clear()
        budget = self.budget
        if budget is None:
            return
        style_ = self.style()
        for finding in budget.findings:
            icon = (
                QStyle.StandardPixmap.SP_MessageBoxWarning
                if finding.blocking
                else QStyle.StandardPixmap.SP_MessageBoxInformation
            )
            item = QStandardItem(style_.standardIcon(icon), describe_error(finding.error))
            item.setData(finding.line_id, Qt.ItemDataRole.UserRole)
            item.setToolTip(item.text())
            self.checks_model.appendRow(item)
        if not budget.findings:
            item = QStandardItem(
                style_.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
                self.tr("Every rule of the grant is respected."),
            )
            self.checks_model.appendRow(item)

    def go_to_check(self, check: QModelIndex) -> None:
        """Select the line at fault of a check of the panel."""
        line_id = check.data(Qt.ItemDataRole.UserRole)
        index = self.index_of(line_id) if line_id else QModelIndex()
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def index_of(self, line_id: int, column: int = 0) -> QModelIndex:
        def walk(parent: QModelIndex) -> QModelIndex:
            for row in range(self.model.rowCount(parent)):
                index = self.model.index(row, column, parent)
                found_row = self.model.row(index)
                if found_row is not None and found_row.id == line_id:
                    return index
                found = walk(self.model.index(row, 0, parent))
                if found.isValid():
                    return found
            return QModelIndex()

        return walk(QModelIndex())

    def selected_row(self) -> BudgetLineRow | None:
        return self.model.row(self.view.currentIndex())

    # -- editing ---------------------------------------------------------------------------

    def show_error(self, error: DomainError) -> None:
        self.error.show_error(error)

    def run(self, command: ServiceCommand, *, raising: bool = False) -> bool:
        """Run an undoable command; a refusal is shown under the tree (or raised, for the
        model, which shows it). True when done."""
        try:
            edits_for(self.asso).run(command)
        except DomainError as error:
            if raising:
                raise
            self.show_error(error)
            return False
        self.error.show_error(None)
        QTimer.singleShot(0, self._after_edit)
        return True

    def _after_edit(self) -> None:
        self.reload()
        self.budget_changed.emit()

    def _edit(self, row: BudgetLineRow, key: str, text: str) -> None:
        """What was typed in a cell, as an undoable command (a refusal is raised for the
        model, which shows it)."""
        assert self.budget is not None
        what = self.tr("Change line %1").replace("%1", row.code)
        command = command_for(self.asso, self.budget, row, key, text, what)
        if command is not None:
            self.run(command, raising=True)

    def add_line(self, *, child: bool = False) -> int | None:
        """A new priced line: under the selected heading (or as a sub-line of the selected
        line when `child`), else after the selected line."""
        if self.budget is None:
            return None
        row = self.selected_row()
        parent_id: int | None = None
        position: int | None = None
        if row is not None:
            if child or row.kind is BudgetLineKind.HEADING:
                parent_id = row.id
            else:
                parent_id = row.parent_id
                siblings = [r for r in self.budget.lines if r.parent_id == row.parent_id]
                position = siblings.index(row) + 1
        data = LineInput("", self.tr("New line"), quantity_milli=1000)
        command = commands.AddLine(
            self.asso, self.budget.id, data, parent_id, position, self.tr("Add a budget line")
        )
        if not self.run(command):
            return None
        return command.line_id

    def export_to(self, path: Path) -> Path | None:
        """The budget in the EU layout, XLSX or PDF by the extension of `path`."""
        from desk.reports.budget import export_budget

        if self.budget is None:
            return None
        try:
            return export_budget(self.asso, self.budget.id, path)
        except DomainError as error:
            self.show_error(error)
            return None
