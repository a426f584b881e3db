"""Screenshots of the bank import wizard for the documentation, on a throw-away association:

    python -m desk.ui.bank_import.screens docs/screenshots

writes bank-import-mapping-fr.png, bank-import-review-fr.png and bank-import-mapping-ar.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desk.domain.enums import TransactionKind
from desk.services.ledger import SplitInput, TransactionInput, record_transaction
from desk.services.setup import NewAssociation, new_association
from desk.store import AssoFile
from desk.ui.app import apply_language, apply_look
from desk.ui.bank_import.wizard import BankImportWizard

_HISTORY = (
    (date(2025, 2, 3), "Loyer du local février", "Immobilière Tabriquet", "6131", -300_000),
    (date(2025, 2, 10), "Recharge internet", "Maroc Telecom", "6145", -20_000),
    (date(2025, 2, 20), "Cotisation annuelle", "Awa Diallo", "7181", 20_000),
)
_STATEMENT = (
    "BANQUE POPULAIRE;RELEVE DES OPERATIONS\r\n"
    "Compte;0123456789\r\n"
    "\r\n"
    "Date;Libellé;Débit;Crédit;Solde\r\n"
    "20/02/2025;VIR RECU COTISATION AWA DIALLO;;200,00;10 200,00\r\n"
    "03/03/2025;PRLV IMMOBILIERE TABRIQUET LOYER MARS;3 000,00;;7 200,00\r\n"
    "05/03/2025;VIR RECU SUBVENTION FONDATION ESPOIR;;12 500,00;19 700,00\r\n"
    "07/03/2025;Régie publicitaire Casa;1 234,50;;18 465,50\r\n"
    "10/03/2025;FRAIS TENUE DE COMPTE;45,00;;18 420,50\r\n"
    "11/03/2025;MAROC TELECOM RECHARGE INTERNET;200,00;;18 220,50\r\n"
    "12/03/2025;RETRAIT GAB AGENCE SALE;2 000,00;;16 220,50\r\n"
    "{bad}"
    "Solde au 31/03/2025;;;;16 220,50\r\n"
)


def _association(folder: Path) -> AssoFile:
    asso = new_association(
        folder / "demo.assodesk",
        NewAssociation(name="Afrique Solidaire", city="Rabat", first_year=2025),
    )
    for day, label, payee, code, amount in _HISTORY:
        kind = TransactionKind.EXPENSE if amount < 0 else TransactionKind.INCOME
        record_transaction(
            asso,
            TransactionInput(
                date=day,
                kind=kind,
                label=label,
                payee=payee,
                splits=(SplitInput("5141", amount), SplitInput(code, -amount)),
            ),
        )
    return asso


def _wizard(asso: AssoFile, statement: Path) -> BankImportWizard:
    wizard = BankImportWizard(asso)
    wizard.resize(1000, 680)
    wizard.show()
    wizard.file_page.path_edit.setText(str(statement))
    wizard.file_page.bank_edit.setText("Banque Populaire")
    wizard.next()
    return wizard


def render(out: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([])
    apply_look(app)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        asso = _association(folder)
        bad = folder / "releve-mars.csv"
        bad.write_bytes(
            _STATEMENT.format(bad="13/03/2025;CHEQUE 1234;1.234.5;;\r\n").encode("cp1252")
        )
        good = folder / "releve-mars-ok.csv"
        good.write_bytes(_STATEMENT.format(bad="").encode("cp1252"))
        try:
            for lang in ("fr", "ar"):
                apply_language(app, lang)
                wizard = _wizard(asso, bad)
                app.processEvents()
                written.append(out / f"bank-import-mapping-{lang}.png")
                wizard.grab().save(str(written[-1]))
                wizard.close()
            apply_language(app, "fr")
            wizard = _wizard(asso, good)
            wizard.next()
            app.processEvents()
            written.append(out / "bank-import-review-fr.png")
            wizard.grab().save(str(written[-1]))
            wizard.close()
        finally:
            apply_language(app, "en")
            asso.close()
    return written


if __name__ == "__main__":
    for path in render(Path(sys.argv[1] if len(sys.argv) > 1 else ".")):
        print(path)
