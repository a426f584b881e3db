"""The association's profile: name, acronym, contacts, registration number and logo.

Saved through `desk.services.organisation.update_profile` (audited); refusals appear under the
field at fault. A read-only file shows the profile without letting anyone change it.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.domain.errors import DomainError, ErrorCode
from desk.services.organisation import (
    KEEP_LOGO,
    MAX_LOGO_BYTES,
    Profile,
    ProfileUpdate,
    get_profile,
    update_profile,
)
from desk.store import AssoFile
from desk.ui.app import named
from desk.ui.dialogs.fields import FieldErrors
from desk.ui.dialogs.files import show_error

# Logos are printed small on reports: 400 px is plenty and keeps the file light to e-mail.
LOGO_MAX_SIDE = 400
_PREVIEW = 96


def logo_bytes(image: QImage) -> tuple[bytes, str]:
    """`image` downscaled and encoded: PNG (keeps transparency), JPEG if the PNG is too big."""
    if max(image.width(), image.height()) > LOGO_MAX_SIDE:
        image = image.scaled(
            LOGO_MAX_SIDE,
            LOGO_MAX_SIDE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    for fmt, mime in (("PNG", "image/png"), ("JPEG", "image/jpeg")):
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, fmt, 85 if fmt == "JPEG" else -1)  # type: ignore[call-overload]
        if data.size() <= MAX_LOGO_BYTES or fmt == "JPEG":
            return bytes(data.data()), mime
    raise AssertionError("unreachable")


class OrganisationDialog(QDialog):
    """Edit the profile; `profile` holds the saved values after `accept()`."""

    def __init__(self, asso: AssoFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("organisationDialog")
        self.setWindowTitle(self.tr("Association profile"))
        self.setMinimumWidth(560)
        self.asso = asso
        self.profile: Profile = get_profile(asso)
        self._logo: bytes | None = self.profile.logo
        self._logo_mime = self.profile.logo_mime
        self._logo_changed = False
        self.errors = FieldErrors()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(8)
        p = self.profile
        self.name_edit = self._line(form, self.tr("Name:"), "name", p.name)
        self.acronym_edit = self._line(form, self.tr("Acronym:"), "acronym", p.acronym)
        self.city_edit = self._line(form, self.tr("City:"), "city", p.city)
        self.address_edit = named(QPlainTextEdit(p.address), "address")
        self.address_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.address_edit.setTabChangesFocus(True)
        self.errors.add_row(form, self.tr("Address:"), "address", self.address_edit)
        self.registration_edit = self._line(
            form, self.tr("Registration number:"), "registration_number", p.registration_number
        )
        self.phone_edit = self._line(form, self.tr("Phone:"), "phone", p.phone)
        self.email_edit = self._line(form, self.tr("E-mail:"), "email", p.email)
        self.errors.add_row(form, self.tr("Logo:"), "logo", self._logo_row())

        self.buttons = QDialogButtonBox()
        if asso.read_only:
            self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
            for edit in (
                self.name_edit,
                self.acronym_edit,
                self.city_edit,
                self.registration_edit,
                self.phone_edit,
                self.email_edit,
            ):
                edit.setReadOnly(True)
            self.address_edit.setReadOnly(True)
            self.choose_logo.setEnabled(False)
            self.remove_logo.setEnabled(False)
        else:
            self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
            self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        if asso.read_only:
            note = QLabel(self.tr("This file is open read-only: the profile cannot be changed."))
            note.setObjectName("readOnlyBadge")
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._show_logo()

    def _line(self, form: QFormLayout, label: str, field: str, value: str) -> QLineEdit:
        edit = named(QLineEdit(value), field)
        self.errors.add_row(form, label, field, edit)
        return edit

    def _logo_row(self) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.logo_preview = named(QLabel(), "logoPreview")
        self.logo_preview.setFixedSize(_PREVIEW, _PREVIEW)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px dashed #AEB8C2; border-radius: 6px;")
        self.choose_logo = QPushButton(self.tr("Choose an image…"))
        self.choose_logo.clicked.connect(self._pick_logo)
        self.remove_logo = QPushButton(self.tr("Remove"))
        self.remove_logo.clicked.connect(self._clear_logo)
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_logo)
        buttons.addWidget(self.remove_logo)
        buttons.addStretch(1)
        line.addWidget(self.logo_preview)
        line.addLayout(buttons)
        line.addStretch(1)
        return row

    def _show_logo(self) -> None:
        pixmap = QPixmap()
        if self._logo and pixmap.loadFromData(self._logo):
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    _PREVIEW - 8,
                    _PREVIEW - 8,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
        self.remove_logo.setEnabled(bool(self._logo) and not self.asso.read_only)

    def set_logo_image(self, image: QImage) -> None:
        """Use `image` as the new logo (downscaled); saved with the rest on Save."""
        self._logo, self._logo_mime = logo_bytes(image)
        self._logo_changed = True
        self._show_logo()

    def _pick_logo(self) -> None:
        patterns = " ".join(
            f"*.{bytes(f.data()).decode()}" for f in QImageReader.supportedImageFormats()
        )
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the logo"),
            "",
            self.tr("Images ({patterns})").format(patterns=patterns),
        )
        if not name:
            return
        image = QImage(name)
        if image.isNull():
            self.errors.show(DomainError(ErrorCode.INVALID_VALUE, field="logo"))
            return
        self.set_logo_image(image)

    def _clear_logo(self) -> None:
        self._logo, self._logo_mime, self._logo_changed = None, "", True
        self._show_logo()

    def profile_update(self) -> ProfileUpdate:
        """What the form says now."""
        return ProfileUpdate(
            name=self.name_edit.text(),
            acronym=self.acronym_edit.text(),
            city=self.city_edit.text(),
            address=self.address_edit.toPlainText(),
            registration_number=self.registration_edit.text(),
            phone=self.phone_edit.text(),
            email=self.email_edit.text(),
            logo=self._logo if self._logo_changed else KEEP_LOGO,
            logo_mime=self._logo_mime,
        )

    def save(self) -> None:
        """Save through the service; stay open with the error under its field if refused."""
        self.errors.clear()
        try:
            self.profile = update_profile(self.asso, self.profile_update())
        except DomainError as error:
            if not self.errors.show(error):
                show_error(self, error)
            return
        self.accept()
