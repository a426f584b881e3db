"""The demo association itself: its profile, members, second financial year, funders and the
details of its cash box and bank account."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import select

from desk.domain.enums import FunderKind, TreasuryKind
from desk.models import AuditEntry, FinancialYear, Funder, Member, Organisation, TreasuryAccount
from desk.services import audit
from desk.services.demo.context import ACTORS, DemoContext, stamp
from desk.services.setup import NewAssociation

ASSOCIATION = NewAssociation(
    name="Association Horizons Solidaires de Salé",
    acronym="AHSS",
    city="Salé",
    currency="MAD",
    fiscal_year_start_month=1,
    first_year=2025,
)
PROFILE = {
    "address": "12, rue Al Massira, Hay Karima, 11160 Salé, Maroc",
    "registration_number": "Récépissé définitif n° 117/2019 — Préfecture de Salé",
    "phone": "+212 5 37 84 21 09",
    "email": "contact@horizons-sale.example.org",
}

# key, name, role, phone suffix, active. Founded in 2019 by women and men from Guinea, Mali,
# Côte d'Ivoire, DR Congo, Senegal, Cameroon and Nigeria, with a Moroccan liaison member.
MEMBERS: tuple[tuple[str, str, str, str, bool], ...] = (
    ("president", "Aminata Diallo", "Présidente", "61 24 87 10", True),
    ("vice", "Mariam Koné", "Vice-présidente", "62 31 05 44", True),
    ("treasurer", "Jean-Baptiste Kouassi", "Trésorier", "63 48 19 27", True),
    ("secretary", "Grace Mbuyi", "Secrétaire générale", "64 02 73 58", True),
    ("communication", "Moussa Traoré", "Chargé de communication", "65 17 90 36", True),
    ("animatrice", "Fatou Ndiaye", "Animatrice des ateliers", "66 55 21 83", True),
    ("member_ng", "Chidinma Okafor", "Membre (anglophone)", "67 09 48 12", True),
    ("member_cm", "Serge Nkoulou", "Membre", "68 73 66 01", True),
    ("member_sn", "Awa Sow", "Membre", "69 26 35 70", True),
    ("liaison", "Youssef El Amrani", "Membre, relations avec les partenaires", "70 84 12 95", True),
    ("former", "Patrick Mensah", "Ancien trésorier (2019-2023)", "71 40 57 68", False),
)

FUNDERS: tuple[tuple[str, str, str, FunderKind, str, bool], ...] = (
    (
        "feme",
        "Fondation Euro-Méditerranéenne pour l'Égalité",
        "FEME",
        FunderKind.PRIVATE,
        "Belgique",
        True,
    ),
    (
        "indh",
        "Initiative Nationale pour le Développement Humain — Province de Salé",
        "INDH",
        FunderKind.PUBLIC_MOROCCAN,
        "Maroc",
        False,
    ),
)


def _email(name: str) -> str:
    first, *rest = name.lower().replace("-", "").split()
    return f"{first}.{rest[-1]}@horizons-sale.example.org" if rest else ""


def build_people(ctx: DemoContext) -> None:
    """Profile, members, the 2026 year, funders and treasury details (2025 is seeded)."""
    session = ctx.session
    org = session.get_one(Organisation, 1)
    for key, value in PROFILE.items():
        setattr(org, key, value)
    org.created_at = stamp(date(2025, 1, 2), 9)
    # Setup traced the creation with the clock and the OS user: replay it as the story's.
    created = session.scalars(
        select(AuditEntry).where(AuditEntry.table_name == "organisation")
    ).one()
    session.flush()
    created.after = json.dumps(audit.snapshot(org), ensure_ascii=False, sort_keys=True)
    created.user, created.machine = ACTORS["president"]
    created.at = org.created_at

    for key, name, role, phone, active in MEMBERS:
        member = Member(
            name=name, role=role, phone=f"+212 6 {phone}", email=_email(name), active=active
        )
        session.add(member)
        ctx.members[key] = member
        ctx.audit(member, date(2025, 1, 2), "secretary", hour=10)

    year_2026 = FinancialYear(
        label="2026", start_date=date(2026, 1, 1), end_date=date(2026, 12, 31)
    )
    session.add(year_2026)
    ctx.audit(year_2026, date(2025, 12, 28), "treasurer")

    for key, name, acronym, kind, country, foreign in FUNDERS:
        funder = Funder(name=name, acronym=acronym, kind=kind, country=country, is_foreign=foreign)
        session.add(funder)
        ctx.audit(funder, date(2025, 1, 6), "president")
        ctx.funders[key] = funder.id
    own = session.scalars(select(Funder).where(Funder.kind == FunderKind.OWN_FUNDS)).one()
    own.name, own.acronym, own.country = "Fonds propres de l'AHSS", "AHSS", "Maroc"
    ctx.funders["own"] = own.id

    for account in session.scalars(select(TreasuryAccount)):
        if account.kind is TreasuryKind.BANK:
            account.name = "Banque Populaire"
            account.bank_name = "Banque Populaire — agence Salé Tabriquet"
            account.account_number = "190 810 21110 4471 0358 2230 17"
        elif account.kind is TreasuryKind.CASH:
            account.name = "Caisse"
    session.flush()
    ctx.load_accounts()
