"""The budget reports as HTML for desk.reports.pdf: the EU layout with its co-funding table and
the rules broken, and budget vs actual; `<thead>` rows repeat on every printed page."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from html import escape

from desk.domain.enums import BudgetLineKind
from desk.domain.money import format_minor
from desk.reports.budget.content import ActualContent, BudgetContent, status_text, translate

GROUPING = (BudgetLineKind.HEADING, BudgetLineKind.COMPUTED)
STATE_COLORS = {"over": "#B42318", "watch": "#B25E00", "ok": "#1B7F3B"}


def _money(minor: int, currency: str) -> str:
    return escape(format_minor(minor, currency, "fr"))


def _percent(value: Decimal | None) -> str:
    if value is None:
        return ""
    return f"{(value * 100).quantize(Decimal('1'))}\u202f%"


def _row(cells: Iterable[str], *, style: str = "") -> str:
    extra = f' style="{style}"' if style else ""
    return f"<tr{extra}>" + "".join(cells) + "</tr>"


def _cell(text: str, *, num: bool = False) -> str:
    klass = ' class="num"' if num else ""
    return f"<td{klass}>{text}</td>"


def _header(labels: list[str]) -> str:
    return (
        "<thead><tr>" + "".join(f"<th>{escape(label)}</th>" for label in labels) + "</tr></thead>"
    )


def budget_html(content: BudgetContent) -> str:
    view = content.budget
    currency = view.currency
    years = view.years if view.years > 1 else 0
    parts = [f"<h1>{escape(view.name)}</h1>"]
    if content.grant is not None:
        data = content.grant.data
        parts.append(
            f"<p>{escape(data.code)} — {escape(data.title)}<br/>"
            + escape(
                translate(
                    "BudgetReports", "Donor: {donor} · reference {reference} · {start} to {end}"
                ).format(
                    donor=content.grant.funder_name or "—",
                    reference=data.reference or "—",
                    start=data.start_date.strftime("%d/%m/%Y"),
                    end=data.end_date.strftime("%d/%m/%Y"),
                )
            )
            + "<br/>"
            + escape(
                translate(
                    "BudgetReports", "Version {version} · {status} · amounts in {currency}"
                ).format(version=view.version, status=status_text(view), currency=currency)
            )
            + "</p>"
        )
    warnings = content.all_warnings
    if warnings:
        parts.append(
            '<p class="warn"><b>'
            + escape(translate("BudgetReports", "Rules of the grant not respected"))
            + "</b><br/>"
            + "<br/>".join("⚠ " + escape(w) for w in warnings)
            + "</p>"
        )
    labels = [
        translate("BudgetReports", "Code"),
        translate("BudgetReports", "Heading / line"),
        translate("BudgetReports", "Unit"),
        translate("BudgetReports", "Quantity"),
        translate("BudgetReports", "Unit cost"),
        translate("BudgetReports", "Total (all years)"),
    ] + [translate("BudgetReports", "Year {n}").format(n=n) for n in range(1, years + 1)]
    rows = []
    for line in view.lines:
        quantity = ""
        if line.kind is BudgetLineKind.AMOUNT:
            quantity = f"{Decimal(line.quantity_milli).scaleb(-3).normalize():f}".replace(".", ",")
        elif line.kind is BudgetLineKind.PERCENTAGE:
            quantity = _percent(Decimal(line.percent_bp or 0).scaleb(-4))
        indent = "&nbsp;" * 3 * (line.level - 1)
        warn = content.line_warnings(line.id)
        label = indent + escape(line.label) + (' <span class="warn">⚠</span>' if warn else "")
        cells = [
            _cell(escape(line.code)),
            _cell(label),
            _cell(escape(line.unit) if line.kind is BudgetLineKind.AMOUNT else ""),
            _cell(quantity, num=True),
            _cell(
                _money(line.unit_cost_minor, currency)
                if line.kind is BudgetLineKind.AMOUNT
                else "",
                num=True,
            ),
            _cell(_money(line.total_minor, currency), num=True),
        ]
        for index in range(years):
            amount = line.years[index] if index < len(line.years) else 0
            cells.append(_cell(_money(amount, currency), num=True))
        style = (
            "background-color:#fdecea"
            if warn
            else ("background-color:#f3f6f9" if line.kind in GROUPING else "")
        )
        rows.append(
            _row(cells, style=style + (";font-weight:bold" if line.kind in GROUPING else ""))
        )
    parts.append(
        '<table width="100%">' + _header(labels) + "<tbody>" + "".join(rows) + "</tbody></table>"
    )
    parts.append(_cofunding(content))
    return "\n".join(parts)


def _cofunding(content: BudgetContent) -> str:
    view = content.budget
    if not view.funders:
        return ""
    currency = view.currency
    labels = [
        translate("BudgetReports", "Code"),
        translate("BudgetReports", "Heading / line"),
        translate("BudgetReports", "Total"),
    ] + [f.short for f in view.funders]
    rows = []
    for line in view.lines:
        if line.parent_id is not None and line.level > 2:
            continue  # the co-funding table stays at heading and sub-heading level
        cells = [
            _cell(escape(line.code)),
            _cell(escape(line.label)),
            _cell(_money(line.total_minor, currency), num=True),
        ]
        for funder in view.funders:
            text = _money(line.funding(funder.id), currency)
            if line.in_kind(funder.id):
                text += " *"
            cells.append(_cell(text, num=True))
        rows.append(_row(cells, style="font-weight:bold" if line.kind in GROUPING else ""))
    total = [
        _cell(""),
        _cell(escape(translate("BudgetReports", "Total of the budget"))),
        _cell(_money(view.total_minor, currency), num=True),
    ]
    total += [_cell(_money(amount, currency), num=True) for _f, amount in view.funder_totals]
    rows.append(_row(total, style="font-weight:bold"))
    note = escape(translate("BudgetReports", "* in kind"))
    return (
        '<h2 style="page-break-before: always">'
        + escape(translate("BudgetReports", "Co-funding"))
        + "</h2>"
        + '<table width="100%">'
        + _header(labels)
        + "<tbody>"
        + "".join(rows)
        + "</tbody></table>"
        + f"<p>{note}</p>"
    )


def actual_html(content: ActualContent) -> str:
    result = content.result
    data = content.grant.data
    currency = result.currency
    parts = [
        "<h1>"
        + escape(translate("BudgetReports", "Budget vs actual — {code}").format(code=data.code))
        + "</h1>",
        "<p>"
        + escape(f"{data.title} — {content.grant.funder_name}")
        + "<br/>"
        + escape(
            translate(
                "BudgetReports",
                "Grant period {start} to {end} · situation on {today} · amounts in {currency}",
            ).format(
                start=result.start.strftime("%d/%m/%Y"),
                end=result.end.strftime("%d/%m/%Y"),
                today=result.today.strftime("%d/%m/%Y"),
                currency=currency,
            )
        )
        + "<br/>"
        + escape(
            translate("BudgetReports", "Period elapsed: {elapsed} · budget used: {used}").format(
                elapsed=_percent(result.elapsed), used=_percent(result.used or Decimal(0))
            )
        )
        + "</p>",
    ]
    if content.warnings:
        parts.append(
            '<p class="warn">' + "<br/>".join("⚠ " + escape(w) for w in content.warnings) + "</p>"
        )
    labels = [
        translate("BudgetReports", "Code"),
        translate("BudgetReports", "Heading / line"),
        translate("BudgetReports", "Budget"),
        translate("BudgetReports", "Actual"),
        translate("BudgetReports", "Variance"),
        translate("BudgetReports", "Variance %"),
        translate("BudgetReports", "Used"),
    ]
    rows = []
    for line in result.lines:
        color = STATE_COLORS.get(line.state, "")
        used = (
            f'<span style="color:{color}">{_percent(line.used)}</span>'
            if color
            else _percent(line.used)
        )
        cells = [
            _cell(escape(line.line.code)),
            _cell("&nbsp;" * 3 * (line.line.level - 1) + escape(line.line.label)),
            _cell(_money(line.budget_minor, currency), num=True),
            _cell(_money(line.actual_minor, currency), num=True),
            _cell(_money(line.variance_minor, currency), num=True),
            _cell(_percent(line.variance_ratio), num=True),
            _cell(used, num=True),
        ]
        rows.append(_row(cells, style="font-weight:bold" if line.line.kind in GROUPING else ""))
    total = [
        _cell(""),
        _cell(escape(translate("BudgetReports", "Total"))),
        _cell(_money(result.total_budget_minor, currency), num=True),
        _cell(_money(result.total_actual_minor, currency), num=True),
        _cell(_money(result.total_budget_minor - result.total_actual_minor, currency), num=True),
        _cell(""),
        _cell(_percent(result.used), num=True),
    ]
    rows.append(_row(total, style="font-weight:bold"))
    parts.append(
        '<table width="100%">' + _header(labels) + "<tbody>" + "".join(rows) + "</tbody></table>"
    )
    funder_rows = [
        _row(
            [
                _cell(escape(f.funder.name)),
                _cell(_money(f.budget_minor, currency), num=True),
                _cell(_money(f.actual_minor, currency), num=True),
            ]
        )
        for f in result.funders
    ]
    parts.append(
        '<h2 style="page-break-before: always">'
        + escape(translate("BudgetReports", "By funder"))
        + "</h2><table>"
        + _header(
            [
                translate("BudgetReports", "Funder"),
                translate("BudgetReports", "Budget"),
                translate("BudgetReports", "Actual"),
            ]
        )
        + "<tbody>"
        + "".join(funder_rows)
        + "</tbody></table>"
    )
    return "\n".join(parts)
