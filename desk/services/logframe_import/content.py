"""The content of one row for its node: indicators (one per line in a cell, or one per row),
their figures (labelled lines "Référence : … · Cible : …" or baseline/current/target columns),
sources of verification, assumptions, and the Moyens/Coûts of an activity."""

from __future__ import annotations

from decimal import Decimal

from desk.domain.enums import IndicatorKind
from desk.services.logframe_import.figures import read_by_sex, read_figure
from desk.services.logframe_import.model import (
    ImportedIndicator,
    ImportedLogframe,
    ImportedNode,
    ImportWarning,
    Mapping,
    Role,
    SheetData,
)
from desk.services.logframe_import.vocab import labelled_parts, strip_bullet


def _join(first: str, second: str) -> str:
    return "\n".join(part for part in (first, second) if part)


def add_content(
    node: ImportedNode,
    sheet: SheetData,
    row: int,
    mapping: Mapping,
    activity_mode: bool,
    result: ImportedLogframe,
) -> None:
    def text(role: Role) -> str:
        column = mapping.column_of(role)
        return sheet.text(row, column) if column else ""

    indicators_text, sources_text = text(Role.INDICATORS), text(Role.SOURCES)
    if activity_mode:  # EU 2004: on activity rows these columns hold Moyens and Coûts
        node.means = _join(node.means, indicators_text)
        node.costs = _join(node.costs, sources_text)
        indicators_text = sources_text = ""
    node.means = _join(node.means, text(Role.MEANS))
    node.costs = _join(node.costs, text(Role.COSTS))
    node.assumptions = _join(node.assumptions, text(Role.ASSUMPTIONS))
    found = _indicator_lines(node, indicators_text, row, result)
    node.indicators.extend(found)
    _pair_sources(node, found, sources_text, row, result)
    figures = ((Role.BASELINE, "baseline"), (Role.TARGET, "target"), (Role.CURRENT, "current"))
    for role, field in figures:
        value = text(role)
        if not value:
            continue
        owner = found[0] if found else (node.indicators[-1] if node.indicators else None)
        if owner is None:
            continue
        if len(found) > 1:
            result.warnings.append(ImportWarning(row, "several_values", field))
        apply_figure(owner, field, value, row, result)


def _indicator_lines(
    node: ImportedNode, text: str, row: int, result: ImportedLogframe
) -> list[ImportedIndicator]:
    found: list[ImportedIndicator] = []
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            continue
        parts = labelled_parts(line)
        if parts:
            if "means" in parts:
                node.means = _join(node.means, parts.pop("means"))
            if "costs" in parts:
                node.costs = _join(node.costs, parts.pop("costs"))
            owner = found[-1] if found else None
            if "by_sex" in parts:
                split = read_by_sex(parts.pop("by_sex"))
                if owner is not None:
                    owner.target_by_sex = split
            for field, value in parts.items():
                if owner is not None:
                    apply_figure(owner, field, value, row, result)
            continue
        statement = strip_bullet(line)
        if found and line[:1].islower() and statement == line:
            found[-1].statement = f"{found[-1].statement} {statement}"  # a wrapped line
        elif statement:
            found.append(ImportedIndicator(statement))
    return found


def _pair_sources(
    node: ImportedNode,
    found: list[ImportedIndicator],
    text: str,
    row: int,
    result: ImportedLogframe,
) -> None:
    lines = [strip_bullet(line) for line in text.split("\n") if line.strip()]
    if not lines:
        return
    if not found:  # a source on a row of its own: for the last indicator of the node
        if node.indicators:
            last = node.indicators[-1]
            last.means_of_verification = _join(last.means_of_verification, "\n".join(lines))
        return
    if len(lines) == len(found):
        for indicator, line in zip(found, lines, strict=True):
            indicator.means_of_verification = line
        return
    if len(found) == 1 or len(lines) == 1:
        for indicator in found:
            indicator.means_of_verification = "\n".join(lines)
        return
    result.warnings.append(ImportWarning(row, "sources_count"))
    for indicator in found:
        indicator.means_of_verification = "\n".join(lines)


def apply_figure(
    indicator: ImportedIndicator, field: str, text: str, row: int, result: ImportedLogframe
) -> None:
    """Set the baseline, target or current value of `indicator` from `text`."""
    figure = read_figure(text, end_of_year=field != "baseline")
    if figure is None or figure.value is None:
        result.warnings.append(ImportWarning(row, "bad_number", text.split("\n")[0][:60]))
        return
    value: Decimal = figure.value
    if field == "baseline":
        indicator.baseline, indicator.baseline_date = value, figure.when
    elif field == "target":
        indicator.target, indicator.target_date = value, figure.when
        indicator.target_by_sex = read_by_sex("\n".join(text.split("\n")[1:]))
    else:
        indicator.current, indicator.current_date = value, figure.when
        if figure.when is None:  # a value needs its period to be recorded
            result.warnings.append(ImportWarning(row, "no_date", text.split("\n")[0][:60]))
    if figure.yes_no:
        indicator.kind = IndicatorKind.YES_NO
    elif figure.unit and not indicator.unit:
        indicator.unit = figure.unit
        if figure.unit == "%":
            indicator.kind = IndicatorKind.PERCENTAGE
