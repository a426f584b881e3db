"""Posts the demo's story through `desk.services.ledger.add_transaction` (so every entry is
validated like a treasurer's), numbers the receipts per year, attaches generated receipt
images, writes one audit entry per transaction, and links the grant instalments.

The cash box never goes below zero: before a day's cash payments would empty it, a withdrawal
from the bank is inserted, as a treasurer does the day of a workshop.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import select

from desk.domain.enums import DeadlineKind
from desk.models import Attachment, Deadline, FinancialYear, Instalment
from desk.services import audit
from desk.services.demo.context import DemoContext, stamp
from desk.services.demo.entries import BANK, CASH, Entry, withdrawal
from desk.services.demo.projects import AGR, JDF
from desk.services.demo.receipts import draw_receipt
from desk.services.ledger import SplitInput, TransactionInput, add_transaction

CASH_FLOOR = 200_00  # keep at least 200 DH in the box for small unplanned payments
WITHDRAWAL_STEP = 1000_00


class StoryError(AssertionError):
    """The scripted story is inconsistent (a bug in the demo data, never a user error)."""


def with_cash_topups(entries: Iterable[Entry]) -> list[Entry]:
    """Entries in date order, with a bank withdrawal before a day that would empty the caisse;
    checks that the bank itself never goes overdrawn."""
    ordered = sorted(entries, key=lambda entry: entry.day)  # stable: same-day order kept
    days: dict[date, list[Entry]] = {}
    for entry in ordered:
        days.setdefault(entry.day, []).append(entry)
    cash = bank = 0
    out: list[Entry] = []
    for day, todays in days.items():
        # The lowest point of the box after each of the day's cash payments, in order.
        low, running = None, cash
        for entry in todays:
            running += entry.flow(CASH)
            if entry.flow(CASH) < 0:
                low = running if low is None else min(low, running)
        if low is not None and low < CASH_FLOOR:
            missing = CASH_FLOOR - low
            amount = -(-missing // WITHDRAWAL_STEP) * WITHDRAWAL_STEP  # round up to 1 000 DH
            todays = [withdrawal(day, amount), *todays]
        for entry in todays:
            cash += entry.flow(CASH)
            bank += entry.flow(BANK)
            if bank < 0:
                raise StoryError(f"the demo story overdraws the bank on {day}: {entry.label}")
            out.append(entry)
    return out


def _splits(ctx: DemoContext, entry: Entry) -> list[SplitInput]:
    splits = []
    for leg in entry.legs:
        project = leg.project
        if leg.activity is not None:
            project = project or ctx.activity_projects[leg.activity]
        original = leg.original
        splits.append(
            SplitInput(
                account_code=leg.account,
                amount_minor=leg.amount,
                project_id=None if project is None else ctx.projects[project],
                budget_line_id=ctx.line_id(project, leg.line),
                activity_id=None if leg.activity is None else ctx.activities[leg.activity],
                funder_id=None if leg.funder is None else ctx.funders[leg.funder],
                original_minor=None if original is None else original[0],
                original_currency=None if original is None else original[1],
                rate=None if original is None else original[2],
            )
        )
    return splits


def post_story(ctx: DemoContext, entries: Iterable[Entry]) -> int:
    """Write the entries that happened by `ctx.today`; returns how many were posted."""
    session = ctx.session
    years = {y.id: y.label for y in session.scalars(select(FinancialYear))}
    numbers: dict[int, int] = dict.fromkeys(years, 0)
    posted = 0
    for entry in with_cash_topups(e for e in entries if ctx.happened(e.day)):
        data = TransactionInput(
            date=entry.day,
            kind=entry.kind,
            label=entry.label,
            splits=_splits(ctx, entry),
            payee=entry.payee,
            member_id=ctx.member_id(entry.member),
            receipt_not_required=entry.not_required,
        )
        tx = add_transaction(session, data, accounts=ctx.accounts)
        session.flush()
        if not entry.not_required:
            numbers[tx.financial_year_id] += 1
            tx.receipt_number = f"{years[tx.financial_year_id]}-{numbers[tx.financial_year_id]:04d}"
        tx.created_at = tx.updated_at = stamp(entry.day)
        if entry.receipt:
            image = draw_receipt(f"{ctx.seed}:{tx.receipt_number}:{entry.label}")
            tx.attachments.append(
                Attachment(
                    original_name=f"piece-{tx.receipt_number}.png",
                    mime_type=image.mime_type,
                    size=image.size,
                    sha256=image.sha256,
                    data=image.data,
                    created_at=stamp(entry.day, 19),
                )
            )
        session.flush()
        after = audit.snapshot(tx)
        after["splits"] = [audit.snapshot(split) for split in tx.splits]
        ctx.audit(tx, entry.day, "treasurer", after=after)
        if entry.key is not None:
            ctx.transactions[entry.key] = tx.id
        posted += 1
    return posted


def link_instalments(ctx: DemoContext) -> None:
    """Mark the first instalment of each grant received, once its transfer is in the books."""
    received = {(JDF, 1): "jdf-t1", (AGR, 1): "agr-t1"}
    for (code, number), key in received.items():
        if key not in ctx.transactions:
            continue  # `today` is before the transfer
        instalment = ctx.session.scalars(
            select(Instalment).where(
                Instalment.project_id == ctx.projects[code], Instalment.number == number
            )
        ).one()
        instalment.received_transaction_id = ctx.transactions[key]
        for deadline in ctx.session.scalars(
            select(Deadline).where(
                Deadline.project_id == ctx.projects[code],
                Deadline.kind == DeadlineKind.INSTALMENT,
                Deadline.date == instalment.expected_date,
            )
        ):
            deadline.done = True
