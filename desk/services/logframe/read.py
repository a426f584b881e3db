"""Read-only queries of the logframe editor: one indicator with everything the indicator editor
shows (targets by sex, age group and period; values with their source and comment), and the
indicator tracking table (every indicator × the reporting periods of the project).

Progress and state follow `desk.domain.indicators` through `desk.services.logframe_export`
(the same figures as the printed tracking table).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from desk.domain.enums import AgeGroup, IndicatorKind, ProgressState, Sex
from desk.domain.indicators import PeriodPoint, is_summed
from desk.models import Indicator, IndicatorTarget, IndicatorValue
from desk.services.logframe_export import load_logframe
from desk.store import AssoFile


@dataclass(frozen=True, slots=True)
class TargetRow:
    period_end: date | None  # None: the overall target
    label: str
    sex: Sex
    age_group: AgeGroup
    value: Decimal


@dataclass(frozen=True, slots=True)
class ValueRow:
    period_end: date
    sex: Sex
    age_group: AgeGroup
    value: Decimal
    source: str
    comment: str
    from_session: bool  # read from a session's attendance (not typed by hand)


@dataclass(frozen=True, slots=True)
class IndicatorDetail:
    id: int
    node_id: int
    code: str
    statement: str
    unit: str
    kind: IndicatorKind
    baseline_value: Decimal | None
    baseline_date: date | None
    target_value: Decimal | None
    target_date: date | None
    cumulative: bool
    means_of_verification: str
    frequency: str
    responsible: str
    disaggregate_by_sex: bool
    disaggregate_by_age: bool
    targets: tuple[TargetRow, ...]
    values: tuple[ValueRow, ...]

    def overall_target(self, sex: Sex, age: AgeGroup = AgeGroup.ALL) -> Decimal | None:
        if sex is Sex.TOTAL and age is AgeGroup.ALL:
            return self.target_value
        return next(
            (
                t.value
                for t in self.targets
                if t.period_end is None and t.sex is sex and t.age_group is age
            ),
            None,
        )


def indicator_detail(asso: AssoFile, indicator_id: int) -> IndicatorDetail | None:
    with asso.reader() as session:
        ind = session.get(Indicator, indicator_id)
        if ind is None:
            return None
        targets = session.scalars(
            select(IndicatorTarget)
            .where(IndicatorTarget.indicator_id == indicator_id)
            .order_by(IndicatorTarget.period_end, IndicatorTarget.id)
        )
        values = session.scalars(
            select(IndicatorValue)
            .where(IndicatorValue.indicator_id == indicator_id)
            .order_by(IndicatorValue.period_end, IndicatorValue.id)
        )
        return IndicatorDetail(
            id=ind.id,
            node_id=ind.node_id,
            code=ind.code,
            statement=ind.statement,
            unit=ind.unit,
            kind=ind.kind,
            baseline_value=ind.baseline_value,
            baseline_date=ind.baseline_date,
            target_value=ind.target_value,
            target_date=ind.target_date,
            cumulative=ind.cumulative,
            means_of_verification=ind.means_of_verification,
            frequency=ind.frequency,
            responsible=ind.responsible,
            disaggregate_by_sex=ind.disaggregate_by_sex,
            disaggregate_by_age=ind.disaggregate_by_age,
            targets=tuple(
                TargetRow(t.period_end, t.period_label, t.sex, t.age_group, t.value)
                for t in targets
            ),
            values=tuple(
                ValueRow(
                    v.period_end,
                    v.sex,
                    v.age_group,
                    v.value,
                    v.source,
                    v.comment,
                    v.session_id is not None,
                )
                for v in values
            ),
        )


# --- tracking table ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TrackingPeriod:
    start: date
    end: date


@dataclass(frozen=True, slots=True)
class TrackingCell:
    recorded: Decimal | None  # what the period brought (a count) or the level measured
    to_date: Decimal | None  # the value at the end of the period
    target_to_date: Decimal | None  # the per-period targets reached by then, if any


@dataclass(frozen=True, slots=True)
class TrackingRow:
    id: int
    node_id: int
    node_code: str
    code: str
    statement: str
    unit: str
    kind: IndicatorKind
    baseline: Decimal | None
    target: Decimal | None
    current: Decimal | None
    progress: Decimal | None
    state: ProgressState
    cells: tuple[TrackingCell, ...]  # one per period


@dataclass(frozen=True, slots=True)
class TrackingTable:
    periods: tuple[TrackingPeriod, ...]
    rows: tuple[TrackingRow, ...]
    elapsed_end: date  # `today`


def _add_months(day: date, months: int) -> date:
    total = day.year * 12 + day.month - 1 + months
    return date(total // 12, total % 12 + 1, 1)


def reporting_periods(start: date, end: date) -> list[TrackingPeriod]:
    """Calendar quarters covering start…end (semesters beyond two years, years beyond four)."""
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    step = 3 if months <= 24 else 6 if months <= 48 else 12
    first = date(start.year, (start.month - 1) // step * step + 1, 1)
    periods: list[TrackingPeriod] = []
    cursor = first
    while cursor <= end:
        following = _add_months(cursor, step)
        periods.append(TrackingPeriod(cursor, date.fromordinal(following.toordinal() - 1)))
        cursor = following
    return periods


def _cell(
    period: TrackingPeriod,
    points: tuple[PeriodPoint, ...],
    target_points: tuple[PeriodPoint, ...],
    summed: bool,
) -> TrackingCell:
    inside = [p for p in points if period.start <= p.period_end <= period.end]
    before = [p for p in points if p.period_end <= period.end]
    recorded: Decimal | None = None
    if inside:
        recorded = sum((p.recorded for p in inside), Decimal(0)) if summed else inside[-1].recorded
    targets = [p for p in target_points if p.period_end <= period.end]
    return TrackingCell(
        recorded=recorded,
        to_date=before[-1].to_date if before else None,
        target_to_date=targets[-1].to_date if targets else None,
    )


def tracking_table(asso: AssoFile, project_id: int, today: date | None = None) -> TrackingTable:
    """Every indicator of the project's logframe × its reporting periods."""
    data = load_logframe(asso, project_id, today)
    periods = reporting_periods(data.start, data.end)
    rows = tuple(
        TrackingRow(
            id=ind.id,
            node_id=node.id,
            node_code=node.code,
            code=ind.code,
            statement=ind.statement,
            unit=ind.unit,
            kind=ind.kind,
            baseline=ind.baseline,
            target=ind.target,
            current=ind.current,
            progress=ind.progress,
            state=ind.state,
            cells=tuple(
                _cell(p, ind.points, ind.target_points, is_summed(ind.kind, ind.cumulative))
                for p in periods
            ),
        )
        for node, ind in data.indicators()
    )
    return TrackingTable(periods=tuple(periods), rows=rows, elapsed_end=data.today)
