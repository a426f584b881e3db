"""Screenshots of the treasury entry dialog and the ledger, in French and Arabic, on a fresh
demo file, into docs/screenshots/ (or the folder given):

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_treasury.py [OUT_DIR]
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QDate, QThreadPool
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QWidget

from desk.domain.entry import EntryKind
from desk.services.demo import build_demo
from desk.store import AssoFile, open_file
from desk.ui.app import apply_language, apply_look

ROOT = Path(__file__).resolve().parent.parent
TODAY = date(2026, 6, 30)


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()
        QThreadPool.globalInstance().waitForDone()
    QApplication.processEvents()


def _save(widget: QWidget, out: Path) -> None:
    _settle()
    widget.grab().save(str(out))
    print(out)


def main(out_dir: Path) -> None:
    from desk.ui.pages.treasury import TreasuryPage

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    apply_look(app)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "demo.assodesk"
        build_demo(path, today=TODAY)
        with open_file(path, auto_backup=False) as asso:  # writable: buttons as a user sees them
            for lang in ("fr", "ar"):
                apply_language(app, lang)
                page = TreasuryPage(asso, today=TODAY)
                page.resize(1500, 860)
                page.show()
                page.refresh()
                combo = page.filter_bar.account
                combo.setCurrentIndex(combo.findText("Caisse"))
                _save(page, out_dir / f"treasury-ledger-{lang}.png")
                page.close()
                page.deleteLater()
            for lang in ("fr", "ar"):
                apply_language(app, lang)
                _entry(asso, Path(tmp), out_dir / f"treasury-entry-{lang}.png")
    apply_language(app, "en")


def _entry(asso: AssoFile, tmp: Path, out: Path) -> None:
    """The entry dialog filled with a split expense and a receipt, saved at `out`."""
    from desk.ui.treasury.entry_dialog import EntryDialog

    dialog = EntryDialog(asso, lambda _e: None, EntryKind.EXPENSE, today=TODAY)
    form = dialog.form
    form.date.setDate(QDate(2026, 3, 8))
    form.amount.setText("1 234,50")
    form.label.setText("Salle et pause café — atelier du 8 mars")
    form.payee.setText("Hôtel Farah")
    form.split.setChecked(True)
    editor = form.parts
    first = editor.table.cellWidget(0, 0)
    first.setText("900,00")  # type: ignore[attr-defined]
    category = editor.table.cellWidget(0, 1)
    category.setCurrentIndex(category.findText("Loyer et location de salles"))  # type: ignore[attr-defined]
    project = editor.table.cellWidget(0, 2)
    project.setCurrentIndex(1)  # type: ignore[attr-defined]
    editor.add_line()
    second = editor.table.cellWidget(1, 0)
    second.setText("250,00")  # type: ignore[attr-defined]
    category = editor.table.cellWidget(1, 1)
    category.setCurrentIndex(category.findText("Déplacements, repas et réceptions"))  # type: ignore[attr-defined]
    ticket = tmp / "ticket-hotel-farah.jpg"
    image = QImage(1200, 1600, QImage.Format.Format_RGB32)
    image.fill(QColor("#f4efe1"))
    image.save(str(ticket), "JPG")
    form.attachments.add_paths([ticket])
    dialog.resize(760, 760)
    dialog.show()
    _save(dialog, out)
    dialog.close()
    dialog.deleteLater()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
