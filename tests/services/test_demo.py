"""Tests of desk.services.demo: the demo association is sound, complete as designed, realistic
(cash never negative, EUR grant with its rate) and deterministic."""

from __future__ import annotations

import sqlite3
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from desk.cli import main
from desk.domain.enums import Sex
from desk.domain.errors import DomainError, ErrorCode
from desk.domain.logframe_rules import QualityProblem
from desk.domain.money import Money, convert
from desk.services.activities.activities import get_activity_data, update_activity
from desk.services.activities.indicators import project_reach
from desk.services.browse.budgets import operating_budgets, project_budget
from desk.services.browse.logframe import project_logframe
from desk.services.budgets.actual import budget_vs_actual
from desk.services.budgets.operating import operating_vs_actual
from desk.services.checks import check_file
from desk.services.demo import DemoSummary, build_demo
from desk.services.demo.bulk import add_generated
from desk.services.demo.receipts import draw_receipt
from desk.services.logframe.quality import project_issues
from desk.store import AssoFile, open_file


def rows(path: Path, sql: str, *params: object) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def one(path: Path, sql: str, *params: object) -> Any:
    return rows(path, sql, *params)[0][0]


def balance(path: Path, code: str) -> Any:
    return one(
        path,
        "SELECT sum(amount_minor) FROM split JOIN account a ON a.id = account_id WHERE a.code = ?",
        code,
    )


def test_the_demo_is_sound(demo_file: Path) -> None:
    report = check_file(demo_file)
    assert report.sound
    assert report.integrity == ("ok",)
    assert report.unbalanced_count == 0
    assert report.up_to_date


def test_summary_counts_match_the_file(demo_file: Path, demo_summary: DemoSummary) -> None:
    assert demo_summary.transactions == one(demo_file, "SELECT count(*) FROM [transaction]")
    assert demo_summary.attachments == one(demo_file, "SELECT count(*) FROM attachment")
    assert demo_summary.generated == 0
    assert demo_summary.organisation == one(demo_file, "SELECT name FROM organisation")
    cash, bank = balance(demo_file, "5161"), balance(demo_file, "5141")
    assert (demo_summary.cash_minor, demo_summary.bank_minor) == (cash, bank)
    assert demo_summary.transactions > 150  # about 18 months of books


def test_logframe_has_the_designed_shape(demo_file: Path) -> None:
    by_depth = dict(rows(demo_file, "SELECT depth, count(*) FROM logframe_node GROUP BY depth"))
    assert by_depth == {0: 1, 1: 1, 2: 3, 3: 8}
    codes = [r[0] for r in rows(demo_file, "SELECT code FROM logframe_node ORDER BY id")]
    assert codes[:3] == ["OG", "OS1", "R1.1"]
    assert {"R1.2", "R1.3", "A1.1.3", "A1.2.3", "A1.3.2"} <= set(codes)
    template = one(
        demo_file,
        "SELECT t.name FROM logframe l JOIN logframe_template t ON t.id = l.template_id",
    )
    assert template == "UE 2004"
    indicator_codes = {r[0] for r in rows(demo_file, "SELECT code FROM indicator")}
    assert {"I-OS1-1", "I-OS1-2", "I-R1.1-1", "I-R1.2-1", "I-R1.3-1"} <= indicator_codes
    assumptions = one(demo_file, "SELECT count(*) FROM logframe_node WHERE assumptions <> ''")
    assert assumptions >= 4


def test_eight_activities_mirror_the_logframe(demo_file: Path) -> None:
    linked = rows(
        demo_file,
        "SELECT n.code, n.depth, a.status, a.responsible FROM activity a "
        "JOIN logframe_node n ON n.id = a.logframe_node_id ORDER BY n.code",
    )
    assert len(linked) == 8
    assert all(code.startswith("A") and depth == 3 for code, depth, _, _ in linked)
    assert all(responsible for *_, responsible in linked)
    # Every JDF activity consumes at least one budget line.
    lines = rows(
        demo_file,
        "SELECT a.id, count(l.budget_line_id) FROM activity a "
        "LEFT JOIN activity_budget_line l ON l.activity_id = a.id "
        "WHERE a.logframe_node_id IS NOT NULL GROUP BY a.id",
    )
    assert all(count >= 1 for _, count in lines)


