"""Attendance counts by sex × age group, unique people across sessions, measures."""

from __future__ import annotations

import pytest

from desk.domain.attendance import (
    AttendanceMeasure,
    Grid,
    SessionCount,
    clean_initials,
    grid_of_people,
    headcount,
    measure,
    reach,
)
from desk.domain.enums import AgeGroup, Sex
from desk.domain.errors import DomainError, ErrorCode

F, M, U = Sex.FEMALE, Sex.MALE, Sex.UNKNOWN
YOUNG, NA = AgeGroup.FROM_18_TO_35, AgeGroup.UNKNOWN


def test_grid_totals_by_sex_with_an_unknown_bucket() -> None:
    grid = Grid.of({(F, YOUNG): 10, (F, NA): 2, (M, YOUNG): 3, (U, NA): 1, (M, NA): 0})
    assert (grid.women, grid.men, grid.unknown_sex, grid.total) == (12, 3, 1, 16)
    assert grid.count(F, YOUNG) == 10 and grid.count(age=NA) == 3
    assert (M, NA) not in grid.as_dict()  # zero buckets are left out
    assert (grid + Grid.of({(F, YOUNG): 1})).women == 13


@pytest.mark.parametrize(
    ("values", "code"),
    [
        ({(F, YOUNG): -1}, ErrorCode.CALENDAR_NEGATIVE_ATTENDANCE),
        ({(Sex.TOTAL, YOUNG): 1}, ErrorCode.INVALID_VALUE),
        ({(F, AgeGroup.ALL): 1}, ErrorCode.INVALID_VALUE),
        ({(F, YOUNG): 1.5}, ErrorCode.INVALID_VALUE),
    ],
)
def test_bad_counts_are_refused(values: dict, code: ErrorCode) -> None:  # type: ignore[type-arg]
    with pytest.raises(DomainError) as caught:
        Grid.of(values)
    assert caught.value.code is code and caught.value.field == "attendance"


def test_listed_people_count_once_and_head_counts_add() -> None:
    people = {1: (F, YOUNG), 2: (F, NA), 3: (M, YOUNG)}
    sessions = [
        SessionCount(grid_of_people(people[p] for p in (1, 3)), frozenset({1, 3})),
        SessionCount(grid_of_people(people[p] for p in (1, 2)), frozenset({1, 2})),
        SessionCount(Grid.of({(F, YOUNG): 5, (U, NA): 1})),  # no list: added as it is
    ]
    unique = reach(sessions, people)
    assert (unique.women, unique.men, unique.unknown_sex, unique.total) == (7, 1, 1, 9)
    assert headcount(sessions).total == 10
    assert measure(AttendanceMeasure.WOMEN, unique, 3) == 7
    assert measure(AttendanceMeasure.MEN, unique, 3) == 1
    assert measure(AttendanceMeasure.PARTICIPANTS, unique, 3) == 9
    assert measure(AttendanceMeasure.SESSIONS, unique, 3) == 3


def test_people_beyond_a_partial_list_are_added() -> None:
    people = {1: (F, YOUNG), 2: (M, YOUNG)}
    sessions = [
        # 20 came, 2 of them are on the list: 18 unmatched people are added.
        SessionCount(Grid.of({(F, YOUNG): 17, (M, YOUNG): 3}), frozenset({1, 2})),
        SessionCount(Grid.of({(F, YOUNG): 1}), frozenset({1})),
    ]
    unique = reach(sessions, people)
    assert (unique.women, unique.men, unique.total) == (17, 3, 20)


def test_initials_only() -> None:
    assert clean_initials("  A.K. ", 1) == "A.K."
    assert clean_initials("M-A.K.", 1) == "M-A.K."
    for bad in ("", "Aminata Koné", "Aminata", "A.B.C.D.E.F."):
        with pytest.raises(DomainError) as caught:
            clean_initials(bad, 4)
        assert caught.value.params["row"] == 4
