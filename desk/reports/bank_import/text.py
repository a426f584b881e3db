"""What `assodesk import` prints: the rows read, the total, the duplicates skipped and the
errors with their line numbers, as translated text or as JSON."""

from __future__ import annotations

from typing import Any

from desk.domain.errors import DomainError
from desk.domain.money import format_minor
from desk.i18n.messages import describe_error
from desk.services.bank_import import ImportPlan, ImportResult, LineError, RowStatus


def translate(context: str, text: str) -> str:
    """Qt's translation (QtCore imported when first needed; named so lupdate finds it)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


def _statuses() -> dict[RowStatus, str]:
    return {
        RowStatus.NEW: translate("BankImport", "new"),
        RowStatus.DUPLICATE: translate("BankImport", "already in the books"),
        RowStatus.FILE_DUPLICATE: translate("BankImport", "repeated in the statement"),
    }


def _sources() -> dict[str, str]:
    return {
        "history": translate("BankImport", "from history"),
        "rule": translate("BankImport", "from the label"),
        "default": translate("BankImport", "by default, to check"),
    }


def line_message(item: LineError) -> str:
    """ "Line 12: “32/13/2024” is not a date…" (line 0: the statement as a whole)."""
    text = describe_error(item.error)
    if item.line <= 0:
        return text
    return translate("BankImport", "Line {line}: {message}").format(line=item.line, message=text)


def _lines(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:20])
    return shown + (" …" if len(numbers) > 20 else "")


def plan_text(
    plan: ImportPlan, lang: str, *, result: ImportResult | None = None, dry_run: bool = False
) -> str:
    """The whole report, one row read per line."""
    source = plan.table
    kind = source.kind.upper() if source.kind == "csv" else f"Excel ({source.sheet})"
    if source.kind == "csv":
        kind += f", {source.encoding}, « {source.delimiter} »".replace("\t", "TAB")
    mapping = {
        "saved": translate("BankImport", "remembered for {bank}"),
        "guessed": translate("BankImport", "guessed from the columns' names"),
        "given": translate("BankImport", "chosen by hand"),
    }[plan.mapping_source].format(bank=plan.bank)
    out = [
        translate("BankImport", "Statement: {name} ({kind})").format(
            name=source.path.name, kind=kind
        ),
        translate("BankImport", "Account: {account}; columns {mapping}").format(
            account=plan.account.name, mapping=mapping
        ),
        translate("BankImport", "Rows read: {count}").format(count=len(plan.rows)),
    ]
    statuses, sources = _statuses(), _sources()
    for row in plan.rows:
        line = row.line
        category = row.suggestion.category.name
        if row.suggestion.source != "history":
            category += f" ({sources[row.suggestion.source]})"
        detail = category if row.status is RowStatus.NEW else statuses[row.status]
        out.append(
            f"  {line.line:>5}  {line.date:%d/%m/%Y}  "
            f"{format_minor(line.amount_minor, plan.currency, lang):>16}  "
            f"{line.label[:48]:<48}  {detail}"
        )
    new = plan.new_rows
    out.append(
        translate("BankImport", "Total of the {count} new rows: {total}").format(
            count=len(new), total=format_minor(plan.total_minor, plan.currency, lang)
        )
    )
    duplicates = [r.line.line for r in plan.rows if r.status is not RowStatus.NEW]
    out.append(
        translate("BankImport", "Duplicates skipped: {count}").format(count=len(duplicates))
        + (f" ({_lines(duplicates)})" if duplicates else "")
    )
    if plan.ignored:
        out.append(
            translate("BankImport", "Balance and total lines set aside: {lines}").format(
                lines=_lines(list(plan.ignored))
            )
        )
    for warning in plan.warnings:
        out.append(
            translate("BankImport", "Warning: {message}").format(message=line_message(warning))
        )
    out.append(translate("BankImport", "Errors: {count}").format(count=len(plan.errors)))
    out.extend(f"  {line_message(e)}" for e in plan.errors)
    if plan.errors:
        out.append(translate("BankImport", "Nothing was imported."))
    elif result is not None:
        out.append(
            translate("BankImport", "Imported: {count} transactions into {account}.").format(
                count=result.imported, account=plan.account.name
            )
        )
    elif dry_run:
        out.append(translate("BankImport", "Trial run: nothing was written."))
    return "\n".join(out)


def _error_dict(item: LineError) -> dict[str, Any]:
    return {
        "line": item.line,
        "field": item.error.field,
        "code": item.error.code.value,
        "message": describe_error(item.error),
    }


def plan_json(
    plan: ImportPlan, *, result: ImportResult | None = None, dry_run: bool = False
) -> dict[str, Any]:
    """The same report for programs: amounts in minor units, dates in ISO."""
    return {
        "statement": str(plan.path),
        "format": plan.table.kind,
        "encoding": plan.table.encoding,
        "delimiter": plan.table.delimiter,
        "account": plan.account.name,
        "bank": plan.bank,
        "mapping_source": plan.mapping_source,
        "currency": plan.currency,
        "dry_run": dry_run,
        "rows": [
            {
                "line": r.line.line,
                "date": r.line.date.isoformat(),
                "value_date": r.line.value_date.isoformat() if r.line.value_date else None,
                "label": r.line.label,
                "payee": r.line.payee,
                "reference": r.line.reference,
                "amount_minor": r.line.amount_minor,
                "status": r.status.value,
                "category_code": r.suggestion.category.code,
                "category": r.suggestion.category.name,
                "category_source": r.suggestion.source,
            }
            for r in plan.rows
        ],
        "rows_read": len(plan.rows),
        "new": len(plan.new_rows),
        "total_minor": plan.total_minor,
        "duplicates": plan.duplicates,
        "duplicate_lines": [r.line.line for r in plan.rows if r.status is not RowStatus.NEW],
        "ignored_lines": list(plan.ignored),
        "warnings": [_error_dict(w) for w in plan.warnings],
        "errors": [_error_dict(e) for e in plan.errors],
        "imported": result.imported if result is not None else 0,
    }


def failure_json(error: DomainError) -> dict[str, Any]:
    """A refusal before any row was read (unreadable statement, unknown account…)."""
    return {
        "error": {
            "code": error.code.value,
            "field": error.field,
            "line": error.params.get("line"),
            "message": describe_error(error),
        },
        "rows": [],
        "total_minor": 0,
        "duplicates": 0,
        "errors": [],
        "imported": 0,
    }
