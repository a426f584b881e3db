"""The details of the selected tree item: for a node its statement, assumptions and, for an
activity, the Moyens and Coûts of the EU 2004 matrix with the planned cost and the actual spend
(read-only, from the budget and the books); for an indicator its figures and progress."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.services.browse.logframe import IndicatorRow, NodeRow
from desk.services.logframe.links import LogframeCosts
from desk.ui.logframe.present import progress_text, state_color, state_text, value_text
from desk.ui.widgets.formatting import format_money_ui
from desk.ui.widgets.labels import label
from desk.ui.widgets.views import section_title

ACTIVITY_DEPTH = 3


class CommitTextEdit(QPlainTextEdit):
    """A multi-line field that says `committed(text)` when it loses the focus after a change."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._shown = ""
        self.setMaximumHeight(90)

    def show_text(self, text: str) -> None:
        self._shown = text
        self.setPlainText(text)

    def commit(self) -> None:
        text = self.toPlainText().strip()
        if text != self._shown.strip():
            self._shown = text
            self.committed.emit(text)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.commit()
        super().focusOutEvent(event)


class NodeDetails(QWidget):
    node_field_edited = Signal(int, str, str)  # node id, field, text
    open_indicator_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.node: NodeRow | None = None
        self.indicator: IndicatorRow | None = None
        self.title = section_title()
        self.title.setWordWrap(True)
        self.fields: dict[str, CommitTextEdit] = {}
        self.form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for name in ("statement", "assumptions", "means", "costs_note"):
            editor = CommitTextEdit()
            editor.committed.connect(lambda text, n=name: self._edited(n, text))
            self.fields[name] = editor
            self.labels[name] = QLabel()
            self.form.addRow(self.labels[name], editor)
        self.planned = QLabel()
        self.spent = QLabel()
        self.labels["planned"], self.labels["spent"] = QLabel(), QLabel()
        self.form.addRow(self.labels["planned"], self.planned)
        self.form.addRow(self.labels["spent"], self.spent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.edit_indicator = QPushButton()
        self.edit_indicator.clicked.connect(self._open_indicator)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(self.form)
        layout.addWidget(self.summary)
        layout.addWidget(self.edit_indicator)
        layout.addStretch(1)
        self.retranslate()
        self.show_item(None, None, editable=False)

    def retranslate(self) -> None:
        for name, text in (
            ("statement", self.tr("Statement")),
            ("assumptions", self.tr("Assumptions")),
            ("means", self.tr("Means")),
            ("costs_note", self.tr("Costs")),
            ("planned", self.tr("Planned cost")),
            ("spent", self.tr("Spent")),
        ):
            self.labels[name].setText(text)
        self.edit_indicator.setText(self.tr("Edit the indicator…"))

    def _edited(self, name: str, text: str) -> None:
        if self.node is not None:
            self.node_field_edited.emit(self.node.id, name, text)

    def _open_indicator(self) -> None:
        if self.indicator is not None:
            self.open_indicator_requested.emit(self.indicator.id)

    def _show_row(self, name: str, visible: bool) -> None:
        self.form.setRowVisible(self.labels[name], visible)

    def show_item(
        self,
        row: NodeRow | IndicatorRow | None,
        costs: LogframeCosts | None,
        *,
        editable: bool,
    ) -> None:
        self.node = row if isinstance(row, NodeRow) else None
        self.indicator = row if isinstance(row, IndicatorRow) else None
        node = self.node
        for name, editor in self.fields.items():
            editor.setReadOnly(not editable)
            visible = node is not None and (
                name in ("statement", "assumptions") or node.depth == ACTIVITY_DEPTH
            )
            self._show_row(name, visible)
            if node is not None:
                editor.show_text(getattr(node, name))
        has_costs = node is not None and node.depth >= 2 and costs is not None
        self._show_row("planned", has_costs)
        self._show_row("spent", has_costs)
        if has_costs and node is not None and costs is not None:
            cost = costs.of(node.id)
            self.planned.setText(format_money_ui(cost.planned_minor, costs.planned_currency))
            self.spent.setText(format_money_ui(cost.spent_minor, costs.spent_currency))
        self.summary.setVisible(self.indicator is not None)
        self.edit_indicator.setVisible(self.indicator is not None)
        if node is not None:
            self.title.setText(f"{node.level} {node.code}")
        elif self.indicator is not None:
            self.title.setText(f"{self.tr('Indicator')} {self.indicator.code}")
            self.summary.setText(self._summary(self.indicator))
        else:
            self.title.setText(self.tr("Select an item of the logframe"))

    def _pair(self, name: str, value: str) -> str:
        return self.tr("%1: %2").replace("%1", name).replace("%2", value)

    def _summary(self, ind: IndicatorRow) -> str:
        target = ind.target.total if ind.target else None
        kind = label(ind.kind) + (f" ({escape(ind.unit)})" if ind.unit else "")
        color = state_color(ind.state).name()
        lines = [
            self._pair(self.tr("Type"), kind),
            self._pair(self.tr("Baseline"), value_text(ind.baseline, ind.kind)),
            self._pair(self.tr("Target"), value_text(target, ind.kind)),
            self._pair(self.tr("Current value"), value_text(ind.current, ind.kind)),
            self._pair(self.tr("Progress"), progress_text(ind.progress)),
            self._pair(self.tr("State"), f"<b style='color:{color}'>{state_text(ind.state)}</b>"),
        ]
        if ind.means_of_verification:
            means = escape(ind.means_of_verification)
            lines.append(self._pair(self.tr("Means of verification"), means))
        return "<br>".join([f"<b>{escape(ind.statement)}</b>", *lines])
