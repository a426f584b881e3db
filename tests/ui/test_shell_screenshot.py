"""render_page: a PNG of the requested page and size, the file never modified."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from desk.ui.screenshot import page_keys, render_page
from desk.ui.settings import Settings


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_render_page_writes_a_png_of_the_size(
    qapp: QApplication, asso_path: Path, tmp_path: Path
) -> None:
    before = _digest(asso_path)
    out = tmp_path / "tresorerie.png"
    render_page(asso_path, "treasury", out, lang="fr", size=(1024, 640))
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 640)
    assert _digest(asso_path) == before  # opened read-only, never written
    assert not list(asso_path.parent.glob("*.lock"))  # and released
    assert Settings().recent_files == []  # the user's recent files are untouched


def test_render_page_default_size_in_arabic(
    qapp: QApplication, asso_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "dashboard-ar.png"
    render_page(asso_path, "dashboard", out, lang="ar")
    assert QImage(str(out)).size().toTuple() == (1366, 768)


def test_unknown_page_lists_the_pages(asso_path: Path, tmp_path: Path) -> None:
    with pytest.raises(ValueError) as caught:
        render_page(asso_path, "banque", tmp_path / "x.png")
    assert "dashboard" in str(caught.value) and "treasury" in str(caught.value)
    assert page_keys()[0] == "dashboard"
    assert not (tmp_path / "x.png").exists()


def test_render_the_demo_treasury_with_the_real_pages(
    qapp: QApplication, demo_file: Path, tmp_path: Path
) -> None:
    before = _digest(demo_file)
    out = tmp_path / "demo-treasury.png"
    render_page(demo_file, "treasury", out, lang="fr", size=(1366, 768))
    image = QImage(str(out))
    assert image.size().toTuple() == (1366, 768)
    # Not a blank picture: the navigation's accent colour is on the selected row.
    colours = {image.pixel(x, y) for x in range(0, 200, 10) for y in range(80, 400, 10)}
    assert len(colours) > 3
    assert _digest(demo_file) == before
