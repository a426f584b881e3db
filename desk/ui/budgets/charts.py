"""The budget vs actual charts, drawn by matplotlib on a FigureCanvasQTAgg: spending by
heading (budget and actual side by side) and monthly spending against the plan (monthly bars,
cumulative plan and actual as lines).

Texts inside the figures are numbers and line codes only; titles and legends are Qt labels
around the canvas, so that Arabic is shaped and laid out right to left by Qt.
"""

from __future__ import annotations

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from desk.services.budgets.actual import BudgetVsActual
from desk.ui.widgets import style
from desk.ui.widgets.formatting import format_decimal_ui

BUDGET_COLOR = "#C9D6E2"
ACTUAL_COLOR = style.ACCENT.name()
PLAN_COLOR = "#7F8C99"
OVER_COLOR = style.NEGATIVE.name()


def _major(minor: int) -> float:
    return minor / 100  # drawing only: matplotlib needs floats; figures come from integers


def _thousands(value: float, _pos: object) -> str:
    return format_decimal_ui(round(value))


def legend_html(items: list[tuple[str, str]]) -> str:
    return " &nbsp; ".join(
        f"<span style='color:{color}'>&#9632;</span> {text}" for color, text in items
    )


class ChartBox(QWidget):
    """A title, a legend and a canvas."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: 600;")
        self.legend = QLabel()
        self.figure = Figure(figsize=(4.2, 2.4), dpi=90, layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumHeight(190)
        layout.addWidget(self.title)
        layout.addWidget(self.legend)
        layout.addWidget(self.canvas, 1)


def draw_headings(box: ChartBox, result: BudgetVsActual | None) -> None:
    figure = box.figure
    figure.clear()
    if result is None:
        box.canvas.draw_idle()
        return
    rows = [
        ln
        for ln in result.lines
        if ln.line.parent_id is None and ln.line.kind.value in ("heading", "amount", "percentage")
    ]
    axes = figure.add_subplot()
    codes = [ln.line.code for ln in rows]
    positions = list(range(len(rows)))
    axes.barh(
        [p + 0.2 for p in positions],
        [_major(ln.budget_minor) for ln in rows],
        0.4,
        color=BUDGET_COLOR,
    )
    axes.barh(
        [p - 0.2 for p in positions],
        [_major(ln.actual_minor) for ln in rows],
        0.4,
        color=[OVER_COLOR if ln.state == "over" else ACTUAL_COLOR for ln in rows],
    )
    axes.set_yticks(positions, codes)
    axes.invert_yaxis()
    axes.xaxis.set_major_formatter(FuncFormatter(_thousands))
    axes.tick_params(labelsize=8)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    box.canvas.draw_idle()


def draw_months(box: ChartBox, result: BudgetVsActual | None) -> None:
    figure = box.figure
    figure.clear()
    if result is None or not result.months:
        box.canvas.draw_idle()
        return
    axes = figure.add_subplot()
    months = result.months
    positions = list(range(len(months)))
    axes.bar(positions, [_major(m.actual_minor) for m in months], 0.6, color=BUDGET_COLOR)
    plan, actual = [], []
    running_plan = running_actual = 0
    for month in months:
        running_plan += month.planned_minor
        running_actual += month.actual_minor
        plan.append(_major(running_plan))
        actual.append(_major(running_actual))
    axes.plot(positions, plan, color=PLAN_COLOR, linestyle="--", linewidth=1.5)
    axes.plot(positions, actual, color=ACTUAL_COLOR, linewidth=2)
    step = max(1, len(months) // 8)
    axes.set_xticks(positions[::step], [m.month.strftime("%m/%y") for m in months][::step])
    axes.yaxis.set_major_formatter(FuncFormatter(_thousands))
    axes.tick_params(labelsize=8)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    box.canvas.draw_idle()
