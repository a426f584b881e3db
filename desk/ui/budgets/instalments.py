"""Instalments of a grant (expected date, amount, the income that paid it) and its table of
monthly rates, inside the grant dialog. Each change is saved at once."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.domain.budget_rules import parse_rate
from desk.domain.errors import DomainError
from desk.services.budgets.grants import (
    InstalmentRow,
    add_instalment,
    delete_instalment,
    grant,
    income_candidates,
    set_monthly_rate,
    update_instalment,
)
from desk.store import AssoFile
from desk.ui.undo import edits_for
from desk.ui.widgets.date_field import MONTH_FORMAT, DateField
from desk.ui.widgets.error_label import ErrorLabel
from desk.ui.widgets.formatting import format_date_ui, format_decimal_ui, format_money_ui
from desk.ui.widgets.money_edit import MoneyEdit
from desk.ui.widgets.table_model import Align, Column, RowTableModel
from desk.ui.widgets.views import make_table, section_title


class InstalmentsPanel(QWidget):
    def __init__(self, asso: AssoFile, project_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.asso, self.project_id = asso, project_id
        self.currency = grant(asso, project_id).data.currency
        layout = QVBoxLayout(self)
        layout.addWidget(section_title(self.tr("Instalments")))
        currency = self.currency
        self.model: RowTableModel[InstalmentRow] = RowTableModel(
            [
                Column(QT_TRANSLATE_NOOP("Pages", "No."), lambda i: i.number, align=Align.CENTER),
                Column(
                    QT_TRANSLATE_NOOP("Pages", "Expected"),
                    lambda i: i.expected_date,
                    lambda i: format_date_ui(i.expected_date),
                ),
                Column(
                    QT_TRANSLATE_NOOP("Pages", "Amount"),
                    lambda i: i.amount_minor,
                    lambda i: format_money_ui(i.amount_minor, currency),
                    Align.NUMBER,
                ),
                Column(
                    QT_TRANSLATE_NOOP("Pages", "Received"),
                    lambda i: i.received_date,
                    lambda i: format_date_ui(i.received_date) if i.received_date else "—",
                ),
            ],
            self,
        )
        self.table = make_table(self.model, widths={0: 40, 1: 110, 2: 140}, stretch=3)
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.expected = DateField()
        self.amount = MoneyEdit(self.currency)
        self.received = QComboBox()
        self.received.addItem(self.tr("Not received yet"), None)
        for choice in income_candidates(asso, project_id):
            text = f"{format_date_ui(choice.date)} · {choice.label}"
            self.received.addItem(text, choice.transaction_id)
        self.add_button = QPushButton(self.tr("Add"))
        self.save_button = QPushButton(self.tr("Save"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.clicked.connect(self._add)
        self.save_button.clicked.connect(self._save)
        self.remove_button.clicked.connect(self._remove)
        for widget in (self.expected, self.amount, self.received):
            row.addWidget(widget, 1)
        for widget in (self.add_button, self.save_button, self.remove_button):
            row.addWidget(widget)
        layout.addLayout(row)
        layout.addWidget(section_title(self.tr("Monthly rates (MAD per unit)")))
        self.rates = QLabel()
        self.rates.setWordWrap(True)
        layout.addWidget(self.rates)
        rate_row = QHBoxLayout()
        self.month = DateField(display_format=MONTH_FORMAT)
        self.rate = QLineEdit()
        self.rate_button = QPushButton(self.tr("Set the rate"))
        self.rate_button.clicked.connect(self._set_rate)
        rate_row.addWidget(self.month)
        rate_row.addWidget(self.rate, 1)
        rate_row.addWidget(self.rate_button)
        layout.addLayout(rate_row)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.load()

    def load(self) -> None:
        view = grant(self.asso, self.project_id)
        self.model.set_rows(view.instalments)
        self.rates.setText(
            " · ".join(
                f"{month.strftime('%m/%Y')}: {format_decimal_ui(rate)}"
                for month, rate in view.monthly_rates
            )
            or self.tr("No monthly rate yet.")
        )

    def _selected(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        row = self.model.row_at(index.row())
        self.expected.set_value(row.expected_date)
        self.amount.set_amount(row.amount_minor)
        self.received.setCurrentIndex(max(self.received.findData(row.received_transaction_id), 0))

    def _do(self, work: object) -> None:
        self.error.show_error(None)
        try:
            assert callable(work)
            work()
        except DomainError as error:
            self.error.show_error(error)
            return
        edits_for(self.asso).notify("budget")
        self.load()

    def _add(self) -> None:
        self._do(
            lambda: add_instalment(
                self.asso, self.project_id, self.expected.day(), self.amount.amount()
            )
        )

    def _current(self) -> InstalmentRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _save(self) -> None:
        row = self._current()
        if row is not None:
            self._do(
                lambda: update_instalment(
                    self.asso,
                    row.id,
                    self.expected.day(),
                    self.amount.amount(),
                    self.received.currentData(),
                )
            )

    def _remove(self) -> None:
        row = self._current()
        if row is not None:
            self._do(lambda: delete_instalment(self.asso, row.id))

    def _set_rate(self) -> None:
        self._do(
            lambda: set_monthly_rate(
                self.asso, self.project_id, self.month.day(), parse_rate(self.rate.text())
            )
        )
