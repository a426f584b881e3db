"""Trésorerie: the balance of each treasury account, then the transactions, newest first,
read window by window (a file can hold a million splits), with filters applied in SQL and the
count and totals of what is filtered underneath."""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QWidget

from desk.domain.enums import TransactionKind
from desk.services.browse.treasury import (
    Cursor,
    LedgerFilters,
    LedgerRow,
    ReceiptState,
    financial_years,
    ledger_page,
    ledger_totals,
    treasury_accounts,
)
from desk.services.overview import TreasuryBalance
from desk.store import AssoFile
from desk.ui.pages.base import BasePage
from desk.ui.pages.ledger_filters import LedgerFilterBar
from desk.ui.widgets import style
from desk.ui.widgets.card import Card, Tone
from desk.ui.widgets.empty_state import EmptyState, ListStack
from desk.ui.widgets.formatting import format_date_ui, format_money_ui
from desk.ui.widgets.paged_model import PagedTableModel
from desk.ui.widgets.table_model import Align, Column
from desk.ui.widgets.views import clear_layout, make_table

PAGE_SIZE = 200
_NEUTRAL = (TransactionKind.TRANSFER, TransactionKind.OPENING)


class LedgerColumn(IntEnum):
    DATE = 0
    RECEIPT_NUMBER = 1
    LABEL = 2
    PAYEE = 3
    ACCOUNT = 4
    CATEGORY = 5
    PROJECT = 6
    AMOUNT = 7
    RECEIPT = 8


def _amount_text(row: LedgerRow) -> str:
    text = format_money_ui(row.amount_minor, row.currency)
    # An explicit "+" on money in: treasurers read the sign before the digits.
    return f"+{text}" if row.amount_minor > 0 and row.kind not in _NEUTRAL else text


def _amount_color(row: LedgerRow) -> QColor | None:
    if row.kind in _NEUTRAL or row.amount_minor == 0:
        return None
    return style.POSITIVE if row.amount_minor > 0 else style.NEGATIVE


def _receipt_text(row: LedgerRow) -> str:
    if row.receipt is ReceiptState.ATTACHED:
        return "✓" if row.attachments == 1 else f"✓ {row.attachments}"
    if row.receipt is ReceiptState.MISSING:
        return QCoreApplication.translate("Pages", "missing")
    if row.receipt is ReceiptState.NOT_REQUIRED:
        return QCoreApplication.translate("Pages", "not required")
    return "—"


def _receipt_tip(row: LedgerRow) -> str:
    if row.receipt is ReceiptState.ATTACHED:
        return QCoreApplication.translate("Pages", "%n receipt(s) attached", "", row.attachments)
    if row.receipt is ReceiptState.MISSING:
        return QCoreApplication.translate("Pages", "The receipt of this transaction is missing")
    if row.receipt is ReceiptState.NOT_REQUIRED:
        return QCoreApplication.translate("Pages", "Marked as needing no receipt (bank fees…)")
    return ""


def _receipt_color(row: LedgerRow) -> QColor | None:
    if row.receipt is ReceiptState.MISSING:
        return style.WARNING
    if row.receipt is ReceiptState.ATTACHED:
        return style.POSITIVE
    return style.MUTED


LEDGER_COLUMNS: list[Column[LedgerRow]] = [
    Column(QT_TRANSLATE_NOOP("Pages", "Date"), lambda r: r.date, lambda r: format_date_ui(r.date)),
    Column(QT_TRANSLATE_NOOP("Pages", "Receipt no."), lambda r: r.receipt_number),
    Column(QT_TRANSLATE_NOOP("Pages", "Label"), lambda r: r.label),
    Column(QT_TRANSLATE_NOOP("Pages", "Payee"), lambda r: r.payee),
    Column(QT_TRANSLATE_NOOP("Pages", "Account"), lambda r: r.treasury),
    Column(QT_TRANSLATE_NOOP("Pages", "Category"), lambda r: r.category),
    Column(QT_TRANSLATE_NOOP("Pages", "Project"), lambda r: r.project),
    Column(
        QT_TRANSLATE_NOOP("Pages", "Amount"),
        lambda r: r.amount_minor,
        _amount_text,
        Align.NUMBER,
        color=_amount_color,
    ),
    Column(
        QT_TRANSLATE_NOOP("Pages", "Receipt"),
        lambda r: r.receipt.value,
        _receipt_text,
        Align.CENTER,
        tooltip=_receipt_tip,
        color=_receipt_color,
    ),
]


