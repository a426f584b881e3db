"""Indicator arithmetic: progress towards a target, its state against the time elapsed, and
how values recorded per period add up. Pure functions, no I/O.

Rules (kept here so that the editor, the tracking table and the exports agree):

- **Progress** = (current − baseline) / (target − baseline), as a share (0.5 = 50 %). The
  formula is right for a decreasing indicator too: "taux d'abandon" 30 % → 10 %, now 20 %,
  gives (20 − 30) / (10 − 30) = 0.5.
- Progress is **None** (the UI says why) when it cannot be computed: the baseline, the target
  or the current value is missing ("valeur de référence manquante" — a missing baseline is
  never taken as 0, even for counts of people: 0 is a measurement, not a default); the target
  equals the baseline (no distance to cover); the kind is yes/no or text (use
  `target_reached` for yes/no).
- Progress is **not clamped**: 1.2 means the target is exceeded by 20 % of the distance, a
  negative value means the indicator moved away from its target. `clamp_share` gives the
  0…1 value a progress bar needs. It is rounded to 4 decimals (0.01 %).
- **State**: progress compared with the share of the project period elapsed, with a tolerance
  of `TOLERANCE` (10 points): ahead when progress ≥ elapsed + 0.10, late when progress <
  elapsed − 0.10, on track otherwise; no data when progress is None. The time elapsed runs
  from the indicator's baseline date to its target date when both are known, else over the
  project period (`elapsed_share`). A yes/no indicator has its own rule (`indicator_state`).
- **Aggregation over periods** (`series`): a *cumulative* number (people trained, sessions
  held) records in each period what that period brought; its value to date is the baseline
  plus the sum of the periods so far (a missing baseline counts as nothing there: the sum is
  still shown, only progress needs the baseline). Any other indicator — not cumulative, or a
  percentage (a rate is a level, never summed), yes/no or text — records a level: its value to
  date is the latest period's value. Per-period targets follow the same rule (the targets of
  a cumulative indicator are the amounts planned for each period; the target to date is the
  baseline plus their sum).
- **Period figure** (`period_total`): when a period has a total stated for all sexes, that is
  the figure; otherwise it is the sum of the sex buckets (female, male, unknown). Rows with an
  age group are ignored when the same period has rows for all ages.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_EVEN, Decimal

from desk.domain.enums import AgeGroup, IndicatorKind, ProgressState, Sex

TOLERANCE = Decimal("0.10")
_QUANTUM = Decimal("0.0001")
_MEASURED = (IndicatorKind.NUMBER, IndicatorKind.PERCENTAGE)
_ONE_DAY = timedelta(days=1)


def progress(
    kind: IndicatorKind,
    baseline: Decimal | None,
    target: Decimal | None,
    current: Decimal | None,
) -> Decimal | None:
    """(current − baseline) / (target − baseline), or None when it cannot be computed (see the
    module docstring)."""
    if kind not in _MEASURED or baseline is None or target is None or current is None:
        return None
    distance = target - baseline
    if distance == 0:
        return None
    return ((current - baseline) / distance).quantize(_QUANTUM, rounding=ROUND_HALF_EVEN)


def target_reached(
    kind: IndicatorKind,
    baseline: Decimal | None,
    target: Decimal | None,
    current: Decimal | None,
) -> bool | None:
    """Whether the target is reached (or passed, in its direction); None when unknown. A yes/no
    indicator (1 = yes, 0 = no) is reached when its current value equals the target."""
    if kind is IndicatorKind.YES_NO:
        if target is None or current is None:
            return None
        return current == target
    share = progress(kind, baseline, target, current)
    return None if share is None else share >= 1


def clamp_share(share: Decimal) -> Decimal:
    """`share` brought into 0…1 (for a progress bar)."""
    return min(max(share, Decimal(0)), Decimal(1))


def elapsed_share(start: date, end: date, today: date) -> Decimal:
    """The share of the period start…end (both included) elapsed at the end of `today`, 0…1."""
    if end < start:
        raise ValueError("the period ends before it starts")
    total = (end - start).days + 1
    done = (min(max(today, start - _ONE_DAY), end) - start).days + 1
    return (Decimal(done) / Decimal(total)).quantize(_QUANTUM, rounding=ROUND_HALF_EVEN)


def progress_state(share: Decimal | None, elapsed: Decimal) -> ProgressState:
    """En avance / dans les temps / en retard / pas de données (see the module docstring);
    `elapsed` is brought into 0…1."""
    if share is None:
        return ProgressState.NO_DATA
    expected = clamp_share(elapsed)
    if share >= expected + TOLERANCE:
        return ProgressState.AHEAD
    if share < expected - TOLERANCE:
        return ProgressState.LATE
    return ProgressState.ON_TRACK


def indicator_state(
    kind: IndicatorKind,
    baseline: Decimal | None,
    target: Decimal | None,
    current: Decimal | None,
    elapsed: Decimal,
) -> ProgressState:
    """The state of any indicator. Number and percentage: `progress_state`. Yes/no: reached is
    ahead (on track in the last 10 % of the time), not reached is on track until the period is
    over, then late. Text: no data."""
    if kind is IndicatorKind.YES_NO:
        reached = target_reached(kind, baseline, target, current)
        if reached is None:
            return ProgressState.NO_DATA
        if reached:
            return progress_state(Decimal(1), elapsed)
        return ProgressState.LATE if elapsed >= 1 else ProgressState.ON_TRACK
    return progress_state(progress(kind, baseline, target, current), elapsed)


def is_summed(kind: IndicatorKind, cumulative: bool) -> bool:
    """True when the periods of this indicator add up (a cumulative number)."""
    return cumulative and kind is IndicatorKind.NUMBER


def period_total(rows: Iterable[tuple[Sex, AgeGroup, Decimal]]) -> Decimal | None:
    """The figure of one period from its rows by sex and age group (None without rows)."""
    rows = list(rows)
    if not rows:
        return None
    all_ages = any(age is AgeGroup.ALL for _, age, _ in rows)
    stated: Decimal | None = None
    buckets = Decimal(0)
    for sex, age, value in rows:
        if all_ages and age is not AgeGroup.ALL:
            continue
        if sex is Sex.TOTAL:
            stated = (stated or Decimal(0)) + value
        else:
            buckets += value
    return stated if stated is not None else buckets


@dataclass(frozen=True, slots=True)
class PeriodPoint:
    """One period of an indicator: the figure recorded for it and the value to date."""

    period_end: date
    recorded: Decimal
    to_date: Decimal


def series(
    kind: IndicatorKind,
    cumulative: bool,
    baseline: Decimal | None,
    per_period: Mapping[date, Decimal],
) -> list[PeriodPoint]:
    """The periods in date order with their value to date (see the module docstring)."""
    points: list[PeriodPoint] = []
    summed = is_summed(kind, cumulative)
    running = baseline if baseline is not None else Decimal(0)
    for period_end in sorted(per_period):
        recorded = per_period[period_end]
        if summed:
            running += recorded
            points.append(PeriodPoint(period_end, recorded, running))
        else:
            points.append(PeriodPoint(period_end, recorded, recorded))
    return points


def value_to_date(
    kind: IndicatorKind,
    cumulative: bool,
    baseline: Decimal | None,
    per_period: Mapping[date, Decimal],
    on: date | None = None,
) -> Decimal | None:
    """The current value: the value to date of the last period ending on or before `on` (all
    periods when `on` is None); None when nothing was recorded yet."""
    kept = {d: v for d, v in per_period.items() if on is None or d <= on}
    points = series(kind, cumulative, baseline, kept)
    return points[-1].to_date if points else None
