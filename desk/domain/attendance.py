"""Counting who came: attendance by sex × age group with an "unknown" bucket, and the unique
people reached across sessions when a participant list is kept.

Rules:

- a count is never negative (`CALENDAR_NEGATIVE_ATTENDANCE`);
- buckets are the real ones: sex female/male/unknown × the age groups and unknown (never the
  "total"/"all" placeholders of indicators);
- the reach of several sessions counts each listed person once, and adds the head counts of
  sessions without a list and the people counted beyond a partial list (they cannot be
  matched, so they are added as they are).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from desk.domain.enums import AgeGroup, Sex
from desk.domain.errors import DomainError, ErrorCode

SEXES: tuple[Sex, ...] = (Sex.FEMALE, Sex.MALE, Sex.UNKNOWN)
AGE_GROUPS: tuple[AgeGroup, ...] = (
    AgeGroup.UNDER_18,
    AgeGroup.FROM_18_TO_35,
    AgeGroup.FROM_36_TO_59,
    AgeGroup.OVER_60,
    AgeGroup.UNKNOWN,
)
Bucket = tuple[Sex, AgeGroup]
BUCKETS: tuple[Bucket, ...] = tuple((s, a) for s in SEXES for a in AGE_GROUPS)


class AttendanceMeasure(StrEnum):
    """What attendance gives to a linked indicator. Stored in the file: never rename."""

    PARTICIPANTS = "participants"  # everyone (women, men and sex not recorded)
    WOMEN = "women"
    MEN = "men"
    SESSIONS = "sessions"  # number of sessions held


@dataclass(frozen=True, slots=True)
class Grid:
    """Counts by (sex, age group); zero buckets are left out."""

    counts: tuple[tuple[Bucket, int], ...] = ()

    @staticmethod
    def of(values: Mapping[Bucket, int]) -> Grid:
        """A checked grid: known buckets, integer counts, none negative."""
        cleaned: dict[Bucket, int] = {}
        for bucket, count in values.items():
            if bucket not in BUCKETS:
                raise DomainError(ErrorCode.INVALID_VALUE, field="attendance", bucket=str(bucket))
            if isinstance(count, bool) or not isinstance(count, int):
                raise DomainError(ErrorCode.INVALID_VALUE, field="attendance", count=str(count))
            if count < 0:
                raise DomainError(
                    ErrorCode.CALENDAR_NEGATIVE_ATTENDANCE, field="attendance", count=count
                )
            if count:
                cleaned[bucket] = cleaned.get(bucket, 0) + count
        return Grid(tuple((b, cleaned[b]) for b in BUCKETS if b in cleaned))

    def as_dict(self) -> dict[Bucket, int]:
        return dict(self.counts)

    def count(self, sex: Sex | None = None, age: AgeGroup | None = None) -> int:
        return sum(
            n
            for (s, a), n in self.counts
            if (sex is None or s == sex) and (age is None or a == age)
        )

    @property
    def total(self) -> int:
        return self.count()

    @property
    def women(self) -> int:
        return self.count(Sex.FEMALE)

    @property
    def men(self) -> int:
        return self.count(Sex.MALE)

    @property
    def unknown_sex(self) -> int:
        return self.count(Sex.UNKNOWN)

    def __add__(self, other: Grid) -> Grid:
        merged = self.as_dict()
        for bucket, n in other.counts:
            merged[bucket] = merged.get(bucket, 0) + n
        return Grid.of(merged)


def grid_of_people(people: Iterable[Bucket]) -> Grid:
    """The grid of a participant list (one person per item)."""
    counts: dict[Bucket, int] = {}
    for bucket in people:
        counts[bucket] = counts.get(bucket, 0) + 1
    return Grid.of(counts)


@dataclass(frozen=True, slots=True)
class SessionCount:
    """One session's attendance: its grid, and its participants' ids when a list is kept."""

    grid: Grid
    participants: frozenset[int] | None = None


def reach(sessions: Iterable[SessionCount], people: Mapping[int, Bucket]) -> Grid:
    """People reached by `sessions`: each listed participant once (their bucket comes from
    `people`), plus the head counts of the sessions without a list, plus, for a session whose
    list is partial, the people counted beyond its list (they cannot be matched either)."""
    seen: set[int] = set()
    total = Grid()
    for item in sessions:
        if item.participants is None:
            total = total + item.grid
            continue
        seen.update(item.participants)
        listed = grid_of_people(people[p] for p in item.participants if p in people).as_dict()
        extra = {b: n - listed.get(b, 0) for b, n in item.grid.counts if n > listed.get(b, 0)}
        total = total + Grid.of(extra)
    return total + grid_of_people(people[p] for p in sorted(seen) if p in people)


def headcount(sessions: Iterable[SessionCount]) -> Grid:
    """Attendance summed session by session (a person who came twice counts twice)."""
    total = Grid()
    for item in sessions:
        total = total + item.grid
    return total


def measure(kind: AttendanceMeasure, people: Grid, sessions: int) -> int:
    """The value that `kind` takes from the people reached and the number of sessions."""
    if kind is AttendanceMeasure.WOMEN:
        return people.women
    if kind is AttendanceMeasure.MEN:
        return people.men
    if kind is AttendanceMeasure.SESSIONS:
        return sessions
    return people.total


# Initials only: a participant list is pseudonymised ("A.K."), never a full name.
MAX_INITIALS = 10


def clean_initials(text: str, row: int) -> str:
    """Initials as stored: stripped; refused when empty or long enough to be a name."""
    initials = " ".join(text.split())
    parts = re.split(r"[\s.\-']+", initials)
    if (
        not initials
        or len(initials) > MAX_INITIALS
        or any(len(part) > 3 for part in parts)  # "Aminata" is a name, not initials
    ):
        raise DomainError(
            ErrorCode.CALENDAR_PARTICIPANT_INVALID,
            field="participants",
            row=row,
            max_length=MAX_INITIALS,
        )
    return initials
