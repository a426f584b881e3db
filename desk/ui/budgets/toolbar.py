"""The builder's toolbar: version and status, line actions (add, sub-line, delete, move), the
EU layout, co-funding columns and in kind, new version and comparison, estimate from last
year (operating budgets), exports."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QMenu,
    QSpinBox,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk.domain.enums import BudgetStatus
from desk.services.browse.budgets import BudgetView, FunderRef
from desk.services.budgets.grants import funders
from desk.services.budgets.versions import versions
from desk.ui.budgets import commands
from desk.ui.widgets.formatting import format_money_ui
from desk.ui.widgets.labels import label

if TYPE_CHECKING:
    from desk.ui.budgets.builder import BudgetEditor


class BuilderToolbar(QWidget):
    """Two rows: the version (choice, status, new, compare, exports), then the lines."""

    def __init__(self, editor: BudgetEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.top, self.lines_bar = QToolBar(self), QToolBar(self)
        for bar in (self.top, self.lines_bar):
            bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            layout.addWidget(bar)
        self.version_label = QLabel()
        self.top.addWidget(self.version_label)
        self.versions = QComboBox()
        self.versions.setMinimumContentsLength(26)
        self.versions.activated.connect(self._version_chosen)
        self.top.addWidget(self.versions)
        self.status = QComboBox()
        for status in BudgetStatus:
            self.status.addItem("", status)
        self.status.activated.connect(self._status_chosen)
        self.top.addWidget(self.status)
        self.years_label = QLabel()
        self.top.addWidget(self.years_label)
        self.years = QSpinBox()
        self.years.setRange(1, 10)
        self.years.editingFinished.connect(self._years_chosen)
        self.top.addWidget(self.years)
        self.top.addSeparator()
        self.new_version = self._action(self.top, self._new_version)
        self.compare = self._action(self.top, self._compare)
        self.top.addSeparator()
        self.export_xlsx = self._action(self.top, lambda: self._export("xlsx"))
        self.export_pdf = self._action(self.top, lambda: self._export("pdf"))
        bar = self.lines_bar
        self.add = self._action(bar, lambda: editor.add_line())
        self.add_child = self._action(bar, lambda: editor.add_line(child=True))
        self.delete = self._action(bar, self._delete)
        self.up = self._action(bar, lambda: self._move(-1))
        self.down = self._action(bar, lambda: self._move(+1))
        bar.addSeparator()
        self.eu_layout = self._action(bar, self._eu_layout)
        self.estimate = self._action(bar, self._estimate)
        self.funder_menu = QMenu(self)
        self.funder_menu.aboutToShow.connect(self._fill_funders)
        self.add_funder = QToolButton(self)
        self.add_funder.setMenu(self.funder_menu)
        self.add_funder.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        bar.addWidget(self.add_funder)
        self.in_kind = self._action(bar, self._toggle_in_kind)

    def _action(self, bar: QToolBar, slot: object) -> QAction:
        action = QAction(self)
        action.triggered.connect(slot)
        bar.addAction(action)
        return action

    def set_texts(self) -> None:
        self.version_label.setText(self.tr("Version"))
        self.years_label.setText(" " + self.tr("Years"))
        for index in range(self.status.count()):
            self.status.setItemText(index, label(BudgetStatus(self.status.itemData(index))))
        self.add.setText(self.tr("Add line"))
        self.add_child.setText(self.tr("Add sub-line"))
        self.delete.setText(self.tr("Delete line"))
        self.up.setText(self.tr("Move up"))
        self.down.setText(self.tr("Move down"))
        self.eu_layout.setText(self.tr("EU layout (lines 1-13)"))
        self.estimate.setText(self.tr("Estimate from last year's actual"))
        self.add_funder.setText(self.tr("Co-funder column"))
        self.in_kind.setText(self.tr("In kind"))
        self.new_version.setText(self.tr("New version"))
        self.compare.setText(self.tr("Compare versions…"))
        self.export_xlsx.setText(self.tr("Export XLSX…"))
        self.export_pdf.setText(self.tr("Export PDF…"))

    def show_budget(self, budget: BudgetView | None) -> None:
        editable = budget is not None and budget.editable
        for action in (self.add, self.add_child, self.delete, self.up, self.down, self.in_kind):
            action.setEnabled(editable)
        self.add_funder.setEnabled(
            editable and budget is not None and budget.project_id is not None
        )
        project = budget is not None and budget.project_id is not None
        self.eu_layout.setVisible(project)
        self.eu_layout.setEnabled(editable)
        self.estimate.setVisible(budget is not None and budget.financial_year_id is not None)
        self.estimate.setEnabled(editable)
        self.compare.setVisible(project)
        self.new_version.setEnabled(budget is not None)
        self.export_xlsx.setEnabled(project)
        self.export_pdf.setEnabled(project)
        self.versions.clear()
        self.status.setEnabled(budget is not None)
        self.years.setEnabled(editable)
        if budget is None:
            return
        self.status.setCurrentIndex(self.status.findData(budget.status))
        self.years.blockSignals(True)
        self.years.setValue(budget.years)
        self.years.blockSignals(False)
        if budget.project_id is not None:
            for ref in versions(self.editor.asso, budget.project_id):
                text = f"v{ref.version} · {label(ref.status)} · " + format_money_ui(
                    ref.total_minor, budget.currency
                )
                self.versions.addItem(text, ref.id)
        else:
            self.versions.addItem(f"v{budget.version} · {label(budget.status)}", budget.id)
        self.versions.setCurrentIndex(max(self.versions.findData(budget.id), 0))

    # -- actions -----------------------------------------------------------------------------

    def _version_chosen(self, index: int) -> None:
        budget_id = self.versions.itemData(index)
        if budget_id is not None and (
            self.editor.budget is None or budget_id != self.editor.budget.id
        ):
            self.editor.set_budget(int(budget_id))

    def _status_chosen(self, index: int) -> None:
        budget = self.editor.budget
        status = BudgetStatus(self.status.itemData(index))
        if budget is None or status is budget.status:
            return
        self.editor.run(
            commands.SetStatus(self.editor.asso, budget.id, status, self.tr("Change status"))
        )

    def _years_chosen(self) -> None:
        budget = self.editor.budget
        if budget is None or self.years.value() == budget.years:
            return
        text = self.tr("Number of years")
        command = commands.SetBudgetYears(self.editor.asso, budget.id, self.years.value(), text)
        self.editor.run(command)

    def _delete(self) -> None:
        row = self.editor.selected_row()
        if row is not None:
            text = self.tr("Delete line %1").replace("%1", row.code)
            self.editor.run(commands.DeleteLine(self.editor.asso, row.id, text))

    def _move(self, step: int) -> None:
        row = self.editor.selected_row()
        budget = self.editor.budget
        if row is None or budget is None:
            return
        siblings = [r for r in budget.lines if r.parent_id == row.parent_id]
        position = siblings.index(row) + step
        if 0 <= position < len(siblings):
            text = self.tr("Move line %1").replace("%1", row.code)
            self.editor.run(
                commands.MoveLine(self.editor.asso, row.id, row.parent_id, position, text)
            )

    def _eu_layout(self) -> None:
        budget = self.editor.budget
        if budget is not None:
            self.editor.run(
                commands.CompleteTemplate(self.editor.asso, budget.id, self.tr("EU layout"))
            )

    def _estimate(self) -> None:
        budget = self.editor.budget
        if budget is not None:
            self.editor.run(
                commands.Estimate(self.editor.asso, budget.id, self.tr("Estimate from last year"))
            )

    def _fill_funders(self) -> None:
        self.funder_menu.clear()
        budget = self.editor.budget
        shown = {f.id for f in budget.funders} if budget else set()
        for funder_id, name, acronym in funders(self.editor.asso):
            if funder_id in shown:
                continue
            action = self.funder_menu.addAction(name)
            ref = FunderRef(funder_id, name, acronym)
            action.triggered.connect(lambda _=False, r=ref: self.editor_add_funder(r))

    def editor_add_funder(self, funder: FunderRef) -> None:
        self.editor.extra_funders = (*self.editor.extra_funders, funder)
        self.editor.reload()

    def _toggle_in_kind(self) -> None:
        """Mark (or unmark) the selected co-funding cell as paid in kind."""
        from desk.services.budgets.funding import FundingState

        editor = self.editor
        index = editor.view.currentIndex()
        row = editor.model.row(index)
        key = editor.model.key(index.column())
        if row is None or not key.startswith("funder:"):
            return  # only a co-funding cell can be in kind
        funder_id = int(key.partition(":")[2])
        current = next((f for f in row.funding_rows if f[0] == funder_id), None)
        if current is None:
            return
        state = FundingState(current[1], current[2], not current[3])
        editor.run(commands.SetFunding(editor.asso, row.id, funder_id, state, self.tr("In kind")))

    def _new_version(self) -> None:
        budget = self.editor.budget
        if budget is None:
            return
        status = BudgetStatus.DRAFT if budget.editable else BudgetStatus.AMENDMENT
        command = commands.NewVersion(self.editor.asso, budget.id, status, self.tr("New version"))
        if self.editor.run(command) and command.budget_id is not None:
            self.editor.set_budget(command.budget_id)

    def _compare(self) -> None:
        from desk.ui.budgets.compare import CompareDialog

        budget = self.editor.budget
        if budget is not None and budget.project_id is not None:
            CompareDialog(self.editor.asso, budget.project_id, budget.id, self.editor).exec()

    def _export(self, kind: str) -> None:
        budget = self.editor.budget
        if budget is None:
            return
        name = f"{budget.name}.{kind}".replace("/", "-")
        path, _ = QFileDialog.getSaveFileName(self.editor, self.tr("Export the budget"), name)
        if path:
            self.editor.export_to(Path(path))
