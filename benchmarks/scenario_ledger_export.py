"""Treasury ledger export (issue #3): the whole ledger of the 100k file to XLSX, beside an
openpyxl write-only baseline writing as many rows x columns of plain values fetched by one
raw sqlite3 query. Goal: the export within 1.3x the baseline."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any

# The baseline's rows: what the export writes (9 columns), from one query, as stored.
_BASELINE_SQL = """
SELECT t.date, t.receipt_number, t.label, t.payee,
       (SELECT min(a.name) FROM split s JOIN treasury_account a ON a.account_id = s.account_id
         WHERE s.transaction_id = t.id),
       (SELECT min(c.plain_name) FROM split s JOIN account c ON c.id = s.account_id
         WHERE s.transaction_id = t.id AND c.kind IN ('income', 'expense')),
       (SELECT min(p.code) FROM split s JOIN project p ON p.id = s.project_id
         WHERE s.transaction_id = t.id),
       (SELECT min(b.code) FROM split s JOIN budget_line b ON b.id = s.budget_line_id
         WHERE s.transaction_id = t.id),
       (SELECT sum(s.amount_minor) FROM split s JOIN treasury_account a
         ON a.account_id = s.account_id WHERE s.transaction_id = t.id)
FROM "transaction" t ORDER BY t.date, t.id
"""


def baseline(path: Path, out: Path) -> int:
    """Plain values from one raw query, written by openpyxl in write-only mode."""
    from openpyxl import Workbook

    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = connection.execute(_BASELINE_SQL)
        workbook = Workbook(write_only=True)
        ws = workbook.create_sheet("Ledger")
        ws.append(["date", "no", "label", "payee", "account", "category", "project", "line", "x"])
        count = 0
        for row in rows:
            ws.append(row)
            count += 1
        workbook.save(out)
    finally:
        connection.close()
    return count


def export(path: Path, out: Path) -> None:
    from desk.reports.treasury.ledger_export import export_ledger
    from desk.store import open_file

    with open_file(path, read_only=True) as asso:
        export_ledger(asso, out)


def _best(work: Any, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def run(ctx: Any) -> dict[str, float]:
    import openpyxl  # noqa: F401  (imported once, outside both timings)

    import desk.reports.treasury.ledger_export  # noqa: F401

    out = Path(ctx.tmp)
    base = _best(lambda: baseline(ctx.big, out / "baseline.xlsx"), runs=2)
    mine = _best(lambda: export(ctx.big, out / "ledger.xlsx"), runs=2)
    return {
        "ledger export 100k to XLSX (s)": mine,
        "openpyxl write-only baseline, same rows (s)": base,
        "ledger export / baseline (ratio, goal <= 1.3)": mine / base,
    }


if __name__ == "__main__":
    import sys
    import tempfile
    from types import SimpleNamespace

    with tempfile.TemporaryDirectory() as tmp:
        for name, value in run(SimpleNamespace(tmp=tmp, big=Path(sys.argv[1]))).items():
            print(f"{name}: {value:.3f}")
