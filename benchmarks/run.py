"""AssoDesk benchmarks: prints a table of timings (best of N runs) and writes it to
benchmarks/out/results.json.

Scenarios (issue #2):
- generate a demo association with 100k transactions;
- cold start of `assodesk screenshot --page dashboard` on that file, on an empty file, and a
  bare PySide6 window painted and grabbed (the floor any Qt app pays);
- a writable open of the 100k file (page scan, lock, daily backup), as the app does.
Goal on a 2-core machine: the 100k dashboard painted in < 1.0 s and within 5x the bare window.
"""

from __future__ import annotations

import json
import os
import runpy
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
PY = sys.executable
# An installed AssoDesk runs from bytecode; a machine with PYTHONDONTWRITEBYTECODE set would
# recompile every module on each start and time the compiler instead of AssoDesk.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
ENV["QT_QPA_PLATFORM"] = "offscreen"


def timed(cmd: list[str], runs: int = 3) -> float:
    """Best wall time of `runs` runs of `cmd` (seconds); fails loudly if the command fails."""
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(cmd, env=ENV, capture_output=True, text=True)
        elapsed = time.perf_counter() - start
        if done.returncode != 0:
            raise SystemExit(f"command failed: {' '.join(cmd)}\n{done.stdout}\n{done.stderr}")
        best = min(best, elapsed)
    return best


@dataclass(frozen=True)
class Context:
    """What a scenario module gets: a temporary folder, the 100k demo file, an empty file, the
    interpreter and environment to run `python -m desk …` with, and `timed(cmd, runs)`."""

    tmp: Path
    big: Path
    empty: Path
    python: str
    env: dict[str, str]
    timed: Callable[..., float]


def main() -> int:
    OUT.mkdir(exist_ok=True)
    subprocess.run([PY, "-m", "compileall", "-q", str(HERE.parent / "desk")], env=ENV, check=True)
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big.assodesk"
        empty = Path(tmp) / "empty.assodesk"
        env_data = {"ASSODESK_DATA_DIR": str(Path(tmp) / "data")}
        ENV.update(env_data)

        start = time.perf_counter()
        subprocess.run(
            [PY, "-m", "desk", "demo", str(big), "--transactions", "100000"],
            env=ENV,
            check=True,
            capture_output=True,
        )
        results["generate 100k transactions (s)"] = time.perf_counter() - start
        results["file size 100k (MB)"] = big.stat().st_size / 1e6

        subprocess.run(
            [
                PY,
                "-c",
                "import sys; from desk.services.setup import new_association, "
                "NewAssociation; new_association(sys.argv[1], NewAssociation('Vide')).close()",
                str(empty),
            ],
            env=ENV,
            check=True,
        )

        shot = Path(tmp) / "shot.png"
        screenshot = [PY, "-m", "desk", "screenshot"]
        results["bare PySide6 window (s)"] = timed([PY, str(HERE / "bare_window.py"), str(shot)])
        results["screenshot dashboard, empty file (s)"] = timed(
            [*screenshot, str(empty), "--page", "dashboard", "--out", str(shot)]
        )
        results["screenshot dashboard, 100k file (s)"] = timed(
            [*screenshot, str(big), "--page", "dashboard", "--out", str(shot)]
        )
        results["check 100k file (s)"] = timed([PY, "-m", "desk", "check", str(big)], runs=1)
        # What the app itself does on a writable open: full page scan, lock, and the day's
        # automatic backup (made at the first open of the day only).
        open_writable = [
            PY,
            "-c",
            "import sys; from desk.store import open_file; open_file(sys.argv[1]).close()",
            str(big),
        ]
        results["writable open 100k, first of the day (s)"] = timed(open_writable, runs=1)
        results["writable open 100k, later (s)"] = timed(open_writable)

        # Each area adds its own scenarios: benchmarks/scenario_<area>.py with
        # `def run(ctx: Context) -> dict[str, float]` (ctx.big is the 100k file).
        ctx = Context(Path(tmp), big, empty, PY, ENV, timed)
        for scenario in sorted(HERE.glob("scenario_*.py")):
            module = runpy.run_path(str(scenario))
            results.update(module["run"](ctx))

    bare = results["bare PySide6 window (s)"]
    results["100k dashboard / bare window (x)"] = (
        results["screenshot dashboard, 100k file (s)"] / bare
    )
    width = max(map(len, results))
    for name, value in results.items():
        print(f"{name:<{width}}  {value:8.2f}")
    (OUT / "results.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
