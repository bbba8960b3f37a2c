"""The year plan from SQL on a real file: it equals a row-by-row count, and the demo tells its story."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import select

from fieldlab_desk.domain.enums import CostCategory, FundingSource, Phase
from fieldlab_desk.domain.models import BudgetLine, Commitment, Expense, Project
from fieldlab_desk.domain.yearplan import NormWarning, ProjectYearFigures, compute_year_plan
from fieldlab_desk.services.edits import apply_edit
from fieldlab_desk.services.steering import set_norm
from fieldlab_desk.services.yearplan import norm_cents, plan_years, year_plan
from fieldlab_desk.storage import Database


def naive_sums(database: Database, year: int) -> dict[str, tuple[int, int, int]]:
    """Planned, committed, spent SGIA cents per project code, by walking every row in Python."""
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    with database.session() as session:
        codes = {p.id: p.code for p in session.exec(select(Project))}
        lines = {
            line.id: line
            for line in session.exec(select(BudgetLine))
            if line.year == year and line.funding_source is FundingSource.SGIA
        }
        for line in lines.values():
            totals[codes[line.project_id]][0] += line.planned_cents
        for booking in session.exec(select(Commitment)):
            if booking.budget_line_id in lines:
                totals[codes[lines[booking.budget_line_id].project_id]][1] += booking.amount_cents
        for expense in session.exec(select(Expense)):
            if expense.budget_line_id in lines:
                totals[codes[lines[expense.budget_line_id].project_id]][2] += expense.amount_cents
    return {code: (a, b, c) for code, (a, b, c) in totals.items()}


def test_sql_figures_equal_a_row_by_row_count(demo_db: Database) -> None:
    for year in (2023, 2024, 2025):
        with demo_db.session() as session:
            plan = year_plan(year, session=session, what_if=True)
        expected = naive_sums(demo_db, year)
        got = {p.code: (p.planned_cents, p.committed_cents, p.spent_cents) for p in plan.counted}
        assert {code: got[code] for code in got} == {code: expected[code] for code in got}
        uncounted = set(expected) - set(got)
        with demo_db.session() as session:
            phases = {p.code: p.phase for p in session.exec(select(Project)) if p.code in uncounted}
        assert all(phase in (Phase.IDEE, Phase.GESTOPT) for phase in phases.values())


def test_demo_years_one_near_one_over_and_a_pipeline(demo_db: Database) -> None:
    with demo_db.session() as session:
        y2023 = year_plan(2023, session=session)
        y2024 = year_plan(2024, session=session)
        y2025 = year_plan(2025, session=session)
        y2025_if = year_plan(2025, session=session, what_if=True)
        years = plan_years(session=session)
    assert years == [2023, 2024, 2025]
    assert y2023.warning is NormWarning.NEAR_NORM
    assert y2024.warning is NormWarning.OVER_NORM
    assert y2025.warning is None
    assert y2025_if.warning is NormWarning.OVER_NORM
    assert 230_000_00 < y2023.claimed_cents <= 250_000_00
    assert 250_000_00 < y2024.claimed_cents < 275_000_00
    assert {p.code for p in y2025.pipeline} == {"SGIA-2025-03", "SGIA-2025-04"}
    stopped = next(p for p in y2023.projects if p.code == "SGIA-2023-07")
    assert stopped.claimed_cents == stopped.spent_cents < stopped.planned_cents


def test_setting_the_norm_is_stored_per_year(demo_db: Database) -> None:
    with demo_db.transaction() as session:
        assert norm_cents(2024, session=session) == 250_000_00
        apply_edit(set_norm("Norm", 2024, 300_000_00, session=session), session=session, who="t")
    with demo_db.session() as session:
        assert norm_cents(2024, session=session) == 300_000_00
        assert norm_cents(2023, session=session) == 250_000_00
        assert norm_cents(2031, session=session) == 250_000_00  # no plan yet: the default
        assert year_plan(2024, session=session).warning is None


def test_year_without_money_is_an_empty_plan(demo_db: Database) -> None:
    with demo_db.session() as session:
        plan = year_plan(2030, session=session)
    assert plan.projects == () and plan.claimed_cents == 0 and plan.free_cents == 250_000_00


line_strategy = st.tuples(
    st.integers(0, 5),  # project number
    st.sampled_from([2024, 2025]),
    st.sampled_from(list(FundingSource)),
    st.integers(0, 5_000_000),  # planned cents
    st.integers(0, 3_000_000),  # committed cents
    st.integers(0, 3_000_000),  # spent cents
)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    phases=st.lists(st.sampled_from(list(Phase)), min_size=6, max_size=6),
    lines=st.lists(line_strategy, max_size=25),
    norm=st.integers(1, 50_000_000),
    what_if=st.booleans(),
)
def test_sql_year_plan_equals_the_rules_applied_by_hand(
    empty_db: Database,
    phases: list[Phase],
    lines: list[tuple[int, int, FundingSource, int, int, int]],
    norm: int,
    what_if: bool,
) -> None:
    """Random portfolios in a real file: SQL aggregation gives what the rules give row by row."""
    with empty_db.session() as session, session.begin():
        projects = [
            Project(code=f"P{n}", title=f"Project {n}", phase=phase)
            for n, phase in enumerate(phases)
        ]
        session.add_all(projects)
        session.flush()
        expected: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
        for number, year, source, planned, committed, spent in lines:
            line = BudgetLine(project_id=projects[number].id or 0, year=year, category=CostCategory.OVERIG,
                              funding_source=source, planned_cents=planned, amount_cents=planned)  # fmt: skip
            session.add(line)
            session.flush()
            session.add(
                Commitment(
                    budget_line_id=line.id or 0,
                    committed_on=dt.date(year, 3, 1),
                    amount_cents=committed,
                )
            )
            session.add(
                Expense(
                    budget_line_id=line.id or 0, spent_on=dt.date(year, 4, 1), amount_cents=spent
                )
            )
            if year == 2024 and source is FundingSource.SGIA:
                totals = expected[number]
                totals[0], totals[1], totals[2] = (
                    totals[0] + planned,
                    totals[1] + committed,
                    totals[2] + spent,
                )
        apply_edit(set_norm("Norm", 2024, norm, session=session), session=session, who="t")
        session.flush()
        plan = year_plan(2024, session=session, what_if=what_if)
        figures = [ProjectYearFigures(0, f"P{n}", "", phases[n], *expected[n]) for n in expected]
        by_hand = compute_year_plan(2024, norm, figures, what_if=what_if)
        assert plan.claimed_cents == by_hand.claimed_cents
        assert plan.committed_cents == by_hand.committed_cents
        assert plan.spent_cents == by_hand.spent_cents
        assert plan.free_cents == norm - plan.claimed_cents
        assert plan.warning == by_hand.warning
        assert plan.claimed_cents == sum(p.claimed_cents for p in plan.counted)
        session.rollback()
