"""What the demo builders share while they fill one file: the session, the seeded random
generator, the story's "as of" date, the ids created so far, and audit helpers that date each
trace when the story says it happened (not when the demo was built)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.domain.enums import AuditAction
from desk.models import Account, Base, Member
from desk.services import audit

# The story runs from January 2025 to the end of June 2026; `today` can cut it shorter.
STORY_START = date(2025, 1, 1)
STORY_END = date(2026, 6, 30)

# Who did what, as the audit log shows it: the demo plays the association's own people, so
# that the log reads like a real one (and does not depend on the machine building it).
ACTORS: dict[str, tuple[str, str]] = {
    "treasurer": ("Jean-Baptiste Kouassi", "PC-AHSS-TRESORERIE"),
    "president": ("Aminata Diallo", "PC-AHSS-BUREAU"),
    "secretary": ("Grace Mbuyi", "PC-AHSS-BUREAU"),
    "coach": ("Fatima Zahra Bennani", "PC-ACCOMPAGNEMENT"),
}


def stamp(day: date, hour: int = 18) -> datetime:
    """A timezone-aware moment on `day` (default: the evening, when the treasurer types)."""
    return datetime.combine(day, time(hour, 0), tzinfo=UTC)


@dataclass
class DemoContext:
    """Mutable state of one demo build (one unit of work)."""

    session: Session
    seed: int
    rng: random.Random
    today: date
    accounts: dict[str, int] = field(default_factory=dict)  # code -> id
    members: dict[str, Member] = field(default_factory=dict)  # role key -> member
    funders: dict[str, int] = field(default_factory=dict)  # key -> id
    projects: dict[str, int] = field(default_factory=dict)  # project code -> id
    lines: dict[tuple[str, str], int] = field(default_factory=dict)  # (project, line code)
    activities: dict[str, int] = field(default_factory=dict)  # "A1.1.2", "AGR-M1" -> id
    activity_projects: dict[str, str] = field(default_factory=dict)  # activity key -> project
    events: dict[str, int] = field(default_factory=dict)  # session key -> session id
    transactions: dict[str, int] = field(default_factory=dict)  # story key -> transaction id
    records: dict[str, int] = field(default_factory=dict)  # other named records (comments)

    def happened(self, day: date) -> bool:
        """True when `day` is part of the story told so far."""
        return day <= self.today

    def load_accounts(self) -> None:
        rows = self.session.execute(select(Account.code, Account.id)).all()
        self.accounts = {code: id_ for code, id_ in rows}

    def member_id(self, key: str | None) -> int | None:
        return None if key is None else self.members[key].id

    def line_id(self, project: str | None, code: str | None) -> int | None:
        if project is None or code is None:
            return None
        return self.lines[(project, code)]

    def audit(
        self,
        obj: Base,
        day: date,
        actor: str = "treasurer",
        *,
        after: dict[str, Any] | None = None,
        hour: int = 18,
    ) -> None:
        """A CREATE entry for `obj`, dated and signed as the story says."""
        entry = audit.record(self.session, AuditAction.CREATE, obj, after=after)
        self._sign(entry, day, actor, hour)

    def audit_many(
        self, table: str, count: int, day: date, actor: str = "president", **details: Any
    ) -> None:
        """One summary entry for `count` rows of `table` created together (budget lines,
        attendance…): the log stays readable and the build stays fast."""
        if count == 0:
            return
        entry = audit.record(
            self.session,
            AuditAction.CREATE,
            table=table,
            after={"count": count, **details},
            reason="demo",
        )
        self._sign(entry, day, actor, 18)

    @staticmethod
    def _sign(entry: Any, day: date, actor: str, hour: int) -> None:
        entry.user, entry.machine = ACTORS[actor]
        entry.at = stamp(day, hour)
