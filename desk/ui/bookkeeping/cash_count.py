"""Comptage de caisse: notes and coins counted by denomination, the book balance of that date,
the difference and the adjusting entry proposed (booked in one click), and past counts."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.domain.cash import DENOMINATIONS, MAX_PIECES, CashAdjustment, is_note
from desk.domain.errors import DomainError
from desk.services import cash_count
from desk.services.cash_count import CashCountRow
from desk.store import AssoFile
from desk.ui.bookkeeping.common import difference_css
from desk.ui.undo import ServiceCommand, edits_for
from desk.ui.widgets.date_field import DateField
from desk.ui.widgets.error_label import ErrorLabel
from desk.ui.widgets.formatting import format_date_ui, format_decimal_ui, format_money_ui
from desk.ui.widgets.table_model import Align, Column, RowTableModel
from desk.ui.widgets.views import make_table, section_title

_CURRENCY = "MAD"  # the dirham notes and coins; a caisse in another currency is not counted


def _money(minor: int) -> str:
    return format_money_ui(minor, _CURRENCY)


HISTORY_COLUMNS: list[Column[CashCountRow]] = [
    Column(QT_TRANSLATE_NOOP("Pages", "Date"), lambda r: r.date, lambda r: format_date_ui(r.date)),
    Column(
        QT_TRANSLATE_NOOP("Pages", "Counted"),
        lambda r: r.counted_minor,
        lambda r: _money(r.counted_minor),
        Align.NUMBER,
    ),
    Column(
        QT_TRANSLATE_NOOP("Pages", "Book balance"),
        lambda r: r.book_minor,
        lambda r: _money(r.book_minor),
        Align.NUMBER,
    ),
    Column(
        QT_TRANSLATE_NOOP("Pages", "Difference"),
        lambda r: r.difference_minor,
        lambda r: _money(r.difference_minor),
        Align.NUMBER,
    ),
    Column(QT_TRANSLATE_NOOP("Pages", "Counted by"), lambda r: r.counted_by),
    Column(
        QT_TRANSLATE_NOOP("Pages", "Adjustment"),
        lambda r: r.adjustment_transaction_id or 0,
        lambda r: r.adjustment_receipt or ("✓" if r.adjustment_transaction_id else ""),
    ),
]


class SaveCountCommand(ServiceCommand):
    """Save a count (with its adjusting entry if asked); undo deletes both."""

    area = "ledger"

    def __init__(
        self,
        asso: AssoFile,
        text: str,
        box_id: int,
        day: date,
        counts: dict[int, int],
        counted_by: str,
        adjust: bool,
    ) -> None:
        super().__init__(text)
        self.asso, self.box_id, self.day, self.counts = asso, box_id, day, counts
        self.counted_by, self.adjust = counted_by, adjust
        self.saved: cash_count.SavedCount | None = None

    def apply(self) -> None:
        self.saved = cash_count.save_count(
            self.asso,
            self.box_id,
            self.day,
            self.counts,
            counted_by=self.counted_by,
            adjust=self.adjust,
        )

    def revert(self) -> None:
        if self.saved is not None:
            cash_count.delete_count(self.asso, self.saved.id)


class PostAdjustmentCommand(ServiceCommand):
    """Book the difference of a count saved earlier; undo deletes that entry."""

    area = "ledger"

    def __init__(self, asso: AssoFile, text: str, count_id: int) -> None:
        super().__init__(text)
        self.asso, self.count_id = asso, count_id

    def apply(self) -> None:
        cash_count.post_adjustment(self.asso, self.count_id)

    def revert(self) -> None:
        cash_count.remove_adjustment(self.asso, self.count_id)


class CashCountDialog(QDialog):
    def __init__(self, asso: AssoFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.asso = asso
        self.setWindowTitle(self.tr("Cash count"))
        self.resize(900, 680)
        self.boxes = cash_count.cash_boxes(asso)
        self.preview: cash_count.CashCountPreview | None = None

        top = QFormLayout()
        self.box_combo = QComboBox()
        for box in self.boxes:
            self.box_combo.addItem(box.name, box.id)
        self.date_edit = DateField()
        self.counted_by = QLineEdit()
        self.counted_by.setPlaceholderText(self.tr("Who counted (name)"))
        top.addRow(self.tr("Cash box"), self.box_combo)
        top.addRow(self.tr("Date of the count"), self.date_edit)
        top.addRow(self.tr("Counted by"), self.counted_by)

        self.spins: dict[int, QSpinBox] = {}
        self.line_totals: dict[int, QLabel] = {}
        grid_box = QGroupBox(self.tr("Notes and coins"))
        grid = QGridLayout(grid_box)
        for column, header in enumerate(
            (self.tr("Denomination"), self.tr("Number"), self.tr("Amount"))
        ):
            title = QLabel(header)
            title.setStyleSheet("font-weight: 600;")
            grid.addWidget(title, 0, column)
        for row, value in enumerate(DENOMINATIONS, start=1):
            kind = self.tr("note") if is_note(value) else self.tr("coin")
            places = 2 if value % 100 else None
            name = QLabel(f"{format_decimal_ui(Decimal(value) / 100, places=places)} DH — {kind}")
            spin = QSpinBox()
            spin.setRange(0, MAX_PIECES)
            spin.setAccessibleName(name.text())
            spin.valueChanged.connect(self._recompute)
            total = QLabel(_money(0))
            total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(name, row, 0)
            grid.addWidget(spin, row, 1)
            grid.addWidget(total, row, 2)
            self.spins[value], self.line_totals[value] = spin, total

        summary_box = QGroupBox(self.tr("Result"))
        summary = QFormLayout(summary_box)
        self.counted_label, self.book_label, self.difference_label = QLabel(), QLabel(), QLabel()
        for label in (self.counted_label, self.book_label, self.difference_label):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        summary.addRow(self.tr("Counted total"), self.counted_label)
        self.book_title = QLabel(self.tr("Book balance"))
        summary.addRow(self.book_title, self.book_label)
        summary.addRow(self.tr("Difference"), self.difference_label)
        self.proposal = QLabel()
        self.proposal.setWordWrap(True)
        self.proposal.setFrameShape(QFrame.Shape.StyledPanel)
        self.proposal.setMargin(8)
        summary.addRow(self.proposal)
        self.save_adjust_button = QPushButton(self.tr("Save and book the difference"))
        self.save_adjust_button.clicked.connect(lambda: self.save(adjust=True))
        self.save_button = QPushButton(self.tr("Save the count only"))
        self.save_button.clicked.connect(lambda: self.save(adjust=False))
        summary.addRow(self.save_adjust_button)
        summary.addRow(self.save_button)
        self.error = ErrorLabel()
        summary.addRow(self.error)

        middle = QHBoxLayout()
        middle.addWidget(grid_box, 3)
        middle.addWidget(summary_box, 2)

        self.history: RowTableModel[CashCountRow] = RowTableModel(HISTORY_COLUMNS, self)
        self.history_table = make_table(
            self.history, widths={0: 100, 1: 120, 2: 130, 3: 110, 5: 110}, stretch=4
        )
        self.history_table.setMinimumHeight(120)

        self.history_table.selectionModel().selectionChanged.connect(self._history_selected)
        self.post_button = QPushButton(self.tr("Book the difference of the selected count"))
        self.post_button.clicked.connect(self.post_selected)
        self.post_button.setEnabled(False)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.post_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle)
        layout.addWidget(section_title(self.tr("Previous counts")))
        layout.addWidget(self.history_table, 1)
        layout.addWidget(buttons)

        self.box_combo.currentIndexChanged.connect(self._box_changed)
        self.date_edit.dateChanged.connect(self._recompute)
        if asso.read_only:
            for button in (self.save_button, self.save_adjust_button):
                button.setEnabled(False)
                button.setToolTip(self.tr("The file is open read-only."))
        self._box_changed()

    # -- reading -------------------------------------------------------------------------

    def box_id(self) -> int | None:
        data = self.box_combo.currentData()
        return int(data) if data is not None else None

    def counts(self) -> dict[int, int]:
        return {value: spin.value() for value, spin in self.spins.items() if spin.value()}

    def selected_count(self) -> CashCountRow | None:
        rows = self.history_table.selectionModel().selectedRows()
        return self.history.row_at(rows[0].row()) if rows else None

    def _history_selected(self) -> None:
        row = self.selected_count()
        self.post_button.setEnabled(
            not self.asso.read_only
            and row is not None
            and row.difference_minor != 0
            and row.adjustment_transaction_id is None
        )

    def post_selected(self) -> bool:
        row = self.selected_count()
        if row is None or self.asso.read_only:
            return False
        text = self.tr("Cash difference of %1").replace("%1", format_date_ui(row.date))
        try:
            edits_for(self.asso).run(PostAdjustmentCommand(self.asso, text, row.id))
        except DomainError as error:
            self.error.show_error(error)
            return False
        self._box_changed()
        return True

    def _box_changed(self) -> None:
        box = self.box_id()
        self.history.set_rows(cash_count.count_history(self.asso, box) if box is not None else [])
        self._history_selected()
        self._recompute()

    def _recompute(self) -> None:
        for value, spin in self.spins.items():
            self.line_totals[value].setText(_money(value * spin.value()))
        box = self.box_id()
        if box is None:
            self.preview = None
            self.proposal.setText(self.tr("This file has no cash box."))
            self._enable(False)
            return
        day = self.date_edit.day()
        try:
            self.preview = cash_count.preview(self.asso, box, day, self.counts())
        except DomainError as error:
            self.error.show_error(error)
            return
        self.error.show_error(None)
        p = self.preview
        self.counted_label.setText(_money(p.counted_minor))
        self.book_title.setText(self.tr("Book balance on %1").replace("%1", format_date_ui(day)))
        self.book_label.setText(_money(p.book_minor))
        self.difference_label.setText(_money(p.difference_minor))
        self.difference_label.setStyleSheet(difference_css(p.difference_minor))
        self.proposal.setText(self._proposal_text(p.adjustment))
        self._enable(True)

    def _proposal_text(self, adjustment: CashAdjustment | None) -> str:
        if adjustment is None:
            return self.tr("The cash box matches the books: no entry is needed.")
        amount = _money(abs(adjustment.difference_minor))
        if adjustment.shortage:
            head = self.tr("Shortage of %1. Proposed entry:").replace("%1", amount)
        else:
            head = self.tr("Surplus of %1. Proposed entry:").replace("%1", amount)
        lines = []
        for leg in adjustment.legs:
            side = self.tr("Debit") if leg.amount_minor > 0 else self.tr("Credit")
            account = f"{side} {leg.account_code} — {self._account_name(leg.account_code)}"
            lines.append(self.tr("%1: %2").replace("%1", account).replace("%2", amount))
        return "\n".join([head, *lines])

    def _account_name(self, code: str) -> str:
        names = {
            "6588": self.tr("Cash difference (shortage)"),
            "7588": self.tr("Cash difference (surplus)"),
        }
        return names.get(code, self.box_combo.currentText())

    def _enable(self, ok: bool) -> None:
        writable = ok and not self.asso.read_only
        has_difference = self.preview is not None and self.preview.adjustment is not None
        self.save_button.setEnabled(writable)
        self.save_adjust_button.setEnabled(writable and has_difference)

    # -- writing -------------------------------------------------------------------------

    def save(self, adjust: bool) -> bool:
        box = self.box_id()
        if box is None or self.asso.read_only:
            return False
        day = self.date_edit.day()
        command = SaveCountCommand(
            self.asso,
            self.tr("Cash count of %1").replace("%1", format_date_ui(day)),
            box,
            day,
            self.counts(),
            self.counted_by.text(),
            adjust,
        )
        try:
            edits_for(self.asso).run(command)
        except DomainError as error:
            self.error.show_error(error)
            return False
        for spin in self.spins.values():
            spin.setValue(0)
        self._box_changed()
        return True
