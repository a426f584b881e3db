"""Revue: what a coach looks at first — a summary of the checks (receipts missing,
transactions that do not balance, comments still open) and the review comments."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QStyle, QWidget

from desk.domain.enums import CommentStatus
from desk.services.browse.review import CommentRow, checks_summary, comments
from desk.store import AssoFile
from desk.ui.pages.base import BasePage
from desk.ui.widgets import style
from desk.ui.widgets.card import Card, Tone
from desk.ui.widgets.empty_state import EmptyState, ListStack
from desk.ui.widgets.formatting import format_datetime_ui
from desk.ui.widgets.labels import label, record_kind
from desk.ui.widgets.table_model import Column, RowTableModel
from desk.ui.widgets.views import make_table, section_title


class CommentColumn(IntEnum):
    DATE = 0
    AUTHOR = 1
    ON = 2
    TEXT = 3
    STATUS = 4


def _record(row: CommentRow) -> str:
    kind = record_kind(row.record_table)
    if not row.record_label:
        return kind
    # "%1: %2" in English, "%1 : %2" in French typography.
    pattern = QCoreApplication.translate("Pages", "%1: %2")
    return pattern.replace("%1", kind).replace("%2", row.record_label)


COMMENT_COLUMNS: list[Column[CommentRow]] = [
    Column(
        QT_TRANSLATE_NOOP("Pages", "Date"),
        lambda r: r.created_at,
        lambda r: format_datetime_ui(r.created_at),
    ),
    Column(QT_TRANSLATE_NOOP("Pages", "Author"), lambda r: r.author),
    Column(QT_TRANSLATE_NOOP("Pages", "On"), _record),
    Column(QT_TRANSLATE_NOOP("Pages", "Comment"), lambda r: r.body),
    Column(
        QT_TRANSLATE_NOOP("Pages", "Status"),
        lambda r: r.status.value,
        lambda r: label(r.status),
        color=lambda r: style.WARNING if r.status is CommentStatus.OPEN else style.MUTED,
    ),
]


class ReviewPage(BasePage):
    key = "review"

    def __init__(self, asso: AssoFile, parent: QWidget | None = None) -> None:
        super().__init__(asso, parent)
        checks = QGridLayout()
        checks.setSpacing(12)
        self.missing_card, self.unbalanced_card, self.open_card = Card(), Card(), Card()
        for column, card in enumerate((self.missing_card, self.unbalanced_card, self.open_card)):
            checks.addWidget(card, 0, column)
            checks.setColumnStretch(column, 1)
        self.body.addLayout(checks)
        bar = QHBoxLayout()
        self.comments_title = section_title()
        self.show_label = QLabel()
        self.filter = QComboBox()
        bar.addWidget(self.comments_title)
        bar.addStretch(1)
        bar.addWidget(self.show_label)
        bar.addWidget(self.filter)
        self.body.addLayout(bar)
        self.model: RowTableModel[CommentRow] = RowTableModel(COMMENT_COLUMNS, self)
        self.table = make_table(
            self.model,
            widths={
                CommentColumn.DATE: 130,
                CommentColumn.AUTHOR: 150,
                CommentColumn.STATUS: 80,
            },
            stretch={CommentColumn.TEXT: 3, CommentColumn.ON: 2},
            sortable=True,
        )
        self.empty = EmptyState(icon=QStyle.StandardPixmap.SP_DialogApplyButton)
        self.stack = ListStack(self.table, self.empty)
        self.body.addWidget(self.stack, 1)
        self.filter.addItems(["", ""])
        self.filter.currentIndexChanged.connect(lambda _i: self._show_comments())
        self._set_texts()

    @property
    def open_only(self) -> bool:
        return self.filter.currentIndex() == 0

    def _set_texts(self) -> None:
        self.comments_title.setText(self.tr("Review comments"))
        self.show_label.setText(self.tr("Show:"))
        self.filter.setItemText(0, self.tr("Open comments"))
        self.filter.setItemText(1, self.tr("All comments"))
        self.missing_card.set_title(self.tr("Without receipt"))
        self.unbalanced_card.set_title(self.tr("Unbalanced transactions"))
        self.open_card.set_title(self.tr("Open comments"))

    def retranslate(self) -> None:
        self._set_texts()
        super().retranslate()

    def load(self) -> None:
        summary = checks_summary(self.asso)
        self.missing_card.set_value(
            str(summary.missing_receipts),
            Tone.WARNING if summary.missing_receipts else Tone.POSITIVE,
        )
        self.missing_card.set_hint(
            self.tr("Transactions of all years that need a receipt and have none")
        )
        self.unbalanced_card.set_value(
            str(summary.unbalanced), Tone.NEGATIVE if summary.unbalanced else Tone.POSITIVE
        )
        self.unbalanced_card.set_hint(
            self.tr("Lines that do not add up to zero: to correct")
            if summary.unbalanced
            else self.tr("Every transaction balances")
        )
        self.open_card.set_value(str(summary.open_comments))
        self.open_card.set_hint(self.tr("%n transaction(s) in the file", "", summary.transactions))
        self._show_comments()

    def _show_comments(self) -> None:
        rows = comments(self.asso, open_only=self.open_only)
        self.model.set_rows(rows)
        if self.open_only:
            self.empty.set_text(
                self.tr("No open comment"),
                self.tr("Comments left by a coach and not yet resolved appear here."),
            )
        else:
            self.empty.set_text(
                self.tr("No comment yet"),
                self.tr("A coach's comments on transactions, budgets or activities appear here."),
            )
        self.stack.show_empty(not rows)
