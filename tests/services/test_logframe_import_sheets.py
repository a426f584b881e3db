"""Logframe sheets as people make them: levels by code, by a merged level column, by
indentation or by the user's row mapping; one indicator per line or per row; a workplan with
one column per level; and the sheets that cannot be read."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.styles import Alignment

from desk.domain.enums import IndicatorKind
from desk.domain.errors import DomainError, ErrorCode
from desk.services.logframe_import import (
    SKIP_ROW,
    ImportedLogframe,
    Mapping,
    Role,
    detect_mapping,
    parse_sheet,
    read_sheet,
)
from desk.services.logframe_import.vocab import Vocabulary

HEADER = [
    "Logique d'intervention",
    "Indicateurs objectivement vérifiables",
    "Sources de vérification",
    "Hypothèses",
]
Build = Callable[..., Path]


@pytest.fixture
def xlsx(tmp_path: Path) -> Build:
    def build(rows: list[list[Any]], merges: tuple[str, ...] = (), indents: Any = None) -> Path:
        book = openpyxl.Workbook()
        ws = book.active
        assert ws is not None
        for row in rows:
            ws.append(row)
        for span in merges:
            ws.merge_cells(span)
        for coordinate, indent in (indents or {}).items():
            ws[coordinate].alignment = Alignment(indent=indent)
        path = tmp_path / "cadre.xlsx"
        book.save(path)
        return path

    return build


def _read(path: Path, mapping: Mapping | None = None) -> ImportedLogframe:
    vocab = Vocabulary.default()
    sheet = read_sheet(path)
    return parse_sheet(sheet, mapping or detect_mapping(sheet, vocab), vocab)


def _tree(found: ImportedLogframe) -> list[tuple[int, str]]:
    return [(n.depth, n.statement) for n in found.walk()]


def test_codes_and_one_indicator_per_line(xlsx: Build) -> None:
    path = xlsx(
        [
            ["Cadre logique — projet Jeunes"],
            [],
            HEADER,
            ["OG : Réduire le décrochage scolaire", "• Taux d'abandon\n• Nombre d'élèves", "", ""],
            [
                "OS1 – Les élèves restent à l'école",
                "Taux d'abandon",
                "Registres",
                "Écoles ouvertes",
            ],
            [
                "R1 – Soutien scolaire",
                "- Nombre de séances\n- Nombre d'élèves suivis",
                "Fiches",
                "",
            ],
            ["A1.1 : Recruter des tuteurs", "", "", ""],
            ["R2 – Parents impliqués", "Nombre de parents", "Listes\nPhotos", ""],
            ["Activité 2.1 : Réunions de parents", "", "", ""],
            ["", "", "Conditions préalables", ""],
            ["", "", "Accord de l'académie", ""],
        ]
    )
    found = _read(path)
    assert _tree(found) == [
        (0, "Réduire le décrochage scolaire"),
        (1, "Les élèves restent à l'école"),
        (2, "Soutien scolaire"),
        (3, "Recruter des tuteurs"),
        (2, "Parents impliqués"),
        (3, "Réunions de parents"),
    ]
    nodes = found.walk()
    assert [i.statement for i in nodes[0].indicators] == ["Taux d'abandon", "Nombre d'élèves"]
    assert [i.statement for i in nodes[2].indicators] == [
        "Nombre de séances",
        "Nombre d'élèves suivis",
    ]
    assert [i.means_of_verification for i in nodes[2].indicators] == ["Fiches", "Fiches"]
    assert nodes[4].indicators[0].means_of_verification == "Listes\nPhotos"
    assert nodes[1].assumptions == "Écoles ouvertes"
    assert found.preconditions == "Accord de l'académie"
    assert found.warnings == []


def test_merged_level_column_and_one_indicator_per_row(xlsx: Build) -> None:
    path = xlsx(
        [
            [
                "",
                "Chaîne des résultats",
                "Indicateurs",
                "Valeur de référence",
                "Cible",
                "Hypothèses",
            ],
            ["Impact", "Moins de décrochage", "Taux d'abandon", "30 % (2024)", "10 % (2027)", ""],
            ["", "", "Taux de réussite", "55 %", "70 %", ""],
            ["Effet", "Élèves accompagnés", "Nombre d'élèves", "0", "200 élèves (31/12/2026)", "x"],
            ["Produits", "Tutorat en place", "Tuteurs formés", "0", "12", ""],
            ["", "Parents mobilisés", "Réunions tenues", "non", "oui", ""],
        ],
        merges=("A2:A3", "B2:B3", "A5:A6"),
    )
    found = _read(path)
    assert _tree(found) == [
        (0, "Moins de décrochage"),
        (1, "Élèves accompagnés"),
        (2, "Tutorat en place"),
        (2, "Parents mobilisés"),
    ]
    abandon, success = found.walk()[0].indicators
    # a decreasing indicator keeps its figures: 30 % down to 10 %
    assert (abandon.baseline, abandon.target, abandon.unit) == (Decimal(30), Decimal(10), "%")
    assert abandon.kind is IndicatorKind.PERCENTAGE
    assert (abandon.baseline_date, abandon.target_date) == (
        __import__("datetime").date(2024, 1, 1),
        __import__("datetime").date(2027, 12, 31),
    )
    assert success.statement == "Taux de réussite" and success.target == Decimal(70)
    meetings = found.walk()[3].indicators[0]
    assert (meetings.kind, meetings.baseline, meetings.target) == (
        IndicatorKind.YES_NO,
        Decimal(0),
        Decimal(1),
    )
    assert found.suggested_layout == "eu2016"


def test_levels_by_indentation(xlsx: Build) -> None:
    path = xlsx(
        [
            HEADER,
            ["Améliorer la santé des mères", "", "", ""],
            ["Les mères suivent les consultations", "Nombre de consultations", "", ""],
            ["Une caravane médicale passe chaque mois", "", "", ""],
            ["Louer un véhicule", "", "", ""],
            ["Former des relais", "", "", ""],
        ],
        indents={"A3": 1, "A4": 2, "A5": 3, "A6": 2},
    )
    assert _tree(_read(path)) == [
        (0, "Améliorer la santé des mères"),
        (1, "Les mères suivent les consultations"),
        (2, "Une caravane médicale passe chaque mois"),
        (3, "Louer un véhicule"),
        (2, "Former des relais"),
    ]


def test_the_user_maps_rows_and_columns(xlsx: Build) -> None:
    path = xlsx(
        [
            ["Quoi", "Mesure", "Preuve"],
            ["Une ville plus propre", "Tonnes collectées", "Pesées"],
            ["Note interne à ignorer", "", ""],
            ["Tri en place", "Bacs installés", "Photos"],
        ]
    )
    sheet = read_sheet(path)
    assert detect_mapping(sheet, Vocabulary.default()).header_row == 0  # no known header
    mapping = Mapping(
        header_row=1,
        columns={1: Role.STATEMENT, 2: Role.INDICATORS, 3: Role.SOURCES},
        row_levels={2: 0, 3: SKIP_ROW, 4: 2},
    )
    found = parse_sheet(sheet, mapping, Vocabulary.default())
    assert _tree(found) == [(0, "Une ville plus propre"), (1, ""), (2, "Tri en place")]
    assert [w.kind for w in found.warnings] == ["placeholder"]
    assert found.walk()[2].indicators[0].means_of_verification == "Photos"


def test_a_workplan_with_one_column_per_level(xlsx: Build) -> None:
    path = xlsx(
        [
            [
                "outputs",
                "main_activities",
                "performance_indicators",
                "target_output",
                "means_of_verification",
            ],
            ["Guide diffusé", "Rédiger le guide", "Guide rédigé", 1, "Guide"],
            [None, "Imprimer le guide", "Exemplaires imprimés", 500, "Bons de livraison"],
        ],
        merges=("A2:A3",),
    )
    found = _read(path)
    assert _tree(found) == [
        (0, ""),
        (1, ""),
        (2, "Guide diffusé"),
        (3, "Rédiger le guide"),
        (3, "Imprimer le guide"),
    ]
    assert found.walk()[4].indicators[0].target == Decimal(500)
    assert {w.kind for w in found.warnings} == {"placeholder"}


def test_warnings_for_what_needs_a_look(xlsx: Build) -> None:
    path = xlsx(
        [
            ["Logique d'intervention", "Indicateurs", "Sources", "Cible"],
            ["OG – Objectif", "Ind. A\nInd. B\nInd. C", "S1\nS2", "beaucoup"],
            ["OG – Un second objectif global", "", "", ""],
        ]
    )
    found = _read(path)
    kinds = [w.kind for w in found.warnings]
    assert kinds == ["sources_count", "several_values", "bad_number", "second_root"]
    assert found.walk()[0].statement == "Objectif\nUn second objectif global"


def test_sheets_that_cannot_be_imported(xlsx: Build) -> None:
    with pytest.raises(DomainError) as no_header:
        _read(xlsx([["Nom", "Téléphone"], ["Amina", "0600000000"]]))
    assert no_header.value.code is ErrorCode.LOGFRAME_IMPORT_NO_HEADER
    with pytest.raises(DomainError) as empty:
        _read(xlsx([HEADER, [], ["", "", "", ""]]))
    assert empty.value.code is ErrorCode.LOGFRAME_IMPORT_EMPTY
    sheet = read_sheet(xlsx([HEADER, ["OG – x", "", "", ""]]))
    with pytest.raises(DomainError) as no_statement:
        parse_sheet(sheet, Mapping(1, {2: Role.INDICATORS}), Vocabulary.default())
    assert no_statement.value.code is ErrorCode.LOGFRAME_IMPORT_NO_STATEMENT
