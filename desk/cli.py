"""The `assodesk` command: the GUI by default, and headless commands.

    assodesk [FILE] [--lang fr|en|ar]            open the GUI (on FILE if given)
    assodesk demo PATH [--transactions N] [--seed S] [--today D] [--force]
    assodesk check PATH [--json]                 exit 0 sound, 1 not sound, 2 unreadable
    assodesk screenshot PATH --page PAGE --out PNG [--size 1366x768]
    assodesk export PATH --what WHAT --out FILE [--project CODE] [--today D] [--from D --to D]
    assodesk import PATH STATEMENT --account NAME [--dry-run] [--json] [--mapping BANK]
    assodesk --version
    assodesk --selftest [--selftest-report PATH]  check this installation (desk/selftest.py)

argparse cannot mix an optional positional FILE with subcommands, so `main` dispatches itself:
a first argument naming a command goes to the command parser, anything else to the GUI parser
(a file literally named "check" is opened as `./check`). Messages go to stderr in the chosen
language (`--lang`, else the system's). Nothing heavy is imported before a command needs it,
so that `assodesk --version` answers at once.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desk import APP_NAME, __version__

if TYPE_CHECKING:
    from desk.domain.errors import DomainError
    from desk.reports.exports import Exporter

EXIT_OK, EXIT_FAILED, EXIT_UNUSABLE = 0, 1, 2
LANGUAGES = ("fr", "en", "ar")
PAGES = ("dashboard", "treasury", "budgets", "logframe", "calendar", "reports", "review")
SIZE_RANGE = (320, 7680)


def translate(context: str, text: str) -> str:
    """Qt's translation (QtCore imported on first use; named so that lupdate finds strings)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


# -- helpers ----------------------------------------------------------------------------------


def _say(text: str) -> None:
    print(text)


def _error(text: str) -> None:
    print(text, file=sys.stderr)


def _describe(error: DomainError) -> str:
    from desk.i18n.messages import describe_error

    return describe_error(error)


def _use_language(lang: str | None) -> str:
    """Install the translators of `lang` (or of the system) when the UI team's module is
    there; returns the language used."""
    try:
        from desk.i18n import translators
    except ImportError:  # pragma: no cover - built without the UI's i18n module
        return lang or "fr"
    chosen = translators.resolve_language(lang)
    translators.use_language(chosen)
    return chosen


def _iso_day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _count(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"not a whole number >= 0: {text!r}")
    return int(text)


def _money(minor: int, lang: str) -> str:
    from desk.domain.money import format_minor

    return format_minor(minor, "MAD", lang)


# -- commands ---------------------------------------------------------------------------------


