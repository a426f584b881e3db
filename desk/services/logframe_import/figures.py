"""Figures as people write them in logframe cells: "0 femmes (31/01/2025)", "20 %",
"1 150 supports", "oui (2025)", and targets by sex "femmes 105 · hommes 20 · non précisé 0"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from desk.domain.enums import Sex
from desk.services.logframe_import.vocab import norm

_SPACES = "\u202f\u00a0\u2009 "
_NUMBER = re.compile(
    r"^[-+]?\d{1,3}(?:[\u202f\u00a0\u2009 ]\d{3})+(?:[.,]\d+)?|^[-+]?\d+(?:[.,]\d+)?"
)
_DAY = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})|(\d{4})-(\d{2})-(\d{2})|\b((?:19|20)\d{2})\b")
YES = frozenset({"oui", "yes", "vrai", "true"})
NO = frozenset({"non", "no", "faux", "false"})


@dataclass(frozen=True, slots=True)
class Figure:
    value: Decimal | None
    unit: str
    when: date | None
    yes_no: bool = False


def read_figure(text: str, *, end_of_year: bool) -> Figure | None:
    """ "125 personnes (30/06/2025)" -> 125, "personnes", 2025-06-30; "20 %" -> 20, "%";
    "oui" -> 1 (yes/no); a bare year gives 31/12 (`end_of_year`) or 1/1. None when no value."""
    first = text.strip().split("\n", 1)[0]
    head = first.partition("(")[0]
    when = _date(text, end_of_year=end_of_year)
    words = norm(head)
    if words in YES or words in NO:
        return Figure(Decimal(1 if words in YES else 0), "", when, yes_no=True)
    match = _NUMBER.match(head.strip())
    if not match:
        return None
    raw = match.group(0)
    for space in _SPACES:
        raw = raw.replace(space, "")
    if "," in raw and "." not in raw:
        raw = raw.replace(",", ".")
    try:
        value = Decimal(raw)
    except InvalidOperation:
        return None
    unit = head.strip()[match.end() :].strip().strip(_SPACES)
    return Figure(value, unit[:50], when)


def _date(text: str, *, end_of_year: bool) -> date | None:
    match = _DAY.search(text)
    if not match:
        return None
    try:
        if match.group(1):
            return date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
        if match.group(4):
            return date(int(match.group(4)), int(match.group(5)), int(match.group(6)))
        year = int(match.group(7))
        return date(year, 12, 31) if end_of_year else date(year, 1, 1)
    except ValueError:
        return None


SEX_WORDS = {
    Sex.FEMALE: ("femmes", "women", "f", "filles"),
    Sex.MALE: ("hommes", "men", "h", "m", "garcons"),
    Sex.UNKNOWN: ("non precise", "not specified", "np", "inconnu"),
}


def read_by_sex(text: str) -> dict[Sex, Decimal]:
    """ "femmes 105 · hommes 20 · non précisé 0" -> {F: 105, M: 20, U: 0}."""
    found: dict[Sex, Decimal] = {}
    for part in re.split(r"[·;,|\n]", text):
        match = re.match(r"^\s*(.*?)\s*:?\s*(\d+(?:[.,]\d+)?)\s*$", part)
        if not match:
            continue
        key = norm(match.group(1))
        for sex, names in SEX_WORDS.items():
            if key in names:
                found[sex] = Decimal(match.group(2).replace(",", "."))
    return found
