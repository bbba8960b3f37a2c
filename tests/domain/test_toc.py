"""Theory of Change checks: forward links, no cycles, measured outcomes, no orphan activities."""

from __future__ import annotations

from fieldlab_desk.domain.enums import ToCLevel
from fieldlab_desk.domain.toc import ElementRef, LinkRef, ToCProblem, check_toc, find_cycles

L = ToCLevel
CHAIN = [
    ElementRef(1, L.INPUT),
    ElementRef(2, L.ACTIVITEIT),
    ElementRef(3, L.OUTPUT),
    ElementRef(4, L.OUTCOME_KORT),
    ElementRef(5, L.OUTCOME_LANG),
    ElementRef(6, L.IMPACT),
]
LINKS = [LinkRef(10 + i, i, i + 1) for i in range(1, 6)]


def problems(
    elements: list[ElementRef], links: list[LinkRef], measured: list[int]
) -> set[ToCProblem]:
    return {f.problem for f in check_toc(elements, links, measured)}


def test_a_sound_chain_has_no_findings() -> None:
    assert check_toc(CHAIN, LINKS, [4, 5]) == []


def test_links_may_skip_levels_forward() -> None:
    assert check_toc(CHAIN, [*LINKS, LinkRef(99, 2, 4)], [4, 5]) == []


def test_backward_and_same_level_links_are_reported() -> None:
    back = LinkRef(20, 4, 3)
    same = LinkRef(21, 3, 7)
    findings = check_toc([*CHAIN, ElementRef(7, L.OUTPUT)], [*LINKS, back, same], [4, 5])
    not_forward = [f for f in findings if f.problem is ToCProblem.LINK_NOT_FORWARD]
    assert {f.link_id for f in not_forward} == {20, 21}


def test_cycles_are_found_once() -> None:
    findings = check_toc(CHAIN, [*LINKS, LinkRef(30, 5, 2)], [4, 5])
    cycles = [f for f in findings if f.problem is ToCProblem.CYCLE]
    assert len(cycles) == 1
    assert set(cycles[0].element_ids) == {2, 3, 4, 5}
    assert find_cycles(LINKS) == []


def test_every_outcome_needs_an_indicator() -> None:
    findings = check_toc(CHAIN, LINKS, [4])
    assert [(f.problem, f.element_ids) for f in findings] == [
        (ToCProblem.OUTCOME_WITHOUT_INDICATOR, (5,))
    ]


def test_an_activity_that_leads_nowhere_is_an_orphan() -> None:
    lonely = ElementRef(8, L.ACTIVITEIT)
    findings = check_toc([*CHAIN, lonely], LINKS, [4, 5])
    assert [(f.problem, f.element_ids) for f in findings] == [(ToCProblem.ORPHAN_ACTIVITY, (8,))]


def test_links_to_unknown_elements_are_ignored() -> None:
    assert problems(CHAIN, [*LINKS, LinkRef(40, 1, 999)], [4, 5]) == set()
