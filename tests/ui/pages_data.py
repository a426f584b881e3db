"""A small association with a few rows of every area, for the browse services and page tests.

Built with `new_association` and the ledger service (so transactions are real, balanced and
audited), plus the ORM for what has no service yet. Values are chosen so that tests can check
formatting (1 234,50 MAD), category names containing commas, transfers, missing receipts,
an unbalanced transaction (inserted behind the service's back on purpose) and attendance.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desk.domain.enums import (
    AuditAction,
    CommentStatus,
    FunderKind,
    ProjectStatus,
    TransactionKind,
    TreasuryKind,
)
from desk.models import (
    Account,
    Attachment,
    FinancialYear,
    Funder,
    Member,
    Project,
    ReviewComment,
    Split,
    Transaction,
    TreasuryAccount,
)
from desk.services import audit
from desk.services.ledger import SplitInput, TransactionInput, add_transaction, next_receipt_number
from desk.services.setup import NewAssociation, new_association
from desk.store import AssoFile, open_file
from tests.ui.pages_data_plans import (
    BUDGET_TOTAL_EUR,
    WORKSHOP_MEN,
    WORKSHOP_TOTAL,
    WORKSHOP_WOMEN,
    add_budgets,
    add_logframe_and_calendar,
)

E, INC, T = TransactionKind.EXPENSE, TransactionKind.INCOME, TransactionKind.TRANSFER
CASH, BANK, OPENING, GRANTS = "5161", "5141", "1181", "7132"


def _tx(
    asso: AssoFile,
    day: date,
    kind: TransactionKind,
    label: str,
    *legs: SplitInput,
    payee: str = "",
    not_required: bool = False,
) -> int:
    data = TransactionInput(day, kind, label, legs, payee=payee, receipt_not_required=not_required)
    with asso.unit_of_work() as s:
        # The bulk path of the ledger service (accounts looked up once), then its numbering
        # and audit, as `record_transaction` does.
        accounts = dict(s.execute(select(Account.code, Account.id)).all())
        tx = add_transaction(s, data, accounts)
        year = s.get_one(FinancialYear, tx.financial_year_id)
        if not not_required:
            tx.receipt_number = next_receipt_number(s, year)
        audit.record(s, AuditAction.CREATE, tx)
        return tx.id


def _leg(code: str, minor: int, project: int | None = None) -> SplitInput:
    return SplitInput(code, minor, project_id=project)


def build(path: Path) -> Path:
    """Write the sample association at `path` and return the path."""
    asso = new_association(
        path, NewAssociation(name="Association Espoir", city="Salé", acronym="AE")
    )
    with asso.unit_of_work() as s:
        s.add(FinancialYear(label="2026", start_date=date(2026, 1, 1), end_date=date(2026, 12, 31)))
        fatou = Member(name="Fatou Diallo", role="Trésorière")
        s.add(fatou)
        s.flush()
        s.add(
            TreasuryAccount(
                name="Compte de Fatou",
                kind=TreasuryKind.MOBILE_MONEY,
                account_id=s.scalar(select(Account.id).where(Account.code == "5143")),
                held_by_member_id=fatou.id,
            )
        )
        eu = Funder(
            name="Union européenne", acronym="UE", kind=FunderKind.MULTILATERAL, is_foreign=True
        )
        s.add(eu)
        s.flush()
        s.add_all(
            [
                Project(
                    code="JDF25",
                    title="Journée des droits des femmes 2025",
                    funder_id=eu.id,
                    start_date=date(2025, 1, 1),
                    end_date=date(2025, 12, 31),
                    currency="EUR",
                    fixed_rate=Decimal("10.8"),
                    status=ProjectStatus.ONGOING,
                ),
                Project(
                    code="FORM27",
                    title="Formation des formatrices",
                    start_date=date(2027, 1, 1),
                    end_date=date(2027, 6, 30),
                    status=ProjectStatus.DRAFT,
                ),
            ]
        )
    with asso.reader() as s:
        jdf = s.scalar(select(Project.id).where(Project.code == "JDF25"))
    _tx(
        asso,
        date(2025, 1, 1),
        TransactionKind.OPENING,
        "Soldes d'ouverture",
        _leg(CASH, 500_000),
        _leg(BANK, 2_000_000),
        _leg(OPENING, -2_500_000),
        not_required=True,
    )
    grant = _tx(
        asso,
        date(2025, 2, 10),
        INC,
        "Subvention UE, 1re tranche",
        _leg(BANK, 5_000_000),
        _leg(GRANTS, -5_000_000, jdf),
        payee="Union européenne",
    )
    taxi = _tx(
        asso,
        date(2025, 3, 8),
        E,
        "Transport des participantes",
        _leg("6142", 35_000, jdf),
        _leg(CASH, -35_000),
        payee="Taxi Salé",
    )
    perdiem = _tx(
        asso,
        date(2025, 3, 8),
        E,
        "Per diems atelier du 8 mars",
        _leg("6178", 150_000, jdf),
        _leg(CASH, -150_000),
    )
    _tx(
        asso,
        date(2025, 3, 15),
        T,
        "Retrait pour la caisse",
        _leg(CASH, 200_000),
        _leg(BANK, -200_000),
        not_required=True,
    )
    _tx(
        asso,
        date(2025, 4, 2),
        E,
        "Frais de tenue de compte",
        _leg("6147", 4_500),
        _leg(BANK, -4_500),
        payee="Banque Populaire",
        not_required=True,
    )
    hall = _tx(
        asso,
        date(2025, 5, 5),
        E,
        "Salle et repas de l'atelier",
        _leg("6131", 80_000, jdf),
        _leg("6143", 43_450, jdf),
        _leg(BANK, -123_450),
        payee="Dar Chabab",
    )
    _tx(
        asso,
        date(2026, 1, 20),
        INC,
        "Cotisations de janvier",
        _leg(CASH, 60_000),
        _leg("7181", -60_000),
    )
    with asso.unit_of_work() as s:
        for tx_id in (grant, perdiem, hall):
            s.add(
                Attachment(
                    transaction_id=tx_id,
                    original_name="recu.jpg",
                    mime_type="image/jpeg",
                    size=3,
                    sha256="0" * 64,
                    data=b"abc",
                )
            )
        # An unbalanced transaction, as a damaged import could leave: the review must see it.
        year = s.scalar(select(FinancialYear).where(FinancialYear.label == "2025"))
        accounts = dict(s.execute(select(Account.code, Account.id)).all())
        assert year is not None
        s.add(
            Transaction(
                financial_year_id=year.id,
                date=date(2025, 6, 30),
                kind=TransactionKind.ADVANCE,
                label="Avance mal saisie",
                splits=[
                    Split(account_id=accounts["3481"], amount_minor=10_000),
                    Split(account_id=accounts["4488"], amount_minor=-9_000),
                ],
            )
        )
        add_budgets(s, jdf, accounts, year.id)
        add_logframe_and_calendar(s, jdf)
        s.add_all(
            [
                ReviewComment(
                    record_table="transaction",
                    record_id=taxi,
                    author="Coach Karim",
                    body="Pièce manquante : demander le reçu du taxi.",
                    created_at=datetime(2025, 4, 1, 9, 0, tzinfo=UTC),
                ),
                ReviewComment(
                    record_table="project",
                    record_id=jdf,
                    author="Coach Karim",
                    body="Budget à réviser avant signature.",
                    status=CommentStatus.RESOLVED,
                    created_at=datetime(2025, 1, 15, 9, 0, tzinfo=UTC),
                    resolved_at=datetime(2025, 1, 20, 9, 0, tzinfo=UTC),
                ),
                ReviewComment(
                    author="Coach Awa",
                    body="Bon travail sur la caisse.",
                    created_at=datetime(2025, 5, 1, 9, 0, tzinfo=UTC),
                ),
            ]
        )
    asso.close()
    return path


def demo_path(request: pytest.FixtureRequest, factory: pytest.TempPathFactory) -> Path:
    """The session's demo file (`demo_file` of tests/conftest.py)."""
    return Path(request.getfixturevalue("demo_file"))


