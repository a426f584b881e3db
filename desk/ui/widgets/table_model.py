"""A read-only table model over frozen dataclass rows, described by a list of `Column`s.

Pages declare their columns once (header, value, how to show it) and hand the model the tuple
a browse service returned; the model does roles, alignment, colours and sorting. Later issues
make cells editable by overriding `flags` and `setData` on top of the same columns.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex

# The row object itself (for selection handling and delegates), and a raw value to sort on.
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
# The invisible root, as a default argument of the Qt overrides.
NO_PARENT = QModelIndex()


class Align(Enum):
    TEXT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    NUMBER = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    CENTER = Qt.AlignmentFlag.AlignCenter


@dataclass(frozen=True, slots=True)
class Column(Generic[R]):
    """One column: `header` is an English source marked with QT_TRANSLATE_NOOP("Pages", …)
    and translated when shown; `value` gives the raw value (edit role, sort key); `text` the
    displayed string (default: the value as text)."""

    header: object  # str: QT_TRANSLATE_NOOP is typed as returning object
    value: Callable[[R], Any]
    text: Callable[[R], str] | None = None
    align: Align = Align.TEXT
    tooltip: Callable[[R], str] | None = None
    color: Callable[[R], QColor | None] | None = None
    bold: Callable[[R], bool] | None = None
    header_tooltip: object = ""

    def display(self, row: R) -> str:
        if self.text is not None:
            return self.text(row)
        value = self.value(row)
        return "" if value is None else str(value)


def _sort_key(value: Any) -> tuple[int, Any]:
    # None sorts last whatever the direction of the other values' type.
    return (1, 0) if value is None else (0, value)


class ColumnHeaders:
    """Header and flags shared by the read-only table and tree models (`self._columns`)."""

    _columns: list[Column[Any]]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return header_data(self._columns[section], role)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class RowTableModel(ColumnHeaders, QAbstractTableModel, Generic[R]):
    """Rows of one dataclass type, columns from `columns` (indexed by the page's IntEnum)."""

    def __init__(self, columns: Sequence[Column[R]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[R] = []

    # -- page API --------------------------------------------------------------------------

    @property
    def rows(self) -> tuple[R, ...]:
        return tuple(self._rows)

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def column(self, index: int) -> Column[R]:
        return self._columns[index]

    def set_columns(self, columns: Sequence[Column[R]]) -> None:
        """Replace the columns (a budget's funders make columns of their own)."""
        self.beginResetModel()
        self._columns = list(columns)
        self.endResetModel()

    # -- Qt overrides ----------------------------------------------------------------------

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return cell_data(self._columns[index.column()], self._rows[index.row()], role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        value = self._columns[column].value
        self.layoutAboutToBeChanged.emit()
        old = list(self._rows)
        self._rows.sort(
            key=lambda r: _sort_key(value(r)),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        # Keep the view's selection on the same rows.
        positions = {id(r): i for i, r in enumerate(self._rows)}
        for persistent in self.persistentIndexList():
            if persistent.isValid():
                row = positions[id(old[persistent.row()])]
                self.changePersistentIndex(persistent, self.index(row, persistent.column()))
        self.layoutChanged.emit()


def cell_data(column: Column[Any], row: Any, role: int) -> Any:
    """The data of one cell for `role`, shared by the table and tree models."""
    if role == Qt.ItemDataRole.DisplayRole:
        return column.display(row)
    if role == Qt.ItemDataRole.EditRole or role == SORT_ROLE:
        return column.value(row)
    if role == Qt.ItemDataRole.TextAlignmentRole:
        return column.align.value
    if role == Qt.ItemDataRole.ToolTipRole:
        if column.tooltip is not None:
            return column.tooltip(row) or None
        text = column.display(row)
        return text if len(text) > 40 else None  # long texts are elided: show them whole
    if role == Qt.ItemDataRole.ForegroundRole and column.color is not None:
        return column.color(row)
    if role == Qt.ItemDataRole.FontRole and column.bold is not None and column.bold(row):
        font = QFont()
        font.setBold(True)
        return font
    if role == ROW_ROLE:
        return row
    return None


def header_data(column: Column[Any], role: int) -> Any:
    if role == Qt.ItemDataRole.DisplayRole:
        return QCoreApplication.translate("Pages", str(column.header))
    if role == Qt.ItemDataRole.TextAlignmentRole:
        return column.align.value
    if role == Qt.ItemDataRole.ToolTipRole and column.header_tooltip:
        return QCoreApplication.translate("Pages", str(column.header_tooltip))
    return None
