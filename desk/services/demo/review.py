"""A coach's review of the demo file: comments on a transaction without receipt, on an
overspent budget line (answered and resolved), on an indicator, and on the whole file."""

from __future__ import annotations

from datetime import date

from desk.domain.enums import CommentStatus
from desk.models import ReviewComment
from desk.services.demo.context import ACTORS, DemoContext, stamp
from desk.services.demo.projects import JDF

COACH = ACTORS["coach"][0]
PRESIDENT = ACTORS["president"][0]


def build_review(ctx: DemoContext) -> int:
    """Write the comments made by `ctx.today`; returns how many."""
    comments: list[tuple[str, date, str, str, int | None, str | None]] = [
        # key, day, author, table, record id, reply-to key
        ("receipt", date(2026, 5, 12), COACH, "transaction",
         ctx.transactions.get("taxi-8mars"), None),
        ("line", date(2026, 5, 12), COACH, "budget_line", ctx.lines[(JDF, "5.2")], None),
        ("line_reply", date(2026, 5, 14), PRESIDENT, "budget_line", ctx.lines[(JDF, "5.2")],
         "line"),
        ("indicator", date(2026, 5, 12), COACH, "indicator",
         ctx.records.get("indicator:I-OS1-1"), None),
        ("file", date(2026, 5, 12), COACH, "", None, None),
    ]  # fmt: skip
    bodies = {
        "receipt": "Pièce manquante pour ces grands taxis du 8 mars. Demandez une décharge "
        "signée par les chauffeurs ou, à défaut, une attestation sur l'honneur signée par la "
        "présidente et le trésorier.",
        "line": "La ligne 5.2 « Pauses café et repas » dépasse le prévu (environ 112 %). "
        "L'écart reste sous les 25 % de la rubrique 5, mais il faut le justifier dans le "
        "rapport final.",
        "line_reply": "C'est le ftour du 8 mars : 168 personnes au lieu de 150 prévues. "
        "J'ajoute l'explication au rapport financier.",
        "indicator": "D'où vient la valeur de référence de 20 % ? Précisez la source (le "
        "questionnaire de la réunion du 8 février) dans la colonne des sources.",
        "file": "Bon suivi de la caisse et des pièces, bravo. Avant l'assemblée générale, "
        "clôturez l'exercice 2025 et reportez les soldes sur 2026.",
    }
    written: dict[str, ReviewComment] = {}
    for key, day, author, table, record_id, reply_to in comments:
        if not ctx.happened(day) or (table and record_id is None):
            continue
        parent = written.get(reply_to) if reply_to else None
        if reply_to and parent is None:
            continue
        comment = ReviewComment(
            record_table=table,
            record_id=record_id,
            parent_id=None if parent is None else parent.id,
            author=author,
            body=bodies[key],
            created_at=stamp(day, 11),
        )
        ctx.session.add(comment)
        ctx.session.flush()
        written[key] = comment
        ctx.audit(comment, day, "president" if author == PRESIDENT else "coach", hour=11)
    # The president answered the budget-line remark; the coach closed the thread.
    if "line_reply" in written:
        for key in ("line", "line_reply"):
            written[key].status = CommentStatus.RESOLVED
            written[key].resolved_at = stamp(date(2026, 5, 15), 9)
    return len(written)
