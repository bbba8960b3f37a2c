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

from fieldlab_desk.domain.enums import Phase
from fieldlab_desk.domain.money import percentage

WARN_PERMILLE = 900  # warn from 90 % of the norm


class NormWarning(StrEnum):
    NEAR_NORM = "near_norm"  # 90 % or more of the norm is allocated
    OVER_NORM = "over_norm"  # more than the norm is allocated


@dataclass(frozen=True, slots=True)
class ProjectYearFigures:
    """One project's SGIA-funded figures in one year, as summed from its budget lines."""

    project_id: int
    code: str
    title: str
    phase: Phase
    planned_cents: int
    committed_cents: int
    spent_cents: int

    @property
    def allocated_cents(self) -> int:
        """What this project takes from the norm.

        A granted project takes its plan, or more when it has already committed and spent
        more. A stopped project keeps only what it committed and spent. A proposal takes its
        plan (counted in the what-if only); an idea takes nothing.
        """
        used = self.committed_cents + self.spent_cents
        if self.phase.holds_money:
            return max(self.planned_cents, used)
        if self.phase is Phase.GESTOPT:
            return used
        if self.phase.in_pipeline:
            return self.planned_cents
        return 0

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
    pipeline = tuple(f for f in ordered if f.phase.in_pipeline and f.allocated_cents > 0)
    return YearPlanResult(year, norm_cents, what_if, in_plan, pipeline)
