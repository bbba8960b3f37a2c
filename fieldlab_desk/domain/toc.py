"""Structural checks of a Theory of Change (veranderketen).

A sound chain runs forward, input → activiteit → output → outcome → impact: every link goes
to a later level, there are no cycles, every outcome has an indicator to show it, and every
activity leads somewhere.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from fieldlab_desk.domain.enums import ToCLevel


class ToCProblem(StrEnum):
    LINK_NOT_FORWARD = "link_not_forward"
    CYCLE = "cycle"
    OUTCOME_WITHOUT_INDICATOR = "outcome_without_indicator"
    ORPHAN_ACTIVITY = "orphan_activity"


@dataclass(frozen=True, slots=True)
class ElementRef:
    id: int
    level: ToCLevel


@dataclass(frozen=True, slots=True)
class LinkRef:
    id: int
    from_id: int
    to_id: int


@dataclass(frozen=True, slots=True)
class ToCFinding:
    problem: ToCProblem
    element_ids: tuple[int, ...] = ()
    link_id: int | None = None


def check_toc(
    elements: Iterable[ElementRef],
    links: Iterable[LinkRef],
    indicator_element_ids: Iterable[int],
) -> list[ToCFinding]:
    """Every structural problem of one chain, links first, then cycles, outcomes, activities."""
    by_id = {e.id: e for e in elements}
    link_list = [link for link in links if link.from_id in by_id and link.to_id in by_id]
    measured = set(indicator_element_ids)
    findings = [
        ToCFinding(ToCProblem.LINK_NOT_FORWARD, (link.from_id, link.to_id), link.id)
        for link in link_list
        if by_id[link.to_id].level.rank <= by_id[link.from_id].level.rank
    ]
    findings += [ToCFinding(ToCProblem.CYCLE, cycle) for cycle in find_cycles(link_list)]
    findings += [
        ToCFinding(ToCProblem.OUTCOME_WITHOUT_INDICATOR, (e.id,))
        for e in by_id.values()
        if e.level.is_outcome and e.id not in measured
    ]
    leading = {link.from_id for link in link_list}
    findings += [
        ToCFinding(ToCProblem.ORPHAN_ACTIVITY, (e.id,))
        for e in by_id.values()
        if e.level is ToCLevel.ACTIVITEIT and e.id not in leading
    ]
    return findings


def find_cycles(links: Iterable[LinkRef]) -> list[tuple[int, ...]]:
    """Each cycle once, as the element ids along it, found by depth-first search."""
    graph: dict[int, list[int]] = {}
    for link in links:
        graph.setdefault(link.from_id, []).append(link.to_id)
    state: dict[int, int] = {}  # 1 = on the current path, 2 = done
    path: list[int] = []
    cycles: list[tuple[int, ...]] = []

    def visit(node: int) -> None:
        state[node] = 1
        path.append(node)
        for nxt in graph.get(node, []):
            if state.get(nxt) == 1:
                cycles.append(tuple(path[path.index(nxt) :]))
            elif nxt not in state:
                visit(nxt)
        path.pop()
        state[node] = 2

    for start in sorted(graph):
        if start not in state:
            visit(start)
    return cycles
