"""The association's yearly operating budgets (budget de fonctionnement), by category, as
adopted by the general assembly: 2025 and 2026."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from desk.domain.enums import BudgetLineKind, BudgetStatus, BudgetTemplate
from desk.models import Budget, BudgetLine, FinancialYear
from desk.services.demo.context import DemoContext, stamp

# Operating budgets: (code, label, account code or "" for a heading, unit, quantity, unit cost)
Operating = tuple[str, str, str, str, int, int]
OPERATING: dict[int, tuple[Operating, ...]] = {
    2025: (
        ("P", "Produits", "", "", 0, 0),
        ("P.1", "Cotisations des membres", "7181", "par membre", 12, 200_00),
        ("P.2", "Dons", "7182", "forfait", 1, 8_000_00),
        ("C", "Charges", "", "", 0, 0),
        ("C.1", "Téléphone et internet", "6145", "par mois", 12, 100_00),
        ("C.2", "Frais bancaires", "6147", "par mois", 12, 25_00),
        ("C.3", "Assurance responsabilité civile", "6134", "forfait", 1, 900_00),
        ("C.4", "Fournitures de bureau", "6122", "forfait", 1, 1_500_00),
        ("C.5", "Transport", "6142", "forfait", 1, 1_200_00),
        ("C.6", "Cotisations versées aux réseaux", "6146", "forfait", 1, 500_00),
        ("C.7", "Assemblée générale (réception)", "6143", "forfait", 1, 800_00),
        ("C.8", "Autres frais", "6148", "forfait", 1, 600_00),
    ),
    2026: (
        ("P", "Produits", "", "", 0, 0),
        ("P.1", "Cotisations des membres", "7181", "par membre", 12, 200_00),
        ("P.2", "Dons", "7182", "forfait", 1, 6_000_00),
        ("P.3", "Subvention de la commune", "7131", "forfait", 1, 10_000_00),
        ("C", "Charges", "", "", 0, 0),
        ("C.1", "Téléphone et internet", "6145", "par mois", 12, 100_00),
        ("C.2", "Frais bancaires", "6147", "par mois", 12, 25_00),
        ("C.3", "Assurance responsabilité civile", "6134", "forfait", 1, 900_00),
        ("C.4", "Fournitures de bureau", "6122", "forfait", 1, 1_200_00),
        ("C.5", "Location de salle (assemblée générale)", "6131", "forfait", 1, 500_00),
        ("C.6", "Cotisations versées aux réseaux", "6146", "forfait", 1, 500_00),
        ("C.7", "Assemblée générale (réception)", "6143", "forfait", 1, 600_00),
        ("C.8", "Impôts, timbres et légalisations", "6161", "forfait", 1, 300_00),
    ),
}


DRAFTED = {2025: date(2025, 1, 10), 2026: date(2025, 12, 15)}
ADOPTED = {2025: date(2025, 1, 25), 2026: date(2026, 3, 28)}  # general assemblies


def build_operating_budgets(ctx: DemoContext) -> None:
    """One OPERATING budget per financial year, its lines pointing at categories."""
    for year, lines in OPERATING.items():
        fy = ctx.session.scalars(
            select(FinancialYear).where(FinancialYear.label == str(year))
        ).one()
        budget = Budget(
            financial_year_id=fy.id,
            name=f"Budget de fonctionnement {year}",
            template=BudgetTemplate.OPERATING,
            status=BudgetStatus.SIGNED if ctx.happened(ADOPTED[year]) else BudgetStatus.DRAFT,
            currency="MAD",
            created_at=stamp(DRAFTED[year], 10),
        )
        ctx.session.add(budget)
        ctx.session.flush()
        parents: dict[str, int] = {}
        for position, (code, label, account, unit, quantity, unit_cost) in enumerate(lines):
            line = BudgetLine(
                budget_id=budget.id,
                parent_id=parents.get(code.partition(".")[0]) if "." in code else None,
                level=code.count(".") + 1,
                position=position,
                code=code,
                label=label,
                kind=BudgetLineKind.AMOUNT if account else BudgetLineKind.HEADING,
                unit=unit,
                quantity_milli=quantity * 1000,
                unit_cost_minor=unit_cost,
                account_id=ctx.accounts[account] if account else None,
            )
            ctx.session.add(line)
            ctx.session.flush()
            if not account:
                parents[code] = line.id
        ctx.audit(budget, DRAFTED[year], "treasurer")
        ctx.audit_many("budget_line", len(lines), DRAFTED[year], "treasurer", budget=budget.id)
