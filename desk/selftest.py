"""`assodesk --selftest`: proves that this AssoDesk (checkout, frozen bundle or installed copy)
works end to end, and says what is wrong when it does not.

In a temporary folder it checks the bundled resources and the French translation, opens a file
of the first schema (so Alembic must find its bundled revision scripts), builds a demo
association and opens it, renders every page offscreen, writes an XLSX export and a PDF, and
reads both back. Exit code 0 when every step passed, 1 otherwise (2: the report could not be
written). A windowed Windows program has no console, so the report is always written to a file
as well: `--selftest-report PATH`, by default `selftest-report.txt` in AssoDesk's user data
folder (`%LOCALAPPDATA%\\AssoDesk` on Windows, `~/.local/share/AssoDesk` on Linux, or
`$ASSODESK_DATA_DIR`). Its first line is `SELFTEST OK` or `SELFTEST FAILED`.

Nothing outside the temporary folder is written except the report: backups made while opening
the test files go to the temporary folder too. The report is technical and in English on
purpose (it is read by CI and support, not shown to users).
"""

from __future__ import annotations

import logging
import os
import platform
import re
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from desk import APP_NAME, __version__

EXIT_OK, EXIT_FAILED, EXIT_NO_REPORT = 0, 1, 2
REPORT_NAME = "selftest-report.txt"
# The demo story stops on 30 June 2026; a fixed day keeps the run identical everywhere.
DEMO_TODAY = date(2026, 6, 30)
DEMO_SEED = 2025
# A known string of the French .qm: a page title that every build has.
FRENCH_PROBE = ("treasury", "Trésorerie")
PAGE_SIZE = (1280, 800)
STEPS = ("environment", "translations", "migrations", "demo", "pages", "xlsx", "pdf")


class CheckError(Exception):
    """A check that did not hold; its message is the reason given in the report."""


@dataclass
class StepResult:
    name: str
    ok: bool
    seconds: float
    detail: str


@dataclass
class Run:
    """What the steps share: the scratch folder and what earlier steps produced."""

    work: Path
    transactions: int | None
    results: list[StepResult] = field(default_factory=list)
    demo: Path | None = None
    pages: dict[str, Path] = field(default_factory=dict)

    def failed(self, name: str) -> bool:
        return any(r.name == name and not r.ok for r in self.results)


def default_report_path() -> Path:
    """Where the report goes without --selftest-report (see the module docstring)."""
    from desk.store import data_dir

    return data_dir() / REPORT_NAME


def _check(condition: bool, reason: str) -> None:
    if not condition:
        raise CheckError(reason)


# -- steps ------------------------------------------------------------------------------------


def _environment(run: Run) -> str:
    from PySide6.QtCore import QLibraryInfo, qVersion

    from desk.i18n.translators import resources_dir
    from desk.store.migrate import MIGRATIONS_DIR

    resources = resources_dir()
    _check(resources.is_dir(), f"resources folder missing: {resources}")
    _check((resources / "icons" / "assodesk.png").is_file(), f"app icon missing in {resources}")
    versions = sorted(p.name for p in (MIGRATIONS_DIR / "versions").glob("*.py"))
    _check((MIGRATIONS_DIR / "env.py").is_file(), f"Alembic env.py missing in {MIGRATIONS_DIR}")
    _check(bool(versions), f"no migration scripts in {MIGRATIONS_DIR / 'versions'}")
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return (
        f"frozen={bool(getattr(sys, 'frozen', False))} python={platform.python_version()} "
        f"qt={qVersion()} os={platform.platform()} resources={resources} "
        f"migrations={len(versions)} qt_translations={qt_translations}"
    )


def _translations(run: Run) -> str:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from desk.i18n.translators import translations_dir, use_language
    from desk.ui.pages import PAGES

    folder = translations_dir()
    qm = folder / "assodesk_fr.qm"
    _check(qm.is_file(), f"French translation missing: {qm} (build it: make translations)")
    _check(QTranslator().load(str(qm)), f"French translation does not load: {qm}")
    use_language("fr")
    key, expected = FRENCH_PROBE
    title = next(spec.title() for spec in PAGES if spec.key == key)
    _check(title == expected, f"page title {key!r} translated as {title!r}, not {expected!r}")
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    _check(
        QTranslator().load("qtbase_fr", qt_folder),
        f"Qt's own French translation (qtbase_fr.qm) missing in {qt_folder}",
    )
    return f"{qm.name} ({qm.stat().st_size} bytes) + qtbase_fr: {key} -> {title}"


def _migrations(run: Run) -> str:
    from desk.store import head_revision, open_file, schema_revision
    from desk.store.engine import make_engine
    from desk.store.migrate import upgrade
    from desk.store.revisions import KNOWN_REVISIONS

    # A file as the first AssoDesk left it: opening it runs every bundled revision script.
    oldest = KNOWN_REVISIONS[0]
    path = run.work / "ancien.assodesk"
    engine = make_engine(path, create=True, foreign_keys=False, pooled=False)
    try:
        with engine.begin() as connection:
            upgrade(connection, oldest)
    finally:
        engine.dispose()
    with open_file(path) as asso:
        revision = schema_revision(asso)
    _check(revision == head_revision(), f"file at {revision} after opening, not {head_revision()}")
    return f"{oldest} -> {revision}"


