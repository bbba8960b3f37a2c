"""The rules of a Theory of Change (veranderketen): structure, quality score and cost per pathway.

A sound chain runs forward, input → activiteit → output → outcome → impact: every link goes
to a later level, so there are no cycles; every outcome has an indicator to show it; every
activity leads somewhere and every output comes from an activity; every link says why it holds
(rationale) and what must be true for it to hold (assumption); impact names the theme it
contributes to; and assumptions that were refuted, or that nobody confirmed for a year, are
flagged.

**Quality score** (0–100) is the sum of seven parts, each its weight times the share of items
that pass (a part with nothing to judge scores 0: an empty chain scores 0):

=====================  ======  =====================================================
part                   weight  share of …
=====================  ======  =====================================================
structure              10      links that go forward and are in no cycle
measured outcomes      25      outcomes with at least one indicator
explained links        20      links with both a rationale and an assumption
activities lead on     15      activities with a link onwards
outputs from activity  10      outputs with a link from an activity
impact on a theme      10      impact elements tied to an opgave / theme
assumptions hold       10      links whose assumption is not refuted (weerlegd) and not
                               unconfirmed (onbevestigd) for more than 365 days
=====================  ======  =====================================================

**Cost per pathway**: an activity costs what its attached budget lines plan (all years, all
funding sources). An outcome's pathway cost is the cost of the activities that lead to it along
the links; an activity that leads to several outcomes of the same level is split evenly among
them (to the cent, the remainder to the first in order), so that the pathways of one level
never add up to more than the attached budget and every shared activity counts once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from fieldlab_desk.domain.enums import AssumptionStatus, ScorePart, ToCLevel, ToCProblem
from fieldlab_desk.domain.errors import ValidationError

LONG_UNCONFIRMED_DAYS = 365
"""An assumption still *onbevestigd* after this many days is flagged."""


WEIGHTS: dict[ScorePart, int] = {
    ScorePart.STRUCTURE: 10,
    ScorePart.MEASURED: 25,
    ScorePart.EXPLAINED: 20,
    ScorePart.ACTIVITIES_LEAD: 15,
    ScorePart.OUTPUTS_FROM_ACTIVITY: 10,
    ScorePart.IMPACT_THEME: 10,
    ScorePart.ASSUMPTIONS_HOLD: 10,
}
PROBLEM_ORDER = {problem: n for n, problem in enumerate(ToCProblem)}
REQUIRED_LEVELS = (ToCLevel.ACTIVITEIT, ToCLevel.OUTPUT, ToCLevel.OUTCOME_KORT, ToCLevel.IMPACT)


@dataclass(frozen=True, slots=True)
class ElementRef:
    id: int
    level: ToCLevel
    theme_id: int | None = None


@dataclass(frozen=True, slots=True)
class LinkRef:
    id: int
    from_id: int
    to_id: int
    rationale: str = ""
    assumption: str = ""
    status: AssumptionStatus = AssumptionStatus.ONBEVESTIGD
    status_since: dt.date | None = None


@dataclass(frozen=True, slots=True)
class ToCFinding:
    problem: ToCProblem
    element_ids: tuple[int, ...] = ()
    link_id: int | None = None
    level: ToCLevel | None = None


@dataclass(frozen=True, slots=True)
class PartScore:
    part: ScorePart
    weight: int
    passed: int
    total: int

    @property
    def points(self) -> float:
        return self.weight * self.passed / self.total if self.total else 0.0


@dataclass(frozen=True, slots=True)
class ChainQuality:
    findings: list[ToCFinding]
    parts: list[PartScore] = field(default_factory=list)

    @property
    def score(self) -> int:
        """0–100, rounded half up; see the module's table."""
        return score(self.parts)


def link_problem(from_level: ToCLevel, to_level: ToCLevel) -> None:
    """Refuse a link that does not go forward: a chain runs input → impact, so no cycles."""
    if to_level.rank <= from_level.rank:
        raise ValidationError("toc.link_backward", field="to")


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


