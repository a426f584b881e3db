"""Cadre logique: the selected project's logframe, edited as a tree (drag-and-drop, codes
renumbered on every move), as a matrix in the EU 2004 or EU 2016 layout, with the indicator
tracking table and the quality checks. Level names come from the file's donor template.

Every edit is an undoable command (desk.ui.logframe.commands); a read-only file shows
everything and edits nothing. Exports and the import wizard belong to the logframe reports
work and are loaded only when asked for.
"""

from __future__ import annotations

import importlib
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyle,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk.domain.errors import DomainError
from desk.i18n.messages import describe_error
from desk.services.browse.logframe import LogframeView, logframe_templates, project_logframe
from desk.services.browse.projects import list_projects
from desk.services.logframe import edit
from desk.services.logframe.links import LogframeCosts, project_costs
from desk.services.logframe.quality import project_issues
from desk.services.logframe.read import indicator_detail, tracking_table
from desk.store import AssoFile
from desk.ui.logframe import actions
from desk.ui.logframe.details import NodeDetails
from desk.ui.logframe.indicator_editor import IndicatorEditor
from desk.ui.logframe.matrix import MatrixPanel
from desk.ui.logframe.quality import QualityPanel
from desk.ui.logframe.tracking import TrackingPanel
from desk.ui.logframe.tree_model import TreeColumn, build_items
from desk.ui.logframe.tree_panel import LogframeTreePanel
from desk.ui.pages.base import BasePage
from desk.ui.undo import edits_for
from desk.ui.widgets.empty_state import EmptyState, ListStack
from desk.ui.widgets.views import section_title

LogframeColumn = TreeColumn  # the tree's columns, for tests and other pages


