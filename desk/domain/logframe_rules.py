"""Rules of a good logframe, as pure functions: reading an indicator value typed by a treasurer,
checking it against the indicator's type, and the quality checks a donor's reviewer applies
(a result without indicator, an indicator without baseline, target or means of verification,
an activity without budget, an empty statement, a target not disaggregated by sex).

Levels are depths (0 overall objective, 1 specific objective, 2 results, 3 activities): their
names come from the file's donor template; the checks only need the depth.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from desk.domain.enums import IndicatorKind
from desk.domain.errors import DomainError, ErrorCode

RESULT_DEPTH = 2
ACTIVITY_DEPTH = 3

_YES = {"oui", "yes", "نعم", "o", "y", "vrai", "true"}
_NO = {"non", "no", "لا", "n", "faux", "false"}
_SPACES = {" ", "\u00a0", "\u202f", "'"}


def parse_indicator_value(text: str, kind: IndicatorKind, field: str = "value") -> Decimal | None:
    """The number typed in a field ("1 234,5", "62 %", "oui"); None for an empty field.

    Refuses (with `field`) what is not a number, a yes/no value other than 0/1/oui/non, and a
    percentage outside 0–100. A text indicator has no number: None.
    """
    raw = text.strip()
    if kind is IndicatorKind.TEXT or not raw:
        return None
    if kind is IndicatorKind.YES_NO:
        lowered = raw.lower()
        if lowered in _YES:
            return Decimal(1)
        if lowered in _NO:
            return Decimal(0)
    cleaned = "".join(ch for ch in raw if ch not in _SPACES).rstrip("%").replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise DomainError(ErrorCode.INDICATOR_BAD_NUMBER, field=field, text=raw) from None
    if not value.is_finite():
        raise DomainError(ErrorCode.INDICATOR_BAD_NUMBER, field=field, text=raw)
    check_indicator_value(kind, value, field)
    return value.normalize() if value == value.to_integral() else value


def check_indicator_value(kind: IndicatorKind, value: Decimal, field: str = "value") -> None:
    """Refuse a value that the indicator's type cannot take."""
    if kind is IndicatorKind.YES_NO and value not in (Decimal(0), Decimal(1)):
        raise DomainError(ErrorCode.INDICATOR_YES_NO_VALUE, field=field)
    if kind is IndicatorKind.PERCENTAGE and not Decimal(0) <= value <= Decimal(100):
        raise DomainError(ErrorCode.INDICATOR_PERCENTAGE_RANGE, field=field)


def format_indicator_value(
    value: Decimal | None,
    kind: IndicatorKind,
    *,
    decimal_sep: str = ",",
    yes: str = "oui",
    no: str = "non",
) -> str:
    """A value as a treasurer reads it: "62 %", "1 234,5", "oui", "" when None (the caller
    passes the words of the user's language)."""
    if value is None:
        return ""
    if kind is IndicatorKind.YES_NO:
        return yes if value else no
    sign = "-" if value < 0 else ""
    text = format(abs(value).normalize(), "f")
    whole, _, fraction = text.partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    number = "\u202f".join(groups) + (decimal_sep + fraction if fraction else "")
    return f"{sign}{number}\u202f%" if kind is IndicatorKind.PERCENTAGE else sign + number


# --- quality checks ----------------------------------------------------------------------------


class QualityProblem(StrEnum):
    EMPTY_STATEMENT = "empty_statement"
    RESULT_WITHOUT_INDICATOR = "result_without_indicator"
    NO_BASELINE = "no_baseline"
    NO_TARGET = "no_target"
    NO_MEANS_OF_VERIFICATION = "no_means_of_verification"
    ACTIVITY_WITHOUT_BUDGET = "activity_without_budget"
    TARGET_NOT_BY_SEX = "target_not_by_sex"


class ItemKind(StrEnum):
    NODE = "node"
    INDICATOR = "indicator"


@dataclass(frozen=True, slots=True)
class NodeFacts:
    id: int
    depth: int
    code: str
    statement: str
    has_budget: bool = False  # activities: at least one budget line linked


@dataclass(frozen=True, slots=True)
class IndicatorFacts:
    id: int
    node_id: int
    code: str
    statement: str
    kind: IndicatorKind
    has_baseline: bool
    has_target: bool
    means_of_verification: str
    by_sex: bool  # the indicator counts people: its target must be split by sex
    target_split_by_sex: bool  # women and men targets are given


@dataclass(frozen=True, slots=True)
class QualityIssue:
    problem: QualityProblem
    item: ItemKind
    item_id: int
    code: str  # the code of the item to go to ("R1.2", "I-R1.2-1")


def quality_issues(
    nodes: Iterable[NodeFacts], indicators: Iterable[IndicatorFacts]
) -> list[QualityIssue]:
    """Every problem found, nodes in the order given, each followed by its indicators'."""
    by_node: dict[int, list[IndicatorFacts]] = {}
    for ind in indicators:
        by_node.setdefault(ind.node_id, []).append(ind)
    issues: list[QualityIssue] = []
    for node in nodes:

        def node_issue(problem: QualityProblem, node: NodeFacts = node) -> None:
            issues.append(QualityIssue(problem, ItemKind.NODE, node.id, node.code))

        if not node.statement.strip():
            node_issue(QualityProblem.EMPTY_STATEMENT)
        own = by_node.get(node.id, [])
        if node.depth == RESULT_DEPTH and not own:
            node_issue(QualityProblem.RESULT_WITHOUT_INDICATOR)
        if node.depth == ACTIVITY_DEPTH and not node.has_budget:
            node_issue(QualityProblem.ACTIVITY_WITHOUT_BUDGET)
        for ind in own:
            issues.extend(
                QualityIssue(problem, ItemKind.INDICATOR, ind.id, ind.code)
                for problem in indicator_problems(ind)
            )
    return issues


def indicator_problems(ind: IndicatorFacts) -> list[QualityProblem]:
    """The problems of one indicator. A text indicator has no number to compare: only its
    statement and means of verification are checked."""
    problems: list[QualityProblem] = []
    if not ind.statement.strip():
        problems.append(QualityProblem.EMPTY_STATEMENT)
    measurable = ind.kind is not IndicatorKind.TEXT
    if measurable and not ind.has_baseline:
        problems.append(QualityProblem.NO_BASELINE)
    if measurable and not ind.has_target:
        problems.append(QualityProblem.NO_TARGET)
    if not ind.means_of_verification.strip():
        problems.append(QualityProblem.NO_MEANS_OF_VERIFICATION)
    if measurable and ind.by_sex and ind.has_target and not ind.target_split_by_sex:
        problems.append(QualityProblem.TARGET_NOT_BY_SEX)
    return problems
