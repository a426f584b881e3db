"""The logframe tree with its buttons and keyboard: add a child or a sibling, add an indicator,
delete (after a confirmation), move up and down, drag-and-drop, F2 to rewrite a statement.

The panel emits requests; the page runs them as undoable commands (`desk.ui.logframe.commands`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desk.services.browse.logframe import IndicatorRow, NodeRow
from desk.ui.logframe.tree_model import LogframeTreeModel, TreeColumn
from desk.ui.widgets.views import make_tree


class LogframeTreePanel(QWidget):
    add_child_requested = Signal(int)  # parent node id
    add_sibling_requested = Signal(int)  # node id (the new one goes right after it)
    add_indicator_requested = Signal(int)  # node id
    delete_requested = Signal(str, int)  # "node" | "indicator", id
    shift_requested = Signal(str, int, int)  # kind, id, -1 up / +1 down
    open_indicator_requested = Signal(int)
    current_changed = Signal(object)  # NodeRow | IndicatorRow | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = LogframeTreeModel(self)
        self.view: QTreeView = make_tree(
            self.model,
            widths={
                TreeColumn.CODE: 160,
                TreeColumn.LEVEL: 130,
                TreeColumn.PLANNED: 130,
                TreeColumn.SPENT: 130,
            },
            stretch=TreeColumn.STATEMENT,
        )
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.view.selectionModel().currentRowChanged.connect(self._current)
        self.view.doubleClicked.connect(self._double_clicked)

        self.add_child = QPushButton()
        self.add_sibling = QPushButton()
        self.add_indicator = QPushButton()
        self.delete = QPushButton()
        self.up = QPushButton("↑")
        self.down = QPushButton("↓")
        for button in (self.up, self.down):
            button.setFixedWidth(40)
        buttons = QHBoxLayout()
        for button in (self.add_child, self.add_sibling, self.add_indicator, self.delete):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)

        self.add_child.clicked.connect(self._add_child)
        self.add_sibling.clicked.connect(self._add_sibling)
        self.add_indicator.clicked.connect(self._add_indicator)
        self.delete.clicked.connect(self._delete)
        self.up.clicked.connect(lambda: self._shift(-1))
        self.down.clicked.connect(lambda: self._shift(1))
        key, mod = Qt.Key, Qt.KeyboardModifier
        self._keys: dict[tuple[Qt.Key, Qt.KeyboardModifier], Any] = {
            (key.Key_Return, mod.ControlModifier): self._add_child,
            (key.Key_Enter, mod.ControlModifier): self._add_child,
            (key.Key_Insert, mod.NoModifier): self._add_sibling,
            (key.Key_I, mod.ControlModifier): self._add_indicator,
            (key.Key_Delete, mod.NoModifier): self._delete,
            (key.Key_Up, mod.AltModifier): lambda: self._shift(-1),
            (key.Key_Down, mod.AltModifier): lambda: self._shift(1),
        }
        self.view.installEventFilter(self)
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        self.add_child.setText(self.tr("Add below"))
        self.add_child.setToolTip(self.tr("Add an item one level below (Ctrl+Enter)"))
        self.add_sibling.setText(self.tr("Add alongside"))
        self.add_sibling.setToolTip(self.tr("Add an item at the same level (Insert)"))
        self.add_indicator.setText(self.tr("Add an indicator"))
        self.add_indicator.setToolTip(self.tr("Ctrl+I"))
        self.delete.setText(self.tr("Delete"))
        self.up.setToolTip(self.tr("Move up (Alt+Up)"))
        self.down.setToolTip(self.tr("Move down (Alt+Down)"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The tree's keyboard: Ctrl+Enter, Insert, Ctrl+I, Delete, Alt+Up, Alt+Down."""
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            action = self._keys.get((Qt.Key(event.key()), modifiers))
            if action is not None and self.view.state() != QAbstractItemView.State.EditingState:
                action()
                return True
        return super().eventFilter(watched, event)

    # -- state ----------------------------------------------------------------------------

    def set_editable(self, editable: bool, max_depth: int = 3) -> None:
        self.model.editable = editable
        self.max_depth = max_depth
        self.view.setDragEnabled(editable)
        self.view.setAcceptDrops(editable)
        self._update_buttons()

    def current(self) -> NodeRow | IndicatorRow | None:
        index = self.view.currentIndex()
        return self.model.row_at(index) if index.isValid() else None

    def select(self, kind: str, ident: int) -> bool:
        index = self.model.index_of(kind, ident)
        if not index.isValid():
            return False
        self.view.scrollTo(index)
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        return True

    def _current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()
        self.current_changed.emit(self.current())

    def _update_buttons(self) -> None:
        row = self.current()
        editable = self.model.editable
        is_node = isinstance(row, NodeRow)
        depth = row.depth if isinstance(row, NodeRow) else -1
        self.add_child.setEnabled(editable and is_node and depth < getattr(self, "max_depth", 3))
        self.add_sibling.setEnabled(editable and is_node and depth > 0)
        self.add_indicator.setEnabled(editable and row is not None)
        self.delete.setEnabled(editable and row is not None and depth != 0)
        self.up.setEnabled(editable and row is not None and depth != 0)
        self.down.setEnabled(editable and row is not None and depth != 0)

    # -- requests -------------------------------------------------------------------------

    def _node(self) -> NodeRow | None:
        row = self.current()
        if isinstance(row, IndicatorRow):
            parent = self.model.parent(self.view.currentIndex())
            found: Any = self.model.row_at(parent)
            return found if isinstance(found, NodeRow) else None
        return row

    def _add_child(self) -> None:
        node = self._node()
        if self.add_child.isEnabled() and node is not None:
            self.add_child_requested.emit(node.id)

    def _add_sibling(self) -> None:
        node = self.current()
        if self.add_sibling.isEnabled() and isinstance(node, NodeRow):
            self.add_sibling_requested.emit(node.id)

    def _add_indicator(self) -> None:
        node = self._node()
        if self.add_indicator.isEnabled() and node is not None:
            self.add_indicator_requested.emit(node.id)

    def _delete(self) -> None:
        row = self.current()
        if self.delete.isEnabled() and row is not None:
            kind = "indicator" if isinstance(row, IndicatorRow) else "node"
            self.delete_requested.emit(kind, row.id)

    def _shift(self, step: int) -> None:
        row = self.current()
        if self.up.isEnabled() and row is not None:
            kind = "indicator" if isinstance(row, IndicatorRow) else "node"
            self.shift_requested.emit(kind, row.id, step)

    def _double_clicked(self, index: QModelIndex) -> None:
        row = self.model.row_at(index)
        if isinstance(row, IndicatorRow) and index.column() != TreeColumn.STATEMENT:
            self.open_indicator_requested.emit(row.id)
