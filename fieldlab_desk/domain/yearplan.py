"""The SGIA year plan: what the year's SGIA money is allocated to, against the norm.

The figures per project come from SQL aggregation (see ``services.yearplan``); this module
holds the rules that turn them into a plan: which phases count, how a stopped project or an
overspent one counts, the pipeline of proposals as a what-if, and the warnings.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from fieldlab_desk.domain.enums import DecisionKind, Phase
from fieldlab_desk.domain.figures import Figure
from fieldlab_desk.domain.formats import percent_of

WARN_PERMILLE = 900  # warn from 90 % of the norm
WARN_PERCENT = WARN_PERMILLE // 10  # the same threshold, as sentences name it


class NormWarning(StrEnum):
    NEAR_NORM = "near_norm"  # 90 % or more of the norm is allocated
    OVER_NORM = "over_norm"  # more than the norm is allocated


@dataclass(frozen=True, slots=True)
class ProjectYearFigures:
    """One project's SGIA figures in one year: budgeted (its SGIA lines), granted (by the
    steering group), committed and spent."""

    project_id: int
    code: str
    title: str
    phase: Phase
    planned_cents: int
    committed_cents: int
    spent_cents: int
    granted_cents: int | None = None
    """What the steering group granted for this year, carry-overs included (see
    :func:`granted_after_carry`); None when it never granted anything."""
    latest_decision: DecisionKind | None = None
    year: int = 0
    """The year these figures are of (0 where only one year is in view)."""
    carried_in_cents: int = 0
    """*Overgeheveld uit* the year before: granted money of year − 1 moved into this year."""
    carried_out_cents: int = 0
    """*Overgeheveld naar* the year after: granted money of this year moved to year + 1."""

    @property
    def used_cents(self) -> int:
        """Committed plus spent SGIA money in the year."""
        return self.committed_cents + self.spent_cents

    @property
    def awarded_cents(self) -> int:
        """*Toegekend*: the grant for the year, never the spending.

        A granted project has its grant (its SGIA budget when no grant was ever recorded). A
        stopped project keeps of its grant only what it had committed and spent; the rest is
        free again. A proposal has its ask (counted in the what-if only), unless the steering
        group rejected it; an idea has nothing.
        """
        if self.phase.holds_money:
            return self._grant_or_budget
        if self.phase is Phase.GESTOPT:
            return min(self._grant_or_budget, self.used_cents)
        if self.in_pipeline:
            return self.planned_cents
        return 0

    @property
    def _grant_or_budget(self) -> int:
        return self.planned_cents if self.granted_cents is None else self.granted_cents

    @property
    def overspend_cents(self) -> int:
        """*Overschrijding*: committed plus spent beyond the grant, in a project the plan
        counts (it counts against the norm)."""
        if not (self.phase.holds_money or self.phase is Phase.GESTOPT or self.in_pipeline):
            return 0
        return max(self.used_cents - self.awarded_cents, 0)

    @property
    def claimed_cents(self) -> int:
        """What this project takes from the norm: toegekend + overschrijding."""
        return self.awarded_cents + self.overspend_cents

    @property
    def in_pipeline(self) -> bool:
        """A proposal waiting for a yes: not one the steering group rejected."""
        return self.phase.in_pipeline and self.latest_decision is not DecisionKind.AFGEWEZEN

    @property
    def deferred(self) -> bool:
        """The steering group put off its decision (*aangehouden*): still in the pipeline."""
        return self.latest_decision is DecisionKind.AANGEHOUDEN

    @property
    def over_grant(self) -> bool:
        """Its SGIA lines ask more than the steering group granted for the year."""
        return self.granted_cents is not None and self.planned_cents > self.granted_cents

    @property
    def counts_in_plan(self) -> bool:
        return self.phase.holds_money or (self.phase is Phase.GESTOPT and self.claimed_cents > 0)


@dataclass(frozen=True, slots=True)
class YearPlanResult:
    year: int
    norm_cents: int
    what_if: bool
    projects: tuple[ProjectYearFigures, ...]
    pipeline: tuple[ProjectYearFigures, ...]

    @property
    def counted(self) -> tuple[ProjectYearFigures, ...]:
        """The projects whose money is in the totals: granted ones, plus proposals in a what-if."""
        return self.projects + self.pipeline if self.what_if else self.projects

    @property
    def awarded_cents(self) -> int:
        """*Toegekend* of the counted projects."""
        return sum(p.awarded_cents for p in self.counted)

    @property
    def overspend_cents(self) -> int:
        """*Overschrijding* of the counted projects."""
        return sum(p.overspend_cents for p in self.counted)

    @property
    def claimed_cents(self) -> int:
        """What the counted projects take from the norm: toegekend + overschrijding."""
        return self.awarded_cents + self.overspend_cents

    @property
    def committed_cents(self) -> int:
        return sum(p.committed_cents for p in self.counted)

    @property
    def spent_cents(self) -> int:
        return sum(p.spent_cents for p in self.counted)

    @property
    def planned_cents(self) -> int:
        """What the counted projects' SGIA lines ask for the year (*begroot*)."""
        return sum(p.planned_cents for p in self.counted)

    @property
    def carried_in_cents(self) -> int:
        """*Overgeheveld uit* the year before, into this year, of the counted projects."""
        return sum(p.carried_in_cents for p in self.counted)

    @property
    def carried_out_cents(self) -> int:
        """*Overgeheveld naar* the year after, of the counted projects."""
        return sum(p.carried_out_cents for p in self.counted)

    @property
    def over_grant(self) -> tuple[ProjectYearFigures, ...]:
        """Counted projects whose SGIA lines exceed their grant for the year."""
        return tuple(p for p in self.counted if p.over_grant)

    @property
    def overspent(self) -> tuple[ProjectYearFigures, ...]:
        """Counted projects that committed and spent more than their grant for the year."""
        return tuple(p for p in self.counted if p.overspend_cents > 0)

    @property
    def pipeline_cents(self) -> int:
        """*Pijplijn*: what the proposals not yet granted ask."""
        return sum(p.awarded_cents for p in self.pipeline)

    @property
    def free_cents(self) -> int:
        """*Vrij*: norm − toegekend − overschrijding; negative when the plan is over the norm."""
        return self.norm_cents - self.awarded_cents - self.overspend_cents

    @property
    def usage_percent(self) -> Decimal | None:
        """*Benutting*: (toegekend + overschrijding) as a percentage of the norm."""
        return percent_of(self.claimed_cents, self.norm_cents)

    @property
    def warning(self) -> NormWarning | None:
        return norm_warning(self.claimed_cents, self.norm_cents)

    def summary(self) -> tuple[tuple[Figure, int | Decimal | None], ...]:
        """The year's figures in the order every output shows them; what carry-overs moved
        into or out of the year follows toegekend where they moved anything."""
        carried = tuple((figure, cents) for figure, cents in (
            (Figure.OVERGEHEVELD_UIT, self.carried_in_cents),
            (Figure.OVERGEHEVELD_NAAR, self.carried_out_cents)) if cents)  # fmt: skip
        return (
            (Figure.NORM, self.norm_cents), (Figure.BEGROOT, self.planned_cents),
            (Figure.TOEGEKEND, self.awarded_cents), *carried,
            (Figure.OVERSCHRIJDING, self.overspend_cents),
            (Figure.BENUTTING, self.usage_percent), (Figure.VERPLICHT, self.committed_cents),
            (Figure.BESTEED, self.spent_cents), (Figure.VRIJ, self.free_cents),
            (Figure.PIJPLIJN, self.pipeline_cents),
        )  # fmt: skip

    def warnings(self) -> tuple[PlanWarning, ...]:
        """What the year plan warns about, the worst first: over or near the norm,
        overspending, SGIA lines above their grant."""
        found = []
        if self.warning is NormWarning.OVER_NORM:
            found.append(PlanWarning(PlanWarning.OVER_NORM, self.year, self.claimed_cents,
                                     -self.free_cents, self.norm_cents))  # fmt: skip
        elif self.warning is NormWarning.NEAR_NORM:
            found.append(PlanWarning(PlanWarning.NEAR_NORM, self.year, self.claimed_cents,
                                     self.free_cents, self.norm_cents, self.usage_percent))  # fmt: skip
        if self.overspent:
            found.append(PlanWarning(PlanWarning.OVERSPENT, self.year, self.overspend_cents,
                                     codes=tuple(p.code for p in self.overspent)))  # fmt: skip
        if self.over_grant:
            found.append(PlanWarning(PlanWarning.OVER_GRANT, self.year,
                                     codes=tuple(p.code for p in self.over_grant)))  # fmt: skip
        return tuple(found)


