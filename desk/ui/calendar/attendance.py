"""Two widgets of the session dialog: the attendance grid (sex × age group, with an "unknown"
row and column, and totals) and the pseudonymised participant list (initials, sex, age group,
nationality — nothing more). When a list is kept, each count of the grid is at least the number
of listed people of that bucket (a list may name only some of those who came)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desk.domain.attendance import AGE_GROUPS, SEXES, Bucket, Grid
from desk.domain.enums import AgeGroup, Sex
from desk.services.activities.sessions import ParticipantData, ParticipantRow
from desk.ui.calendar.words import age_combo, sex_combo, word


class AttendanceGrid(QWidget):
    """Spin boxes by sex (rows) and age group (columns), totals at the end of rows and columns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        self.spins: dict[Bucket, QSpinBox] = {}
        for column, age in enumerate(AGE_GROUPS, start=1):
            grid.addWidget(self._header(word(age)), 0, column)
        grid.addWidget(self._header(self.tr("Total")), 0, len(AGE_GROUPS) + 1)
        # Two dicts: Sex.UNKNOWN and AgeGroup.UNKNOWN are equal StrEnums ("unknown").
        self.sex_totals: dict[Sex, QLabel] = {}
        self.age_totals: dict[AgeGroup, QLabel] = {}
        for row, sex in enumerate(SEXES, start=1):
            grid.addWidget(QLabel(word(sex)), row, 0)
            for column, age in enumerate(AGE_GROUPS, start=1):
                spin = QSpinBox()
                spin.setRange(0, 100_000)  # never negative: the service refuses it too
                spin.setAlignment(Qt.AlignmentFlag.AlignRight)
                spin.valueChanged.connect(self._totals)
                self.spins[(sex, age)] = spin
                grid.addWidget(spin, row, column)
            self.sex_totals[sex] = self._total_label()
            grid.addWidget(self.sex_totals[sex], row, len(AGE_GROUPS) + 1)
        last = len(SEXES) + 1
        grid.addWidget(self._header(self.tr("Total")), last, 0)
        for column, age in enumerate(AGE_GROUPS, start=1):
            self.age_totals[age] = self._total_label()
            grid.addWidget(self.age_totals[age], last, column)
        self.total = self._total_label()
        grid.addWidget(self.total, last, len(AGE_GROUPS) + 1)
        self._totals()

    def _header(self, text: str) -> QLabel:
        header = QLabel(text)
        header.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = header.font()
        font.setBold(True)
        header.setFont(font)
        return header

    def _total_label(self) -> QLabel:
        total = QLabel("0")
        total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return total

    def _totals(self) -> None:
        grid = self.grid()
        for sex, total in self.sex_totals.items():
            total.setText(str(grid.count(sex)))
        for age, total in self.age_totals.items():
            total.setText(str(grid.count(age=age)))
        self.total.setText(str(grid.total))

    def grid(self) -> Grid:
        return Grid.of({bucket: spin.value() for bucket, spin in self.spins.items()})

    def set_grid(self, grid: Grid) -> None:
        values = grid.as_dict()
        for bucket, spin in self.spins.items():
            spin.blockSignals(True)
            spin.setValue(values.get(bucket, 0))
            spin.blockSignals(False)
        self._totals()

    def set_minimums(self, listed: Grid) -> None:
        """No count below the listed people of its bucket (raised when needed)."""
        values = listed.as_dict()
        for bucket, spin in self.spins.items():
            spin.setMinimum(values.get(bucket, 0))  # also raises the value
        self._totals()


class ParticipantList(QWidget):
    """The list of people who came, one row each; earlier participants can be picked again
    (so that they are counted once across sessions)."""

    changed = Signal()

    def __init__(self, known: tuple[ParticipantRow, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.known = {p.id: p for p in known}
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Initials"), self.tr("Sex"), self.tr("Age group"), self.tr("Nationality")]
        )
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 90)
        self.table.setColumnWidth(1, 120)
        self.table.setColumnWidth(2, 130)
        self._ids: list[int | None] = []
        self.pick = QComboBox()
        self.pick.addItem(self.tr("Add someone already listed…"), None)
        for p in known:
            self.pick.addItem(f"{p.initials} · {p.nationality}".strip(" ·"), p.id)
        self.pick.activated.connect(self._picked)
        self.add_button = QPushButton(self.tr("Add a person"))
        self.add_button.clicked.connect(lambda: self.add(ParticipantData("")))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.pick, 1)
        buttons.addWidget(self.remove_button)
        note = QLabel(self.tr("Initials only (e.g. A.K.): never a full name."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def add(self, person: ParticipantData) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        initials = QLineEdit(person.initials)
        initials.setMaxLength(10)
        initials.textChanged.connect(self.changed)
        sex, age = sex_combo(), age_combo()
        sex.setCurrentIndex(max(0, sex.findData(person.sex)))
        age.setCurrentIndex(max(0, age.findData(person.age_group)))
        sex.currentIndexChanged.connect(self.changed)
        age.currentIndexChanged.connect(self.changed)
        nationality = QLineEdit(person.nationality)
        nationality.setMaxLength(60)
        for column, widget in enumerate((initials, sex, age, nationality)):
            self.table.setCellWidget(row, column, widget)
        self._ids.append(person.id)
        self.changed.emit()

    def _picked(self, index: int) -> None:
        ident = self.pick.itemData(index)
        self.pick.setCurrentIndex(0)
        if ident is None or ident in self._ids:
            return
        p = self.known[ident]
        self.add(ParticipantData(p.initials, p.sex, p.age_group, p.nationality, p.id))

    def _remove(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)
            del self._ids[row]
            self.changed.emit()

    def people(self) -> tuple[ParticipantData, ...]:
        result = []
        for row, ident in enumerate(self._ids):
            initials, sex, age, nationality = (self.table.cellWidget(row, c) for c in range(4))
            assert isinstance(initials, QLineEdit) and isinstance(nationality, QLineEdit)
            assert isinstance(sex, QComboBox) and isinstance(age, QComboBox)
            result.append(
                ParticipantData(
                    initials.text(),
                    Sex(sex.currentData()),
                    AgeGroup(age.currentData()),
                    nationality.text(),
                    ident,
                )
            )
        return tuple(result)

    def buckets(self) -> list[Bucket]:
        return [(p.sex, p.age_group) for p in self.people()]
