"""Trésorerie: buttons to record each kind of entry, the balance of each treasury account,
then the transactions read window by window (a file can hold a million splits), with filters
applied in SQL, the running balance of one account, and the totals of what is filtered
(computed in the background). Every write is an undoable command (Edit menu)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QToolButton,
    QWidget,
)

from desk.domain.entry import EntryKind
from desk.domain.errors import DomainError
from desk.i18n.messages import describe_error
from desk.services.browse.treasury import (
    LedgerFilters,
    LedgerTotals,
    financial_years,
    ledger_size_hint,
    ledger_totals,
    treasury_accounts,
)
from desk.services.entry import EntryInput, entry_choices
from desk.services.overview import TreasuryBalance
from desk.store import AssoFile
from desk.ui.pages.base import BasePage
from desk.ui.pages.ledger_filters import LedgerFilterBar
from desk.ui.treasury.commands import CreateEntry
from desk.ui.treasury.entry_dialog import EntryDialog, kind_name
from desk.ui.treasury.ledger_export_action import ask_path, export_filtered
from desk.ui.treasury.ledger_model import PAGE_SIZE, LedgerColumn, LedgerModel
from desk.ui.treasury.more_menu import build_more_menu
from desk.ui.treasury.row_actions import LedgerRowActions
from desk.ui.undo import edits_for
from desk.ui.widgets.card import Card, Tone
from desk.ui.widgets.empty_state import EmptyState, ListStack
from desk.ui.widgets.formatting import format_money_ui
from desk.ui.widgets.jobs import run_quietly
from desk.ui.widgets.views import clear_layout, make_table

__all__ = ["LedgerColumn", "LedgerModel", "TreasuryPage"]


class TreasuryPage(BasePage):
    key = "treasury"
    # Below this many transactions, totals and balances are computed at once (milliseconds);
    # above, in the background, so that the first rows never wait for them.
    sync_below = 20_000

    def __init__(
        self,
        asso: AssoFile,
        parent: QWidget | None = None,
        today: date | None = None,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(asso, parent)
        self.today = today
        self._totals_request = 0
        self._small = True
        self._export_folder = Path.home()
        self.kind_buttons: dict[EntryKind, QPushButton] = {}
        for kind in EntryKind:
            button = QPushButton(kind_name(kind))
            button.clicked.connect(partial(self.new_entry, kind))
            button.setEnabled(not asso.read_only)
            self.kind_buttons[kind] = button
            self.header_tools.addWidget(button)
        self.more = QToolButton()
        self.more.setText(self.tr("More"))
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more.setMenu(build_more_menu(asso, self, self.refresh))
        self.header_tools.addWidget(self.more)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("The transactions filtered below, to Excel or CSV"))
        self.export_button.clicked.connect(self.export_ledger)
        self.header_tools.addWidget(self.export_button)
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
                LedgerColumn.PROJECT: 100,
                LedgerColumn.AMOUNT: 125,
                LedgerColumn.BALANCE: 125,
                LedgerColumn.RECEIPT: 80,
            },
            stretch={
                LedgerColumn.LABEL: 30,
                LedgerColumn.PAYEE: 14,
                LedgerColumn.ACCOUNT: 16,
                LedgerColumn.CATEGORY: 16,
            },
            sortable=True,
        )
        self.table.setSelectionMode(self.table.SelectionMode.ExtendedSelection)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.rows = LedgerRowActions(self)
        self.table.customContextMenuRequested.connect(self.rows.context_menu)
        self.table.doubleClicked.connect(lambda index: self.rows.edit_row(index.row()))
        self.table.installEventFilter(self)
        self.empty = EmptyState(icon=QStyle.StandardPixmap.SP_FileDialogContentsView)
        self.list = ListStack(self.table, self.empty)
        self.body.addWidget(self.list, 1)
        self.footer = QLabel()
        self.footer.setStyleSheet("font-weight: 600;")
        self.body.addWidget(self.footer)
        self.filter_bar.changed.connect(self.apply_filters)
        # Undo and redo change the file from the Edit menu: show it (the workspace does too).
        # (a bound slot: disconnected by Qt when this page is deleted, the file staying open)
        edits_for(asso).changed.connect(self._file_changed)

    @Slot(str)
    def _file_changed(self, _area: str) -> None:
        self.invalidate()

    # -- reading -----------------------------------------------------------------------------

    def load(self) -> None:
        self._small = ledger_size_hint(self.asso) < self.sync_below
        choices = entry_choices(self.asso)
        self.filter_bar.blockSignals(True)
        self.filter_bar.set_choices(financial_years(self.asso), choices.treasury)
        self.filter_bar.set_analytics(choices)
        self.filter_bar.blockSignals(False)
        self.apply_filters()
        # The balances sum every treasury split (0.4 s on a million): the rows come first.
        asso = self.asso
        self._later(lambda: treasury_accounts(asso), self._show_balances, self._failed)

    def _later(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[Exception], None],
    ) -> None:
        """Run `work` now on a small ledger (nothing flashes); on a big one, off the GUI
        thread once the first rows are painted."""
        if self._small:
            try:
                result = work()
            except Exception as error:  # shown like a background failure
                failed(error)
            else:
                done(result)
            return
        QTimer.singleShot(0, self, lambda: run_quietly(self, work, done, failed))

    def _failed(self, error: Exception) -> None:
        text = describe_error(error) if isinstance(error, DomainError) else str(error)
        self.status_message.emit(text)

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
        one_account = filters.treasury_account_id is not None
        self.table.setColumnHidden(LedgerColumn.BALANCE, not one_account)
        self._start_totals(filters)
        if filters != LedgerFilters():
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

    def _start_totals(self, filters: LedgerFilters) -> None:
        """Totals of a million splits take a moment: computed off the GUI thread; only the
        answer to the latest filters is shown."""
        self._totals_request += 1
        request = self._totals_request
        self.footer.setText(self.tr("Computing the totals…"))
        asso = self.asso

        def done(totals: LedgerTotals) -> None:
            if request == self._totals_request:
                self._show_totals(totals)

        def failed(error: Exception) -> None:
            if request == self._totals_request:
                text = describe_error(error) if isinstance(error, DomainError) else str(error)
                self.footer.setText(text)

        self._later(lambda: ledger_totals(asso, filters), done, failed)

    def _show_totals(self, totals: LedgerTotals) -> None:
        money = partial(format_money_ui, currency=totals.currency)
        self.footer.setText(
            self.tr("%n transaction(s) · In %1 · Out %2 · Net %3", "", totals.count)
            .replace("%1", money(totals.income_minor))
            .replace("%2", money(-totals.expense_minor))
            .replace("%3", money(totals.net_minor))
        )

    def export_ledger(self, out: Path | None = None) -> None:
        """Export what is filtered (asks where when `out` is not given)."""
        filters = self.filter_bar.filters()
        out = out or ask_path(self, filters, self._export_folder)
        if out is not None:
            self._export_folder = out.parent
            export_filtered(self, self.asso, filters, out, self.status_message.emit)

    # -- writing -----------------------------------------------------------------------------

    def entry_dialog(self, kind: EntryKind = EntryKind.EXPENSE) -> EntryDialog:
        """The dialog for new entries of `kind` (the caller shows it)."""
        return EntryDialog(self.asso, self._create, kind, today=self.today, parent=self)

    def new_entry(self, kind: EntryKind) -> None:
        if not self.asso.read_only:
            self.entry_dialog(kind).exec()

    def _create(self, entry: EntryInput) -> None:
        command = CreateEntry(self.asso, entry)
        edits_for(self.asso).run(command)
        self.status_message.emit(
            self.tr("Recorded under number %1.").replace("%1", command.receipt_number or "—")
        )

    def eventFilter(self, watched: object, event: object) -> bool:
        enter = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() in enter
        ):
            current: QModelIndex = self.table.currentIndex()
            if current.isValid():
                self.rows.edit_row(current.row())
                return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]
