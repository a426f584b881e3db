"""The books of 2025, as the treasurer lived them: opening balances, dues, the FEME grant in
EUR, four workshops, the 8 March day (in Ramadan: it ends with a shared ftour), an advance to
the secretary and its settlement, the board's training, the final evaluation, and the INDH
instalment for next year's training cycle. Routine items (phone credit, team travel, bank
fees, coordination) vary with the seed; the project's key figures do not."""

from __future__ import annotations

import random

from desk.domain.enums import TransactionKind
from desk.domain.money import Money, convert
from desk.services.demo.entries import (
    BANK,
    CASH,
    Entry,
    Leg,
    d,
    dh,
    jdf,
    op,
    receive,
    spend,
)
from desk.services.demo.projects import (
    AGR,
    AGR_FIRST_INSTALMENT,
    JDF,
    JDF_FIRST_INSTALMENT,
    JDF_RATE,
)

MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip
FEME = "Fondation Euro-Méditerranéenne pour l'Égalité"
# The board's errands in 2025, per quarter (DH), fixed so that the seed's draws stay as they were.
ERRANDS, QUARTERS = (270, 240, 240, 280), ("1er", "2e", "3e", "4e")


def opening() -> Entry:
    """Balances brought forward on 1 January 2025 (the association existed before AssoDesk)."""
    cash, bank = dh("1 850,00"), dh("12 430,50")
    return Entry(
        d("2025-01-01"),
        TransactionKind.OPENING,
        "Soldes d'ouverture au 1er janvier 2025",
        (Leg(CASH, cash), Leg(BANK, bank), Leg("1181", -(cash + bank))),
        receipt=False,
        not_required=True,
        key="opening",
    )


def workshop(n: int, day: str, people: int) -> list[Entry]:
    """One workshop day of the JDF project: hall, break, per diems, kits, the lawyer."""
    when, act = d(day), "ateliers"
    return [
        spend(when, f"Location de la salle — atelier {n}", "cash",
              jdf("6131", dh(600), "5.1", act), payee="Maison des jeunes de Hay Karima"),
        spend(when, f"Pause café — atelier {n} ({people} personnes)", "cash",
              jdf("6143", dh(25 * people), "5.2", act), payee="Traiteur Al Baraka"),
        spend(when, f"Per diems des participantes — atelier {n} ({people} × 80 DH, liste signée)",
              "cash", jdf("6178", dh(80 * people), "1.3.3", act)),
        spend(when, f"Per diems des animatrices — atelier {n} (2 × 150 DH)", "cash",
              jdf("6178", dh(300), "1.3.1", act)),
        spend(when, f"Kits des participantes — atelier {n} (cahiers, stylos, sacs)", "cash",
              jdf("6122", dh(50 * people), "3.2", act), payee="Librairie Al Qalam"),
        spend(when, f"Honoraires de la formatrice juriste — atelier {n}", "bank",
              jdf("6136", dh(1050), "1.2.1", act), payee="Me Nadia Berrada"),
    ]  # fmt: skip


def journee() -> list[Entry]:
    """The 8 March day, the advance to the secretary for its purchases and its settlement."""
    act = "journee"
    return [
        Entry(d("2025-03-03"), TransactionKind.ADVANCE,
              "Avance à Grace Mbuyi pour les achats de la journée du 8 mars",
              (Leg("3481", dh(1500)), Leg(CASH, -dh(1500))), member="secretary", key="advance"),
        # visibility material of the campaign, first shown on the day (bought before it)
        spend(d("2025-03-05"), "Banderole et kakémono — journée du 8 mars", "bank",
              jdf("6144", dh(850), "5.3", "campagne"), payee="Imprimerie Al Amal"),
        spend(d("2025-03-08"), "Location de la salle de conférence — 8 mars", "bank",
              jdf("6131", dh(900), "5.1", act), payee="Centre culturel de Salé"),
        spend(d("2025-03-08"), "Transport des participantes — minibus (2 rotations)", "cash",
              jdf("6142", dh(1400), "2.1", act), payee="Transports Bouregreg"),
        spend(d("2025-03-08"), "Grands taxis pour les invitées — 8 mars", "cash",
              jdf("6142", dh(640), "2.1", act), receipt=False, key="taxi-8mars"),
        spend(d("2025-03-08"), "Ftour collectif — 168 personnes", "cash",
              jdf("6143", dh(2520), "5.2", act), payee="Traiteur Dar Salam"),
        spend(d("2025-03-08"), "Per diems des intervenantes de la table ronde (6 × 150 DH)",
              "cash", jdf("6178", dh(900), "1.3.2", act), receipt=False),
        receive(d("2025-03-08"), "Collecte lors de la journée du 8 mars", "cash",
                op("7182", dh("1 350,50"))),
        # justified on the evening of the day, receipts and change in hand
        Entry(d("2025-03-08"), TransactionKind.ADVANCE_SETTLEMENT,
              "Justification de l'avance de Grace Mbuyi (achats du 8 mars)",
              (jdf("6122", dh(620), "3.2", act), jdf("6143", dh(540), "5.2", act),
               Leg(CASH, dh(340)), Leg("3481", -dh(1500))),
              member="secretary", key="settlement"),
    ]  # fmt: skip


