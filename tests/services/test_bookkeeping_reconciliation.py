"""Bank reconciliation: the live difference, refusal to finish while it is not zero, drafts
that resume, undoing the last one, and freeing the splits of a transaction being edited."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desk.domain.cash import reconciliation_difference
from desk.domain.enums import AuditAction, TransactionKind
from desk.domain.errors import DomainError, ErrorCode
from desk.models import AuditEntry, Split
from desk.services import reconciliation as rec
from desk.services.ledger import SplitInput, TransactionInput, record_transaction
from desk.store import AssoFile


def _bank(asso: AssoFile, amount: int, day: date, other: str = "7182") -> int:
    """A bank movement (amount > 0 money in); returns the id of its bank split."""
    done = record_transaction(
        asso,
        TransactionInput(
            date=day,
            kind=TransactionKind.INCOME if amount > 0 else TransactionKind.EXPENSE,
            label=f"Banque {amount}",
            splits=[SplitInput("5141", amount), SplitInput(other, -amount)],
        ),
    )
    with asso.reader() as session:
        return session.scalars(
            select(Split.id).where(Split.transaction_id == done.id, Split.amount_minor == amount)
        ).one()


def _opening(asso: AssoFile) -> None:
    record_transaction(
        asso,
        TransactionInput(
            date=date(2025, 1, 1),
            kind=TransactionKind.OPENING,
            label="Soldes d'ouverture",
            splits=[SplitInput("5141", 500000), SplitInput("1181", -500000)],
            receipt_not_required=True,
        ),
    )


def test_difference_formula() -> None:
    assert reconciliation_difference(100000, 60000, 40000) == 0
    assert reconciliation_difference(100000, 60000, 35000) == 5000
    assert reconciliation_difference(100000, 60000, -5000) == 45000


def test_reconcile_a_statement_step_by_step(new_asso: AssoFile) -> None:
    _opening(new_asso)  # 5 000,00: the starting point, never a line to tick
    grant = _bank(new_asso, 2000000, date(2025, 1, 15))  # + 20 000,00
    fees = _bank(new_asso, -12050, date(2025, 1, 31), "6147")  # − 120,50
    late = _bank(new_asso, -30000, date(2025, 2, 3), "6131")  # after the statement
    bank = rec.bank_accounts(new_asso)[0]
    assert bank.name == "Banque" and bank.draft_id is None
    draft = rec.start(new_asso, bank.id, date(2025, 1, 31), 2487950)  # 24 879,50
    state = rec.state(new_asso, draft)
    assert state.opening_minor == 500000
    assert [line.split_id for line in state.lines] == [grant, fees]  # not the 3 February one
    assert state.difference_minor == 2487950 - 500000

    rec.set_ticked(new_asso, draft, [grant], True)
    state = rec.state(new_asso, draft)
    assert state.ticked_minor == 2000000
    assert state.difference_minor == 2487950 - (500000 + 2000000) == -12050
    with pytest.raises(DomainError) as caught:
        rec.finish(new_asso, draft)
    assert caught.value.code is ErrorCode.RECONCILIATION_NOT_BALANCED
    assert caught.value.params["difference"] == "-120,50\u00a0MAD"

    # A line after the statement date cannot be ticked.
    with pytest.raises(DomainError) as caught:
        rec.set_ticked(new_asso, draft, [late], True)
    assert caught.value.code is ErrorCode.RECONCILIATION_SPLIT_UNAVAILABLE

    # Leave and come back: the draft is found again with its ticks.
    assert rec.bank_accounts(new_asso)[0].draft_id == draft
    rec.set_ticked(new_asso, draft, [fees], True)
    assert rec.state(new_asso, draft).difference_minor == 0
    rec.finish(new_asso, draft)
    with new_asso.reader() as session:
        ticked = session.scalars(select(Split.id).where(Split.reconciliation_id == draft)).all()
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.table_name == "bank_reconciliation")
        ).one()
    assert sorted(ticked) == sorted([grant, fees])
    assert entry.action is AuditAction.CLOSE and str(grant) in (entry.after or "")
    with pytest.raises(DomainError) as caught:
        rec.set_ticked(new_asso, draft, [fees], False)
    assert caught.value.code is ErrorCode.RECONCILIATION_FINISHED

    # The next statement starts from the reconciled balance.
    nxt = rec.start(new_asso, bank.id, date(2025, 2, 28), 2457950)
    state = rec.state(new_asso, nxt)
    assert state.opening_minor == 2487950
    assert [line.split_id for line in state.lines] == [late]
    history = rec.history(new_asso, bank.id)
    assert [(h.statement_date, h.lines, h.finished_at is not None) for h in history] == [
        (date(2025, 2, 28), 0, False),
        (date(2025, 1, 31), 2, True),
    ]


def test_statement_rules(new_asso: AssoFile) -> None:
    _bank(new_asso, 10000, date(2025, 1, 15))
    bank = rec.bank_accounts(new_asso)[0].id
    first = rec.start(new_asso, bank, date(2025, 1, 31), 10000)
    with pytest.raises(DomainError) as caught:
        rec.start(new_asso, bank, date(2025, 2, 28), 0)
    assert caught.value.code is ErrorCode.RECONCILIATION_DRAFT_EXISTS
    rec.set_ticked(new_asso, first, [s.split_id for s in rec.state(new_asso, first).lines], True)
    rec.finish(new_asso, first)
    with pytest.raises(DomainError) as caught:
        rec.start(new_asso, bank, date(2025, 1, 10), 0)
    assert caught.value.code is ErrorCode.RECONCILIATION_DATE_BEFORE_LAST
    cash = next(a for a in range(1, 4) if a != bank)
    with pytest.raises(DomainError) as caught:
        rec.start(new_asso, cash, date(2025, 3, 1), 0)
    assert caught.value.code is ErrorCode.RECONCILIATION_NOT_BANK


def test_reopen_last_is_audited_and_discard_unticks(new_asso: AssoFile) -> None:
    split = _bank(new_asso, 10000, date(2025, 1, 15))
    bank = rec.bank_accounts(new_asso)[0].id
    first = rec.start(new_asso, bank, date(2025, 1, 31), 10000)
    rec.set_ticked(new_asso, first, [split], True)
    rec.finish(new_asso, first)
    assert rec.reopen_last(new_asso, bank, "relevé mal saisi") == first
    state = rec.state(new_asso, first)
    assert not state.finished and state.lines[0].ticked
    with new_asso.reader() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == AuditAction.REOPEN)
        ).one()
    assert (entry.table_name, entry.record_id, entry.reason) == (
        "bank_reconciliation",
        first,
        "relevé mal saisi",
    )
    rec.discard(new_asso, first)
    with new_asso.reader() as session:
        assert session.get_one(Split, split).reconciliation_id is None
    assert rec.history(new_asso, bank) == ()


def test_unreconcile_transaction_frees_its_splits(new_asso: AssoFile) -> None:
    split = _bank(new_asso, 10000, date(2025, 1, 15))
    bank = rec.bank_accounts(new_asso)[0].id
    first = rec.start(new_asso, bank, date(2025, 1, 31), 10000)
    rec.set_ticked(new_asso, first, [split], True)
    rec.finish(new_asso, first)
    with new_asso.unit_of_work() as session:
        tx_id = session.get_one(Split, split).transaction_id
        assert rec.unreconcile_transaction(session, tx_id, "montant corrigé") == 1
        assert rec.unreconcile_transaction(session, tx_id, "encore") == 0
    with new_asso.reader() as session:
        assert session.get_one(Split, split).reconciliation_id is None
        entry = session.scalars(
            select(AuditEntry).where(
                AuditEntry.table_name == "transaction", AuditEntry.action == AuditAction.UPDATE
            )
        ).one()
    assert entry.record_id == tx_id and entry.reason == "montant corrigé"
    assert f'"{split}": {first}' in (entry.before or "")
    # The freed line is offered again on the next statement, from the unchanged opening.
    nxt = rec.start(new_asso, bank, date(2025, 2, 28), 10000)
    state = rec.state(new_asso, nxt)
    assert state.opening_minor == 0 and [line.split_id for line in state.lines] == [split]
