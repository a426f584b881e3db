"""The receipts of the transaction being typed: add by dialog or by dropping files, view,
remove. New files are reduced (images) and kept in memory until the entry is saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desk.domain.errors import DomainError
from desk.services.entry import NewAttachment
from desk.services.receipts import AttachmentInfo
from desk.store import AssoFile
from desk.ui.treasury.images import prepare_file

_NEW, _STORED = "new", "stored"


class AttachmentBox(QWidget):
    """`failed(DomainError)` when a dropped or chosen file is refused."""

    failed = Signal(object)
    changed = Signal()

    def __init__(self, asso: AssoFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.asso = asso
        self.setAcceptDrops(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._new: list[NewAttachment] = []
        self._stored: list[AttachmentInfo] = []
        self.removed: list[int] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setMaximumHeight(72)
        self.list.itemDoubleClicked.connect(lambda _item: self.view_current())
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add a receipt…"))
        self.add_button.clicked.connect(self.choose)
        self.view_button = QPushButton(self.tr("View"))
        self.view_button.clicked.connect(self.view_current)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_current)
        for button in (self.add_button, self.view_button, self.remove_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.list.setToolTip(self.tr("Drop images or PDF files here"))

    def set_stored(self, infos: tuple[AttachmentInfo, ...]) -> None:
        self._stored, self._new, self.removed = list(infos), [], []
        self._fill()

    def new_files(self) -> tuple[NewAttachment, ...]:
        return tuple(self._new)

    def count(self) -> int:
        return len(self._stored) + len(self._new)

    def _fill(self) -> None:
        self.list.clear()
        for info in self._stored:
            item = QListWidgetItem(info.name)
            item.setData(Qt.ItemDataRole.UserRole, (_STORED, info.id))
            self.list.addItem(item)
        for index, new in enumerate(self._new):
            item = QListWidgetItem(f"{new.name} ({len(new.data) // 1024 + 1} Ko)")
            item.setData(Qt.ItemDataRole.UserRole, (_NEW, index))
            self.list.addItem(item)
        self.changed.emit()

    def add_paths(self, paths: list[Path]) -> None:
        for path in paths:
            try:
                self._new.append(prepare_file(path))
            except DomainError as error:
                self.failed.emit(error)
        self._fill()

    def choose(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add a receipt"),
            "",
            self.tr("Images and PDF (*.jpg *.jpeg *.png *.pdf *.gif *.bmp *.webp)"),
        )
        self.add_paths([Path(n) for n in names])

    def remove_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        kind, key = item.data(Qt.ItemDataRole.UserRole)
        if kind == _STORED:
            self.removed.append(key)
            self._stored = [s for s in self._stored if s.id != key]
        else:
            del self._new[key]
        self._fill()

    def view_current(self) -> None:
        from desk.ui.treasury.viewer import ReceiptViewer

        item = self.list.currentItem()
        if item is None:
            return
        kind, key = item.data(Qt.ItemDataRole.UserRole)
        if kind == _STORED:
            info = next(s for s in self._stored if s.id == key)
            ReceiptViewer(self.asso, [info], self).exec()
            return
        _memory_viewer(self._new[key], self).exec()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        self.add_paths(paths)
        event.acceptProposedAction()


def _memory_viewer(new: NewAttachment, parent: QWidget) -> QDialog:
    """A file not saved yet, shown the same way as a stored one."""
    from PySide6.QtGui import QImage, QPixmap
    from PySide6.QtWidgets import QLabel, QScrollArea

    dialog = QDialog(parent)
    dialog.setWindowTitle(new.name)
    layout = QVBoxLayout(dialog)
    area = QScrollArea()
    label = QLabel()
    if new.mime_type.startswith("image/"):
        label.setPixmap(QPixmap.fromImage(QImage.fromData(new.data)))
    else:
        label.setText(new.name)
    area.setWidget(label)
    layout.addWidget(area)
    dialog.resize(800, 800)
    return dialog
