"""A line edit for an amount typed the way treasurers type it ("1 234,50", "350 DH").

It keeps what was typed (never clears it), reformats it when the field is left if it reads
as an amount, and says whether it reads: `amount()` returns minor units or raises the
DomainError (field "amount") that the form shows next to the field.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from desk.domain.errors import DomainError
from desk.domain.money import parse_money
from desk.ui.widgets.formatting import format_money_ui


class MoneyEdit(QLineEdit):
    """`amountChanged(minor or None)` is emitted as the user types (None: not an amount)."""

    amountChanged = Signal(object)

    def __init__(
        self, currency: str = "MAD", parent: QWidget | None = None, *, allow_negative: bool = False
    ) -> None:
        super().__init__(parent)
        self.currency = currency
        self.allow_negative = allow_negative
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText("0,00")
        self.textChanged.connect(lambda _text: self.amountChanged.emit(self.amount_or_none()))
        self.editingFinished.connect(self._reformat)

    def amount(self) -> int:
        """The amount in minor units; DomainError (MONEY_EMPTY, MONEY_INVALID…) otherwise."""
        text = self.text().replace("\u2066", "").replace("\u2069", "")  # Arabic isolates
        money = parse_money(text, self.currency, allow_negative=self.allow_negative)
        return money.minor

    def amount_or_none(self) -> int | None:
        try:
            return self.amount()
        except DomainError:
            return None

    def set_amount(self, minor: int | None) -> None:
        self.setText(
            "" if minor is None else format_money_ui(minor, self.currency, with_currency=False)
        )

    def _reformat(self) -> None:
        value = self.amount_or_none()
        if value is not None:
            self.blockSignals(True)
            self.set_amount(value)
            self.blockSignals(False)
