"""Creating a new association file: profile, first financial year, default chart of accounts,
cash and bank accounts, own-funds funder and the donor logframe templates."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from desk.domain.chart import BANK_ACCOUNT, CASH_ACCOUNT, DEFAULT_CHART
from desk.domain.enums import AuditAction, FunderKind, LogframeLayout, TreasuryKind
from desk.domain.errors import DomainError, ErrorCode
from desk.domain.money import minor_units
from desk.domain.periods import fiscal_year, fiscal_year_label
from desk.models import (
    Account,
    FinancialYear,
    Funder,
    LogframeLevel,
    LogframeTemplate,
    Organisation,
    TreasuryAccount,
)
from desk.services import audit
from desk.store import AssoFile, create_file

# Level names per donor template (depth 0..3): stored in the file, so a custom template can
# rename them without touching code.
LOGFRAME_TEMPLATES: dict[str, tuple[LogframeLayout, tuple[tuple[str, str], ...]]] = {
    "UE 2004": (
        LogframeLayout.EU_2004,
        (
            ("Objectif global", "OG"),
            ("Objectif spécifique", "OS"),
            ("Résultat", "R"),
            ("Activité", "A"),
        ),
    ),
    "UE 2016": (
        LogframeLayout.EU_2016,
        (("Impact", "IMP"), ("Effet", "EF"), ("Produit", "P"), ("Activité", "A")),
    ),
}


@dataclass(frozen=True, slots=True)
class NewAssociation:
    name: str
    city: str = ""
    currency: str = "MAD"
    fiscal_year_start_month: int = 1
    first_year: int = 2025
    acronym: str = ""


def seed(session: Session, data: NewAssociation) -> None:
    """Write everything a new file needs. Used by the wizard, the demo and the tests."""
    if not data.name.strip():
        raise DomainError(ErrorCode.REQUIRED, field="name")
    minor_units(data.currency)  # refuses an unknown currency with a coded error
    org = Organisation(
        id=1,
        name=data.name.strip(),
        acronym=data.acronym.strip(),
        city=data.city.strip(),
        base_currency=data.currency,
        fiscal_year_start_month=data.fiscal_year_start_month,
    )
    session.add(org)
    period = fiscal_year(data.first_year, data.fiscal_year_start_month)
    session.add(
        FinancialYear(label=fiscal_year_label(period), start_date=period.start, end_date=period.end)
    )
    by_code: dict[str, Account] = {}
    for entry in DEFAULT_CHART:
        account = Account(
            code=entry.code,
            name=entry.name,
            plain_name=entry.plain_name,
            kind=entry.kind,
            is_category=entry.category,
        )
        by_code[entry.code] = account
        session.add(account)
    session.add_all(
        [
            TreasuryAccount(
                name="Caisse",
                kind=TreasuryKind.CASH,
                account=by_code[CASH_ACCOUNT],
                currency=data.currency,
            ),
            TreasuryAccount(
                name="Banque",
                kind=TreasuryKind.BANK,
                account=by_code[BANK_ACCOUNT],
                currency=data.currency,
            ),
        ]
    )
    session.add(Funder(name=org.acronym or org.name, kind=FunderKind.OWN_FUNDS))
    for name, (layout, levels) in LOGFRAME_TEMPLATES.items():
        session.add(
            LogframeTemplate(
                name=name,
                layout=layout,
                levels=[
                    LogframeLevel(depth=depth, name=level, code_prefix=prefix)
                    for depth, (level, prefix) in enumerate(levels)
                ],
            )
        )
    audit.record(session, AuditAction.CREATE, org)


def new_association(path: Path | str, data: NewAssociation) -> AssoFile:
    """Create the file at `path` and seed it; on any error no file is left behind."""
    path = Path(path)
    asso = create_file(path)
    try:
        with asso.unit_of_work() as session:
            seed(session, data)
    except BaseException:
        asso.close()
        path.unlink(missing_ok=True)
        raise
    return asso
