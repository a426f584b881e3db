"""Tests of desk.services.demo: the demo association is sound, complete as designed, realistic
(cash never negative, EUR grant with its rate) and deterministic."""

from __future__ import annotations

import sqlite3
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from desk.domain.errors import DomainError, ErrorCode
from desk.domain.money import Money, convert
from desk.services.checks import check_file
from desk.services.demo import DemoSummary, build_demo
from desk.services.demo.bulk import add_generated
from desk.services.demo.receipts import draw_receipt
from desk.store import open_file


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
    assert values == {"female": 105, "male": 18, "unknown": 2}  # 125 trained, 105 women
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
    assert headings == {
        "Ressources humaines",
        "Voyages",
        "Équipement et fournitures",
        "Autres coûts et services",
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
