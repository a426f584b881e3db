"""The ledger's table: its columns, and a model that reads windows in the chosen order (a
click on the Date, Receipt no. or Label header re-reads from the service, never sorts a
partial window), with the running balance when one treasury account is filtered."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from desk.domain.enums import TransactionKind
from desk.services.browse.treasury import (
    Cursor,
    LedgerFilters,
    LedgerOrder,
    LedgerRow,
    ReceiptState,
    cursor_of,
    ledger_page,
)
from desk.store import AssoFile
from desk.ui.widgets import style
from desk.ui.widgets.formatting import format_date_ui, format_money_ui
from desk.ui.widgets.paged_model import PagedTableModel
from desk.ui.widgets.table_model import Align, Column

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
    BALANCE = 8
    RECEIPT = 9


# Header clicks: (ascending, descending) orders of the sortable columns.
SORTS = {
    LedgerColumn.DATE: (LedgerOrder.OLDEST, LedgerOrder.NEWEST),
    LedgerColumn.RECEIPT_NUMBER: (LedgerOrder.RECEIPT, LedgerOrder.RECEIPT_DESC),
    LedgerColumn.LABEL: (LedgerOrder.LABEL, LedgerOrder.LABEL_DESC),
}


def _amount_text(row: LedgerRow) -> str:
    text = format_money_ui(row.amount_minor, row.currency)
    # An explicit "+" on money in: treasurers read the sign before the digits.
    return f"+{text}" if row.amount_minor > 0 and row.kind not in _NEUTRAL else text


def _amount_color(row: LedgerRow) -> QColor | None:
    if row.kind in _NEUTRAL or row.amount_minor == 0:
        return None
    return style.POSITIVE if row.amount_minor > 0 else style.NEGATIVE


def _balance_text(row: LedgerRow) -> str:
    return "" if row.balance_minor is None else format_money_ui(row.balance_minor, row.currency)


def _balance_color(row: LedgerRow) -> QColor | None:
    return style.NEGATIVE if (row.balance_minor or 0) < 0 else None


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
        QT_TRANSLATE_NOOP("Pages", "Balance"),
        lambda r: r.balance_minor,
        _balance_text,
        Align.NUMBER,
        color=_balance_color,
        header_tooltip=QT_TRANSLATE_NOOP("Pages", "Balance of the account after this line"),
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
    """The transactions matching `filters`, read `page_size` at a time in `order`."""

    def __init__(self, asso: AssoFile, page_size: int = PAGE_SIZE, parent: QWidget | None = None):
        self.asso = asso
        self.filters = LedgerFilters()
        self.order = LedgerOrder.NEWEST
        super().__init__(
            LEDGER_COLUMNS,
            self._fetch_page,
            lambda r: cursor_of(r, self.order),
            page_size,
            parent,
        )

    def _fetch_page(self, after: Cursor | None, limit: int) -> tuple[LedgerRow, ...]:
        return ledger_page(self.asso, self.filters, after, limit, self.order)

    def set_filters(self, filters: LedgerFilters) -> None:
        self.filters = filters
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Re-read in the order of a sortable column (others keep the current order)."""
        orders = SORTS.get(LedgerColumn(column)) if 0 <= column < len(LedgerColumn) else None
        if orders is None:
            return
        self.order = orders[0] if order == Qt.SortOrder.AscendingOrder else orders[1]
        self.reload()