def test_attendance_feeds_the_training_indicator(demo_file: Path) -> None:
    attendance = dict(rows(demo_file, "SELECT sex, sum(count) FROM attendance GROUP BY sex"))
    assert attendance["female"] > attendance["male"] > 0
    ages = {r[0] for r in rows(demo_file, "SELECT DISTINCT age_group FROM attendance")}
    assert {"18_35", "36_59", "unknown"} <= ages
    values = dict(
        rows(
            demo_file,
            "SELECT v.sex, sum(CAST(v.value AS INTEGER)) FROM indicator_value v "
            "JOIN indicator i ON i.id = v.indicator_id WHERE i.code = 'I-R1.1-1' GROUP BY v.sex",
        )
    )
    # 125 attendances at the four workshops; two listed women (M.D., E.O.) came twice and
    # count once: 123 people trained, 103 women (targets 125 and 105), recorded quarter by
    # quarter (a cumulative indicator: what each quarter brought, they add up).
    assert values == {"total": 123, "female": 103, "male": 18, "unknown": 2}
    quarters = rows(
        demo_file,
        "SELECT v.period_end, CAST(v.value AS INTEGER), v.source FROM indicator_value v "
        "JOIN indicator i ON i.id = v.indicator_id WHERE i.code = 'I-R1.1-1' "
        "AND v.sex = 'total' ORDER BY v.period_end",
    )
    assert quarters == [
        ("2025-02-22", 32, "Feuilles de présence : 1 séance"),  # workshop 1 (Q1)
        ("2025-06-21", 91, "Feuilles de présence : 3 séances"),  # workshops 2-4 (Q2)
    ]
    targets = dict(
        rows(
            demo_file,
            "SELECT t.sex, t.value FROM indicator_target t "
            "JOIN indicator i ON i.id = t.indicator_id WHERE i.code = 'I-R1.1-1'",
        )
    )
    assert (targets["total"], targets["female"]) == ("125", "105")
    assert one(demo_file, "SELECT count(*) FROM session_participant") > 0


def test_some_receipts_are_missing_and_bank_fees_need_none(
    demo_file: Path, demo_summary: DemoSummary
) -> None:
    assert demo_summary.receipts_missing == 6
    fees = rows(
        demo_file,
        "SELECT receipt_not_required, receipt_number FROM [transaction] "
        "WHERE label LIKE 'Frais de tenue%'",
    )
    assert fees and all(flag == 1 and number is None for flag, number in fees)
    png = one(demo_file, "SELECT data FROM attachment LIMIT 1")
    assert isinstance(png, bytes) and png.startswith(b"\x89PNG\r\n\x1a\n")
    sizes = [r[0] for r in rows(demo_file, "SELECT size FROM attachment")]
    assert 800 <= sum(sizes) / len(sizes) <= 3000


def test_receipt_numbers_follow_each_year(demo_file: Path) -> None:
    numbers = rows(
        demo_file,
        "SELECT y.label, t.receipt_number FROM [transaction] t "
        "JOIN financial_year y ON y.id = t.financial_year_id "
        "WHERE t.receipt_number IS NOT NULL ORDER BY t.date, t.id",
    )
    for label in ("2025", "2026"):
        mine = [n for year, n in numbers if year == label]
        assert mine == [f"{label}-{i:04d}" for i in range(1, len(mine) + 1)]


