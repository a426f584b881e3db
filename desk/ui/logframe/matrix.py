"""The matrix tab: the logframe in the EU 2004 or EU 2016 layout (the template's by default),
editable in place, with the "Conditions préalables" box under the EU 2004 matrix."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.domain.enums import LogframeLayout
from desk.services.browse.logframe import LogframeView
from desk.services.logframe.links import LogframeCosts
from desk.ui.logframe.details import CommitTextEdit
from desk.ui.logframe.matrix_model import MatrixModel

_WIDTHS = {"2004": (90, 300, 280, 220, 220), "2016": (80, 240, 220, 110, 130, 110, 180, 180)}


class MatrixPanel(QWidget):
    preconditions_edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = MatrixModel(self)
        self.layout_label = QLabel()
        self.layout_choice = QComboBox()
        self.layout_choice.addItem("UE 2004", "2004")
        self.layout_choice.addItem("UE 2016", "2016")
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.view.setAlternatingRowColors(False)
        self.view.verticalHeader().setVisible(False)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.preconditions = CommitTextEdit()
        self.preconditions.committed.connect(self.preconditions_edited)
        self.box = QGroupBox()
        box_layout = QVBoxLayout(self.box)
        box_layout.addWidget(self.preconditions)
        top = QHBoxLayout()
        top.addWidget(self.layout_label)
        top.addWidget(self.layout_choice)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.box)
        self._view: LogframeView | None = None
        self._costs: LogframeCosts | None = None
        self._chosen = False
        self.layout_choice.activated.connect(self._layout_chosen)
        self.retranslate()

    def retranslate(self) -> None:
        self.layout_label.setText(self.tr("Layout:"))
        self.box.setTitle(self.tr("Preconditions"))

    def _layout_chosen(self) -> None:
        self._chosen = True
        self.show_view(self._view, editable=self.model.editable, costs=self._costs)

    def show_view(
        self, view: LogframeView | None, *, editable: bool, costs: LogframeCosts | None = None
    ) -> None:
        if not self._chosen and view is not None:
            default = "2016" if view.layout is LogframeLayout.EU_2016 else "2004"
            self.layout_choice.setCurrentIndex(self.layout_choice.findData(default))
        self._view = view
        name = str(self.layout_choice.currentData())
        self.model.editable = editable
        self._costs = costs
        self.model.set_view(view, name, costs)
        self.view.clearSpans()
        for row, column, rows, columns in self.model.spans():
            self.view.setSpan(row, column, rows, columns)
        for column, width in enumerate(_WIDTHS[name]):
            self.view.setColumnWidth(column, width)
        self.view.resizeRowsToContents()
        self.box.setVisible(name == "2004")
        self.preconditions.setReadOnly(not editable)
        self.preconditions.show_text(view.preconditions if view else "")
