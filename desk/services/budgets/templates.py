"""Budget templates: a new budget (a project's, from the EU "Budget de l'action" or the free
template, or a financial year's operating budget) and the completion of a budget to the EU
layout (headings 1-6, computed lines 7-13)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.domain.enums import AuditAction, BudgetLineKind, BudgetStatus, BudgetTemplate
from desk.domain.errors import DomainError, ErrorCode
from desk.models import Budget, BudgetLine, FinancialYear, Project
from desk.services.budgets.builder import share_like_neighbours
from desk.services.budgets.common import editable_budget, get, log
from desk.store import AssoFile

# The EU "Budget de l'action": headings 1-6, then the computed lines 7-13.
EU_HEADINGS = (
    ("1", "Ressources humaines"),
    ("2", "Voyages"),
    ("3", "Équipement et fournitures"),
    ("4", "Bureau local"),
    ("5", "Autres coûts et services"),
    ("6", "Autres"),
)
EU_FOOTER: tuple[tuple[str, str, BudgetLineKind, int | None], ...] = (
    ("7", "Sous-total des coûts directs de l'action (1-6)", BudgetLineKind.COMPUTED, None),
    ("8", "Coûts administratifs indirects (7 % maximum de 7)", BudgetLineKind.PERCENTAGE, 700),
    (
        "9",
        "Total des coûts admissibles de l'action, hors réserve (7+8)",
        BudgetLineKind.COMPUTED,
        None,
    ),
    ("10", "Réserve pour imprévus (5 % maximum de 7)", BudgetLineKind.PERCENTAGE, 500),
    ("11", "Total des coûts admissibles de l'action (9+10)", BudgetLineKind.COMPUTED, None),
    ("12", "Taxes", BudgetLineKind.AMOUNT, None),
    ("13", "Total des coûts acceptés de l'action (11+12)", BudgetLineKind.COMPUTED, None),
)


def create_budget(
    asso: AssoFile,
    *,
    template: BudgetTemplate,
    project_id: int | None = None,
    financial_year_id: int | None = None,
    name: str = "",
    years: int = 1,
) -> int:
    """A new draft budget of a project (EU or free template) or of a financial year."""
    if years < 1:
        raise DomainError(ErrorCode.INVALID_VALUE, field="years")
    with asso.unit_of_work() as session:
        currency = "MAD"
        version = 1
        if project_id is not None:
            project = get(session, Project, project_id, field="project")
            currency = project.currency
            version += (
                session.scalar(
                    select(func.coalesce(func.max(Budget.version), 0)).where(
                        Budget.project_id == project_id
                    )
                )
                or 0
            )
            name = name or f"Budget de l'action — {project.code}"
        elif financial_year_id is not None:
            year = get(session, FinancialYear, financial_year_id, field="year")
            name = name or f"Budget de fonctionnement {year.label}"
            version += (
                session.scalar(
                    select(func.coalesce(func.max(Budget.version), 0)).where(
                        Budget.financial_year_id == financial_year_id
                    )
                )
                or 0
            )
        else:
            raise DomainError(ErrorCode.REQUIRED, field="project")
        budget = Budget(
            project_id=project_id,
            financial_year_id=financial_year_id,
            name=name,
            template=template,
            status=BudgetStatus.DRAFT,
            version=version,
            currency=currency,
            years=years,
        )
        session.add(budget)
        session.flush()
        if template is BudgetTemplate.EU:
            complete_eu_layout(session, budget)
        elif template is BudgetTemplate.OPERATING:
            for position, (code, label) in enumerate((("P", "Produits"), ("C", "Charges"))):
                session.add(
                    BudgetLine(
                        budget_id=budget.id,
                        code=code,
                        label=label,
                        kind=BudgetLineKind.HEADING,
                        position=position,
                    )
                )
        log(session, AuditAction.CREATE, budget)
        return budget.id


def complete_eu_layout(session: Session, budget: Budget) -> None:
    """Add the EU headings 1-6 and lines 7-13 a budget lacks, in the donor's order."""
    lines = {ln.code: ln for ln in budget.lines if ln.parent_id is None}
    order = [code for code, _ in EU_HEADINGS] + [code for code, *_ in EU_FOOTER]
    for code, label in EU_HEADINGS:
        if code not in lines:
            lines[code] = BudgetLine(
                budget=budget, code=code, label=label, kind=BudgetLineKind.HEADING, level=1
            )
            session.add(lines[code])
    for code, label, kind, percent in EU_FOOTER:
        if code not in lines:
            lines[code] = BudgetLine(
                budget=budget, code=code, label=label, kind=kind, level=1, percent_bp=percent
            )
            session.add(lines[code])
    others = [ln for code, ln in lines.items() if code not in order]
    for position, line in enumerate([lines[c] for c in order] + others):
        line.position = position
    session.flush()
    for code in ("8", "10"):  # indirect costs and contingency: shared like the other lines
        line = lines[code]
        if line.kind is BudgetLineKind.PERCENTAGE and not line.fundings:
            share_like_neighbours(session, line, [])
    session.flush()


def complete_template(asso: AssoFile, budget_id: int) -> None:
    with asso.unit_of_work() as session:
        budget = editable_budget(session, budget_id)
        complete_eu_layout(session, budget)
        budget.template = BudgetTemplate.EU


def set_years(asso: AssoFile, budget_id: int, years: int) -> int:
    """The number of yearly columns of a multi-year budget (1 to 10); returns the previous
    number. Amounts of years beyond the new number are dropped."""
    from sqlalchemy import delete

    from desk.models import BudgetLineYear

    if not 1 <= years <= 10:
        raise DomainError(ErrorCode.INVALID_VALUE, field="years")
    with asso.unit_of_work() as session:
        budget = editable_budget(session, budget_id)
        before = budget.years
        budget.years = years
        line_ids = select(BudgetLine.id).where(BudgetLine.budget_id == budget_id)
        session.execute(
            delete(BudgetLineYear).where(
                BudgetLineYear.line_id.in_(line_ids), BudgetLineYear.year_index > years
            )
        )
        log(session, AuditAction.UPDATE, budget)
        return before