class LedgerModel(PagedTableModel[LedgerRow, Cursor]):
    """The transactions matching `filters`, read `page_size` at a time, newest first."""

    def __init__(self, asso: AssoFile, page_size: int = PAGE_SIZE, parent: QWidget | None = None):
        self.asso = asso
        self.filters = LedgerFilters()
        super().__init__(LEDGER_COLUMNS, self._fetch_page, lambda r: r.cursor, page_size, parent)

    def _fetch_page(self, after: Cursor | None, limit: int) -> tuple[LedgerRow, ...]:
        return ledger_page(self.asso, self.filters, after, limit)

    def set_filters(self, filters: LedgerFilters) -> None:
        self.filters = filters
        self.reload()


class TreasuryPage(BasePage):
    key = "treasury"

    def __init__(
        self,
        asso: AssoFile,
        parent: QWidget | None = None,
        today: date | None = None,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(asso, parent)
        self.balances = QHBoxLayout()
        self.balances.setSpacing(10)
        self.body.addLayout(self.balances)
        self.filter_bar = LedgerFilterBar(self, today)
        self.body.addWidget(self.filter_bar)
        self.model = LedgerModel(asso, page_size, self)
        self.table = make_table(
            self.model,
            widths={
                LedgerColumn.DATE: 88,
                LedgerColumn.RECEIPT_NUMBER: 84,
                LedgerColumn.PROJECT: 110,
                LedgerColumn.AMOUNT: 125,
                LedgerColumn.RECEIPT: 88,
            },
            stretch={
                LedgerColumn.LABEL: 30,
                LedgerColumn.PAYEE: 14,
                LedgerColumn.ACCOUNT: 16,
                LedgerColumn.CATEGORY: 16,
            },
        )
        self.empty = EmptyState(icon=QStyle.StandardPixmap.SP_FileDialogContentsView)
        self.list = ListStack(self.table, self.empty)
        self.body.addWidget(self.list, 1)
        self.footer = QLabel()
        self.footer.setStyleSheet("font-weight: 600;")
        self.body.addWidget(self.footer)
        self.filter_bar.changed.connect(self.apply_filters)

    def load(self) -> None:
        accounts = treasury_accounts(self.asso)
        self.filter_bar.blockSignals(True)
        self.filter_bar.set_choices(financial_years(self.asso), accounts)
        self.filter_bar.blockSignals(False)
        self._show_balances(accounts)
        self.apply_filters()

    def _show_balances(self, accounts: tuple[TreasuryBalance, ...]) -> None:
        clear_layout(self.balances)
        for account in accounts:
            card = Card(account.name)
            tone = Tone.NEGATIVE if account.balance_minor < 0 else Tone.NORMAL
            card.set_value(format_money_ui(account.balance_minor, account.currency), tone)
            if account.held_by_member:
                card.set_hint(self.tr("held by a member"))
                card.setToolTip(
                    self.tr("Money kept on a member's personal account: flagged in reports.")
                )
            card.setMaximumWidth(300)
            self.balances.addWidget(card)
        self.balances.addStretch(1)

    def apply_filters(self) -> None:
        filters = self.filter_bar.filters()
        self.model.set_filters(filters)
        totals = ledger_totals(self.asso, filters)
        money = partial(format_money_ui, currency=totals.currency)
        self.footer.setText(
            self.tr("%n transaction(s) · In %1 · Out %2 · Net %3", "", totals.count)
            .replace("%1", money(totals.income_minor))
            .replace("%2", money(-totals.expense_minor))
            .replace("%3", money(totals.net_minor))
        )
        filtered = filters != LedgerFilters()
        if filtered:
            self.empty.set_text(
                self.tr("No transaction matches these filters"),
                self.tr("Change the period or the account, or clear the search."),
            )
        else:
            self.empty.set_text(
                self.tr("No transaction yet"),
                self.tr("Expenses and income recorded by the treasurer will be listed here."),
            )
        self.list.show_empty(self.model.rowCount() == 0)