@dataclass(frozen=True, slots=True)
class PlanWarning:
    """One warning of a year plan, as a code with its figures; ``texts.plan_warning`` puts it
    into words in either language."""

    OVER_NORM = "warning.over_norm"
    NEAR_NORM = "warning.near_norm"
    OVERSPENT = "warning.overspent"
    OVER_GRANT = "warning.over_grant"

    code: str
    year: int
    cents: int = 0  # over/near norm: toegekend + overschrijding; overspent: the overschrijding
    other_cents: int = 0  # over the norm: by how much; near it: what is still free
    norm_cents: int = 0
    usage: Decimal | None = None
    codes: tuple[str, ...] = ()

    @property
    def severe(self) -> bool:
        """Over the norm or overspent: shown in red; the others in amber."""
        return self.code in (PlanWarning.OVER_NORM, PlanWarning.OVERSPENT)


def norm_warning(claimed_cents: int, norm_cents: int) -> NormWarning | None:
    """Over the norm above 100 %, near it from :data:`WARN_PERMILLE`; integer arithmetic."""
    if claimed_cents > norm_cents:
        return NormWarning.OVER_NORM
    if claimed_cents * 1000 >= norm_cents * WARN_PERMILLE and claimed_cents > 0:
        return NormWarning.NEAR_NORM
    return None


