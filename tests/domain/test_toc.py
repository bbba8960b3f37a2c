"""Theory of Change checks: forward links, no cycles, measured outcomes, no orphan activities."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fieldlab_desk.domain.enums import AssumptionStatus, ScorePart, ToCLevel
from fieldlab_desk.domain.errors import ValidationError
from fieldlab_desk.domain.toc import (
    WEIGHTS,
    ElementRef,
    LinkRef,
    ToCProblem,
    assess,
    check_toc,
    find_cycles,
    link_problem,
    pathway_costs,
    reachable,
    split_evenly,
)

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


# --- quality score and cost per pathway ------------------------------------------------------

TODAY = dt.date(2025, 6, 1)
THEMED = [*CHAIN[:-1], ElementRef(6, L.IMPACT, theme_id=1)]


def explained(link: LinkRef, status: AssumptionStatus = AssumptionStatus.HOUDT_STAND,
              since: dt.date | None = TODAY) -> LinkRef:  # fmt: skip
    return LinkRef(link.id, link.from_id, link.to_id, "Omdat", "Mits", status, since)


def test_the_weights_add_up_to_a_hundred() -> None:
    assert sum(WEIGHTS.values()) == 100
    assert set(WEIGHTS) == set(ScorePart)


def test_a_complete_chain_scores_a_hundred_and_an_empty_one_nothing() -> None:
    quality = assess(THEMED, [explained(li) for li in LINKS], [4, 5], TODAY)
    assert quality.findings == [] and quality.score == 100
    assert assess([], [], [], TODAY).score == 0


def test_each_rule_is_found_names_its_element_and_costs_its_share() -> None:
    links = [explained(li) for li in LINKS]
    links[0] = LinkRef(11, 1, 2)  # no rationale, no assumption
    links[2] = explained(LINKS[2], AssumptionStatus.WEERLEGD)
    links[3] = explained(LINKS[3], AssumptionStatus.ONBEVESTIGD, TODAY - dt.timedelta(days=400))
    lonely_output = ElementRef(7, L.OUTPUT)
    quality = assess([*CHAIN, lonely_output], links, [4], TODAY)
    found = [(f.problem, f.element_ids) for f in quality.findings]
    assert found == [
        (ToCProblem.LINK_WITHOUT_RATIONALE, (1, 2)),
        (ToCProblem.LINK_WITHOUT_ASSUMPTION, (1, 2)),
        (ToCProblem.ASSUMPTION_REFUTED, (3, 4)),
        (ToCProblem.ASSUMPTION_LONG_UNCONFIRMED, (4, 5)),
        (ToCProblem.OUTCOME_WITHOUT_INDICATOR, (5,)),
        (ToCProblem.IMPACT_WITHOUT_THEME, (6,)),
        (ToCProblem.OUTPUT_WITHOUT_ACTIVITY, (7,)),
    ]
    parts = {p.part: (p.passed, p.total) for p in quality.parts}
    assert parts == {
        ScorePart.STRUCTURE: (5, 5), ScorePart.MEASURED: (1, 2), ScorePart.EXPLAINED: (4, 5),
        ScorePart.ACTIVITIES_LEAD: (1, 1), ScorePart.OUTPUTS_FROM_ACTIVITY: (1, 2),
        ScorePart.IMPACT_THEME: (0, 1), ScorePart.ASSUMPTIONS_HOLD: (3, 5),
    }  # fmt: skip
    # 10 + 12.5 + 16 + 15 + 5 + 0 + 6 = 64.5 → rounded half up
    assert quality.score == 65


def test_an_assumption_unconfirmed_for_exactly_a_year_is_not_yet_flagged() -> None:
    year_ago = explained(LINKS[0], AssumptionStatus.ONBEVESTIGD, TODAY - dt.timedelta(days=365))
    quality = assess(THEMED, [year_ago, *(explained(li) for li in LINKS[1:])], [4, 5], TODAY)
    assert quality.findings == []


def test_missing_levels_are_named() -> None:
    quality = assess([ElementRef(1, L.ACTIVITEIT)], [], [], TODAY)
    missing = [f.level for f in quality.findings if f.problem is ToCProblem.LEVEL_MISSING]
    assert missing == [L.OUTPUT, L.OUTCOME_KORT, L.IMPACT]


def test_backward_links_are_refused_before_they_are_stored() -> None:
    link_problem(L.ACTIVITEIT, L.OUTCOME_LANG)  # skipping forward is fine
    for source, target in ((L.OUTPUT, L.ACTIVITEIT), (L.OUTPUT, L.OUTPUT)):
        with pytest.raises(ValidationError):
            link_problem(source, target)


def test_a_shared_activity_is_split_evenly_to_the_cent() -> None:
    elements = [ElementRef(1, L.ACTIVITEIT), ElementRef(2, L.ACTIVITEIT),
                ElementRef(3, L.OUTCOME_KORT), ElementRef(4, L.OUTCOME_KORT),
                ElementRef(5, L.OUTCOME_LANG)]  # fmt: skip
    links = [LinkRef(1, 1, 3), LinkRef(2, 1, 4), LinkRef(3, 2, 4), LinkRef(4, 3, 5),
             LinkRef(5, 4, 5)]  # fmt: skip
    costs = pathway_costs(elements, links, {1: 100_001, 2: 50_000})
    assert costs == {3: 50_001, 4: 100_000, 5: 150_001}
    assert split_evenly(10, 3) == [4, 3, 3]


@st.composite
def chains(draw: st.DrawFn) -> tuple[list[ElementRef], list[LinkRef], dict[int, int]]:
    levels = draw(st.lists(st.sampled_from(list(ToCLevel)), min_size=1, max_size=14))
    elements = [ElementRef(i + 1, level) for i, level in enumerate(levels)]
    pairs = [(a.id, b.id) for a in elements for b in elements if b.level.rank > a.level.rank]
    chosen = draw(st.lists(st.sampled_from(pairs), unique=True)) if pairs else []
    links = [LinkRef(n + 1, a, b) for n, (a, b) in enumerate(chosen)]
    activities = [e.id for e in elements if e.level is L.ACTIVITEIT]
    cents = {a: draw(st.integers(0, 10_000_000)) for a in activities}
    return elements, links, cents


@settings(max_examples=300, deadline=None)
@given(chains())
def test_pathways_never_cost_more_than_the_attached_budget(
    chain: tuple[list[ElementRef], list[LinkRef], dict[int, int]],
) -> None:
    elements, links, cents = chain
    costs = pathway_costs(elements, links, cents)
    attached = sum(cents.values())
    reach = reachable(elements, links)
    for level in (L.OUTCOME_KORT, L.OUTCOME_LANG):
        outcomes = {e.id for e in elements if e.level is level}
        level_total = sum(costs[o] for o in outcomes)
        assert level_total <= attached
        # every activity that reaches an outcome of this level counts once, whole
        leading = [a for a in cents if reach[a] & outcomes]
        assert level_total == sum(cents[a] for a in leading)
        for outcome in outcomes:
            assert 0 <= costs[outcome] <= sum(cents[a] for a in cents if outcome in reach[a])
    assert set(costs) == {e.id for e in elements if e.level.is_outcome}


@st.composite
def monitored_chains(
    draw: st.DrawFn,
) -> tuple[list[ElementRef], list[LinkRef], set[int]]:
    elements, links, _ = draw(chains())
    elements = [ElementRef(e.id, e.level, draw(st.sampled_from([None, 1]))) for e in elements]
    if draw(st.booleans()) and len(elements) > 1:  # data from elsewhere: a backward link
        a, b = elements[0], elements[-1]
        links.append(LinkRef(999, b.id, a.id))
    statuses = st.sampled_from(list(AssumptionStatus))
    days = st.integers(0, 800).map(lambda d: TODAY - dt.timedelta(days=d))
    links = [
        LinkRef(li.id, li.from_id, li.to_id, draw(st.sampled_from(["", "Omdat"])),
                draw(st.sampled_from(["", "Mits"])), draw(statuses), draw(days))
        for li in links
    ]  # fmt: skip
    measured = {e.id for e in elements if draw(st.booleans())}
    return elements, links, measured


@settings(max_examples=300, deadline=None)
@given(monitored_chains())
def test_each_part_of_the_score_loses_exactly_what_the_findings_name(
    chain: tuple[list[ElementRef], list[LinkRef], set[int]],
) -> None:
    elements, links, measured = chain
    quality = assess(elements, links, measured, TODAY)
    found: dict[ToCProblem, set[object]] = {}
    for f in quality.findings:
        found.setdefault(f.problem, set()).add(f.link_id if f.link_id else f.element_ids)
    parts = {p.part: p.total - p.passed for p in quality.parts}

    def count(*problems: ToCProblem) -> int:
        return len(set().union(*(found.get(p, set()) for p in problems)))

    assert parts[ScorePart.MEASURED] == count(ToCProblem.OUTCOME_WITHOUT_INDICATOR)
    assert parts[ScorePart.ACTIVITIES_LEAD] == count(ToCProblem.ORPHAN_ACTIVITY)
    assert parts[ScorePart.OUTPUTS_FROM_ACTIVITY] == count(ToCProblem.OUTPUT_WITHOUT_ACTIVITY)
    assert parts[ScorePart.IMPACT_THEME] == count(ToCProblem.IMPACT_WITHOUT_THEME)
    assert parts[ScorePart.EXPLAINED] == count(
        ToCProblem.LINK_WITHOUT_RATIONALE, ToCProblem.LINK_WITHOUT_ASSUMPTION
    )
    assert parts[ScorePart.ASSUMPTIONS_HOLD] == count(
        ToCProblem.ASSUMPTION_REFUTED, ToCProblem.ASSUMPTION_LONG_UNCONFIRMED
    )
    assert 0 <= quality.score <= 100