def test_eur_instalment_carries_original_amount_and_rate(demo_file: Path) -> None:
    (received, amount, currency), *_ = rows(
        demo_file,
        "SELECT i.received_transaction_id, i.amount_minor, p.currency FROM instalment i "
        "JOIN project p ON p.id = i.project_id WHERE p.code = 'JDF-2025' ORDER BY i.number",
    )
    assert received is not None and currency == "EUR"
    bank = rows(
        demo_file,
        "SELECT s.amount_minor, s.original_minor, s.original_currency, s.rate FROM split s "
        "JOIN account a ON a.id = s.account_id WHERE s.transaction_id = ? AND a.code = '5141'",
        received,
    )
    assert len(bank) == 1
    mad, original, original_currency, rate = bank[0]
    assert (original, original_currency, rate) == (amount, "EUR", "10.85")
    assert mad == convert(Money(original, "EUR"), Decimal(rate), "MAD").minor
    pending = one(
        demo_file, "SELECT count(*) FROM instalment WHERE received_transaction_id IS NULL"
    )
    assert pending == 2  # the JDF balance and the second INDH tranche


def test_budgets(demo_file: Path) -> None:
    budget, template, currency = rows(
        demo_file,
        "SELECT id, template, currency FROM budget "
        "WHERE project_id = (SELECT id FROM project WHERE code = 'JDF-2025')",
    )[0]
    assert (template, currency) == ("eu", "EUR")
    lines = "SELECT label, unit, level FROM budget_line WHERE budget_id = ?"
    headings = {
        r[0] for r in rows(demo_file, lines + " AND kind = 'heading' AND level = 1", budget)
    }
    assert headings == {  # the full EU layout: 4 and 6 are empty
        "Ressources humaines",
        "Voyages",
        "Équipement et fournitures",
        "Bureau local",
        "Autres coûts et services",
        "Autres",
    }
    per_diems = rows(demo_file, lines + " AND code = '1.3.3'", budget)
    assert per_diems == [("Per diems des participants", "par jour", 3)]
    shares = {r[0] for r in rows(demo_file, "SELECT share_bp FROM budget_line_funding")}
    assert {8500, 1500} <= shares
    operating = rows(
        demo_file,
        "SELECT y.label, count(l.account_id) FROM budget b "
        "JOIN financial_year y ON y.id = b.financial_year_id "
        "JOIN budget_line l ON l.budget_id = b.id "
        "WHERE b.template = 'operating' GROUP BY y.label",
    )
    assert [label for label, _ in operating] == ["2025", "2026"]
    assert all(count > 5 for _, count in operating)


def test_cash_and_bank_never_go_negative(demo_file: Path) -> None:
    for code in ("5161", "5141"):
        daily = rows(
            demo_file,
            "SELECT t.date, sum(s.amount_minor) FROM split s "
            "JOIN [transaction] t ON t.id = s.transaction_id "
            "JOIN account a ON a.id = s.account_id "
            "WHERE a.code = ? GROUP BY t.date ORDER BY t.date",
            code,
        )
        running = 0
        for _, amount in daily:
            running += amount
            assert running >= 0


def test_advance_and_settlement_clear_the_member_account(demo_file: Path) -> None:
    assert balance(demo_file, "3481") == 0
    kinds = {r[0] for r in rows(demo_file, "SELECT kind FROM [transaction]")}
    assert {"opening", "transfer", "advance", "advance_settlement", "reimbursement"} <= kinds


def test_review_comments_and_audit(demo_file: Path) -> None:
    comments = rows(demo_file, "SELECT author, status, parent_id FROM review_comment")
    assert len(comments) == 5
    assert any(parent is not None for *_, parent in comments)
    assert {"open", "resolved"} == {status for _, status, _ in comments}
    audited = {r[0] for r in rows(demo_file, "SELECT DISTINCT table_name FROM audit_entry")}
    assert {
        "transaction", "project", "budget", "budget_line", "logframe_node", "indicator",
        "activity", "session", "attendance", "review_comment", "member", "organisation",
    } <= audited  # fmt: skip
    per_tx = one(demo_file, "SELECT count(*) FROM audit_entry WHERE table_name = 'transaction'")
    assert per_tx == one(demo_file, "SELECT count(*) FROM [transaction]")


