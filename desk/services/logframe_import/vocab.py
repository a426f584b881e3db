"""The words of logframe sheets in French and English: column headers, level names, codes
(OG, OS1, R1.2, A1.2.3, "Résultat 1 :", "Output 2"), figures ("0 femmes (31/01/2025)",
"20 %", "1 150", "oui") and the labels AssoDesk's own exports write ("Référence : …").

Text is compared without accents, case or punctuation (`norm`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from desk.services.logframe_import.model import Role


def norm(text: str) -> str:
    """ "Résultats attendus :" -> "resultats attendus"."""
    folded = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^a-z0-9%]+", " ", plain).split())


# Header words by role, most specific first (checked in this order).
HEADER_WORDS: tuple[tuple[Role, tuple[str, ...]], ...] = (
    (
        Role.SOURCES,
        (
            "sources et moyens de verification",
            "sources de verification",
            "source de verification",
            "sources of verification",
            "source of verification",
            "moyens de verification",
            "means of verification",
            "source",
            "mov",
        ),
    ),
    (Role.BASELINE, ("valeur de reference", "reference", "baseline", "situation de depart")),
    (Role.CURRENT, ("valeur actuelle", "current value", "current", "realise", "actual")),
    (Role.TARGET, ("cible", "target", "valeur cible")),
    (Role.INDICATORS, ("indicateur", "indicator", "iov", "ovi", "ivo")),
    (Role.ASSUMPTIONS, ("hypothese", "assumption", "risque", "risk")),
    (Role.MEANS, ("moyens", "means", "ressources", "inputs")),
    (Role.COSTS, ("couts", "cout", "costs", "cost")),
    (Role.LEVEL_3, ("main activities", "activites", "activities", "activite", "activity")),
    (Role.LEVEL_2, ("outputs", "resultats attendus", "produits", "output")),
    (
        Role.STATEMENT,
        (
            "logique d intervention",
            "intervention logic",
            "chaine des resultats",
            "results chain",
            "resume narratif",
            "narrative summary",
            "description",
            "objectifs",
        ),
    ),
    (Role.LEVEL, ("niveau", "level")),
    (Role.CODE, ("code", "ref", "no", "n")),
)


def header_match(text: str) -> tuple[Role, int] | None:
    """The role a header cell names and the length of the words that told it (a longer match
    is more specific: "Source of verification" beats "Source"), or None."""
    words = norm(text)
    if not words or len(words) > 60:
        return None
    for role, keys in HEADER_WORDS:
        for key in keys:
            if role is Role.CODE:
                if words == key:
                    return role, len(key)
            elif re.search(rf"(^| ){re.escape(key)}", words):
                return role, len(key)
    return None


def header_role(text: str) -> Role | None:
    found = header_match(text)
    return found[0] if found else None


# Level names and code prefixes by depth (normalised), longest first when matching.
LEVEL_WORDS: dict[int, tuple[str, ...]] = {
    0: (
        "objectif global",
        "objectif general",
        "objectifs globaux",
        "overall objective",
        "impact",
        "goal",
        "finalite",
    ),
    1: (
        "objectif specifique",
        "objectifs specifiques",
        "specific objective",
        "effet",
        "effets",
        "outcome",
        "outcomes",
        "purpose",
    ),
    2: (
        "resultats attendus",
        "resultat",
        "resultats",
        "produit",
        "produits",
        "output",
        "outputs",
        "result",
        "results",
    ),
    3: ("activites", "activite", "activities", "activity"),
}
CODE_PREFIXES: dict[str, int] = {
    "og": 0, "oo": 0, "imp": 0, "os": 1, "so": 1, "ef": 1, "oc": 1,
    "r": 2, "er": 2, "p": 2, "op": 2, "a": 3, "act": 3,
}  # fmt: skip
NO_NUMBER_NEEDED = frozenset({"og", "oo", "imp"})


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Level words and code prefixes, extended with the templates stored in the file."""

    words: dict[int, tuple[str, ...]]
    prefixes: dict[str, int]

    @classmethod
    def default(cls, templates: Iterable[tuple[int, str, str]] = ()) -> Vocabulary:
        """`templates`: (depth, level name, code prefix) of the file's templates."""
        words = {d: list(w) for d, w in LEVEL_WORDS.items()}
        prefixes = dict(CODE_PREFIXES)
        for depth, name, prefix in templates:
            if norm(name) and norm(name) not in words[depth]:
                words[depth].append(norm(name))
            if norm(prefix):
                prefixes.setdefault(norm(prefix), depth)
        return cls({d: tuple(sorted(w, key=len, reverse=True)) for d, w in words.items()}, prefixes)

    def level_of_label(self, text: str) -> int | None:
        """The depth a level label names ("Résultats attendus" -> 2), or None."""
        words = norm(text)
        for depth, names in self.words.items():
            if any(words == n or words.startswith(n + " ") for n in names):
                return depth
        return None


