"""Logframe codes from positions: OG, OS1, R1.2, A1.2.3 and indicator codes such as I-R1.2-1.

Pure functions: the caller passes the tree (key, parent key, position) and the code prefixes of
the levels (from the file's `LogframeTemplate`, depth 0 first), and gets every code back. Codes
are never typed by the user; they are recomputed whenever nodes move.

Rules:

- depth 0 (overall objective / impact): the bare prefix, "OG". A logframe has one root; a
  second one is refused (the EU matrices have a single overall objective row).
- depth 1: prefix + rank among its siblings: "OS1", "OS2".
- depth 2: prefix + rank of its depth-1 ancestor "." own rank: "R1.2" (result 2 of OS1).
- depth 3: "A1.2.3" (activity 3 of result 1.2).
- Ranks are 1-based and follow `position`; equal positions keep the order in which the nodes
  were given (a stable sort), so the result never depends on database ids.
- Indicators: "I-" + the node's code + "-" + their 1-based rank on that node: "I-OG-1",
  "I-OS1-2", "I-R1.2-1". The node code is kept whole so that the indicator names its level in
  any template ("I-EF1-1" in the EU 2016 layout), and the dash keeps "I-R1.1-1" unambiguous
  next to "R1.11".
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from typing import TypeVar

from desk.domain.errors import DomainError, ErrorCode

K = TypeVar("K", bound=Hashable)

INDICATOR_PREFIX = "I"
MAX_DEPTH = 3


def _refuse(problem: str, **params: object) -> DomainError:
    return DomainError(ErrorCode.INVALID_VALUE, field="logframe", problem=problem, **params)


def logframe_codes(
    nodes: Iterable[tuple[K, K | None, int]], prefixes: Sequence[str]
) -> dict[K, str]:
    """Codes of every node of one logframe, keyed like the input.

    `nodes` yields (key, parent key or None for the root, position); `prefixes[d]` is the code
    prefix of depth `d`. Refuses (INVALID_VALUE, field "logframe") several roots, an unknown
    parent, a cycle, or a node deeper than the prefixes (or than depth 3).
    """
    items = list(nodes)
    parents: dict[K, K | None] = {}
    for key, parent, _position in items:
        if key in parents:
            raise _refuse("duplicate_node", node=key)
        parents[key] = parent
    children: dict[K | None, list[tuple[int, int, K]]] = {}
    for order, (key, parent, position) in enumerate(items):
        if parent is not None and parent not in parents:
            raise _refuse("unknown_parent", node=key, parent=parent)
        children.setdefault(parent, []).append((position, order, key))
    roots = children.get(None, [])
    if len(roots) > 1:
        raise _refuse("several_roots", count=len(roots))
    max_depth = min(len(prefixes) - 1, MAX_DEPTH)

    codes: dict[K, str] = {}
    # Breadth-first from the root: each entry carries the ranks of its ancestors below depth 0.
    pending: list[tuple[K, int, tuple[int, ...]]] = [(key, 0, ()) for _, _, key in roots]
    while pending:
        key, depth, ranks = pending.pop()
        if depth > max_depth:
            raise _refuse("too_deep", node=key, depth=depth)
        prefix = prefixes[depth]
        codes[key] = prefix + ".".join(str(rank) for rank in ranks)
        siblings = sorted(children.get(key, []), key=lambda item: (item[0], item[1]))
        for rank, (_, _, child) in enumerate(siblings, start=1):
            pending.append((child, depth + 1, (*ranks, rank)))
    if len(codes) != len(parents):
        # Nodes never reached from the root sit on a cycle (a -> b -> a).
        stray = next(key for key in parents if key not in codes)
        raise _refuse("cycle", node=stray)
    return codes


def indicator_code(node_code: str, rank: int) -> str:
    """ "I-R1.2-1" for the first indicator of result R1.2 (`rank` is 1-based)."""
    if rank < 1:
        raise _refuse("bad_rank", rank=rank)
    return f"{INDICATOR_PREFIX}-{node_code}-{rank}"


def indicator_codes(node_code: str, positions: Sequence[int]) -> list[str]:
    """Codes of the indicators of one node, given their positions in input order (ranks follow
    the positions; equal positions keep the input order)."""
    order = sorted(range(len(positions)), key=lambda index: (positions[index], index))
    codes = [""] * len(positions)
    for rank, index in enumerate(order, start=1):
        codes[index] = indicator_code(node_code, rank)
    return codes
