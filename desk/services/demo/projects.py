"""The demo's projects and budgets: the EUR-funded Women's Day project (JDF-2025) with its EU
budget, co-funding and two instalments, and the INDH training cycle in MAD (AGR-INDH-2026), with
their deadlines (the operating budgets are in `operating`).

The JDF budget follows the EU layout in full: the application's own completion
(`complete_eu_layout`) adds the empty headings 4 and 6 and the computed lines 7-13; the grant
allows 7 % of indirect costs (line 8) and no contingency reserve (line 10 at 0 %, as in most
micro-grants). The donor's share, hence the balance instalment, is read from the budget as the
application computes it. The project ends on 31 December 2025; the final report is due two
months later (deadline of 28 February 2026) and the balance is paid once it is approved."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select

from desk.domain.enums import (
    BudgetLineKind,
    BudgetStatus,
    BudgetTemplate,
    DeadlineKind,
    ProjectStatus,
    RatePolicy,
)
from desk.models import (
    Budget,
    BudgetLine,
    BudgetLineFunding,
    Deadline,
    Instalment,
    Project,
)
from desk.services.demo.budget_layout import complete_eu, funder_total
from desk.services.demo.context import DemoContext, stamp

JDF, AGR = "JDF-2025", "AGR-INDH-2026"
JDF_RATE = Decimal("10.85")  # MAD per EUR, fixed by the grant agreement

# code, label, unit, quantity, unit cost (minor units of the budget's currency); a line
# without unit is a heading. Levels follow the dots in the code.
Line = tuple[str, str, str, int, int]

JDF_LINES: tuple[Line, ...] = (
    ("1", "Ressources humaines", "", 0, 0),
    ("1.1", "Salaires et indemnités", "", 0, 0),
    ("1.1.1", "Coordinatrice du projet (mi-temps)", "par mois", 11, 250_00),
    ("1.1.2", "Animatrice des ateliers", "par mois", 6, 120_00),
    ("1.2", "Honoraires", "", 0, 0),
    ("1.2.1", "Formatrice juriste (droits et recours)", "par jour", 4, 100_00),
    ("1.3", "Per diems", "", 0, 0),
    ("1.3.1", "Per diems des animatrices", "par jour", 10, 15_00),
    ("1.3.2", "Per diems des intervenantes", "par jour", 6, 15_00),
    ("1.3.3", "Per diems des participants", "par jour", 125, 8_00),
    ("2", "Voyages", "", 0, 0),
    ("2.1", "Transport local des participantes", "par personne", 150, 3_00),
    ("2.2", "Déplacements de l'équipe", "par mois", 11, 25_00),
    ("3", "Équipement et fournitures", "", 0, 0),
    ("3.1", "Vidéoprojecteur et écran", "par unité", 1, 420_00),
    ("3.2", "Kits et fournitures des ateliers", "par personne", 125, 5_00),
    ("5", "Autres coûts et services", "", 0, 0),
    ("5.1", "Location de salles", "par jour", 7, 60_00),
    ("5.2", "Pauses café et repas", "par personne", 280, 2_50),
    ("5.3", "Impression et visibilité", "forfait", 1, 650_00),
    ("5.4", "Téléphone et internet", "par mois", 11, 12_00),
    ("5.5", "Frais bancaires", "par mois", 12, 4_00),
    ("5.6", "Évaluation finale", "forfait", 1, 900_00),
)
# Donor share of every JDF line, except the bank fees that the donor does not pay.
JDF_DONOR_BP, JDF_OWN_ONLY = 8500, {"5.5"}
JDF_INDIRECT_BP, JDF_CONTINGENCY_BP = 700, 0  # EU lines 8 (indirect costs) and 10 (reserve)
JDF_FIRST_INSTALMENT = 6_500_00  # EUR, received on 10 February 2025

AGR_LINES: tuple[Line, ...] = (
    ("1", "Formation", "", 0, 0),
    ("1.1", "Formatrice en gestion d'activités génératrices de revenus", "par jour", 8, 1200_00),
    ("1.2", "Kits de démarrage des bénéficiaires", "par personne", 20, 900_00),
    ("2", "Logistique", "", 0, 0),
    ("2.1", "Location de salle", "par jour", 8, 500_00),
    ("2.2", "Pauses café", "par personne", 160, 25_00),
    ("2.3", "Transport des bénéficiaires", "par personne", 160, 32_50),
    ("3", "Suivi et coordination", "", 0, 0),
    ("3.1", "Coordination et suivi individuel", "par mois", 12, 600_00),
)
AGR_DONOR_BP = 9000
AGR_FIRST_INSTALMENT = 25_920_00  # MAD, 60 % of the INDH share, received 20 November 2025


def _lines(ctx: DemoContext, budget: Budget, project: str | None, lines: tuple[Line, ...]) -> None:
    by_code: dict[str, BudgetLine] = {}
    for position, (code, label, unit, quantity, unit_cost) in enumerate(lines):
        parent = by_code.get(code.rpartition(".")[0])
        line = BudgetLine(
            budget=budget,
            parent_id=None if parent is None else parent.id,
            level=code.count(".") + 1,
            position=position,
            code=code,
            label=label,
            kind=BudgetLineKind.AMOUNT if unit else BudgetLineKind.HEADING,
            unit=unit,
            quantity_milli=quantity * 1000,
            unit_cost_minor=unit_cost,
        )
        ctx.session.add(line)
        ctx.session.flush()  # children need the parent's id
        by_code[code] = line
        if project is not None:
            ctx.lines[(project, code)] = line.id


def _fund(ctx: DemoContext, project: str, donor: str, donor_bp: int, own_only: set[str]) -> None:
    """Co-funding rows for every priced line."""
    rows = 0
    for (code_project, code), line_id in ctx.lines.items():
        line = ctx.session.get_one(BudgetLine, line_id)
        if code_project != project or line.kind is not BudgetLineKind.AMOUNT:
            continue
        share = 0 if code in own_only else donor_bp
        if share:
            ctx.session.add(
                BudgetLineFunding(line_id=line_id, funder_id=ctx.funders[donor], share_bp=share)
            )
            rows += 1
        if share < 10000:
            ctx.session.add(
                BudgetLineFunding(
                    line_id=line_id, funder_id=ctx.funders["own"], share_bp=10000 - share
                )
            )
            rows += 1
    ctx.audit_many("budget_line_funding", rows, date(2025, 1, 10), project=project)


def _budget(
    ctx: DemoContext,
    project: Project,
    template: BudgetTemplate,
    lines: tuple[Line, ...],
    day: date,
) -> Budget:
    budget = Budget(
        project_id=project.id,
        name=f"Budget de l'action — {project.code}",
        template=template,
        status=BudgetStatus.SIGNED,
        currency=project.currency,
        created_at=stamp(day, 10),
    )
    ctx.session.add(budget)
    ctx.session.flush()
    _lines(ctx, budget, project.code, lines)
    ctx.audit(budget, day, "president")
    ctx.audit_many("budget_line", len(lines), day, budget=budget.id)
    return budget


def _instalments(ctx: DemoContext, project: Project, plan: list[tuple[date, int, str]]) -> None:
    """`plan`: (expected date, amount in the project's currency, deadline title)."""
    for number, (expected, amount, title) in enumerate(plan, start=1):
        ctx.session.add(
            Instalment(
                project_id=project.id, number=number, expected_date=expected, amount_minor=amount
            )
        )
        ctx.session.add(
            Deadline(
                project_id=project.id, date=expected, title=title, kind=DeadlineKind.INSTALMENT
            )
        )


def _deadlines(
    ctx: DemoContext, project: Project, items: list[tuple[date, str, DeadlineKind]]
) -> None:
    for day, title, kind in items:
        ctx.session.add(Deadline(project_id=project.id, date=day, title=title, kind=kind))


def build_projects(ctx: DemoContext) -> None:
    """Both projects with budgets, co-funding, instalments and deadlines."""
    session = ctx.session
    jdf = Project(
        code=JDF,
        title="Journée internationale des droits des femmes 2025",
        funder_id=ctx.funders["feme"],
        reference="FEME/MA/2025/014",
        start_date=date(2025, 1, 15),
        end_date=date(2025, 12, 31),
        eligible_start=date(2025, 1, 15),
        eligible_end=date(2025, 12, 31),
        currency="EUR",
        rate_policy=RatePolicy.FIXED,
        fixed_rate=JDF_RATE,
        status=ProjectStatus.ONGOING,
        donor_share_bp=JDF_DONOR_BP,
        place="Salé (Hay Karima, Sidi Moussa, Tabriquet)",
        summary=(
            "Renforcer la connaissance de leurs droits par les femmes migrantes de Salé et leur "
            "accès aux services, autour de la Journée internationale des droits des femmes : "
            "quatre ateliers de formation, une journée du 8 mars avec les communautés et les "
            "partenaires, une campagne de sensibilisation et le renforcement du bureau."
        ),
    )
    agr = Project(
        code=AGR,
        title="Cycle de formation « Créer et gérer son activité génératrice de revenus »",
        funder_id=ctx.funders["indh"],
        reference="INDH-SAL/PAR/2025/0271",
        start_date=date(2025, 11, 1),
        end_date=date(2026, 10, 31),
        eligible_start=date(2025, 11, 1),
        eligible_end=date(2026, 10, 31),
        currency="MAD",
        rate_policy=RatePolicy.FIXED,
        status=ProjectStatus.ONGOING,
        donor_share_bp=AGR_DONOR_BP,
        place="Salé",
        summary=(
            "Programme d'amélioration du revenu et d'inclusion économique des jeunes : "
            "formation de 20 personnes migrantes et marocaines à la gestion d'une activité "
            "génératrice de revenus, kits de démarrage et suivi individuel."
        ),
    )
    session.add_all([jdf, agr])
    session.flush()
    ctx.projects = {JDF: jdf.id, AGR: agr.id}
    ctx.audit(jdf, date(2025, 1, 15), "president")
    ctx.audit(agr, date(2025, 10, 20), "president")

    jdf_budget = _budget(ctx, jdf, BudgetTemplate.EU, JDF_LINES, date(2025, 1, 15))
    _fund(ctx, JDF, "feme", JDF_DONOR_BP, JDF_OWN_ONLY)
    complete_eu(ctx, jdf_budget, indirect_bp=JDF_INDIRECT_BP, contingency_bp=JDF_CONTINGENCY_BP)
    jdf_donor = funder_total(ctx, jdf_budget, "feme")
    _instalments(
        ctx,
        jdf,
        [
            (date(2025, 2, 10), JDF_FIRST_INSTALMENT, "Versement de la 1re tranche (FEME)"),
            (date(2026, 7, 15), jdf_donor - JDF_FIRST_INSTALMENT, "Versement du solde (FEME)"),
        ],
    )
    _deadlines(
        ctx,
        jdf,
        [
            (
                date(2025, 3, 8),
                "Journée internationale des droits des femmes",
                DeadlineKind.MILESTONE,
            ),
            (date(2025, 7, 31), "Rapport intermédiaire narratif et financier", DeadlineKind.REPORT),
            (date(2026, 2, 28), "Rapport final narratif et financier", DeadlineKind.REPORT),
        ],
    )
    agr_budget = _budget(ctx, agr, BudgetTemplate.FREE, AGR_LINES, date(2025, 10, 20))
    _fund(ctx, AGR, "indh", AGR_DONOR_BP, set())
    agr_donor = funder_total(ctx, agr_budget, "indh")
    _instalments(
        ctx,
        agr,
        [
            (date(2025, 11, 15), AGR_FIRST_INSTALMENT, "Versement de la 1re tranche INDH"),
            (
                date(2026, 7, 31),
                agr_donor - AGR_FIRST_INSTALMENT,
                "Versement de la 2e tranche INDH",
            ),
        ],
    )
    _deadlines(
        ctx,
        agr,
        [
            (date(2026, 4, 30), "Rapport à mi-parcours INDH", DeadlineKind.REPORT),
            (date(2026, 10, 31), "Rapport final INDH", DeadlineKind.REPORT),
        ],
    )
    session.flush()
    deadlines = list(session.scalars(select(Deadline)))
    for deadline in deadlines:
        deadline.done = deadline.kind is not DeadlineKind.INSTALMENT and ctx.happened(deadline.date)
    ctx.audit_many("instalment", 4, date(2025, 1, 15))
    ctx.audit_many("deadline", len(deadlines), date(2025, 1, 15))
