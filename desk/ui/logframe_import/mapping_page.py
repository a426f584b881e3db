"""The "Columns and levels" page of the logframe import wizard: what each column holds (one
combo per column, guessed from the header), which rows are which level (a combo per row:
automatic, a level of the template, or ignore), and a live preview tree of what will be
imported with its warnings."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desk.domain.errors import DomainError
from desk.i18n.messages import describe_error
from desk.services.logframe_import import (
    SKIP_ROW,
    ImportedLogframe,
    ImportedNode,
    Mapping,
    Role,
    SheetData,
)
from desk.ui.app import named
from desk.ui.logframe_import.labels import ROLES, automatic, role_label, skip, warning_text

translate = QCoreApplication.translate
PREVIEW_CHARS = 70


class MappingPage(QWizardPage):
    """Calls `reparse(mapping)` on every change and shows the tree it returns."""

    def __init__(self, reparse: Callable[[Mapping], ImportedLogframe]) -> None:
        super().__init__()
        self._reparse = reparse
        self._sheet: SheetData | None = None
        self._levels: tuple[str, ...] = ()
        self._loading = False
        self.found: ImportedLogframe | None = None
        self.setTitle(translate("LogframeImport", "Columns and levels"))
        self.setSubTitle(
            translate(
                "LogframeImport",
                "Check what each column holds and, if needed, the level of some rows. The "
                "tree on the right shows what will be imported.",
            )
        )
        self.header_spin = named(QSpinBox(), "headerRow")
        self.header_spin.valueChanged.connect(self._changed)
        self.columns_box = QWidget()
        self.columns_grid = QGridLayout(self.columns_box)
        self.column_combos: dict[int, QComboBox] = {}
        self.rows_table = named(QTableWidget(0, 2), "rowLevels")
        self.rows_table.setHorizontalHeaderLabels(
            [translate("LogframeImport", "Level"), translate("LogframeImport", "Row")]
        )
        self.rows_table.horizontalHeader().setStretchLastSection(True)
        self.tree = named(QTreeWidget(), "previewTree")
        self.tree.setHeaderLabels(
            [
                translate("LogframeImport", "What will be imported"),
                translate("LogframeImport", "Indicators"),
            ]
        )
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.status = named(QLabel(), "importStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.columns_box)
        scroll.setFixedHeight(86)
        top = QGridLayout()
        top.addWidget(QLabel(translate("LogframeImport", "Header row:")), 0, 0)
        top.addWidget(self.header_spin, 0, 1)
        top.setColumnStretch(2, 1)
        self.rows_table.verticalHeader().hide()
        split = QSplitter()
        split.addWidget(self.rows_table)
        split.addWidget(self.tree)
        split.setSizes([460, 540])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)

    # -- filling -----------------------------------------------------------------------------

    def load(self, sheet: SheetData, mapping: Mapping, levels: tuple[str, ...]) -> None:
        self._loading = True
        try:
            self._sheet, self._levels = sheet, levels
            self.header_spin.setRange(0, max(1, sheet.rows))
            self.header_spin.setValue(mapping.header_row)
            self._fill_columns(sheet, mapping)
            self._fill_rows(sheet, mapping)
        finally:
            self._loading = False
        self._changed()

    def _fill_columns(self, sheet: SheetData, mapping: Mapping) -> None:
        while self.columns_grid.count():
            item = self.columns_grid.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()
        self.column_combos.clear()
        for index, column in enumerate(range(1, sheet.columns + 1)):
            title = sheet.text(mapping.header_row, column) if mapping.header_row else ""
            letter = _letter(column)
            label = QLabel(f"{letter} — {title[:28]}" if title else letter)
            label.setToolTip(title)
            combo = named(QComboBox(), f"column{column}")
            for role in ROLES:
                combo.addItem(role_label(role, self._levels), role)
            combo.setCurrentIndex(ROLES.index(mapping.columns.get(column, Role.IGNORE)))
            combo.currentIndexChanged.connect(self._changed)
            self.columns_grid.addWidget(label, 0, index)  # one column of the sheet each
            self.columns_grid.addWidget(combo, 1, index)
            self.column_combos[column] = combo

    def _fill_rows(self, sheet: SheetData, mapping: Mapping) -> None:
        self.rows_table.setRowCount(sheet.rows)
        for row in range(1, sheet.rows + 1):
            combo = QComboBox()
            combo.addItem(automatic(), None)
            for depth, name in enumerate(self._levels):
                combo.addItem(name, depth)
            combo.addItem(skip(), SKIP_ROW)
            chosen = mapping.row_levels.get(row)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
            combo.currentIndexChanged.connect(self._changed)
            self.rows_table.setCellWidget(row - 1, 0, combo)
            texts = [sheet.text(row, c) for c in range(1, sheet.columns + 1)]
            preview = " | ".join(t.replace("\n", " ") for t in texts if t)
            item = _readonly_item(f"{row}: {preview[:PREVIEW_CHARS]}")
            self.rows_table.setItem(row - 1, 1, item)
        self.rows_table.resizeColumnToContents(0)

    # -- reading back ------------------------------------------------------------------------

    def mapping(self) -> Mapping:
        columns = {
            column: Role(combo.currentData())  # Qt hands the enum back as a plain str
            for column, combo in self.column_combos.items()
            if Role(combo.currentData()) is not Role.IGNORE
        }
        levels: dict[int, int] = {}
        for index in range(self.rows_table.rowCount()):
            combo = self.rows_table.cellWidget(index, 0)
            if isinstance(combo, QComboBox) and combo.currentData() is not None:
                levels[index + 1] = int(combo.currentData())
        return Mapping(self.header_spin.value(), columns, levels)

    def _changed(self) -> None:
        if self._loading or self._sheet is None:
            return
        self.tree.clear()
        try:
            self.found = self._reparse(self.mapping())
        except DomainError as error:
            self.found = None
            self.status.setText(describe_error(error))
            self.status.setProperty("error", True)
        else:
            self.status.setProperty("error", False)
            self._show(self.found)
        self.completeChanged.emit()

    def _show(self, found: ImportedLogframe) -> None:
        def add(node: ImportedNode, parent: QTreeWidget | QTreeWidgetItem) -> None:
            level = self._levels[node.depth] if node.depth < len(self._levels) else ""
            empty = translate("LogframeImport", "(to fill in)")
            text = node.statement.replace("\n", " ") or empty
            item = QTreeWidgetItem(parent, [f"{level} — {text}", str(len(node.indicators))])
            item.setToolTip(0, "\n".join(i.statement for i in node.indicators))
            for child in node.children:
                add(child, item)

        if found.root is not None:
            add(found.root, self.tree)
        self.tree.expandAll()
        nodes = found.walk()
        summary = translate(
            "LogframeImport", "{nodes} items and {indicators} indicators will be imported."
        ).format(nodes=len(nodes), indicators=sum(len(n.indicators) for n in nodes))
        lines = [summary, *(warning_text(w) for w in found.warnings)]
        self.status.setText("\n".join(lines))

    def isComplete(self) -> bool:
        return self.found is not None and self.found.root is not None


def _letter(column: int) -> str:
    letters = ""
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _readonly_item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item
