"""Cadre logique: the selected project's logframe as a tree (codes, level names from the file's
donor template, statements) with each node's indicators: baseline, target and latest value,
by sex when disaggregated. Read-only for now."""

from __future__ import annotations

from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QStyle, QWidget

from desk.domain.enums import IndicatorKind, Sex
from desk.services.browse.logframe import Figure, IndicatorRow, NodeRow, project_logframe
from desk.services.browse.projects import list_projects
from desk.store import AssoFile
from desk.ui.pages.base import BasePage
from desk.ui.widgets import style
from desk.ui.widgets.empty_state import EmptyState, ListStack
from desk.ui.widgets.formatting import format_date_ui, format_decimal_ui, format_percent_ui
from desk.ui.widgets.project_selector import ProjectSelector
from desk.ui.widgets.table_model import Align, Column
from desk.ui.widgets.tree_model import RowTreeModel, TreeItem
from desk.ui.widgets.views import make_tree, section_title


class LogframeColumn(IntEnum):
    CODE = 0
    LEVEL = 1
    STATEMENT = 2
    BASELINE = 3
    TARGET = 4
    LATEST = 5


def _value(value: Any, kind: IndicatorKind) -> str:
    if value is None:
        return ""
    if kind is IndicatorKind.YES_NO:
        yes = QCoreApplication.translate("Pages", "Yes")
        return yes if value else QCoreApplication.translate("Pages", "No")
    if kind is IndicatorKind.PERCENTAGE:
        return format_percent_ui(Decimal(value) / 100, places=None)
    return format_decimal_ui(value)


def _figure(figure: Figure | None, kind: IndicatorKind) -> str:
    """ "40 (W 30 · M 10)": the total, then women and men when the figure is by sex."""
    if figure is None:
        return ""
    text = _value(figure.total, kind)
    parts = []
    for sex, letter in (
        (Sex.FEMALE, QCoreApplication.translate("Pages", "W", "women, one letter")),
        (Sex.MALE, QCoreApplication.translate("Pages", "M", "men, one letter")),
    ):
        value = figure.of(sex)
        if value is not None:
            parts.append(f"{letter} {_value(value, kind)}")
    return f"{text} ({' · '.join(parts)})" if parts else text


def _indicator_only(func: Any) -> Any:
    return lambda r: func(r) if isinstance(r, IndicatorRow) else ""


def _latest_tip(r: Any) -> str:
    if not isinstance(r, IndicatorRow) or r.latest_date is None:
        return ""
    return QCoreApplication.translate("Pages", "Measured on %1").replace(
        "%1", format_date_ui(r.latest_date)
    )


def _statement_tip(r: Any) -> str:
    if isinstance(r, IndicatorRow):
        lines = [r.statement]
        if r.means_of_verification:
            means = QCoreApplication.translate("Pages", "Means of verification: %1")
            lines.append(means.replace("%1", r.means_of_verification))
        return "\n".join(lines)
    return "\n".join(p for p in (r.statement, r.assumptions) if p)


def _level(r: Any) -> str:
    return r.level if isinstance(r, NodeRow) else QCoreApplication.translate("Pages", "Indicator")


def _level_color(r: Any) -> QColor | None:
    return style.MUTED if isinstance(r, IndicatorRow) else None


COLUMNS: list[Column[Any]] = [
    Column(
        QT_TRANSLATE_NOOP("Pages", "Code"), lambda r: r.code, bold=lambda r: isinstance(r, NodeRow)
    ),
    Column(QT_TRANSLATE_NOOP("Pages", "Level"), _level, color=_level_color),
    Column(
        QT_TRANSLATE_NOOP("Pages", "Statement"),
        lambda r: r.statement,
        tooltip=_statement_tip,
        bold=lambda r: isinstance(r, NodeRow) and r.depth <= 1,
    ),
    Column(
        QT_TRANSLATE_NOOP("Pages", "Baseline"),
        _indicator_only(lambda r: r.baseline),
        _indicator_only(lambda r: _value(r.baseline, r.kind)),
        Align.NUMBER,
    ),
    Column(
        QT_TRANSLATE_NOOP("Pages", "Target"),
        _indicator_only(lambda r: r.target.total if r.target else None),
        _indicator_only(lambda r: _figure(r.target, r.kind)),
        Align.NUMBER,
    ),
    Column(
        QT_TRANSLATE_NOOP("Pages", "Current value"),
        _indicator_only(lambda r: r.latest.total if r.latest else None),
        _indicator_only(lambda r: _figure(r.latest, r.kind)),
        Align.NUMBER,
        tooltip=_latest_tip,
    ),
]


def logframe_items(nodes: tuple[NodeRow, ...]) -> list[TreeItem]:
    """Nodes in their hierarchy, each node's indicators listed first under it."""
    items: dict[int, TreeItem] = {}
    roots: list[TreeItem] = []
    for node in nodes:  # depth-first: a parent always comes before its children
        item = TreeItem(node, [TreeItem(ind) for ind in node.indicators])
        items[node.id] = item
        parent = items.get(node.parent_id) if node.parent_id is not None else None
        (parent.children if parent is not None else roots).append(item)
    return roots


class LogframePage(BasePage):
    key = "logframe"

    def __init__(self, asso: AssoFile, parent: QWidget | None = None) -> None:
        super().__init__(asso, parent)
        self.selector = ProjectSelector()
        self.header_tools.addWidget(self.selector)
        self.caption = section_title()
        self.body.addWidget(self.caption)
        self.model = RowTreeModel(COLUMNS, self)
        self.tree = make_tree(
            self.model,
            widths={
                LogframeColumn.CODE: 130,
                LogframeColumn.LEVEL: 140,
                LogframeColumn.BASELINE: 140,
                LogframeColumn.TARGET: 140,
                LogframeColumn.LATEST: 140,
            },
            stretch=LogframeColumn.STATEMENT,
        )
        self.empty = EmptyState(icon=QStyle.StandardPixmap.SP_FileDialogListView)
        self.stack = ListStack(self.tree, self.empty)
        self.body.addWidget(self.stack, 1)
        self.selector.project_changed.connect(self._show_project)

    def load(self) -> None:
        # Emits project_changed; prefers a project that has a logframe.
        self.selector.set_projects(list_projects(self.asso), lambda p: p.has_logframe)

    def _show_project(self, project_id: int) -> None:
        view = project_logframe(self.asso, project_id) if project_id else None
        if view is None:
            self.model.set_roots([])
            self.caption.setText("")
            if project_id:
                self.empty.set_text(
                    self.tr("This project has no logframe yet"),
                    self.tr("Objectives, results, activities and indicators will be shown here."),
                )
            else:
                self.empty.set_text(
                    self.tr("No project yet"),
                    self.tr("Create a project to write its logframe."),
                )
            self.stack.show_empty(True)
            return
        self.model.set_roots(logframe_items(view.nodes))
        self.caption.setText(
            self.tr("Template %1: %2")
            .replace("%1", view.template)
            .replace("%2", " › ".join(view.levels))
        )
        self.tree.expandAll()
        self.stack.show_empty(not view.nodes)
