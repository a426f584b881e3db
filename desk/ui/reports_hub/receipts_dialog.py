"""The treasury page's "Export the receipts (ZIP)…": the Rapports page's receipts line alone
in a small dialog, set to the current financial year."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from desk.reports.exports import EXPORTS
from desk.store import AssoFile
from desk.ui.reports_hub.catalog import translate
from desk.ui.reports_hub.row import ReportRow


class ReceiptsExportDialog(QDialog):
    def __init__(
        self, asso: AssoFile, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ReportsHub", "Export the receipts"))
        self.row = ReportRow(asso, "receipts", EXPORTS["receipts"], self)
        self.row.load(today)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            translate("ReportsHub", "Close")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.row)
        layout.addStretch(1)
        layout.addWidget(buttons)
        # Room for the description and the answer on a line or two each (a top-level window
        # does not grow by itself for wrapped text).
        self.resize(1100, 170)

    def reject(self) -> None:
        """Stays open while the ZIP is being written: its answer is shown here."""
        if not self.row.busy:
            super().reject()