def routine(rng: random.Random) -> list[Entry]:
    """Monthly items of 2025: bank fees, the office's internet, the board's errands, and the
    project's phone credit, team travel, coordination and animatrice."""
    out: list[Entry] = []
    for month in range(1, 13):
        name, last = MONTHS[month - 1], 28 if month == 2 else 30
        out.append(
            spend(
                d(f"2025-{month:02d}-{last}"),
                f"Frais de tenue de compte — {name}",
                "bank",
                op("6147", dh("24,20")),
                payee="Banque Populaire",
                not_required=True,
            )
        )
        phone = d(f"2025-{month:02d}-{rng.randint(2, 6):02d}")
        # The office's 4G key, every month: the association's own running cost.
        out.append(
            spend(
                phone,
                f"Recharge internet — clé 4G du bureau — {name}",
                "cash",
                op("6145", dh(100)),
                payee="Inwi",
            )
        )
        if month % 3 == 0:  # the board's errands, claimed once a quarter
            out.append(
                spend(
                    d(f"2025-{month:02d}-{last}"),
                    f"Déplacements du bureau (banque, poste, administrations) — "
                    f"{QUARTERS[month // 3 - 1]} trimestre",
                    "cash",
                    op("6142", dh(ERRANDS[month // 3 - 1])),
                )
            )
        if month == 1:
            continue  # the project's coordination starts in February
        out.append(
            spend(
                phone,
                f"Recharge téléphonique de la coordination — {name}",
                "cash",
                jdf("6145", dh(120), "5.4"),
                payee="Inwi",
            )
        )
        travel = dh(rng.randrange(200, 310, 10))
        out.append(
            spend(
                d(f"2025-{month:02d}-{rng.randint(20, 26)}"),
                f"Déplacements de l'équipe (tram, petits taxis) — {name}",
                "cash",
                jdf("6142", travel, "2.2"),
                receipt=month != 7,
            )
        )
        out.append(
            spend(
                d(f"2025-{month:02d}-{last}"),
                f"Prestation de coordination — {name}",
                "bank",
                jdf("6136", dh(2700), "1.1.1"),
                payee="Salimata Coulibaly",
            )
        )
        if month in (2, 3, 4, 5, 6, 10):
            out.append(
                spend(
                    d(f"2025-{month:02d}-{last}"),
                    f"Indemnité de l'animatrice — {name}",
                    "bank",
                    jdf("6136", dh(1300), "1.1.2"),
                    payee="Fatou Ndiaye",
                )
            )
    return out  # fmt: skip


def story_2025(rng: random.Random) -> list[Entry]:
    first = convert(Money(JDF_FIRST_INSTALMENT, "EUR"), JDF_RATE, "MAD").minor
    entries = [
        opening(),
        receive(d("2025-01-11"), "Cotisations 2025 — 8 membres × 200 DH", "cash",
                op("7181", dh(1600))),
        spend(d("2025-01-15"), "Cotisation annuelle au Réseau des associations de migrants",
              "bank", op("6146", dh(500)), payee="Réseau des associations de migrants"),
        spend(d("2025-01-25"), "Thé et pâtisseries — assemblée générale", "cash",
              op("6143", dh(640)), payee="Pâtisserie Bab Chaafa"),
        spend(d("2025-01-20"), "Transport — visites de mobilisation à Sidi Moussa", "cash",
              jdf("6142", dh(180), "2.2", "mobilisation")),
        spend(d("2025-02-03"), "Vidéoprojecteur et écran", "bank",
              jdf("6122", dh(4390), "3.1"), payee="Bureau Équipement Salé"),
        spend(d("2025-02-08"), "Thé et collation — réunion d'information communautaire", "cash",
              jdf("6143", dh(380), "5.2", "mobilisation")),
        receive(d("2025-02-10"), "Subvention FEME — 1re tranche (6 500,00 EUR à 10,85)", "bank",
                Leg("7132", first, project=JDF, funder="feme"), payee=FEME, key="jdf-t1",
                original=(JDF_FIRST_INSTALMENT, "EUR", str(JDF_RATE))),
        spend(d("2025-02-12"), "Commission sur virement international reçu", "bank",
              jdf("6147", dh(180), "5.5"), payee="Banque Populaire", not_required=True),
        spend(d("2025-02-14"), "Impression de 500 dépliants et 60 affiches", "bank",
              jdf("6144", dh(2350), "5.3", "campagne"), payee="Imprimerie Al Amal"),
        *workshop(1, "2025-02-22", 32),
        *journee(),
        *workshop(2, "2025-04-12", 31),
        receive(d("2025-04-22"), "Don des Amis de Salé (France) — virement", "bank",
                op("7182", dh(5000)), payee="Association Les Amis de Salé"),
        spend(d("2025-04-25"), "Remboursement à Moussa Traoré — publication sponsorisée",
              "cash", jdf("6144", dh(300), "5.3", "campagne"), member="communication",
              kind=TransactionKind.REIMBURSEMENT),
        spend(d("2025-05-06"), "Assurance responsabilité civile 2025", "bank",
              op("6134", dh(850)), payee="Assurances Atlas Salé"),
        *workshop(3, "2025-05-17", 30),
        *workshop(4, "2025-06-21", 32),
        spend(d("2025-06-30"), "Taxi — dépôt du dossier à la préfecture", "cash",
              op("6142", dh(60)), receipt=False),
        spend(d("2025-07-25"), "Impression du rapport intermédiaire (3 exemplaires)", "cash",
              jdf("6144", dh(180), "5.3"), payee="Imprimerie Al Amal"),
        receive(d("2025-09-06"), "Cotisations 2025 — 4 membres × 200 DH", "cash",
                op("7181", dh(800))),
        spend(d("2025-09-13"), "Pauses et déjeuners — formation du bureau (2 jours)", "cash",
              jdf("6143", dh(540), "5.2", "formation_bureau"), payee="Traiteur Al Baraka"),
        spend(d("2025-09-13"), "Classeurs et registre de caisse", "cash", op("6122", dh(260)),
              payee="Librairie Al Qalam"),
        spend(d("2025-10-11"), "Location de la salle — rencontre des partenaires", "cash",
              jdf("6131", dh(600), "5.1", "echange"), payee="Arrondissement Tabriquet"),
        spend(d("2025-10-11"), "Pause café — rencontre des partenaires (23 personnes)", "cash",
              jdf("6143", dh(575), "5.2", "echange"), payee="Traiteur Al Baraka"),
        receive(d("2025-11-20"), "Subvention INDH — 1re tranche du cycle de formation AGR", "bank",
                Leg("7131", AGR_FIRST_INSTALMENT, project=AGR, funder="indh"),
                payee="INDH — Province de Salé", key="agr-t1"),
        spend(d("2025-06-10"), "Ramettes de papier et cartouche d'encre", "cash",
              op("6122", dh(520)), payee="Librairie Al Qalam"),
        spend(d("2025-11-25"), "Carnet de reçus et registre", "cash", op("6122", dh(95)),
              payee="Librairie Al Qalam"),
        spend(d("2025-12-10"), "Évaluation finale — honoraires de la consultante", "bank",
              jdf("6136", dh(6500), "5.6", "evaluation"), payee="Salma Idrissi"),
        spend(d("2025-12-13"), "Location de la salle — restitution de l'évaluation", "cash",
              jdf("6131", dh(600), "5.1", "evaluation"), payee="Maison des jeunes de Hay Karima"),
        spend(d("2025-12-13"), "Pause café — restitution (32 personnes)", "cash",
              jdf("6143", dh(800), "5.2", "evaluation"), payee="Traiteur Al Baraka"),
        spend(d("2025-12-18"),
              "Impression du rapport d'évaluation finale et des supports de restitution", "bank",
              jdf("6144", dh(1200), "5.3", "evaluation"), payee="Imprimerie Al Amal"),
        receive(d("2025-12-20"), "Don d'un particulier — fin d'année", "cash",
                op("7182", dh(1000))),
    ]  # fmt: skip
    return entries + routine(rng)
