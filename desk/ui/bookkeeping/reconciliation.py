"""Rapprochement bancaire: a statement's date and closing balance, the lines of the account to
tick, the live difference, "Finish" once it is zero; drafts resume, the last one can be undone."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk.domain.errors import DomainError
from desk.services import reconciliation as rec
from desk.services.reconciliation import ReconciliationRow, ReconciliationState, StatementLine
from desk.store import AssoFile
from desk.ui.bookkeeping.common import difference_css
from desk.ui.undo import ServiceCommand, edits_for
from desk.ui.widgets.date_field import DateField
from desk.ui.widgets.error_label import ErrorLabel
from desk.ui.widgets.formatting import format_date_ui, format_datetime_ui, format_money_ui
from desk.ui.widgets.money_edit import MoneyEdit
from desk.ui.widgets.table_model import Align, Column, Index, RowTableModel
from desk.ui.widgets.views import make_table

TICK = 0


class LineModel(RowTableModel[StatementLine]):
    """The statement lines, with a check box in the first column; `toggled(ids, ticked)`."""

    toggled = Signal(list, bool)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == TICK and self.checkable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    checkable = True

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == TICK:
            if role == Qt.ItemDataRole.CheckStateRole:
                ticked = self.row_at(index.row()).ticked
                return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.DisplayRole:
                return ""
        return super().data(index, role)

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = 0
    ) -> bool:
        if not (
            index.isValid() and index.column() == TICK and role == Qt.ItemDataRole.CheckStateRole
        ):
            return False
        ticked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.toggled.emit([self.row_at(index.row()).split_id], ticked)
        return True


def _columns(currency: str) -> list[Column[StatementLine]]:
    return [
        Column(QT_TRANSLATE_NOOP("Pages", "Ticked"), lambda r: r.ticked, lambda r: ""),
        Column(
            QT_TRANSLATE_NOOP("Pages", "Date"), lambda r: r.date, lambda r: format_date_ui(r.date)
        ),
        Column(QT_TRANSLATE_NOOP("Pages", "Receipt no."), lambda r: r.receipt_number),
        Column(QT_TRANSLATE_NOOP("Pages", "Label"), lambda r: r.label),
        Column(QT_TRANSLATE_NOOP("Pages", "Payee"), lambda r: r.payee),
        Column(
            QT_TRANSLATE_NOOP("Pages", "Amount"),
            lambda r: r.amount_minor,
            lambda r: format_money_ui(r.amount_minor, currency),
            Align.NUMBER,
        ),
    ]


def _history_columns(currency: str) -> list[Column[ReconciliationRow]]:
    return [
        Column(
            QT_TRANSLATE_NOOP("Pages", "Statement date"),
            lambda r: r.statement_date,
            lambda r: format_date_ui(r.statement_date),
        ),
        Column(
            QT_TRANSLATE_NOOP("Pages", "Closing balance"),
            lambda r: r.closing_balance_minor,
            lambda r: format_money_ui(r.closing_balance_minor, currency),
            Align.NUMBER,
        ),
        Column(QT_TRANSLATE_NOOP("Pages", "Lines"), lambda r: r.lines, align=Align.NUMBER),
        Column(
            QT_TRANSLATE_NOOP("Pages", "Finished"),
            lambda r: r.finished_at,
            lambda r: format_datetime_ui(r.finished_at),
        ),
    ]


class TickCommand(ServiceCommand):
    area = "ledger"

    def __init__(self, asso: AssoFile, text: str, rec_id: int, ids: list[int], ticked: bool):
        super().__init__(text)
        self.asso, self.rec_id, self.ids, self.ticked = asso, rec_id, ids, ticked

    def apply(self) -> None:
        rec.set_ticked(self.asso, self.rec_id, self.ids, self.ticked)

    def revert(self) -> None:
        rec.set_ticked(self.asso, self.rec_id, self.ids, not self.ticked)


class ReconciliationDialog(QDialog):
    def __init__(self, asso: AssoFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.asso = asso
        self.setWindowTitle(self.tr("Bank reconciliation"))
        self.resize(1000, 680)
        self.accounts = rec.bank_accounts(asso)
        self.current: ReconciliationState | None = None
        currency = self.accounts[0].currency if self.accounts else "MAD"

        self.account_combo = QComboBox()
        for account in self.accounts:
            self.account_combo.addItem(account.name, account.id)
        self.date_edit = DateField()
        self.balance_edit = MoneyEdit(currency, allow_negative=True)  # an overdraft
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.clicked.connect(self.start_or_update)
        form = QFormLayout()
        form.addRow(self.tr("Bank account"), self.account_combo)
        form.addRow(self.tr("Statement date"), self.date_edit)
        form.addRow(self.tr("Closing balance of the statement"), self.balance_edit)
        self.error = ErrorLabel()
        form.addRow(self.error)
        form.addRow(self.start_button)

        figures = QFormLayout()
        self.opening_label, self.ticked_label, self.difference_label = QLabel(), QLabel(), QLabel()
        for label in (self.opening_label, self.ticked_label, self.difference_label):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        figures.addRow(self.tr("Reconciled balance before"), self.opening_label)
        figures.addRow(self.tr("Ticked"), self.ticked_label)
        figures.addRow(self.tr("Difference"), self.difference_label)
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        figures.addRow(self.state_label)
        head = QHBoxLayout()
        head.addLayout(form, 3)
        head.addSpacing(24)
        head.addLayout(figures, 2)

        self.lines = LineModel(_columns(currency), self)
        self.lines.toggled.connect(self.tick)
        self.table = make_table(
            self.lines, widths={0: 60, 1: 100, 2: 100, 4: 170, 5: 130}, stretch=3
        )
        self.history = RowTableModel(_history_columns(currency), self)
        self.history_table = make_table(self.history, widths={0: 140, 1: 160, 2: 80}, stretch=3)
        tabs = QTabWidget()
        tabs.addTab(self.table, self.tr("Lines to tick"))
        tabs.addTab(self.history_table, self.tr("History"))

        self.tick_all_button = QPushButton(self.tr("Tick all"))
        self.tick_all_button.clicked.connect(lambda: self.tick_all(True))
        self.untick_all_button = QPushButton(self.tr("Untick all"))
        self.untick_all_button.clicked.connect(lambda: self.tick_all(False))
        self.discard_button = QPushButton(self.tr("Discard the draft"))
        self.discard_button.clicked.connect(self.discard)
        self.undo_last_button = QPushButton(self.tr("Cancel the last reconciliation…"))
        self.undo_last_button.clicked.connect(self.undo_last)
        self.finish_button = QPushButton(self.tr("Finish"))
        self.finish_button.setDefault(True)
        self.finish_button.clicked.connect(self.finish)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        for button in (self.tick_all_button, self.untick_all_button, self.discard_button):
            bottom.addWidget(button)
        bottom.addWidget(self.undo_last_button)
        bottom.addStretch(1)
        bottom.addWidget(self.finish_button)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(tabs, 1)
        layout.addLayout(bottom)
        self.account_combo.currentIndexChanged.connect(self.load)
        self.load()

    # -- state ---------------------------------------------------------------------------

    def account_id(self) -> int | None:
        data = self.account_combo.currentData()
        return int(data) if data is not None else None

    def load(self) -> None:
        """Show the draft of the chosen account (resumed), or an empty statement to start."""
        account = self.account_id()
        draft = None
        if account is not None:
            self.accounts = rec.bank_accounts(self.asso)
            draft = next((a.draft_id for a in self.accounts if a.id == account), None)
            self.history.set_rows(rec.history(self.asso, account))
        self.current = rec.state(self.asso, draft) if draft is not None else None
        if self.current is not None:
            self.date_edit.set_value(self.current.statement_date)
            self.balance_edit.set_amount(self.current.closing_balance_minor)
        self._show()

    def _show(self) -> None:
        s = self.current
        writable = not self.asso.read_only
        self.lines.checkable = s is not None and writable
        self.lines.set_rows(s.lines if s is not None else ())
        self.start_button.setText(self.tr("Update the statement") if s else self.tr("Start"))
        if s is None:
            for label in (self.opening_label, self.ticked_label, self.difference_label):
                label.clear()
            self.state_label.setText(
                self.tr("Enter the date and closing balance of the bank statement, then Start.")
            )
        else:
            cur = s.currency
            self.opening_label.setText(format_money_ui(s.opening_minor, cur))
            self.ticked_label.setText(format_money_ui(s.ticked_minor, cur))
            self.difference_label.setText(format_money_ui(s.difference_minor, cur))
            self.difference_label.setStyleSheet(difference_css(s.difference_minor))
            self.state_label.setText(
                self.tr("Balanced: you can finish.")
                if s.difference_minor == 0
                else self.tr(
                    "Tick the lines that appear on the statement until the difference is zero."
                )
            )
        has_account = self.account_id() is not None
        self.start_button.setEnabled(writable and has_account)
        for button in (self.tick_all_button, self.untick_all_button, self.discard_button):
            button.setEnabled(writable and s is not None)
        self.finish_button.setEnabled(writable and s is not None and s.difference_minor == 0)
        self.undo_last_button.setEnabled(
            writable and s is None and any(r.finished_at for r in self.history.rows)
        )

    # -- writes --------------------------------------------------------------------------

    def _try(self, action: Any) -> bool:
        try:
            action()
        except DomainError as error:
            self.error.show_error(error)
            return False
        self.error.show_error(None)
        return True

    def start_or_update(self) -> None:
        account = self.account_id()
        if account is None:
            return
        day = self.date_edit.day()
        try:
            balance = self.balance_edit.amount()
        except DomainError as error:
            self.error.show_error(error)
            self.balance_edit.setFocus()
            return
        if self.current is None:
            ok = self._try(lambda: rec.start(self.asso, account, day, balance))
        else:
            rec_id = self.current.id
            ok = self._try(lambda: rec.update_statement(self.asso, rec_id, day, balance))
        if ok:
            self.load()

    def tick(self, ids: list[int], ticked: bool) -> None:
        if self.current is None or not ids:
            return
        text = self.tr("Tick statement lines") if ticked else self.tr("Untick statement lines")
        command = TickCommand(self.asso, text, self.current.id, ids, ticked)
        if self._try(lambda: edits_for(self.asso).run(command)):
            self.current = rec.state(self.asso, self.current.id)
            self._show()

    def tick_all(self, ticked: bool) -> None:
        if self.current is not None:
            self.tick(
                [line.split_id for line in self.current.lines if line.ticked != ticked], ticked
            )

    def finish(self) -> None:
        if self.current is None:
            return
        rec_id = self.current.id
        if self._try(lambda: rec.finish(self.asso, rec_id)):
            edits_for(self.asso).notify("ledger")
            self.load()
            self.state_label.setText(self.tr("Reconciliation finished."))

    def discard(self) -> None:
        if self.current is None:
            return
        rec_id = self.current.id
        if self._try(lambda: rec.discard(self.asso, rec_id)):
            edits_for(self.asso).notify("ledger")
            self.load()

    def undo_last(self) -> None:
        account = self.account_id()
        if account is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Cancel the last reconciliation"),
            self.tr("Why? (kept in the change log)"),
        )
        if ok and self._try(lambda: rec.reopen_last(self.asso, account, reason)):
            edits_for(self.asso).notify("ledger")
            self.load()
