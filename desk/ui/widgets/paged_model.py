"""A table model that reads its rows window by window from a service, for tables too big to
load at once (the ledger of a file with a million splits).

The view asks for more with `canFetchMore`/`fetchMore` when the user scrolls near the end; the
model passes the cursor of its last row to `fetch`, so the service can continue along an index
(keyset pagination) instead of counting an ever larger OFFSET.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from desk.ui.widgets.table_model import NO_PARENT, Column, RowTableModel

R = TypeVar("R")
C = TypeVar("C")


class PagedTableModel(RowTableModel[R], Generic[R, C]):
    """`fetch(after, limit)` returns the rows that follow the cursor `after` (None: the
    first window), in the service's order; `cursor(row)` gives a row's cursor."""

    def __init__(
        self,
        columns: Sequence[Column[R]],
        fetch: Callable[[C | None, int], Sequence[R]],
        cursor: Callable[[R], C],
        page_size: int = 200,
        parent: Any = None,
    ) -> None:
        super().__init__(columns, parent)
        self._fetch = fetch
        self._cursor = cursor
        self.page_size = page_size
        self._more = False

    def reload(self) -> None:
        """Forget the rows and read the first window again (after a filter change)."""
        first = list(self._fetch(None, self.page_size))
        self._more = len(first) == self.page_size
        self.set_rows(first)

    def set_fetch(self, fetch: Callable[[C | None, int], Sequence[R]]) -> None:
        """Read from another source (other filters) from now on; call `reload` next."""
        self._fetch = fetch

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> None:
        if parent.isValid() or not self._more:
            return
        after = self._cursor(self._rows[-1]) if self._rows else None
        window = list(self._fetch(after, self.page_size))
        self._more = len(window) == self.page_size
        if not window:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(window) - 1)
        self._rows.extend(window)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The order is the service's (newest first): sorting a partial window would lie."""
