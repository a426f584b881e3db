"""The logframe matrix, as the donors print it, editable in place.

Rows are grouped by level (overall objective, specific objectives, results, activities), each
group opened by a section row naming the level (from the file's template) and, in the EU 2004
layout, the titles of its columns (Moyens and Coûts on the activities). A node takes one row
per indicator (at least one); its own cells span those rows (`spans()`).

- EU 2004: Code | Logique d'intervention | Indicateurs objectivement vérifiables | Sources de
  vérification | Hypothèses.
- EU 2016: Code | Chaîne des résultats | Indicateurs | Valeur de référence | Valeur actuelle |
  Cible | Sources et moyens de vérification | Hypothèses.

An edit emits `edit_requested(kind, id, field, text)`; the page runs the undoable command.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desk.domain.enums import IndicatorKind
from desk.services.browse.logframe import IndicatorRow, LogframeView, NodeRow
from desk.services.logframe.links import LogframeCosts
from desk.ui.logframe.present import value_text
from desk.ui.widgets.formatting import format_date_ui, format_money_ui

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()
ACTIVITY_DEPTH = 3
SECTION_BG = QColor("#E8EEF3")

# (header, cell key) per layout; the key says what the cell shows and edits.
LAYOUTS: dict[str, tuple[tuple[object, str], ...]] = {
    "2004": (
        (QT_TRANSLATE_NOOP("Logframe", "Code"), "code"),
        (QT_TRANSLATE_NOOP("Logframe", "Intervention logic"), "statement"),
        (QT_TRANSLATE_NOOP("Logframe", "Objectively verifiable indicators"), "indicator"),
        (QT_TRANSLATE_NOOP("Logframe", "Sources of verification"), "means_of_verification"),
        (QT_TRANSLATE_NOOP("Logframe", "Assumptions"), "assumptions"),
    ),
    "2016": (
        (QT_TRANSLATE_NOOP("Logframe", "Code"), "code"),
        (QT_TRANSLATE_NOOP("Logframe", "Results chain"), "statement"),
        (QT_TRANSLATE_NOOP("Logframe", "Indicators"), "indicator"),
        (QT_TRANSLATE_NOOP("Logframe", "Baseline (year)"), "baseline_value"),
        (QT_TRANSLATE_NOOP("Logframe", "Current value (date)"), "current"),
        (QT_TRANSLATE_NOOP("Logframe", "Target (year)"), "target_value"),
        (
            QT_TRANSLATE_NOOP("Logframe", "Sources and means of verification"),
            "means_of_verification",
        ),
        (QT_TRANSLATE_NOOP("Logframe", "Assumptions"), "assumptions"),
    ),
}
_NODE_KEYS = {"code", "statement", "assumptions"}
# On activity rows of the EU 2004 matrix, columns 3 and 4 hold the node's Moyens and Coûts.
_ACTIVITY_2004 = {"indicator": "means", "means_of_verification": "costs_note"}
_ACTIVITY_TITLES = {
    "indicator": QT_TRANSLATE_NOOP("Logframe", "Means"),
    "means_of_verification": QT_TRANSLATE_NOOP("Logframe", "Costs"),
}


def _tr(text: object) -> str:
    return QCoreApplication.translate("Logframe", str(text))


@dataclass(frozen=True, slots=True)
class MatrixRow:
    node: NodeRow | None  # None on a section row
    indicator: IndicatorRow | None
    first: bool  # the node's first row (its spanning cells live here)
    span: int  # rows of the node
    section: str = ""  # the level name on a section row
    depth: int = 0


def matrix_rows(view: LogframeView) -> list[MatrixRow]:
    rows: list[MatrixRow] = []
    for depth, level in enumerate(view.levels):
        nodes = [n for n in view.nodes if n.depth == depth]
        if not nodes:
            continue
        rows.append(MatrixRow(None, None, True, 1, section=level, depth=depth))
        for node in nodes:
            indicators: list[IndicatorRow | None] = list(node.indicators) or [None]
            for rank, ind in enumerate(indicators):
                rows.append(MatrixRow(node, ind, rank == 0, len(indicators), depth=depth))
    return rows


def _with_budget(text: str, node_id: int, costs: LogframeCosts) -> str:
    """The Coûts cell of an activity: the note, then the planned cost from the budget."""
    cost = costs.of(node_id)
    if not cost.budget_lines:
        return text
    amount = format_money_ui(cost.planned_minor, costs.planned_currency)
    planned = QCoreApplication.translate("Logframe", "Budget: %1").replace("%1", amount)
    return f"{text}\n{planned}" if text else planned


def _year(day: date | None) -> str:
    return f" ({day.year})" if day else ""


class MatrixModel(QAbstractTableModel):
    edit_requested = Signal(str, int, str, str)  # kind, id, field, text

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.layout_name = "2004"
        self.rows: list[MatrixRow] = []
        self.editable = True
        self.costs: LogframeCosts | None = None

    @property
    def keys(self) -> list[str]:
        return [key for _, key in LAYOUTS[self.layout_name]]

    def set_view(
        self, view: LogframeView | None, layout_name: str, costs: LogframeCosts | None = None
    ) -> None:
        self.beginResetModel()
        self.layout_name = layout_name
        self.costs = costs
        self.rows = matrix_rows(view) if view is not None else []
        self.endResetModel()

    def spans(self) -> list[tuple[int, int, int, int]]:
        """(row, column, rows, columns) of every cell covering several: a node's own cells
        over its indicator rows, the level name of a section row over two columns."""
        found = []
        for r, row in enumerate(self.rows):
            if row.node is None:
                found.append((r, 0, 1, 2))
                continue
            if not row.first or row.span == 1:
                continue
            for c, key in enumerate(self.keys):
                if self._node_cell(row, key) is not None:
                    found.append((r, c, row.span, 1))
        return found

    def _node_cell(self, row: MatrixRow, key: str) -> str | None:
        """The node field a cell shows when it belongs to the node (not to one indicator)."""
        if key in _NODE_KEYS:
            return key
        if self.layout_name == "2004" and row.depth == ACTIVITY_DEPTH:
            return _ACTIVITY_2004.get(key)
        return None

    # -- Qt -------------------------------------------------------------------------------

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.keys)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(LAYOUTS[self.layout_name][section][0])
        return None

    def _text(self, row: MatrixRow, key: str, edit: bool) -> str:
        if row.node is None:  # a section row
            if key == "code":
                return row.section
            if self.layout_name == "2004" and row.depth == ACTIVITY_DEPTH:
                title = _ACTIVITY_TITLES.get(key)
                return _tr(title) if title else ""
            return ""
        field = self._node_cell(row, key)
        if field is not None:
            if not row.first:
                return ""
            text = str(getattr(row.node, field))
            if field == "costs_note" and not edit and self.costs is not None:
                return _with_budget(text, row.node.id, self.costs)
            return text
        ind = row.indicator
        if ind is None:
            return ""
        if key == "indicator":
            return ind.statement if edit else f"{ind.code} {ind.statement}"
        if key == "means_of_verification":
            return ind.means_of_verification
        value: Decimal | None
        if key == "baseline_value":
            value, day = ind.baseline, ind.baseline_date
        elif key == "target_value":
            value, day = (ind.target.total if ind.target else None), ind.target_date
        else:  # current
            value = ind.current
            text = value_text(value, ind.kind)
            return f"{text} ({format_date_ui(ind.latest_date)})" if text else ""
        text = value_text(value, ind.kind)
        if edit:
            return text
        return f"{text}{_year(day)}" if text else ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, key = self.rows[index.row()], self.keys[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, key, edit=False)
        if role == Qt.ItemDataRole.EditRole:
            return self._text(row, key, edit=True)
        if role == Qt.ItemDataRole.BackgroundRole and row.node is None:
            return QBrush(SECTION_BG)
        if role == Qt.ItemDataRole.FontRole and (row.node is None or key == "code"):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        return None

    def target_of(self, index: Index) -> tuple[str, int, str] | None:
        """(kind, id, field) an edit of this cell changes; None when it cannot be edited."""
        row, key = self.rows[index.row()], self.keys[index.column()]
        if row.node is None or key in ("code", "current"):
            return None
        field = self._node_cell(row, key)
        if field is not None:
            return ("node", row.node.id, field) if row.first else None
        ind = row.indicator
        if ind is None:
            return None
        if key in ("baseline_value", "target_value") and ind.kind is IndicatorKind.TEXT:
            return None
        return ("indicator", ind.id, "statement" if key == "indicator" else key)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and self.target_of(index) is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        target = self.target_of(index) if index.isValid() else None
        if role != Qt.ItemDataRole.EditRole or target is None:
            return False
        text = str(value).strip()
        if text == self._text(self.rows[index.row()], self.keys[index.column()], edit=True):
            return False
        self.edit_requested.emit(*target, text)
        return True
