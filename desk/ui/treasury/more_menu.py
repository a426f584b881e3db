"""The treasury page's "More" menu: the bookkeeping and bank-import dialogs (written by the
other treasury work), imported only when chosen, run modally, then the page refreshes."""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMenu, QWidget

from desk.store import AssoFile

# (menu text, module, class, writes): a read-only file keeps only what does not write.
DIALOGS: tuple[tuple[str, str, str, bool], ...] = (
    (QT_TRANSLATE_NOOP("Treasury", "Cash count…"), "desk.ui.bookkeeping.cash_count",
     "CashCountDialog", True),
    (QT_TRANSLATE_NOOP("Treasury", "Bank reconciliation…"), "desk.ui.bookkeeping.reconciliation",
     "ReconciliationDialog", True),
    (QT_TRANSLATE_NOOP("Treasury", "Import a bank statement…"), "desk.ui.bank_import.wizard",
     "BankImportWizard", True),
    (QT_TRANSLATE_NOOP("Treasury", "Close the financial year…"), "desk.ui.bookkeeping.year_closing",
     "YearClosingDialog", True),
    (QT_TRANSLATE_NOOP("Treasury", "Export the receipts (ZIP)…"),
     "desk.ui.reports_hub.receipts_dialog", "ReceiptsExportDialog", False),
    (QT_TRANSLATE_NOOP("Treasury", "Change history…"), "desk.ui.bookkeeping.audit_view",
     "AuditLogDialog", False),
)  # fmt: skip


def open_dialog(module: str, name: str, asso: AssoFile, parent: QWidget, **kwargs: object) -> None:
    """Import `module`, build `name(asso, parent, **kwargs)` and exec() it."""
    cls = getattr(importlib.import_module(module), name)
    cls(asso, parent, **kwargs).exec()


def build_more_menu(asso: AssoFile, parent: QWidget, after: Callable[[], None]) -> QMenu:
    menu = QMenu(parent)
    for text, module, name, writes in DIALOGS:
        action = menu.addAction(QCoreApplication.translate("Treasury", text))
        action.setEnabled(not (writes and asso.read_only))
        action.setObjectName(name)

        def run(_checked: bool = False, module: str = module, name: str = name) -> None:
            open_dialog(module, name, asso, parent)
            after()

        action.triggered.connect(run)
    return menu
