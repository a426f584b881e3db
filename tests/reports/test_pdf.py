"""The shared PDF writer: long tables over several pages, their header on every page, page
numbers, Arabic text, and refusing an unknown page size."""

from __future__ import annotations

from pathlib import Path

import pytest

from desk.reports.pdf import html_to_pdf, new_pdf_writer
from tests.pdf_tools import pdf_pages_text, pdf_to_pngs


def _table(rows: int) -> str:
    body = "".join(
        f"<tr><td>A1.{n}</td><td>Atelier de sensibilisation numéro {n}</td>"
        f"<td class='num'>1 234,50</td></tr>"
        for n in range(1, rows + 1)
    )
    return (
        "<h1>Cadre logique</h1><table width='100%'><thead><tr><th>Code</th>"
        "<th>Logique d'intervention</th><th>Coût (MAD)</th></tr></thead>"
        f"<tbody>{body}</tbody></table>"
    )


def test_a_long_table_repeats_its_header_on_every_page(tmp_path: Path) -> None:
    out = html_to_pdf(_table(150), tmp_path / "long.pdf", footer="Association Salé")
    pages = pdf_pages_text(out)
    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        assert "Logique d'intervention" in text, f"page {number} lacks the header row"
        assert f"{number} / {len(pages)}" in text
        assert "Association Salé" in text
    everything = "\n".join(pages)
    assert "numéro 1\n" in everything and "numéro 150\n" in everything
    assert pdf_to_pngs(out, tmp_path / "png", scale=0.5)[0].stat().st_size > 1000


def test_a_short_document_is_one_portrait_page(tmp_path: Path) -> None:
    out = html_to_pdf("<p>Bonjour</p>", tmp_path / "short.pdf", landscape=False)
    import pypdf

    page = pypdf.PdfReader(str(out)).pages[0]
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    assert height > width  # portrait
    assert round(width / 72 * 25.4) == 210  # A4
    assert pdf_pages_text(out) == ["Bonjour\n1 / 1"]


def test_a3_landscape_and_unknown_size(tmp_path: Path) -> None:
    import pypdf

    out = html_to_pdf("<p>x</p>", tmp_path / "a3.pdf", page_size="A3")
    page = pypdf.PdfReader(str(out)).pages[0]
    assert round(float(page.mediabox.width) / 72 * 25.4) == 420
    with pytest.raises(ValueError, match="A4, A3"):
        new_pdf_writer(tmp_path / "x.pdf", page_size="Letter")


def test_arabic_text_is_written(tmp_path: Path) -> None:
    out = html_to_pdf("<p>الميزانية</p>", tmp_path / "ar.pdf", right_to_left=True)
    assert pdf_to_pngs(out, tmp_path / "png")[0].exists()
    assert len(pdf_pages_text(out)) == 1
