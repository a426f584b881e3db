"""What only the bookkeeping dialogs share: the colour of a difference (zero is good news).
Their date, money and error fields are the shared ones of desk/ui/widgets (date_field,
money_edit, error_label)."""

from __future__ import annotations

from desk.ui.widgets import style


def difference_css(minor: int) -> str:
    color = style.POSITIVE if minor == 0 else style.NEGATIVE
    return f"color: {color.name()}; font-weight: 600;"
