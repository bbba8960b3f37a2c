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
from fieldlab_desk.domain.money import percentage

WARN_PERMILLE = 900  # warn from 90 % of the norm


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
    """What the steering group granted for this year; None when it never granted anything."""
    latest_decision: DecisionKind | None = None

    @property
    def allocated_cents(self) -> int:
        """What this project takes from the norm.

        A granted project takes its grant (its budget when no grant was recorded), or more
        when it has already committed and spent more. A stopped project keeps only what it
        committed and spent. A proposal takes its ask (counted in the what-if only), unless
        the steering group rejected it; an idea takes nothing.
        """
        used = self.committed_cents + self.spent_cents
        if self.phase.holds_money:
            allowed = self.planned_cents if self.granted_cents is None else self.granted_cents
            return max(allowed, used)
        if self.phase is Phase.GESTOPT:
            return used
        if self.in_pipeline:
            return self.planned_cents
        return 0

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
        return self.phase.holds_money or (self.phase is Phase.GESTOPT and self.allocated_cents > 0)


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
    def allocated_cents(self) -> int:
        return sum(p.allocated_cents for p in self.counted)

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
    def over_grant(self) -> tuple[ProjectYearFigures, ...]:
        """Counted projects whose SGIA lines exceed their grant for the year."""
        return tuple(p for p in self.counted if p.over_grant)

    @property
    def pipeline_cents(self) -> int:
        return sum(p.allocated_cents for p in self.pipeline)

    @property
    def free_cents(self) -> int:
        """Norm minus allocated; negative when the plan is over the norm."""
        return self.norm_cents - self.allocated_cents

    @property
    def usage_percent(self) -> Decimal | None:
        return percentage(self.allocated_cents, self.norm_cents)

    @property
    def warning(self) -> NormWarning | None:
        return norm_warning(self.allocated_cents, self.norm_cents)


def norm_warning(allocated_cents: int, norm_cents: int) -> NormWarning | None:
    """Over the norm above 100 %, near it from 90 %; integer arithmetic, no rounding."""
    if allocated_cents > norm_cents:
        return NormWarning.OVER_NORM
    if allocated_cents * 1000 >= norm_cents * WARN_PERMILLE and allocated_cents > 0:
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
    pipeline = tuple(f for f in ordered if f.in_pipeline and f.allocated_cents > 0)
    return YearPlanResult(year, norm_cents, what_if, in_plan, pipeline)
