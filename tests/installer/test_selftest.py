"""`assodesk --selftest` unfrozen: it passes on a sound checkout, reads its outputs back, and
fails with the reason when something is missing (the frozen run is checked by make dist-check)."""

from __future__ import annotations

import dataclasses
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QApplication

import desk.selftest
import desk.ui.pages
from desk import cli
from desk.i18n.translators import TRANSLATIONS_ENV
from desk.selftest import STEPS, default_report_path, run_selftest
from desk.store import ENV_DATA_DIR

ROOT = Path(__file__).resolve().parents[2]


def _report_lines(path: Path) -> dict[str, str]:
    """{step: line} of the report's step lines."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return {m.group(2): line for line in lines if (m := re.match(r"(ok  |FAIL) (\w+)", line))}


def test_selftest_passes_and_its_outputs_read_back(
    translations: Path, restore_language: QApplication, tmp_path: Path
) -> None:
    report, work = tmp_path / "report.txt", tmp_path / "work"
    data_dir = os.environ[ENV_DATA_DIR]

    assert run_selftest(report, keep=work) == 0

    text = report.read_text(encoding="utf-8")
    assert text.splitlines()[0] == "SELFTEST OK"
    steps = _report_lines(report)
    assert list(steps) == list(STEPS)
    assert all(line.startswith("ok") for line in steps.values())
    assert "Trésorerie" in steps["translations"]
    assert re.search(r"0001_initial -> \d{4}_\w+", steps["migrations"])
    # Backups made while opening the test files stayed in the scratch folder.
    assert os.environ[ENV_DATA_DIR] == data_dir
    assert list((work / "userdata" / "backups").rglob("*.assodesk"))
    assert not Path(data_dir, "backups").exists()
    # Every page was rendered, and the PDF has a summary page plus one page per page.
    pages = sorted(work.glob("page-*.png"))
    assert len(pages) == len(desk.ui.pages.PAGES)
    pdf = (work / "autotest.pdf").read_bytes()
    assert len(re.findall(rb"/Type\s*/Page(?!s)", pdf)) == 1 + len(pages)
    workbook = load_workbook(work / "synthese.xlsx", read_only=True)
    try:
        assert workbook.sheetnames  # a real workbook, with sheets and values
        values = [v for row in workbook.worksheets[0].iter_rows(values_only=True) for v in row]
        assert any(isinstance(v, int | float) and v != 0 for v in values)
    finally:
        workbook.close()


def test_missing_french_translation_fails_with_the_reason(tmp_path: Path) -> None:
    """The real command, in its own process: exit code, report file and what it says."""
    empty, report = tmp_path / "no-qm", tmp_path / "report.txt"
    empty.mkdir()
    env = {**os.environ, TRANSLATIONS_ENV: str(empty), "QT_QPA_PLATFORM": "offscreen"}
    env[ENV_DATA_DIR] = str(tmp_path / "data")
    done = subprocess.run(
        [sys.executable, "-m", "desk", "--selftest", "--selftest-report", str(report)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    text = report.read_text(encoding="utf-8")
    assert text.splitlines()[0] == "SELFTEST FAILED"
    line = _report_lines(report)["translations"]
    assert line.startswith("FAIL") and str(empty / "assodesk_fr.qm") in line
    assert "failed: translations" in text
    assert done.stdout == text  # printed as well when there is a console
    # The other steps still ran: one missing file does not hide the state of the rest.
    assert _report_lines(report)["pdf"].startswith("ok")


def test_a_page_that_cannot_open_fails_the_selftest(
    translations: Path, restore_language: QApplication, tmp_path: Path, monkeypatch
) -> None:
    # The main window shows a message instead of a broken page; its picture alone would pass.
    def broken(*args: object) -> None:
        raise ImportError("No module named 'desk.ui.pages.budgets'")

    pages = tuple(
        dataclasses.replace(spec, factory=broken) if spec.key == "budgets" else spec
        for spec in desk.ui.pages.PAGES
    )
    monkeypatch.setattr(desk.ui.pages, "PAGES", pages)
    report = tmp_path / "report.txt"

    assert run_selftest(report, steps=("demo", "pages"), transactions=0) == 1

    line = _report_lines(report)["pages"]
    assert line.startswith("FAIL") and "budgets" in line and "desk.ui.pages.budgets" in line


def test_steps_that_need_the_demo_are_skipped_without_it(
    translations: Path, restore_language: QApplication, tmp_path: Path
) -> None:
    report = tmp_path / "report.txt"
    assert run_selftest(report, steps=("xlsx",)) == 1
    assert "skipped: needs demo" in _report_lines(report)["xlsx"]


def test_default_report_goes_to_the_user_data_folder(tmp_path: Path) -> None:
    expected = Path(os.environ[ENV_DATA_DIR]) / "selftest-report.txt"
    assert default_report_path() == expected
    assert run_selftest(steps=("environment",)) == 0
    assert expected.read_text(encoding="utf-8").startswith("SELFTEST OK")


def test_a_report_that_cannot_be_written_is_exit_code_2(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a folder")
    assert run_selftest(tmp_path / "file" / "report.txt", steps=("environment",)) == 2


def test_unknown_steps_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown self-test steps"):
        run_selftest(steps=("nope",))


def test_cli_flag_runs_the_selftest(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    calls: list[object] = []
    monkeypatch.setattr(desk.selftest, "run_selftest", lambda report: calls.append(report) or 7)
    assert cli.main(["--selftest", "--selftest-report", str(tmp_path / "r.txt")]) == 7
    assert cli.main(["--selftest"]) == 7
    assert calls == [str(tmp_path / "r.txt"), None]
