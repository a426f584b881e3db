"""Bank statement import (CSV, XLSX): read, map columns, preview, skip duplicates, suggest
categories, import in one transaction, undo.

    account = find_account(asso, "Banque")
    plan = prepare_import(asso, "releve.csv", account)   # nothing written
    plan.errors / plan.rows / plan.duplicates / plan.total_minor
    result = run_import(asso, plan)                       # all or nothing
    undo_import(asso, result.transaction_ids)
"""

from desk.services.bank_import.history import Category, Suggestion
from desk.services.bank_import.mapping import ROLES, ColumnMapping, guess_mapping
from desk.services.bank_import.parsing import LineError, StatementLine, parse_statement
from desk.services.bank_import.planning import (
    AccountChoice,
    ImportPlan,
    PlanRow,
    RowStatus,
    choose_mapping,
    find_account,
    plan_import,
    prepare_import,
    treasury_choices,
)
from desk.services.bank_import.reading import RawTable, read_statement
from desk.services.bank_import.writing import ImportResult, run_import, undo_import

__all__ = [
    "ROLES",
    "AccountChoice",
    "Category",
    "ColumnMapping",
    "ImportPlan",
    "ImportResult",
    "LineError",
    "PlanRow",
    "RawTable",
    "RowStatus",
    "StatementLine",
    "Suggestion",
    "choose_mapping",
    "find_account",
    "guess_mapping",
    "parse_statement",
    "plan_import",
    "prepare_import",
    "read_statement",
    "run_import",
    "treasury_choices",
    "undo_import",
]