class LogframePage(BasePage):
    key = "logframe"

    def __init__(
        self, asso: AssoFile, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(asso, parent)
        self.today = today
        self.project_id = 0
        self.view_data: LogframeView | None = None
        self.costs: LogframeCosts | None = None
        self.editable = not asso.read_only
        self._build_header()
        self.caption = section_title()
        self.template_choice = QComboBox()
        top = QHBoxLayout()
        top.addWidget(self.caption, 1)
        top.addWidget(self.template_choice)
        self.body.addLayout(top)

        self.tree = LogframeTreePanel()
        self.model = self.tree.model
        self.details = NodeDetails()
        tree_tab = QSplitter(Qt.Orientation.Horizontal)
        tree_tab.addWidget(self.tree)
        tree_tab.addWidget(self.details)
        tree_tab.setSizes([800, 330])
        self.matrix = MatrixPanel()
        self.tracking = TrackingPanel()
        self.tabs = QTabWidget()
        self.tabs.addTab(tree_tab, "")
        self.tabs.addTab(self.matrix, "")
        self.tabs.addTab(self.tracking, "")
        self.quality = QualityPanel()
        content = QSplitter(Qt.Orientation.Horizontal)
        content.addWidget(self.tabs)
        content.addWidget(self.quality)
        content.setSizes([1240, 230])
        self.content = content

        self.empty = EmptyState(icon=QStyle.StandardPixmap.SP_FileDialogListView)
        self.new_template = QComboBox()
        self.create_button = QPushButton()
        self.create_button.clicked.connect(self._create)
        create_row = QHBoxLayout()
        create_row.addStretch(1)
        create_row.addWidget(self.new_template)
        create_row.addWidget(self.create_button)
        create_row.addStretch(1)
        empty_layout = self.empty.layout()
        assert isinstance(empty_layout, QVBoxLayout)
        empty_layout.insertLayout(empty_layout.count() - 1, create_row)  # above the last stretch
        self.stack = ListStack(content, self.empty)
        self.body.addWidget(self.stack, 1)

        self.ops = actions.LogframeActions(self)
        self.selector.project_changed.connect(self._show_project)
        self.tree.current_changed.connect(self._show_details)
        self.template_choice.activated.connect(self._template_chosen)
        self.quality.go_to.connect(self.go_to)
        edits_for(asso).changed.connect(self._file_changed)
        self.retranslate()

    def _build_header(self) -> None:
        from desk.ui.widgets.project_selector import ProjectSelector

        self.selector = ProjectSelector()
        self.export_button = QToolButton()
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_menu = QMenu(self.export_button)
        self.export_button.setMenu(self.export_menu)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self._import)
        self.header_tools.addWidget(self.selector)
        self.header_tools.addWidget(self.export_button)
        self.header_tools.addWidget(self.import_button)

    def retranslate(self) -> None:
        super().retranslate()
        self.tabs.setTabText(0, self.tr("Tree"))
        self.tabs.setTabText(1, self.tr("Matrix"))
        self.tabs.setTabText(2, self.tr("Indicator tracking"))
        self.export_button.setText(self.tr("Export…"))
        self.import_button.setText(self.tr("Import a logframe…"))
        self.create_button.setText(self.tr("Create the logframe"))
        self.template_choice.setToolTip(self.tr("Donor template (names of the levels)"))
        self.export_menu.clear()
        for text, what, layout in (
            (self.tr("Logframe, EU 2004 layout (Excel)…"), "xlsx", "2004"),
            (self.tr("Logframe, EU 2016 layout (Excel)…"), "xlsx", "2016"),
            (self.tr("Logframe, EU 2004 layout (PDF)…"), "pdf", "2004"),
            (self.tr("Logframe, EU 2016 layout (PDF)…"), "pdf", "2016"),
            (self.tr("Indicator tracking (Excel)…"), "indicators", ""),
        ):
            action = QAction(text, self.export_menu)
            action.triggered.connect(lambda _c=False, w=what, lay=layout: self._export(w, lay))
            self.export_menu.addAction(action)
        for panel in (self.tree, self.details, self.matrix):
            panel.retranslate()

    # -- loading --------------------------------------------------------------------------

    def load(self) -> None:
        templates = logframe_templates(self.asso)
        for combo in (self.template_choice, self.new_template):
            keep = combo.currentData()
            combo.clear()
            for name, _layout in templates:
                combo.addItem(name, name)
            if keep is not None:
                combo.setCurrentIndex(max(0, combo.findData(keep)))
        self.selector.set_projects(list_projects(self.asso), lambda p: p.has_logframe)

    def _show_project(self, project_id: int) -> None:
        self.project_id = project_id
        self.reload()

    def reload(self) -> None:
        """Read the logframe of the current project again, keeping the selected item."""
        current = self.tree.current()
        keep = (
            "indicator" if current is not None and not hasattr(current, "depth") else "node",
            current.id if current is not None else 0,
        )
        view = project_logframe(self.asso, self.project_id, self.today) if self.project_id else None
        self.view_data = view
        buttons_on = view is not None
        self.export_button.setEnabled(buttons_on)
        self.import_button.setEnabled(self.editable and bool(self.project_id))
        self.template_choice.setVisible(view is not None)
        if view is None:
            self._show_empty()
            return
        self.costs = project_costs(self.asso, view.id)
        self.caption.setText(
            self.tr("Template %1: %2")
            .replace("%1", view.template)
            .replace("%2", " › ".join(view.levels))
        )
        self.template_choice.setCurrentIndex(self.template_choice.findData(view.template))
        self.template_choice.setEnabled(self.editable)
        self.tree.set_editable(self.editable, len(view.levels) - 1)
        self.model.set_roots(build_items(view.nodes, self.costs))
        self.tree.view.expandAll()
        if not (keep[1] and self.tree.select(*keep)) and view.nodes:
            self.tree.select("node", view.nodes[0].id)
        self._show_details(self.tree.current())
        self.matrix.show_view(view, editable=self.editable, costs=self.costs)
        self.tracking.show_table(tracking_table(self.asso, self.project_id, self.today))
        self.quality.show_issues(project_issues(self.asso, self.project_id))
        self.stack.show_empty(False)

    def _show_empty(self) -> None:
        self.model.set_roots([])
        self.caption.setText("")
        self.matrix.show_view(None, editable=False)
        self.tracking.show_table(None)
        self.quality.show_issues([])
        if self.project_id:
            self.empty.set_text(
                self.tr("This project has no logframe yet"),
                self.tr(
                    "Choose the donor's template and create it: objectives, results, "
                    "activities and indicators are then written here."
                ),
            )
        else:
            self.empty.set_text(
                self.tr("No project yet"), self.tr("Create a project to write its logframe.")
            )
        can_create = self.editable and bool(self.project_id)
        self.create_button.setVisible(can_create)
        self.new_template.setVisible(can_create)
        self.stack.show_empty(True)

    def _show_details(self, row: Any) -> None:
        self.details.show_item(row, self.costs, editable=self.editable)

    def _file_changed(self, _area: str) -> None:
        self.invalidate()

    # -- navigation -----------------------------------------------------------------------

    def go_to(self, kind: str, ident: int) -> None:
        """Show the tree with the item selected (from the quality checks)."""
        self.tabs.setCurrentIndex(0)
        if self.tree.select(kind, ident):
            self.tree.view.setFocus()

    # -- actions needing the page ---------------------------------------------------------

    def show_error(self, error: DomainError) -> None:
        self.status_message.emit(describe_error(error))

    def _create(self) -> None:
        name = str(self.new_template.currentData() or "")
        try:
            edit.create_logframe(self.asso, self.project_id, name)
        except DomainError as error:
            self.show_error(error)
            return
        edits_for(self.asso).notify("logframe")
        self.reload()

    def _template_chosen(self) -> None:
        self.ops.set_template(str(self.template_choice.currentData() or ""))

    def open_indicator(self, indicator_id: int) -> None:
        detail = indicator_detail(self.asso, indicator_id)
        if detail is None:
            return
        dialog = IndicatorEditor(self.asso, detail, parent=self)
        if not self.editable:
            dialog.buttons.setEnabled(False)
        dialog.exec()

    def new_indicator(self, node_id: int) -> int:
        dialog = IndicatorEditor(self.asso, None, node_id, parent=self)
        dialog.exec()
        return dialog.created_id

    def confirm_delete(self, what: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            what,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _export(self, what: str, layout: str) -> None:
        if self.view_data is None:
            return
        suffix = ".pdf" if what == "pdf" else ".xlsx"
        name = "suivi-indicateurs" if what == "indicators" else f"cadre-logique-{layout}"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export"), str(Path.home() / f"{name}{suffix}"), f"*{suffix}"
        )
        if path:
            self.export_to(what, layout, Path(path))

    def export_to(self, what: str, layout: str, out: Path) -> Path | None:
        """Call the logframe reports (loaded only now) to write `out`."""
        module: Any = importlib.import_module("desk.reports.logframe")
        try:
            if what == "xlsx":
                module.export_logframe_xlsx(
                    self.asso, self.project_id, out, layout=layout, lang=_lang()
                )
            elif what == "pdf":
                module.export_logframe_pdf(self.asso, self.project_id, out, layout, _lang())
            else:
                module.export_indicators_xlsx(self.asso, self.project_id, out, _lang())
        except DomainError as error:
            self.show_error(error)
            return None
        self.status_message.emit(self.tr("Saved: %1").replace("%1", str(out)))
        return out

    def _import(self) -> None:
        module: Any = importlib.import_module("desk.ui.logframe_import.wizard")
        wizard = module.LogframeImportWizard(self.asso, self.project_id, self)
        wizard.exec()
        edits_for(self.asso).notify("logframe")
        self.reload()


def _lang() -> str:
    from desk.ui.widgets.formatting import ui_language

    return ui_language()
