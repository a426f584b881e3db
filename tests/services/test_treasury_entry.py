"""Entry in plain words (desk.services.entry): each kind writes the right balanced splits,
closed years and reconciled transactions are refused, receipt numbers, payees, and the exact
restore that undo relies on."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import func, select

from desk.domain.entry import EntryKind, Part, remainder
from desk.domain.enums import AuditAction, TransactionKind, YearStatus
from desk.domain.errors import DomainError, ErrorCode
from desk.models import (
    Account,
    Attachment,
    AuditEntry,
    BankReconciliation,
    FinancialYear,
    Member,
    Split,
    Transaction,
    TreasuryAccount,
)
from desk.services.entry import (
    EntryInput,
    NewAttachment,
    create_entry,
    delete_entry,
    load_entry,
    payee_suggestions,
    reassign,
    restore_assignments,
    restore_entry,
    suggest_receipt_number,
    update_entry,
)
from desk.store import AssoFile

DAY = date(2025, 3, 8)
PNG = NewAttachment("ticket.png", "image/png", b"\x89PNG fake bytes")


def ids(asso: AssoFile) -> dict[str, int]:
    with asso.reader() as s:
        return dict(s.execute(select(TreasuryAccount.name, TreasuryAccount.id)).all())


def legs(asso: AssoFile, tx_id: int) -> list[tuple[str, int, int | None]]:
    with asso.reader() as s:
        rows = s.execute(
            select(Account.code, Split.amount_minor, Split.project_id)
            .join(Account, Account.id == Split.account_id)
            .where(Split.transaction_id == tx_id)
            .order_by(Split.id)
        ).all()
    return [tuple(r) for r in rows]  # type: ignore[misc]


def member(asso: AssoFile) -> int:
    with asso.unit_of_work() as s:
        m = Member(name="Fatou Diallo")
        s.add(m)
        s.flush()
        return m.id


def entry(asso: AssoFile, kind: EntryKind = EntryKind.EXPENSE, **extra: object) -> EntryInput:
    values: dict[str, object] = {
        "kind": kind,
        "date": DAY,
        "amount_minor": 123450,
        "label": "Transport atelier du 8 mars",
        "treasury_account_id": ids(asso)["Caisse"],
        "category_code": "6142",
        "payee": "Taxi Rabat",
    }
    values.update(extra)
    return EntryInput(**values)  # type: ignore[arg-type]


def test_expense_income_and_transfer_write_the_right_balanced_splits(new_asso: AssoFile) -> None:
    t = ids(new_asso)
    done = create_entry(new_asso, entry(new_asso))
    assert legs(new_asso, done.id) == [("6142", 123450, None), ("5161", -123450, None)]
    assert done.receipt_number == "2025-0001"
    income = create_entry(
        new_asso,
        entry(new_asso, EntryKind.INCOME, category_code="7181", treasury_account_id=t["Banque"]),
    )
    assert legs(new_asso, income.id) == [("5141", 123450, None), ("7181", -123450, None)]
    transfer = create_entry(
        new_asso,
        entry(
            new_asso,
            EntryKind.TRANSFER,
            category_code="",
            treasury_account_id=t["Banque"],
            to_treasury_account_id=t["Caisse"],
        ),
    )
    assert legs(new_asso, transfer.id) == [("5161", 123450, None), ("5141", -123450, None)]
    with new_asso.reader() as s:
        kinds = s.scalars(select(Transaction.kind).order_by(Transaction.id)).all()
    assert kinds == [TransactionKind.EXPENSE, TransactionKind.INCOME, TransactionKind.TRANSFER]


def test_advance_settlement_and_reimbursement_use_3481_and_4488(new_asso: AssoFile) -> None:
    fatou = member(new_asso)
    advance = create_entry(
        new_asso, entry(new_asso, EntryKind.MEMBER_ADVANCE, category_code="", member_id=fatou)
    )
    assert legs(new_asso, advance.id) == [("3481", 123450, None), ("5161", -123450, None)]
    settled = create_entry(
        new_asso,
        entry(
            new_asso,
            EntryKind.ADVANCE_SETTLEMENT,
            amount_minor=100000,
            returned_minor=23450,
            member_id=fatou,
            parts=(Part(60000, "6142"), Part(40000, "6143")),
        ),
    )
    assert legs(new_asso, settled.id) == [
        ("6142", 60000, None),
        ("6143", 40000, None),
        ("5161", 23450, None),
        ("3481", -123450, None),
    ]
    owed = create_entry(
        new_asso,
        entry(
            new_asso, EntryKind.MEMBER_REIMBURSEMENT, treasury_account_id=None, amount_minor=5000
        ),
    )
    assert legs(new_asso, owed.id) == [("6142", 5000, None), ("4488", -5000, None)]
    repaid = create_entry(
        new_asso,
        entry(new_asso, EntryKind.MEMBER_REIMBURSEMENT, category_code="", amount_minor=5000),
    )
    assert legs(new_asso, repaid.id) == [("4488", 5000, None), ("5161", -5000, None)]
    at_once = create_entry(new_asso, entry(new_asso, EntryKind.MEMBER_REIMBURSEMENT))
    assert legs(new_asso, at_once.id) == [
        ("6142", 123450, None),
        ("4488", -123450, None),
        ("4488", 123450, None),
        ("5161", -123450, None),
    ]
    with new_asso.reader() as s:
        advances = s.scalar(
            select(func.sum(Split.amount_minor)).join(Account).where(Account.code == "3481")
        )
    assert advances == 0, "the advance is fully settled"


def test_split_across_budget_lines_needs_no_remainder(new_asso: AssoFile) -> None:
    parts = (Part(100000, "6143", memo="salle"), Part(20000, "6142"))
    assert remainder(123450, parts) == 3450
    with pytest.raises(DomainError) as caught:
        create_entry(new_asso, entry(new_asso, parts=parts))
    assert caught.value.code is ErrorCode.ENTRY_SPLIT_REMAINDER
    assert caught.value.params["remainder"] == 3450
    done = create_entry(new_asso, entry(new_asso, parts=(*parts, Part(3450, "6145"))))
    assert [leg[:2] for leg in legs(new_asso, done.id)] == [
        ("6143", 100000),
        ("6142", 20000),
        ("6145", 3450),
        ("5161", -123450),
    ]


@pytest.mark.parametrize(
    ("change", "code", "field"),
    [
        ({"label": "  "}, ErrorCode.REQUIRED, "label"),
        ({"amount_minor": 0}, ErrorCode.MONEY_EMPTY, "amount"),
        ({"category_code": ""}, ErrorCode.REQUIRED, "category"),
        ({"treasury_account_id": None}, ErrorCode.REQUIRED, "treasury"),
        ({"date": date(2031, 1, 1)}, ErrorCode.TRANSACTION_DATE_OUTSIDE_YEAR, "date"),
    ],
)
def test_bad_input_names_the_field(
    new_asso: AssoFile, change: dict[str, object], code: ErrorCode, field: str
) -> None:
    with pytest.raises(DomainError) as caught:
        create_entry(new_asso, entry(new_asso, **change))
    assert (caught.value.code, caught.value.field) == (code, field)


def close_2025(asso: AssoFile) -> None:
    with asso.unit_of_work() as s:
        year = s.scalar(select(FinancialYear).where(FinancialYear.label == "2025"))
        assert year is not None
        year.status = YearStatus.CLOSED


def test_closed_year_refuses_every_write(new_asso: AssoFile) -> None:
    done = create_entry(new_asso, entry(new_asso))
    snap = delete_entry(new_asso, done.id)
    restore_entry(new_asso, snap)
    close_2025(new_asso)
    for write in (
        lambda: create_entry(new_asso, entry(new_asso)),
        lambda: update_entry(new_asso, done.id, entry(new_asso, amount_minor=1)),
        lambda: delete_entry(new_asso, done.id),
        lambda: restore_entry(new_asso, snap),
        lambda: reassign(new_asso, [done.id], None, None),
    ):
        with pytest.raises(DomainError) as caught:
            write()
        assert caught.value.code is ErrorCode.YEAR_CLOSED
    assert legs(new_asso, done.id) == [("6142", 123450, None), ("5161", -123450, None)]


def test_receipt_numbers_per_year_editable_and_unique(new_asso: AssoFile) -> None:
    assert suggest_receipt_number(new_asso, DAY) == "2025-0001"
    create_entry(new_asso, entry(new_asso))
    assert suggest_receipt_number(new_asso, DAY) == "2025-0002"
    typed = create_entry(new_asso, entry(new_asso, receipt_number="F-77"))
    assert typed.receipt_number == "F-77"
    with pytest.raises(DomainError) as caught:
        create_entry(new_asso, entry(new_asso, receipt_number="2025-0001"))
    assert (caught.value.code, caught.value.field) == (
        ErrorCode.RECEIPT_NUMBER_TAKEN,
        "receipt_number",
    )
    with pytest.raises(DomainError) as caught:
        update_entry(new_asso, typed.id, entry(new_asso, receipt_number="2025-0001"))
    assert caught.value.code is ErrorCode.RECEIPT_NUMBER_TAKEN
    update_entry(new_asso, typed.id, entry(new_asso, receipt_number="F-77", amount_minor=5))
    assert load_entry(new_asso, typed.id).entry.receipt_number == "F-77"


def test_payees_from_history_most_recent_first(new_asso: AssoFile) -> None:
    create_entry(new_asso, entry(new_asso, payee="Librairie Kalila", date=date(2025, 2, 1)))
    create_entry(new_asso, entry(new_asso, payee="Taxi Rabat", date=date(2025, 5, 1)))
    create_entry(new_asso, entry(new_asso, payee="Taxi Rabat", date=date(2025, 1, 1)))
    assert payee_suggestions(new_asso) == ("Taxi Rabat", "Librairie Kalila")
    assert payee_suggestions(new_asso, "lib") == ("Librairie Kalila",)


def test_update_is_audited_and_load_reads_back_the_form(new_asso: AssoFile) -> None:
    done = create_entry(new_asso, entry(new_asso, attachments=(PNG,)))
    before = update_entry(new_asso, done.id, entry(new_asso, amount_minor=50000, payee="Bus"))
    assert before.row["payee"] == "Taxi Rabat"
    assert legs(new_asso, done.id) == [("6142", 50000, None), ("5161", -50000, None)]
    loaded = load_entry(new_asso, done.id)
    assert loaded.entry.amount_minor == 50000
    assert loaded.entry.category_code == "6142"
    assert loaded.entry.receipt_number == "2025-0001"
    assert len(loaded.attachment_ids) == 1
    with new_asso.reader() as s:
        audit_row = s.scalars(
            select(AuditEntry).where(
                AuditEntry.table_name == "transaction", AuditEntry.action == AuditAction.UPDATE
            )
        ).one()
    assert json.loads(audit_row.before or "{}")["payee"] == "Taxi Rabat"
    assert json.loads(audit_row.after or "{}")["payee"] == "Bus"


def test_delete_then_restore_is_exact_with_attachments(new_asso: AssoFile) -> None:
    done = create_entry(new_asso, entry(new_asso, attachments=(PNG,)))
    with new_asso.reader() as s:
        split_ids = s.scalars(select(Split.id).where(Split.transaction_id == done.id)).all()
    snap = delete_entry(new_asso, done.id)
    with new_asso.reader() as s:
        assert s.get(Transaction, done.id) is None
        assert s.scalar(select(func.count(Attachment.id))) == 0
    assert restore_entry(new_asso, snap) is None
    with new_asso.reader() as s:
        tx = s.get_one(Transaction, done.id)
        assert tx.receipt_number == "2025-0001"
        assert [sp.id for sp in tx.splits] == list(split_ids)
        (attachment,) = tx.attachments
        assert attachment.data == PNG.data and attachment.original_name == "ticket.png"


def test_reconciled_transaction_needs_explicit_unreconcile(new_asso: AssoFile) -> None:
    done = create_entry(new_asso, entry(new_asso))
    with new_asso.unit_of_work() as s:
        rec = BankReconciliation(
            treasury_account_id=ids(new_asso)["Caisse"],
            statement_date=DAY,
            closing_balance_minor=0,
        )
        s.add(rec)
        s.flush()
        for split in s.scalars(select(Split).where(Split.transaction_id == done.id)):
            split.reconciliation_id = rec.id
    for write in (
        lambda: update_entry(new_asso, done.id, entry(new_asso, amount_minor=1)),
        lambda: delete_entry(new_asso, done.id),
    ):
        with pytest.raises(DomainError) as caught:
            write()
        assert caught.value.code is ErrorCode.TRANSACTION_RECONCILED
    update_entry(new_asso, done.id, entry(new_asso, amount_minor=1), unreconcile=True)
    with new_asso.reader() as s:
        assert (
            s.scalar(select(func.count(Split.id)).where(Split.reconciliation_id.is_not(None))) == 0
        )
        reasons = s.scalars(select(AuditEntry.reason).where(AuditEntry.table_name == "split"))
        assert "unreconciled to change the transaction" in list(reasons)


def test_bulk_reassign_and_its_undo(new_asso: AssoFile) -> None:
    from desk.models import Project

    with new_asso.unit_of_work() as s:
        p = Project(
            code="P1",
            title="Atelier",
            start_date=date(2025, 1, 1),
            end_date=date(2025, 12, 31),
            currency="MAD",
        )
        s.add(p)
        s.flush()
        project = p.id
    a = create_entry(new_asso, entry(new_asso))
    b = create_entry(new_asso, entry(new_asso))
    previous = reassign(new_asso, [a.id, b.id], project, None)
    assert len(previous) == 2
    assert legs(new_asso, a.id) == [("6142", 123450, project), ("5161", -123450, None)]
    restore_assignments(new_asso, previous)
    assert legs(new_asso, b.id) == [("6142", 123450, None), ("5161", -123450, None)]


def test_editing_a_donor_transfer_keeps_its_rate_and_funder(demo_copy) -> None:  # type: ignore[no-untyped-def]
    """The form knows nothing of a leg's original currency: correcting the label of the EUR
    transfer must not lose the rate the grant's budget vs actual uses."""
    import dataclasses
    import sqlite3
    from contextlib import closing

    from desk.services.entry import load_entry, update_entry
    from desk.store import open_file

    query = (
        "SELECT transaction_id, account_id, amount_minor, original_minor, original_currency,"
        " rate, funder_id FROM split WHERE original_currency IS NOT NULL OR funder_id IS NOT NULL"
        " ORDER BY transaction_id, id"
    )
    with closing(sqlite3.connect(demo_copy)) as db:
        before = db.execute(query).fetchall()
    transfer = next(row for row in before if row[4] == "EUR")
    tx_id = transfer[0]
    with open_file(demo_copy) as asso:
        loaded = load_entry(asso, tx_id)
        changed = dataclasses.replace(loaded.entry, label="Virement FEME — 1re tranche (corrigé)")
        update_entry(asso, tx_id, changed, unreconcile=True)  # the demo reconciled it
    with closing(sqlite3.connect(demo_copy)) as db:
        after = db.execute(query).fetchall()
        label = db.execute('SELECT label FROM "transaction" WHERE id = ?', (tx_id,)).fetchone()
    assert label == ("Virement FEME — 1re tranche (corrigé)",)
    assert [row[1:] for row in after if row[0] == tx_id] == [
        row[1:] for row in before if row[0] == tx_id
    ]
    assert transfer[3:6] == (650000, "EUR", "10.85")
