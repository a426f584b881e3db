"""The main window: the welcome screen when no file is open, else the association's workspace
(header, left navigation, pages created on first visit), with the menus and shortcuts.

Pages come from `desk.ui.pages.PAGES` (a tuple of PageSpec: key, title(), icon, factory(asso,
parent) -> BasePage with refresh() and a status_message signal); tests inject their own list
with `MainWindow(asso, pages=...)`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

import shiboken6
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QStackedWidget

from desk import APP_NAME
from desk.i18n.translators import current_language
from desk.services.organisation import get_profile
from desk.store import AssoFile
from desk.ui.app import apply_language
from desk.ui.dialogs import files
from desk.ui.dialogs.about import AboutDialog
from desk.ui.dialogs.new_association import NewAssociationWizard
from desk.ui.dialogs.organisation import OrganisationDialog
from desk.ui.dialogs.preferences import PreferencesDialog
from desk.ui.settings import Settings, data_dir
from desk.ui.undo import edits_for, forget
from desk.ui.welcome import WelcomeScreen
from desk.ui.workspace import PageSpecLike, Workspace, WorkspaceTexts

_log = logging.getLogger(__name__)
WELCOME, WORKSPACE = 0, 1


def load_pages() -> tuple[PageSpecLike, ...]:
    """The pages of desk.ui.pages, imported when a window is built (not at module import)."""
    from desk.ui.pages import PAGES

    return tuple(PAGES)


class MainWindow(QMainWindow):
    """One window per running AssoDesk. It owns the open AssoFile and closes it (releasing the
    lock) when the file is closed, switched, or the window is closed."""

    def __init__(
        self,
        asso: AssoFile | None = None,
        *,
        pages: Sequence[PageSpecLike] | None = None,
        settings: Settings | None = None,
        remember: bool = True,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings or Settings()
        # remember=False (screenshots): never write the user's recent files or geometry.
        self.remember = remember
        self.specs: tuple[PageSpecLike, ...] = tuple(pages) if pages is not None else load_pages()
        self.asso: AssoFile | None = None
        self.workspace: Workspace | None = None
        self._busy = False
        self.setMinimumSize(960, 600)
        self._build()
        if remember and (geometry := self.settings.window_geometry) is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 760)
        if asso is not None:
            self.set_file(asso)

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        """(Re)build menus and screens in the current language (also after a switch)."""
        self.root = QStackedWidget()
        self.welcome = WelcomeScreen()
        self.welcome.open_requested.connect(self.open_dialog)
        self.welcome.new_requested.connect(self.new_association)
        self.welcome.demo_requested.connect(self.open_demo)
        self.welcome.recent_requested.connect(self.open_path)
        self.root.addWidget(self.welcome)
        self.setCentralWidget(self.root)  # deletes the previous one, pages included
        self._build_menus()
        self.statusBar().setSizeGripEnabled(True)
        self._show_current()

    def _action(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], object],
        shortcut: str | QKeySequence.StandardKey = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.clear()
        file_menu = bar.addMenu(self.tr("&File"))
        self.action_new = self._action(
            file_menu, self.tr("&New association…"), self.new_association, "Ctrl+N"
        )
        self.action_open = self._action(file_menu, self.tr("&Open…"), self.open_dialog, "Ctrl+O")
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        self.action_save_copy = self._action(file_menu, self.tr("Save a &copy…"), self.save_copy)
        self.action_close = self._action(file_menu, self.tr("&Close"), self.close_file, "Ctrl+W")
        file_menu.addSeparator()
        self.action_quit = self._action(file_menu, self.tr("&Quit"), self.close, "Ctrl+Q")

        # Undo/redo act on the open file's shared history (desk.ui.undo); rebound in set_file.
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.action_undo = self._action(self.edit_menu, self.tr("&Undo"), self._undo, "Ctrl+Z")
        self.action_redo = self._action(
            self.edit_menu, self.tr("&Redo"), self._redo, QKeySequence.StandardKey.Redo
        )
        # QKeySequence(StandardKey) keeps only the first binding (Ctrl+Y on Linux/Windows):
        # also accept Ctrl+Shift+Z, which treasurers coming from other office programs use.
        redo_keys = [QKeySequence("Ctrl+Shift+Z")]
        for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo):
            if key not in redo_keys:
                redo_keys.append(key)
        self.action_redo.setShortcuts(redo_keys)
        self.edit_menu.aboutToShow.connect(self._update_undo_actions)
        self._update_undo_actions()

        self.view_menu = bar.addMenu(self.tr("&View"))
        self.page_actions: list[QAction] = []
        for number, spec in enumerate(self.specs, start=1):
            shortcut = f"Ctrl+{number}" if number <= 9 else ""
            action = self._action(self.view_menu, spec.title(), self._go_to(spec.key), shortcut)
            self.page_actions.append(action)

        tools = bar.addMenu(self.tr("&Tools"))
        self.action_profile = self._action(
            tools, self.tr("Association &profile…"), self.edit_profile
        )
        self.action_audit_log = self._action(tools, self.tr("Change &log…"), self.show_audit_log)
        self.action_close_year = self._action(
            tools, self.tr("Close the financial &year…"), self.show_year_closing
        )
        tools.addSeparator()
        self.action_preferences = self._action(
            tools, self.tr("&Preferences…"), self.edit_preferences
        )
        help_menu = bar.addMenu(self.tr("&Help"))
        self.action_about = self._action(help_menu, self.tr("&About AssoDesk"), self.show_about)

    def _go_to(self, key: str) -> Callable[[], None]:
        # A named closure, not a lambda with a default: `triggered` would pass its `checked`
        # flag into that default.
        def go() -> None:
            self.show_page(key)

        return go

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = self.settings.recent_files
        for path in paths:
            action = self.recent_menu.addAction(path.name)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if not paths:
            empty = self.recent_menu.addAction(self.tr("No recent files"))
            empty.setEnabled(False)
            return
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.tr("Clear the list"), self._clear_recent)

    def _clear_recent(self) -> None:
        self.settings.clear_recent()
        self.welcome.set_recent([])

    def _show_current(self) -> None:
        """Show the workspace of the open file, or the welcome screen."""
        has_file = self.asso is not None
        for action in (
            self.action_save_copy,
            self.action_close,
            self.action_profile,
            self.action_audit_log,
            self.action_close_year,
            *self.page_actions,
        ):
            action.setEnabled(has_file)
        if self.asso is not None and not hasattr(self.asso, "save_copy"):
            self.action_save_copy.setEnabled(False)
        self.welcome.set_recent(self.settings.recent_files if self.remember else [])
        self.root.setCurrentIndex(WORKSPACE if has_file else WELCOME)
        self._update_title()

    def _update_title(self) -> None:
        if self.workspace is None:
            self.setWindowTitle(APP_NAME)
        else:
            self.setWindowTitle(f"{APP_NAME} — {self.workspace.profile.name}")

    # -- the open file -------------------------------------------------------------------

    def set_file(self, asso: AssoFile, page: str | None = None) -> None:
        """Show `asso` (closing the file shown before) on `page` or the first page."""
        old, self.asso = self.asso, asso
        self._discard_workspace()
        if old is not None and old is not asso:
            forget(old)
            old.close()
        texts = WorkspaceTexts(
            read_only=self.tr("Read-only"),
            read_only_tip=self.tr(
                "This file is open read-only: you can look at everything but change nothing."
            ),
            page_failed=self.tr("This page could not be opened: {error}"),
        )
        self.workspace = Workspace(asso, get_profile(asso), self.specs, texts)
        self.workspace.status_message.connect(self._status)
        edits = edits_for(asso)
        edits.changed.connect(self.workspace.file_changed)
        edits.failed.connect(self._edit_failed)
        edits.stack.indexChanged.connect(self._update_undo_actions)
        self.root.addWidget(self.workspace)
        self.workspace.show_page(page or self.specs[0].key)
        if self.remember:
            self.settings.add_recent(asso.path)
            self.settings.last_file = asso.path
        self._show_current()
        self._update_undo_actions()
        if asso.read_only:
            self._status(self.tr("Opened read-only: nothing can be changed."))
        else:
            self._status(self.tr("Opened {name}.").format(name=asso.path.name))

    def _discard_workspace(self) -> None:
        """Delete the pages now, not later: a page must never outlive its open file (a late
        language change or refresh would read a closed file)."""
        if self.workspace is not None:
            self.root.removeWidget(self.workspace)
            if shiboken6.isValid(self.workspace):
                shiboken6.delete(self.workspace)
            self.workspace = None

    def _release(self) -> None:
        self._discard_workspace()
        if self.asso is not None:
            forget(self.asso)
            self.asso.close()
            self.asso = None

    def open_path(self, path: Path, read_only: bool = False) -> bool:
        """Open `path` (asking about locks, explaining refusals); True if it is now shown."""
        if self.asso is not None and files.same_file(self.asso.path, path):
            return True
        if self._busy:  # a double click on a recent file while a dialog is up
            return False
        self._busy = True
        try:
            asso = files.open_association(self, Path(path), read_only=read_only)
        finally:
            self._busy = False
        if asso is None:
            self.welcome.set_recent(self.settings.recent_files if self.remember else [])
            return False
        self.set_file(asso)
        return True

    def open_dialog(self) -> None:
        path = files.choose_file_to_open(self, self.settings)
        if path is not None:
            self.open_path(path)

    def new_association(self) -> None:
        wizard = NewAssociationWizard(self.settings, self)
        if wizard.exec() and wizard.created_path is not None:
            self.open_path(wizard.created_path)

    def open_demo(self) -> None:
        path = files.ensure_demo(self, data_dir() / "demo.assodesk")
        if path is not None:
            self.open_path(path)

    def close_file(self) -> None:
        """File ▸ Close: release the file and go back to the welcome screen."""
        self._release()
        if self.remember:
            self.settings.last_file = None
        self._show_current()

    def save_copy(self) -> None:
        if self.asso is not None:
            dest = files.save_copy(self, self.settings, self.asso)
            if dest is not None:
                self._status(self.tr("Copy saved: {path}").format(path=dest))

    # -- other commands ------------------------------------------------------------------

    def show_page(self, key: str) -> None:
        if self.workspace is not None:
            self.workspace.show_page(key)

    def edit_profile(self) -> None:
        if self.asso is None or self.workspace is None:
            return
        dialog = OrganisationDialog(self.asso, self)
        if dialog.exec():
            self.workspace.set_profile(dialog.profile)
            self._update_title()
            self._status(self.tr("Profile saved."))

    def show_audit_log(self) -> None:
        if self.asso is not None:
            from desk.ui.bookkeeping.audit_view import AuditLogDialog

            AuditLogDialog(self.asso, self).exec()

    def show_year_closing(self) -> None:
        if self.asso is not None:
            from desk.ui.bookkeeping.year_closing import YearClosingDialog

            YearClosingDialog(self.asso, self).exec()

    def edit_preferences(self) -> None:
        dialog = PreferencesDialog(self.settings, self)
        if dialog.exec() and dialog.chosen_language not in (None, current_language()):
            self.apply_language(str(dialog.chosen_language))

    def apply_language(self, lang: str) -> None:
        """Switch language now: rebuild menus and screens; the file stays open, pages are
        recreated on their next visit."""
        page = self.workspace.current_key() if self.workspace is not None else None
        self._discard_workspace()  # before the switch: no page reloads only to be deleted
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_language(app, lang)
        self._build()
        if self.asso is not None:
            asso, self.asso = self.asso, None
            self.set_file(asso, page)

    def show_about(self) -> None:
        AboutDialog(self).exec()

    def _undo(self) -> None:
        if self.asso is not None:
            edits_for(self.asso).stack.undo()

    def _redo(self) -> None:
        if self.asso is not None:
            edits_for(self.asso).stack.redo()

    def _update_undo_actions(self) -> None:
        """Enable Undo/Redo and name what they would do ("Undo Dépense 2025-0042")."""
        stack = edits_for(self.asso).stack if self.asso is not None else None
        for action, can, text, base in (
            (self.action_undo, stack and stack.canUndo(), stack and stack.undoText(), "&Undo"),
            (self.action_redo, stack and stack.canRedo(), stack and stack.redoText(), "&Redo"),
        ):
            action.setEnabled(bool(can))
            label = self.tr("&Undo") if base == "&Undo" else self.tr("&Redo")
            action.setText(f"{label} {text}" if can and text else label)

    def _edit_failed(self, error: object) -> None:
        from desk.domain.errors import DomainError
        from desk.i18n.messages import describe_error

        if isinstance(error, DomainError):
            self._status(describe_error(error))

    def _status(self, message: str) -> None:
        self.statusBar().showMessage(message, 10_000)

    # -- Qt overrides --------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.remember:
            self.settings.window_geometry = self.saveGeometry()
            self.settings.window_state = self.saveState()
            self.settings.sync()
        self._release()  # releases the lock; last_file stays for the next start
        super().closeEvent(event)
