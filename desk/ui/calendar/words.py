"""Translated words of the calendar: sexes, age groups, what attendance gives an indicator.
(The date field that may stay empty is desk.ui.widgets.date_field.DateField.)"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from desk.domain.attendance import AGE_GROUPS, SEXES, AttendanceMeasure
from desk.domain.enums import AgeGroup, Sex


def _key(value: object) -> tuple[type, str]:
    # By type and value: Sex.UNKNOWN and AgeGroup.UNKNOWN are both "unknown" (equal StrEnums).
    return type(value), str(value)


_WORDS: dict[tuple[type, str], object] = {
    _key(Sex.FEMALE): QT_TRANSLATE_NOOP("Calendar", "Women"),
    _key(Sex.MALE): QT_TRANSLATE_NOOP("Calendar", "Men"),
    _key(Sex.UNKNOWN): QT_TRANSLATE_NOOP("Calendar", "Not stated"),
    _key(AgeGroup.UNDER_18): QT_TRANSLATE_NOOP("Calendar", "Under 18"),
    _key(AgeGroup.FROM_18_TO_35): QT_TRANSLATE_NOOP("Calendar", "18–35"),
    _key(AgeGroup.FROM_36_TO_59): QT_TRANSLATE_NOOP("Calendar", "36–59"),
    _key(AgeGroup.OVER_60): QT_TRANSLATE_NOOP("Calendar", "60 and over"),
    _key(AgeGroup.UNKNOWN): QT_TRANSLATE_NOOP("Calendar", "Age not stated"),
    _key(AttendanceMeasure.WOMEN): QT_TRANSLATE_NOOP("Calendar", "Women reached"),
    _key(AttendanceMeasure.MEN): QT_TRANSLATE_NOOP("Calendar", "Men reached"),
    _key(AttendanceMeasure.PARTICIPANTS): QT_TRANSLATE_NOOP("Calendar", "All participants"),
    _key(AttendanceMeasure.SESSIONS): QT_TRANSLATE_NOOP("Calendar", "Number of sessions"),
}
# One person of the list: a woman, a man (singular).
_PERSON: dict[Sex, object] = {
    Sex.FEMALE: QT_TRANSLATE_NOOP("Calendar", "Woman"),
    Sex.MALE: QT_TRANSLATE_NOOP("Calendar", "Man"),
    Sex.UNKNOWN: QT_TRANSLATE_NOOP("Calendar", "Not stated"),
}


def word(value: object) -> str:
    source = _WORDS.get(_key(value))
    return str(value) if source is None else QCoreApplication.translate("Calendar", str(source))


def person(sex: Sex) -> str:
    return QCoreApplication.translate("Calendar", str(_PERSON[sex]))


def sex_combo(parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    for sex in SEXES:
        combo.addItem(person(sex), sex)
    return combo


def age_combo(parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    for age in AGE_GROUPS:
        combo.addItem(word(age), age)
    return combo
