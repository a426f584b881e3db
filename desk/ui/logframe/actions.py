"""What the logframe page does when asked: each request of the tree, the details panel and the
matrix becomes an undoable command; a refusal is shown in the status bar and nothing changes.
Requests coming from a model (an edited cell, a drop) arrive queued, once the view is done."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from desk.domain.errors import DomainError
from desk.domain.logframe_rules import parse_indicator_value
from desk.services.browse.logframe import IndicatorRow, NodeRow
from desk.ui.logframe import commands as cmd
from desk.ui.logframe.tree_model import TreeColumn
from desk.ui.undo import edits_for

if TYPE_CHECKING:
    from desk.ui.pages.logframe import LogframePage

QUEUED = Qt.ConnectionType.QueuedConnection


class LogframeActions(QObject):
    def __init__(self, page: LogframePage) -> None:
        super().__init__(page)
        self.page = page
        tree, model = page.tree, page.tree.model
        tree.add_child_requested.connect(self.add_child)
        tree.add_sibling_requested.connect(self.add_sibling)
        tree.add_indicator_requested.connect(page.new_indicator)
        tree.delete_requested.connect(self.delete)
        tree.shift_requested.connect(self.shift)
        tree.open_indicator_requested.connect(page.open_indicator)
        page.details.open_indicator_requested.connect(page.open_indicator)
        model.statement_edited.connect(self.statement_edited, QUEUED)
        model.node_move_requested.connect(self.move_node, QUEUED)
        model.indicator_move_requested.connect(self.move_indicator, QUEUED)
        page.details.node_field_edited.connect(self.node_field_edited)
        page.matrix.model.edit_requested.connect(self.matrix_edited, QUEUED)
        page.matrix.preconditions_edited.connect(self.preconditions_edited)

    @property
    def asso(self) -> Any:
        return self.page.asso

    def run(self, command: cmd.LogframeCommand) -> bool:
        try:
            edits_for(self.asso).run(command)
        except DomainError as error:
            self.page.show_error(error)
            return False
        return True

    def _node(self, node_id: int) -> NodeRow | None:
        view = self.page.view_data
        return view.node(node_id) if view is not None else None

    def _indicator(self, indicator_id: int) -> tuple[NodeRow, IndicatorRow] | None:
        view = self.page.view_data
        for node in view.nodes if view is not None else ():
            for ind in node.indicators:
                if ind.id == indicator_id:
                    return node, ind
        return None

    # -- tree -----------------------------------------------------------------------------

    def _added(self, command: cmd.AddNode) -> None:
        if self.run(command) and self.page.tree.select("node", command.node_id):
            view = self.page.tree.view
            view.edit(view.currentIndex().siblingAtColumn(TreeColumn.STATEMENT))

    def add_child(self, parent_id: int) -> None:
        view = self.page.view_data
        if view is not None:
            self._added(
                cmd.AddNode(
                    self.asso,
                    view.id,
                    parent_id,
                    text=QCoreApplication.translate("Logframe", "Add an item"),
                )
            )

    def add_sibling(self, node_id: int) -> None:
        view, node = self.page.view_data, self._node(node_id)
        if view is not None and node is not None and node.parent_id is not None:
            self._added(
                cmd.AddNode(
                    self.asso,
                    view.id,
                    node.parent_id,
                    "",
                    node.position + 1,
                    QCoreApplication.translate("Logframe", "Add an item"),
                )
            )

    def delete(self, kind: str, ident: int) -> None:
        if kind == "node":
            node = self._node(ident)
            if node is None:
                return
            question = QCoreApplication.translate(
                "Logframe", "Delete %1 and everything under it (indicators, activities)?"
            )
            if self.page.confirm_delete(question.replace("%1", f"{node.level} {node.code}")):
                self.run(
                    cmd.DeleteNode(
                        self.asso, ident, QCoreApplication.translate("Logframe", "Delete an item")
                    )
                )
            return
        found = self._indicator(ident)
        if found is None:
            return
        question = QCoreApplication.translate(
            "Logframe", "Delete the indicator %1 with its targets and values?"
        )
        if self.page.confirm_delete(question.replace("%1", found[1].code)):
            self.run(
                cmd.DeleteIndicator(
                    self.asso, ident, QCoreApplication.translate("Logframe", "Delete an indicator")
                )
            )

    def shift(self, kind: str, ident: int, step: int) -> None:
        if kind == "node":
            node = self._node(ident)
            view = self.page.view_data
            if node is None or node.parent_id is None or view is None:
                return
            siblings = [n for n in view.nodes if n.parent_id == node.parent_id]
            position = node.position + step
            if 0 <= position < len(siblings):
                self.move_node(ident, node.parent_id, position)
            return
        found = self._indicator(ident)
        if found is not None:
            node, ind = found
            rank = [i.id for i in node.indicators].index(ind.id) + step
            if 0 <= rank < len(node.indicators):
                self.move_indicator(ident, node.id, rank)

    def move_node(self, node_id: int, parent_id: int, position: int) -> None:
        if self.run(
            cmd.MoveNode(
                self.asso,
                node_id,
                parent_id,
                position,
                QCoreApplication.translate("Logframe", "Move an item"),
            )
        ):
            self.page.tree.select("node", node_id)

    def move_indicator(self, indicator_id: int, node_id: int, position: int) -> None:
        command = cmd.MoveIndicator(
            self.asso,
            indicator_id,
            node_id,
            position,
            QCoreApplication.translate("Logframe", "Move an indicator"),
        )
        if self.run(command):
            self.page.tree.select("indicator", indicator_id)

    def statement_edited(self, kind: str, ident: int, text: str) -> None:
        if kind == "node":
            self.node_field_edited(ident, "statement", text)
        else:
            self.indicator_edited(ident, "statement", text)

    # -- fields ---------------------------------------------------------------------------

    def node_field_edited(self, node_id: int, field: str, text: str) -> None:
        self.run(
            cmd.UpdateNode(
                self.asso,
                node_id,
                {field: text},
                QCoreApplication.translate("Logframe", "Change the text"),
            )
        )

    def indicator_edited(self, indicator_id: int, field: str, text: str) -> None:
        found = self._indicator(indicator_id)
        if found is None:
            return
        value: Any = text
        try:
            if field in ("baseline_value", "target_value"):
                value = parse_indicator_value(text, found[1].kind, field)
        except DomainError as error:
            self.page.show_error(error)
            return
        self.run(
            cmd.UpdateIndicator(
                self.asso,
                indicator_id,
                {field: value},
                QCoreApplication.translate("Logframe", "Change an indicator"),
            )
        )

    def matrix_edited(self, kind: str, ident: int, field: str, text: str) -> None:
        if kind == "node":
            self.node_field_edited(ident, field, text)
        else:
            self.indicator_edited(ident, field, text)

    def preconditions_edited(self, text: str) -> None:
        view = self.page.view_data
        if view is not None:
            self.run(
                cmd.UpdatePreconditions(
                    self.asso,
                    view.id,
                    text,
                    QCoreApplication.translate("Logframe", "Change the preconditions"),
                )
            )

    def set_template(self, name: str) -> None:
        view = self.page.view_data
        if view is not None and name and name != view.template:
            self.run(
                cmd.SetTemplate(
                    self.asso,
                    view.id,
                    name,
                    QCoreApplication.translate("Logframe", "Change the template"),
                )
            )
