"""Change requests: submitted, decided at a meeting, their effect applied in the decision's one
edit (and taken back by its inverse); a carry-over moves granted money between years."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import text as sql
from sqlmodel import select

from fieldlab_desk.domain.enums import (
    DecisionKind,
    FundingSource,
    MeetingKind,
    RequestKind,
    RequestStatus,
)
from fieldlab_desk.domain.errors import ValidationError
from fieldlab_desk.domain.models import BudgetLine, Project
from fieldlab_desk.domain.requests import RequestInput
from fieldlab_desk.domain.yearplan import unspent_grant_cents
from fieldlab_desk.services.edits import Edit, apply_edit, created_id
from fieldlab_desk.services.requests import (
    add_request,
    decide_request,
    request_problems,
    requests,
    withdraw_request,
)
from fieldlab_desk.services.steering import add_meeting, record_decision
from fieldlab_desk.services.yearplan import project_years, year_figures
from fieldlab_desk.storage import Database, open_database

CODE = "SGIA-2024-01"  # granted 2024 and 2025, in uitvoering
ASKED = dt.date(2025, 10, 2)


def pid(db: Database, code: str = CODE) -> int:
    with db.session() as session:
        found = session.exec(select(Project.id).where(Project.code == code)).one()
    return int(found or 0)


def run(db: Database, edit: Edit) -> Edit:
    with db.transaction() as session:
        return apply_edit(edit, session=session, who="Henk")


def meeting(db: Database, day: dt.date = dt.date(2025, 11, 18)) -> int:
    inverse = run(db, add_meeting("Vergadering", day, MeetingKind.REGULIER, "SGIA november"))
    made = created_id(inverse)
    assert made is not None
    return made


def submit(db: Database, project_id: int, data: RequestInput) -> int:
    with db.session() as session:
        edit = add_request("Verzoek indienen", project_id, data, session=session)
    made = created_id(run(db, edit))
    assert made is not None
    return made


def decide(db: Database, request_id: int, meeting_id: int, grant: bool = True) -> Edit:
    with db.session() as session:
        edit = decide_request("Besluit", request_id, meeting_id, grant, "", session=session)
    return run(db, edit)


def years_of(db: Database, project_id: int) -> dict[int, object]:
    with db.session() as session:
        return {f.year: f for f in project_years(project_id, session=session)}


def sgia_lines(db: Database, project_id: int) -> dict[int, int]:
    """Planned SGIA money per year on the project's lines."""
    with db.session() as session:
        lines = session.exec(select(BudgetLine).where(BudgetLine.project_id == project_id)).all()
    found: dict[int, int] = {}
    for line in lines:
        if line.funding_source is FundingSource.SGIA:
            found[line.year] = found.get(line.year, 0) + line.planned_cents
    return found


def per_category(lines: list[BudgetLine]) -> dict[str, int]:
    found: dict[str, int] = {}
    for line in lines:
        if line.funding_source is FundingSource.SGIA:
            found[line.category] = found.get(line.category, 0) + line.planned_cents
    return found


def carry(year: int, cents: int) -> RequestInput:
    return RequestInput(RequestKind.OVERHEVELING, ASKED, "Anna de Vries",
                        "Het werk liep door de verbouwing een half jaar uit.", year=year,
                        amount_cents=cents)  # fmt: skip


def test_an_extension_moves_the_end_date_and_one_undo_takes_both_back(demo_db: Database) -> None:
    project_id = pid(demo_db)
    with demo_db.session() as session:
        before = session.get(Project, project_id)
    assert before is not None and before.end_date is not None
    later = before.end_date + dt.timedelta(days=182)
    data = RequestInput(RequestKind.VERLENGING, ASKED, "Anna de Vries",
                        "Later gestart door de verbouwing.", new_end_date=later)  # fmt: skip
    request_id = submit(demo_db, project_id, data)
    inverse = decide(demo_db, request_id, meeting(demo_db))
    with demo_db.session() as session:
        assert session.get(Project, project_id).end_date == later  # type: ignore[union-attr]
        row = requests(session=session, project_id=project_id)[0]
    assert (row.status, row.previous_end_date, row.decided_on) == (
        RequestStatus.TOEGEKEND, before.end_date, dt.date(2025, 11, 18))  # fmt: skip
    run(demo_db, inverse)  # Ctrl+Z: the decision and its effect together
    with demo_db.session() as session:
        assert session.get(Project, project_id).end_date == before.end_date  # type: ignore[union-attr]
        assert requests(session=session, project_id=project_id)[0].status is RequestStatus.INGEDIEND


