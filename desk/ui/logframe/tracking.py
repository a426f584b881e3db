"""The indicator tracking table: every indicator × the reporting periods of the project, with
the value to date at the end of each period, the target, the current value, the progress and
its state in colour (rules in `desk.domain.indicators`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QTableView, QVBoxLayout, QWidget

from desk.services.logframe.read import TrackingPeriod, TrackingRow, TrackingTable
from desk.ui.logframe.present import progress_text, state_color, state_text, value_text
from desk.ui.widgets.table_model import Align, Column, RowTableModel
from desk.ui.widgets.views import make_table


def period_label(period: TrackingPeriod) -> str:
    months = (period.end.year - period.start.year) * 12 + period.end.month - period.start.month + 1
    if months == 3:
        pattern = QCoreApplication.translate("Logframe", "Q%1 %2")
        number = (period.start.month - 1) // 3 + 1
    elif months == 6:
        pattern = QCoreApplication.translate("Logframe", "H%1 %2")
        number = (period.start.month - 1) // 6 + 1
    else:
        return str(period.start.year)
    return pattern.replace("%1", str(number)).replace("%2", str(period.start.year))


def _cell_tip(row: TrackingRow, index: int) -> str:
    cell = row.cells[index]
    lines = []
    if cell.recorded is not None:
        lines.append(
            QCoreApplication.translate("Logframe", "Measured in the period: %1").replace(
                "%1", value_text(cell.recorded, row.kind)
            )
        )
    if cell.target_to_date is not None:
        lines.append(
            QCoreApplication.translate("Logframe", "Target by then: %1").replace(
                "%1", value_text(cell.target_to_date, row.kind)
            )
        )
    return "\n".join(lines)


def _period_column(period: TrackingPeriod, index: int) -> Column[TrackingRow]:
    return Column(
        period_label(period),
        lambda r: r.cells[index].to_date,
        lambda r: value_text(r.cells[index].to_date, r.kind),
        Align.NUMBER,
        tooltip=lambda r: _cell_tip(r, index),
    )


def tracking_columns(table: TrackingTable) -> list[Column[TrackingRow]]:
    return [
        Column(QT_TRANSLATE_NOOP("Pages", "Code"), lambda r: r.code, bold=lambda r: True),
        Column(QT_TRANSLATE_NOOP("Pages", "Indicator"), lambda r: r.statement),
        Column(
            QT_TRANSLATE_NOOP("Pages", "Baseline"),
            lambda r: r.baseline,
            lambda r: value_text(r.baseline, r.kind),
            Align.NUMBER,
        ),
        *(_period_column(p, i) for i, p in enumerate(table.periods)),
        Column(
            QT_TRANSLATE_NOOP("Pages", "Target"),
            lambda r: r.target,
            lambda r: value_text(r.target, r.kind),
            Align.NUMBER,
        ),
        Column(
            QT_TRANSLATE_NOOP("Pages", "Current value"),
            lambda r: r.current,
            lambda r: value_text(r.current, r.kind),
            Align.NUMBER,
            bold=lambda r: True,
        ),
        Column(
            QT_TRANSLATE_NOOP("Pages", "Progress"),
            lambda r: r.progress,
            lambda r: progress_text(r.progress),
            Align.NUMBER,
            color=lambda r: state_color(r.state),
        ),
        Column(
            QT_TRANSLATE_NOOP("Pages", "State"),
            lambda r: r.state.value,
            lambda r: state_text(r.state),
            color=lambda r: state_color(r.state),
            bold=lambda r: True,
        ),
    ]


class TrackingPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: RowTableModel[Any] = RowTableModel([], self)
        self.view: QTableView = make_table(self.model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def show_table(self, table: TrackingTable | None) -> None:
        if table is None:
            self.model.set_columns([])
            self.model.set_rows([])
            return
        self.model.set_columns(tracking_columns(table))
        self.model.set_rows(table.rows)
        self.view.setColumnWidth(0, 90)
        for column in range(2, self.model.columnCount()):
            self.view.setColumnWidth(column, 84)
        self.view.setColumnWidth(1, 250)
        self.view.setColumnWidth(self.model.columnCount() - 1, 120)
