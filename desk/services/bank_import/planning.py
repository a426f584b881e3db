"""The preview of an import: which treasury account, which mapping, every row read with its
status (new, already in the books, repeated in the file) and its suggested category, and
every error with its line number. Nothing is written here."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.domain.enums import TreasuryKind, YearStatus
from desk.domain.errors import DomainError, ErrorCode
from desk.domain.statement_parsing import fold
from desk.models import Account, FinancialYear, Organisation, TreasuryAccount
from desk.services.bank_import.currency import statement_currency
from desk.services.bank_import.history import Category, Suggester, Suggestion, find_duplicates
from desk.services.bank_import.mapping import (
    ColumnMapping,
    guess_mapping,
    load_mapping,
    saved_mappings,
    signature,
)
from desk.services.bank_import.parsing import LineError, StatementLine, parse_statement
from desk.services.bank_import.reading import RawTable, read_statement
from desk.store import AssoFile


@dataclass(frozen=True, slots=True)
class AccountChoice:
    id: int
    name: str
    bank_name: str
    currency: str
    account_code: str
    account_id: int
    kind: TreasuryKind = TreasuryKind.BANK

    @property
    def bank(self) -> str:
        """The name mappings are remembered under: the bank's name, else the account's."""
        return self.bank_name.strip() or self.name


class RowStatus(StrEnum):
    NEW = "new"
    DUPLICATE = "duplicate"  # already in the books
    FILE_DUPLICATE = "file_duplicate"  # repeats an earlier row of the statement


@dataclass(frozen=True, slots=True)
class PlanRow:
    line: StatementLine
    status: RowStatus
    suggestion: Suggestion


@dataclass(frozen=True, slots=True)
class ImportPlan:
    table: RawTable
    account: AccountChoice
    bank: str
    mapping: ColumnMapping
    mapping_source: str  # "given", "saved", "guessed"
    currency: str
    rows: tuple[PlanRow, ...]
    errors: tuple[LineError, ...]
    ignored: tuple[int, ...]
    warnings: tuple[LineError, ...]
    categories: dict[str, Category] = field(default_factory=dict)

    @property
    def path(self) -> Path:
        return self.table.path

    @property
    def new_rows(self) -> tuple[PlanRow, ...]:
        return tuple(r for r in self.rows if r.status is RowStatus.NEW)

    @property
    def duplicates(self) -> int:
        return sum(1 for r in self.rows if r.status is not RowStatus.NEW)

    @property
    def total_minor(self) -> int:
        """Net amount of what would be imported (money in > 0)."""
        return sum(r.line.amount_minor for r in self.new_rows)

    @property
    def ok(self) -> bool:
        return not self.errors


def treasury_choices(asso: AssoFile) -> tuple[AccountChoice, ...]:
    with asso.reader() as session:
        return _choices(session)


def _choices(session: Session) -> tuple[AccountChoice, ...]:
    rows = session.execute(
        select(TreasuryAccount, Account.code)
        .join(Account, Account.id == TreasuryAccount.account_id)
        .where(TreasuryAccount.active.is_(True))
        .order_by(TreasuryAccount.kind.desc(), TreasuryAccount.name)
    ).all()
    return tuple(
        AccountChoice(t.id, t.name, t.bank_name, t.currency, code, t.account_id, t.kind)
        for t, code in rows
    )


def find_account(asso: AssoFile, name: str) -> AccountChoice:
    """The treasury account called `name` (case and accents ignored); the error lists them."""
    choices = treasury_choices(asso)
    wanted = fold(name)
    for choice in choices:
        if fold(choice.name) == wanted:
            return choice
    raise DomainError(
        ErrorCode.STATEMENT_ACCOUNT_UNKNOWN,
        field="account",
        name=name,
        choices=", ".join(c.name for c in choices),
    )


def choose_mapping(asso: AssoFile, table: RawTable, bank: str) -> tuple[ColumnMapping, str, str]:
    """(mapping, source, bank): the mapping remembered for `bank` when its header is found in
    the table, else one remembered for another bank with the same header, else a guess."""
    with asso.reader() as session:
        conn = session.connection()
        remembered = load_mapping(conn, bank)
        others = saved_mappings(conn)
    candidates = [(bank, remembered)] if remembered is not None else []
    candidates += [(name, m) for name, m in sorted(others.items()) if name != bank]
    for name, mapping in candidates:
        placed = _place(table, mapping)
        if placed is not None:
            return placed, "saved", name
    return guess_mapping(table), "guessed", bank


def _place(table: RawTable, mapping: ColumnMapping) -> ColumnMapping | None:
    """`mapping` moved onto this table's header row (a preamble's length varies with the
    dates it prints); None when the table has no row with the same header."""
    if not mapping.headers:
        return mapping if mapping.header_row is None and not mapping.missing() else None
    for index in range(min(len(table.rows), 60)):
        if signature(table, index) == mapping.headers:
            return replace(mapping, header_row=index)
    return None


def account_currency_check(session: Session, account: AccountChoice) -> str:
    """The base currency; refuses an account kept in another currency (splits are in base)."""
    base = session.scalar(select(Organisation.base_currency)) or "MAD"
    if account.currency != base:
        raise DomainError(
            ErrorCode.STATEMENT_ACCOUNT_CURRENCY,
            field="account",
            name=account.name,
            currency=account.currency,
            base=base,
        )
    return base


def plan_import(
    asso: AssoFile,
    table: RawTable,
    account: AccountChoice,
    mapping: ColumnMapping,
    *,
    bank: str | None = None,
    mapping_source: str = "given",
) -> ImportPlan:
    """Read `table` with `mapping` and compare it with the books (DomainError when the
    mapping is incomplete or the account's currency is not the file's)."""
    with asso.reader() as session:
        currency = account_currency_check(session, account)
        parsed = parse_statement(table, mapping, currency)
        year_errors = _year_errors(session, parsed.lines)
        bad = {e.line for e in year_errors}
        lines = tuple(x for x in parsed.lines if x.line not in bad)
        in_books, in_file = find_duplicates(session, account.account_id, lines)
        suggester = Suggester(session, account.id)
        rows = tuple(
            PlanRow(
                line,
                RowStatus.DUPLICATE
                if line.line in in_books
                else RowStatus.FILE_DUPLICATE
                if line.line in in_file
                else RowStatus.NEW,
                suggester.suggest(line),
            )
            for line in lines
        )
    errors = tuple(sorted((*parsed.errors, *year_errors), key=lambda e: e.line))
    found = statement_currency(table, mapping)
    if found is not None and found != account.currency:
        error = DomainError(
            ErrorCode.STATEMENT_CURRENCY,
            field="account",
            found=found,
            expected=account.currency,
            account=account.name,
        )
        errors = (LineError(0, error), *errors)
    return ImportPlan(
        table=table,
        account=account,
        bank=bank or account.bank,
        mapping=mapping,
        mapping_source=mapping_source,
        currency=currency,
        rows=rows,
        errors=errors,
        ignored=parsed.ignored,
        warnings=parsed.warnings,
        categories=suggester.categories,
    )


def _year_errors(session: Session, lines: tuple[StatementLine, ...]) -> tuple[LineError, ...]:
    """Rows dated outside every financial year, or in a closed one (the service would refuse
    them one by one; here they are all named at once)."""
    years = session.execute(
        select(
            FinancialYear.start_date,
            FinancialYear.end_date,
            FinancialYear.status,
            FinancialYear.label,
        )
    ).all()
    errors = []
    for line in lines:
        year = next((y for y in years if y.start_date <= line.date <= y.end_date), None)
        if year is None:
            error = DomainError(
                ErrorCode.TRANSACTION_DATE_OUTSIDE_YEAR, field="date", date=line.date
            )
            errors.append(LineError(line.line, error))
        elif year.status is YearStatus.CLOSED:
            error = DomainError(ErrorCode.YEAR_CLOSED, field="date", year=year.label)
            errors.append(LineError(line.line, error))
    return tuple(errors)


def prepare_import(
    asso: AssoFile,
    path: Path | str,
    account: AccountChoice,
    *,
    bank: str | None = None,
) -> ImportPlan:
    """Read `path`, pick the mapping (remembered for `bank`, default: the account's bank) and
    plan the import. DomainError when the file cannot be read or no mapping fits."""
    table = read_statement(path)
    mapping, source, bank_used = choose_mapping(asso, table, bank or account.bank)
    return plan_import(asso, table, account, mapping, bank=bank or bank_used, mapping_source=source)
