"""The year plan from SQL on a real file: it equals a row-by-row count, and the demo tells its story."""

from __future__ import annotations

from collections import defaultdict

from sqlmodel import select

from fieldlab_desk.domain.enums import FundingSource, Phase
from fieldlab_desk.domain.models import BudgetLine, Commitment, Expense, Project
from fieldlab_desk.domain.yearplan import NormWarning
from fieldlab_desk.services.portfolio import norm_cents, plan_years, set_norm, year_plan
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
    assert 230_000_00 < y2023.allocated_cents <= 250_000_00
    assert 250_000_00 < y2024.allocated_cents < 275_000_00
    assert {p.code for p in y2025.pipeline} == {"SGIA-2025-03", "SGIA-2025-04"}
    stopped = next(p for p in y2023.projects if p.code == "SGIA-2023-07")
    assert stopped.allocated_cents == stopped.spent_cents < stopped.planned_cents


def test_setting_the_norm_is_stored_per_year(demo_db: Database) -> None:
    with demo_db.transaction() as session:
        assert norm_cents(2024, session=session) == 250_000_00
        set_norm(2024, 300_000_00, session=session)
    with demo_db.session() as session:
        assert norm_cents(2024, session=session) == 300_000_00
        assert norm_cents(2023, session=session) == 250_000_00
        assert norm_cents(2031, session=session) == 250_000_00  # no plan yet: the default
        assert year_plan(2024, session=session).warning is None


def test_year_without_money_is_an_empty_plan(demo_db: Database) -> None:
    with demo_db.session() as session:
        plan = year_plan(2030, session=session)
    assert plan.projects == () and plan.allocated_cents == 0 and plan.free_cents == 250_000_00
