"""The books of January to June 2026: dues, the network fee, the INDH training cycle (module 1
before Ramadan, module 2 in May), individual follow-up visits, the general assembly, a grant
from the commune, and the monthly routine."""

from __future__ import annotations

import random

from desk.domain.enums import TransactionKind
from desk.services.demo.entries import Entry, agr, d, dh, op, receive, spend
from desk.services.demo.story_2025 import MONTHS


def training_day(module: int, day: str, people: int) -> list[Entry]:
    """One day of the AGR training cycle: hall, break, participants' transport, trainer."""
    when, act = d(day), f"agr_module{module}"
    return [
        spend(when, f"Location de la salle — module {module}, {when:%d/%m}", "cash",
              agr("6131", dh(500), "2.1", act), payee="Maison des jeunes de Hay Karima"),
        spend(when, f"Pause café — module {module} ({people} personnes)", "cash",
              agr("6143", dh(25 * people), "2.2", act), payee="Traiteur Al Baraka"),
        spend(when, f"Transport des bénéficiaires — module {module} ({people} × 30 DH)", "cash",
              agr("6142", dh(30 * people), "2.3", act)),
        spend(when, f"Honoraires de la formatrice AGR — module {module}, {when:%d/%m}", "bank",
              agr("6136", dh(1200), "1.1", act), payee="Khadija Alaoui"),
    ]  # fmt: skip


def routine(rng: random.Random) -> list[Entry]:
    out: list[Entry] = []
    for month in range(1, 7):
        name, last = MONTHS[month - 1], 28 if month == 2 else 30
        out.append(
            spend(
                d(f"2026-{month:02d}-{last}"),
                f"Frais de tenue de compte — {name}",
                "bank",
                op("6147", dh("24,20")),
                payee="Banque Populaire",
                not_required=True,
            )
        )
        out.append(
            spend(
                d(f"2026-{month:02d}-{rng.randint(2, 6):02d}"),
                f"Recharge internet — clé 4G du bureau — {name}",
                "cash",
                op("6145", dh(100)),
                payee="Inwi",
            )
        )
        out.append(
            spend(
                d(f"2026-{month:02d}-{last}"),
                f"Coordination du cycle AGR — {name}",
                "bank",
                agr("6136", dh(600), "3.1"),
                payee="Mariam Koné",
            )
        )
        if month >= 3:
            visits = dh(rng.randrange(120, 260, 10))
            out.append(
                spend(
                    d(f"2026-{month:02d}-{rng.randint(10, 20)}"),
                    f"Visites de suivi des bénéficiaires — {name}",
                    "cash",
                    agr("6142", visits, "2.3", "agr_suivi"),
                )
            )
    return out  # fmt: skip


def story_2026(rng: random.Random) -> list[Entry]:
    entries = [
        receive(d("2026-01-10"), "Cotisations 2026 — 9 membres × 200 DH", "cash",
                op("7181", dh(1800))),
        spend(d("2026-01-15"), "Cotisation annuelle au Réseau des associations de migrants",
              "bank", op("6146", dh(500)), payee="Réseau des associations de migrants"),
        spend(d("2026-01-20"), "Fournitures de bureau", "cash", op("6122", dh(230)),
              payee="Librairie Al Qalam"),
        *training_day(1, "2026-01-24", 20),
        *training_day(1, "2026-01-31", 20),
        *training_day(1, "2026-02-07", 20),
        *training_day(1, "2026-02-14", 20),
        receive(d("2026-03-10"), "Cotisations 2026 — 2 membres × 200 DH", "cash",
                op("7181", dh(400))),
        spend(d("2026-03-28"), "Location de la salle — assemblée générale", "cash",
              op("6131", dh(500)), payee="Maison des jeunes de Hay Karima"),
        spend(d("2026-03-28"), "Pause café — assemblée générale", "cash", op("6143", dh(450)),
              receipt=False),
        receive(d("2026-04-08"), "Subvention de la commune de Salé — fonctionnement 2026",
                "bank", op("7131", dh(10000)), payee="Commune de Salé"),
        spend(d("2026-04-15"), "Assurance responsabilité civile 2026", "bank",
              op("6134", dh(880)), payee="Assurances Atlas Salé"),
        receive(d("2026-04-22"), "Don des Amis de Salé (France) — virement", "bank",
                op("7182", dh(3000)), payee="Association Les Amis de Salé"),
        *training_day(2, "2026-05-09", 19),
        *training_day(2, "2026-05-16", 19),
        spend(d("2026-05-20"), "Timbres fiscaux et légalisations — renouvellement du bureau",
              "cash", op("6161", dh(120)), receipt=False),
        spend(d("2026-06-12"), "Achat d'une imprimante pour le bureau", "bank",
              op("6122", dh(1290)), payee="Bureau Équipement Salé",
              kind=TransactionKind.EXPENSE),
    ]  # fmt: skip
    return entries + routine(rng)
