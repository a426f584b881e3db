"""Indicators: CRUD, codes following their node, targets by sex, values per period, undo."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from desk.domain.enums import IndicatorKind, Sex
from desk.domain.errors import DomainError, ErrorCode
from desk.models import Indicator, IndicatorTarget, IndicatorValue
from desk.services.logframe import indicators as ind_service
from desk.services.logframe import tree
from desk.services.logframe.indicators import ValueEntry
from desk.store import AssoFile
from tests.services.logframe_helpers import small_tree


def _codes(asso: AssoFile) -> dict[int, str]:
    with asso.reader() as s:
        return dict(s.execute(select(Indicator.id, Indicator.code)).all())


def test_indicator_codes_follow_their_node(new_asso: AssoFile) -> None:
    ids = small_tree(new_asso)
    with new_asso.unit_of_work() as s:
        first = ind_service.add_indicator(s, ids["r2"], "Nombre de femmes formées").id
        second = ind_service.add_indicator(s, ids["r2"], "Part des formées satisfaites", 0).id
    assert _codes(new_asso) == {first: "I-R1.2-2", second: "I-R1.2-1"}
    with new_asso.unit_of_work() as s:
        tree.move_node(s, ids["r2"], ids["os1"], 0)
    assert _codes(new_asso) == {first: "I-R1.1-2", second: "I-R1.1-1"}
    with new_asso.unit_of_work() as s:
        assert ind_service.move_indicator(s, first, ids["r1"], 0) == (ids["r2"], 1)
    assert _codes(new_asso) == {first: "I-R1.2-1", second: "I-R1.1-1"}


def test_kind_defaults_and_checks(new_asso: AssoFile) -> None:
    ids = small_tree(new_asso)
    with new_asso.unit_of_work() as s:
        rate = ind_service.add_indicator(
            s, ids["os1"], "Taux d'abandon", kind=IndicatorKind.PERCENTAGE, unit="%"
        )
        count = ind_service.add_indicator(s, ids["os1"], "Personnes formées")
        assert (rate.cumulative, count.cumulative) == (False, True)
        rate_id = rate.id
    with pytest.raises(DomainError) as caught, new_asso.unit_of_work() as s:
        ind_service.update_indicator(s, rate_id, target_value=Decimal(120))
    assert (caught.value.code, caught.value.field) == (
        ErrorCode.INDICATOR_PERCENTAGE_RANGE,
        "target_value",
    )
    with pytest.raises(DomainError) as caught, new_asso.unit_of_work() as s:
        ind_service.update_indicator(s, rate_id, statement="  ")
    assert caught.value.code is ErrorCode.INDICATOR_STATEMENT_REQUIRED
    with pytest.raises(DomainError) as caught, new_asso.unit_of_work() as s:
        ind_service.add_indicator(
            s, ids["os1"], "Oui/non", kind=IndicatorKind.YES_NO, target_value=Decimal(2)
        )
    assert caught.value.code is ErrorCode.INDICATOR_YES_NO_VALUE


def test_update_returns_previous_values(new_asso: AssoFile) -> None:
    ids = small_tree(new_asso)
    with new_asso.unit_of_work() as s:
        ind_id = ind_service.add_indicator(s, ids["r1"], "Personnes formées").id
        before = ind_service.update_indicator(
            s,
            ind_id,
            baseline_value=Decimal(0),
            baseline_date=date(2025, 1, 31),
            means_of_verification="Feuilles de présence",
        )
    assert before == {"baseline_value": None, "baseline_date": None, "means_of_verification": ""}
    with new_asso.unit_of_work() as s:
        ind_service.update_indicator(s, ind_id, **before)
    with new_asso.reader() as s:
        got = s.get_one(Indicator, ind_id)
        assert (got.baseline_value, got.means_of_verification) == (None, "")


def test_targets_by_sex_and_period(new_asso: AssoFile) -> None:
    ids = small_tree(new_asso)
    with new_asso.unit_of_work() as s:
        ind_id = ind_service.add_indicator(s, ids["r1"], "Personnes formées").id
        assert ind_service.set_target(s, ind_id, Decimal(125)) is None
        ind_service.set_target(s, ind_id, Decimal(105), sex=Sex.FEMALE)
        ind_service.set_target(s, ind_id, Decimal(20), sex=Sex.MALE)
        ind_service.set_target(
            s, ind_id, Decimal(60), period_end=date(2025, 6, 30), period_label="S1"
        )
        assert ind_service.set_target(s, ind_id, Decimal(110), sex=Sex.FEMALE) == Decimal(105)
    with new_asso.reader() as s:
        ind = s.get_one(Indicator, ind_id)
        assert ind.target_value == Decimal(125)
        rows = {
            (t.period_end, t.sex): t.value
            for t in s.scalars(
                select(IndicatorTarget).where(IndicatorTarget.indicator_id == ind_id)
            )
        }
    assert rows == {
        (None, Sex.FEMALE): Decimal(110),
        (None, Sex.MALE): Decimal(20),
        (date(2025, 6, 30), Sex.TOTAL): Decimal(60),
    }
    with new_asso.unit_of_work() as s:
        assert ind_service.set_target(s, ind_id, None, sex=Sex.MALE) == Decimal(20)


def test_values_per_period_with_source(new_asso: AssoFile) -> None:
    ids = small_tree(new_asso)
    june = date(2025, 6, 30)
    with new_asso.unit_of_work() as s:
        ind_id = ind_service.add_indicator(s, ids["r1"], "Personnes formées").id
        first = ValueEntry(Decimal(40), "Feuilles de présence", "Ateliers 1 et 2")
        assert ind_service.set_value(s, ind_id, june, first, sex=Sex.FEMALE) is None
        second = ValueEntry(Decimal(42), "Feuilles de présence", "corrigé")
        assert ind_service.set_value(s, ind_id, june, second, sex=Sex.FEMALE) == first
    with new_asso.reader() as s:
        rows = s.scalars(select(IndicatorValue).where(IndicatorValue.indicator_id == ind_id)).all()
        assert [(r.value, r.sex, r.comment) for r in rows] == [(Decimal(42), Sex.FEMALE, "corrigé")]
    with pytest.raises(DomainError) as caught, new_asso.unit_of_work() as s:
        ind_service.set_value(s, ind_id, None, first)
    assert caught.value.code is ErrorCode.INDICATOR_PERIOD_REQUIRED
    with new_asso.unit_of_work() as s:
        assert ind_service.set_value(s, ind_id, june, None, sex=Sex.FEMALE) == second
    with new_asso.reader() as s:
        assert s.scalars(select(IndicatorValue)).all() == []


def test_delete_and_restore_indicator(new_asso: AssoFile) -> None:
    ids = small_tree(new_asso)
    with new_asso.unit_of_work() as s:
        keep = ind_service.add_indicator(s, ids["r1"], "Premier").id
        gone = ind_service.add_indicator(s, ids["r1"], "Second").id
        ind_service.add_indicator(s, ids["r1"], "Troisième")
        ind_service.set_value(s, gone, date(2025, 3, 31), ValueEntry(Decimal(3)))
        ind_service.set_target(s, gone, Decimal(5), sex=Sex.FEMALE)
    with new_asso.unit_of_work() as s:
        snap = ind_service.delete_indicator(s, gone)
    assert sorted(_codes(new_asso).values()) == ["I-R1.1-1", "I-R1.1-2"]
    with new_asso.unit_of_work() as s:
        ind_service.restore_indicator(s, snap)
    codes = _codes(new_asso)
    assert (codes[keep], codes[gone]) == ("I-R1.1-1", "I-R1.1-2")
    with new_asso.reader() as s:
        restored = s.get_one(Indicator, gone)
        assert [v.value for v in restored.values] == [Decimal(3)]
        assert [(t.sex, t.value) for t in restored.targets] == [(Sex.FEMALE, Decimal(5))]


def test_deleting_a_node_takes_and_restores_its_indicators(new_asso: AssoFile) -> None:
    ids = small_tree(new_asso)
    with new_asso.unit_of_work() as s:
        ind_id = ind_service.add_indicator(s, ids["r1"], "Personnes formées").id
        ind_service.set_value(s, ind_id, date(2025, 3, 31), ValueEntry(Decimal(7), "Registre"))
    with new_asso.unit_of_work() as s:
        snap = tree.delete_node(s, ids["r1"])
    assert _codes(new_asso) == {}
    with new_asso.unit_of_work() as s:
        tree.restore_node(s, snap)
    assert _codes(new_asso) == {ind_id: "I-R1.1-1"}
    with new_asso.reader() as s:
        assert [v.source for v in s.get_one(Indicator, ind_id).values] == ["Registre"]


def test_tracking_table_by_quarter_on_the_demo(demo_file) -> None:  # type: ignore[no-untyped-def]
    from desk.services.logframe.read import tracking_table
    from desk.store import open_file

    with open_file(demo_file, read_only=True) as demo:
        from desk.services.browse.projects import list_projects

        jdf = next(p.id for p in list_projects(demo) if p.has_logframe)
        table = tracking_table(demo, jdf, today=date(2025, 12, 31))
    assert [p.end for p in table.periods][:2] == [date(2025, 3, 31), date(2025, 6, 30)]
    share = next(r for r in table.rows if r.code == "I-OS1-1")  # 20 % -> 70 %, a level
    assert [c.recorded for c in share.cells][:4] == [None, Decimal(62), None, Decimal(74)]
    assert [c.to_date for c in share.cells][:4] == [None, Decimal(62), Decimal(62), Decimal(74)]
    assert share.current == Decimal(74) and share.progress == Decimal("1.08")


def test_reporting_periods_lengths() -> None:
    from desk.services.logframe.read import reporting_periods

    quarters = reporting_periods(date(2025, 2, 15), date(2025, 12, 31))
    assert (quarters[0].start, quarters[0].end) == (date(2025, 1, 1), date(2025, 3, 31))
    assert len(quarters) == 4
    semesters = reporting_periods(date(2025, 1, 1), date(2027, 12, 31))
    assert len(semesters) == 6 and semesters[-1].start == date(2027, 7, 1)
    assert len(reporting_periods(date(2025, 1, 1), date(2029, 12, 31))) == 5