def compute_year_plan(
    year: int,
    norm_cents: int,
    figures: Iterable[ProjectYearFigures],
    *,
    what_if: bool = False,
) -> YearPlanResult:
    """Split the year's project figures into the plan and the pipeline, sorted by code."""
    ordered = sorted(figures, key=lambda f: f.code)
    in_plan = tuple(f for f in ordered if f.counts_in_plan)
    pipeline = tuple(f for f in ordered if f.in_pipeline and f.awarded_cents > 0)
    return YearPlanResult(year, norm_cents, what_if, in_plan, pipeline)


def granted_after_carry(decided_cents: int, carried_in_cents: int, carried_out_cents: int) -> int:
    """*Toegekend* of a project in a year with its carry-overs (*overheveling*): what its
    decisions granted for the year, plus what granted carry-overs brought in from the year
    before, minus what they took to the year after.

    A carry-over is one amount moved from year Y to Y + 1 of the same project by a granted
    change request: Y's toegekend drops by it and Y + 1's rises by it, so the years together
    keep what the decisions granted, and each year's toegekend stays the sum of its grants
    (the decisions' and the carry-overs'). It is dated by the meeting that granted it, so a
    report as of an earlier day does not see it.
    """
    return decided_cents + carried_in_cents - carried_out_cents


def unspent_grant_cents(figures: ProjectYearFigures) -> int:
    """The most a carry-over may take out of a year: its grant (after earlier carry-overs)
    minus what is committed and spent on its SGIA lines; never below zero."""
    return max((figures.granted_cents or 0) - figures.used_cents, 0)


def vrijval_cents(figures: ProjectYearFigures, forecast_cents: int) -> int:
    """*Vrijval*: granted but, by the forecast of the year's SGIA lines, not to be spent — for
    a project whose phase holds granted money; never below zero."""
    if not figures.phase.holds_money:
        return 0
    return max(figures.awarded_cents - forecast_cents, 0)
