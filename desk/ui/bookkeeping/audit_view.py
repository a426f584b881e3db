"""Journal des modifications: who changed what and when, with the values before and after, for
the whole file or one transaction; filters by period, user, type of record and text; rows are
read window by window (a file keeps every change it ever had)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelection, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desk.domain.enums import TransactionKind
from desk.services.browse import audit
from desk.services.browse.audit import AuditChange, AuditFilters, Cursor, FieldChange, SplitLine
from desk.store import AssoFile
from desk.ui.widgets.date_field import DateField
from desk.ui.widgets.formatting import format_datetime_ui, format_money_ui
from desk.ui.widgets.labels import label, record_kind
from desk.ui.widgets.paged_model import PagedTableModel
from desk.ui.widgets.table_model import Column
from desk.ui.widgets.views import make_table

PAGE = 200
CTX = "Bookkeeping"

# Field names of the snapshots, in words.
FIELDS: dict[str, str] = {
    "label": QT_TRANSLATE_NOOP("Bookkeeping", "Label"),
    "date": QT_TRANSLATE_NOOP("Bookkeeping", "Date"),
    "kind": QT_TRANSLATE_NOOP("Bookkeeping", "Type"),
    "payee": QT_TRANSLATE_NOOP("Bookkeeping", "Payee"),
    "receipt_number": QT_TRANSLATE_NOOP("Bookkeeping", "Receipt no."),
    "notes": QT_TRANSLATE_NOOP("Bookkeeping", "Notes"),
    "splits": QT_TRANSLATE_NOOP("Bookkeeping", "Lines"),
    "amount_minor": QT_TRANSLATE_NOOP("Bookkeeping", "Amount"),
    "account_id": QT_TRANSLATE_NOOP("Bookkeeping", "Account"),
    "treasury_account_id": QT_TRANSLATE_NOOP("Bookkeeping", "Treasury account"),
    "status": QT_TRANSLATE_NOOP("Bookkeeping", "Status"),
    "name": QT_TRANSLATE_NOOP("Bookkeeping", "Name"),
    "title": QT_TRANSLATE_NOOP("Bookkeeping", "Title"),
    "code": QT_TRANSLATE_NOOP("Bookkeeping", "Code"),
    "counted_minor": QT_TRANSLATE_NOOP("Bookkeeping", "Counted"),
    "book_minor": QT_TRANSLATE_NOOP("Bookkeeping", "Book balance"),
    "closing_balance_minor": QT_TRANSLATE_NOOP("Bookkeeping", "Closing balance"),
    "statement_date": QT_TRANSLATE_NOOP("Bookkeeping", "Statement date"),
    "receipt_not_required": QT_TRANSLATE_NOOP("Bookkeeping", "No receipt needed"),
    "reconciled_splits": QT_TRANSLATE_NOOP("Bookkeeping", "Reconciled lines"),
    "reopen_reason": QT_TRANSLATE_NOOP("Bookkeeping", "Reason for reopening"),
    "balances": QT_TRANSLATE_NOOP("Bookkeeping", "Balances"),
}


YES = QT_TRANSLATE_NOOP("Bookkeeping", "Yes")
NO = QT_TRANSLATE_NOOP("Bookkeeping", "No")
NAMED = QT_TRANSLATE_NOOP("Bookkeeping", "%1: %2")  # a field and its value


def _t(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def field_name(name: str) -> str:
    source = FIELDS.get(name)
    return _t(source) if source else name


def format_value(change: FieldChange, value: Any, currency: str) -> str:
    """A before or after value as a treasurer reads it."""
    if value is None or value == "" or value == () or value == []:
        return "—"
    if change.kind == "money" and isinstance(value, int):
        return format_money_ui(value, currency)
    if change.kind == "date" and isinstance(value, str) and len(value) >= 10:
        try:
            return date.fromisoformat(value[:10]).strftime("%d/%m/%Y")
        except ValueError:
            return value
    if change.kind == "bool":
        return _t(YES) if value else _t(NO)
    if change.kind == "lines":
        return " · ".join(
            f"{line.account} {format_money_ui(line.amount_minor, currency)}"
            for line in value
            if isinstance(line, SplitLine)
        )
    if change.name == "kind" and isinstance(value, str):
        try:
            return label(TransactionKind(value))
        except ValueError:
            return value
    return str(value)


def summary(row: AuditChange, currency: str, limit: int = 3) -> str:
    """ "Libellé : Transport → Transport atelier; Lignes : …" for the table cell."""
    parts = []
    for change in row.changes[:limit]:
        before = format_value(change, change.before, currency)
        after = format_value(change, change.after, currency)
        name = field_name(change.name)
        if change.before is None:
            value = after
        elif change.after is None:
            value = before
        else:
            value = f"{before} → {after}"
        parts.append(_t(NAMED).replace("%1", name).replace("%2", value))
    if len(row.changes) > limit:
        parts.append("…")
    return "; ".join(parts)


def _columns(currency: str) -> list[Column[AuditChange]]:
    return [
        Column(
            QT_TRANSLATE_NOOP("Pages", "Date"), lambda r: r.at, lambda r: format_datetime_ui(r.at)
        ),
        Column(QT_TRANSLATE_NOOP("Pages", "User"), lambda r: r.user, tooltip=lambda r: r.machine),
        Column(
            QT_TRANSLATE_NOOP("Pages", "Action"),
            lambda r: r.action.value,
            lambda r: label(r.action),
        ),
        Column(
            QT_TRANSLATE_NOOP("Pages", "Type"), lambda r: r.table, lambda r: record_kind(r.table)
        ),
        Column(
            QT_TRANSLATE_NOOP("Pages", "Record"),
            lambda r: r.record_label,
            lambda r: r.record_label or (f"#{r.record_id}" if r.record_id is not None else ""),
        ),
        Column(
            QT_TRANSLATE_NOOP("Pages", "Before → after"),
            lambda r: len(r.changes),
            lambda r: summary(r, currency),
            tooltip=lambda r: r.reason,
        ),
    ]


class AuditLogDialog(QDialog):
    def __init__(
        self, asso: AssoFile, parent: QWidget | None = None, transaction_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self.asso = asso
        self.transaction_id = transaction_id
        self.currency = audit.base_currency(asso)
        if transaction_id is None:
            self.setWindowTitle(self.tr("Change log"))
        else:
            self.setWindowTitle(self.tr("Change log of a transaction"))
        self.resize(1100, 700)

        self.period = QCheckBox(self.tr("From"))
        self.start_edit = DateField(date.today() - timedelta(days=30))
        self.to_label = QLabel(self.tr("to"))
        self.end_edit = DateField(date.today())
        self.user_combo = QComboBox()
        self.user_combo.addItem(self.tr("All users"), "")
        for user in audit.audit_users(asso):
            self.user_combo.addItem(user, user)
        self.type_combo = QComboBox()
        self.type_combo.addItem(self.tr("All records"), "")
        for table in audit.audit_tables(asso):
            self.type_combo.addItem(record_kind(table), table)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search (label, amount, reason…)"))
        self.search.setClearButtonEnabled(True)
        self.whole_file = QPushButton(self.tr("Whole file"))
        self.whole_file.setVisible(transaction_id is not None)
        self.whole_file.clicked.connect(self.show_whole_file)
        filters = QHBoxLayout()
        for widget in (self.period, self.start_edit, self.to_label, self.end_edit):
            filters.addWidget(widget)
        filters.addSpacing(12)
        filters.addWidget(self.user_combo)
        filters.addWidget(self.type_combo)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.whole_file)

        self.model: PagedTableModel[AuditChange, Cursor] = PagedTableModel(
            _columns(self.currency), self._fetch, lambda r: r.cursor, PAGE, self
        )
        self.table = make_table(
            self.model, widths={0: 130, 1: 150, 2: 100, 3: 130, 4: 220}, stretch=5
        )
        self.detail = QTextBrowser()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([430, 200])
        self.count_label = QLabel()
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        for combo in (self.user_combo, self.type_combo):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        for edit in (self.start_edit, self.end_edit):
            edit.dateChanged.connect(lambda _d: self.reload())
        self.period.toggled.connect(lambda _on: self.reload())
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.reload()

    def filters(self) -> AuditFilters:
        on = self.period.isChecked()
        self.start_edit.setEnabled(on)
        self.end_edit.setEnabled(on)
        return AuditFilters(
            start=self.start_edit.day() if on else None,
            end=self.end_edit.day() if on else None,
            user=self.user_combo.currentData() or None,
            table=self.type_combo.currentData() or None,
            text=self.search.text(),
            transaction_id=self.transaction_id,
        )

    def _fetch(self, after: Cursor | None, limit: int) -> Sequence[AuditChange]:
        return audit.audit_page(self.asso, self._filters, after, limit)

    def reload(self) -> None:
        if self.asso.closed:  # a late keystroke timer after the file was closed
            return
        self._filters = self.filters()
        self.model.reload()
        total = audit.audit_count(self.asso, self._filters)
        self.count_label.setText(self.tr("Changes: %1").replace("%1", str(total)))
        self.detail.clear()
        if self.model.rowCount():
            self.table.selectRow(0)

    def show_whole_file(self) -> None:
        self.transaction_id = None
        self.whole_file.hide()
        self.setWindowTitle(self.tr("Change log"))
        self.reload()

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.detail.clear()
            return
        self.detail.setHtml(self.detail_html(self.model.row_at(rows[0].row())))

    def detail_html(self, row: AuditChange) -> str:
        head = " — ".join(
            p
            for p in (
                format_datetime_ui(row.at),
                row.user,
                label(row.action),
                record_kind(row.table),
                row.record_label,
            )
            if p
        )
        parts = [f"<p><b>{escape(head)}</b></p>"]
        if row.reason:
            reason = self.tr("Reason: %1").replace("%1", row.reason)
            parts.append(f"<p>{escape(reason)}</p>")
        if not row.changes:
            nothing = self.tr("No detail recorded.")
            parts.append(f"<p>{escape(nothing)}</p>")
            return "".join(parts)
        heads = (self.tr("Field"), self.tr("Before"), self.tr("After"))
        parts.append(
            "<table cellpadding='4' cellspacing='0' border='1' style='border-collapse:collapse'>"
            + "<tr>"
            + "".join(f"<th>{escape(h)}</th>" for h in heads)
            + "</tr>"
        )
        for change in row.changes:
            before = format_value(change, change.before, self.currency)
            after = format_value(change, change.after, self.currency)
            if change.kind == "lines":
                before, after = before.replace(" · ", "\n"), after.replace(" · ", "\n")
            parts.append(
                f"<tr><td>{escape(field_name(change.name))}</td>"
                f"<td>{escape(before).replace(chr(10), '<br>')}</td>"
                f"<td>{escape(after).replace(chr(10), '<br>')}</td></tr>"
            )
        parts.append("</table>")
        return "".join(parts)
