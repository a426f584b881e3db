"""The two EU logframe matrices as a grid of cells with spans, written to XLSX by `xlsx` and
to HTML (then PDF) by `html`, so that both outputs show the same thing.

- EU 2004: level | Logique d'intervention | Indicateurs objectivement vérifiables | Sources et
  moyens de vérification | Hypothèses; one row per node, its indicators one per line (with a
  line "Référence : … · Cible : …" under each); the activities come under a "Moyens | Coûts"
  row, in those two columns; a Conditions préalables box closes the Hypothèses column.
- EU 2016: level | Chaîne des résultats | Indicateurs | Valeur de référence | Valeur actuelle
  | Cible | Sources | Hypothèses; one row per indicator, the node's statement and assumptions
  merged over its indicators; activities carry "Moyens : … / Coûts : …" across the indicator
  columns.

Nodes are grouped by level (every result, then every activity), each level's name, from the
file's template, merged down the first column. Codes lead the statements ("R1.2 – …").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desk.domain.enums import LogframeLayout
from desk.reports.logframe import common as c
from desk.reports.logframe.common import translate
from desk.services.logframe_export import LogframeData, NodeData

ACTIVITY_DEPTH = 3


@dataclass(slots=True)
class Cell:
    text: str = ""
    rows: int = 1
    cols: int = 1
    style: str = ""  # "head", "level", "sub", "box" or "" (plain)


Row = list[Cell | None]  # None: covered by a span from above or the left


@dataclass(slots=True)
class Matrix:
    layout: LogframeLayout
    title: str
    subtitle: str
    widths: list[float]  # Excel character widths, one per column
    head: list[Row]
    body: list[Row] = field(default_factory=list)

    @property
    def columns(self) -> int:
        return len(self.widths)


def build_matrix(data: LogframeData, layout: LogframeLayout, lang: str) -> Matrix:
    title = f"{data.project_code} — {data.project_title}"
    subtitle = f"{data.organisation} · {c.matrix_title(layout)} · {data.template}"
    if layout is LogframeLayout.EU_2016:
        heads = c.headers_2016()
        matrix = Matrix(layout, title, subtitle, [11, 32, 31, 19, 19, 20, 26, 26], [])
        matrix.head.append([Cell(h, style="head") for h in heads])
        for depth, nodes in _levels(data):
            _level_2016(matrix, depth, nodes, lang)
    else:
        heads = c.headers_2004()
        matrix = Matrix(layout, title, subtitle, [16, 46, 46, 34, 34], [])
        matrix.head.append([Cell(h, style="head") for h in heads])
        for depth, nodes in _levels(data):
            _level_2004(matrix, depth, nodes, lang)
        _preconditions(matrix, data.preconditions)
    return matrix


def _levels(data: LogframeData) -> list[tuple[int, list[NodeData]]]:
    by_depth: dict[int, list[NodeData]] = {}
    for node in data.nodes:  # depth first: keeps the tree order inside a level
        by_depth.setdefault(node.depth, []).append(node)
    return sorted(by_depth.items())


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _level_2004(matrix: Matrix, depth: int, nodes: list[NodeData], lang: str) -> None:
    first = len(matrix.body)
    if depth == ACTIVITY_DEPTH:
        means, costs = c.activity_headers_2004()
        matrix.body.append(
            [None, Cell(), Cell(means, style="sub"), Cell(costs, style="sub"), Cell()]
        )
    for node in nodes:
        if depth == ACTIVITY_DEPTH and not node.indicators:
            middle = [Cell(node.means), Cell(node.costs_note)]
        else:
            lines, sources = [], []
            for ind in node.indicators:
                lines.append(c.coded(ind.code, _one_line(ind.statement)))
                details = c.details_2004(ind, lang)
                if details:
                    lines.append(details)
                sources.append(_one_line(ind.means_of_verification))
            middle = [Cell("\n".join(lines)), Cell("\n".join(sources))]
        statement = Cell(c.coded(node.code, node.statement))
        matrix.body.append([None, statement, *middle, Cell(node.assumptions)])
    matrix.body[first][0] = Cell(nodes[0].level, rows=len(matrix.body) - first, style="level")


def _level_2016(matrix: Matrix, depth: int, nodes: list[NodeData], lang: str) -> None:
    first = len(matrix.body)
    for node in nodes:
        height = max(1, len(node.indicators))
        top = len(matrix.body)
        if node.indicators:
            for ind in node.indicators:
                matrix.body.append(
                    [
                        None,
                        None,
                        Cell(c.coded(ind.code, _one_line(ind.statement))),
                        Cell(c.figure(ind, ind.baseline, ind.baseline_date, lang, "\n")),
                        Cell(c.figure(ind, ind.current, ind.current_date, lang, "\n")),
                        Cell(c.target_text(ind, lang)),
                        Cell(_one_line(ind.means_of_verification)),
                        None,
                    ]
                )
        else:
            parts = []
            if node.means:
                parts.append(translate("LogframeReports", "Means: {text}").format(text=node.means))
            if node.costs_note:
                parts.append(
                    translate("LogframeReports", "Costs: {text}").format(text=node.costs_note)
                )
            matrix.body.append(
                [None, None, Cell("\n".join(parts), cols=5), None, None, None, None, None]
            )
        matrix.body[top][1] = Cell(c.coded(node.code, node.statement), rows=height)
        matrix.body[top][7] = Cell(node.assumptions, rows=height)
    matrix.body[first][0] = Cell(nodes[0].level, rows=len(matrix.body) - first, style="level")


def _preconditions(matrix: Matrix, text: str) -> None:
    matrix.body.append([Cell(cols=4), None, None, None, Cell(c.preconditions_label(), style="sub")])
    matrix.body.append([Cell(cols=4), None, None, None, Cell(text, style="box")])
