"""A read-only tree model over service rows: each `TreeItem` wraps one row and its children,
and the same `Column`s as the table model say what each column shows.

Rows of different kinds may share a tree (logframe nodes and their indicators): the column
functions receive the row object and decide what to show for each kind.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from desk.ui.widgets.table_model import NO_PARENT, Column, ColumnHeaders, cell_data

Index = QModelIndex | QPersistentModelIndex


@dataclass(eq=False)
class TreeItem:
    row: Any
    children: list[TreeItem] = field(default_factory=list)
    parent: TreeItem | None = field(default=None, repr=False)
    serial: int = field(default=0, repr=False)


class RowTreeModel(ColumnHeaders, QAbstractItemModel):
    """Items are addressed by an integer serial in the index's internal id (never a raw
    Python pointer, whose object Qt would not keep alive)."""

    def __init__(self, columns: Sequence[Column[Any]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._root = TreeItem(row=None)
        self._items: dict[int, TreeItem] = {}

    # -- page API --------------------------------------------------------------------------

    def set_roots(
        self, roots: Sequence[TreeItem], columns: Sequence[Column[Any]] | None = None
    ) -> None:
        self.beginResetModel()
        if columns is not None:
            self._columns = list(columns)
        self._root = TreeItem(row=None, children=list(roots))
        self._items = {}
        self._number(self._root)
        self.endResetModel()

    def _number(self, item: TreeItem) -> None:
        for child in item.children:
            child.parent = item
            child.serial = len(self._items) + 1
            self._items[child.serial] = child
            self._number(child)

    def item(self, index: Index) -> TreeItem:
        if not index.isValid():
            return self._root
        return self._items[index.internalId()]

    def roots(self) -> list[TreeItem]:
        return list(self._root.children)

    # -- Qt overrides ----------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = NO_PARENT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        child = self.item(parent).children[row]
        return self.createIndex(row, column, child.serial)

    def parent(self, index: Index = NO_PARENT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent = self.item(index).parent
        if parent is None or parent is self._root:
            return QModelIndex()
        grand = parent.parent or self._root
        return self.createIndex(grand.children.index(parent), 0, parent.serial)

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.item(parent).children)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return cell_data(self._columns[index.column()], self.item(index).row, role)


def build_tree(rows: Sequence[Any], key: Any, parent_key: Any) -> list[TreeItem]:
    """Tree items from rows in depth-first order, linked by `key(row)` / `parent_key(row)`;
    a row whose parent is missing becomes a root."""
    items: dict[Any, TreeItem] = {}
    roots: list[TreeItem] = []
    for row in rows:
        item = TreeItem(row)
        items[key(row)] = item
        parent = items.get(parent_key(row))
        (parent.children if parent is not None else roots).append(item)
    return roots
