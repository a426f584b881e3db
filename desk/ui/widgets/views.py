"""Table and tree views set up the same way on every page: whole-row selection, no grid,
alternating rows, compact rows that fit a 768-pixel-high screen, long texts elided."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLayout,
    QTableView,
    QTreeView,
    QWidget,
)

from desk.ui.widgets import style
from desk.ui.widgets.delegates import RoomyDelegate

ROW_HEIGHT = 26
MIN_STRETCH_WIDTH = 90

# `stretch`: one column taking the width left, or {column: weight} sharing it in proportion.
Stretch = int | Mapping[int, int] | None


class _ColumnFitter(QObject):
    """Shares the width left by the fixed columns among the weighted ones whenever the view
    is resized: the label keeps most of it, payee or place a fair part, on a 1366-pixel
    laptop as on a wide screen."""

    def __init__(self, view: QAbstractItemView, header: QHeaderView, weights: Mapping[int, int]):
        super().__init__(view)
        self._view, self._header = view, header
        self._weights = {int(c): w for c, w in weights.items()}
        view.viewport().installEventFilter(self)
        header.sectionCountChanged.connect(lambda _old, _new: self.fit())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        header = self._header
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        weighted = [c for c in shown if c in self._weights]
        if not weighted:
            return
        fixed = sum(header.sectionSize(c) for c in shown if c not in self._weights)
        left = max(0, self._view.viewport().width() - fixed)
        total = sum(self._weights[c] for c in weighted)
        for column in weighted:
            width = left * self._weights[column] // total
            header.resizeSection(column, max(MIN_STRETCH_WIDTH, width))


def refit_columns(view: QAbstractItemView) -> None:
    """Share the width again after columns were shown, hidden or resized by the page."""
    for fitter in view.findChildren(_ColumnFitter):
        fitter.fit()


def _stretch(view: QAbstractItemView, header: QHeaderView, stretch: Stretch) -> None:
    if stretch is None:
        return
    if isinstance(stretch, Mapping):
        _ColumnFitter(view, header, stretch)
    else:
        header.setSectionResizeMode(int(stretch), QHeaderView.ResizeMode.Stretch)


def _common(view: QAbstractItemView) -> None:
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)


def make_table(
    model: QAbstractItemModel,
    widths: Mapping[int, int] | None = None,
    stretch: Stretch = None,
    sortable: bool = False,
    parent: QWidget | None = None,
) -> QTableView:
    """A table on `model`; `widths` in pixels by column, `stretch` the column that takes the
    remaining width (usually the label), or weights to share it between several."""
    view = QTableView(parent)
    view.setModel(model)
    _common(view)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setCornerButtonEnabled(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    header = view.horizontalHeader()
    header.setTextElideMode(Qt.TextElideMode.ElideRight)  # not clipped mid-word
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(40)
    for column, width in (widths or {}).items():
        view.setColumnWidth(int(column), width)
    _stretch(view, header, stretch)
    if sortable:
        view.setSortingEnabled(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    return view


def make_tree(
    model: QAbstractItemModel,
    widths: Mapping[int, int] | None = None,
    stretch: Stretch = None,
    parent: QWidget | None = None,
) -> QTreeView:
    view = QTreeView(parent)
    view.setModel(model)
    _common(view)
    view.setUniformRowHeights(True)
    view.setWordWrap(False)
    view.setIndentation(16)
    view.setItemDelegate(RoomyDelegate(ROW_HEIGHT - 4, view))
    header = view.header()
    header.setTextElideMode(Qt.TextElideMode.ElideRight)
    header.setStretchLastSection(False)
    header.setHighlightSections(False)
    header.setMinimumSectionSize(40)
    for column, width in (widths or {}).items():
        view.setColumnWidth(int(column), width)
    _stretch(view, header, stretch)
    return view


def clear_layout(layout: QLayout) -> None:
    """Remove every widget of `layout` now (not at the next event loop, so that a refill in the
    same call does not show old and new widgets together)."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.setParent(None)


def section_title(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A small bold heading above a list of a page."""
    label = QLabel(text, parent)
    label.setObjectName("SectionTitle")
    label.setStyleSheet(style.SECTION_CSS)
    return label