def test_an_earlier_today_cuts_the_story_and_builds_are_deterministic(tmp_path: Path) -> None:
    day = date(2025, 3, 31)
    first = build_demo(tmp_path / "a.assodesk", seed=7, today=day)
    second = build_demo(tmp_path / "b.assodesk", seed=7, today=day)
    dump = (
        "SELECT t.date, t.kind, t.label, t.receipt_number, t.created_at, "
        "group_concat(s.amount_minor), (SELECT sha256 FROM attachment WHERE transaction_id = t.id) "
        "FROM [transaction] t JOIN split s ON s.transaction_id = t.id GROUP BY t.id ORDER BY t.id"
    )
    assert rows(first.path, dump) == rows(second.path, dump)
    audit = "SELECT at, user, table_name, record_id, after FROM audit_entry ORDER BY id"
    assert rows(first.path, audit) == rows(second.path, audit)
    values = (
        "SELECT indicator_id, period_end, sex, value, session_id, recorded_at "
        "FROM indicator_value ORDER BY id"
    )
    assert rows(first.path, values) == rows(second.path, values)
    trained = rows(
        first.path,
        "SELECT v.period_end, CAST(v.value AS INTEGER) FROM indicator_value v "
        "JOIN indicator i ON i.id = v.indicator_id WHERE i.code = 'I-R1.1-1' AND v.sex = 'total'",
    )
    assert trained == [("2025-02-22", 32)]  # workshop 1 only, so far
    assert one(first.path, "SELECT max(date) FROM [transaction]") <= "2025-03-31"
    assert first.sessions == 3  # mobilisation, workshop 1, 8 March
    received = "SELECT count(*) FROM instalment WHERE received_transaction_id IS NOT NULL"
    assert one(first.path, received) == 1
    statuses = dict(rows(first.path, "SELECT title, status FROM activity"))
    assert statuses["Journée du 8 mars : table ronde, témoignages, exposition, ftour"] == "done"
    assert statuses["Remise des kits de démarrage"] == "planned"


def test_a_date_before_the_story_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DomainError) as caught:
        build_demo(tmp_path / "x.assodesk", today=date(2024, 12, 31))
    assert caught.value.field == "today"
    assert not (tmp_path / "x.assodesk").exists()


def test_existing_file_is_never_overwritten(demo_file: Path) -> None:
    before = demo_file.read_bytes()
    with pytest.raises(DomainError) as caught:
        build_demo(demo_file)
    assert caught.value.code is ErrorCode.FILE_EXISTS
    assert demo_file.read_bytes() == before


def test_generated_transactions_balance(demo_copy: Path) -> None:
    before = one(demo_copy, "SELECT count(*) FROM [transaction]")
    asso = open_file(demo_copy, auto_backup=False)
    try:
        with asso.unit_of_work() as session:
            added = add_generated(
                session, 2000, seed=1, start=date(2025, 1, 1), end=date(2026, 6, 30),
                day=date(2026, 6, 30),
            )  # fmt: skip
    finally:
        asso.close()
    assert added == 2000
    report = check_file(demo_copy)
    assert report.sound
    assert report.count("transactions") == before + 2000
    duplicates = one(
        demo_copy,
        "SELECT count(*) FROM (SELECT 1 FROM [transaction] WHERE receipt_number IS NOT NULL "
        "GROUP BY financial_year_id, receipt_number HAVING count(*) > 1)",
    )
    assert duplicates == 0


def test_receipt_images_are_deterministic_png() -> None:
    a, b = draw_receipt("2025-0001"), draw_receipt("2025-0001")
    assert a == b and a.data[:8] == b"\x89PNG\r\n\x1a\n"
    assert draw_receipt("2025-0002").sha256 != a.sha256
    assert 800 <= a.size <= 3000
    assert draw_receipt("x", "small").size < 400


# --- cross-area consistency: what a coach opening the demo would check -----------------------


@pytest.fixture
def demo_asso(demo_file: Path) -> Any:
    asso = open_file(demo_file, read_only=True)
    yield asso
    asso.close()


