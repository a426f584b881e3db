"""Logframe exports of the demo project JDF-2025: both EU matrices to XLSX (merged cells,
wrapped text, A4 landscape, header repeated), to PDF (header on every page), the indicator
tracking table, the level names taken from the file, and the export registry."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from desk.domain.errors import DomainError, ErrorCode
from desk.reports.exports import EXPORTS, ExportRequest
from desk.reports.logframe import (
    export_indicators_xlsx,
    export_logframe_pdf,
    export_logframe_xlsx,
)
from desk.services.logframe_export import project_id_by_code
from desk.store import AssoFile, open_file
from tests.conftest import DEMO_TODAY
from tests.pdf_tools import pdf_pages_text

PROJECT = "JDF-2025"
HEADER_ROW = 4


@pytest.fixture(scope="module")
def demo(demo_file: Path) -> Iterator[AssoFile]:
    asso = open_file(demo_file, read_only=True)
    try:
        yield asso
    finally:
        asso.close()


@pytest.fixture(scope="module")
def jdf(demo: AssoFile) -> int:
    return project_id_by_code(demo, PROJECT)


def _sheet(path: Path) -> Any:
    return openpyxl.load_workbook(path).active


def _column(ws: Any, column: str) -> list[str]:
    return [str(c.value) for c in ws[column] if c.value is not None]


def _merged(ws: Any) -> set[str]:
    return {str(r) for r in ws.merged_cells.ranges}


def test_eu_2004_matrix(demo: AssoFile, jdf: int, tmp_path: Path) -> None:
    out = export_logframe_xlsx(demo, jdf, tmp_path / "cl.xlsx", "2004", today=DEMO_TODAY)
    ws = _sheet(out)
    assert [c.value for c in ws[HEADER_ROW]] == [
        None,
        "Intervention logic",
        "Objectively verifiable indicators",
        "Sources and means of verification",
        "Assumptions",
    ]
    # printing: A4 landscape, fitted to the width, the header row on every page
    assert ws.page_setup.orientation == "landscape"
    assert int(ws.page_setup.paperSize) == 9  # A4
    assert ws.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW}"
    # level names from the file's "UE 2004" template, merged down their rows
    labels = _column(ws, "A")
    assert labels[-4:] == ["Objectif global", "Objectif spécifique", "Résultat", "Activité"]
    assert "A7:A9" in _merged(ws)  # the three results
    assert "A10:A18" in _merged(ws)  # "Means | Costs", then the eight activities
    statements = _column(ws, "B")
    assert statements[1].startswith("OG – Contribuer à la promotion")
    assert [s.split(" – ")[0] for s in statements[1:]] == [
        "OG", "OS1", "R1.1", "R1.2", "R1.3",
        "A1.1.1", "A1.1.2", "A1.1.3", "A1.2.1", "A1.2.2", "A1.2.3", "A1.3.1", "A1.3.2",
    ]  # fmt: skip
    r12 = ws["C8"].value
    assert r12.splitlines()[0] == "I-R1.2-1 – Nombre de participants à la journée du 8 mars"
    assert "Target: 150\u00a0personnes (08/03/2025)" in r12
    assert ws["C8"].alignment.wrap_text and ws["B8"].alignment.wrap_text
    # activities: Means and Costs in columns C and D
    assert (ws["C10"].value, ws["D10"].value) == ("Means", "Costs")
    assert ws["C11"].value == "Relais communautaires, téléphone"
    assert ws["D11"].value == "Déplacements, communication"
    # the Conditions préalables box closes the Hypothèses column
    assert ws["E19"].value == "Preconditions"
    assert ws["E20"].value.startswith("Convention signée avec la FEME")
    assert {"A19:D19", "A20:D20"} <= _merged(ws)
    assert ws.row_dimensions[5].height > 15  # tall enough for its wrapped text


def test_eu_2016_matrix(demo: AssoFile, jdf: int, tmp_path: Path) -> None:
    out = export_logframe_xlsx(demo, jdf, tmp_path / "cl.xlsx", "2016", today=DEMO_TODAY)
    ws = _sheet(out)
    assert [c.value for c in ws[HEADER_ROW]][1:] == [
        "Results chain",
        "Indicators",
        "Baseline (year)",
        "Current value (date)",
        "Target (year)",
        "Sources and means of verification",
        "Assumptions",
    ]
    assert ws.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW}"
    assert ws.page_setup.orientation == "landscape"
    # the "UE 2016" level names and codes from its prefixes (IMP, EF, P, A)
    assert _column(ws, "A")[-4:] == ["Impact", "Effet", "Produit", "Activité"]
    assert ws["B6"].value.startswith("EF1 – Les femmes migrantes")
    # one row per indicator, the statement and assumptions merged over them
    assert {"B6:B7", "H6:H7", "B9:B10"} <= _merged(ws)
    assert ws["C6"].value.startswith("I-EF1-1 – Part des participantes")
    assert ws["D6"].value == "20\u00a0%\n(08/02/2025)"
    assert ws["E6"].value == "74\u00a0%\n(13/12/2025)"
    assert (
        ws["F8"].value == "125\u00a0personnes\n(30/06/2025)\nwomen 105 · men 20 · not specified 0"
    )
    assert ws["E10"].value == "1\u202f150\u00a0supports\n(30/04/2025)"
    # activities: Means and Costs across the indicator columns
    assert "C12:G12" in _merged(ws)
    assert (
        ws["C12"].value
        == "Means: Relais communautaires, téléphone\nCosts: Déplacements, communication"
    )


def test_level_names_come_from_the_file(demo_copy: Path, tmp_path: Path) -> None:
    conn = sqlite3.connect(demo_copy)
    with conn:
        conn.execute(
            "UPDATE logframe_level SET name = 'Résultat attendu' WHERE name = 'Résultat' AND "
            "template_id = (SELECT id FROM logframe_template WHERE name = 'UE 2004')"
        )
    conn.close()
    asso = open_file(demo_copy, read_only=True)
    try:
        out = export_logframe_xlsx(asso, project_id_by_code(asso, PROJECT), tmp_path / "x.xlsx")
    finally:
        asso.close()
    assert "Résultat attendu" in _column(_sheet(out), "A")
    assert "Résultat" not in _column(_sheet(out), "A")


def test_indicator_tracking_table(demo: AssoFile, jdf: int, tmp_path: Path) -> None:
    out = export_indicators_xlsx(demo, jdf, tmp_path / "suivi.xlsx", today=DEMO_TODAY)
    book = openpyxl.load_workbook(out)
    ws = book.worksheets[0]
    assert ws.print_title_rows == "$4:$5"
    assert ws.page_setup.orientation == "landscape"
    head = [c.value for c in ws[4]]
    # the project runs 15/01/2025 - 31/12/2025; I-OG-1 aims at 30/06/2026
    quarters = [h for h in head if isinstance(h, str) and h.startswith("Q")]
    assert quarters == ["Q1 2025", "Q2 2025", "Q3 2025", "Q4 2025", "Q1 2026", "Q2 2026"]
    assert "H4:I4" in {str(r) for r in ws.merged_cells.ranges}
    rows = {r[0].value: [c.value for c in r] for r in ws.iter_rows(min_row=6) if r[0].value}
    indicators = [code for code in rows if str(code).startswith("I-")]
    assert indicators == [
        "I-OG-1", "I-OS1-1", "I-OS1-2", "I-R1.1-1", "I-R1.2-1", "I-R1.2-2", "I-R1.3-1"
    ]  # fmt: skip
    current = head.index("Current value")
    # computed from the attendance of the linked workshops: 125 attendances, two listed women
    # came twice and count once: 123 people, recorded quarter by quarter (workshop 1 on 22/02,
    # 32 people; workshops 2-4 up to 21/06)
    r11 = rows["I-R1.1-1"]
    assert r11[current] == 123
    assert r11[current + 2] == pytest.approx(0.984)  # progress 123 / 125
    assert r11[current + 3] == "On track"
    assert r11[head.index("Q1 2025") + 1] == 32
    assert r11[head.index("Q2 2025") + 1] == 123
    # a percentage is a level: the latest measurement, never a sum
    assert rows["I-OS1-1"][current] == 74
    assert rows["I-OS1-1"][current + 2] == pytest.approx(1.08)
    assert rows["I-R1.3-1"][current + 3] == "On track"  # yes/no, reached by its date
    values = book.worksheets[1]
    assert values.max_row - 3 == 18  # every value recorded (attendance: per quarter), one each


def test_pdf_repeats_the_header_on_every_page(
    demo: AssoFile, jdf: int, tmp_path: Path, qapp: object
) -> None:
    for layout, first_header in (("2004", "Intervention logic"), ("2016", "Results chain")):
        out = export_logframe_pdf(demo, jdf, tmp_path / f"cl-{layout}.pdf", layout)
        pages = pdf_pages_text(out)
        assert len(pages) >= 2
        for number, text in enumerate(pages, start=1):
            assert first_header in text, (layout, number)
            assert "Assumptions" in text
            assert f"{number} / {len(pages)}" in text
        whole = "\n".join(pages)
        assert "A1.3.2" in whole and "Journée internationale" in whole


def test_registered_exports(demo: AssoFile, tmp_path: Path, qapp: object) -> None:
    assert {"logframe-2004", "logframe-2016", "indicators"} <= set(EXPORTS)
    assert all(EXPORTS[n].needs_project for n in ("logframe-2004", "logframe-2016", "indicators"))
    xlsx = EXPORTS["logframe-2016"].run(ExportRequest(demo, tmp_path / "a.xlsx", PROJECT))
    assert _sheet(xlsx)["B4"].value == "Results chain"
    pdf = EXPORTS["logframe-2004"].run(ExportRequest(demo, tmp_path / "a.pdf", PROJECT))
    assert pdf.read_bytes().startswith(b"%PDF")
    table = EXPORTS["indicators"].run(ExportRequest(demo, tmp_path / "i.xlsx", PROJECT))
    assert openpyxl.load_workbook(table).worksheets[0]["A7"].value == "I-OG-1"
    with pytest.raises(DomainError) as unknown:
        EXPORTS["indicators"].run(ExportRequest(demo, tmp_path / "i.xlsx", "NOPE"))
    assert unknown.value.code is ErrorCode.NOT_FOUND


def test_a_project_without_logframe_is_refused(demo: AssoFile, tmp_path: Path) -> None:
    other = project_id_by_code(demo, "AGR-INDH-2026")
    with pytest.raises(DomainError) as refused:
        export_logframe_xlsx(demo, other, tmp_path / "x.xlsx")
    assert refused.value.code is ErrorCode.LOGFRAME_MISSING
    assert refused.value.params == {"project": "AGR-INDH-2026"}
