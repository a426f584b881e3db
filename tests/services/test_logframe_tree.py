"""The logframe tree service: codes follow positions, moves renumber, delete/restore."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desk.domain.enums import AuditAction
from desk.domain.errors import DomainError, ErrorCode
from desk.models import AuditEntry, LogframeNode
from desk.services.logframe import tree
from desk.store import AssoFile
from tests.services.logframe_helpers import codes, make_project, small_tree


def test_ensure_logframe_creates_root_once(new_asso: AssoFile) -> None:
    with new_asso.unit_of_work() as s:
        project_id = make_project(s)
        first = tree.ensure_logframe(s, project_id, "UE 2016")
        again = tree.ensure_logframe(s, project_id, "UE 2004")
        assert again.id == first.id
        assert [(n.depth, n.code) for n in first.nodes] == [(0, "IMP")]
        assert first.template.name == "UE 2016"


def test_unknown_template_refused(new_asso: AssoFile) -> None:
    with new_asso.unit_of_work() as s:
        project_id = make_project(s)
        with pytest.raises(DomainError) as caught:
            tree.ensure_logframe(s, project_id, "Banque mondiale")
    assert caught.value.code is ErrorCode.LOGFRAME_UNKNOWN_TEMPLATE


def test_codes_follow_positions(new_asso: AssoFile) -> None:
    ids = small_tree(new_asso)
    got = codes(new_asso, ids["logframe"])
    assert {k: got[ids[k]] for k in ("root", "os1", "r1", "r2", "a11", "a12", "a21")} == {
        "root": "OG",
        "os1": "OS1",
        "r1": "R1.1",
        "r2": "R1.2",
        "a11": "A1.1.1",
        "a12": "A1.1.2",
        "a21": "A1.2.1",
    }


def test_add_at_position_shifts_siblings(new_asso: AssoFile) -> None:
    ids = small_tree(new_asso)
    with new_asso.unit_of_work() as s:
        first = tree.add_node(s, ids["logframe"], ids["os1"], "Nouveau premier", position=0)
        new_id = first.id
    got = codes(new_asso, ids["logframe"])
    assert got[new_id] == "R1.1"
    assert got[ids["r1"]] == "R1.2"
    assert got[ids["a21"]] == "A1.3.1"


def test_move_result_renumbers_activities_and_undo(new_asso: AssoFile) -> None:
    ids = small_tree(new_asso)
    with new_asso.unit_of_work() as s:
        old = tree.move_node(s, ids["r2"], ids["os1"], 0)
    assert old == (ids["os1"], 1)
    got = codes(new_asso, ids["logframe"])
    assert (got[ids["r2"]], got[ids["a21"]]) == ("R1.1", "A1.1.1")
    assert (got[ids["r1"]], got[ids["a11"]], got[ids["a12"]]) == ("R1.2", "A1.2.1", "A1.2.2")
    with new_asso.unit_of_work() as s:
        tree.move_node(s, ids["r2"], *old)
    got = codes(new_asso, ids["logframe"])
    assert (got[ids["r1"]], got[ids["r2"]], got[ids["a21"]]) == ("R1.1", "R1.2", "A1.2.1")


def test_move_activity_to_other_result(new_asso: AssoFile) -> None:
    ids = small_tree(new_asso)
    with new_asso.unit_of_work() as s:
        tree.move_node(s, ids["a11"], ids["r2"], 5)
    got = codes(new_asso, ids["logframe"])
    assert (got[ids["a12"]], got[ids["a21"]], got[ids["a11"]]) == ("A1.1.1", "A1.2.1", "A1.2.2")


@pytest.mark.parametrize(
    ("node", "parent", "code"),
    [
        ("r1", "r2", ErrorCode.LOGFRAME_WRONG_LEVEL),
        ("os1", "a11", ErrorCode.LOGFRAME_MOVE_INTO_ITSELF),
        ("root", "os1", ErrorCode.LOGFRAME_ROOT_FIXED),
    ],
)
def test_bad_moves_refused(new_asso: AssoFile, node: str, parent: str, code: ErrorCode) -> None:
    ids = small_tree(new_asso)
    before = codes(new_asso, ids["logframe"])
    with pytest.raises(DomainError) as caught, new_asso.unit_of_work() as s:
        tree.move_node(s, ids[node], ids[parent], 0)
    assert caught.value.code is code
    assert codes(new_asso, ids["logframe"]) == before


def test_too_deep_and_second_root_refused(new_asso: AssoFile) -> None:
    ids = small_tree(new_asso)
    with pytest.raises(DomainError) as caught, new_asso.unit_of_work() as s:
        tree.add_node(s, ids["logframe"], ids["a11"], "Sous-activité")
    assert caught.value.code is ErrorCode.LOGFRAME_TOO_DEEP
    with pytest.raises(DomainError) as caught, new_asso.unit_of_work() as s:
        tree.add_node(s, ids["logframe"], None, "Autre objectif global")
    assert caught.value.code is ErrorCode.LOGFRAME_SECOND_ROOT


def test_update_node_returns_previous_and_audits(new_asso: AssoFile) -> None:
    ids = small_tree(new_asso)
    with new_asso.unit_of_work() as s:
        before = tree.update_node(s, ids["r1"], statement="Jeunes formés", assumptions="Paix")
    assert before == {"statement": "Résultat un", "assumptions": ""}
    with new_asso.reader() as s:
        node = s.get(LogframeNode, ids["r1"])
        assert node is not None and node.statement == "Jeunes formés"
        entry = s.scalars(
            select(AuditEntry)
            .where(AuditEntry.table_name == "logframe_node", AuditEntry.record_id == ids["r1"])
            .order_by(AuditEntry.id.desc())
        ).first()
        assert entry is not None and entry.action is AuditAction.UPDATE
        assert "Résultat un" in (entry.before or "")
    with pytest.raises(DomainError), new_asso.unit_of_work() as s:
        tree.update_node(s, ids["r1"], code="X9")


def test_delete_and_restore_subtree(new_asso: AssoFile) -> None:
    ids = small_tree(new_asso)
    with new_asso.unit_of_work() as s:
        snap = tree.delete_node(s, ids["r1"])
    got = codes(new_asso, ids["logframe"])
    assert ids["r1"] not in got and ids["a11"] not in got
    assert (got[ids["r2"]], got[ids["a21"]]) == ("R1.1", "A1.1.1")
    with new_asso.unit_of_work() as s:
        tree.restore_node(s, snap)
    got = codes(new_asso, ids["logframe"])
    assert (got[ids["r1"]], got[ids["a12"]], got[ids["r2"]]) == ("R1.1", "A1.1.2", "R1.2")


def test_root_cannot_be_deleted(new_asso: AssoFile) -> None:
    ids = small_tree(new_asso)
    with pytest.raises(DomainError) as caught, new_asso.unit_of_work() as s:
        tree.delete_node(s, ids["root"])
    assert caught.value.code is ErrorCode.LOGFRAME_ROOT_FIXED


def test_template_switch_changes_codes(new_asso: AssoFile) -> None:
    ids = small_tree(new_asso)
    with new_asso.unit_of_work() as s:
        assert tree.set_template(s, ids["logframe"], "UE 2016") == "UE 2004"
    got = codes(new_asso, ids["logframe"])
    assert (got[ids["root"]], got[ids["os1"]], got[ids["r2"]]) == ("IMP", "EF1", "P1.2")


def test_delete_cuts_calendar_links_and_restore_puts_them_back(new_asso: AssoFile) -> None:
    from datetime import date

    from desk.models import Activity

    ids = small_tree(new_asso)
    with new_asso.unit_of_work() as s:
        activity = Activity(
            project_id=ids["project"],
            logframe_node_id=ids["a12"],
            title="Mobiliser",
            planned_start=date(2025, 2, 1),
            planned_end=date(2025, 2, 28),
        )
        s.add(activity)
        s.flush()
        activity_id = activity.id
    with new_asso.unit_of_work() as s:
        snap = tree.delete_node(s, ids["r1"])
    with new_asso.reader() as s:
        assert s.get_one(Activity, activity_id).logframe_node_id is None
    with new_asso.unit_of_work() as s:
        tree.restore_node(s, snap)
    with new_asso.reader() as s:
        assert s.get_one(Activity, activity_id).logframe_node_id == ids["a12"]
        entries = s.scalars(
            select(AuditEntry.action).where(
                AuditEntry.table_name == "logframe_node", AuditEntry.record_id == ids["r1"]
            )
        ).all()
    assert entries[-2:] == [AuditAction.DELETE, AuditAction.CREATE]
