"""The logframe as an editable tree model: nodes (objectives, results, activities) with their
indicators listed first under each node, planned cost and actual spend per node.

Editing and drag-and-drop never change the model directly: the model emits a request
(`statement_edited`, `node_move_requested`, `indicator_move_requested`); the page runs the
undoable command and reloads the model from the file, so the codes shown are always the ones
the services computed. Drop rules (a node keeps its level):

- a node dropped ON a node one level above becomes its last child;
- a node dropped ON a node of its own level goes right after it;
- a node dropped BETWEEN the children of a node one level above goes at that place;
- an indicator dropped on a node goes last on it; on an indicator, right after it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from desk.services.browse.logframe import IndicatorRow, NodeRow
from desk.services.logframe.links import LogframeCosts
from desk.ui.widgets import style
from desk.ui.widgets.formatting import format_money_ui
from desk.ui.widgets.table_model import Align, Column
from desk.ui.widgets.tree_model import RowTreeModel, TreeItem

MIME = "application/x-assodesk-logframe"
Index = QModelIndex | QPersistentModelIndex


class TreeColumn(IntEnum):
    CODE = 0
    STATEMENT = 1
    LEVEL = 2
    PLANNED = 3
    SPENT = 4


@dataclass(frozen=True, slots=True)
class NodeItem:
    """A node row with its costs (for the cost columns)."""

    node: NodeRow
    planned: str = ""
    spent: str = ""

    @property
    def code(self) -> str:
        return self.node.code


def _level(r: Any) -> str:
    return (
        r.node.level
        if isinstance(r, NodeItem)
        else QCoreApplication.translate("Logframe", "Indicator")
    )


def _statement(r: Any) -> str:
    return r.node.statement if isinstance(r, NodeItem) else r.statement


def _placeholder(r: Any) -> QColor | None:
    return style.MUTED if isinstance(r, IndicatorRow) else None


# Column headers are translated in the "Pages" context (desk.ui.widgets.table_model).
COLUMNS: list[Column[Any]] = [
    Column(
        QT_TRANSLATE_NOOP("Pages", "Code"),
        lambda r: r.code,
        bold=lambda r: isinstance(r, NodeItem),
        color=_placeholder,
    ),
    Column(
        QT_TRANSLATE_NOOP("Pages", "Statement"),
        _statement,
        bold=lambda r: isinstance(r, NodeItem) and r.node.depth <= 1,
        color=_placeholder,
        tooltip=_statement,
    ),
    Column(QT_TRANSLATE_NOOP("Pages", "Level"), _level, color=lambda r: style.MUTED),
    Column(
        QT_TRANSLATE_NOOP("Pages", "Planned cost"),
        lambda r: r.planned if isinstance(r, NodeItem) else "",
        align=Align.NUMBER,
    ),
    Column(
        QT_TRANSLATE_NOOP("Pages", "Spent"),
        lambda r: r.spent if isinstance(r, NodeItem) else "",
        align=Align.NUMBER,
    ),
]


def build_items(nodes: tuple[NodeRow, ...], costs: LogframeCosts | None) -> list[TreeItem]:
    """Tree items in depth-first order: under each node its indicators, then its children."""
    items: dict[int, TreeItem] = {}
    roots: list[TreeItem] = []
    for node in nodes:
        planned = spent = ""
        if costs is not None and node.depth >= 2:
            cost = costs.of(node.id)
            if cost.budget_lines or cost.spent_minor:
                planned = format_money_ui(cost.planned_minor, costs.planned_currency)
                spent = format_money_ui(cost.spent_minor, costs.spent_currency)
        item = TreeItem(NodeItem(node, planned, spent), [TreeItem(i) for i in node.indicators])
        items[node.id] = item
        parent = items.get(node.parent_id) if node.parent_id is not None else None
        (parent.children if parent is not None else roots).append(item)
    return roots


class LogframeTreeModel(RowTreeModel):
    statement_edited = Signal(str, int, str)  # "node" | "indicator", id, new text
    node_move_requested = Signal(int, int, int)  # node id, new parent id, position
    indicator_move_requested = Signal(int, int, int)  # indicator id, node id, position

    def __init__(self, parent: Any = None) -> None:
        super().__init__(COLUMNS, parent)
        self.editable = True

    # -- lookup ---------------------------------------------------------------------------

    def index_of(self, kind: str, ident: int) -> QModelIndex:
        """The index (column 0) of a node or an indicator, invalid when absent."""
        for serial, item in self._items.items():
            row = item.row
            if (kind == "node" and isinstance(row, NodeItem) and row.node.id == ident) or (
                kind == "indicator" and isinstance(row, IndicatorRow) and row.id == ident
            ):
                parent = item.parent or self._root
                return self.createIndex(parent.children.index(item), 0, serial)
        return QModelIndex()

    def row_at(self, index: Index) -> Any:
        """The NodeRow or IndicatorRow of an index (None for the invisible root)."""
        row = self.item(index).row
        return row.node if isinstance(row, NodeItem) else row

    # -- editing --------------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if self.editable else Qt.ItemFlag.NoItemFlags
        flags = super().flags(index)
        if not self.editable:
            return flags
        row = self.row_at(index)
        if index.column() == TreeColumn.STATEMENT:
            flags |= Qt.ItemFlag.ItemIsEditable
        if isinstance(row, IndicatorRow) or row.depth > 0:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags | Qt.ItemFlag.ItemIsDropEnabled

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.EditRole and index.column() == TreeColumn.STATEMENT:
            return _statement(self.item(index).row)
        if (
            role == Qt.ItemDataRole.DisplayRole
            and index.column() == TreeColumn.STATEMENT
            and not _statement(self.item(index).row).strip()
        ):
            return QCoreApplication.translate("Logframe", "(to be written)")
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != TreeColumn.STATEMENT:
            return False
        row = self.row_at(index)
        text = str(value).strip()
        if text == _statement(self.item(index).row):
            return False
        kind = "indicator" if isinstance(row, IndicatorRow) else "node"
        self.statement_edited.emit(kind, row.id, text)
        return True

    # -- drag and drop --------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Any) -> QMimeData:
        mime = QMimeData()
        for index in indexes:
            if index.isValid() and index.column() == 0:
                row = self.row_at(index)
                kind = "indicator" if isinstance(row, IndicatorRow) else "node"
                mime.setData(MIME, QByteArray(f"{kind}:{row.id}".encode()))
                break
        return mime

    def _target(self, mime: QMimeData, row: int, parent: Index) -> tuple[str, int, int, int] | None:
        """(kind, id, new parent or node id, position) for a drop, None when refused."""
        if not self.editable or not mime.hasFormat(MIME):
            return None
        kind, _, raw = bytes(mime.data(MIME).data()).decode().partition(":")
        ident = int(raw)
        if not parent.isValid():
            return None
        over = self.item(parent)
        over_row = self.row_at(parent)
        if kind == "indicator":
            if isinstance(over_row, IndicatorRow):  # on an indicator: right after it
                node_item = over.parent or self._root
                node = self.row_at(self.parent(parent))
                position = node_item.children.index(over) + 1
                return self._indicator_drop(ident, node, position)
            count = len(over_row.indicators)
            position = count if row < 0 else min(row, count)
            return self._indicator_drop(ident, over_row, position)
        source = self.index_of("node", ident)
        if not source.isValid() or isinstance(over_row, IndicatorRow):
            return None
        moved = self.row_at(source)
        if row < 0 and over_row.depth == moved.depth:  # on a sibling level: after it
            if over_row.id == moved.id or over_row.parent_id is None:
                return None
            return self._node_drop(moved, over_row.parent_id, over_row.position + 1)
        if over_row.depth != moved.depth - 1:
            return None
        children = len(over.children) - len(over_row.indicators)
        position = children if row < 0 else max(0, min(row - len(over_row.indicators), children))
        return self._node_drop(moved, over_row.id, position)

    @staticmethod
    def _node_drop(moved: NodeRow, parent_id: int, position: int) -> tuple[str, int, int, int]:
        if moved.parent_id == parent_id and moved.position < position:
            position -= 1  # counted without the node itself
        return ("node", moved.id, parent_id, position)

    def _indicator_drop(
        self, ident: int, node: NodeRow, position: int
    ) -> tuple[str, int, int, int] | None:
        if not isinstance(node, NodeRow):
            return None
        ranks = [i.id for i in node.indicators]
        if ident in ranks and ranks.index(ident) < position:
            position -= 1
        return ("indicator", ident, node.id, position)

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return self._target(data, row, parent) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        target = self._target(data, row, parent)
        if target is None:
            return False
        kind, ident, where, position = target
        signal = self.node_move_requested if kind == "node" else self.indicator_move_requested
        signal.emit(ident, where, position)
        # False: the view must not remove the dragged row; the page reloads the whole tree.
        return False
