"""The year plan against the norm: which phases count, what-if, warnings at 90 % and 100 %."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from fieldlab_desk.domain.enums import DecisionKind, Phase
from fieldlab_desk.domain.figures import Figure
from fieldlab_desk.domain.yearplan import (
    NormWarning,
    PlanWarning,
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
    assert plan.claimed_cents == 18_000_000
    assert plan.committed_cents == 1_000_000
    assert plan.spent_cents == 4_900_000
    assert plan.free_cents == 7_000_000
    assert plan.pipeline_cents == 4_000_000
    assert plan.warning is None


def test_what_if_counts_the_pipeline_as_granted() -> None:
    rows = [figures("A", Phase.GOEDGEKEURD, 20_000_000), figures("P", Phase.VOORSTEL, 6_000_000)]
    plain = compute_year_plan(2025, NORM, rows)
    what_if = compute_year_plan(2025, NORM, rows, what_if=True)
    assert plain.claimed_cents == 20_000_000
    assert plain.warning is None
    assert what_if.claimed_cents == 26_000_000
    assert what_if.free_cents == -1_000_000
    assert what_if.warning is NormWarning.OVER_NORM


def test_stopped_project_keeps_only_what_it_used() -> None:
    stopped = figures("S", Phase.GESTOPT, 3_000_000, committed=200_000, spent=750_000)
    plan = compute_year_plan(2023, NORM, [stopped])
    assert plan.claimed_cents == 950_000
    rejected = figures("R", Phase.GESTOPT, 3_000_000)
    assert compute_year_plan(2023, NORM, [rejected]).projects == ()


def test_overspending_counts_more_than_the_plan() -> None:
    over = figures("O", Phase.IN_UITVOERING, 1_000_000, committed=300_000, spent=900_000)
    plan = compute_year_plan(2024, NORM, [over])
    assert plan.claimed_cents == 1_200_000
    assert (plan.awarded_cents, plan.overspend_cents) == (1_000_000, 200_000)  # toegekend stays


def test_spending_above_the_grant_is_overspend_not_granted() -> None:
    # granted € 30.000, then € 39.808,30 committed and spent: toegekend stays the grant
    granted = ProjectYearFigures(1, "SGIA-2024-02", "t", Phase.IN_UITVOERING, 3_000_000,
                                 1_000_000, 2_980_830, granted_cents=3_000_000)  # fmt: skip
    within = ProjectYearFigures(2, "SGIA-2024-03", "t", Phase.IN_UITVOERING, 2_000_000,
                                0, 1_999_999, granted_cents=2_000_000)  # fmt: skip
    plan = compute_year_plan(2025, NORM, [granted, within])
    assert granted.awarded_cents == 3_000_000 and granted.overspend_cents == 980_830
    assert within.overspend_cents == 0
    assert plan.awarded_cents == 5_000_000
    assert plan.overspend_cents == 980_830
    assert plan.free_cents == NORM - 5_000_000 - 980_830
    assert plan.overspent == (granted,)
    codes = [w.code for w in plan.warnings()]
    assert codes == [PlanWarning.OVERSPENT]
    assert plan.warnings()[0].codes == ("SGIA-2024-02",) and plan.warnings()[0].cents == 980_830
    assert plan.warnings()[0].severe


def test_a_stopped_project_overspends_beyond_its_grant_only() -> None:
    stopped = ProjectYearFigures(1, "S", "t", Phase.GESTOPT, 5_000_000, 0, 4_000_000,
                                 granted_cents=3_000_000)  # fmt: skip
    assert (stopped.awarded_cents, stopped.overspend_cents) == (3_000_000, 1_000_000)
    modest = ProjectYearFigures(
        2, "T", "t", Phase.GESTOPT, 5_000_000, 0, 1, granted_cents=3_000_000
    )
    assert (modest.awarded_cents, modest.overspend_cents, modest.counts_in_plan) == (1, 0, True)
    untouched = ProjectYearFigures(
        3, "U", "t", Phase.GESTOPT, 5_000_000, 0, 0, granted_cents=3_000_000
    )
    assert untouched.claimed_cents == 0 and not untouched.counts_in_plan


def test_an_idea_or_rejected_proposal_claims_nothing() -> None:
    idea = figures("I", Phase.IDEE, 1_000_000, spent=500_000)
    assert (idea.awarded_cents, idea.overspend_cents) == (0, 0)
    rejected = ProjectYearFigures(1, "R", "t", Phase.VOORSTEL, 1_000_000, 0, 0,
                                  latest_decision=DecisionKind.AFGEWEZEN)  # fmt: skip
    assert not rejected.in_pipeline and rejected.claimed_cents == 0
    deferred = ProjectYearFigures(1, "D", "t", Phase.VOORSTEL, 1_000_000, 0, 0,
                                  latest_decision=DecisionKind.AANGEHOUDEN)  # fmt: skip
    assert deferred.in_pipeline and deferred.deferred and deferred.awarded_cents == 1_000_000


def test_the_summary_lists_every_year_figure_in_order() -> None:
    plan = compute_year_plan(2024, NORM, [figures("A", Phase.GOEDGEKEURD, 24_000_000, spent=1)])
    assert [f.value for f, _ in plan.summary()] == [
        "norm", "begroot", "toegekend", "overschrijding", "benutting", "verplicht", "besteed",
        "vrij", "pijplijn",
    ]  # fmt: skip
    values = dict(plan.summary())
    assert values[Figure.BENUTTING] == Decimal("96.0") and values[Figure.VRIJ] == 1_000_000
    assert [w.code for w in plan.warnings()] == [PlanWarning.NEAR_NORM]
    assert plan.warnings()[0].usage == Decimal("96.0") and not plan.warnings()[0].severe


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
    assert plan.claimed_cents == sum(p.claimed_cents for p in counted)
    assert plan.spent_cents == sum(p.spent_cents for p in counted)
    assert plan.committed_cents == sum(p.committed_cents for p in counted)
    assert plan.free_cents == norm - plan.claimed_cents
    assert plan.warning == norm_warning(plan.claimed_cents, norm)


@given(rows, st.integers(min_value=1, max_value=10**12))
def test_what_if_adds_exactly_the_pipeline(data: list[ProjectYearFigures], norm: int) -> None:
    plain = compute_year_plan(2024, norm, data)
    what_if = compute_year_plan(2024, norm, data, what_if=True)
    assert what_if.awarded_cents == plain.awarded_cents + plain.pipeline_cents
    assert all(p.phase is Phase.VOORSTEL for p in plain.pipeline)
    assert not any(p.phase in (Phase.IDEE, Phase.VOORSTEL) for p in plain.projects)


@given(rows, st.integers(min_value=1, max_value=10**12), st.integers(min_value=1, max_value=10**12))
def test_norm_only_moves_free_money(data: list[ProjectYearFigures], norm: int, other: int) -> None:
    a = compute_year_plan(2024, norm, data)
    b = compute_year_plan(2024, other, data)
    assert a.claimed_cents == b.claimed_cents
    assert a.free_cents - b.free_cents == norm - other


def test_each_warning_carries_its_figures() -> None:
    over = compute_year_plan(2025, NORM, [
        ProjectYearFigures(1, "A", "a", Phase.IN_UITVOERING, 20_000_000, 0, 26_000_000,
                           granted_cents=20_000_000),
        ProjectYearFigures(2, "B", "b", Phase.GOEDGEKEURD, 6_000_000, 0, 0, granted_cents=5_000_000),
    ])  # fmt: skip
    norm, spent, grant = over.warnings()[0], over.warnings()[1], over.warnings()[2]
    assert norm == PlanWarning(PlanWarning.OVER_NORM, 2025, 31_000_000, 6_000_000, NORM)
    assert spent == PlanWarning(PlanWarning.OVERSPENT, 2025, 6_000_000, codes=("A",))
    assert grant == PlanWarning(PlanWarning.OVER_GRANT, 2025, codes=("B",))
    assert len(over.warnings()) == 3 and norm.severe and spent.severe and not grant.severe
    near = compute_year_plan(2024, NORM, [figures("C", Phase.GOEDGEKEURD, 23_000_000)])
    assert near.warnings() == (
        PlanWarning(PlanWarning.NEAR_NORM, 2024, 23_000_000, 2_000_000, NORM, Decimal("92.0")),
    )
    assert compute_year_plan(2024, NORM, [figures("D", Phase.GOEDGEKEURD, 1)]).warnings() == ()


def test_the_pipeline_holds_proposals_with_an_ask_only() -> None:
    plan = compute_year_plan(2025, NORM, [figures("P", Phase.VOORSTEL, 0), figures("Q", Phase.VOORSTEL, 1),
                                          figures("I", Phase.IDEE, 5)])  # fmt: skip
    assert [p.code for p in plan.pipeline] == ["Q"]
    assert [p.code for p in plan.projects] == []


def test_near_the_norm_needs_money_at_all() -> None:
    assert norm_warning(1, 1) is NormWarning.NEAR_NORM
    assert norm_warning(0, 0) is None
    assert norm_warning(9, 10) is NormWarning.NEAR_NORM  # 90 % exactly
    assert norm_warning(899, 1000) is None


def test_the_plan_is_of_its_year_and_norm() -> None:
    plan = compute_year_plan(2025, NORM, [])
    assert (plan.year, plan.norm_cents, plan.what_if) == (2025, NORM, False)
    assert plan.usage_percent == Decimal("0.0") and plan.free_cents == NORM
    assert compute_year_plan(2025, 0, []).usage_percent is None
