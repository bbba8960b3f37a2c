"""A project's budget: per line and in total planned, committed, spent, remaining, forecast."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from fieldlab_desk.domain.enums import CostCategory, FundingSource
from fieldlab_desk.domain.errors import ValidationError
from fieldlab_desk.domain.formats import percent_of
from fieldlab_desk.domain.money import hours_times_rate
from fieldlab_desk.domain.yearplan import ProjectYearFigures


@dataclass(frozen=True, slots=True)
class LineFigures:
    line_id: int
    year: int
    category: str
    """A cost category's code (built in: :class:`CostCategory`; a portfolio may add its own)."""
    funding_source: FundingSource
    in_kind: bool
    planned_cents: int
    committed_cents: int = 0
    spent_cents: int = 0

    @property
    def remaining_cents(self) -> int:
        """Planned money not yet committed or spent; negative when overspent."""
        return self.planned_cents - self.committed_cents - self.spent_cents

    @property
    def forecast_cents(self) -> int:
        """Spent + committed + what is still planned: the expected final cost of the line."""
        return self.spent_cents + self.committed_cents + max(self.remaining_cents, 0)


@dataclass(frozen=True, slots=True)
class ProjectBudget:
    lines: tuple[LineFigures, ...]
    by_category: dict[str, int] = field(default_factory=dict)
    by_source: dict[FundingSource, int] = field(default_factory=dict)

    @property
    def planned_cents(self) -> int:
        return sum(line.planned_cents for line in self.lines)

    @property
    def committed_cents(self) -> int:
        return sum(line.committed_cents for line in self.lines)

    @property
    def spent_cents(self) -> int:
        return sum(line.spent_cents for line in self.lines)

    @property
    def remaining_cents(self) -> int:
        return sum(line.remaining_cents for line in self.lines)

    @property
    def forecast_cents(self) -> int:
        return sum(line.forecast_cents for line in self.lines)

    @property
    def sgia_cents(self) -> int:
        return self.by_source.get(FundingSource.SGIA, 0)

    @property
    def cofinanced_cents(self) -> int:
        """What others than the SGIA pay: own contribution, partners, funds (cash and in kind)."""
        return self.planned_cents - self.sgia_cents

    @property
    def cofinancing_percent(self) -> Decimal | None:
        """*Cofinancieringsaandeel*: the share of the plan paid by others than the SGIA (own
        contribution, partners, funds), in percent with one decimal."""
        return self.share_of_others(self.sgia_cents, self.cofinanced_cents)

    @staticmethod
    def share_of_others(sgia_cents: int, others_cents: int) -> Decimal | None:
        """The cofinancieringsaandeel of a budget of ``sgia_cents`` and ``others_cents``."""
        return percent_of(others_cents, sgia_cents + others_cents)

    @property
    def in_kind_cents(self) -> int:
        return sum(line.planned_cents for line in self.lines if line.in_kind)


class Coverage(StrEnum):
    """How the project's SGIA money stands against its grant."""

    UNDECIDED = "undecided"  # nothing granted yet
    COVERED = "covered"  # *gedekt*: the SGIA lines and the spending within the grant
    BUDGET_OVER_GRANT = "budget_over_grant"  # the SGIA lines ask more than was granted
    OVERSPENT = "overspent"  # committed + spent beyond a year's grant: *overschrijding*

    @property
    def key(self) -> str:
        """Its sentence in the text catalogue."""
        return f"coverage.{self.value}"


def coverage(
    sgia_planned_cents: int, granted_cents: int | None, years: Iterable[ProjectYearFigures]
) -> Coverage:
    """Overspending first (it counts against the norm), then a budget above the grant."""
    if any(year.overspend_cents > 0 for year in years):
        return Coverage.OVERSPENT
    if granted_cents is None:
        return Coverage.UNDECIDED
    if sgia_planned_cents > granted_cents:
        return Coverage.BUDGET_OVER_GRANT
    return Coverage.COVERED


def project_budget(
    lines: Iterable[LineFigures], categories: Iterable[str] = tuple(CostCategory)
) -> ProjectBudget:
    """Totals by category (in the order of ``categories``, the portfolio's own; others after
    them as they come) and by funding source (in the order of the enum)."""
    ordered = tuple(lines)
    codes = list(dict.fromkeys([*categories, *(x.category for x in ordered)]))
    by_category = {c: sum(x.planned_cents for x in ordered if x.category == c) for c in codes}
    by_source = {
        s: sum(x.planned_cents for x in ordered if x.funding_source is s) for s in FundingSource
    }
    return ProjectBudget(
        ordered,
        {k: v for k, v in by_category.items() if v},
        {k: v for k, v in by_source.items() if v},
    )


def planned_amount(
    amount_cents: int | None, hours: Decimal | None, hourly_rate_cents: int | None
) -> int:
    """A line's planned cents: the amount, or hours × rate; exactly one of the two is given."""
    has_hours = hours is not None or hourly_rate_cents is not None
    if amount_cents is not None and has_hours:
        raise ValidationError("budget.amount_or_hours", field="amount")
    if has_hours:
        if hours is None or hourly_rate_cents is None:
            raise ValidationError("budget.amount_or_hours", field="hours")
        if hours < 0:  # said beside the field it is about
            raise ValidationError("budget.negative", field="hours")
        if hourly_rate_cents < 0:
            raise ValidationError("budget.negative", field="rate")
        planned = hours_times_rate(hours, hourly_rate_cents)
    else:
        planned = amount_cents or 0
    if planned < 0:
        raise ValidationError("budget.negative", field="amount")
    return planned


FAR_OVER = 3, 2  # a booking that takes a line beyond 3/2 of its plan is probably a typo


def line_doubts(planned_cents: int, norm_cents: int, description: str) -> list[str]:
    """What makes a budget line look like a typo (to ask about, not to refuse)."""
    doubts = []
    if planned_cents > norm_cents:
        doubts.append("doubt.line_over_norm")
    if not description.strip():
        doubts.append("doubt.no_description")
    return doubts


def booking_doubts(
    amount_cents: int, planned_cents: int, booked_cents: int, norm_cents: int
) -> list[str]:
    """What makes a commitment or expense look like a typo: more than the norm, or a line far
    over its plan once it is booked."""
    doubts = []
    if amount_cents > norm_cents:
        doubts.append("doubt.booking_over_norm")
    numerator, denominator = FAR_OVER
    if (booked_cents + amount_cents) * denominator > planned_cents * numerator:
        doubts.append("doubt.line_far_over")
    return doubts
