"""The receipts of a period or a project in one ZIP, each file named by its receipt number
("2025-0042.jpg", "2025-0042-2.pdf" for a second file), plus an index (index.csv: number, date,
label, file) that a donor's auditor can open next to the financial report.

Read one receipt at a time from the file: memory stays flat however many there are.
"""

from __future__ import annotations

import csv
import io
import mimetypes
import re
import zipfile
from datetime import date
from pathlib import Path

from desk.reports.safe_text import neutralise
from desk.services.receipts import iter_receipts
from desk.store import AssoFile

_UNSAFE = re.compile(r"[^\w.\-]+", re.UNICODE)
_EXTENSIONS = {"image/jpeg": ".jpg", "image/png": ".png", "application/pdf": ".pdf"}


def _extension(name: str, mime_type: str) -> str:
    suffix = Path(name).suffix.lower()
    if suffix and len(suffix) <= 5:
        return suffix
    return _EXTENSIONS.get(mime_type) or mimetypes.guess_extension(mime_type) or ".bin"


def receipt_file_name(number: str, transaction_id: int, index: int, name: str, mime: str) -> str:
    """ "2025-0042.jpg"; the n-th file of the same transaction gets "-n"; a transaction without
    number is named by its id ("sans-numero-17.pdf"). Slashes and spaces become dashes."""
    stem = _UNSAFE.sub("-", number).strip("-") if number else f"sans-numero-{transaction_id}"
    suffix = f"-{index}" if index > 1 else ""
    return f"{stem}{suffix}{_extension(name, mime)}"


def export_receipts_zip(
    asso: AssoFile,
    out: Path | str,
    *,
    start: date | None = None,
    end: date | None = None,
    project_code: str | None = None,
) -> Path:
    """Write the ZIP at `out` and return its path."""
    out = Path(out)
    index_rows: list[tuple[str, str, str, str]] = []
    used: set[str] = set()
    per_tx: dict[int, int] = {}
    tmp = out.with_name(out.name + ".part")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_STORED) as archive:
        for receipt in iter_receipts(asso, start=start, end=end, project_code=project_code):
            count = per_tx[receipt.transaction_id] = per_tx.get(receipt.transaction_id, 0) + 1
            name = receipt_file_name(
                receipt.receipt_number, receipt.transaction_id, count, receipt.name,
                receipt.mime_type,
            )  # fmt: skip
            while name in used:  # the same number in two years ("2025-0001" reused): keep both
                count += 1
                name = receipt_file_name(
                    receipt.receipt_number, receipt.transaction_id, count, receipt.name,
                    receipt.mime_type,
                )  # fmt: skip
            used.add(name)
            # Images and PDFs are compressed already: stored, not deflated again.
            archive.writestr(name, receipt.data)
            index_rows.append(
                (
                    neutralise(receipt.receipt_number),
                    receipt.date.isoformat(),
                    neutralise(receipt.label),
                    name,
                )
            )
        text = io.StringIO()
        writer = csv.writer(text, delimiter=";")
        writer.writerow(("numero", "date", "libelle", "fichier"))
        writer.writerows(index_rows)
        archive.writestr("index.csv", "\ufeff" + text.getvalue(), zipfile.ZIP_DEFLATED)
    tmp.replace(out)
    return out
