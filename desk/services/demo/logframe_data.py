"""The content of the JDF-2025 cadre logique: objectives, results, activities, assumptions and
indicators with baselines, targets by sex and measured values (as plain specs; `logframe`
writes them).

Disaggregated indicators get one target per sex bucket (female, male, unknown) plus the overall
target as `Sex.TOTAL`. Indicators counted from attendance name the activities that feed them
(`from_activities`, table `indicator_activity`): their values are computed from the sessions by
`desk.services.activities.indicators`, never typed here. The others (surveys, registers,
percentages) carry the values the association typed.

Two weaknesses are left on purpose, for the coach to comment on (the logframe quality checks
show exactly these): the orientations indicator (I-OS1-2) has no baseline (no register existed
before the project), and the 8 March indicator (I-R1.2-1) counts people by sex but its target
is a single total.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desk.domain.attendance import AttendanceMeasure
from desk.domain.enums import IndicatorKind, Sex

Value = tuple[date, Sex, int, str]  # period end, sex bucket, value, source


@dataclass(frozen=True, slots=True)
class IndicatorSpec:
    statement: str
    unit: str
    kind: IndicatorKind
    baseline: tuple[int, date] | None  # None: not measured before the project
    target: tuple[int, date]
    means: str
    frequency: str
    responsible: str
    by_sex: dict[Sex, int] = field(default_factory=dict)  # targets per bucket
    values: tuple[Value, ...] = ()
    # values computed from the attendance of these activities' sessions (activity keys)
    from_activities: tuple[str, ...] = ()
    measure: AttendanceMeasure = AttendanceMeasure.PARTICIPANTS


@dataclass(frozen=True, slots=True)
class NodeSpec:
    key: str
    statement: str
    assumptions: str = ""
    means: str = ""
    costs_note: str = ""
    indicators: tuple[IndicatorSpec, ...] = ()
    children: tuple[NodeSpec, ...] = ()


_F, _M, _U = Sex.FEMALE, Sex.MALE, Sex.UNKNOWN
_END = date(2025, 12, 31)


def _activity(key: str, statement: str, means: str, costs: str) -> NodeSpec:
    return NodeSpec(key=key, statement=statement, means=means, costs_note=costs)


TREE = NodeSpec(
    key="og",
    statement=(
        "Contribuer à la promotion des droits des femmes migrantes et à leur inclusion "
        "sociale et économique à Salé."
    ),
    indicators=(
        IndicatorSpec(
            "Nombre de femmes migrantes ayant engagé une démarche auprès d'un service (santé, "
            "justice, état civil) dans les six mois suivant leur formation",
            "femmes",
            IndicatorKind.NUMBER,
            (0, date(2025, 1, 31)),
            (60, date(2026, 6, 30)),
            "Fiches de suivi individuel ; attestations des services partenaires",
            "Semestrielle",
            "Présidente",
            values=((date(2025, 12, 31), _F, 41, "Fiches de suivi individuel, décembre 2025"),),
        ),
    ),
    children=(
        NodeSpec(
            key="os1",
            statement=(
                "Les femmes migrantes de Salé connaissent leurs droits et accèdent mieux aux "
                "services d'accompagnement juridique, social et économique."
            ),
            assumptions=(
                "Les autorités locales et les services publics restent ouverts à l'accueil "
                "des personnes migrantes."
            ),
            indicators=(
                IndicatorSpec(
                    "Part des participantes capables de citer au moins trois droits et un "
                    "service de recours",
                    "%",
                    IndicatorKind.PERCENTAGE,
                    (20, date(2025, 2, 8)),
                    (70, _END),
                    "Questionnaires avant et après les ateliers",
                    "Début, mi-parcours et fin",
                    "Secrétaire générale",
                    values=(
                        (date(2025, 6, 30), Sex.TOTAL, 62, "Questionnaires après l'atelier 4"),
                        (date(2025, 12, 13), Sex.TOTAL, 74, "Évaluation finale"),
                    ),
                ),
                IndicatorSpec(
                    "Nombre de femmes orientées vers un service d'accompagnement",
                    "femmes",
                    IndicatorKind.NUMBER,
                    None,  # deliberate: no register of orientations before the project
                    (40, _END),
                    "Registre des orientations de l'association",
                    "Trimestrielle",
                    "Animatrice des ateliers",
                    values=((date(2025, 12, 31), _F, 34, "Registre des orientations"),),
                ),
            ),
            children=(
                NodeSpec(
                    key="r_formation",
                    statement=(
                        "125 personnes, dont 105 femmes, sont formées sur les droits des femmes "
                        "et l'accès aux services."
                    ),
                    assumptions="Les participantes sont disponibles (garde d'enfants, travail).",
                    indicators=(
                        IndicatorSpec(
                            "Nombre de personnes formées sur les droits et l'accès aux services",
                            "personnes",
                            IndicatorKind.NUMBER,
                            (0, date(2025, 1, 31)),
                            (125, date(2025, 6, 30)),
                            "Feuilles de présence signées ; photos des ateliers",
                            "Après chaque atelier",
                            "Animatrice des ateliers",
                            by_sex={_F: 105, _M: 20, _U: 0},
                            from_activities=("ateliers",),
                        ),
                    ),
                    children=(
                        _activity(
                            "mobilisation",
                            "Identifier et mobiliser les participantes dans les quartiers (Hay "
                            "Karima, Sidi Moussa, Tabriquet).",
                            "Relais communautaires, téléphone",
                            "Déplacements, communication",
                        ),
                        _activity(
                            "ateliers",
                            "Animer quatre ateliers de formation sur les droits et l'accès aux "
                            "services (santé, justice, état civil).",
                            "Formatrice juriste, animatrice, salle, kits",
                            "Honoraires, per diems, salle, pauses, kits",
                        ),
                        _activity(
                            "echange",
                            "Organiser une rencontre d'échange avec les associations partenaires "
                            "et les services publics.",
                            "Salle, invitations",
                            "Salle, pauses",
                        ),
                    ),
                ),
                NodeSpec(
                    key="r_journee",
                    statement=(
                        "La Journée internationale des droits des femmes du 8 mars est célébrée "
                        "avec les communautés et les partenaires."
                    ),
                    assumptions="La salle du centre culturel est disponible le 8 mars.",
                    indicators=(
                        IndicatorSpec(
                            "Nombre de participants à la journée du 8 mars",
                            "personnes",
                            IndicatorKind.NUMBER,
                            (0, date(2025, 1, 31)),
                            (150, date(2025, 3, 8)),
                            "Feuille de présence ; photos ; article de presse locale",
                            "Ponctuelle",
                            "Présidente",
                            # deliberate: counted by sex, but the target is a single total
                            from_activities=("journee",),
                        ),
                        IndicatorSpec(
                            "Nombre de supports de sensibilisation diffusés",
                            "supports",
                            IndicatorKind.NUMBER,
                            (0, date(2025, 1, 31)),
                            (1000, date(2025, 4, 30)),
                            "Bons de livraison de l'imprimerie ; registre de distribution",
                            "Mensuelle",
                            "Chargé de communication",
                            values=(
                                (date(2025, 4, 30), Sex.TOTAL, 1150, "Registre de distribution"),
                            ),
                        ),
                    ),
                    children=(
                        _activity(
                            "preparation",
                            "Préparer la journée du 8 mars (comité, programme, invitations).",
                            "Comité d'organisation",
                            "Téléphone",
                        ),
                        _activity(
                            "journee",
                            "Tenir la journée du 8 mars : table ronde, témoignages, exposition et "
                            "ftour collectif.",
                            "Intervenantes, salle, minibus",
                            "Salle, transport, per diems, repas",
                        ),
                        _activity(
                            "campagne",
                            "Mener une campagne de sensibilisation (affiches, dépliants, réseaux "
                            "sociaux).",
                            "Imprimerie, page Facebook",
                            "Impression et visibilité",
                        ),
                    ),
                ),
                NodeSpec(
                    key="r_capacites",
                    statement=(
                        "Les capacités de l'association en gestion financière et en suivi de "
                        "projet sont renforcées."
                    ),
                    assumptions="Les membres du bureau restent en fonction pendant le projet.",
                    indicators=(
                        IndicatorSpec(
                            "Un tableau de bord financier est tenu chaque mois par le trésorier",
                            "oui/non",
                            IndicatorKind.YES_NO,
                            (0, date(2025, 1, 31)),
                            (1, _END),
                            "Tableaux de bord mensuels ; rapport de l'accompagnatrice",
                            "Mensuelle",
                            "Trésorier",
                            values=((date(2025, 10, 31), Sex.TOTAL, 1, "Tableaux de bord"),),
                        ),
                    ),
                    children=(
                        _activity(
                            "formation_bureau",
                            "Former le bureau à la gestion financière et aux outils de suivi.",
                            "Accompagnatrice",
                            "Pauses",
                        ),
                        _activity(
                            "evaluation",
                            "Assurer le suivi, l'évaluation finale et les rapports au bailleur.",
                            "Consultante, coordinatrice",
                            "Évaluation, coordination, impression",
                        ),
                    ),
                ),
            ),
        ),
    ),
)
PRECONDITIONS = (
    "Convention signée avec la FEME ; accord de la commune pour l'usage des salles ; "
    "compte bancaire de l'association ouvert et à jour."
)
