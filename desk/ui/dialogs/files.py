"""Opening a file as a user expects it: translated refusals, the "already open elsewhere" choice
(read-only or cancel), and the file pickers for Open and Save a copy."""

from __future__ import annotations

import logging
import os
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from desk import FILE_SUFFIX
from desk.domain.errors import DomainError, ErrorCode
from desk.i18n.messages import describe_error, format_param
from desk.services.organisation import get_profile
from desk.store import AssoFile, open_file
from desk.ui.settings import Settings

# lupdate extracts translate("Context", "source") calls: keep the context literal.
translate = QCoreApplication.translate
_log = logging.getLogger(__name__)


def file_filter() -> str:
    return translate("Files", "AssoDesk files (*{suffix});;All files (*)").format(
        suffix=FILE_SUFFIX
    )


# Qt's message box wraps at about 250 px: too narrow for a path or a sentence with names.
_BOX_STYLE = "QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel { min-width: 26em; }"


def _message_box(parent: QWidget | None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setStyleSheet(_BOX_STYLE)
    return box


def _unbreakable(text: str) -> str:
    # A computer name such as "PC-TRESORIERE" must not be cut at its hyphen.
    return text.replace("-", "\u2011")


def show_error(parent: QWidget | None, error: DomainError, title: str | None = None) -> None:
    """A warning box with the translated, plain-language message of `error`."""
    box = _message_box(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or translate("Files", "AssoDesk"))
    box.setText(describe_error(error))
    box.setObjectName("errorMessage")
    box.exec()


def _since(value: object) -> str:
    # The lock may carry an ISO timestamp string: show it as a date and time of the locale.
    if isinstance(value, str):
        try:
            return format_param(datetime.fromisoformat(value))
        except ValueError:
            return value
    return format_param(value)


def ask_read_only(parent: QWidget | None, error: DomainError) -> bool:
    """The file is open on another computer (FILE_LOCKED) or cannot be written here
    (FILE_READ_ONLY: protected USB stick, CD, shared folder): open it read-only?"""
    params = error.params
    box = _message_box(parent)
    box.setObjectName("lockedFileDialog")
    box.setIcon(QMessageBox.Icon.Information)
    if error.code is ErrorCode.FILE_LOCKED:
        box.setWindowTitle(translate("Files", "File already open"))
        box.setText(
            translate(
                "Files", "This file is already open by {user} on {machine} since {since}."
            ).format(
                user=_unbreakable(format_param(params.get("user"))),
                machine=_unbreakable(format_param(params.get("machine"))),
                since=_since(params.get("since")),
            )
        )
        box.setInformativeText(
            translate(
                "Files",
                "You can open it read-only to look at it: nothing can be changed. To work on "
                "it, ask that person to close AssoDesk first.",
            )
        )
    else:
        box.setWindowTitle(translate("Files", "File cannot be changed"))
        box.setText(
            translate(
                "Files",
                "This file cannot be changed where it is (a protected USB stick, a CD or a "
                "read-only folder).",
            )
        )
        box.setInformativeText(
            translate(
                "Files",
                "You can open it read-only to look at it. To work on it, copy it to your "
                "Documents folder first.",
            )
        )
    read_only = box.addButton(
        translate("Files", "Open read-only"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    box.exec()
    return box.clickedButton() is read_only


def _probe(asso: AssoFile) -> None:
    """Read the profile once, so that a file the store accepted but cannot be read (a text file
    renamed .assodesk, an empty SQLite file) is refused here rather than on the first page."""
    try:
        get_profile(asso)
    except DomainError as error:
        if error.code is ErrorCode.NOT_FOUND:
            raise DomainError(ErrorCode.FILE_NOT_ASSODESK, path=str(asso.path)) from error
        raise
    except Exception as error:  # sqlite's "file is not a database" and the like
        _log.warning("cannot read %s: %s", asso.path, error)
        raise DomainError(ErrorCode.FILE_NOT_ASSODESK, path=str(asso.path)) from error


def open_association(
    parent: QWidget | None, path: Path, *, read_only: bool = False
) -> AssoFile | None:
    """Open `path`, asking what to do when it is locked; None when it cannot or should not be
    opened (the user has been told why)."""
    try:
        try:
            asso = open_file(path, read_only=read_only)
        except DomainError as error:
            offer = error.code in (ErrorCode.FILE_LOCKED, ErrorCode.FILE_READ_ONLY)
            if not offer or read_only:
                raise
            if not ask_read_only(parent, error):
                return None
            asso = open_file(path, read_only=True)
        try:
            _probe(asso)
        except BaseException:
            asso.close()
            raise
        return asso
    except DomainError as error:
        show_error(parent, error, translate("Files", "Cannot open the file"))
    except Exception as error:  # an OS error we did not foresee: say so, keep the app usable
        _log.exception("opening %s failed", path)
        show_error(
            parent,
            DomainError(ErrorCode.FILE_NOT_ASSODESK, path=str(path), detail=str(error)),
            translate("Files", "Cannot open the file"),
        )
    return None


def choose_file_to_open(parent: QWidget | None, settings: Settings) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        translate("Files", "Open an association file"),
        str(settings.last_directory),
        file_filter(),
    )
    if not name:
        return None
    settings.last_directory = Path(name).parent
    return Path(name)


def choose_new_file(parent: QWidget | None, settings: Settings, suggested: str) -> Path | None:
    """A path for a new file, ending in .assodesk (added if the user did not type it)."""
    start = (
        settings.last_directory / f"{suggested or translate('Files', 'association')}{FILE_SUFFIX}"
    )
    name, _ = QFileDialog.getSaveFileName(
        parent, translate("Files", "Save the association file as"), str(start), file_filter()
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != FILE_SUFFIX:
        path = path.with_name(path.name + FILE_SUFFIX)
    settings.last_directory = path.parent
    return path


def same_file(a: Path, b: Path) -> bool:
    # Windows paths are case-insensitive; samefile also sees through links and "..".
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b))


def ensure_demo(parent: QWidget | None, path: Path) -> Path | None:
    """The demo file at `path`, built by desk.services.demo the first time; None on failure."""
    if path.exists():
        return path
    from desk.services.demo import build_demo  # lazy: optional, and only needed once

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        built = build_demo(path)
        if hasattr(built, "close"):  # it may hand back the open file: we reopen it our way
            built.close()
    except DomainError as error:
        show_error(parent, error)
        return None
    finally:
        QApplication.restoreOverrideCursor()
    return path


def choose_copy_destination(
    parent: QWidget | None, settings: Settings, source: Path
) -> tuple[Path, bool] | None:
    """Where to write a copy (to send to the coach, to keep on a USB stick), and whether the
    user already agreed to replace that file (the save dialog asks)."""
    suggested = translate("Files", "{name} - copy {date}").format(
        name=source.stem, date=date.today().isoformat()
    )
    name, _ = QFileDialog.getSaveFileName(
        parent,
        translate("Files", "Save a copy of the file"),
        str(settings.last_directory / f"{suggested}{FILE_SUFFIX}"),
        file_filter(),
    )
    if not name:
        return None
    path = Path(name)
    confirmed = path.exists()
    if path.suffix.lower() != FILE_SUFFIX:
        path = path.with_name(path.name + FILE_SUFFIX)
        confirmed = False  # not the name the dialog asked about
    settings.last_directory = path.parent
    return path, confirmed


def save_copy(parent: QWidget | None, settings: Settings, asso: AssoFile) -> Path | None:
    """File ▸ Save a copy: pick the place, write a consistent copy; None if not written."""
    chosen = choose_copy_destination(parent, settings, asso.path)
    if chosen is None:
        return None
    dest, confirmed = chosen
    try:
        asso.save_copy(dest, overwrite=confirmed)
    except DomainError as error:
        show_error(parent, error, translate("Files", "The copy was not saved"))
        return None
    return dest
