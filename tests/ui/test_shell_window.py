"""The main window: header, navigation and lazy pages, menus, closing and switching files."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desk.domain.errors import DomainError, ErrorCode
from desk.store import AssoFile, open_file
from desk.ui.main_window import WELCOME, WORKSPACE, MainWindow
from desk.ui.settings import Settings


class FakePage(QWidget):
    status_message = Signal(str)

    def __init__(self, key: str, asso: AssoFile, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.key, self.asso, self.refreshed = key, asso, 0
        QVBoxLayout(self).addWidget(QLabel(f"page {key}"))

    def refresh(self) -> None:
        self.refreshed += 1


@dataclass(frozen=True)
class FakeSpec:
    key: str
    created: list[str] = field(default_factory=list, compare=False)
    icon: str = ""

    @property
    def title(self) -> Callable[[], str]:
        return lambda: f"Title {self.key}"

    @property
    def factory(self) -> Callable[[AssoFile, QWidget | None], QWidget]:
        def make(asso: AssoFile, parent: QWidget | None) -> QWidget:
            self.created.append(self.key)
            return FakePage(self.key, asso, parent)

        return make


@pytest.fixture
def fake_pages() -> tuple[FakeSpec, ...]:
    created: list[str] = []
    return tuple(FakeSpec(key, created) for key in ("first", "second", "third"))


def _window(
    qtbot: QtBot, settings: Settings, asso: AssoFile | None = None, **kw: object
) -> MainWindow:
    window = MainWindow(asso, settings=settings, **kw)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    return window


def test_header_shows_name_and_file_and_title(
    qtbot: QtBot, asso_path: Path, shell_settings: Settings, fake_pages: tuple[FakeSpec, ...]
) -> None:
    window = _window(qtbot, shell_settings, open_file(asso_path), pages=fake_pages)
    workspace = window.workspace
    assert workspace is not None
    assert workspace.name_label.text() == "Afrique Solidaire (AS)"
    assert workspace.file_label.text() == "Afrique Solidaire.assodesk"
    assert workspace.read_only_badge.isHidden()
    assert window.windowTitle() == "AssoDesk — Afrique Solidaire"
    assert window.root.currentIndex() == WORKSPACE
    assert shell_settings.recent_files == [asso_path.absolute()]
    assert shell_settings.last_file == asso_path.absolute()
    window.close()


def test_pages_are_created_on_first_visit_and_refreshed_after(
    qtbot: QtBot, asso_path: Path, shell_settings: Settings, fake_pages: tuple[FakeSpec, ...]
) -> None:
    window = _window(qtbot, shell_settings, open_file(asso_path), pages=fake_pages)
    workspace = window.workspace
    assert workspace is not None
    created = fake_pages[0].created
    assert created == ["first"]  # only the first page at start-up
    assert [workspace.navigation.item(i).text() for i in range(3)] == [
        "Title first",
        "Title second",
        "Title third",
    ]
    workspace.navigation.setCurrentRow(2)
    assert created == ["first", "third"]
    assert workspace.current_key() == "third"
    assert workspace.stack.currentWidget().findChild(FakePage).key == "third"
    window.show_page("first")
    first = workspace.pages["first"]
    assert isinstance(first, FakePage) and first.refreshed == 1
    assert created == ["first", "third"]
    with pytest.raises(ValueError, match="first, second, third"):
        workspace.show_page("nope")
    window.close()


def test_page_shortcuts_and_status_messages(
    qtbot: QtBot, asso_path: Path, shell_settings: Settings, fake_pages: tuple[FakeSpec, ...]
) -> None:
    window = _window(qtbot, shell_settings, open_file(asso_path), pages=fake_pages)
    assert [a.shortcut() for a in window.page_actions] == [
        QKeySequence("Ctrl+1"),
        QKeySequence("Ctrl+2"),
        QKeySequence("Ctrl+3"),
    ]
    assert window.action_open.shortcut() == QKeySequence("Ctrl+O")
    assert window.action_new.shortcut() == QKeySequence("Ctrl+N")
    assert window.action_close.shortcut() == QKeySequence("Ctrl+W")
    assert window.action_quit.shortcut() == QKeySequence("Ctrl+Q")
    window.page_actions[1].trigger()
    assert window.workspace is not None and window.workspace.current_key() == "second"
    page = window.workspace.pages["second"]
    assert isinstance(page, FakePage)
    page.status_message.emit("3 opérations")
    assert window.statusBar().currentMessage() == "3 opérations"
    window.close()


def test_a_failing_page_shows_why_and_the_window_stays_usable(
    qtbot: QtBot, asso_path: Path, shell_settings: Settings
) -> None:
    @dataclass(frozen=True)
    class Broken:
        key: str = "broken"
        icon: str = ""
        title: Callable[[], str] = lambda: "Broken"

        @property
        def factory(self) -> Callable[[AssoFile, QWidget | None], QWidget]:
            def fail(asso: AssoFile, parent: QWidget | None) -> QWidget:
                raise DomainError(ErrorCode.YEAR_CLOSED, year="2024")

            return fail

    window = _window(qtbot, shell_settings, open_file(asso_path), pages=(Broken(),))
    assert window.workspace is not None
    text = window.workspace.pages["broken"].findChild(QLabel).text()
    assert "could not be opened" in text and "2024" in text
    window.close()


def test_close_returns_to_welcome_and_releases_the_file(
    qtbot: QtBot, asso_path: Path, shell_settings: Settings, fake_pages: tuple[FakeSpec, ...]
) -> None:
    window = _window(qtbot, shell_settings, open_file(asso_path), pages=fake_pages)
    with pytest.raises(DomainError) as held:
        open_file(asso_path)  # the window holds the lock
    assert held.value.code is ErrorCode.FILE_LOCKED
    window.action_close.trigger()
    assert window.asso is None and window.workspace is None
    assert window.root.currentIndex() == WELCOME
    assert window.windowTitle() == "AssoDesk"
    assert not window.action_close.isEnabled() and not window.action_profile.isEnabled()
    assert shell_settings.last_file is None
    assert window.welcome.recent_list.count() == 1
    with open_file(asso_path) as again:  # released: a writable open works
        assert not again.read_only
    window.close()


def test_closing_the_window_releases_the_file_and_saves_geometry(
    qtbot: QtBot, asso_path: Path, shell_settings: Settings, fake_pages: tuple[FakeSpec, ...]
) -> None:
    window = _window(qtbot, shell_settings, open_file(asso_path), pages=fake_pages)
    window.close()
    assert shell_settings.window_geometry is not None
    assert shell_settings.last_file == asso_path.absolute()  # reopened at the next start
    with open_file(asso_path) as again:
        assert not again.read_only


def test_switching_file_closes_the_old_one(
    qtbot: QtBot,
    asso_path: Path,
    tmp_path: Path,
    shell_settings: Settings,
    fake_pages: tuple[FakeSpec, ...],
) -> None:
    other = tmp_path / "autre.assodesk"
    other.write_bytes(asso_path.read_bytes())
    window = _window(qtbot, shell_settings, open_file(asso_path), pages=fake_pages)
    assert window.open_path(other)
    assert window.asso is not None and window.asso.path == other
    with open_file(asso_path) as first_again:
        assert not first_again.read_only
    assert shell_settings.recent_files == [other.absolute(), asso_path.absolute()]
    assert window.open_path(other)  # the same file again: nothing to do
    window.close()


def test_welcome_recent_file_opens_it(
    qtbot: QtBot, asso_path: Path, shell_settings: Settings, fake_pages: tuple[FakeSpec, ...]
) -> None:
    shell_settings.add_recent(asso_path)
    window = _window(qtbot, shell_settings, pages=fake_pages)
    assert window.root.currentIndex() == WELCOME
    assert not window.action_save_copy.isEnabled()
    item = window.welcome.recent_list.item(0)
    assert item.text().startswith("Afrique Solidaire\n")
    window.welcome.recent_list.itemClicked.emit(item)
    assert window.asso is not None and window.asso.path == asso_path
    window.close()


def test_read_only_file_shows_the_badge(
    qtbot: QtBot,
    asso_path: Path,
    shell_settings: Settings,
    fake_pages: tuple[FakeSpec, ...],
    french: None,
) -> None:
    window = _window(qtbot, shell_settings, open_file(asso_path, read_only=True), pages=fake_pages)
    assert window.workspace is not None
    badge = window.workspace.read_only_badge
    assert not badge.isHidden() and badge.text() == "Lecture seule"
    assert window.statusBar().currentMessage().startswith("Ouvert en lecture seule")
    window.close()


def test_save_a_copy_writes_a_consistent_copy(
    qtbot: QtBot,
    asso_path: Path,
    tmp_path: Path,
    shell_settings: Settings,
    fake_pages: tuple[FakeSpec, ...],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desk.services.organisation import get_profile
    from desk.ui.dialogs import files

    dest = tmp_path / "pour le coach.assodesk"
    monkeypatch.setattr(files, "choose_copy_destination", lambda *a: (dest, False))
    window = _window(qtbot, shell_settings, open_file(asso_path), pages=fake_pages)
    window.action_save_copy.trigger()
    with open_file(dest, read_only=True) as copy:
        assert get_profile(copy).name == "Afrique Solidaire"
    assert str(dest) in window.statusBar().currentMessage()
    window.close()


def test_real_pages_are_listed_when_they_exist(
    qtbot: QtBot, asso_path: Path, shell_settings: Settings
) -> None:
    pages = pytest.importorskip("desk.ui.pages")
    specs = getattr(pages, "PAGES", None)
    if not specs:
        pytest.skip("desk.ui.pages.PAGES does not exist yet")
    window = _window(qtbot, shell_settings, open_file(asso_path))
    workspace = window.workspace
    assert workspace is not None
    assert workspace.keys() == [s.key for s in specs]
    assert workspace.keys()[:2] == ["dashboard", "treasury"]
    assert [workspace.navigation.item(i).text() for i in range(len(specs))] == [
        s.title() for s in specs
    ]
    assert list(workspace.pages) == ["dashboard"]  # start-up builds the dashboard alone
    window.show_page("treasury")
    assert list(workspace.pages) == ["dashboard", "treasury"]
    assert workspace.pages["treasury"].isVisible()
    window.close()


def test_navigation_is_on_the_right_in_arabic(
    qtbot: QtBot,
    asso_path: Path,
    shell_settings: Settings,
    fake_pages: tuple[FakeSpec, ...],
    speak: Callable[[str], None],
) -> None:
    speak("ar")
    window = _window(qtbot, shell_settings, open_file(asso_path), pages=fake_pages)
    window.resize(1200, 700)
    qtbot.waitExposed(window)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.workspace is not None
    nav = window.workspace.navigation
    assert nav.mapTo(window, nav.rect().topLeft()).x() > window.width() // 2
    window.close()


def test_open_the_demo_builds_it_once_in_the_data_folder(
    qtbot: QtBot,
    asso_path: Path,
    shell_settings: Settings,
    fake_pages: tuple[FakeSpec, ...],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    import desk.services.demo as demo
    from desk.ui.settings import data_dir

    built: list[Path] = []

    def build_demo(path: Path) -> None:
        built.append(Path(path))
        Path(path).write_bytes(asso_path.read_bytes())

    monkeypatch.setattr(demo, "build_demo", build_demo, raising=False)
    window = _window(qtbot, shell_settings, pages=fake_pages)
    window.welcome.demo_button.click()
    assert built == [data_dir() / "demo.assodesk"]
    assert data_dir().is_relative_to(tmp_path)  # never the user's real folder in tests
    assert window.asso is not None and window.asso.path == built[0]
    window.close_file()
    window.open_demo()  # already there: opened, not rebuilt
    assert len(built) == 1 and window.asso is not None
    window.close()