def project_id(path: Path, code: str) -> int:
    return int(one(path, "SELECT id FROM project WHERE code = ?", code))


def quarter_of(day: str) -> tuple[int, int]:
    """Year and quarter (0-3) of an ISO date as SQLite returns it."""
    return int(day[:4]), (int(day[5:7]) - 1) // 3


def reached(path: Path, session_ids: list[int], sex: str) -> int:
    """People of `sex` reached by the sessions, counted from the raw tables: the head counts,
    less the listed people's attendances, plus each listed person once (valid because no
    session lists more people in a bucket than it counted: asserted by the caller)."""
    marks = ",".join("?" * len(session_ids))
    heads = one(
        path,
        f"SELECT coalesce(sum(count), 0) FROM attendance WHERE sex = ? AND session_id IN ({marks})",
        sex, *session_ids,
    )  # fmt: skip
    listed, unique = rows(
        path,
        "SELECT count(*), count(DISTINCT sp.participant_id) FROM session_participant sp "
        "JOIN participant p ON p.id = sp.participant_id "
        f"WHERE p.sex = ? AND sp.session_id IN ({marks})",
        sex, *session_ids,
    )[0]  # fmt: skip
    return int(heads) - int(listed) + int(unique)


def test_no_session_lists_more_people_than_it_counted(demo_file: Path) -> None:
    over = rows(
        demo_file,
        "SELECT l.session_id, l.sex, l.age_group FROM (SELECT sp.session_id, p.sex, "
        "p.age_group, count(*) AS n FROM session_participant sp "
        "JOIN participant p ON p.id = sp.participant_id GROUP BY 1, 2, 3) l "
        "LEFT JOIN attendance a ON a.session_id = l.session_id AND a.sex = l.sex "
        "AND a.age_group = l.age_group WHERE coalesce(a.count, 0) < l.n",
    )
    assert over == []


def test_attendance_indicators_are_computed_from_their_linked_sessions(
    demo_file: Path, demo_asso: AssoFile
) -> None:
    links = rows(
        demo_file,
        "SELECT i.code, a.title, l.measure FROM indicator_activity l "
        "JOIN indicator i ON i.id = l.indicator_id JOIN activity a ON a.id = l.activity_id "
        "ORDER BY i.code",
    )
    assert links == [
        ("I-R1.1-1", "Quatre ateliers sur les droits et l'accès aux services", "participants"),
        ("I-R1.2-1", "Journée du 8 mars : table ronde, témoignages, exposition, ftour",
         "participants"),
    ]  # fmt: skip
    expected = {"I-R1.1-1": (123, 103), "I-R1.2-1": (168, 128)}  # (people, women)
    for code, (people, women) in expected.items():
        sessions = rows(
            demo_file,
            "SELECT s.id, s.date FROM session s "
            "JOIN indicator_activity l ON l.activity_id = s.activity_id "
            "JOIN indicator i ON i.id = l.indicator_id WHERE i.code = ? ORDER BY s.date, s.id",
            code,
        )
        # One value per quarter with sessions, dated by its last session and stamped with its
        # day: the people reached up to the end of the quarter less those reached before it.
        expected_rows = []
        before = {"female": 0, "male": 0, "unknown": 0}
        for quarter in sorted({quarter_of(day) for _, day in sessions}):
            held = [(sid, day) for sid, day in sessions if quarter_of(day) <= quarter]
            last_id, last_day = held[-1]
            ids = [sid for sid, _ in held]
            counted = {sex: reached(demo_file, ids, sex) for sex in before}
            added = {sex: counted[sex] - before[sex] for sex in before}
            expected_rows += [
                (last_day, sex, n, last_id, f"{last_day} 00:00:00.000000")
                for sex, n in {"total": sum(added.values()), **added}.items()
            ]
            before = counted
        values = rows(
            demo_file,
            "SELECT v.period_end, v.sex, CAST(v.value AS INTEGER), v.session_id, v.recorded_at "
            "FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id WHERE i.code = ? "
            "ORDER BY v.id",
            code,
        )
        assert values == expected_rows
        assert (sum(before.values()), before["female"]) == (people, women)
    # The logframe's tracking table reads the same figures.
    jdf = project_id(demo_file, "JDF-2025")
    view = project_logframe(demo_asso, jdf, today=date(2026, 6, 30))
    tracked = {i.code: i for n in view.nodes for i in n.indicators}
    assert tracked["I-R1.1-1"].current == 123
    assert tracked["I-R1.1-1"].latest_date == date(2025, 6, 21)
    assert tracked["I-R1.1-1"].latest is not None  # what the last quarter brought
    assert tracked["I-R1.1-1"].latest.of(Sex.FEMALE) == 76
    # The calendar's "people reached" of the project counts every session the same way.
    all_sessions = [
        r[0]
        for r in rows(
            demo_file,
            "SELECT s.id FROM session s JOIN activity a ON a.id = s.activity_id "
            "WHERE a.project_id = ?",
            jdf,
        )
    ]
    reach = project_reach(demo_asso, jdf)
    assert (reach.people.women, reach.people.men) == (
        reached(demo_file, all_sessions, "female"),
        reached(demo_file, all_sessions, "male"),
    )