def test_an_extension_must_be_later_and_every_request_needs_a_reason(demo_db: Database) -> None:
    project_id = pid(demo_db)
    with demo_db.session() as session:
        end = session.get(Project, project_id).end_date  # type: ignore[union-attr]
        earlier = RequestInput(RequestKind.VERLENGING, ASKED, "", " ", new_end_date=end)
        found = request_problems(project_id, earlier, session=session)
    assert {p.code for p in found} == {"request.reason_needed", "request.end_date_not_later"}
    later = next(p for p in found if p.code == "request.end_date_not_later")
    assert "31-12-2025" in later.message("nl") and "2025-12-31" in later.message("en")


def test_a_carry_over_moves_granted_money_and_the_lines_to_the_next_year(
    demo_db: Database,
) -> None:
    project_id = pid(demo_db)
    before = years_of(demo_db, project_id)
    lines_before = sgia_lines(demo_db, project_id)
    unspent = unspent_grant_cents(before[2024])  # type: ignore[arg-type]
    assert unspent > 100_00
    request_id = submit(demo_db, project_id, carry(2024, 100_00))
    assert years_of(demo_db, project_id) == before  # submitted, not decided: nothing moves
    inverse = decide(demo_db, request_id, meeting(demo_db))
    after = years_of(demo_db, project_id)
    assert after[2024].granted_cents == before[2024].granted_cents - 100_00  # type: ignore[attr-defined]
    assert after[2025].granted_cents == before[2025].granted_cents + 100_00  # type: ignore[attr-defined]
    assert (after[2024].carried_out_cents, after[2025].carried_in_cents) == (100_00, 100_00)  # type: ignore[attr-defined]
    # the unbooked money of the 2024 lines with an amount goes along: each year's lines
    # still ask what is granted for it
    lines_after = sgia_lines(demo_db, project_id)
    assert lines_after[2024] == lines_before[2024] - 100_00
    assert lines_after[2025] == lines_before[2025] + 100_00
    with demo_db.session() as session:  # a report as of before the meeting does not see it
        then = {
            f.project_id: f for f in year_figures(2024, session=session, as_of=dt.date(2025, 9, 30))
        }
    assert then[project_id].granted_cents == before[2024].granted_cents  # type: ignore[attr-defined]
    run(demo_db, inverse)
    assert years_of(demo_db, project_id) == before
    assert sgia_lines(demo_db, project_id) == lines_before


def test_a_carry_over_above_the_unspent_grant_is_refused_and_says_how_much_may_go(
    demo_db: Database,
) -> None:
    project_id = pid(demo_db)
    unspent = unspent_grant_cents(years_of(demo_db, project_id)[2024])  # type: ignore[arg-type]
    with demo_db.session() as session:
        found = request_problems(project_id, carry(2024, unspent + 1), session=session)
        nothing = request_problems(project_id, carry(2022, 100), session=session)
    assert [p.code for p in found] == ["request.over_unspent"]
    assert "€ 1.170,62 van 2024 naar 2025" in found[0].message("nl")
    assert "€1,170.62 can go from 2024 to 2025" in found[0].message("en")
    assert [p.code for p in nothing] == ["request.not_granted"]


def test_a_request_that_no_longer_fits_is_refused_at_its_decision(demo_db: Database) -> None:
    """Spent meanwhile: the carry-over would take more than is unspent; nothing changes."""
    project_id = pid(demo_db)
    unspent = unspent_grant_cents(years_of(demo_db, project_id)[2024])  # type: ignore[arg-type]
    request_id = submit(demo_db, project_id, carry(2024, unspent))
    with demo_db.transaction() as session:  # an expense booked meanwhile on a 2024 SGIA line
        line = session.exec(select(BudgetLine).where(BudgetLine.project_id == project_id,
                                                     BudgetLine.year == 2024)).first()  # fmt: skip
        session.execute(sql("INSERT INTO expense (budget_line_id, spent_on, amount_cents, note) "
                            "VALUES (:line, '2024-12-20', 5000, 'laat')"), {"line": line.id})  # type: ignore[union-attr]  # fmt: skip
    before = years_of(demo_db, project_id)
    with pytest.raises(ValidationError) as caught:
        decide(demo_db, request_id, meeting(demo_db))
    assert caught.value.code == "request.over_unspent"
    assert years_of(demo_db, project_id) == before


