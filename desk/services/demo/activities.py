"""Activities of both demo projects (the eight JDF ones mirror the logframe's depth-3 nodes),
their sessions with attendance by sex and age group, and a few pseudonymised participants.

Activity progress follows the story's `today`: done once its actual end has passed, ongoing
once started, postponed when its planned start has passed but it has not started, planned
otherwise. Sessions after `today` are not written.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import insert

from desk.domain.enums import ActivityStatus, AgeGroup, Sex
from desk.models import Activity, Attendance, LogframeNode, Participant, activity_budget_lines
from desk.models import Session as EventSession
from desk.models import session_participants as session_participant_table
from desk.services.demo.context import DemoContext
from desk.services.demo.projects import AGR, JDF

Period = tuple[date, date]
# key, date, title, facilitator, attendance (female, male, unknown sex)
SessionSpec = tuple[str, date, str, str, tuple[int, int, int]]


@dataclass(frozen=True, slots=True)
class ActivitySpec:
    key: str  # = the logframe node key for JDF activities
    project: str
    title: str
    planned: Period
    actual: Period | None
    place: str
    responsible: str  # member key
    lines: tuple[str, ...]
    sessions: tuple[SessionSpec, ...] = ()
    notes: str = ""


def _d(text: str) -> date:
    return date.fromisoformat(text)


def _day(text: str) -> Period:
    return (_d(text), _d(text))


KARIMA = "Maison des jeunes de Hay Karima, Salé"
LOCAL = "Local de l'AHSS, Hay Karima, Salé"
LEGAL, COACH = "Me Nadia Berrada (juriste)", "Fatima Zahra Bennani (accompagnatrice)"
TRAINER = "Khadija Alaoui (formatrice AGR)"

ACTIVITIES: tuple[ActivitySpec, ...] = (
    ActivitySpec(
        "mobilisation", JDF, "Mobilisation des participantes dans les quartiers",
        (_d("2025-01-20"), _d("2025-02-15")), (_d("2025-01-20"), _d("2025-02-14")),
        "Hay Karima, Sidi Moussa et Tabriquet", "secretary", ("2.2", "5.4"),
        (("mobilisation", _d("2025-02-08"), "Réunion d'information communautaire",
          "Grace Mbuyi", (38, 6, 0)),),
    ),
    ActivitySpec(
        "ateliers", JDF, "Quatre ateliers sur les droits et l'accès aux services",
        (_d("2025-02-22"), _d("2025-06-21")), (_d("2025-02-22"), _d("2025-06-21")),
        KARIMA, "animatrice",
        ("1.1.2", "1.2.1", "1.3.1", "1.3.3", "3.1", "3.2", "5.1", "5.2"),
        (
            ("atelier1", _d("2025-02-22"), "Atelier 1 : droits fondamentaux et recours",
             LEGAL, (27, 4, 1)),
            ("atelier2", _d("2025-04-12"), "Atelier 2 : accès aux soins et protection sociale",
             LEGAL, (26, 5, 0)),
            ("atelier3", _d("2025-05-17"), "Atelier 3 : état civil, séjour et démarches",
             LEGAL, (25, 4, 1)),
            ("atelier4", _d("2025-06-21"), "Atelier 4 : violences faites aux femmes, orienter",
             LEGAL, (27, 5, 0)),
        ),
    ),
    ActivitySpec(
        "echange", JDF, "Rencontre avec les associations partenaires et les services publics",
        _day("2025-06-07"), _day("2025-10-11"),
        "Salle polyvalente de l'arrondissement Tabriquet, Salé", "president", ("5.1", "5.2"),
        (("echange", _d("2025-10-11"), "Rencontre avec les partenaires", "Aminata Diallo",
          (14, 9, 0)),),
        notes="Reportée de juin à octobre : salle indisponible pendant les examens.",
    ),
    ActivitySpec(
        "preparation", JDF, "Préparation de la journée du 8 mars",
        (_d("2025-01-27"), _d("2025-03-07")), (_d("2025-01-27"), _d("2025-03-07")),
        LOCAL, "secretary", ("5.4",),
    ),
    ActivitySpec(
        "journee", JDF, "Journée du 8 mars : table ronde, témoignages, exposition, ftour",
        _day("2025-03-08"), _day("2025-03-08"),
        "Centre culturel de Salé, salle de conférence", "president",
        ("1.3.2", "2.1", "5.1", "5.2"),
        (("journee", _d("2025-03-08"), "Journée internationale des droits des femmes",
          "Aminata Diallo", (128, 34, 6)),),
    ),
    ActivitySpec(
        "campagne", JDF, "Campagne de sensibilisation (affiches, dépliants, réseaux sociaux)",
        (_d("2025-02-15"), _d("2025-04-30")), (_d("2025-02-14"), _d("2025-04-30")),
        "Salé", "communication", ("5.3",),
    ),
    ActivitySpec(
        "formation_bureau", JDF, "Formation du bureau : gestion financière et outils de suivi",
        (_d("2025-09-13"), _d("2025-09-14")), (_d("2025-09-13"), _d("2025-09-14")),
        LOCAL, "treasurer", ("5.2",),
        (
            ("bureau1", _d("2025-09-13"), "Gestion financière : caisse, banque, pièces",
             COACH, (5, 4, 0)),
            ("bureau2", _d("2025-09-14"), "Outils de suivi : cadre logique et indicateurs",
             COACH, (5, 4, 0)),
        ),
    ),
    ActivitySpec(
        "evaluation", JDF, "Suivi, évaluation finale et rapports au bailleur",
        (_d("2025-11-01"), _d("2025-12-31")), (_d("2025-11-03"), _d("2025-12-31")),
        LOCAL, "president", ("1.1.1", "5.3", "5.5", "5.6"),
        (("restitution", _d("2025-12-13"), "Restitution de l'évaluation finale",
          "Salma Idrissi (consultante)", (22, 8, 2)),),
        notes=(
            "Le suivi et l'évaluation s'achèvent avec le projet, le 31/12/2025. Le rapport "
            "final narratif et financier est remis au bailleur avant l'échéance du 28/02/2026 "
            "(deux mois après la fin, comme le prévoit la convention)."
        ),
    ),
    ActivitySpec(
        "agr_module1", AGR, "Module 1 : créer et gérer une activité génératrice de revenus",
        (_d("2026-01-24"), _d("2026-02-14")), (_d("2026-01-24"), _d("2026-02-14")),
        KARIMA, "animatrice", ("1.1", "2.1", "2.2", "2.3"),
        tuple(
            (f"agr1_{n}", day, f"Module 1, journée {n}", TRAINER, (17, 3, 0))
            for n, day in enumerate(
                (_d("2026-01-24"), _d("2026-01-31"), _d("2026-02-07"), _d("2026-02-14")), 1
            )
        ),
    ),
    ActivitySpec(
        "agr_module2", AGR, "Module 2 : vendre, épargner et se faire accompagner",
        (_d("2026-04-11"), _d("2026-04-18")), (_d("2026-05-09"), _d("2026-05-16")),
        KARIMA, "animatrice", ("1.1", "2.1", "2.2", "2.3"),
        (
            ("agr2_1", _d("2026-05-09"), "Module 2, journée 1", TRAINER, (16, 3, 0)),
            ("agr2_2", _d("2026-05-16"), "Module 2, journée 2", TRAINER, (16, 3, 0)),
        ),
        notes="Reporté d'avril à mai : formatrice indisponible.",
    ),
    ActivitySpec(
        "agr_suivi", AGR, "Suivi individuel des bénéficiaires",
        (_d("2026-03-01"), _d("2026-09-30")), (_d("2026-03-02"), _d("2026-09-30")),
        "Domiciles et lieux d'activité des bénéficiaires", "vice", ("3.1",),
    ),
    ActivitySpec(
        "agr_kits", AGR, "Remise des kits de démarrage",
        _day("2026-07-04"), None, LOCAL, "president", ("1.2",),
    ),
)  # fmt: skip

# initials, sex, age group, nationality, session keys attended. Each person falls in an age
# bucket that the session's head count has (see `_age_split`): a listed person is one of the
# people counted, so that the reach (each listed person once) never exceeds the sheets.
PARTICIPANTS: tuple[tuple[str, Sex, AgeGroup, str, tuple[str, ...]], ...] = (
    ("A.K.", Sex.FEMALE, AgeGroup.FROM_18_TO_35, "Côte d'Ivoire", ("atelier1", "journee")),
    ("M.D.", Sex.FEMALE, AgeGroup.FROM_36_TO_59, "Guinée", ("atelier1", "atelier2")),
    ("F.S.", Sex.FEMALE, AgeGroup.FROM_18_TO_35, "Sénégal", ("atelier2", "journee")),
    ("B.T.", Sex.MALE, AgeGroup.FROM_18_TO_35, "Mali", ("atelier3",)),
    ("R.N.", Sex.FEMALE, AgeGroup.FROM_18_TO_35, "Cameroun", ("journee",)),
    ("E.O.", Sex.FEMALE, AgeGroup.FROM_18_TO_35, "Nigeria", ("atelier3", "atelier4")),
    ("C.M.", Sex.FEMALE, AgeGroup.FROM_36_TO_59, "RD Congo", ("atelier4", "restitution")),
    ("S.B.", Sex.UNKNOWN, AgeGroup.UNKNOWN, "", ("journee",)),
    ("H.E.", Sex.FEMALE, AgeGroup.FROM_18_TO_35, "Maroc", ("agr1_1", "agr1_2", "agr2_1")),
    ("J.A.", Sex.MALE, AgeGroup.FROM_18_TO_35, "Ghana", ("agr1_1", "agr1_3")),
    ("N.K.", Sex.FEMALE, AgeGroup.FROM_36_TO_59, "Côte d'Ivoire", ("agr1_2", "agr2_2")),
    ("L.M.", Sex.FEMALE, AgeGroup.FROM_36_TO_59, "Guinée", ("agr1_4",)),
)


def _age_split(count: int, sex: Sex) -> list[tuple[AgeGroup, int]]:
    """A fixed age profile (55 % 18-35, 35 % 36-59, 5 % 60+, rest unknown); people of unknown
    sex are of unknown age too. Fixed so that the indicators do not depend on the seed."""
    if sex is Sex.UNKNOWN:
        return [(AgeGroup.UNKNOWN, count)]
    young, middle, old = count * 55 // 100, count * 35 // 100, count * 5 // 100
    rest = count - young - middle - old
    buckets = [
        (AgeGroup.FROM_18_TO_35, young),
        (AgeGroup.FROM_36_TO_59, middle),
        (AgeGroup.OVER_60, old),
        (AgeGroup.UNKNOWN, rest),
    ]
    return [(group, n) for group, n in buckets if n]


def _progress(spec: ActivitySpec, today: date) -> tuple[ActivityStatus, date | None, date | None]:
    if spec.actual is not None:
        start, end = spec.actual
        if end <= today:
            return ActivityStatus.DONE, start, end
        if start <= today:
            return ActivityStatus.ONGOING, start, None
    if spec.planned[0] <= today:
        return ActivityStatus.POSTPONED, None, None
    return ActivityStatus.PLANNED, None, None


def build_activities(ctx: DemoContext, nodes: dict[str, LogframeNode]) -> None:
    """Activities, their budget lines, sessions, attendance and participants."""
    session = ctx.session
    links: list[dict[str, int]] = []
    sessions = attendance = 0
    for spec in ACTIVITIES:
        status, start, end = _progress(spec, ctx.today)
        node = nodes.get(spec.key) if spec.project == JDF else None
        activity = Activity(
            project_id=ctx.projects[spec.project],
            logframe_node_id=None if node is None else node.id,
            title=spec.title,
            planned_start=spec.planned[0],
            planned_end=spec.planned[1],
            actual_start=start,
            actual_end=end,
            place=spec.place,
            responsible=ctx.members[spec.responsible].name,
            status=status,
            notes=spec.notes,
        )
        session.add(activity)
        session.flush()
        ctx.activities[spec.key] = activity.id
        ctx.activity_projects[spec.key] = spec.project
        links += [
            {"activity_id": activity.id, "budget_line_id": ctx.lines[(spec.project, code)]}
            for code in spec.lines
        ]
        for key, day, title, facilitator, (female, male, unknown) in spec.sessions:
            if not ctx.happened(day):
                continue
            event = EventSession(
                activity_id=activity.id, date=day, title=title, place=spec.place,
                facilitator=facilitator,
            )  # fmt: skip
            for sex, count in ((Sex.FEMALE, female), (Sex.MALE, male), (Sex.UNKNOWN, unknown)):
                for group, n in _age_split(count, sex):
                    event.attendance.append(Attendance(sex=sex, age_group=group, count=n))
                    attendance += 1
            session.add(event)
            session.flush()
            ctx.events[key] = event.id
            sessions += 1
    session.execute(insert(activity_budget_lines), links)
    people = 0
    for initials, sex, group, nationality, keys in PARTICIPANTS:
        attended = [ctx.events[key] for key in keys if key in ctx.events]
        if not attended:
            continue
        project = AGR if keys[0].startswith("agr") else JDF
        person = Participant(
            project_id=ctx.projects[project], initials=initials, sex=sex, age_group=group,
            nationality=nationality,
        )  # fmt: skip
        session.add(person)
        session.flush()
        session.execute(
            insert(session_participant_table),
            [{"session_id": s, "participant_id": person.id} for s in attended],
        )
        people += 1
    day = min(ctx.today, date(2026, 6, 30))
    ctx.audit_many("activity", len(ACTIVITIES), date(2025, 1, 15))
    ctx.audit_many("activity_budget_line", len(links), date(2025, 1, 15))
    ctx.audit_many("session", sessions, day, "secretary")
    ctx.audit_many("attendance", attendance, day, "secretary")
    ctx.audit_many("participant", people, day, "secretary")
