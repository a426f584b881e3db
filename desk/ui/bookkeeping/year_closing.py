"""Clôture de l'exercice: what closing a year will carry forward, what to check first (missing
receipts, unreconciled bank lines), the button to close it, and reopening with a reason."""

from __future__ import annotations

from datetime import date, timedelta
from html import escape

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desk.domain.errors import DomainError
from desk.i18n.messages import describe_error
from desk.services import closing
from desk.services.closing import ClosingCheck
from desk.store import AssoFile
from desk.ui.undo import edits_for
from desk.ui.widgets import style
from desk.ui.widgets.error_label import ErrorLabel
from desk.ui.widgets.formatting import (
    format_date_ui,
    format_datetime_ui,
    format_money_ui,
    format_period_ui,
)


class YearClosingDialog(QDialog):
    def __init__(self, asso: AssoFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.asso = asso
        self.today = date.today()
        self.check: ClosingCheck | None = None
        self.setWindowTitle(self.tr("Close the financial year"))
        self.resize(720, 620)

        self.year_combo = QComboBox()
        form = QFormLayout()
        form.addRow(self.tr("Financial year"), self.year_combo)
        self.report = QTextBrowser()
        self.report.setOpenLinks(False)
        self.close_button = QPushButton(self.tr("Close the year"))
        self.close_button.clicked.connect(self.close_year)

        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(
            self.tr("Why must this year be reopened? (required, kept in the change log)")
        )
        self.reason.setMaximumHeight(70)
        self.reason.textChanged.connect(self._enable)
        self.reason_label = QLabel(self.tr("Reason for reopening"))
        self.reopen_button = QPushButton(self.tr("Reopen the year"))
        self.reopen_button.clicked.connect(self.reopen)
        self.error = ErrorLabel()

        buttons = QHBoxLayout()
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.reopen_button)
        buttons.addStretch(1)
        done = QPushButton(self.tr("Close"))
        done.clicked.connect(self.reject)
        buttons.addWidget(done)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.report, 1)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.year_combo.currentIndexChanged.connect(self.refresh)
        self.load_years()

    def load_years(self, select: int | None = None) -> None:
        years = closing.years(self.asso)
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in years:
            state = self.tr("closed") if year.closed else self.tr("open")
            self.year_combo.addItem(f"{year.label} ({state})", year.id)
        # The chosen year, else the earliest open one: the next that can be closed.
        first_open = next((y.id for y in years if not y.closed), years[-1].id if years else None)
        index = self.year_combo.findData(select if select is not None else first_open)
        self.year_combo.setCurrentIndex(max(index, 0))
        self.year_combo.blockSignals(False)
        self.refresh()

    def year_id(self) -> int | None:
        data = self.year_combo.currentData()
        return int(data) if data is not None else None

    def refresh(self) -> None:
        year_id = self.year_id()
        self.check = (
            closing.check_closing(self.asso, year_id, self.today) if year_id is not None else None
        )
        self.report.setHtml(self._html(self.check) if self.check is not None else "")
        self.error.show_error(None)
        self._enable()

    def _html(self, c: ClosingCheck) -> str:
        y = c.year
        title = self.tr("Financial year %1").replace("%1", y.label)
        parts = [f"<h3>{escape(title)}</h3>"]
        parts.append(f"<p>{escape(format_period_ui(y.start, y.end))}</p>")
        if y.closed:
            parts.append(
                "<p><b>"
                + escape(
                    self.tr("Closed on %1 by %2.")
                    .replace("%1", format_datetime_ui(y.closed_at))
                    .replace("%2", y.closed_by or "?")
                )
                + "</b> "
                + escape(self.tr("No transaction dated in this year can be changed."))
                + "</p>"
            )
            return "".join(parts)
        if y.reopen_reason:
            parts.append(
                "<p>"
                + escape(self.tr("Reopened earlier: %1").replace("%1", y.reopen_reason))
                + "</p>"
            )
        if c.blocking:
            bad = style.NEGATIVE.name()
            refused = escape(self.tr("It cannot be closed yet:"))
            parts.append(f"<p style='color:{bad}'><b>{refused}</b></p><ul>")
            parts += [
                f"<li style='color:{bad}'>{escape(describe_error(e))}</li>" for e in c.blocking
            ]
            parts.append("</ul>")
        parts.append(
            "<p><b>"
            + escape(
                self.tr("Balances carried forward to %1 (opening entry on %2):")
                .replace("%1", c.next_label)
                .replace("%2", format_date_ui(_next_start(y.end)))
            )
            + "</b></p><table cellpadding='3'>"
        )
        for b in c.balances:
            amount = escape(format_money_ui(b.balance_minor, c.currency))
            parts.append(f"<tr><td>{escape(b.name)}</td><td align='right'>{amount}</td></tr>")
        if not c.balances:
            nothing = escape(self.tr("Nothing to carry forward."))
            parts.append(f"<tr><td>{nothing}</td></tr>")
        parts.append("</table>")
        if not c.next_exists:
            parts.append(
                "<p>"
                + escape(self.tr("The year %1 will be created.").replace("%1", c.next_label))
                + "</p>"
            )
        warn = style.WARNING.name()
        checks = []
        if c.missing_receipts:
            checks.append(
                self.tr("%1 transactions have no receipt.").replace("%1", str(c.missing_receipts))
            )
        if c.unreconciled_lines:
            checks.append(
                self.tr("%1 bank lines are not reconciled.").replace(
                    "%1", str(c.unreconciled_lines)
                )
            )
        if c.last_cash_count is None:
            checks.append(self.tr("No cash count was recorded in this year."))
        else:
            checks.append(
                self.tr("Last cash count: %1.").replace("%1", format_date_ui(c.last_cash_count))
            )
        to_check = escape(self.tr("To check before closing (closing is still allowed):"))
        parts.append(f"<p><b>{to_check}</b></p><ul>")
        parts += [f"<li style='color:{warn}'>{escape(text)}</li>" for text in checks]
        parts.append("</ul>")
        parts.append(
            "<p>"
            + escape(
                self.tr(
                    "Once closed, no transaction dated in this year can be added, changed or "
                    "deleted, until the year is reopened with a written reason."
                )
            )
            + "</p>"
        )
        return "".join(parts)

    def _enable(self) -> None:
        c = self.check
        writable = not self.asso.read_only
        closed = c is not None and c.year.closed
        self.close_button.setEnabled(writable and c is not None and not closed and not c.blocking)
        for widget in (self.reason, self.reason_label, self.reopen_button):
            widget.setVisible(closed)
        self.reopen_button.setEnabled(
            writable and closed and bool(self.reason.toPlainText().strip())
        )

    def close_year(self) -> None:
        year_id, c = self.year_id(), self.check
        if year_id is None or c is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Close the financial year"),
            self.tr("Close the financial year %1? Its transactions will be locked.").replace(
                "%1", c.year.label
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            closing.close_year(self.asso, year_id, self.today)
        except DomainError as error:
            self.error.show_error(error)
            return
        edits_for(self.asso).notify("ledger")
        self.load_years(select=year_id)

    def reopen(self) -> None:
        year_id = self.year_id()
        if year_id is None:
            return
        try:
            closing.reopen_year(self.asso, year_id, self.reason.toPlainText())
        except DomainError as error:
            self.error.show_error(error)
            return
        self.reason.clear()
        edits_for(self.asso).notify("ledger")
        self.load_years(select=year_id)


def _next_start(end: date) -> date:
    return end + timedelta(days=1)
