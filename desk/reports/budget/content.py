"""What the budget reports print, gathered once for the XLSX and the PDF: the budget view or
budget vs actual, the grant, the warnings as sentences, the texts of the headers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desk.domain.errors import DomainError, ErrorCode
from desk.i18n.messages import describe_error
from desk.services.browse.budgets import BudgetView, budget_view
from desk.services.budgets.actual import BudgetVsActual, budget_vs_actual
from desk.services.budgets.grants import GrantView, grant
from desk.store import AssoFile


def translate(context: str, text: str) -> str:
    """Qt's translation (QtCore only). Named `translate` so that lupdate extracts the strings."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


@dataclass(frozen=True)
class BudgetContent:
    budget: BudgetView
    grant: GrantView | None
    warnings: dict[int | None, list[str]]  # by line id; None: the whole budget
    footer: str

    def line_warnings(self, line_id: int) -> str:
        return " ".join(self.warnings.get(line_id, []))

    @property
    def all_warnings(self) -> list[str]:
        return [text for texts in self.warnings.values() for text in texts]


@dataclass(frozen=True)
class ActualContent:
    result: BudgetVsActual
    grant: GrantView
    warnings: list[str]
    footer: str


def _footer(view: BudgetView, grant_view: GrantView | None) -> str:
    code = grant_view.data.code if grant_view else ""
    return f"{code} — {view.name} — v{view.version}".strip(" —")


def budget_content(asso: AssoFile, budget_id: int) -> BudgetContent:
    view = budget_view(asso, budget_id)
    if view is None:
        raise DomainError(ErrorCode.NOT_FOUND, field="budget")
    grant_view = grant(asso, view.project_id) if view.project_id else None
    warnings: dict[int | None, list[str]] = {}
    for finding in view.findings:
        if finding.blocking:  # advice (no activity linked) stays in the program
            warnings.setdefault(finding.line_id, []).append(describe_error(finding.error))
    return BudgetContent(view, grant_view, warnings, _footer(view, grant_view))


def actual_content(asso: AssoFile, budget_id: int, today: date | None) -> ActualContent:
    result = budget_vs_actual(asso, budget_id, today)
    project_id = result.budget.project_id
    assert project_id is not None  # budget_vs_actual refuses operating budgets
    warnings = [describe_error(o.error) for o in result.outside_period]
    warnings += [describe_error(e) for e in result.rate_errors]
    grant_view = grant(asso, project_id)
    return ActualContent(result, grant_view, warnings, _footer(result.budget, grant_view))


def status_text(view: BudgetView) -> str:
    from desk.domain.enums import BudgetStatus

    texts = {
        BudgetStatus.DRAFT: translate("BudgetReports", "Draft"),
        BudgetStatus.SUBMITTED: translate("BudgetReports", "Submitted"),
        BudgetStatus.SIGNED: translate("BudgetReports", "Signed"),
        BudgetStatus.AMENDMENT: translate("BudgetReports", "Amendment"),
    }
    return texts[view.status]