def test_moving_money_between_cost_categories_keeps_the_year_s_total(demo_db: Database) -> None:
    project_id = pid(demo_db)
    with demo_db.session() as session:
        lines = session.exec(select(BudgetLine).where(BudgetLine.project_id == project_id,
                                                      BudgetLine.year == 2025)).all()  # fmt: skip
    by_category = per_category(lines)
    assert "materiaal" in by_category and "communicatie" in by_category
    data = RequestInput(RequestKind.KOSTENSOORT, ASKED, "Anna de Vries", "Minder drukwerk nodig.",
                        year=2025, amount_cents=50_00, from_category="communicatie",
                        to_category="materiaal")  # fmt: skip
    total, count = sgia_lines(demo_db, project_id), len(lines)
    inverse = decide(demo_db, submit(demo_db, project_id, data), meeting(demo_db))
    with demo_db.session() as session:
        lines = session.exec(select(BudgetLine).where(BudgetLine.project_id == project_id,
                                                      BudgetLine.year == 2025)).all()  # fmt: skip
    moved = per_category(lines)
    assert len(lines) == count  # the materiaal line was raised, no line was added
    assert moved["communicatie"] == by_category["communicatie"] - 50_00
    assert moved["materiaal"] == by_category["materiaal"] + 50_00
    assert sgia_lines(demo_db, project_id) == total
    run(demo_db, inverse)
    assert sgia_lines(demo_db, project_id) == total


def test_rejected_or_withdrawn_requests_change_nothing_and_stay_decided(demo_db: Database) -> None:
    project_id = pid(demo_db)
    before = years_of(demo_db, project_id)
    rejected = submit(demo_db, project_id, carry(2024, 100_00))
    decide(demo_db, rejected, meeting(demo_db), grant=False)
    withdrawn = submit(demo_db, project_id, carry(2024, 100_00))
    with demo_db.session() as session:
        run(demo_db, withdraw_request("Intrekken", withdrawn, ASKED, session=session))
    assert years_of(demo_db, project_id) == before
    with demo_db.session() as session:
        shown = {r.id: r.status for r in requests(session=session, project_id=project_id)}
        waiting = [r.code for r in requests(session=session, open_only=True)]
        with pytest.raises(ValidationError) as caught:
            decide_request("Besluit", rejected, 1, True, "", session=session)
    assert shown == {rejected: RequestStatus.AFGEWEZEN, withdrawn: RequestStatus.INGETROKKEN}
    assert waiting == ["SGIA-2025-01"]  # the demo's own, still waiting
    assert caught.value.code == "request.decided" and "Afgewezen" in caught.value.message("nl")


# --- the property: whatever happens, the years keep what was granted -------------------------

