"""Writing an imported logframe as the new logframe of a project, in ONE unit of work: the
nodes with codes computed from their positions (`desk.domain.codes`, the template's
prefixes), the indicators with their overall targets (and by sex when the sheet says so),
the current values that carry a date, the Conditions préalables, and one audit entry per
logframe. A project that already has a logframe is refused (LOGFRAME_IMPORT_EXISTS): an
import never overwrites work."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.domain.codes import indicator_codes, logframe_codes
from desk.domain.enums import AuditAction, LogframeLayout, Sex
from desk.domain.errors import DomainError, ErrorCode
from desk.models import (
    Indicator,
    IndicatorTarget,
    IndicatorValue,
    Logframe,
    LogframeLevel,
    LogframeNode,
    LogframeTemplate,
    Project,
)
from desk.services import audit
from desk.services.logframe_import.detect import detect_mapping
from desk.services.logframe_import.model import ImportedLogframe, ImportedNode, Mapping, SheetData
from desk.services.logframe_import.parse import parse_sheet
from desk.services.logframe_import.sheet import read_sheet
from desk.services.logframe_import.vocab import Vocabulary
from desk.store import AssoFile


@dataclass(frozen=True, slots=True)
class TemplateChoice:
    id: int
    name: str
    layout: LogframeLayout
    levels: tuple[str, ...]
    prefixes: tuple[str, ...]


def templates(asso: AssoFile) -> list[TemplateChoice]:
    """The donor templates stored in the file, by id."""
    with asso.reader() as session:
        found = []
        for template in session.scalars(select(LogframeTemplate).order_by(LogframeTemplate.id)):
            levels = sorted(template.levels, key=lambda level: level.depth)
            found.append(
                TemplateChoice(
                    template.id,
                    template.name,
                    template.layout,
                    tuple(level.name for level in levels),
                    tuple(level.code_prefix for level in levels),
                )
            )
        return found


def check_project(asso: AssoFile, project_id: int) -> str:
    """The code of `project_id` when a logframe can be imported into it; NOT_FOUND or
    LOGFRAME_IMPORT_EXISTS otherwise (checked again when writing)."""
    with asso.reader() as session:
        project = session.get(Project, project_id)
        if project is None:
            raise DomainError(ErrorCode.NOT_FOUND, field="project", project=project_id)
        taken = session.scalars(select(Logframe.id).where(Logframe.project_id == project_id))
        if taken.first() is not None:
            raise DomainError(
                ErrorCode.LOGFRAME_IMPORT_EXISTS, field="project", project=project.code
            )
        return project.code


def vocabulary(asso: AssoFile) -> Vocabulary:
    """The level words and code prefixes of the sheets, with those of the file's templates."""
    return Vocabulary.default(
        (depth, name, prefix)
        for choice in templates(asso)
        for depth, (name, prefix) in enumerate(zip(choice.levels, choice.prefixes, strict=True))
    )


def read_file(
    asso: AssoFile, path: Path | str, sheet: str | None = None, mapping: Mapping | None = None
) -> tuple[SheetData, Mapping, ImportedLogframe]:
    """Read, guess the mapping (unless given) and parse in one call (tests, command line)."""
    vocab = vocabulary(asso)
    data = read_sheet(path, sheet)
    chosen = mapping or detect_mapping(data, vocab)
    return data, chosen, parse_sheet(data, chosen, vocab)


def import_logframe(
    asso: AssoFile, project_id: int, found: ImportedLogframe, template_id: int
) -> int:
    """Write `found` as the logframe of `project_id`; returns the new logframe's id."""
    if found.root is None:
        raise DomainError(ErrorCode.LOGFRAME_IMPORT_EMPTY, field="sheet", sheet=found.sheet)
    with asso.unit_of_work() as session:
        project = session.get(Project, project_id)
        if project is None:
            raise DomainError(ErrorCode.NOT_FOUND, field="project", project=project_id)
        taken = session.scalars(select(Logframe.id).where(Logframe.project_id == project_id))
        if taken.first() is not None:
            raise DomainError(
                ErrorCode.LOGFRAME_IMPORT_EXISTS, field="project", project=project.code
            )
        if session.get(LogframeTemplate, template_id) is None:
            raise DomainError(ErrorCode.NOT_FOUND, field="template", template=template_id)
        prefixes = list(
            session.scalars(
                select(LogframeLevel.code_prefix)
                .where(LogframeLevel.template_id == template_id)
                .order_by(LogframeLevel.depth)
            )
        )
        logframe = Logframe(
            project_id=project_id, template_id=template_id, preconditions=found.preconditions
        )
        session.add(logframe)
        session.flush()
        _write_nodes(session, logframe.id, found, prefixes)
        audit.record(session, AuditAction.IMPORT, logframe, reason=f"XLSX: {found.sheet}")
        return logframe.id


def _write_nodes(
    session: Session, logframe_id: int, found: ImportedLogframe, prefixes: list[str]
) -> None:
    assert found.root is not None
    placed: list[tuple[ImportedNode, int | None, int]] = []  # node, parent index, position

    def visit(node: ImportedNode, parent: int | None, position: int) -> None:
        index = len(placed)
        placed.append((node, parent, position))
        for rank, child in enumerate(node.children):
            visit(child, index, rank)

    visit(found.root, None, 0)
    codes = logframe_codes([(i, p, pos) for i, (_, p, pos) in enumerate(placed)], prefixes)
    rows: list[LogframeNode] = []
    for index, (node, parent, position) in enumerate(placed):
        row = LogframeNode(
            logframe_id=logframe_id,
            parent_id=None if parent is None else rows[parent].id,
            depth=node.depth,
            position=position,
            code=codes[index],
            statement=node.statement,
            assumptions=node.assumptions,
            means=node.means,
            costs_note=node.costs,
        )
        session.add(row)
        session.flush()
        rows.append(row)
        _write_indicators(session, row, node, found.sheet)


def _write_indicators(session: Session, row: LogframeNode, node: ImportedNode, sheet: str) -> None:
    ranks = indicator_codes(row.code, list(range(len(node.indicators))))
    for position, (item, code) in enumerate(zip(node.indicators, ranks, strict=True)):
        indicator = Indicator(
            node_id=row.id,
            position=position,
            code=code,
            statement=item.statement,
            unit=item.unit,
            kind=item.kind,
            baseline_value=item.baseline,
            baseline_date=item.baseline_date,
            target_value=item.target,
            target_date=item.target_date,
            means_of_verification=item.means_of_verification,
            disaggregate_by_sex=bool(item.target_by_sex),
        )
        session.add(indicator)
        session.flush()
        overall = {Sex.TOTAL: item.target} if item.target is not None else {}
        for sex, value in {**overall, **item.target_by_sex}.items():
            session.add(IndicatorTarget(indicator_id=indicator.id, sex=sex, value=value))
        if item.current is not None and item.current_date is not None:
            session.add(
                IndicatorValue(
                    indicator_id=indicator.id,
                    period_end=item.current_date,
                    value=item.current,
                    source=f"XLSX : {sheet}",
                )
            )