def assess(
    elements: Sequence[ElementRef],
    links: Sequence[LinkRef],
    indicator_element_ids: Iterable[int],
    today: dt.date,
) -> ChainQuality:
    """Every finding of the quality check, in chain order, and the score with its parts."""
    by_id = {e.id: e for e in elements}
    link_list = [link for link in links if link.from_id in by_id and link.to_id in by_id]
    measured = set(indicator_element_ids)
    structural = check_toc(elements, link_list, measured)
    findings = [
        ToCFinding(ToCProblem.LEVEL_MISSING, level=level)
        for level in REQUIRED_LEVELS
        if elements and not any(_same_stage(e.level, level) for e in elements)
    ]
    findings += structural
    from_activity = {
        link.to_id for link in link_list if by_id[link.from_id].level is ToCLevel.ACTIVITEIT
    }
    of = _by_level(elements)
    findings += [
        ToCFinding(ToCProblem.OUTPUT_WITHOUT_ACTIVITY, (e.id,))
        for e in of[ToCLevel.OUTPUT]
        if e.id not in from_activity
    ]
    findings += [
        ToCFinding(ToCProblem.IMPACT_WITHOUT_THEME, (e.id,))
        for e in of[ToCLevel.IMPACT]
        if e.theme_id is None
    ]
    for link in link_list:
        ends = (link.from_id, link.to_id)
        if not link.rationale.strip():
            findings.append(ToCFinding(ToCProblem.LINK_WITHOUT_RATIONALE, ends, link.id))
        if not link.assumption.strip():
            findings.append(ToCFinding(ToCProblem.LINK_WITHOUT_ASSUMPTION, ends, link.id))
        elif link.status is AssumptionStatus.WEERLEGD:
            findings.append(ToCFinding(ToCProblem.ASSUMPTION_REFUTED, ends, link.id))
        elif long_unconfirmed(link, today):
            findings.append(ToCFinding(ToCProblem.ASSUMPTION_LONG_UNCONFIRMED, ends, link.id))
    order = {e.id: i for i, e in enumerate(elements)}
    findings.sort(key=lambda f: _finding_order(f, order))
    return ChainQuality(findings, score_parts(elements, link_list, measured, today))


def long_unconfirmed(link: LinkRef, today: dt.date) -> bool:
    return (
        link.status is AssumptionStatus.ONBEVESTIGD
        and link.status_since is not None
        and (today - link.status_since).days > LONG_UNCONFIRMED_DAYS
    )


def _same_stage(level: ToCLevel, required: ToCLevel) -> bool:
    return level.is_outcome if required.is_outcome else level is required


def _by_level(elements: Iterable[ElementRef]) -> dict[ToCLevel, list[ElementRef]]:
    grouped: dict[ToCLevel, list[ElementRef]] = {level: [] for level in ToCLevel}
    for e in elements:
        grouped[e.level].append(e)
    return grouped


def _finding_order(finding: ToCFinding, order: Mapping[int, int]) -> tuple[int, int, int]:
    if finding.level is not None:
        return (-1, finding.level.rank, 0)
    first = min((order.get(i, 0) for i in finding.element_ids), default=0)
    return (first, PROBLEM_ORDER[finding.problem], finding.link_id or 0)


