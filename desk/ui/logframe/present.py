"""How the logframe screens word and colour things: indicator values by type, progress, the
state of an indicator and the quality problems. English sources, context "Logframe"."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from desk.domain.enums import IndicatorKind, ProgressState
from desk.domain.logframe_rules import QualityProblem
from desk.ui.widgets import style
from desk.ui.widgets.formatting import format_decimal_ui, format_percent_ui


def _tr(text: str) -> str:
    return QCoreApplication.translate("Logframe", text)


def value_text(value: Decimal | None, kind: IndicatorKind) -> str:
    """ "1 250", "62 %", "Oui"; "" when there is no value."""
    if value is None or kind is IndicatorKind.TEXT:
        return ""
    if kind is IndicatorKind.YES_NO:
        return (
            QCoreApplication.translate("Logframe", "Yes")
            if value
            else QCoreApplication.translate("Logframe", "No")
        )
    if kind is IndicatorKind.PERCENTAGE:
        return format_percent_ui(value / 100, places=None)
    return format_decimal_ui(value)


def progress_text(share: Decimal | None) -> str:
    return "" if share is None else format_percent_ui(share)


_STATES = {
    ProgressState.AHEAD: (QT_TRANSLATE_NOOP("Logframe", "Ahead"), style.POSITIVE),
    ProgressState.ON_TRACK: (QT_TRANSLATE_NOOP("Logframe", "On track"), style.ACCENT),
    ProgressState.LATE: (QT_TRANSLATE_NOOP("Logframe", "Late"), style.NEGATIVE),
    ProgressState.NO_DATA: (QT_TRANSLATE_NOOP("Logframe", "No data"), style.MUTED),
}


def state_text(state: ProgressState) -> str:
    return _tr(str(_STATES[state][0]))


def state_color(state: ProgressState) -> QColor:
    return _STATES[state][1]


_PROBLEMS = {
    QualityProblem.EMPTY_STATEMENT: QT_TRANSLATE_NOOP("Logframe", "The statement is empty"),
    QualityProblem.RESULT_WITHOUT_INDICATOR: QT_TRANSLATE_NOOP(
        "Logframe", "This result has no indicator"
    ),
    QualityProblem.NO_BASELINE: QT_TRANSLATE_NOOP("Logframe", "No baseline value"),
    QualityProblem.NO_TARGET: QT_TRANSLATE_NOOP("Logframe", "No target"),
    QualityProblem.NO_MEANS_OF_VERIFICATION: QT_TRANSLATE_NOOP(
        "Logframe", "No means of verification"
    ),
    QualityProblem.ACTIVITY_WITHOUT_BUDGET: QT_TRANSLATE_NOOP(
        "Logframe", "No budget line linked to this activity"
    ),
    QualityProblem.TARGET_NOT_BY_SEX: QT_TRANSLATE_NOOP(
        "Logframe", "The target is not split between women and men"
    ),
}


def problem_text(problem: QualityProblem) -> str:
    return _tr(str(_PROBLEMS[problem]))
