"""The year plan against the norm: which phases count, what-if, warnings at 90 % and 100 %."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from fieldlab_desk.domain.enums import Phase
from fieldlab_desk.domain.yearplan import (
    NormWarning,
    ProjectYearFigures,
    compute_year_plan,
    norm_warning,
)

NORM = 25_000_000


def figures(
    code: str, phase: Phase, planned: int, committed: int = 0, spent: int = 0
) -> ProjectYearFigures:
    return ProjectYearFigures(0, code, code, phase, planned, committed, spent)


def test_only_granted_phases_count_and_proposals_are_pipeline() -> None:
    plan = compute_year_plan(
        2024,
        NORM,
        [
            figures("A", Phase.GOEDGEKEURD, 10_000_000),
            figures("B", Phase.IN_UITVOERING, 5_000_000, committed=1_000_000, spent=2_000_000),
            figures("C", Phase.VOORSTEL, 4_000_000),
            figures("D", Phase.IDEE, 9_000_000),
            figures("E", Phase.AFGEROND, 3_000_000, spent=2_900_000),
        ],
    )
    assert [p.code for p in plan.projects] == ["A", "B", "E"]
    assert [p.code for p in plan.pipeline] == ["C"]
    assert plan.allocated_cents == 18_000_000
    assert plan.committed_cents == 1_000_000
    assert plan.spent_cents == 4_900_000
    assert plan.free_cents == 7_000_000
    assert plan.pipeline_cents == 4_000_000
    assert plan.warning is None


def test_what_if_counts_the_pipeline_as_granted() -> None:
    rows = [figures("A", Phase.GOEDGEKEURD, 20_000_000), figures("P", Phase.VOORSTEL, 6_000_000)]
    plain = compute_year_plan(2025, NORM, rows)
    what_if = compute_year_plan(2025, NORM, rows, what_if=True)
    assert plain.allocated_cents == 20_000_000
    assert plain.warning is None
    assert what_if.allocated_cents == 26_000_000
    assert what_if.free_cents == -1_000_000
    assert what_if.warning is NormWarning.OVER_NORM


def test_stopped_project_keeps_only_what_it_used() -> None:
    stopped = figures("S", Phase.GESTOPT, 3_000_000, committed=200_000, spent=750_000)
    plan = compute_year_plan(2023, NORM, [stopped])
    assert plan.allocated_cents == 950_000
    rejected = figures("R", Phase.GESTOPT, 3_000_000)
    assert compute_year_plan(2023, NORM, [rejected]).projects == ()


def test_overspending_counts_more_than_the_plan() -> None:
    over = figures("O", Phase.IN_UITVOERING, 1_000_000, committed=300_000, spent=900_000)
    assert compute_year_plan(2024, NORM, [over]).allocated_cents == 1_200_000


def test_warnings_at_ninety_percent_and_over_the_norm() -> None:
    assert norm_warning(22_499_999, NORM) is None
    assert norm_warning(22_500_000, NORM) is NormWarning.NEAR_NORM
    assert norm_warning(NORM, NORM) is NormWarning.NEAR_NORM
    assert norm_warning(NORM + 1, NORM) is NormWarning.OVER_NORM
    assert norm_warning(0, 0) is None


def test_norm_change_moves_free_money_and_warning() -> None:
    rows = [figures("A", Phase.GOEDGEKEURD, 24_000_000)]
    assert compute_year_plan(2024, NORM, rows).warning is NormWarning.NEAR_NORM
    raised = compute_year_plan(2024, 30_000_000, rows)
    assert raised.free_cents == 6_000_000
    assert raised.warning is None
    lowered = compute_year_plan(2024, 20_000_000, rows)
    assert lowered.warning is NormWarning.OVER_NORM
    assert lowered.usage_percent is not None and str(lowered.usage_percent) == "120.0"


amount = st.integers(min_value=0, max_value=10_000_000_00)
rows = st.lists(
    st.builds(
        ProjectYearFigures,
        st.integers(1, 10_000),
        st.text("ABC0123456789-", min_size=1, max_size=8),
        st.just("t"),
        st.sampled_from(list(Phase)),
        amount,
        amount,
        amount,
    ),
    max_size=40,
)


@given(rows, st.integers(min_value=0, max_value=10**12), st.booleans())
def test_project_shares_sum_to_the_plan_totals(
    data: list[ProjectYearFigures], norm: int, what_if: bool
) -> None:
    plan = compute_year_plan(2024, norm, data, what_if=what_if)
    counted = plan.projects + (plan.pipeline if what_if else ())
    assert plan.allocated_cents == sum(p.allocated_cents for p in counted)
    assert plan.spent_cents == sum(p.spent_cents for p in counted)
    assert plan.committed_cents == sum(p.committed_cents for p in counted)
    assert plan.free_cents == norm - plan.allocated_cents
    assert plan.warning == norm_warning(plan.allocated_cents, norm)


@given(rows, st.integers(min_value=1, max_value=10**12))
def test_what_if_adds_exactly_the_pipeline(data: list[ProjectYearFigures], norm: int) -> None:
    plain = compute_year_plan(2024, norm, data)
    what_if = compute_year_plan(2024, norm, data, what_if=True)
    assert what_if.allocated_cents == plain.allocated_cents + plain.pipeline_cents
    assert all(p.phase is Phase.VOORSTEL for p in plain.pipeline)
    assert not any(p.phase in (Phase.IDEE, Phase.VOORSTEL) for p in plain.projects)


@given(rows, st.integers(min_value=1, max_value=10**12), st.integers(min_value=1, max_value=10**12))
def test_norm_only_moves_free_money(data: list[ProjectYearFigures], norm: int, other: int) -> None:
    a = compute_year_plan(2024, norm, data)
    b = compute_year_plan(2024, other, data)
    assert a.allocated_cents == b.allocated_cents
    assert a.free_cents - b.free_cents == norm - other
