"""`assodesk import PATH STATEMENT --account NAME [--dry-run] [--json] [--mapping BANK]`.

Exit codes: 0 imported (or, with --dry-run, importable); 1 rows in error or the import was
refused (nothing imported); 2 the association file, the statement or the account cannot be
used (unreadable, unknown format, columns not recognised, no such account).
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

from desk.domain.errors import DomainError, ErrorCode
from desk.i18n.messages import describe_error
from desk.reports.bank_import.text import (
    failure_json,
    line_message,
    plan_json,
    plan_text,
    translate,
)
from desk.services.bank_import import LineError, find_account, prepare_import, run_import
from desk.store import open_file

EXIT_OK, EXIT_FAILED, EXIT_UNUSABLE = 0, 1, 2
# Refusals that mean "this input cannot be used at all" rather than "these rows are wrong".
_UNUSABLE = {
    ErrorCode.STATEMENT_UNREADABLE,
    ErrorCode.STATEMENT_UNSUPPORTED,
    ErrorCode.STATEMENT_EMPTY,
    ErrorCode.STATEMENT_MAPPING_INCOMPLETE,
    ErrorCode.STATEMENT_ACCOUNT_UNKNOWN,
    ErrorCode.FILE_NOT_FOUND,
}


@dataclass(frozen=True, slots=True)
class ImportRequest:
    path: Path
    statement: Path
    account: str
    dry_run: bool = False
    as_json: bool = False
    bank: str | None = None
    lang: str = "fr"


def _fail(request: ImportRequest, error: DomainError, code: int) -> int:
    if request.as_json:
        print(json.dumps(failure_json(error), ensure_ascii=False, indent=2))
    message = describe_error(error)
    line = error.params.get("line")
    if isinstance(line, int) and line > 0:
        message = line_message(LineError(line, error))
    print(message, file=sys.stderr)
    if error.code is ErrorCode.STATEMENT_MAPPING_INCOMPLETE:
        hint = translate(
            "BankImport",
            "Open the file in AssoDesk and use “Import a statement…” once to say which column "
            "is which; the choice is remembered for this bank.",
        )
        print(hint, file=sys.stderr)
    return code


def run_import_command(request: ImportRequest) -> int:
    """Plan the import, print the report, import unless --dry-run; the exit code."""
    try:
        asso = open_file(request.path, read_only=request.dry_run)
    except DomainError as error:
        return _fail(request, error, EXIT_UNUSABLE)
    try:
        try:
            account = find_account(asso, request.account)
            plan = prepare_import(asso, request.statement, account, bank=request.bank)
        except DomainError as error:
            return _fail(request, error, EXIT_UNUSABLE if error.code in _UNUSABLE else EXIT_FAILED)
        result = None
        if not plan.errors and not request.dry_run:
            try:
                result = run_import(asso, plan)
            except DomainError as error:
                return _fail(request, error, EXIT_FAILED)
        if request.as_json:
            data = plan_json(plan, result=result, dry_run=request.dry_run)
            print(json.dumps(data, ensure_ascii=False, indent=2))
        else:
            print(plan_text(plan, request.lang, result=result, dry_run=request.dry_run))
        return EXIT_FAILED if plan.errors else EXIT_OK
    finally:
        asso.close()
