"""The logframe matrix as an A4 landscape PDF (`desk.reports.pdf.html_to_pdf`): the same cells
as the XLSX (`matrix`), in an HTML table whose header row repeats on every page.

On paper the level name shows on the first row of its group instead of a cell merged down
the page: a cell spanning many rows cannot be split across pages.
"""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

from desk.domain.money import NNBSP
from desk.reports.logframe import common as c
from desk.reports.logframe.matrix import Cell, Matrix, Row, build_matrix
from desk.services.logframe_export import load_logframe
from desk.store import AssoFile

CSS = """
table.matrix { border-collapse: collapse; }
table.matrix td, table.matrix th { border: 1px solid #8a96a3; padding: 3px; }
td.level { background-color: #eef3f8; font-weight: bold; }
td.sub { background-color: #f3f3f3; font-weight: bold; text-align: center; }
td.box { background-color: #fbfbf3; }
p.subtitle { color: #444444; margin: 0 0 6px 0; }
"""


def export_logframe_pdf(
    asso: AssoFile,
    project_id: int,
    out: Path | str,
    layout: str = "2004",
    lang: str = "fr",
    today: date | None = None,
) -> Path:
    """Write the logframe of `project_id` in the EU `layout` ("2004" or "2016") to `out`."""
    from desk.reports.pdf import html_to_pdf

    chosen = c.layout_of(layout)
    data = load_logframe(asso, project_id, today, chosen)
    matrix = build_matrix(data, chosen, lang)
    footer = f"{data.organisation} · {data.project_code} · {c.day(data.today, lang)}"
    return html_to_pdf(
        matrix_html(matrix),
        out,
        landscape=True,
        title=matrix.title,
        footer=footer,
        right_to_left=lang == "ar",  # the footer; the matrix keeps its column order
    )


def _cell_html(cell: Cell, tag: str = "td") -> str:
    text = "<br/>".join(escape(line) for line in cell.text.split("\n"))
    attrs = ""
    if cell.rows > 1:
        attrs += f' rowspan="{cell.rows}"'
    if cell.cols > 1:
        attrs += f' colspan="{cell.cols}"'
    if cell.style and tag == "td":
        attrs += f' class="{cell.style}"'
    return f"<{tag}{attrs}>{text}</{tag}>"


def _row_html(row: Row) -> str:
    """The level column loses its span (a cell spanning rows cannot be split across pages):
    the level name shows on the first row of its group, the next rows leave it blank."""
    cells = []
    for column, cell in enumerate(row):
        if column == 0 and cell is not None and cell.style == "level":
            cells.append(_cell_html(Cell(cell.text, style="level")))
        elif column == 0 and cell is None:
            cells.append('<td class="cont"></td>')
        elif cell is not None:
            cells.append(_cell_html(cell))
    return f"<tr>{''.join(cells)}</tr>"


def matrix_html(matrix: Matrix) -> str:
    total = sum(matrix.widths)
    head = "".join(
        f'<th width="{round(100 * w / total)}%">{escape(h.text if h else "")}</th>'
        for w, h in zip(matrix.widths, matrix.head[0], strict=True)
    )
    body = "".join(_row_html(row) for row in matrix.body)
    html = (
        f"<html><head><style>{CSS}</style></head><body>"
        f"<h1>{escape(matrix.title)}</h1><p class='subtitle'>{escape(matrix.subtitle)}</p>"
        '<table class="matrix" width="100%" cellspacing="0" cellpadding="3">'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        "</body></html>"
    )
    # Qt breaks lines at U+202F (the French thousands separator): keep "1 000" whole.
    return html.replace(NNBSP, "&nbsp;")
