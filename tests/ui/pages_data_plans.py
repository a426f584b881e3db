"""The planning part of the sample association of `pages_data`: project and operating budgets,
the logframe with indicators, activities with sessions and attendance, deadlines."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.domain.enums import (
    ActivityStatus,
    AgeGroup,
    BudgetLineKind,
    BudgetStatus,
    BudgetTemplate,
    DeadlineKind,
    FunderKind,
    IndicatorKind,
    Sex,
)
from desk.models import (
    Activity,
    Attendance,
    Budget,
    BudgetLine,
    BudgetLineFunding,
    Deadline,
    Funder,
    Indicator,
    IndicatorTarget,
    IndicatorValue,
    Logframe,
    LogframeNode,
    LogframeTemplate,
)
from desk.models import Session as Meeting

# Budget v2 of JDF25, in EUR cents: 1.1 = 6 × 3 000,00 = 18 000,00; 1.2 = 2,5 × 800,00;
# 2.1 = 30 × 50,00 × 2 = 3 000,00; 7 = 23 000,00; 8 = 7 % = 1 610,00; 9 = 24 610,00.
BUDGET_TOTAL_EUR = 2_461_000


def _line(
    budget: Budget,
    code: str,
    label: str,
    kind: BudgetLineKind,
    position: int,
    parent: BudgetLine | None = None,
    **values: object,
) -> BudgetLine:
    line = BudgetLine(
        budget=budget,
        code=code,
        label=label,
        kind=kind,
        position=position,
        level=1 if parent is None else parent.level + 1,
        **values,
    )
    if parent is not None:
        line.parent_id = parent.id
    return line


def add_budgets(s: Session, jdf: int, accounts: dict[str, int], year_id: int) -> None:
    eu = s.scalar(select(Funder).where(Funder.acronym == "UE"))
    own = s.scalar(select(Funder).where(Funder.kind == FunderKind.OWN_FUNDS))
    assert eu is not None and own is not None
    old = Budget(
        project_id=jdf,
        name="Budget initial",
        template=BudgetTemplate.EU,
        status=BudgetStatus.SUBMITTED,
        version=1,
        currency="EUR",
    )
    _line(old, "1", "Tout", BudgetLineKind.AMOUNT, 0, quantity_milli=1000, unit_cost_minor=999_900)
    budget = Budget(
        project_id=jdf,
        name="Budget signé",
        template=BudgetTemplate.EU,
        status=BudgetStatus.SIGNED,
        version=2,
        currency="EUR",
    )
    s.add_all([old, budget])
    heading = BudgetLineKind.HEADING
    h1 = _line(budget, "1", "Ressources humaines", heading, 0)
    h2 = _line(budget, "2", "Voyages", heading, 1)
    s.add_all([h1, h2])
    s.flush()
    l11 = _line(
        budget,
        "1.1",
        "Coordinatrice",
        BudgetLineKind.AMOUNT,
        0,
        h1,
        unit="mois",
        quantity_milli=6000,
        unit_cost_minor=300_000,
    )
    l12 = _line(
        budget,
        "1.2",
        "Animatrice",
        BudgetLineKind.AMOUNT,
        1,
        h1,
        unit="jour",
        quantity_milli=2500,
        unit_cost_minor=80_000,
    )
    l21 = _line(
        budget,
        "2.1",
        "Transport des participantes",
        BudgetLineKind.AMOUNT,
        0,
        h2,
        unit="personne",
        quantity_milli=30_000,
        unit_cost_minor=5_000,
        duration_milli=2000,
    )
    l7 = _line(budget, "7", "Sous-total des coûts directs", BudgetLineKind.COMPUTED, 2)
    l8 = _line(budget, "8", "Coûts indirects", BudgetLineKind.PERCENTAGE, 3, percent_bp=700)
    l9 = _line(budget, "9", "Total", BudgetLineKind.COMPUTED, 4)
    s.add_all([l11, l12, l21, l7, l8, l9])
    s.flush()
    s.add_all(
        [
            BudgetLineFunding(line_id=l11.id, funder_id=eu.id, share_bp=8000),
            BudgetLineFunding(line_id=l11.id, funder_id=own.id, share_bp=2000),
            BudgetLineFunding(line_id=l12.id, funder_id=eu.id, amount_minor=200_000),
            BudgetLineFunding(line_id=l21.id, funder_id=eu.id, share_bp=10000),
            BudgetLineFunding(line_id=l8.id, funder_id=eu.id, share_bp=10000),
        ]
    )
    operating = Budget(
        financial_year_id=year_id,
        name="Budget de fonctionnement 2025",
        template=BudgetTemplate.OPERATING,
        status=BudgetStatus.SIGNED,
    )
    s.add(operating)
    s.add_all(
        [
            _line(
                operating,
                "1",
                "Loyer du local",
                BudgetLineKind.AMOUNT,
                0,
                unit="mois",
                quantity_milli=12_000,
                unit_cost_minor=150_000,
                account_id=accounts["6131"],
            ),
            _line(
                operating,
                "2",
                "Cotisations",
                BudgetLineKind.AMOUNT,
                1,
                unit="membre",
                quantity_milli=40_000,
                unit_cost_minor=10_000,
                account_id=accounts["7181"],
            ),
        ]
    )


def add_logframe_and_calendar(s: Session, jdf: int) -> None:
    template = s.scalar(select(LogframeTemplate).where(LogframeTemplate.name == "UE 2004"))
    assert template is not None
    lf = Logframe(project_id=jdf, template_id=template.id)
    s.add(lf)
    s.flush()

    def node(parent: LogframeNode | None, code: str, statement: str, position: int = 0):
        n = LogframeNode(
            logframe_id=lf.id,
            parent_id=parent.id if parent else None,
            depth=0 if parent is None else parent.depth + 1,
            position=position,
            code=code,
            statement=statement,
        )
        s.add(n)
        s.flush()
        return n

    og = node(None, "OG", "Contribuer à l'autonomie des femmes migrantes de Salé")
    os1 = node(og, "OS1", "Les femmes migrantes connaissent leurs droits")
    r11 = node(os1, "R1.1", "Une journée du 8 mars est organisée", 0)
    r12 = node(os1, "R1.2", "Des femmes relais sont formées", 1)
    a111 = node(r11, "A1.1.1", "Atelier de la Journée des droits des femmes")
    a121 = node(r12, "A1.2.1", "Formation des femmes relais")
    women = Indicator(
        node_id=os1.id,
        code="I1",
        statement="Nombre de participantes formées",
        unit="personnes",
        baseline_value=Decimal(0),
        target_value=Decimal(40),
    )
    share = Indicator(
        node_id=r12.id,
        code="I2",
        statement="Part des relais actives",
        kind=IndicatorKind.PERCENTAGE,
        baseline_value=Decimal(10),
        target_value=Decimal(60),
    )
    s.add_all([women, share])
    s.flush()
    s.add_all(
        [
            IndicatorTarget(
                indicator_id=women.id, sex=Sex.FEMALE, age_group=AgeGroup.ALL, value=Decimal(30)
            ),
            IndicatorTarget(
                indicator_id=women.id, sex=Sex.MALE, age_group=AgeGroup.ALL, value=Decimal(10)
            ),
            IndicatorValue(
                indicator_id=women.id,
                period_end=date(2025, 1, 31),
                sex=Sex.FEMALE,
                age_group=AgeGroup.ALL,
                value=Decimal(4),
            ),
            IndicatorValue(
                indicator_id=women.id,
                period_end=date(2025, 3, 31),
                sex=Sex.FEMALE,
                age_group=AgeGroup.ALL,
                value=Decimal(25),
            ),
            IndicatorValue(
                indicator_id=women.id,
                period_end=date(2025, 3, 31),
                sex=Sex.MALE,
                age_group=AgeGroup.ALL,
                value=Decimal(6),
            ),
            IndicatorValue(
                indicator_id=share.id, period_end=date(2025, 6, 30), value=Decimal("45.5")
            ),
        ]
    )
    workshop = Activity(
        project_id=jdf,
        logframe_node_id=a111.id,
        title="Atelier de la Journée des droits des femmes",
        planned_start=date(2025, 3, 1),
        planned_end=date(2025, 3, 8),
        actual_start=date(2025, 3, 8),
        actual_end=date(2025, 3, 8),
        place="Salé, Dar Chabab",
        responsible="Aminata",
        status=ActivityStatus.DONE,
    )
    training = Activity(
        project_id=jdf,
        logframe_node_id=a121.id,
        title="Formation des femmes relais",
        planned_start=date(2025, 9, 1),
        planned_end=date(2025, 9, 30),
        responsible="Fatou",
    )
    s.add_all([workshop, training])
    s.flush()
    day1 = Meeting(activity_id=workshop.id, date=date(2025, 3, 8), title="Matin")
    day2 = Meeting(activity_id=workshop.id, date=date(2025, 3, 8), title="Après-midi")
    s.add_all([day1, day2])
    s.flush()
    f, m, u = Sex.FEMALE, Sex.MALE, Sex.UNKNOWN
    for session_id, sex, age, count in (
        (day1.id, f, AgeGroup.FROM_18_TO_35, 20),
        (day1.id, f, AgeGroup.FROM_36_TO_59, 5),
        (day1.id, m, AgeGroup.FROM_18_TO_35, 4),
        (day2.id, f, AgeGroup.UNKNOWN, 3),
        (day2.id, m, AgeGroup.UNKNOWN, 2),
        (day2.id, u, AgeGroup.UNKNOWN, 1),
    ):
        s.add(Attendance(session_id=session_id, sex=sex, age_group=age, count=count))
    s.add_all(
        [
            Deadline(
                project_id=jdf,
                date=date(2025, 6, 30),
                title="2e tranche",
                kind=DeadlineKind.INSTALMENT,
                done=True,
            ),
            Deadline(
                project_id=jdf,
                date=date(2025, 12, 31),
                title="Rapport final",
                kind=DeadlineKind.REPORT,
            ),
            Deadline(
                project_id=jdf,
                date=date(2099, 1, 15),
                title="Restitution",
                kind=DeadlineKind.MILESTONE,
            ),
        ]
    )


# Women 20 + 5 + 3, men 4 + 2, everyone 35, in 2 sessions.
WORKSHOP_WOMEN, WORKSHOP_MEN, WORKSHOP_TOTAL = 28, 6, 35


# Women 20 + 5 + 3, men 4 + 2, everyone 35, in 2 sessions.
WORKSHOP_WOMEN, WORKSHOP_MEN, WORKSHOP_TOTAL = 28, 6, 35
