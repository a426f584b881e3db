"""The shared form fields: DateField (desk/ui/widgets/date_field.py), MoneyEdit
(money_edit.py), ErrorLabel (error_label.py), and the wizards' MessagePage (wizard_pages.py)
and OpenFileRow (file_picker.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desk.domain.errors import DomainError, ErrorCode
from desk.store import AssoFile
from desk.ui.treasury.entry_dialog import EntryDialog
from desk.ui.widgets.date_field import MONTH_FORMAT, DateField, from_qdate, to_qdate
from desk.ui.widgets.error_label import ErrorLabel
from desk.ui.widgets.file_picker import OpenFileRow
from desk.ui.widgets.money_edit import MoneyEdit
from desk.ui.widgets.wizard_pages import MessagePage

NNBSP = "\u202f"

# -- DateField -------------------------------------------------------------------------------


def test_qdate_conversions_round_trip() -> None:
    assert to_qdate(date(2026, 11, 23)) == QDate(2026, 11, 23)
    assert from_qdate(QDate(2024, 2, 29)) == date(2024, 2, 29)


def test_date_field_defaults_to_today_or_the_given_day(qtbot: QtBot) -> None:
    today, given = DateField(), DateField(date(2025, 3, 31))
    qtbot.addWidget(today)
    qtbot.addWidget(given)
    assert today.value() == date.today()
    assert given.value() == date(2025, 3, 31)
    assert given.day() == date(2025, 3, 31)
    assert given.calendarPopup()


def test_date_field_shows_dd_mm_yyyy_and_round_trips(qtbot: QtBot) -> None:
    field = DateField()
    qtbot.addWidget(field)
    field.set_value(date(2026, 1, 5))
    assert field.text() == "05/01/2026"
    assert field.value() == date(2026, 1, 5)
    field.set_value(None)  # a required field keeps its day
    assert field.value() == date(2026, 1, 5)


def test_typed_date_is_read_day_first(qtbot: QtBot) -> None:
    field = DateField(date(2026, 1, 1))
    qtbot.addWidget(field)
    field.lineEdit().setText("03/04/2026")  # as typed in the line of the field
    field.interpretText()
    assert field.value() == date(2026, 4, 3)


def test_optional_date_field_shows_a_dash_for_none(qtbot: QtBot) -> None:
    field = DateField(optional=True)
    qtbot.addWidget(field)
    assert field.value() is None
    assert field.text() == "—"
    with pytest.raises(ValueError):
        field.day()
    field.set_value(date(2025, 6, 30))
    assert field.value() == date(2025, 6, 30)
    assert field.text() == "30/06/2025"
    field.set_value(None)
    assert field.value() is None
    assert field.text() == "—"


def test_date_field_range_keeps_days_inside(qtbot: QtBot) -> None:
    field = DateField(date(2025, 6, 1), minimum=date(2025, 1, 1), maximum=date(2025, 12, 31))
    qtbot.addWidget(field)
    field.set_value(date(2026, 3, 1))
    assert field.value() == date(2025, 12, 31)
    field.set_value(date(2024, 3, 1))
    assert field.value() == date(2025, 1, 1)


def test_optional_date_field_with_a_minimum_keeps_the_dash_below_it(qtbot: QtBot) -> None:
    field = DateField(optional=True, minimum=date(2025, 1, 1))
    qtbot.addWidget(field)
    assert field.value() is None
    assert field.text() == "—"
    field.set_value(date(2025, 1, 1))  # the first allowed day is a day, not "no date"
    assert field.value() == date(2025, 1, 1)


def test_month_field_shows_mm_yyyy(qtbot: QtBot) -> None:
    field = DateField(date(2025, 7, 14), display_format=MONTH_FORMAT)
    qtbot.addWidget(field)
    assert field.text() == "07/2025"


def test_enter_on_the_date_of_an_entry_moves_to_the_next_field(
    qtbot: QtBot, new_asso: AssoFile
) -> None:
    dialog = EntryDialog(new_asso, lambda _entry: None, today=date(2025, 3, 8))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.form.date.text() == "08/03/2025"
    dialog.form.date.setFocus()
    qtbot.waitUntil(dialog.form.date.hasFocus)
    qtbot.keyClick(dialog.form.date, Qt.Key.Key_Return)
    assert not dialog.form.date.hasFocus()
    assert dialog.isVisible() and dialog.saved == 0  # Enter moved on, it did not save
    assert dialog.form.date.day() == date(2025, 3, 8)


# -- MoneyEdit -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "minor"),
    [
        ("1 234,50", 123450),
        ("1.234,50 DH", 123450),
        ("1234.5", 123450),
        (f"1{NNBSP}234,50 MAD", 123450),
        ("350 DH", 35000),
    ],
)
def test_money_edit_reads_french_amounts(qtbot: QtBot, typed: str, minor: int) -> None:
    edit = MoneyEdit("MAD")
    qtbot.addWidget(edit)
    edit.setText(typed)
    assert edit.amount() == minor
    assert edit.amount_or_none() == minor


def test_money_edit_says_why_text_is_not_an_amount(qtbot: QtBot) -> None:
    edit = MoneyEdit("MAD")
    qtbot.addWidget(edit)
    seen: list[object] = []
    edit.amountChanged.connect(seen.append)
    edit.setText("12,3,4")
    with pytest.raises(DomainError) as caught:
        edit.amount()
    assert caught.value.field == "amount"
    assert edit.amount_or_none() is None
    assert seen[-1] is None
    edit.setText("")
    with pytest.raises(DomainError) as empty:
        edit.amount()
    assert empty.value.code is ErrorCode.MONEY_EMPTY


def test_money_edit_refuses_negative_unless_allowed(qtbot: QtBot) -> None:
    refused, allowed = MoneyEdit("MAD"), MoneyEdit("MAD", allow_negative=True)
    qtbot.addWidget(refused)
    qtbot.addWidget(allowed)
    refused.setText("-25,00")
    allowed.setText("-25,00")
    with pytest.raises(DomainError) as caught:
        refused.amount()
    assert caught.value.code is ErrorCode.MONEY_NEGATIVE_NOT_ALLOWED
    assert refused.text() == "-25,00"  # what was typed stays
    assert allowed.amount() == -2500


def _form(qtbot: QtBot, edit: QWidget) -> tuple[QWidget, QLineEdit]:
    """`edit` above another field in a shown window (the window is returned to keep it)."""
    window = QWidget()
    qtbot.addWidget(window)
    column = QVBoxLayout(window)
    other = QLineEdit()
    column.addWidget(edit)
    column.addWidget(other)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    return window, other


def _type_and_leave(qtbot: QtBot, text: str) -> tuple[QWidget, MoneyEdit]:
    """Type `text` into a MoneyEdit of a shown form, then move the focus to the next field
    (the form is returned too: it owns the field)."""
    edit = MoneyEdit("MAD")
    window, other = _form(qtbot, edit)
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClicks(edit, text)
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    return window, edit


def test_money_edit_reformats_when_left(qtbot: QtBot, french: None) -> None:
    _window, edit = _type_and_leave(qtbot, "1234.5")
    assert edit.text() == f"1{NNBSP}234,50"
    assert edit.amount() == 123450


def test_money_edit_keeps_text_that_is_not_an_amount_when_left(qtbot: QtBot, french: None) -> None:
    _window, edit = _type_and_leave(qtbot, "douze")
    assert edit.text() == "douze"


def test_money_edit_strips_arabic_isolates(qtbot: QtBot, speak: Callable[[str], None]) -> None:
    speak("ar")
    edit = MoneyEdit("MAD")
    qtbot.addWidget(edit)
    edit.set_amount(123450)
    assert "\u2066" in edit.text() and "\u2069" in edit.text()  # the number kept left-to-right
    assert edit.amount() == 123450
    edit.setText("\u20661 234,50\u2069")
    assert edit.amount() == 123450
    edit.set_amount(None)
    assert edit.text() == ""


def test_money_edit_set_amount_in_french(qtbot: QtBot, french: None) -> None:
    edit = MoneyEdit("MAD")
    qtbot.addWidget(edit)
    edit.set_amount(-4550)
    assert edit.text() == "-45,50"
    assert edit.alignment() & Qt.AlignmentFlag.AlignRight


# -- ErrorLabel, MessagePage -----------------------------------------------------------------


def test_error_label_shows_the_french_sentence_and_hides_when_cleared(
    qtbot: QtBot, french: None
) -> None:
    label = ErrorLabel()
    qtbot.addWidget(label)
    assert label.isHidden() and label.objectName() == "fieldError"
    label.show_error(DomainError(ErrorCode.MONEY_NEGATIVE_NOT_ALLOWED, field="amount"))
    assert not label.isHidden()
    assert label.text() == "Le montant doit être positif."
    label.show_error(None)
    assert label.isHidden() and label.text() == ""
    label.show_text("Autre chose")
    assert not label.isHidden() and label.text() == "Autre chose"


def test_message_page_has_a_title_and_a_wrapped_message(qtbot: QtBot) -> None:
    page = MessagePage("Relevé importé")
    qtbot.addWidget(page)
    page.message.setText("4 opération(s) importée(s).")
    assert page.title() == "Relevé importé"
    assert page.message.objectName() == "doneMessage"
    assert page.message.wordWrap()


def test_open_file_row_starts_in_the_folder_of_the_typed_path(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    row = OpenFileRow("Choisir…", "Relevé", "Relevés (*.csv)", name="statementPath")
    qtbot.addWidget(row)
    asked: list[tuple[str, str, str]] = []

    def pick(_parent: QWidget, caption: str, folder: str, filters: str) -> tuple[str, str]:
        asked.append((caption, folder, filters))
        return ("/data/mars.csv", filters) if len(asked) == 1 else ("", "")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", pick)
    chosen: list[str] = []
    row.chosen.connect(chosen.append)
    row.path_edit.setText("  /banque/janvier.csv ")
    assert row.path() == "/banque/janvier.csv"
    row.browse_button.click()
    assert asked == [("Relevé", "/banque", "Relevés (*.csv)")]
    assert row.path() == "/data/mars.csv" and chosen == ["/data/mars.csv"]
    row.browse()  # cancelled: what was there stays
    assert asked[-1][1] == "/data"
    assert row.path() == "/data/mars.csv" and chosen == ["/data/mars.csv"]
    assert row.path_edit.objectName() == "statementPath"


def test_date_field_keeps_day_first_in_a_right_to_left_window(qtbot: QtBot) -> None:
    parent = QWidget()
    parent.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.addWidget(parent)
    field = DateField(date(2026, 12, 31), parent)
    assert field.text() == "31/12/2026"  # not 2026/12/31, as Qt orders sections in RTL
    field.set_value(date(2027, 1, 2))
    assert field.text() == "02/01/2027" and field.value() == date(2027, 1, 2)


def test_project_titles_keep_their_direction_in_arabic(qtbot: QtBot, speak) -> None:  # type: ignore[no-untyped-def]
    from desk.domain.enums import ProjectStatus
    from desk.services.browse.projects import ProjectSummary
    from desk.ui.widgets.project_selector import ProjectSelector

    fields = ProjectSummary.__dataclass_fields__  # the summary's own fields, whatever they are
    title = "Cycle « Créer son activité »"
    values = {name: None for name in fields} | {"id": 7, "code": "AGR", "title": title}
    values["status"] = ProjectStatus.ONGOING
    summary = ProjectSummary(**values)  # type: ignore[arg-type]
    selector = ProjectSelector()
    qtbot.addWidget(selector)
    speak("fr")
    selector.set_projects([summary])
    assert selector.currentText() == f"AGR — {title}"
    speak("ar")
    selector.set_projects([summary])
    assert selector.currentText() == f"\u2068AGR — {title}\u2069"
    assert selector.project_id == 7