_CODES = tuple(
    re.compile(
        rf"^\s*(?P<word>[^\W\d_]+(?:\s+[^\W\d_]+){{{extra}}})\.?\s*(?P<num>\d+(?:\.\d+)*)?\.?"
        r"\s*(?P<sep>[-–—:)]|(?=\s)|$)\s*"
    )
    for extra in (2, 1, 0)
)


@dataclass(frozen=True, slots=True)
class CodeMatch:
    depth: int
    code: str  # as written: "R1.2"
    numbers: tuple[int, ...]
    rest: str  # the statement after the code


def read_code(text: str, vocab: Vocabulary) -> CodeMatch | None:
    """A leading code or level word: "R1.2 – Les…", "OS1: …", "Résultat 1 : …", "OG – …".
    Without a number, only an explicit separator (– : ) ) or the end of the text counts, so
    that "Effet de levier…" stays a statement."""
    known = {n for names in vocab.words.values() for n in names}
    for pattern in _CODES:
        match = pattern.match(text)
        if not match:
            continue
        word, num, sep = match.group("word"), match.group("num"), match.group("sep")
        key = norm(word)
        depth = vocab.prefixes.get(key)
        if depth is None and key in known:
            depth = vocab.level_of_label(word)
        if depth is None:
            continue
        if num is None and not (sep or match.end() == len(text.rstrip())):
            continue
        if num is None and key in vocab.prefixes and key not in NO_NUMBER_NEEDED:
            continue
        numbers = tuple(int(n) for n in num.split(".")) if num else ()
        code = match.group(0).strip().rstrip("-–—:)").strip()
        return CodeMatch(depth, code, numbers, text[match.end() :].strip())
    return None


_BULLET = re.compile(r"^\s*(?:[-•·*▪◦–—]|\d{1,2}[.)](?=\s)|I-[\w.]+-\d+\s*[-–—:]?)\s*")


def strip_bullet(line: str) -> str:
    """ "• Nombre…", "1) Nombre…", "I-R1.1-1 – Nombre…" -> "Nombre…"."""
    return _BULLET.sub("", line, count=1).strip()


DETAIL_LABELS = {
    "baseline": ("valeur de reference", "reference", "baseline", "situation de depart"),
    "target": ("valeur cible", "cible", "target"),
    "current": ("valeur actuelle", "current value"),
    "means": ("moyens", "means"),
    "costs": ("couts", "cout", "costs"),
    "by_sex": ("cible par sexe", "target by sex"),
}


def labelled_parts(line: str) -> dict[str, str]:
    """ "Référence : 0 femmes (31/01/2025) · Cible : 60 femmes" -> {"baseline": …, "target": …};
    empty when the line does not start with such a label. A piece without a label stays with
    the one before ("Moyens : salle ; kits")."""
    found: dict[str, str] = {}
    last = ""
    pieces = re.split(r"(\s[·|;]\s)", line)
    for index in range(0, len(pieces), 2):
        part = pieces[index]
        head, colon, rest = part.partition(":")
        kind = None
        if colon:
            key = norm(head)
            kind = next((k for k, labels in DETAIL_LABELS.items() if key in labels), None)
        if kind is not None:
            found[kind] = rest.strip()
            last = kind
        elif last:
            found[last] += pieces[index - 1] + part
        else:
            return {}
    return found