def score_parts(
    elements: Sequence[ElementRef],
    links: Sequence[LinkRef],
    indicator_element_ids: Iterable[int],
    today: dt.date,
) -> list[PartScore]:
    """The seven parts of the score, counted straight from the chain (no findings made: the
    projects table scores every chain of the file)."""
    level_of = {e.id: e.level for e in elements}
    link_list = [li for li in links if li.from_id in level_of and li.to_id in level_of]
    measured = set(indicator_element_ids)
    in_cycle = {i for cycle in find_cycles(link_list) for i in cycle} if link_list else set()
    leading = {li.from_id for li in link_list}
    from_activity = {li.to_id for li in link_list if level_of[li.from_id] is ToCLevel.ACTIVITEIT}
    sound = explained = holding = 0
    for li in link_list:
        forward = level_of[li.to_id].rank > level_of[li.from_id].rank
        sound += forward and not (li.from_id in in_cycle and li.to_id in in_cycle)
        has_assumption = bool(li.assumption.strip())
        explained += bool(li.rationale.strip()) and has_assumption
        holding += not has_assumption or not (
            li.status is AssumptionStatus.WEERLEGD or long_unconfirmed(li, today)
        )
    counts = dict.fromkeys(ToCLevel, 0)
    passing = dict.fromkeys(ToCLevel, 0)
    for e in elements:
        counts[e.level] += 1
        if e.level.is_outcome:
            passing[e.level] += e.id in measured
        elif e.level is ToCLevel.ACTIVITEIT:
            passing[e.level] += e.id in leading
        elif e.level is ToCLevel.OUTPUT:
            passing[e.level] += e.id in from_activity
        elif e.level is ToCLevel.IMPACT:
            passing[e.level] += e.theme_id is not None
    kort, lang = ToCLevel.OUTCOME_KORT, ToCLevel.OUTCOME_LANG
    total_links = len(link_list)

    def part(name: ScorePart, passed: int, total: int) -> PartScore:
        return PartScore(name, WEIGHTS[name], passed, total)

    return [
        part(ScorePart.STRUCTURE, sound, total_links),
        part(ScorePart.MEASURED, passing[kort] + passing[lang], counts[kort] + counts[lang]),
        part(ScorePart.EXPLAINED, explained, total_links),
        part(ScorePart.ACTIVITIES_LEAD, passing[ToCLevel.ACTIVITEIT], counts[ToCLevel.ACTIVITEIT]),
        part(ScorePart.OUTPUTS_FROM_ACTIVITY, passing[ToCLevel.OUTPUT], counts[ToCLevel.OUTPUT]),
        part(ScorePart.IMPACT_THEME, passing[ToCLevel.IMPACT], counts[ToCLevel.IMPACT]),
        part(ScorePart.ASSUMPTIONS_HOLD, holding, total_links),
    ]


def score(parts: Iterable[PartScore]) -> int:
    """0–100, rounded half up."""
    return int(sum(p.points for p in parts) + 0.5)


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


# --- cost per pathway --------------------------------------------------------------------------


def pathway_costs(
    elements: Sequence[ElementRef],
    links: Iterable[LinkRef],
    activity_cents: Mapping[int, int],
) -> dict[int, int]:
    """For every outcome, the cents of the activities that lead to it (see the module's rule)."""
    reached = reachable(elements, links)
    result: dict[int, int] = {}
    for level in (ToCLevel.OUTCOME_KORT, ToCLevel.OUTCOME_LANG):
        outcomes = [e.id for e in elements if e.level is level]
        result.update(dict.fromkeys(outcomes, 0))
        for activity in (e.id for e in elements if e.level is ToCLevel.ACTIVITEIT):
            targets = [o for o in outcomes if o in reached.get(activity, set())]
            for outcome, cents in zip(targets, split_evenly(activity_cents.get(activity, 0),
                                                            len(targets)), strict=True):  # fmt: skip
                result[outcome] += cents
    return result


def split_evenly(cents: int, parts: int) -> list[int]:
    """``cents`` in ``parts`` shares that differ by at most one cent and add up exactly."""
    if parts <= 0:
        return []
    base, rest = divmod(cents, parts)
    return [base + (1 if i < rest else 0) for i in range(parts)]


def reachable(elements: Iterable[ElementRef], links: Iterable[LinkRef]) -> dict[int, set[int]]:
    """For each element, every element reachable from it along the links (cycles tolerated)."""
    ids = {e.id for e in elements}
    graph: dict[int, list[int]] = {i: [] for i in ids}
    for link in links:
        if link.from_id in ids and link.to_id in ids:
            graph[link.from_id].append(link.to_id)
    result: dict[int, set[int]] = {}
    for start in ids:
        seen: set[int] = set()
        stack = list(graph[start])
        while stack:
            node = stack.pop()
            if node not in seen:
                seen.add(node)
                stack.extend(graph[node])
        result[start] = seen
    return result
