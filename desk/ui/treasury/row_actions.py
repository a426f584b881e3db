"""What can be done with the ledger's rows: change one (double click, Enter, menu), delete it,
re-assign several to a project, view their receipts, see their change history. Every write is
an undoable command; a reconciled transaction is changed only after the user confirms."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox

from desk.domain.errors import DomainError
from desk.i18n.messages import describe_error
from desk.services.entry import EntryInput, entry_choices, load_entry
from desk.services.entry import is_transaction_reconciled as is_reconciled_transaction
from desk.ui.treasury.commands import DeleteEntry, ReassignEntries, UpdateEntry
from desk.ui.treasury.entry_dialog import EntryDialog
from desk.ui.treasury.more_menu import open_dialog
from desk.ui.undo import edits_for

if TYPE_CHECKING:
    from desk.ui.pages.treasury import TreasuryPage


class LedgerRowActions(QObject):
    """Acts on `page.model`'s rows (the page has `asso`, `model` and `table`)."""

    def __init__(self, page: TreasuryPage) -> None:
        super().__init__(page)
        self.page = page

    def edit_dialog(self, row: int) -> EntryDialog | None:
        """The dialog changing the transaction of `row` (None: it cannot be changed)."""
        tx = self.page.model.row_at(row)
        try:
            loaded = load_entry(self.page.asso, tx.id)
        except DomainError as error:
            QMessageBox.information(
                self.page, self.tr("Change a transaction"), describe_error(error)
            )
            return None
        unreconcile = False
        if loaded.reconciled:
            answer = QMessageBox.question(
                self.page,
                self.tr("Reconciled transaction"),
                self.tr(
                    "This transaction was reconciled with a bank statement. Changing it "
                    "cancels its reconciliation. Change it anyway?"
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
            unreconcile = True

        def submit(entry: EntryInput) -> None:
            edits_for(self.page.asso).run(UpdateEntry(self.page.asso, tx.id, entry, unreconcile))

        return EntryDialog(self.page.asso, submit, loaded=loaded, parent=self.page)

    def edit_row(self, row: int) -> None:
        if self.page.asso.read_only or not 0 <= row < self.page.model.rowCount():
            return
        dialog = self.edit_dialog(row)
        if dialog is not None:
            dialog.exec()

    def delete_rows(self, rows: list[int]) -> None:
        """Delete the first selected row (one undo step per deletion); a reconciled one only
        after a second confirmation."""
        tx = self.page.model.row_at(rows[0])
        answer = QMessageBox.question(
            self.page,
            self.tr("Delete a transaction"),
            self.tr("Delete “%1”? You can undo it from the Edit menu.").replace("%1", tx.label),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        unreconcile = False
        if is_reconciled_transaction(self.page.asso, tx.id):
            answer = QMessageBox.question(
                self.page,
                self.tr("Reconciled transaction"),
                self.tr(
                    "This transaction was reconciled with a bank statement. Deleting it "
                    "cancels its reconciliation. Delete it anyway?"
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            unreconcile = True
        self._run(DeleteEntry(self.page.asso, tx.id, tx.label, unreconcile))

    def reassign_rows(self, rows: list[int]) -> None:
        from desk.ui.treasury.reassign_dialog import ReassignDialog

        ids = [self.page.model.row_at(r).id for r in rows]
        dialog = ReassignDialog(entry_choices(self.page.asso), len(ids), self.page)
        if ids and dialog.exec():
            self._run(ReassignEntries(self.page.asso, ids, *dialog.choice()))

    def _run(self, command: DeleteEntry | ReassignEntries) -> None:
        try:
            edits_for(self.page.asso).run(command)
        except DomainError as error:
            QMessageBox.warning(self.page, self.page.windowTitle(), describe_error(error))

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.page.table.selectionModel().selectedRows()})

    def context_menu(self, position: QPoint) -> None:
        index = self.page.table.indexAt(position)
        rows = self.selected_rows() or ([index.row()] if index.isValid() else [])
        if not rows:
            return
        writable = not self.page.asso.read_only
        menu = QMenu(self.page)
        menu.addAction(self.tr("Change…"), lambda: self.edit_row(rows[0])).setEnabled(writable)
        menu.addAction(self.tr("Re-assign to a project…"), lambda: self.reassign_rows(rows))
        menu.actions()[-1].setEnabled(writable)
        menu.addAction(self.tr("Delete…"), lambda: self.delete_rows(rows)).setEnabled(writable)
        receipts = menu.addAction(self.tr("View the receipts"), lambda: self.view_receipts(rows[0]))
        receipts.setEnabled(self.page.model.row_at(rows[0]).attachments > 0)
        menu.addSeparator()
        menu.addAction(self.tr("Change history"), lambda: self.history(rows[0]))
        menu.exec(self.page.table.viewport().mapToGlobal(position))

    def receipts_viewer(self, row: int) -> QDialog:
        from desk.services.receipts import attachments_of
        from desk.ui.treasury.viewer import ReceiptViewer

        infos = attachments_of(self.page.asso, self.page.model.row_at(row).id)
        return ReceiptViewer(self.page.asso, infos, self.page)

    def view_receipts(self, row: int) -> None:
        self.receipts_viewer(row).exec()

    def history(self, row: int) -> None:
        tx = self.page.model.row_at(row)
        open_dialog(
            "desk.ui.bookkeeping.audit_view",
            "AuditLogDialog",
            self.page.asso,
            self.page,
            transaction_id=tx.id,
        )
