"""Tests of desk.cli: the command contract (output, exit codes, files written)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import types
from pathlib import Path

import openpyxl
import pytest

from desk import __version__
from desk.cli import main

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """`python -m desk ARGS` in a fresh process (real translators, real start-up)."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "desk", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env=env,
        timeout=120,
        check=False,
    )


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"AssoDesk {__version__}"


def test_version_as_a_module() -> None:
    done = run("--version")
    assert (done.returncode, done.stdout.strip()) == (0, f"AssoDesk {__version__}")


def test_demo_into_a_missing_folder_fails_cleanly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "absent" / "demo.assodesk"
    assert main(["demo", str(target)]) == 1
    assert str(target) in capsys.readouterr().err
    assert not target.parent.exists()


def test_version_in_a_fresh_process_imports_nothing_heavy() -> None:
    probe = (
        "import sys; from desk.cli import main; code = main(['--version']); "
        "heavy = [m for m in ('sqlalchemy', 'pandas', 'openpyxl', 'matplotlib', 'PySide6') "
        "if m in sys.modules]; print(heavy); sys.exit(code)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert done.returncode == 0
    assert done.stdout.splitlines() == [f"AssoDesk {__version__}", "[]"]


def test_demo_then_check_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "demo.assodesk"
    assert main(["demo", str(path), "--transactions", "2000", "--today", "2026-06-30"]) == 0
    out = capsys.readouterr().out
    assert str(path) in out and "2207" in out and "2000" in out
    assert main(["check", str(path), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["sound"] is True and report["balanced"] is True
    assert report["unbalanced"] == [] and report["unbalanced_count"] == 0
    assert report["counts"]["transactions"] == 2207
    assert report["integrity"] == ["ok"]
    assert not list(tmp_path.glob(".*demo-tmp*"))  # the scratch file was renamed


def test_demo_refuses_to_overwrite_without_force(
    demo_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = demo_copy.read_bytes()
    assert main(["demo", str(demo_copy)]) == 1
    err = capsys.readouterr().err
    assert str(demo_copy) in err and "--force" in err
    assert demo_copy.read_bytes() == before


def test_demo_force_replaces(demo_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", str(demo_copy), "--force", "--today", "2025-02-28", "--seed", "3"]) == 0
    conn = sqlite3.connect(demo_copy)
    last = conn.execute("SELECT max(date) FROM [transaction]").fetchone()[0]
    conn.close()
    assert last <= "2025-02-28"


def test_check_text_output(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(demo_file)]) == 0
    out = capsys.readouterr().out
    assert "Every transaction balances." in out
    assert "Transactions without receipt: 6" in out
    assert "Verdict: sound." in out


def test_check_on_a_text_file_exits_2(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("pas une base de données\n", encoding="utf-8")
    done = run("check", str(text), "--lang", "en")
    assert done.returncode == 2
    assert done.stderr.strip() == f"{text} is not an AssoDesk file."
    assert done.stdout == ""


def test_check_on_an_unbalanced_file_exits_1(
    demo_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    conn = sqlite3.connect(demo_copy)
    tx, account = conn.execute("SELECT transaction_id, account_id FROM split LIMIT 1").fetchone()
    conn.execute(
        "INSERT INTO split (transaction_id, account_id, amount_minor, memo) VALUES (?, ?, 999, '')",
        (tx, account),
    )
    conn.commit()
    conn.close()
    assert main(["check", str(demo_copy), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["sound"] is False
    assert report["unbalanced"] == [{"transaction_id": tx, "difference_minor": 999}]
    assert main(["check", str(demo_copy)]) == 1
    assert "1 transactions do not balance" in capsys.readouterr().out


def test_check_json_reports_errors_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(tmp_path / "absent.assodesk"), "--json"]) == 2
    captured = capsys.readouterr()
    assert json.loads(captured.out)["error"]["code"] == "file.not_found"
    assert "absent.assodesk" in captured.err


def test_export_summary(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "synthese.xlsx"
    code = main(
        ["export", str(demo_file), "--what", "summary", "--out", str(out), "--today", "2026-06-30"]
    )
    assert code == 0
    assert str(out) in capsys.readouterr().out
    ws = openpyxl.load_workbook(out).worksheets[0]
    values = {row[0]: row[1] for row in ws.iter_rows(values_only=True) if row[0]}
    conn = sqlite3.connect(f"file:{demo_file}?mode=ro", uri=True)
    cash = conn.execute(
        "SELECT sum(amount_minor) FROM split JOIN account a ON a.id = account_id "
        "WHERE a.code = '5161'"
    ).fetchone()[0]
    conn.close()
    assert round(values["Cash"] * 100) == cash
    assert values["Financial year"] == "2026"
    assert values["Association Horizons Solidaires de Salé"] is None  # the title row


def test_export_errors(demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = str(tmp_path / "x.xlsx")
    assert main(["export", str(demo_file), "--what", "nothing", "--out", out]) == 2
    assert "summary" in capsys.readouterr().err
    assert main(["export", str(tmp_path / "absent"), "--what", "summary", "--out", out]) == 2
    assert main(["export", str(demo_file), "--what", "summary", "--out", "/nope/x.xlsx"]) == 2
    assert not Path(out).exists()


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--page", "dashboard", "--size", "10x10"], "--size"),
        (["--page", "dashboard", "--size", "big"], "1366x768"),
        (["--page", "ledger"], "dashboard, treasury, budgets"),
    ],
)
def test_screenshot_validates_before_starting_qt(
    demo_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    message: str,
) -> None:
    args = ["screenshot", str(demo_file), "--out", str(tmp_path / "x.png"), *extra]
    assert main(args) == 2
    assert message in capsys.readouterr().err


def test_screenshot_calls_the_ui(
    demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[object, ...]] = []
    fake = types.ModuleType("desk.ui.screenshot")
    fake.render_page = lambda *a, **k: calls.append((*a, k))  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "desk.ui.screenshot", fake)
    out = tmp_path / "x.png"
    args = ["screenshot", str(demo_file), "--page", "logframe", "--out", str(out)]
    assert main([*args, "--size", "1600x900", "--lang", "ar"]) == 0
    assert calls == [(str(demo_file), "logframe", out, {"lang": "ar", "size": (1600, 900)})]


def test_gui_dispatch(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[object, object]] = []

    def run_gui(path: str | None, lang: str | None) -> int:
        calls.append((path, lang))
        return 7

    fake = types.ModuleType("desk.app")
    fake.run_gui = run_gui  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "desk.app", fake)
    assert main([]) == 7
    assert main(["mon dossier.assodesk", "--lang", "ar"]) == 7
    assert calls == [(None, None), ("mon dossier.assodesk", "ar")]


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo"]) == 2
    assert main(["demo", "x.assodesk", "--transactions", "-5"]) == 2
    assert main(["--lang", "de"]) == 2
    assert main(["check", "--help"]) == 0
    assert "--json" in capsys.readouterr().out


def test_check_reports_a_damaged_page_as_not_sound_and_a_truncated_copy_as_unreadable(
    demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    truncated = tmp_path / "truncated.assodesk"
    truncated.write_bytes(demo_copy.read_bytes()[: demo_copy.stat().st_size // 2])
    with sqlite3.connect(demo_copy) as conn:
        (root,) = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'member'"
        ).fetchone()
        (page_size,) = conn.execute("PRAGMA page_size").fetchone()
    conn.close()
    data = bytearray(demo_copy.read_bytes())
    leaf = (root - 1) * page_size  # a table leaf page: bytes 3-4 count its cells
    data[leaf + 3 : leaf + 5] = (500).to_bytes(2, "big")
    demo_copy.write_bytes(bytes(data))
    damaged_before = demo_copy.read_bytes()

    assert main(["check", str(demo_copy), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["sound"] is False and report["integrity_ok"] is False
    assert demo_copy.read_bytes() == damaged_before  # check never writes
    assert main(["check", str(truncated)]) == 2
