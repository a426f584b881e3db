"""The grant record: donor, reference, title, period, currency and rate policy, donor share,
the donor's rules (caps, transfer flexibility, eligible period), instalments linked to the
income that paid them, and the monthly rate table."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from desk.domain.budget_rules import validate_share
from desk.domain.enums import AuditAction, FunderKind, ProjectStatus, RatePolicy
from desk.domain.errors import DomainError, ErrorCode
from desk.domain.money import CURRENCIES
from desk.domain.periods import month_start
from desk.models import ExchangeRate, Funder, Instalment, Project, Transaction
from desk.services.budgets.common import get, log
from desk.store import AssoFile


@dataclass(frozen=True, slots=True)
class GrantInput:
    """What the grant dialog edits. Percentages in basis points (700 = 7 %)."""

    code: str
    title: str
    start_date: date
    end_date: date
    funder_id: int | None = None
    reference: str = ""
    currency: str = "MAD"
    rate_policy: RatePolicy = RatePolicy.FIXED
    fixed_rate: Decimal | None = None
    donor_share_bp: int = 10_000
    indirect_cap_bp: int = 700
    contingency_cap_bp: int = 500
    transfer_flex_bp: int = 2500
    eligible_start: date | None = None
    eligible_end: date | None = None
    status: ProjectStatus = ProjectStatus.DRAFT
    place: str = ""
    summary: str = ""


@dataclass(frozen=True, slots=True)
class InstalmentRow:
    id: int
    number: int
    expected_date: date
    amount_minor: int
    received_transaction_id: int | None
    received_date: date | None = None


@dataclass(frozen=True, slots=True)
class GrantView:
    id: int
    data: GrantInput
    funder_name: str
    instalments: tuple[InstalmentRow, ...] = ()
    monthly_rates: tuple[tuple[date, Decimal], ...] = field(default=())


_FIELDS = tuple(GrantInput.__dataclass_fields__)


def _validate(data: GrantInput) -> None:
    if not data.code.strip():
        raise DomainError(ErrorCode.REQUIRED, field="code")
    if not data.title.strip():
        raise DomainError(ErrorCode.REQUIRED, field="title")
    if data.end_date < data.start_date:
        raise DomainError(ErrorCode.BUDGET_PERIOD_ORDER, field="end_date")
    if data.eligible_start and data.eligible_end and data.eligible_end < data.eligible_start:
        raise DomainError(ErrorCode.BUDGET_PERIOD_ORDER, field="eligible_end")
    if data.currency not in CURRENCIES:
        raise DomainError(
            ErrorCode.MONEY_UNKNOWN_CURRENCY, field="currency", currency=data.currency
        )
    for name in ("donor_share_bp", "indirect_cap_bp", "contingency_cap_bp", "transfer_flex_bp"):
        validate_share(getattr(data, name), name)
    if data.currency != "MAD" and data.rate_policy is RatePolicy.FIXED and not data.fixed_rate:
        raise DomainError(
            ErrorCode.BUDGET_RATE_MISSING,
            field="fixed_rate",
            currency=data.currency,
            date=data.start_date,
        )
    if data.fixed_rate is not None and data.fixed_rate <= 0:
        raise DomainError(ErrorCode.MONEY_INVALID, field="fixed_rate", text=str(data.fixed_rate))


def create_grant(asso: AssoFile, data: GrantInput) -> int:
    _validate(data)
    with asso.unit_of_work() as session:
        if session.scalar(select(Project.id).where(Project.code == data.code.strip())):
            raise DomainError(ErrorCode.INVALID_VALUE, field="code")
        project = Project(**{name: getattr(data, name) for name in _FIELDS})
        project.code = data.code.strip()
        session.add(project)
        log(session, AuditAction.CREATE, project)
        return project.id


def update_grant(asso: AssoFile, project_id: int, data: GrantInput) -> GrantInput:
    """Save `data`; returns what was there before (for undo)."""
    _validate(data)
    with asso.unit_of_work() as session:
        project = get(session, Project, project_id)
        before = _input_of(project)
        for name in _FIELDS:
            setattr(project, name, getattr(data, name))
        log(session, AuditAction.UPDATE, project)
        return before


def _input_of(project: Project) -> GrantInput:
    return GrantInput(**{name: getattr(project, name) for name in _FIELDS})


def grant(asso: AssoFile, project_id: int) -> GrantView:
    with asso.reader() as session:
        project = get(session, Project, project_id)
        received = dict(
            session.execute(
                select(Transaction.id, Transaction.date).where(
                    Transaction.id.in_([i.received_transaction_id for i in project.instalments])
                )
            ).all()
        )
        rates = session.execute(
            select(ExchangeRate.month, ExchangeRate.rate)
            .where(ExchangeRate.project_id == project_id)
            .order_by(ExchangeRate.month)
        ).all()
        return GrantView(
            project.id,
            _input_of(project),
            project.funder.name if project.funder else "",
            tuple(
                InstalmentRow(
                    i.id,
                    i.number,
                    i.expected_date,
                    i.amount_minor,
                    i.received_transaction_id,
                    received.get(i.received_transaction_id or 0),
                )
                for i in project.instalments
            ),
            tuple(rates),
        )


def funders(asso: AssoFile) -> tuple[tuple[int, str, str], ...]:
    """(id, name, acronym) of every funder, by name."""
    with asso.reader() as session:
        rows = session.execute(
            select(Funder.id, Funder.name, Funder.acronym).order_by(Funder.name)
        ).all()
        return tuple(rows)


def add_funder(asso: AssoFile, name: str, acronym: str = "", kind: FunderKind | None = None) -> int:
    if not name.strip():
        raise DomainError(ErrorCode.REQUIRED, field="name")
    with asso.unit_of_work() as session:
        funder = Funder(name=name.strip(), acronym=acronym.strip(), kind=kind or FunderKind.PRIVATE)
        session.add(funder)
        log(session, AuditAction.CREATE, funder)
        return funder.id


# -- instalments ---------------------------------------------------------------------------


def add_instalment(asso: AssoFile, project_id: int, expected: date, amount_minor: int) -> int:
    if amount_minor <= 0:
        raise DomainError(ErrorCode.MONEY_NEGATIVE_NOT_ALLOWED, field="amount")
    with asso.unit_of_work() as session:
        get(session, Project, project_id)
        number = (
            session.scalar(
                select(func.max(Instalment.number)).where(Instalment.project_id == project_id)
            )
            or 0
        ) + 1
        instalment = Instalment(
            project_id=project_id, number=number, expected_date=expected, amount_minor=amount_minor
        )
        session.add(instalment)
        log(session, AuditAction.CREATE, instalment)
        return instalment.id


def update_instalment(
    asso: AssoFile,
    instalment_id: int,
    expected: date,
    amount_minor: int,
    received_transaction_id: int | None,
) -> None:
    """Change an instalment; `received_transaction_id` links it to the income that paid it."""
    if amount_minor <= 0:
        raise DomainError(ErrorCode.MONEY_NEGATIVE_NOT_ALLOWED, field="amount")
    with asso.unit_of_work() as session:
        instalment = get(session, Instalment, instalment_id)
        if received_transaction_id is not None:
            get(session, Transaction, received_transaction_id, field="received")
        instalment.expected_date = expected
        instalment.amount_minor = amount_minor
        instalment.received_transaction_id = received_transaction_id
        log(session, AuditAction.UPDATE, instalment)


def delete_instalment(asso: AssoFile, instalment_id: int) -> None:
    with asso.unit_of_work() as session:
        instalment = get(session, Instalment, instalment_id)
        log(session, AuditAction.DELETE, instalment)
        session.delete(instalment)


# -- monthly rates ---------------------------------------------------------------------------


def set_monthly_rate(asso: AssoFile, project_id: int, month: date, rate: Decimal | None) -> None:
    """Set (or with None remove) the grant's rate of `month`."""
    if rate is not None and (not rate.is_finite() or rate <= 0):
        raise DomainError(ErrorCode.MONEY_INVALID, field="rate", text=str(rate))
    with asso.unit_of_work() as session:
        project = get(session, Project, project_id)
        first = month_start(month)
        row = session.scalar(
            select(ExchangeRate).where(
                ExchangeRate.project_id == project_id, ExchangeRate.month == first
            )
        )
        if rate is None:
            if row is not None:
                session.delete(row)
            return
        if row is None:
            row = ExchangeRate(project_id=project_id, currency=project.currency, month=first)
            session.add(row)
        row.rate = rate
        log(session, AuditAction.UPDATE, row)


@dataclass(frozen=True, slots=True)
class IncomeChoice:
    transaction_id: int
    date: date
    label: str
    amount_minor: int  # base currency


def income_candidates(asso: AssoFile, project_id: int) -> tuple[IncomeChoice, ...]:
    """Income transactions that may have paid an instalment: tagged to the project or to its
    funder, latest first."""
    from desk.models import Split

    with asso.reader() as session:
        project = get(session, Project, project_id)
        tagged = Split.project_id == project_id
        if project.funder_id is not None:
            tagged = tagged | (Split.funder_id == project.funder_id)
        rows = session.execute(
            select(
                Transaction.id, Transaction.date, Transaction.label, func.sum(Split.amount_minor)
            )
            .join(Split, Split.transaction_id == Transaction.id)
            .where(tagged, Split.amount_minor < 0)
            .group_by(Transaction.id)
            .order_by(Transaction.date.desc(), Transaction.id.desc())
        ).all()
        return tuple(IncomeChoice(t, d, lbl, -int(a)) for t, d, lbl, a in rows)
