"""Tests of desk.domain.codes: logframe codes from positions, and indicator codes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk.domain.codes import indicator_code, indicator_codes, logframe_codes
from desk.domain.errors import DomainError, ErrorCode

EU_2004 = ("OG", "OS", "R", "A")
EU_2016 = ("IMP", "EF", "P", "A")


def sample_tree() -> list[tuple[str, str | None, int]]:
    # Given out of order, with positions that are not contiguous: codes follow positions.
    return [
        ("r2", "os1", 20),
        ("og", None, 0),
        ("os1", "og", 0),
        ("r1", "os1", 10),
        ("a12", "r1", 5),
        ("a11", "r1", 1),
        ("a21", "r2", 0),
        ("os2", "og", 1),
        ("r21", "os2", 0),
        ("a211", "r21", 0),
    ]


def test_codes_follow_depth_and_position() -> None:
    codes = logframe_codes(sample_tree(), EU_2004)
    assert codes == {
        "og": "OG",
        "os1": "OS1",
        "os2": "OS2",
        "r1": "R1.1",
        "r2": "R1.2",
        "r21": "R2.1",
        "a11": "A1.1.1",
        "a12": "A1.1.2",
        "a21": "A1.2.1",
        "a211": "A2.1.1",
    }


def test_prefixes_come_from_the_template() -> None:
    codes = logframe_codes(sample_tree(), EU_2016)
    assert codes["og"] == "IMP"
    assert codes["os2"] == "EF2"
    assert codes["r2"] == "P1.2"
    assert codes["a21"] == "A1.2.1"


def test_moving_a_node_renumbers_its_siblings_and_descendants() -> None:
    tree = sample_tree()
    # Result r2 moves before r1: it becomes R1.1 and its activity A1.1.1.
    moved = [(k, p, -1 if k == "r2" else pos) for k, p, pos in tree]
    codes = logframe_codes(moved, EU_2004)
    assert (codes["r2"], codes["a21"]) == ("R1.1", "A1.1.1")
    assert (codes["r1"], codes["a11"], codes["a12"]) == ("R1.2", "A1.2.1", "A1.2.2")


def test_equal_positions_keep_the_given_order() -> None:
    nodes = [("og", None, 0), ("b", "og", 0), ("a", "og", 0)]
    assert logframe_codes(nodes, EU_2004) == {"og": "OG", "b": "OS1", "a": "OS2"}


def test_ten_siblings_number_past_nine() -> None:
    nodes = [("og", None, 0), ("os", "og", 0)] + [(f"r{i}", "os", i) for i in range(11)]
    codes = logframe_codes(nodes, EU_2004)
    assert codes["r9"] == "R1.10"
    assert codes["r10"] == "R1.11"


def test_empty_logframe_has_no_codes() -> None:
    assert logframe_codes([], EU_2004) == {}


@pytest.mark.parametrize(
    ("nodes", "problem"),
    [
        ([("a", None, 0), ("b", None, 1)], "several_roots"),
        ([("a", None, 0), ("b", "zz", 0)], "unknown_parent"),
        ([("a", None, 0), ("b", "c", 0), ("c", "b", 0)], "cycle"),
        ([("a", None, 0), ("a", None, 1)], "duplicate_node"),
        (
            [("a", None, 0), ("b", "a", 0), ("c", "b", 0), ("d", "c", 0), ("e", "d", 0)],
            "too_deep",
        ),
    ],
)
def test_malformed_trees_are_refused(
    nodes: list[tuple[str, str | None, int]], problem: str
) -> None:
    with pytest.raises(DomainError) as caught:
        logframe_codes(nodes, EU_2004)
    assert caught.value.code is ErrorCode.INVALID_VALUE
    assert caught.value.field == "logframe"
    assert caught.value.params["problem"] == problem


def test_a_template_with_fewer_levels_refuses_deeper_nodes() -> None:
    nodes = [("a", None, 0), ("b", "a", 0), ("c", "b", 0)]
    assert logframe_codes(nodes[:2], ("G", "S")) == {"a": "G", "b": "S1"}
    with pytest.raises(DomainError):
        logframe_codes(nodes, ("G", "S"))


def test_indicator_codes() -> None:
    assert indicator_code("R1.2", 1) == "I-R1.2-1"
    assert indicator_code("OG", 3) == "I-OG-3"
    assert indicator_codes("OS1", [5, 0, 5]) == ["I-OS1-2", "I-OS1-1", "I-OS1-3"]
    with pytest.raises(DomainError):
        indicator_code("OS1", 0)


@given(st.lists(st.integers(min_value=0, max_value=5), min_size=1, max_size=12))
def test_codes_are_unique_and_ranks_contiguous(shape: list[int]) -> None:
    """A random tree: one OS per entry of `shape`, each with that many results."""
    nodes: list[tuple[str, str | None, int]] = [("og", None, 0)]
    for i, results in enumerate(shape):
        nodes.append((f"os{i}", "og", 100 - i))  # reversed positions
        nodes += [(f"os{i}r{j}", f"os{i}", j) for j in range(results)]
    codes = logframe_codes(nodes, EU_2004)
    assert len(set(codes.values())) == len(nodes)
    count = len(shape)
    for i, results in enumerate(shape):
        objective = count - i  # positions were reversed
        assert codes[f"os{i}"] == f"OS{objective}"
        assert [codes[f"os{i}r{j}"] for j in range(results)] == [
            f"R{objective}.{j + 1}" for j in range(results)
        ]
