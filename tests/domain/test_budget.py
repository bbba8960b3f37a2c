"""Project budget totals: by category and source, co-financing share, forecast; line amounts."""

from __future__ import annotations

from decimal import Decimal

import pytest

from fieldlab_desk.domain.budget import LineFigures, planned_amount, project_budget
from fieldlab_desk.domain.enums import CostCategory, FundingSource
from fieldlab_desk.domain.errors import ValidationError


def line(category: CostCategory, source: FundingSource, planned: int, committed: int = 0,
         spent: int = 0, in_kind: bool = False) -> LineFigures:  # fmt: skip
    return LineFigures(1, 2024, category, source, in_kind, planned, committed, spent)


def test_totals_by_category_and_source_with_cofinancing_share() -> None:
    budget = project_budget(
        [
            line(CostCategory.PERSONEEL, FundingSource.SGIA, 3_000_000, spent=1_000_000),
            line(CostCategory.MATERIAAL, FundingSource.SGIA, 1_000_000, committed=200_000),
            line(CostCategory.PERSONEEL, FundingSource.EIGEN, 600_000, in_kind=True),
            line(CostCategory.ACTIVITEITEN, FundingSource.COFINANCIERING, 400_000),
        ]
    )
    assert budget.planned_cents == 5_000_000
    assert budget.by_category == {
        CostCategory.PERSONEEL: 3_600_000,
        CostCategory.MATERIAAL: 1_000_000,
        CostCategory.ACTIVITEITEN: 400_000,
    }
    assert budget.by_source[FundingSource.SGIA] == 4_000_000
    assert budget.cofinancing_percent == Decimal("20.0")
    assert budget.in_kind_cents == 600_000
    assert budget.spent_cents == 1_000_000
    assert budget.committed_cents == 200_000
    assert budget.remaining_cents == 3_800_000
    assert budget.forecast_cents == 5_000_000


def test_forecast_of_an_overspent_line_is_what_it_really_costs() -> None:
    over = line(CostCategory.INHUUR, FundingSource.SGIA, 100_000, committed=30_000, spent=90_000)
    assert over.remaining_cents == -20_000
    assert over.forecast_cents == 120_000


def test_empty_budget_has_no_share() -> None:
    assert project_budget([]).cofinancing_percent is None


def test_planned_amount_is_an_amount_or_hours_times_rate() -> None:
    assert planned_amount(123_456, None, None) == 123_456
    assert planned_amount(None, Decimal("40"), 6_250) == 250_000
    assert planned_amount(None, None, None) == 0
    with pytest.raises(ValidationError) as both:
        planned_amount(100, Decimal(1), 100)
    assert both.value.code == "budget.amount_or_hours"
    with pytest.raises(ValidationError) as half:
        planned_amount(None, Decimal(3), None)
    assert half.value.field == "hours"
    with pytest.raises(ValidationError) as negative:
        planned_amount(-1, None, None)
    assert negative.value.code == "budget.negative"


def test_what_looks_like_a_typo() -> None:
    from fieldlab_desk.domain.budget import booking_doubts, line_doubts

    norm = 25_000_000
    assert line_doubts(30_000_000, norm, "Materiaal") == ["doubt.line_over_norm"]
    assert line_doubts(600_000, norm, "  ") == ["doubt.no_description"]
    assert line_doubts(600_000, norm, "Materiaal") == []
    assert booking_doubts(100_000, 600_000, 700_000, norm) == []  # 8.000 of 6.000: not far over
    assert booking_doubts(300_000, 600_000, 700_000, norm) == ["doubt.line_far_over"]
    assert booking_doubts(26_000_000, 60_000_000, 0, norm) == ["doubt.booking_over_norm"]


@pytest.mark.parametrize(
    ("amount", "hours", "rate", "code", "field"),
    [(100, Decimal(1), 100, "budget.amount_or_hours", "amount"),  # both: said beside the amount
     (None, Decimal(3), None, "budget.amount_or_hours", "hours"),
     (None, None, 6_250, "budget.amount_or_hours", "hours"),
     (None, Decimal("-0.01"), 6_250, "budget.negative", "hours"),
     (None, Decimal(3), -1, "budget.negative", "rate"),
     (-1, None, None, "budget.negative", "amount")],
)  # fmt: skip
def test_each_budget_problem_is_said_beside_its_field(
    amount: int | None, hours: Decimal | None, rate: int | None, code: str, field: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        planned_amount(amount, hours, rate)
    assert (refused.value.code, refused.value.field) == (code, field)


def test_zero_hours_or_a_zero_rate_plan_nothing_and_are_allowed() -> None:
    assert planned_amount(None, Decimal(0), 6_250) == 0
    assert planned_amount(None, Decimal("0.5"), 0) == 0
    assert planned_amount(None, Decimal("0.5"), 1) == 1  # half a cent rounds half up
    assert planned_amount(0, None, None) == 0


def test_doubts_at_their_boundaries() -> None:
    from fieldlab_desk.domain.budget import booking_doubts, line_doubts

    norm = 25_000_000
    assert line_doubts(norm, norm, "x") == []  # the norm itself is no typo
    assert line_doubts(norm + 1, norm, "x") == ["doubt.line_over_norm"]
    assert booking_doubts(norm, 60_000_000, 0, norm) == []
    assert booking_doubts(norm + 1, 60_000_000, 0, norm) == ["doubt.booking_over_norm"]
    assert booking_doubts(300_000, 600_000, 600_000, norm) == []  # exactly 1,5× the plan
    assert booking_doubts(300_001, 600_000, 600_000, norm) == ["doubt.line_far_over"]


def test_coverage_says_overspending_first_then_a_budget_above_the_grant() -> None:
    from fieldlab_desk.domain.budget import Coverage, coverage
    from fieldlab_desk.domain.enums import Phase
    from fieldlab_desk.domain.yearplan import ProjectYearFigures

    within = ProjectYearFigures(
        1, "A", "a", Phase.IN_UITVOERING, 100, 0, 100, granted_cents=100, year=2025
    )
    over = ProjectYearFigures(
        1, "A", "a", Phase.IN_UITVOERING, 100, 1, 100, granted_cents=100, year=2026
    )
    assert coverage(100, 100, [within]) is Coverage.COVERED
    assert coverage(101, 100, [within]) is Coverage.BUDGET_OVER_GRANT
    assert coverage(100, None, [within]) is Coverage.UNDECIDED
    assert coverage(100, 100, [within, over]) is Coverage.OVERSPENT
    assert coverage(100, None, [over]) is Coverage.OVERSPENT
    assert coverage(0, 0, []) is Coverage.COVERED
    assert Coverage.OVERSPENT.key == "coverage.overspent"
