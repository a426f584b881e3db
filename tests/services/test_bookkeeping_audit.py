"""The audit log query: field-by-field differences, filters in SQL, one transaction's story,
and windows along (at, id)."""

from __future__ import annotations

from datetime import date

from desk.domain.enums import AuditAction, TransactionKind
from desk.models import Split, Transaction
from desk.services import audit
from desk.services.browse.audit import AuditFilters, audit_count, audit_page, audit_users
from desk.services.ledger import SplitInput, TransactionInput, record_transaction
from desk.store import AssoFile


def edit_label_and_amount(asso: AssoFile, tx_id: int, label: str, amount: int) -> None:
    """An edit as a service writes it: the change and its before/after snapshots together."""
    with asso.unit_of_work() as session:
        tx = session.get_one(Transaction, tx_id)
        before = audit.snapshot(tx)
        before["splits"] = [audit.snapshot(s) for s in tx.splits]
        tx.label = label
        for split in tx.splits:
            split.amount_minor = amount if split.amount_minor > 0 else -amount
        session.flush()
        after = audit.snapshot(tx)
        after["splits"] = [audit.snapshot(s) for s in tx.splits]
        audit.record(session, AuditAction.UPDATE, tx, before=before, after=after)


def record(asso: AssoFile, label: str, amount: int) -> int:
    return record_transaction(
        asso,
        TransactionInput(
            date=date(2025, 3, 8),
            kind=TransactionKind.EXPENSE,
            label=label,
            splits=[SplitInput("6142", amount), SplitInput("5161", -amount)],
        ),
    ).id


def test_edit_shows_before_and_after(new_asso: AssoFile) -> None:
    tx_id = record(new_asso, "Transport atelier", 35000)
    other = record(new_asso, "Papeterie", 5000)
    edit_label_and_amount(new_asso, tx_id, "Transport atelier du 8 mars", 42050)
    rows = audit_page(new_asso, AuditFilters(transaction_id=tx_id))
    assert [r.action for r in rows] == [AuditAction.UPDATE, AuditAction.CREATE]
    assert all(r.record_id == tx_id for r in rows)
    changes = {c.name: c for c in rows[0].changes}
    assert set(changes) == {"label", "splits"}
    assert (changes["label"].before, changes["label"].after) == (
        "Transport atelier",
        "Transport atelier du 8 mars",
    )
    lines = changes["splits"]
    assert lines.kind == "lines"
    assert [(s.account, s.amount_minor) for s in lines.before] == [
        ("6142 Transport", 35000),
        ("5161 Caisse", -35000),
    ]
    assert [s.amount_minor for s in lines.after] == [42050, -42050]
    assert rows[0].record_label.endswith("Transport atelier du 8 mars")
    # The creation lists the values set.
    created = {c.name: c for c in rows[1].changes}
    assert created["label"].before is None and created["kind"].after == "expense"
    assert audit_count(new_asso, AuditFilters(transaction_id=other)) == 1


def test_filters_and_windows(new_asso: AssoFile) -> None:
    for n in range(5):
        record(new_asso, f"Achat {n}", 1000 + n)
    everything = audit_count(new_asso, AuditFilters())
    assert everything == 6  # the association's creation + 5 transactions
    assert audit_count(new_asso, AuditFilters(table="transaction")) == 5
    assert audit_count(new_asso, AuditFilters(text="achat 3")) == 1
    assert audit_count(new_asso, AuditFilters(text="ACHAT")) == 5
    assert audit_count(new_asso, AuditFilters(start=date(2000, 1, 1), end=date(2000, 12, 31))) == 0
    user = audit_users(new_asso)[0]
    assert audit_count(new_asso, AuditFilters(user=user)) == 6
    assert audit_count(new_asso, AuditFilters(user=user + "x")) == 0
    first = audit_page(new_asso, AuditFilters(), limit=4)
    rest = audit_page(new_asso, AuditFilters(), after=first[-1].cursor, limit=4)
    ids = [r.id for r in first + rest]
    assert len(first) == 4 and len(rest) == 2
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == 6


def test_a_transaction_story_includes_its_lines_leaving_a_reconciliation(
    new_asso: AssoFile,
) -> None:
    from desk.services import reconciliation as rec

    done = record_transaction(
        new_asso,
        TransactionInput(
            date=date(2025, 1, 15),
            kind=TransactionKind.INCOME,
            label="Don",
            splits=[SplitInput("5141", 10000), SplitInput("7182", -10000)],
        ),
    )
    bank = rec.bank_accounts(new_asso)[0].id
    draft = rec.start(new_asso, bank, date(2025, 1, 31), 10000)
    rec.set_ticked(new_asso, draft, list(done.split_ids[:1]), True)
    rec.finish(new_asso, draft)
    with new_asso.unit_of_work() as session:  # as the entry service's guard writes it
        split = session.get_one(Split, done.split_ids[0])
        split.reconciliation_id = None
        audit.record(
            session,
            AuditAction.UPDATE,
            split,
            before={"reconciliation_id": draft},
            after={"reconciliation_id": None},
            reason="unreconciled to change the transaction",
        )
    rows = audit_page(new_asso, AuditFilters(transaction_id=done.id))
    assert [(r.table, r.action) for r in rows] == [
        ("split", AuditAction.UPDATE),
        ("transaction", AuditAction.CREATE),
    ]
    assert [(c.name, c.before, c.after) for c in rows[0].changes] == [
        ("reconciliation_id", draft, None)
    ]
