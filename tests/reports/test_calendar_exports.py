"""Exports of the chronogramme and the calendar (acceptance of issue 6): a 24-month project with
30 activities prints on several pages, each with the activity names and month headers; the
.ics parses and holds every activity and deadline; the XLSX has one shaded column per month."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from desk.domain.enums import DeadlineKind
from desk.domain.timeline import add_months
from desk.reports.exports import EXPORTS, ExportRequest
from desk.services.activities.activities import ActivityData, create_activity
from desk.services.activities.deadlines import DeadlineData, add_deadline
from desk.services.activities.sessions import SessionData, add_session
from desk.store import AssoFile, open_file
from tests.pdf_tools import pdf_pages_text, pdf_to_pngs
from tests.services.calendar_helpers import make_calendar_project

START = date(2025, 1, 1)
TITLES = [f"Activité {n:02d}" for n in range(1, 31)]
DEADLINES = ["Rapport intermédiaire", "Rapport final", "Comité de pilotage"]


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """24 months (2025-2026), 30 activities on two results, 3 deadlines, one session."""
    from desk.services.setup import NewAssociation, new_association

    path = tmp_path_factory.mktemp("chrono") / "chrono.assodesk"
    asso = new_association(path, NewAssociation(name="Afrique Solidaire", city="Rabat"))
    try:
        p = make_calendar_project(asso)
        first = 0
        for n, title in enumerate(TITLES):
            start = add_months(START, (n * 22) // 30) + timedelta(days=n % 10)
            ident = create_activity(
                asso,
                p.project_id,
                ActivityData(
                    title,
                    start,
                    start + timedelta(days=20 + 7 * (n % 6)),
                    result_id=p.results[n % 2],
                    responsible="Aminata",
                ),
            )
            first = first or ident
        add_session(asso, first, SessionData(date(2025, 1, 10), "Séance d'ouverture"))
        for day, title in zip(
            (date(2025, 12, 31), date(2026, 12, 31), date(2025, 6, 15)), DEADLINES, strict=True
        ):
            add_deadline(asso, p.project_id, DeadlineData(day, title, DeadlineKind.REPORT))
    finally:
        asso.close()
    return path


@pytest.fixture
def asso(big_file: Path) -> Iterator[AssoFile]:
    opened = open_file(big_file, read_only=True)
    yield opened
    opened.close()


def _export(asso: AssoFile, what: str, out: Path, project: str | None = "JDF") -> Path:
    return EXPORTS[what].run(ExportRequest(asso, out, project, "fr", date(2025, 11, 23)))


def test_pdf_paginates_months_and_repeats_the_activity_column(
    asso: AssoFile, tmp_path: Path, qapp: object
) -> None:
    pdf = _export(asso, "chronogramme", tmp_path / "chronogramme.pdf")
    pages = pdf_pages_text(pdf)
    assert len(pages) >= 2
    for text in pages:
        assert "Activité 01" in text and "Activité 30" in text  # the column on every page
        assert "janv." in text and "déc." in text  # month headers on every page
    assert "2025" in pages[0] and "2026" in pages[-1]
    assert "2026" not in pages[0]  # not squeezed: the second year is on another page
    pngs = pdf_to_pngs(pdf, tmp_path / "pages")
    assert len(pngs) == len(pages) and all(p.stat().st_size > 10_000 for p in pngs)
    a3 = _export(asso, "chronogramme", tmp_path / "chronogramme-a3.pdf")
    assert len(pdf_pages_text(a3)) < len(pages) or len(pages) == 2


def test_png_holds_the_whole_chart(asso: AssoFile, tmp_path: Path, qapp: object) -> None:
    from PySide6.QtGui import QImage

    png = _export(asso, "chronogramme", tmp_path / "chronogramme.png")
    image = QImage(str(png))
    assert image.width() > 2 * 24 * 40  # 24 months of 46 px, twice the pixels
    assert image.height() > 2 * 30 * 20  # 30 activity rows


def test_xlsx_has_one_shaded_column_per_month(asso: AssoFile, tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.load_workbook(_export(asso, "chronogramme", tmp_path / "chrono.xlsx"))
    ws = book.active
    assert ws is not None
    headers = [c.value for c in ws[3]]
    assert headers[:2] == ["Code", "Activité"] or headers[:2] == ["Code", "Activity"]
    months = headers[5:]
    assert len(months) == 24 and months[0].endswith("2025") and months[-1].endswith("2026")
    assert ws.freeze_panes == "F4"
    rows = {ws.cell(row=r, column=2).value: r for r in range(4, ws.max_row + 1)}
    first = rows["Activité 01"]  # 1 to 21 January 2025: January only
    shaded = [ws.cell(row=first, column=6 + i).fill.start_color.rgb for i in range(3)]
    assert shaded[0].endswith("BFD9E6") and not shaded[1].endswith("BFD9E6")
    assert (
        ws.cell(
            row=rows["Échéances"] if "Échéances" in rows else rows["Deadlines"], column=6 + 5
        ).value
        == "◆"
    )  # June 2025


def test_ics_parses_with_every_activity_and_deadline(asso: AssoFile, tmp_path: Path) -> None:
    ics = _export(asso, "calendar", tmp_path / "calendar.ics", project=None)
    calendar = Calendar.from_ical(ics.read_bytes())
    events = list(calendar.walk("VEVENT"))
    summaries = [str(e.get("summary")) for e in events]
    for title in TITLES + DEADLINES:
        assert sum(title in s for s in summaries) == 1, title
    assert any("Séance d'ouverture" in s for s in summaries)
    uids = [str(e.get("uid")) for e in events]
    assert len(set(uids)) == len(uids) == 30 + 3 + 1
    opening = next(e for e in events if "Activité 01" in str(e.get("summary")))
    assert opening.decoded("dtstart") == date(2025, 1, 1)
    assert opening.decoded("dtend") == date(2025, 1, 22)  # all day: the day after the end


def test_unknown_project_or_format_is_refused(asso: AssoFile, tmp_path: Path) -> None:
    from desk.domain.errors import DomainError, ErrorCode

    with pytest.raises(DomainError) as caught:
        _export(asso, "chronogramme", tmp_path / "x.pdf", project="NOPE")
    assert caught.value.code is ErrorCode.NOT_FOUND
    with pytest.raises(DomainError) as caught:
        _export(asso, "chronogramme", tmp_path / "x.docx")
    assert caught.value.code is ErrorCode.INVALID_VALUE
