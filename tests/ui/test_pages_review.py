"""The reports page (audit log, report generation) and the review page (comments, checks) on
a real file."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import dataclasses
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desk.store import AssoFile
from tests.ui.pages_data import (  # noqa: F401 (the *_fixture names register fixtures)
    build,
    make,
    query,
    sample_fixture,
    sample_path_fixture,
    texts,
)

TODAY = date(2026, 11, 23)
DISPLAY = Qt.ItemDataRole.DisplayRole


# -- reports ----------------------------------------------------------------------------------


def test_reports_audit_log(
    qtbot, qtmodeltester, sample: AssoFile, sample_path: Path, french: None
) -> None:  # type: ignore[no-untyped-def]
    from desk.ui.pages import reports

    page = make(qtbot, reports.ReportsPage, sample)
    (count,) = query(sample_path, "SELECT COUNT(*) FROM audit_entry")[0]
    assert page.audit.rowCount() == count
    assert page.audit.index(0, reports.AuditColumn.RECORD).data(DISPLAY) == (
        "2026-0001 — Cotisations de janvier"
    )
    assert page.audit.index(0, reports.AuditColumn.ACTION).data(DISPLAY) == "Création"
    button = page.buttons["summary"]
    assert button.isEnabled() and button.text() == "Générer…"
    qtmodeltester.check(page.audit)


def test_reports_generate_calls_the_exporter(
    qtbot, sample: AssoFile, french: None, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from desk.reports.exports import ExportRequest
    from desk.ui.pages import reports

    calls: list[ExportRequest] = []

    def export_summary(request: ExportRequest) -> Path:
        calls.append(request)
        request.out.write_bytes(b"PK")
        return request.out

    target = tmp_path / "synthese"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page = make(qtbot, reports.ReportsPage, sample)
    row = page.rows["summary"]
    row.exporter = dataclasses.replace(row.exporter, run=export_summary)
    with qtbot.waitSignal(page.status_message, timeout=5000) as signal:
        page.buttons["summary"].click()
    assert [(c.asso, c.out, c.lang, c.project, c.start) for c in calls] == [
        (sample, tmp_path / "synthese.xlsx", "fr", None, None)
    ]
    assert signal.args == [f"Rapport enregistré : {tmp_path / 'synthese.xlsx'}"]
    assert (tmp_path / "synthese.xlsx").read_bytes() == b"PK"


# -- review -----------------------------------------------------------------------------------


def test_review_comments_and_checks(qtbot, qtmodeltester, sample: AssoFile, french: None) -> None:  # type: ignore[no-untyped-def]
    from desk.ui.pages.review import CommentColumn, ReviewPage

    page = make(qtbot, ReviewPage, sample)
    assert page.missing_card.value_label.text() == "2"
    assert page.unbalanced_card.value_label.text() == "1"
    assert page.open_card.value_label.text() == "2"
    assert texts(page.model, CommentColumn.TEXT) == [
        "Bon travail sur la caisse.",
        "Pièce manquante : demander le reçu du taxi.",
    ]
    assert texts(page.model, CommentColumn.ON) == [
        "Tout le dossier",
        "Opération : 2025-0002 — Transport des participantes",
    ]
    page.filter.setCurrentIndex(1)
    assert page.model.rowCount() == 3
    assert texts(page.model, CommentColumn.STATUS)[-1] == "Résolu"
    qtmodeltester.check(page.model)