def _demo(run: Run) -> str:
    from desk.services.demo import build_demo
    from desk.store import open_file, schema_revision

    path = run.work / "demo.assodesk"
    summary = build_demo(path, transactions=run.transactions, seed=DEMO_SEED, today=DEMO_TODAY)
    with open_file(path) as asso:  # writable: lock, integrity scan and automatic backup
        revision = schema_revision(asso)
    _check(summary.transactions > 0, "the demo association has no transactions")
    run.demo = path
    return f"{summary.transactions} transactions, {path.stat().st_size} bytes, schema {revision}"


class _ErrorRecords(logging.Handler):
    """Collects the errors logged meanwhile: the main window logs a page that fails to open
    and shows a message in its place, which would otherwise render as a fine picture."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        error = record.exc_info[1] if record.exc_info else None
        suffix = f" ({type(error).__name__}: {error})" if error else ""
        self.messages.append(record.getMessage() + suffix)


def _pages(run: Run) -> str:
    from desk.ui.screenshot import page_keys

    _check(run.demo is not None, "skipped: no demo file")
    keys = page_keys()
    _check(bool(keys), "no pages")
    errors = _ErrorRecords()
    logger = logging.getLogger("desk")
    logger.addHandler(errors)
    try:
        for key in keys:
            _render_page(run, key)
            _check(not errors.messages, f"page {key}: {'; '.join(errors.messages)}")
    finally:
        logger.removeHandler(errors)
    return f"{len(keys)} pages: {', '.join(keys)}"


def _render_page(run: Run, key: str) -> None:
    """Render page `key` of the demo in French, check the picture, remember it for the PDF."""
    from PySide6.QtGui import QImage

    from desk.ui.screenshot import render_page

    assert run.demo is not None
    out = run.work / f"page-{key}.png"
    render_page(run.demo, key, out, lang="fr", size=PAGE_SIZE)
    image = QImage(str(out))
    _check(not image.isNull(), f"page {key}: no image written")
    _check(
        (image.width(), image.height()) == PAGE_SIZE,
        f"page {key}: {image.width()}x{image.height()}, not {PAGE_SIZE[0]}x{PAGE_SIZE[1]}",
    )
    # A page that failed to draw is one flat colour: sample a grid of pixels.
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 40) for y in range(0, image.height(), 40)
    }
    _check(len(colours) > 3, f"page {key}: the image is blank")
    run.pages[key] = out


def _xlsx(run: Run) -> str:
    from openpyxl import load_workbook

    from desk.reports.exports import EXPORTS, ExportRequest
    from desk.store import open_file

    _check(run.demo is not None, "skipped: no demo file")
    out = run.work / "synthese.xlsx"
    with open_file(run.demo, read_only=True) as asso:
        written = EXPORTS["summary"].run(ExportRequest(asso, out, lang="fr", today=DEMO_TODAY))
    workbook = load_workbook(written, read_only=True)
    try:
        cells = sum(
            1
            for sheet in workbook.worksheets
            for row in sheet.iter_rows(values_only=True)
            for value in row
            if value not in (None, "")
        )
        names = workbook.sheetnames
    finally:
        workbook.close()
    _check(cells > 10, f"{written.name}: only {cells} filled cells")
    return f"{written.name}: sheets {names}, {cells} filled cells"


def _pdf(run: Run) -> str:
    from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
    from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

    out = run.work / "autotest.pdf"
    writer = QPdfWriter(str(out))
    writer.setResolution(150)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setTitle(f"{APP_NAME} {__version__} — autotest")
    writer.setCreator(APP_NAME)
    rows = "".join(
        f"<tr><td>{r.name}</td><td>{'OK' if r.ok else 'ÉCHEC'}</td><td>{r.seconds:.2f} s</td></tr>"
        for r in run.results
    )
    document = QTextDocument()
    document.setHtml(
        f"<h1>{APP_NAME} {__version__}</h1><p>Autotest du {date.today().isoformat()} — "
        f"Trésorerie, Budgets, Cadre logique.</p><table border='1' cellpadding='4'>{rows}</table>"
    )
    painter = QPainter()
    _check(painter.begin(writer), f"cannot write {out}")
    try:
        area = writer.pageLayout().paintRectPixels(writer.resolution())
        document.setPageSize(QSizeF(area.width(), area.height()))
        document.drawContents(painter)
        for key, png in run.pages.items():  # one page of the PDF per rendered page
            writer.newPage()
            image = QImage(str(png))
            scaled = image.size().scaled(
                area.width(), area.height() - 60, Qt.AspectRatioMode.KeepAspectRatio
            )
            painter.drawImage(QRectF(0, 0, scaled.width(), scaled.height()), image)
            painter.drawText(0, scaled.height() + 40, key)
    finally:
        painter.end()
    data = out.read_bytes()
    _check(data.startswith(b"%PDF-"), f"{out.name} is not a PDF")
    pages = len(re.findall(rb"/Type\s*/Page(?!s)", data))
    expected = 1 + len(run.pages)
    _check(pages == expected, f"{out.name}: {pages} pages, expected {expected}")
    return f"{out.name}: {pages} pages, {len(data)} bytes"


STEP_FUNCTIONS: dict[str, Callable[[Run], str]] = {
    "environment": _environment,
    "translations": _translations,
    "migrations": _migrations,
    "demo": _demo,
    "pages": _pages,
    "xlsx": _xlsx,
    "pdf": _pdf,
}
# A step is skipped (and fails) when a step it needs has failed.
NEEDS: dict[str, tuple[str, ...]] = {"pages": ("demo",), "xlsx": ("demo",)}


# -- running ----------------------------------------------------------------------------------


@contextmanager
def _private_environment(work: Path) -> Iterator[None]:
    """Backups made while opening the test files stay in the scratch folder; without a display
    (CI, or no window wanted) Qt renders offscreen."""
    from desk.store import ENV_DATA_DIR

    saved = os.environ.get(ENV_DATA_DIR)
    os.environ[ENV_DATA_DIR] = str(work / "userdata")
    # Read when the QApplication is created: the self-test never shows a window.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop(ENV_DATA_DIR, None)
        else:
            os.environ[ENV_DATA_DIR] = saved


def _application() -> None:
    """The QApplication the pages need, created once, speaking French."""
    from desk.ui.app import create_application

    create_application(None, "fr")


def run_steps(
    work: Path, steps: Sequence[str] = STEPS, *, transactions: int | None = None
) -> list[StepResult]:
    """Run `steps` in order in the folder `work`; every step runs, a failure is recorded."""
    run = Run(work=work, transactions=transactions)
    with _private_environment(work):
        for name in steps:
            started = time.perf_counter()
            try:
                missing = [n for n in NEEDS.get(name, ()) if run.failed(n) or n not in steps]
                if missing:
                    raise CheckError(f"skipped: needs {', '.join(missing)}")
                if name != "environment":
                    _application()
                detail, ok = STEP_FUNCTIONS[name](run), True
            except CheckError as failure:
                detail, ok = str(failure), False
            except Exception as error:  # the report must say what broke, whatever it is
                where = traceback.extract_tb(error.__traceback__)[-1]
                detail = f"{type(error).__name__}: {error} ({Path(where.filename).name}:"
                detail += f"{where.lineno})"
                ok = False
            run.results.append(StepResult(name, ok, time.perf_counter() - started, detail))
    return run.results


def format_report(results: Sequence[StepResult], seconds: float) -> str:
    ok = bool(results) and all(r.ok for r in results)
    lines = [
        "SELFTEST OK" if ok else "SELFTEST FAILED",
        f"{APP_NAME} {__version__} — {time.strftime('%Y-%m-%d %H:%M:%S')} — {seconds:.1f} s",
        f"executable: {sys.executable}",
    ]
    for r in results:
        status = "ok  " if r.ok else "FAIL"
        lines.append(f"{status} {r.name:<13} {r.seconds:6.2f} s  {r.detail}")
    failed = [r.name for r in results if not r.ok]
    if failed:
        lines.append(f"failed: {', '.join(failed)}")
    return "\n".join(lines) + "\n"


def run_selftest(
    report: Path | str | None = None,
    *,
    steps: Sequence[str] = STEPS,
    transactions: int | None = None,
    keep: Path | None = None,
) -> int:
    """Run the self-test, write the report (and print it when there is a console); returns
    the exit code. `keep`: a folder where the scratch files stay (tests look at them)."""
    unknown = [s for s in steps if s not in STEP_FUNCTIONS]
    if unknown:
        raise ValueError(f"unknown self-test steps: {unknown}; known: {list(STEPS)}")
    report_path = Path(report) if report else default_report_path()
    started = time.perf_counter()
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
        results = run_steps(keep, steps, transactions=transactions)
    else:
        with tempfile.TemporaryDirectory(prefix="assodesk-selftest-") as scratch:
            results = run_steps(Path(scratch), steps, transactions=transactions)
    text = format_report(results, time.perf_counter() - started)
    if sys.stdout is not None:  # None in a windowed Windows program
        print(text, end="")
    try:
        report_path.parent.mkdir(parents=True, exist_ok=True)
        report_path.write_text(text, encoding="utf-8")
    except OSError as error:
        if sys.stderr is not None:
            print(f"cannot write the self-test report {report_path}: {error}", file=sys.stderr)
        return EXIT_NO_REPORT
    return EXIT_OK if all(r.ok for r in results) else EXIT_FAILED