def test_values_typed_by_hand_are_kept(demo_file: Path) -> None:
    typed = rows(
        demo_file,
        "SELECT i.code, v.period_end, CAST(v.value AS INTEGER) FROM indicator_value v "
        "JOIN indicator i ON i.id = v.indicator_id WHERE v.session_id IS NULL "
        "ORDER BY i.code, v.period_end",
    )
    assert [code for code, *_ in typed] == [
        "I-OG-1", "I-OS1-1", "I-OS1-1", "I-OS1-2", "I-R1.2-2", "I-R1.3-1",
    ]  # fmt: skip
    assert ("I-OS1-1", "2025-12-13", 74) in typed  # the survey of the final evaluation


def test_every_activity_lies_within_its_project(demo_file: Path, demo_copy: Path) -> None:
    outside = rows(
        demo_file,
        "SELECT a.title FROM activity a JOIN project p ON p.id = a.project_id WHERE "
        "a.planned_start < p.start_date OR a.planned_end > p.end_date "
        "OR a.actual_start < p.start_date OR a.actual_end > p.end_date",
    )
    assert outside == []
    evaluation = rows(
        demo_file,
        "SELECT a.planned_end, a.actual_end, a.status FROM activity a "
        "JOIN logframe_node n ON n.id = a.logframe_node_id WHERE n.code = 'A1.3.2'",
    )
    assert evaluation == [("2025-12-31", "2025-12-31", "done")]
    # The final report comes after the end of the project, as a deadline (met).
    report = rows(
        demo_file,
        "SELECT d.date, d.kind, d.done FROM deadline d JOIN project p ON p.id = d.project_id "
        "WHERE p.code = 'JDF-2025' AND d.title LIKE 'Rapport final%'",
    )
    assert report == [("2026-02-28", "report", 1)]
    # Saving any activity unchanged is accepted (the period check used to refuse A1.3.2).
    asso = open_file(demo_copy, auto_backup=False)
    try:
        for (activity,) in rows(demo_copy, "SELECT id FROM activity"):
            update_activity(asso, activity, get_activity_data(asso, activity))
    finally:
        asso.close()


def test_expenses_tagged_to_an_activity_fall_within_it(
    demo_file: Path, demo_asso: AssoFile
) -> None:
    outside = rows(
        demo_file,
        "SELECT t.date, t.label FROM split s JOIN [transaction] t ON t.id = s.transaction_id "
        "JOIN activity a ON a.id = s.activity_id WHERE s.amount_minor > 0 AND ("
        "t.date < min(coalesce(a.actual_start, a.planned_start), a.planned_start) OR "
        "t.date > max(coalesce(a.actual_end, a.planned_end), a.planned_end))",
    )
    assert outside == []
    for code in ("JDF-2025", "AGR-INDH-2026"):
        view = project_budget(demo_asso, project_id(demo_file, code))
        assert view is not None
        actual = budget_vs_actual(demo_asso, view.id, today=date(2026, 6, 30))
        assert actual.outside_period == ()  # no expense outside the grant period


