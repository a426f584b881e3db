"""The plain-text form of a file check (`assodesk check` without --json), translated."""

from __future__ import annotations

from desk.domain.money import format_minor
from desk.reports.summary import translate
from desk.services.checks import CheckReport


def _labels() -> dict[str, str]:
    return {
        "transactions": translate("Reports", "transactions"),
        "splits": translate("Reports", "splits"),
        "attachments": translate("Reports", "receipts attached"),
        "projects": translate("Reports", "projects"),
        "budget_lines": translate("Reports", "budget lines"),
        "logframe_nodes": translate("Reports", "logframe items"),
        "indicators": translate("Reports", "indicators"),
        "activities": translate("Reports", "activities"),
        "sessions": translate("Reports", "sessions"),
        "comments": translate("Reports", "comments"),
        "audit_entries": translate("Reports", "audit entries"),
    }


def check_text(report: CheckReport, lang: str = "fr", currency: str = "MAD") -> str:
    """Several lines: schema, integrity, contents, balance, receipts, verdict."""
    labels = _labels()
    out = [
        translate("Reports", "File: {path}").format(path=report.path),
        translate("Reports", "Schema version: {revision} (this AssoDesk: {head})").format(
            revision=report.schema_revision, head=report.head_revision
        ),
        translate("Reports", "Integrity: {result}").format(result="; ".join(report.integrity)),
    ]
    if report.foreign_key_problems:
        out.append(
            translate("Reports", "Broken links between records: {count}").format(
                count=report.foreign_key_problems
            )
        )
    out.append(translate("Reports", "Contents:"))
    out += [f"  {labels.get(name, name)}: {count}" for name, count in report.counts]
    if report.balanced:
        out.append(translate("Reports", "Every transaction balances."))
    else:
        out.append(
            translate("Reports", "{count} transactions do not balance:").format(
                count=report.unbalanced_count
            )
        )
        out += [
            f"  #{u.transaction_id}: {format_minor(u.difference_minor, currency, lang)}"
            for u in report.unbalanced
        ]
    out.append(
        translate("Reports", "Transactions without receipt: {count}").format(
            count=report.receipts_missing
        )
    )
    out.append(
        translate("Reports", "Verdict: sound.")
        if report.sound
        else translate("Reports", "Verdict: NOT sound.")
    )
    return "\n".join(out)
