"""Bank statement import (issue #3 item 6): a generated 10,000-row CSV (cp1252, ';', French
amounts, debit/credit columns, a preamble and a balance footer) against the 100k demo file.

Measured: reading + mapping + parsing alone (in-process, best of 3); `assodesk import
--dry-run --json` in a fresh process (duplicate check and category suggestions against the
100k transactions, nothing written; best of 3); the real import into a copy of the file (one
transaction for the 10,000 rows; once); the same file again (everything a duplicate; once).
"""

from __future__ import annotations

import random
import shutil
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROWS = 10_000
_LABELS = (
    ("PRLV MAROC TELECOM FACTURE", -1),
    ("FRAIS TENUE DE COMPTE", -1),
    ("COMM VIR EMIS", -1),
    ("PAIEMENT CB MARJANE SALE", -1),
    ("VIR EMIS LOYER LOCAL TABRIQUET", -1),
    ("RETRAIT GAB AGENCE SALE", -1),
    ("VIR RECU COTISATION MEMBRE", 1),
    ("VIR RECU SUBVENTION FONDATION", 1),
    ("VERSEMENT ESPECES", 1),
)


def _amount(minor: int) -> str:
    whole, cents = divmod(minor, 100)
    return f"{whole:,}".replace(",", " ") + f",{cents:02d}"


def write_statement(path: Path, rows: int = ROWS, seed: int = 7) -> None:
    rng = random.Random(seed)
    start = date(2026, 1, 2)
    lines = [
        "BANQUE POPULAIRE;RELEVE DES OPERATIONS",
        "Compte;190 810 21110 4471 0358 2230 17",
        "",
        "Date;Date de valeur;Libellé;Débit;Crédit",
    ]
    for number in range(rows):
        day = start + timedelta(days=number * 170 // rows)
        label, sign = rng.choice(_LABELS)
        amount = _amount(rng.randint(500, 1_500_000))
        debit, credit = (amount, "") if sign < 0 else ("", amount)
        text = f"{label} {number:05d}"
        lines.append(f"{day:%d/%m/%Y};{day:%d/%m/%Y};{text};{debit};{credit}")
    lines.append("Solde au 20/06/2026;;;;")
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))


def _parse(statement: Path) -> int:
    from desk.services.bank_import import guess_mapping, parse_statement, read_statement

    table = read_statement(statement)
    return len(parse_statement(table, guess_mapping(table)).lines)


def run(ctx: Any) -> dict[str, float]:
    statement = ctx.tmp / "releve-10k.csv"
    write_statement(statement)
    results: dict[str, float] = {}
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        assert _parse(statement) == ROWS
        best = min(best, time.perf_counter() - started)
    results["bank import: read + parse 10k-row CSV, in-process (s)"] = best
    dry_run = [ctx.python, "-m", "desk", "import", str(ctx.big), str(statement)]
    dry_run += ["--account", "Banque Populaire", "--dry-run", "--json"]
    results["bank import: dry-run 10k rows vs 100k file, CLI (s)"] = ctx.timed(dry_run)
    copy = ctx.tmp / "bank-import.assodesk"
    shutil.copyfile(ctx.big, copy)
    real = [ctx.python, "-m", "desk", "import", str(copy), str(statement)]
    real += ["--account", "Banque Populaire", "--json"]
    results["bank import: import 10k rows into 100k file, CLI (s)"] = ctx.timed(real, runs=1)
    results["bank import: same file again, all duplicates, CLI (s)"] = ctx.timed(real, runs=1)
    return results