def _cmd_demo(args: argparse.Namespace) -> int:
    from desk.domain.errors import DomainError, ErrorCode
    from desk.services.demo import build_demo
    from desk.store import current_holder, locked_error

    lang = _use_language(args.lang)
    path = Path(args.path)
    started = time.perf_counter()
    try:
        if not path.parent.is_dir():
            raise DomainError(ErrorCode.FILE_WRITE_FAILED, path=str(path), reason="no folder")
        if path.exists() and not args.force:
            raise DomainError(ErrorCode.FILE_EXISTS, path=str(path))
        holder = current_holder(path) if path.exists() else None
        if holder is not None:  # never replace a file another AssoDesk has open
            raise locked_error(path, holder)
        # Built under a temporary name and renamed: --force never leaves a half-made file.
        scratch = path.with_name(f".{path.name}.demo-tmp")
        scratch.unlink(missing_ok=True)
        summary = build_demo(
            scratch, transactions=args.transactions, seed=args.seed, today=args.today
        )
        scratch.replace(path)
    except DomainError as error:
        _error(_describe(error))
        if error.code is ErrorCode.FILE_EXISTS:
            _error(translate("Cli", "Add --force to replace it."))
        return EXIT_FAILED
    seconds = time.perf_counter() - started
    lines = [
        translate("Cli", "Demo association written to {path} in {seconds:.1f} s.").format(
            path=path, seconds=seconds
        ),
        f"  {summary.organisation}",
        "  "
        + translate("Cli", "Transactions: {count} (generated: {generated})").format(
            count=summary.transactions, generated=summary.generated
        ),
        "  "
        + translate("Cli", "Receipts: {attached} attached, {missing} missing").format(
            attached=summary.attachments, missing=summary.receipts_missing
        ),
        "  "
        + translate(
            "Cli", "Projects: {projects}, activities: {activities}, sessions: {sessions}"
        ).format(
            projects=summary.projects, activities=summary.activities, sessions=summary.sessions
        ),
        "  "
        + translate("Cli", "Cash: {cash}   Bank: {bank}").format(
            cash=_money(summary.cash_minor, lang), bank=_money(summary.bank_minor, lang)
        ),
    ]
    _say("\n".join(lines))
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    import json

    from desk.domain.errors import DomainError
    from desk.services.checks import check_file

    lang = _use_language(args.lang)
    try:
        report = check_file(args.path)
    except DomainError as error:
        message = _describe(error)
        _error(message)
        if args.json:
            _say(json.dumps({"error": {"code": error.code.value, "message": message}}))
        return EXIT_UNUSABLE
    if args.json:
        _say(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        from desk.reports.check_text import check_text

        _say(check_text(report, lang))
    return EXIT_OK if report.sound else EXIT_FAILED


def _parse_size(text: str) -> tuple[int, int] | None:
    """(width, height) from "1366x768", None when malformed or out of SIZE_RANGE."""
    match = re.fullmatch(r"(\d{2,5})[xX×](\d{2,5})", text.strip())
    if not match:
        return None
    width, height = int(match.group(1)), int(match.group(2))
    low, high = SIZE_RANGE
    return (width, height) if low <= width <= high and low <= height <= high else None


def _screenshot_problem(args: argparse.Namespace) -> str | None:
    """Why the screenshot arguments cannot be used, translated; None when they can."""
    if _parse_size(args.size) is None:
        text = translate("Cli", "--size must look like 1366x768, each side from {low} to {high}.")
        return text.format(low=SIZE_RANGE[0], high=SIZE_RANGE[1])
    if args.page not in PAGES:
        text = translate("Cli", "Unknown page “{page}”. Pages: {pages}.")
        return text.format(page=args.page, pages=", ".join(PAGES))
    if not Path(args.out).parent.is_dir():
        text = translate("Cli", "The folder {folder} does not exist.")
        return text.format(folder=Path(args.out).parent)
    return None


def _cmd_screenshot(args: argparse.Namespace) -> int:
    from desk.domain.errors import DomainError

    # No translators before rendering: they would create a QCoreApplication, and the
    # screenshot needs a QApplication (render_page installs the language itself).
    try:
        if problem := _screenshot_problem(args):
            _use_language(args.lang)
            _error(_screenshot_problem(args) or problem)  # again, now translated
            return EXIT_UNUSABLE
        from desk.ui.screenshot import render_page

        size = _parse_size(args.size) or (1366, 768)
        render_page(args.path, args.page, Path(args.out), lang=args.lang, size=size)
    except DomainError as error:
        _error(_describe(error))
        return EXIT_UNUSABLE
    except (ValueError, OSError) as error:
        _error(str(error))
        return EXIT_FAILED
    _say(translate("Cli", "Screenshot written to {out}.").format(out=args.out))
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from desk.domain.errors import DomainError
    from desk.reports.exports import EXPORTS, ExportRequest
    from desk.reports.pdf import ensure_gui_application
    from desk.store import open_file

    # PDFs and charts need fonts, hence a QGuiApplication (offscreen without a display); it
    # must exist before the translators, which would otherwise create a bare QCoreApplication.
    ensure_gui_application()
    lang = _use_language(args.lang)
    exporter = EXPORTS.get(args.what)
    if exporter is None:
        _error(translate("Cli", "Unknown export “{what}”. Exports: {choices}.").format(
            what=args.what, choices=", ".join(sorted(EXPORTS))))  # fmt: skip
        return EXIT_UNUSABLE
    if exporter.needs_project and not args.project:
        _error(translate("Cli", "This export needs --project CODE."))
        return EXIT_UNUSABLE
    if args.project and not exporter.takes_project:
        _error(translate("Cli", "--project is not used by this export; ignored."))
    if problem := _export_problem(exporter, args):
        _error(problem)
        return EXIT_UNUSABLE
    out = Path(args.out)
    if not out.parent.is_dir():
        _error(translate("Cli", "The folder {folder} does not exist.").format(folder=out.parent))
        return EXIT_UNUSABLE
    try:
        asso = open_file(args.path, read_only=True)
    except DomainError as error:
        _error(_describe(error))
        return EXIT_UNUSABLE
    try:
        request = ExportRequest(asso, out, args.project, lang, args.today, args.start, args.end)
        written = exporter.run(request)
    except DomainError as error:
        _error(_describe(error))
        return EXIT_FAILED
    finally:
        asso.close()
    _say(translate("Cli", "Written: {path}").format(path=written))
    return EXIT_OK


def _export_problem(exporter: Exporter, args: argparse.Namespace) -> str | None:
    """Why --from/--to or the extension of --out cannot be used by `exporter`, translated."""
    if (args.start or args.end) and not exporter.takes_period:
        return translate("Cli", "This export takes no period: remove --from and --to.")
    if args.start and args.end and args.start > args.end:
        return translate("Cli", "--from must not be after --to.")
    if not exporter.writes(Path(args.out)):
        text = translate("Cli", "This export cannot write “{suffix}” files. Formats: {formats}.")
        formats = ", ".join(f".{f}" for f in exporter.formats)
        return text.format(suffix=Path(args.out).suffix or args.out, formats=formats)
    return None


def _cmd_import(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from desk.reports.bank_import.command import ImportRequest, run_import_command

    lang = _use_language(args.lang)
    request = ImportRequest(Path(args.path), Path(args.statement), args.account)
    return run_import_command(
        replace(request, dry_run=args.dry_run, as_json=args.json, bank=args.mapping, lang=lang)
    )


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": _cmd_demo,
    "check": _cmd_check,
    "screenshot": _cmd_screenshot,
    "export": _cmd_export,
    "import": _cmd_import,
}

# -- parsers ----------------------------------------------------------------------------------


def _exports_help() -> str:
    from desk.reports.exports import EXPORTS

    return "; ".join(f"{name}: {e.help}" for name, e in sorted(EXPORTS.items()))


def _command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="assodesk", description=f"{APP_NAME} {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    lang = argparse.ArgumentParser(add_help=False)
    lang.add_argument("--lang", choices=LANGUAGES, help="language of messages")

    demo = sub.add_parser("demo", parents=[lang], help="write a demo association")
    demo.add_argument("path", help="the .assodesk file to write")
    demo.add_argument("--transactions", type=_count, metavar="N", help="add N generated ones")
    demo.add_argument("--seed", type=int, default=2025)
    demo.add_argument("--today", type=_iso_day, metavar="YYYY-MM-DD", help="story stops here")
    demo.add_argument("--force", action="store_true", help="replace an existing file")

    check = sub.add_parser("check", parents=[lang], help="check a file (read-only)")
    check.add_argument("path")
    check.add_argument("--json", action="store_true", help="machine-readable report")

    shot = sub.add_parser("screenshot", help="save a PNG of a page")
    shot.add_argument("path")
    shot.add_argument("--page", required=True, help="one of: " + ", ".join(PAGES))
    shot.add_argument("--out", required=True, metavar="PNG")
    shot.add_argument("--lang", choices=LANGUAGES, default="fr")
    shot.add_argument("--size", default="1366x768", metavar="WxH")

    export = sub.add_parser("export", parents=[lang], help="export a report")
    export.add_argument("path")
    export.add_argument("--what", required=True, help=_exports_help())
    export.add_argument("--out", required=True, metavar="FILE")
    export.add_argument("--project", metavar="CODE")
    export.add_argument("--today", type=_iso_day, metavar="YYYY-MM-DD")
    period = "day of the period, for exports that take one (receipts)"
    export.add_argument(
        "--from", dest="start", type=_iso_day, metavar="YYYY-MM-DD", help=f"first {period}"
    )
    export.add_argument(
        "--to", dest="end", type=_iso_day, metavar="YYYY-MM-DD", help=f"last {period}"
    )

    imp = sub.add_parser("import", parents=[lang], help="import a bank statement (CSV, XLSX)")
    imp.add_argument("path", help="the .assodesk file")
    imp.add_argument("statement", help="the bank statement (.csv, .xlsx)")
    imp.add_argument("--account", required=True, metavar="NAME", help="treasury account")
    imp.add_argument("--dry-run", action="store_true", help="show what would be imported")
    imp.add_argument("--json", action="store_true", help="machine-readable report")
    imp.add_argument("--mapping", metavar="BANK", help="use the columns remembered for BANK")
    return parser


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="assodesk",
        description=f"{APP_NAME} {__version__}: opens the application.",
        epilog="Commands: " + ", ".join(COMMANDS) + " (assodesk COMMAND --help).",
    )
    parser.add_argument("file", nargs="?", help="an .assodesk file to open")
    parser.add_argument("--lang", choices=LANGUAGES)
    parser.add_argument("-V", "--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--selftest", action="store_true", help="check this installation, exit 0 if sound"
    )
    parser.add_argument("--selftest-report", metavar="PATH", help="where --selftest writes")
    return parser


def _run_gui(args: argparse.Namespace) -> int:
    try:
        from desk.app import run_gui
    except ImportError as error:  # pragma: no cover - a build without the UI
        _error(f"{APP_NAME}: the graphical interface is not available ({error}).")
        return EXIT_FAILED
    return int(run_gui(args.file, args.lang))


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `assodesk` and `python -m desk`; returns the exit code."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):
        # A Windows console in cp850 must not crash on "é" or "—": replace what it cannot show.
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    try:
        if arguments and arguments[0] in COMMANDS:
            args = _command_parser().parse_args(arguments)
            return COMMANDS[args.command](args)
        gui_args = _gui_parser().parse_args(arguments)
        if gui_args.selftest:  # see desk/selftest.py (frozen and installed copies too)
            from desk.selftest import run_selftest

            return run_selftest(gui_args.selftest_report)
        return _run_gui(gui_args)
    except SystemExit as exit_:  # argparse: --help / --version (0) or a usage error (2)
        code = exit_.code
        return code if isinstance(code, int) else EXIT_UNUSABLE
