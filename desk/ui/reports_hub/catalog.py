"""What the Rapports page shows for each export of `desk.reports.exports.EXPORTS`: its group,
a title and a one-line description in the user's language, and the start of the file name
proposed when saving ("JDF-2025-budget.xlsx").

The CLI help text of an exporter stays in English; the words a treasurer reads are here. An
export registered without an entry below still appears, in the last group, under its name.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication

CONTEXT = "ReportsHub"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for translation in `context`; named as Qt's so that lupdate finds it
    (Qt's own is typed as returning object)."""
    return text


@dataclass(frozen=True, slots=True)
class ReportText:
    title: str  # English source strings, translated when shown
    description: str
    slug: str  # the file name's word ("budget"), translated too


@dataclass(frozen=True, slots=True)
class Group:
    title: str
    exports: tuple[str, ...]


GROUPS: tuple[Group, ...] = (
    Group(QT_TRANSLATE_NOOP("ReportsHub", "Treasury"), ("summary", "ledger", "receipts")),
    Group(QT_TRANSLATE_NOOP("ReportsHub", "Budgets"), ("budget", "budget-vs-actual")),
    Group(
        QT_TRANSLATE_NOOP("ReportsHub", "Logical framework"),
        ("logframe-2004", "logframe-2016", "indicators"),
    ),
    Group(QT_TRANSLATE_NOOP("ReportsHub", "Calendar"), ("chronogramme", "calendar")),
)
OTHERS = QT_TRANSLATE_NOOP("ReportsHub", "Other exports")

TEXTS: dict[str, ReportText] = {
    "summary": ReportText(
        QT_TRANSLATE_NOOP("ReportsHub", "Summary of the financial year"),
        QT_TRANSLATE_NOOP(
            "ReportsHub",
            "Balances, income and expenses by category, projects and missing receipts, "
            "for the general assembly.",
        ),
        QT_TRANSLATE_NOOP("ReportsHub", "summary"),
    ),
    "ledger": ReportText(
        QT_TRANSLATE_NOOP("ReportsHub", "Treasury ledger"),
        QT_TRANSLATE_NOOP(
            "ReportsHub",
            "Every transaction of the period with its category, project and budget line, "
            "and the totals, for Excel (XLSX or CSV).",
        ),
        QT_TRANSLATE_NOOP("ReportsHub", "ledger"),
    ),
    "receipts": ReportText(
        QT_TRANSLATE_NOOP("ReportsHub", "Receipts of a period"),
        QT_TRANSLATE_NOOP(
            "ReportsHub",
            "Every receipt dated in the period, named by its number, with an index, "
            "for the donor's auditor.",
        ),
        QT_TRANSLATE_NOOP("ReportsHub", "receipts"),
    ),
    "budget": ReportText(
        QT_TRANSLATE_NOOP("ReportsHub", "Project budget"),
        QT_TRANSLATE_NOOP("ReportsHub", "The latest budget of the project in the donor's layout."),
        QT_TRANSLATE_NOOP("ReportsHub", "budget"),
    ),
    "budget-vs-actual": ReportText(
        QT_TRANSLATE_NOOP("ReportsHub", "Budget vs actual"),
        QT_TRANSLATE_NOOP(
            "ReportsHub", "What was planned and what was spent, line by line, for the report."
        ),
        QT_TRANSLATE_NOOP("ReportsHub", "budget-vs-actual"),
    ),
    "logframe-2004": ReportText(
        QT_TRANSLATE_NOOP("ReportsHub", "Logical framework (EU 2004)"),
        QT_TRANSLATE_NOOP("ReportsHub", "The logframe matrix in the European Union's 2004 layout."),
        QT_TRANSLATE_NOOP("ReportsHub", "logframe-2004"),
    ),
    "logframe-2016": ReportText(
        QT_TRANSLATE_NOOP("ReportsHub", "Logical framework (EU 2016)"),
        QT_TRANSLATE_NOOP("ReportsHub", "The logframe matrix in the European Union's 2016 layout."),
        QT_TRANSLATE_NOOP("ReportsHub", "logframe-2016"),
    ),
    "indicators": ReportText(
        QT_TRANSLATE_NOOP("ReportsHub", "Indicator tracking"),
        QT_TRANSLATE_NOOP(
            "ReportsHub", "Each indicator with its baseline, target and measured values."
        ),
        QT_TRANSLATE_NOOP("ReportsHub", "indicators"),
    ),
    "chronogramme": ReportText(
        QT_TRANSLATE_NOOP("ReportsHub", "Chronogramme"),
        QT_TRANSLATE_NOOP("ReportsHub", "The project's activities month by month."),
        QT_TRANSLATE_NOOP("ReportsHub", "chronogramme"),
    ),
    "calendar": ReportText(
        QT_TRANSLATE_NOOP("ReportsHub", "Calendar for phones and computers"),
        QT_TRANSLATE_NOOP(
            "ReportsHub",
            "Activities, sessions and deadlines as an .ics file for Google, Outlook or a phone.",
        ),
        QT_TRANSLATE_NOOP("ReportsHub", "calendar"),
    ),
}

FORMAT_NAMES: dict[str, str] = {
    "xlsx": QT_TRANSLATE_NOOP("ReportsHub", "Excel workbook"),
    "pdf": QT_TRANSLATE_NOOP("ReportsHub", "PDF document"),
    "png": QT_TRANSLATE_NOOP("ReportsHub", "PNG image"),
    "zip": QT_TRANSLATE_NOOP("ReportsHub", "ZIP archive"),
    "csv": QT_TRANSLATE_NOOP("ReportsHub", "CSV file (Excel)"),
    "ics": QT_TRANSLATE_NOOP("ReportsHub", "iCalendar file"),
}


def tr(text: str) -> str:
    """The translation of a string marked above with QT_TRANSLATE_NOOP("ReportsHub", …)."""
    return QCoreApplication.translate(CONTEXT, text)


def translate(context: str, text: str) -> str:
    """Qt's translation, named so that lupdate finds `translate("ReportsHub", "…")` calls."""
    return QCoreApplication.translate(context, text)


def report_text(name: str) -> ReportText:
    return TEXTS.get(name) or ReportText(name, "", name)


def grouped(names: list[str]) -> list[tuple[str, list[str]]]:
    """(group title, export names) in page order, for the registered `names`; exports no
    group lists come last, by name."""
    known = set(names)
    result = [(g.title, [n for n in g.exports if n in known]) for g in GROUPS]
    listed = {n for g in GROUPS for n in g.exports}
    others = sorted(known - listed)
    if others:
        result.append((OTHERS, others))
    return [(title, members) for title, members in result if members]


def file_filter(fmt: str) -> str:
    """ "Excel workbook (*.xlsx)" for a save dialog."""
    return f"{tr(FORMAT_NAMES.get(fmt, fmt.upper()))} (*.{fmt})"


def default_stem(
    name: str, project: str | None, start: date | None, end: date | None, today: date
) -> str:
    """ "JDF-2025-budget", "receipts-2026", "summary-2026" (the slug translated)."""
    parts = [project] if project else []
    parts.append(tr(report_text(name).slug))
    if start is not None and end is not None:
        parts.append(str(start.year) if start.year == end.year else f"{start.year}-{end.year}")
    elif not project:
        parts.append(str(today.year))
    return "-".join(parts)
