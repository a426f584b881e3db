"""A user opens the demo association and visits every page of the main window: each page shows
real records of the file. Expected values come from plain SQL on the same file, never from the
services the pages use."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desk.domain.money import format_minor
from desk.store import open_file
from desk.ui.main_window import MainWindow
from desk.ui.settings import Settings


def sql(path: Path, query: str) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        return connection.execute(query).fetchall()


def _cells(model: QAbstractItemModel, parent: QModelIndex) -> Iterator[str]:
    while model.canFetchMore(parent):
        model.fetchMore(parent)
    # A list model's columnCount is private in PySide6 < 6.12: it has one column.
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            value = model.data(model.index(row, column, parent), Qt.ItemDataRole.DisplayRole)
            if value is not None:
                yield str(value)
        yield from _cells(model, model.index(row, 0, parent))


def shown_texts(page: QWidget) -> set[str]:
    """Every text the page shows: its labels and every cell of every list, table and tree."""
    texts = {label.text() for label in page.findChildren(QLabel) if label.text()}
    for view in page.findChildren(QAbstractItemView):
        model = view.model()
        if model is not None:
            texts.update(_cells(model, QModelIndex()))
    return texts


@pytest.fixture
def window(qtbot: QtBot, demo_file: Path, french: None, tmp_path: Path) -> Iterator[MainWindow]:
    asso = open_file(demo_file, read_only=True)
    window = MainWindow(asso, settings=Settings(tmp_path / "user.ini"))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    yield window
    window.close()


def visit(window: MainWindow, key: str) -> set[str]:
    assert window.workspace is not None
    window.workspace.show_page(key)
    assert window.workspace.current_key() == key
    page = window.workspace.pages[key]
    assert page.isVisible(), key
    return shown_texts(page)


def test_every_page_shows_the_records_of_the_demo(window: MainWindow, demo_file: Path) -> None:
    def money(minor: int) -> str:
        return format_minor(minor, "MAD", "fr")

    # Tableau de bord: the cash balance and the projects in progress.
    texts = visit(window, "dashboard")
    ((cash,),) = sql(
        demo_file,
        "SELECT SUM(s.amount_minor) FROM split s JOIN treasury_account t "
        "ON t.account_id = s.account_id WHERE t.kind = 'cash'",
    )
    assert money(cash) in texts
    active = {c for (c,) in sql(demo_file, "SELECT code FROM project WHERE status = 'ongoing'")}
    assert active and active <= texts

    # Trésorerie: the newest transaction, and the count of all of them in the footer.
    texts = visit(window, "treasury")
    ((label, count),) = sql(
        demo_file,
        'SELECT (SELECT label FROM "transaction" ORDER BY date DESC, id DESC LIMIT 1), '
        '(SELECT COUNT(*) FROM "transaction")',
    )
    assert label in texts
    assert any(text.startswith(f"{count} opérations") for text in texts)

    # Budgets: every project, and the lines of the budget shown.
    texts = visit(window, "budgets")
    assert {c for (c,) in sql(demo_file, "SELECT code FROM project")} <= texts
    lines = {lbl for (lbl,) in sql(demo_file, "SELECT label FROM budget_line")}
    assert len(lines & texts) >= 5

    # Cadre logique: the results of the logframe and their codes.
    texts = visit(window, "logframe")
    results = sql(demo_file, "SELECT code, statement FROM logframe_node WHERE depth = 2")
    assert len(results) == 3
    for code, statement in results:
        assert code in texts and statement in texts

    # Calendrier: the activities of the project shown, with their titles.
    texts = visit(window, "calendar")
    titles = {t for (t,) in sql(demo_file, "SELECT title FROM activity")}
    assert len(titles & texts) >= 4

    # Rapports: the audit log, newest entries first.
    texts = visit(window, "reports")
    assert "Synthèse de l'exercice" in texts and "Justificatifs d'une période" in texts
    ((audited,),) = sql(demo_file, "SELECT COUNT(*) FROM audit_entry")
    reports = window.workspace.pages["reports"] if window.workspace else None
    assert reports is not None
    views = [v for v in reports.findChildren(QAbstractItemView) if v.model() is not None]
    assert max(v.model().rowCount() for v in views) == min(audited, 200)

    # Revue: the coach's open comments.
    texts = visit(window, "review")
    bodies = {b for (b,) in sql(demo_file, "SELECT body FROM review_comment WHERE status='open'")}
    assert bodies and bodies <= texts