def query(path: Path, sql: str, *params: object) -> list[tuple[Any, ...]]:
    """Rows of plain SQL on the file, for expected values computed without the ORM."""
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(sql, params).fetchall()


# -- fixtures and helpers shared by the page and browse tests --------------------------------
# A test module imports `sample_fixture, sample_path_fixture` to get the `sample` and
# `sample_path` fixtures (registered under those names, so no name clashes with parameters).


@pytest.fixture(scope="module", name="sample_path")
def sample_path_fixture(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample association, built once per test module (tests only read it)."""
    return build(tmp_path_factory.mktemp("sample") / "sample.assodesk")


@pytest.fixture(name="sample")
def sample_fixture(sample_path: Path) -> Iterator[AssoFile]:
    asso = open_file(sample_path, read_only=True)
    yield asso
    asso.close()


def make(qtbot: Any, cls: type, asso: AssoFile, **kwargs: Any) -> Any:
    """A page of `cls` on `asso`, loaded."""
    page = cls(asso, **kwargs)
    qtbot.addWidget(page)
    page.refresh()
    return page


def texts(model: Any, column: int, parent: Any = None) -> list[str]:
    """What `column` displays for the rows under `parent` (the top level by default)."""
    from PySide6.QtCore import QModelIndex, Qt

    parent = parent or QModelIndex()
    return [
        model.index(r, column, parent).data(Qt.ItemDataRole.DisplayRole)
        for r in range(model.rowCount(parent))
    ]


def find(model: Any, column: int, text: str, parent: Any = None) -> Any:
    """The first index of `column` showing `text`, searching the whole tree."""
    from PySide6.QtCore import QModelIndex, Qt

    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, column, parent)
        if index.data(Qt.ItemDataRole.DisplayRole) == text:
            return index
        found = find(model, column, text, model.index(row, 0, parent))
        if found.isValid():
            return found
    return QModelIndex()


__all__ = [
    "BUDGET_TOTAL_EUR",
    "WORKSHOP_MEN",
    "WORKSHOP_TOTAL",
    "WORKSHOP_WOMEN",
    "build",
    "demo_path",
    "find",
    "make",
    "query",
    "sample_fixture",
    "sample_path_fixture",
    "texts",
]
