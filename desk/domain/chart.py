"""The default chart of accounts of a Moroccan association (CGNC numbering).

Each entry has the official label and the plain French name a treasurer picks from; only the
`category` entries are offered in the expense and income forms.
"""

from __future__ import annotations

from dataclasses import dataclass

from desk.domain.enums import AccountKind


@dataclass(frozen=True, slots=True)
class ChartEntry:
    code: str
    name: str
    plain_name: str
    kind: AccountKind
    category: bool = False


CASH_ACCOUNT = "5161"
BANK_ACCOUNT = "5141"
MOBILE_MONEY_ACCOUNT = "5143"
MEMBER_ADVANCES_ACCOUNT = "3481"
MEMBERS_PAYABLE_ACCOUNT = "4488"
OPENING_BALANCE_ACCOUNT = "1181"
CASH_DIFFERENCE_EXPENSE = "6588"
CASH_DIFFERENCE_INCOME = "7588"

_E, _I = AccountKind.EXPENSE, AccountKind.INCOME

DEFAULT_CHART: tuple[ChartEntry, ...] = (
    ChartEntry("1111", "Fonds associatif", "Fonds propres de l'association", AccountKind.EQUITY),
    ChartEntry(
        OPENING_BALANCE_ACCOUNT,
        "Résultats nets en instance d'affectation",
        "Report à nouveau",
        AccountKind.EQUITY,
    ),
    ChartEntry("2355", "Matériel informatique", "Ordinateurs et matériel", AccountKind.ASSET),
    ChartEntry(
        MEMBER_ADVANCES_ACCOUNT,
        "Avances au personnel et aux membres",
        "Avances aux membres",
        AccountKind.ASSET,
    ),
    ChartEntry("4411", "Fournisseurs", "Fournisseurs à payer", AccountKind.LIABILITY),
    ChartEntry(
        MEMBERS_PAYABLE_ACCOUNT,
        "Dettes envers les membres",
        "À rembourser aux membres",
        AccountKind.LIABILITY,
    ),
    ChartEntry(
        "4491", "Produits constatés d'avance", "Subventions reçues d'avance", AccountKind.LIABILITY
    ),
    ChartEntry(BANK_ACCOUNT, "Banques", "Banque", AccountKind.TREASURY),
    ChartEntry(
        MOBILE_MONEY_ACCOUNT, "Comptes de paiement mobile", "Paiement mobile", AccountKind.TREASURY
    ),
    ChartEntry(CASH_ACCOUNT, "Caisse", "Caisse", AccountKind.TREASURY),
    ChartEntry("5165", "Caisse des projets", "Caisse projet", AccountKind.TREASURY),
    ChartEntry("6111", "Achats de marchandises", "Achats", _E, True),
    ChartEntry(
        "6122", "Achats de fournitures consommables", "Fournitures et petit matériel", _E, True
    ),
    ChartEntry(
        "6125",
        "Achats non stockés de matières et fournitures",
        "Eau, électricité, carburant",
        _E,
        True,
    ),
    ChartEntry(
        "6126",
        "Achats de travaux, études et prestations de service",
        "Prestations de service",
        _E,
        True,
    ),
    ChartEntry("6131", "Locations et charges locatives", "Loyer et location de salles", _E, True),
    ChartEntry("6133", "Entretien et réparations", "Entretien et réparations", _E, True),
    ChartEntry("6134", "Primes d'assurances", "Assurances", _E, True),
    ChartEntry("6136", "Rémunérations d'intermédiaires et honoraires", "Honoraires", _E, True),
    ChartEntry("6142", "Transports", "Transport", _E, True),
    ChartEntry(
        "6143",
        "Déplacements, missions et réceptions",
        "Déplacements, repas et réceptions",
        _E,
        True,
    ),
    ChartEntry(
        "6144",
        "Publicité, publications et relations publiques",
        "Communication et visibilité",
        _E,
        True,
    ),
    ChartEntry(
        "6145", "Frais postaux et frais de télécommunications", "Téléphone et internet", _E, True
    ),
    ChartEntry("6146", "Cotisations et dons", "Cotisations versées", _E, True),
    ChartEntry("6147", "Services bancaires", "Frais bancaires", _E, True),
    ChartEntry("6148", "Autres charges externes", "Autres frais", _E, True),
    ChartEntry("6161", "Impôts et taxes directs", "Impôts et taxes", _E, True),
    ChartEntry("6171", "Rémunérations du personnel", "Salaires", _E, True),
    ChartEntry("6174", "Charges sociales", "Charges sociales (CNSS)", _E, True),
    ChartEntry("6178", "Indemnités et per diems", "Per diems des participants", _E, True),
    ChartEntry(
        CASH_DIFFERENCE_EXPENSE, "Autres charges d'exploitation", "Écart de caisse (manque)", _E
    ),
    ChartEntry("7111", "Ventes de marchandises", "Ventes", _I, True),
    ChartEntry("7124", "Prestations de services", "Prestations facturées", _I, True),
    ChartEntry("7181", "Cotisations des membres", "Cotisations des membres", _I, True),
    ChartEntry("7182", "Dons", "Dons", _I, True),
    ChartEntry(
        "7131",
        "Subventions d'exploitation reçues de l'État",
        "Subventions publiques marocaines",
        _I,
        True,
    ),
    ChartEntry(
        "7132", "Subventions d'organismes étrangers", "Subventions de bailleurs étrangers", _I, True
    ),
    ChartEntry("7133", "Autres subventions d'exploitation", "Autres subventions", _I, True),
    ChartEntry("7381", "Intérêts et produits assimilés", "Intérêts bancaires", _I, True),
    ChartEntry(
        CASH_DIFFERENCE_INCOME, "Autres produits d'exploitation", "Écart de caisse (excédent)", _I
    ),
)
