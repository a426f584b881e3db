"""About AssoDesk: version, licence, and the versions of Qt and Python (for support calls)."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desk import APP_NAME, __version__
from desk.ui.app import align_leading, app_icon


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About AssoDesk"))
        self.setMinimumWidth(440)

        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(72, 72))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(APP_NAME)
        title.setObjectName("welcomeTitle")
        version = QLabel(self.tr("Version {version}").format(version=__version__))
        version.setObjectName("version")
        purpose = QLabel(self.tr("The money and projects of your association, kept in one file."))
        purpose.setWordWrap(True)
        licence = QLabel(self.tr("Licence: proprietary. All rights reserved."))
        self.technical = QLabel(
            self.tr("Qt {qt} · PySide {pyside} · Python {python}").format(
                qt=qVersion(), pyside=PySide6.__version__, python=platform.python_version()
            )
        )
        self.technical.setObjectName("fileName")
        # Selectable, so that the user can paste the versions into a message to support.
        self.technical.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        text = QVBoxLayout()
        for label in (title, version, purpose, licence, self.technical):
            align_leading(label)
            text.addWidget(label)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(logo)
        top.addLayout(text, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.addLayout(top)
        layout.addWidget(buttons)
