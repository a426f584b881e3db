"""The import as one undoable edit: undo deletes the transactions it created (refused, with a
message, once one of them was reconciled or its year closed); redo imports the plan again."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk.services.bank_import import ImportPlan, ImportResult, run_import, undo_import
from desk.store import AssoFile
from desk.ui.undo import ServiceCommand, edits_for


class ImportCommand(ServiceCommand):
    area = "ledger"

    def __init__(
        self, asso: AssoFile, plan: ImportPlan, categories: dict[int, str], result: ImportResult
    ) -> None:
        text = QCoreApplication.translate("BankImport", "Import of {name}").format(
            name=plan.path.name
        )
        super().__init__(text)
        self.asso = asso
        self.plan = plan
        self.categories = categories
        self.result = result

    def apply(self) -> None:
        self.result = run_import(self.asso, self.plan, self.categories)

    def revert(self) -> None:
        undo_import(self.asso, self.result.transaction_ids)


def push_done_import(
    asso: AssoFile, plan: ImportPlan, categories: dict[int, str], result: ImportResult
) -> ImportCommand:
    """Record an import already written (in the background) as the history's next step and
    tell the pages that the ledger changed."""
    edits = edits_for(asso)
    command = ImportCommand(asso, plan, categories, result)
    command.edits = edits
    edits.stack.push(command)  # redo() skips its first call: the import is already done
    edits.notify("ledger")
    return command
