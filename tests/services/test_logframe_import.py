"""Importing a logframe from XLSX: the demo logframe exported in both EU layouts comes back
with the same structure and texts; refusals of unreadable files, and the writing rules."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from desk.domain.enums import IndicatorKind, LogframeLayout
from desk.domain.errors import DomainError, ErrorCode
from desk.models import Logframe
from desk.reports.logframe import export_logframe_xlsx
from desk.services.logframe_export import LogframeData, load_logframe, project_id_by_code
from desk.services.logframe_import import import_logframe, read_file, templates
from desk.store import AssoFile, open_file
from tests.conftest import DEMO_TODAY

SOURCE, TARGET = "JDF-2025", "AGR-INDH-2026"


def _shape(data: LogframeData, *, figures: bool) -> list[Any]:
    """Everything the matrix carries, per node in tree order."""
    nodes = []
    for node in data.nodes:
        indicators = [
            (
                ind.code,
                ind.statement,
                ind.means_of_verification,
                *(
                    (
                        # a yes/no figure prints "oui", not its unit ("oui/non")
                        ind.unit if ind.kind is not IndicatorKind.YES_NO else "",
                        ind.kind,
                        ind.baseline,
                        ind.baseline_date,
                        ind.target,
                        ind.target_date,
                        ind.target_by_sex,
                    )
                    if figures
                    else ()
                ),
            )
            for ind in node.indicators
        ]
        parent = next((n.code for n in data.nodes if n.id == node.parent_id), None)
        nodes.append(
            (
                *(node.depth, node.code, parent, node.level, node.statement, node.assumptions),
                *(node.means, node.costs_note, tuple(indicators)),
            )
        )
    return nodes


def _template(asso: AssoFile, layout: LogframeLayout) -> int:
    return next(t.id for t in templates(asso) if t.layout is layout)


@pytest.mark.parametrize("layout", ["2004", "2016"])
def test_export_then_import_gives_the_same_logframe(
    demo_copy: Path, tmp_path: Path, layout: str
) -> None:
    asso = open_file(demo_copy, auto_backup=False)
    try:
        source, target = project_id_by_code(asso, SOURCE), project_id_by_code(asso, TARGET)
        sheet = export_logframe_xlsx(asso, source, tmp_path / "cl.xlsx", layout)
        _, _, found = read_file(asso, sheet)
        assert found.warnings == []
        chosen = LogframeLayout.EU_2016 if layout == "2016" else LogframeLayout.EU_2004
        assert found.suggested_layout == chosen.value
        import_logframe(asso, target, found, _template(asso, chosen))
        before = load_logframe(asso, source, DEMO_TODAY, chosen)
        after = load_logframe(asso, target, DEMO_TODAY)
    finally:
        asso.close()
    assert len(after.nodes) == 13
    assert sum(len(n.indicators) for n in after.nodes) == 7
    # same tree, codes, level names, statements, assumptions, Moyens/Coûts, indicators, sources
    assert _shape(after, figures=True) == _shape(before, figures=True)
    if layout == "2004":
        assert after.preconditions == before.preconditions != ""
    else:  # the 2016 matrix also carries the current values, recorded with their date
        assert [(i.current, i.current_date) for _, i in after.indicators()] == [
            (i.current, i.current_date) for _, i in before.indicators()
        ]


def test_a_project_keeps_its_logframe(demo_copy: Path, tmp_path: Path) -> None:
    asso = open_file(demo_copy, auto_backup=False)
    try:
        source = project_id_by_code(asso, SOURCE)
        _, _, found = read_file(asso, export_logframe_xlsx(asso, source, tmp_path / "a.xlsx"))
        with pytest.raises(DomainError) as refused:
            import_logframe(asso, source, found, _template(asso, LogframeLayout.EU_2004))
        assert refused.value.code is ErrorCode.LOGFRAME_IMPORT_EXISTS
        assert refused.value.params == {"project": SOURCE}
        target = project_id_by_code(asso, TARGET)
        with pytest.raises(DomainError) as unknown:
            import_logframe(asso, target, found, 999)
        assert unknown.value.code is ErrorCode.NOT_FOUND
        with asso.reader() as session:  # nothing half-written
            assert session.scalar(select(func.count()).select_from(Logframe)) == 1
    finally:
        asso.close()


def test_a_read_only_file_refuses_the_import(demo_file: Path, tmp_path: Path) -> None:
    asso = open_file(demo_file, read_only=True)
    try:
        source = project_id_by_code(asso, SOURCE)
        _, _, found = read_file(asso, export_logframe_xlsx(asso, source, tmp_path / "a.xlsx"))
        with pytest.raises(DomainError) as refused:
            import_logframe(asso, project_id_by_code(asso, TARGET), found, 1)
        assert refused.value.code is ErrorCode.FILE_READ_ONLY
    finally:
        asso.close()


@pytest.mark.parametrize(
    "content", [b"", b"not a workbook at all", b"PK\x03\x04 truncated zip", b"a;b;c\n1;2;3\n"]
)
def test_an_unreadable_file_is_refused(new_asso: AssoFile, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "cadre.xlsx"
    path.write_bytes(content)
    with pytest.raises(DomainError) as refused:
        read_file(new_asso, path)
    assert refused.value.code is ErrorCode.LOGFRAME_IMPORT_UNREADABLE
    assert refused.value.params["path"] == "cadre.xlsx"
    assert refused.value.field == "file"


def test_a_missing_file_or_sheet(new_asso: AssoFile, tmp_path: Path) -> None:
    with pytest.raises(DomainError) as missing:
        read_file(new_asso, tmp_path / "absent.xlsx")
    assert missing.value.code is ErrorCode.FILE_NOT_FOUND
    import openpyxl

    path = tmp_path / "one.xlsx"
    openpyxl.Workbook().save(path)
    with pytest.raises(DomainError) as no_sheet:
        read_file(new_asso, path, sheet="Cadre logique")
    assert no_sheet.value.code is ErrorCode.LOGFRAME_IMPORT_NO_SHEET
    assert no_sheet.value.params == {"sheet": "Cadre logique"}
