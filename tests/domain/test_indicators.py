"""Progress of indicators, their state against time, and per-period aggregation."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desk.domain.enums import AgeGroup, IndicatorKind, ProgressState, Sex
from desk.domain.indicators import (
    PeriodPoint,
    clamp_share,
    elapsed_share,
    indicator_state,
    period_total,
    progress,
    progress_state,
    series,
    target_reached,
    value_to_date,
)

D = Decimal
NUMBER, PERCENT = IndicatorKind.NUMBER, IndicatorKind.PERCENTAGE


def test_increasing_indicator() -> None:
    assert progress(NUMBER, D(0), D(125), D(50)) == D("0.4")
    assert progress(PERCENT, D(20), D(70), D(62)) == D("0.84")


def test_decreasing_indicator_taux_d_abandon() -> None:
    # Taux d'abandon from 30 % down to 10 %: at 20 % half the way is done.
    assert progress(PERCENT, D(30), D(10), D(20)) == D("0.5")
    assert progress(PERCENT, D(30), D(10), D(10)) == D(1)
    assert progress(PERCENT, D(30), D(10), D(30)) == D(0)
    # Going up is going the wrong way: negative progress, not clamped.
    assert progress(PERCENT, D(30), D(10), D(35)) == D("-0.25")
    # Below the target: more than done.
    assert progress(PERCENT, D(30), D(10), D(5)) == D("1.25")
    assert target_reached(PERCENT, D(30), D(10), D(8)) is True
    assert target_reached(PERCENT, D(30), D(10), D(12)) is False


def test_missing_baseline_gives_no_progress() -> None:
    # Never taken as 0: the UI says "valeur de référence manquante".
    assert progress(NUMBER, None, D(125), D(50)) is None
    assert progress_state(progress(NUMBER, None, D(125), D(50)), D("0.5")) is (
        ProgressState.NO_DATA
    )
    assert target_reached(NUMBER, None, D(125), D(500)) is None


def test_other_cases_without_progress() -> None:
    assert progress(NUMBER, D(0), None, D(3)) is None
    assert progress(NUMBER, D(0), D(10), None) is None
    assert progress(NUMBER, D(5), D(5), D(7)) is None  # no distance to cover
    assert progress(IndicatorKind.YES_NO, D(0), D(1), D(1)) is None
    assert progress(IndicatorKind.TEXT, D(0), D(1), D(1)) is None


def test_yes_no_reached() -> None:
    assert target_reached(IndicatorKind.YES_NO, D(0), D(1), D(1)) is True
    assert target_reached(IndicatorKind.YES_NO, D(0), D(1), D(0)) is False
    assert target_reached(IndicatorKind.YES_NO, D(0), D(1), None) is None


def test_rounding_to_four_decimals() -> None:
    assert progress(NUMBER, D(0), D(3), D(1)) == D("0.3333")


def test_clamp_share() -> None:
    assert clamp_share(D("-0.2")) == 0
    assert clamp_share(D("1.3")) == 1
    assert clamp_share(D("0.42")) == D("0.42")


@pytest.mark.parametrize(
    ("share", "elapsed", "state"),
    [
        (D("0.50"), D("0.50"), ProgressState.ON_TRACK),
        (D("0.41"), D("0.50"), ProgressState.ON_TRACK),
        (D("0.39"), D("0.50"), ProgressState.LATE),
        (D("0.60"), D("0.50"), ProgressState.AHEAD),
        (D("1"), D("1"), ProgressState.ON_TRACK),
        (D("0.8"), D("1.4"), ProgressState.LATE),  # elapsed brought back to 1
        (D("0"), D("0"), ProgressState.ON_TRACK),
        (D("-0.25"), D("0.2"), ProgressState.LATE),
        (None, D("0.5"), ProgressState.NO_DATA),
    ],
)
def test_progress_state(share: Decimal | None, elapsed: Decimal, state: ProgressState) -> None:
    assert progress_state(share, elapsed) is state


def test_elapsed_share() -> None:
    start, end = date(2025, 1, 1), date(2025, 12, 31)
    assert elapsed_share(start, end, date(2024, 6, 1)) == 0
    assert elapsed_share(start, end, date(2025, 1, 1)) == D("0.0027")  # 1 day of 365
    assert elapsed_share(start, end, date(2025, 12, 31)) == 1
    assert elapsed_share(start, end, date(2026, 3, 1)) == 1
    with pytest.raises(ValueError):
        elapsed_share(end, start, end)


PERIODS = {date(2025, 3, 31): D(40), date(2025, 6, 30): D(35), date(2025, 12, 31): D(30)}


def test_cumulative_count_adds_the_periods_to_the_baseline() -> None:
    points = series(NUMBER, True, D(10), PERIODS)
    assert [p.to_date for p in points] == [D(50), D(85), D(115)]
    assert points[0] == PeriodPoint(date(2025, 3, 31), D(40), D(50))
    assert value_to_date(NUMBER, True, D(10), PERIODS) == D(115)
    assert value_to_date(NUMBER, True, D(10), PERIODS, on=date(2025, 7, 1)) == D(85)
    assert value_to_date(NUMBER, True, None, PERIODS) == D(105)  # sum shown without baseline


def test_level_indicators_take_the_latest_period() -> None:
    # Not cumulative, and a percentage even if flagged cumulative: never summed.
    assert value_to_date(NUMBER, False, D(10), PERIODS) == D(30)
    assert value_to_date(PERCENT, True, D(20), PERIODS) == D(30)
    assert value_to_date(PERCENT, True, D(20), PERIODS, on=date(2025, 4, 1)) == D(40)
    assert value_to_date(PERCENT, True, D(20), PERIODS, on=date(2025, 1, 1)) is None
    assert value_to_date(NUMBER, True, D(0), {}) is None


def test_period_total() -> None:
    F, M, U, T = Sex.FEMALE, Sex.MALE, Sex.UNKNOWN, Sex.TOTAL
    ALL, YOUNG = AgeGroup.ALL, AgeGroup.FROM_18_TO_35
    assert period_total([]) is None
    assert period_total([(F, ALL, D(21)), (M, ALL, D(4)), (U, ALL, D(1))]) == D(26)
    assert period_total([(T, ALL, D(30)), (F, ALL, D(21))]) == D(30)  # the stated total wins
    # age detail of a figure already given for all ages is not counted twice
    assert period_total([(F, ALL, D(21)), (F, YOUNG, D(12))]) == D(21)
    assert period_total([(F, YOUNG, D(12)), (F, AgeGroup.OVER_60, D(2))]) == D(14)


def test_indicator_state_of_yes_no_and_text() -> None:
    YES_NO = IndicatorKind.YES_NO
    assert indicator_state(YES_NO, D(0), D(1), D(1), D("0.5")) is ProgressState.AHEAD
    assert indicator_state(YES_NO, D(0), D(1), D(1), D("0.95")) is ProgressState.ON_TRACK
    assert indicator_state(YES_NO, D(0), D(1), D(0), D("0.95")) is ProgressState.ON_TRACK
    assert indicator_state(YES_NO, D(0), D(1), D(0), D(1)) is ProgressState.LATE
    assert indicator_state(YES_NO, D(0), D(1), None, D(1)) is ProgressState.NO_DATA
    assert indicator_state(IndicatorKind.TEXT, D(0), D(1), D(1), D(1)) is ProgressState.NO_DATA
    # numbers go through progress_state: taux d'abandon halfway down at mid-term
    assert indicator_state(PERCENT, D(30), D(10), D(20), D("0.5")) is ProgressState.ON_TRACK
    assert indicator_state(PERCENT, None, D(10), D(20), D("0.5")) is ProgressState.NO_DATA