STEPS = st.lists(
    st.one_of(
        st.tuples(st.just("grant"), st.sampled_from([2024, 2025, 2026]), st.integers(1, 2_000_000)),
        st.tuples(st.just("spend"), st.sampled_from([2024, 2025, 2026]), st.integers(1, 900_000)),
        st.tuples(st.just("carry"), st.sampled_from([2023, 2024, 2025, 2026]),
                  st.integers(1, 1_500_000)),
        st.tuples(st.just("undo"), st.just(0), st.just(0)),
    ),
    min_size=1, max_size=7,
)  # fmt: skip


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=STEPS)
def test_each_year_keeps_the_sum_of_its_grants_whatever_is_carried(
    demo_master: Path, tmp_path: Path, steps: list[tuple[str, int, int]]
) -> None:
    """For any sequence of grants, spending, carry-overs (possible or not) and undos: each
    year's toegekend is its decisions' grants plus what came in minus what went out; what
    left Y arrived in Y + 1; no carry-over took more than Y's unspent grant; and the years
    together hold what the decisions granted."""
    path = tmp_path / f"p{len(list(tmp_path.iterdir()))}.fieldlab"
    shutil.copyfile(demo_master, path)
    db = open_database(path)
    try:
        project_id = pid(db)
        day = dt.date(2025, 10, 1)
        done: list[Edit] = []
        for number, (step, year, cents) in enumerate(steps):
            day += dt.timedelta(days=7)
            if step == "grant":
                meeting_id = meeting(db, day)
                with db.session() as session:
                    edit = record_decision("Besluit", meeting_id, project_id, DecisionKind.TOEGEKEND,
                                           {year: cents}, "", "", who="t", session=session)  # fmt: skip
                done.append(run(db, edit))
            elif step == "spend":
                with db.transaction() as session:
                    session.execute(sql(
                        "INSERT INTO budget_line (project_id, year, category, description, funding_source, "
                        "amount_cents, rate_frozen, in_kind, planned_cents, sort_order) VALUES "
                        "(:p, :y, 'overig', :d, 'sgia', :c, 0, 0, :c, 99)"),
                        {"p": project_id, "y": year, "d": f"uitgave {number}", "c": cents})  # fmt: skip
                    line = session.execute(sql("SELECT max(id) FROM budget_line")).scalar()
                    session.execute(sql("INSERT INTO expense (budget_line_id, spent_on, amount_cents, note) "
                                        "VALUES (:l, :d, :c, '')"),
                                    {"l": line, "d": f"{year}-06-30", "c": cents})  # fmt: skip
            elif step == "carry":
                unspent = {f.year: unspent_grant_cents(f)
                           for f in years_of(db, project_id).values()}  # type: ignore[arg-type]  # fmt: skip
                data = dataclasses.replace(carry(year, cents), submitted_on=day)
                with db.session() as session:
                    refused = request_problems(project_id, data, session=session)
                if unspent.get(year, 0) == 0:
                    assert refused, (year, cents, unspent)
                elif cents > unspent[year]:
                    assert [p.code for p in refused] == ["request.over_unspent"]
                if refused:
                    continue
                assert cents <= unspent[year]
                event("a carry-over granted")
                done.append(decide(db, submit(db, project_id, data), meeting(db, day)))
            elif done:
                run(db, done.pop())  # the newest decision undone
            check_the_years(db, project_id)
    finally:
        db.close()


def check_the_years(db: Database, project_id: int) -> None:
    with db.session() as session:
        decided = dict(session.execute(sql(
            "SELECT year, sum(amount_cents) FROM decision_grant WHERE project_id = :p GROUP BY year"),
            {"p": project_id}).all())  # fmt: skip
        moved = session.execute(sql(
            "SELECT year, amount_cents FROM change_request WHERE project_id = :p "
            "AND kind = 'overheveling' AND status = 'toegekend'"), {"p": project_id}).all()  # fmt: skip
    out: dict[int, int] = {}
    for year, cents in moved:
        out[year] = out.get(year, 0) + cents
    figures = years_of(db, project_id)
    for year, f in figures.items():
        carried_in = out.get(year - 1, 0)
        assert f.carried_out_cents == out.get(year, 0)  # type: ignore[attr-defined]
        assert f.carried_in_cents == carried_in  # type: ignore[attr-defined]
        assert f.granted_cents == decided.get(year, 0) + carried_in - out.get(year, 0)  # type: ignore[attr-defined]
        if year - 1 in figures:
            assert figures[year - 1].carried_out_cents == f.carried_in_cents  # type: ignore[attr-defined]
    assert sum(f.granted_cents or 0 for f in figures.values()) == sum(decided.values())  # type: ignore[attr-defined]


def test_a_meeting_before_the_request_cannot_decide_it(demo_db: Database) -> None:
    request_id = submit(demo_db, pid(demo_db), carry(2024, 100_00))  # asked on 02-10-2025
    earlier = meeting(demo_db, dt.date(2025, 9, 9))
    with demo_db.session() as session, pytest.raises(ValidationError) as caught:
        decide_request("Besluit", request_id, earlier, True, "", session=session)
    assert caught.value.code == "request.meeting_before"
    assert "02-10-2025" in caught.value.message("nl") and "2025-10-02" in caught.value.message("en")
