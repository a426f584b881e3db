"""Screenshots of the bookkeeping dialogs (cash count, reconciliation, change log) on a fresh
demo file, into docs/screenshots/ (or the folder given):

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_bookkeeping.py [OUT_DIR]
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import select

from desk.domain.enums import AuditAction
from desk.models import Transaction
from desk.services import audit
from desk.services.demo import build_demo
from desk.store import AssoFile, open_file
from desk.ui.app import apply_language, apply_look

ROOT = Path(__file__).resolve().parent.parent


def _edit_one(asso: AssoFile) -> None:
    """A corrected invoice, written as an edit service does, for the change log to show."""
    with asso.unit_of_work() as session:
        tx = session.scalars(
            select(Transaction)
            .where(Transaction.label.like("Honoraires%"))
            .order_by(Transaction.id)
        ).first()
        assert tx is not None
        before = audit.snapshot(tx)
        before["splits"] = [audit.snapshot(s) for s in tx.splits]
        tx.label += " (facture corrigée)"
        for split in tx.splits:
            split.amount_minor = 115000 if split.amount_minor > 0 else -115000
        session.flush()
        after = audit.snapshot(tx)
        after["splits"] = [audit.snapshot(s) for s in tx.splits]
        audit.record(
            session, AuditAction.UPDATE, tx, before=before, after=after, reason="Montant corrigé"
        )


def _save(dialog: QDialog, out: Path) -> None:
    dialog.show()
    QApplication.processEvents()
    dialog.grab().save(str(out))
    dialog.close()
    dialog.deleteLater()
    QApplication.processEvents()
    print(out)


def cash(asso: AssoFile, out: Path) -> None:
    from desk.ui.bookkeeping.cash_count import CashCountDialog
    from desk.ui.bookkeeping.common import set_day

    dialog = CashCountDialog(asso)
    set_day(dialog.date_edit, date(2026, 6, 30))
    dialog.counted_by.setText("Jean-Baptiste Kouassi")
    for value, number in {20000: 2, 5000: 1, 2000: 2, 1000: 1}.items():  # 5,50 DH missing
        dialog.spins[value].setValue(number)
    _save(dialog, out)


def reconciliation(asso: AssoFile, out: Path) -> None:
    from desk.services import reconciliation as rec
    from desk.ui.bookkeeping.common import set_day
    from desk.ui.bookkeeping.reconciliation import ReconciliationDialog

    dialog = ReconciliationDialog(asso)
    if dialog.current is None:
        bank = rec.bank_accounts(asso)[0].id
        draft = rec.start(asso, bank, date(2026, 1, 31), 0)
        state = rec.state(asso, draft)
        lines = state.lines[:-1]  # the last one is not on the statement yet
        closing = state.opening_minor + sum(line.amount_minor for line in lines)
        rec.update_statement(asso, draft, date(2026, 1, 31), closing)
        rec.set_ticked(asso, draft, [line.split_id for line in lines], True)
        dialog.load()
    set_day(dialog.date_edit, date(2026, 1, 31))
    _save(dialog, out)


def audit_log(asso: AssoFile, out: Path) -> None:
    from desk.ui.bookkeeping.audit_view import AuditLogDialog

    _save(AuditLogDialog(asso), out)


def main(out_dir: Path) -> None:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    apply_look(app)
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "demo.assodesk"
        build_demo(path, seed=2025, today=date(2026, 6, 30))
        asso = open_file(path, auto_backup=False)
        try:
            _edit_one(asso)
            apply_language(app, "fr")
            cash(asso, out_dir / "treasury-cash-count-fr.png")
            reconciliation(asso, out_dir / "treasury-reconciliation-fr.png")
            audit_log(asso, out_dir / "audit-log-fr.png")
            apply_language(app, "ar")
            reconciliation(asso, out_dir / "treasury-reconciliation-ar.png")
        finally:
            from desk.ui.undo import forget

            forget(asso)
            QApplication.processEvents()
            asso.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