def test_activity_costs_come_from_linked_budget_lines(demo_file: Path, demo_asso: AssoFile) -> None:
    without_lines = rows(
        demo_file,
        "SELECT title FROM activity WHERE id NOT IN (SELECT activity_id FROM activity_budget_line)",
    )
    assert without_lines == []
    unlinked = rows(
        demo_file,
        "SELECT l.code FROM budget_line l JOIN budget b ON b.id = l.budget_id "
        "WHERE b.project_id IS NOT NULL AND l.kind = 'amount' AND l.parent_id IS NOT NULL "
        "AND l.id NOT IN (SELECT budget_line_id FROM activity_budget_line)",
    )
    assert unlinked == []
    for code in ("JDF-2025", "AGR-INDH-2026"):
        view = project_budget(demo_asso, project_id(demo_file, code))
        assert view is not None and view.findings == ()


def test_the_eu_budget_computes_its_footer(demo_file: Path, demo_asso: AssoFile) -> None:
    view = project_budget(demo_asso, project_id(demo_file, "JDF-2025"))
    assert view is not None
    top = {ln.code: ln for ln in view.lines if ln.parent_id is None}
    total = {code: ln.total_minor for code, ln in top.items()}
    assert list(top) == [str(n) for n in range(1, 14)]
    assert total["7"] == sum(total[c] for c in "123456") == 973_000  # 9 730,00 EUR direct
    assert (top["8"].percent_bp, total["8"]) == (700, 68_110)  # indirect costs: 7 %
    assert total["8"] * 10_000 <= total["7"] * 700
    assert total["9"] == total["7"] + total["8"]
    assert (top["10"].percent_bp, total["10"]) == (0, 0)  # no contingency reserve
    assert total["11"] == total["9"] + total["10"] == total["13"] == view.total_minor
    donor = dict((f.acronym, amount) for f, amount in view.funder_totals)["FEME"]
    instalments = one(
        demo_file,
        "SELECT sum(amount_minor) FROM instalment WHERE project_id = ?",
        project_id(demo_file, "JDF-2025"),
    )
    assert instalments == donor == 880_864  # 6 500,00 EUR received + 2 308,64 EUR balance


def test_logframe_quality_shows_only_the_deliberate_findings(
    demo_file: Path, demo_asso: AssoFile
) -> None:
    found = [
        (issue.problem, issue.code)
        for issue in project_issues(demo_asso, project_id(demo_file, "JDF-2025"))
    ]
    assert found == [
        (QualityProblem.NO_BASELINE, "I-OS1-2"),  # no register of orientations before
        (QualityProblem.TARGET_NOT_BY_SEX, "I-R1.2-1"),  # 8 March: a single total target
    ]
    assert project_issues(demo_asso, project_id(demo_file, "AGR-INDH-2026")) == []


def test_the_check_command_passes_on_the_demo(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(demo_file), "--lang", "en"]) == 0
    assert capsys.readouterr().out


def test_operating_2025_running_costs_follow_the_plan(demo_asso: AssoFile) -> None:
    budget = next(b for b in operating_budgets(demo_asso) if b.year_label == "2025")
    lines = {
        line.line.code: (line.line.total_minor, line.actual_minor)
        for line in operating_vs_actual(demo_asso, budget.id).lines
    }
    assert lines["C.1"] == (1_200_00, 1_200_00)  # the office's internet, every month
    assert lines["C.2"] == (300_00, 290_40)  # bank fees, 12 × 24,20
    assert lines["C.6"] == (500_00, 500_00)  # the network's yearly fee
    planned, actual = lines["C"]
    assert planned * 6 // 10 <= actual <= planned
