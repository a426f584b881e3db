"""The builder's in-place editor: a line edit on the cell, right-aligned for numbers, filled
with the value as typed (EditRole), whose text goes to the model's setData on commit."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QLineEdit, QStyleOptionViewItem, QWidget

from desk.ui.widgets.delegates import RoomyDelegate

Index = QModelIndex | QPersistentModelIndex


class BudgetCellDelegate(RoomyDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setFrame(False)
        align = index.data(Qt.ItemDataRole.TextAlignmentRole)
        if align is not None:
            editor.setAlignment(Qt.AlignmentFlag(int(align)))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QLineEdit):
            value = index.data(Qt.ItemDataRole.EditRole)
            editor.setText("" if value is None else str(value))
            editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
