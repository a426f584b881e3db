"""Small bank statements written by the bank-import tests (never real bank exports)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select

from desk.models import Transaction
from desk.store import AssoFile

# A Moroccan bank's CSV: preamble, debit/credit columns, French amounts, a balance footer.
GOOD_ROWS = (
    ("05/03/2025", "VIR RECU SUBVENTION FONDATION", "", "12 500,00"),
    ("07/03/2025", "Régie publicitaire Casa", "1 234,50", ""),
    ("10/03/2025", "FRAIS TENUE DE COMPTE", "45,00", ""),
    ("12/03/2025", "RETRAIT GAB AGENCE SALE", "2 000,00", ""),
)
GOOD_TOTAL_MINOR = 1_250_000 - 123_450 - 4_500 - 200_000


def statement_text(rows: tuple[tuple[str, ...], ...] = GOOD_ROWS, delimiter: str = ";") -> str:
    lines = [
        f"Banque Populaire{delimiter}Relevé de compte",
        f"Solde au 01/03/2025{delimiter}10 000,00",
        "",
        delimiter.join(("Date", "Libellé", "Débit", "Crédit")),
        *(delimiter.join(f'"{c}"' if delimiter in c else c for c in row) for row in rows),
        delimiter.join(("Total des opérations", "", "", "")),
    ]
    return "\r\n".join(lines) + "\r\n"


def write_statement(
    folder: Path,
    name: str = "releve.csv",
    *,
    encoding: str = "cp1252",
    rows: tuple[tuple[str, ...], ...] = GOOD_ROWS,
    delimiter: str = ";",
) -> Path:
    path = folder / name
    path.write_bytes(statement_text(rows, delimiter).encode(encoding))
    return path


def write_xlsx(folder: Path, name: str = "releve.xlsx") -> Path:
    """Preamble rows, then real date cells, number cells and one amount stored as text."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["RELEVE DES OPERATIONS"])
    sheet.append([])
    sheet.append(["DATE", "LIBELLE", "DEBIT", "CREDIT"])
    sheet.append([date(2025, 4, 2), "VIR.RECU DE ASSOCIATION AMIS", None, 1500])
    sheet.append([date(2025, 4, 3), "PAIEMENT CHEQUE N 1234", Decimal("350.75"), None])
    sheet.append(["04/04/2025", "COMM VIR EMIS 42", "12,50", None])
    path = folder / name
    book.save(path)
    return path


def transaction_count(asso: AssoFile) -> int:
    with asso.reader() as session:
        return int(session.scalar(select(func.count(Transaction.id))) or 0)
