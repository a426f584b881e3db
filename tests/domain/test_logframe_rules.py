"""Indicator values typed by a treasurer, and the logframe quality checks."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desk.domain.enums import IndicatorKind
from desk.domain.errors import DomainError, ErrorCode
from desk.domain.logframe_rules import (
    IndicatorFacts,
    ItemKind,
    NodeFacts,
    QualityProblem,
    format_indicator_value,
    parse_indicator_value,
    quality_issues,
)

N, P, Y, T = (
    IndicatorKind.NUMBER,
    IndicatorKind.PERCENTAGE,
    IndicatorKind.YES_NO,
    IndicatorKind.TEXT,
)


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("1 234,5", N, Decimal("1234.5")),
        ("1\u202f234", N, Decimal(1234)),
        ("-3", N, Decimal(-3)),
        ("62 %", P, Decimal(62)),
        ("12.50", P, Decimal("12.50")),
        ("oui", Y, Decimal(1)),
        ("Non", Y, Decimal(0)),
        ("1", Y, Decimal(1)),
        ("", N, None),
        ("   ", P, None),
        ("très bien", T, None),
    ],
)
def test_parse_value(text: str, kind: IndicatorKind, expected: Decimal | None) -> None:
    assert parse_indicator_value(text, kind) == expected


@pytest.mark.parametrize(
    ("text", "kind", "code"),
    [
        ("douze", N, ErrorCode.INDICATOR_BAD_NUMBER),
        ("1,2,3", N, ErrorCode.INDICATOR_BAD_NUMBER),
        ("NaN", N, ErrorCode.INDICATOR_BAD_NUMBER),
        ("120", P, ErrorCode.INDICATOR_PERCENTAGE_RANGE),
        ("-1", P, ErrorCode.INDICATOR_PERCENTAGE_RANGE),
        ("2", Y, ErrorCode.INDICATOR_YES_NO_VALUE),
        ("peut-être", Y, ErrorCode.INDICATOR_BAD_NUMBER),
    ],
)
def test_parse_refuses(text: str, kind: IndicatorKind, code: ErrorCode) -> None:
    with pytest.raises(DomainError) as caught:
        parse_indicator_value(text, kind, field="target")
    assert (caught.value.code, caught.value.field) == (code, "target")


@pytest.mark.parametrize(
    ("value", "kind", "text"),
    [
        (Decimal("1234.5"), N, "1\u202f234,5"),
        (Decimal("1234567"), N, "1\u202f234\u202f567"),
        (Decimal("-12"), N, "-12"),
        (Decimal("62.00"), P, "62\u202f%"),
        (Decimal(1), Y, "oui"),
        (Decimal(0), Y, "non"),
        (None, N, ""),
    ],
)
def test_format_value(value: Decimal | None, kind: IndicatorKind, text: str) -> None:
    assert format_indicator_value(value, kind) == text


def _ind(ident: int, node: int, **changes: object) -> IndicatorFacts:
    base: dict[str, object] = dict(
        id=ident,
        node_id=node,
        code=f"I-{ident}",
        statement="Mesure",
        kind=N,
        has_baseline=True,
        has_target=True,
        means_of_verification="Registre",
        by_sex=True,
        target_split_by_sex=True,
    )
    base.update(changes)
    return IndicatorFacts(**base)  # type: ignore[arg-type]


def test_quality_issues_each_problem_once() -> None:
    nodes = [
        NodeFacts(1, 0, "OG", "Contribuer"),
        NodeFacts(2, 1, "OS1", "  "),
        NodeFacts(3, 2, "R1.1", "Formées", has_budget=True),
        NodeFacts(4, 2, "R1.2", "Journée"),
        NodeFacts(5, 3, "A1.1.1", "Ateliers", has_budget=True),
        NodeFacts(6, 3, "A1.1.2", "Mobiliser"),
    ]
    indicators = [
        _ind(10, 3),
        _ind(11, 3, has_baseline=False, has_target=False, means_of_verification=""),
        _ind(12, 1, target_split_by_sex=False),
        _ind(13, 1, target_split_by_sex=False, by_sex=False, statement=""),
        _ind(14, 1, kind=T, has_baseline=False, has_target=False),
    ]
    got = [(i.problem, i.item, i.item_id, i.code) for i in quality_issues(nodes, indicators)]
    assert got == [
        (QualityProblem.TARGET_NOT_BY_SEX, ItemKind.INDICATOR, 12, "I-12"),
        (QualityProblem.EMPTY_STATEMENT, ItemKind.INDICATOR, 13, "I-13"),
        (QualityProblem.EMPTY_STATEMENT, ItemKind.NODE, 2, "OS1"),
        (QualityProblem.NO_BASELINE, ItemKind.INDICATOR, 11, "I-11"),
        (QualityProblem.NO_TARGET, ItemKind.INDICATOR, 11, "I-11"),
        (QualityProblem.NO_MEANS_OF_VERIFICATION, ItemKind.INDICATOR, 11, "I-11"),
        (QualityProblem.RESULT_WITHOUT_INDICATOR, ItemKind.NODE, 4, "R1.2"),
        (QualityProblem.ACTIVITY_WITHOUT_BUDGET, ItemKind.NODE, 6, "A1.1.2"),
    ]
