"""Decisions move phases and freeze rates; snapshots show what changed since a meeting."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest
from sqlmodel import select

from fieldlab_desk.domain.enums import CostCategory, DecisionKind, FundingSource, MeetingKind, Phase
from fieldlab_desk.domain.errors import ValidationError
from fieldlab_desk.domain.models import BudgetLine, PhaseChange, Project
from fieldlab_desk.domain.snapshot import ChangeKind
from fieldlab_desk.services.budget import LineInput, add_line, change_line
from fieldlab_desk.services.edits import apply_edit, created_id
from fieldlab_desk.services.steering import (
    add_meeting,
    changes_since_last_meeting,
    record_decision,
    set_norm,
    take_snapshot,
)
from fieldlab_desk.services.yearplan import year_plan
from fieldlab_desk.storage import Database


def project(session: object, code: str) -> Project:
    return session.exec(select(Project).where(Project.code == code)).one()  # type: ignore[attr-defined]


def new_meeting(db: Database, day: dt.date) -> int:
    with db.transaction() as session:
        inverse = apply_edit(
            add_meeting("Vergadering", day, MeetingKind.REGULIER, "SGIA"),
            session=session,
            who="t",
        )
    meeting_id = created_id(inverse)
    assert meeting_id is not None
    return meeting_id


def grant(
    db: Database, meeting_id: int, code: str, kind: DecisionKind = DecisionKind.TOEGEKEND
) -> None:
    with db.transaction() as session:
        edit = record_decision(
            "Besluit",
            meeting_id,
            project(session, code).id or 0,
            kind,
            {2025: 3_500_000},
            "" if kind is not DecisionKind.VOORWAARDELIJK else "Eerst een afspraak",
            "",
            who="Henk",
            session=session,
        )
        apply_edit(edit, session=session, who="Henk")


def test_granting_moves_a_proposal_to_goedgekeurd_through_the_phase_history(
    demo_db: Database,
) -> None:
    meeting_id = new_meeting(demo_db, dt.date(2025, 11, 18))
    with demo_db.session() as session:
        before = year_plan(2025, session=session)
    grant(demo_db, meeting_id, "SGIA-2025-03")
    with demo_db.session() as session:
        p = project(session, "SGIA-2025-03")
        last = session.exec(
            select(PhaseChange)
            .where(PhaseChange.project_id == p.id)
            .order_by(PhaseChange.id.desc())
        ).first()  # type: ignore[union-attr]
        after = year_plan(2025, session=session)
    assert p.phase is Phase.GOEDGEKEURD
    assert last is not None and (last.from_phase, last.to_phase, last.changed_on) == (
        Phase.VOORSTEL,
        Phase.GOEDGEKEURD,
        dt.date(2025, 11, 18),
    )
    assert (
        after.claimed_cents == before.claimed_cents + 3_500_000
    )  # out of the pipeline, into the plan
    assert "SGIA-2025-03" not in {x.code for x in after.pipeline}


def test_rejecting_stops_a_proposal_and_deferring_keeps_it_in_the_pipeline(
    demo_db: Database,
) -> None:
    meeting_id = new_meeting(demo_db, dt.date(2025, 11, 18))
    grant(demo_db, meeting_id, "SGIA-2025-04", DecisionKind.AANGEHOUDEN)
    grant(demo_db, meeting_id, "SGIA-2025-03", DecisionKind.AFGEWEZEN)
    with demo_db.session() as session:
        assert project(session, "SGIA-2025-04").phase is Phase.VOORSTEL
        rejected = project(session, "SGIA-2025-03")
        assert rejected.phase is Phase.GESTOPT
        history = session.exec(
            select(PhaseChange).where(PhaseChange.project_id == rejected.id)
        ).all()
        assert [(h.from_phase, h.to_phase) for h in history][-1] == (Phase.VOORSTEL, Phase.GESTOPT)
        plan = year_plan(2025, session=session, what_if=True)
    assert [(p.code, p.deferred) for p in plan.pipeline] == [("SGIA-2025-04", True)]
    assert "SGIA-2025-03" not in {p.code for p in plan.counted}  # not in the what-if either


def test_a_partial_grant_is_what_the_year_plan_counts_and_is_flagged(demo_db: Database) -> None:
    meeting_id = new_meeting(demo_db, dt.date(2025, 11, 18))
    with demo_db.session() as session:
        before = year_plan(2025, session=session)
        asked = next(p for p in before.pipeline if p.code == "SGIA-2025-03").planned_cents
    assert asked == 3_500_000
    with demo_db.transaction() as session:
        edit = record_decision("Besluit", meeting_id, project(session, "SGIA-2025-03").id or 0,
                               DecisionKind.TOEGEKEND, {2025: 3_000_000}, "", "", who="Henk", session=session)  # fmt: skip
        apply_edit(edit, session=session, who="Henk")
    with demo_db.session() as session:
        after = year_plan(2025, session=session)
    granted = next(p for p in after.projects if p.code == "SGIA-2025-03")
    assert (granted.planned_cents, granted.granted_cents, granted.claimed_cents) == (
        3_500_000,
        3_000_000,
        3_000_000,
    )
    assert granted.over_grant and granted in after.over_grant
    assert after.claimed_cents == before.claimed_cents + 3_000_000  # the grant, not the ask


@pytest.mark.parametrize(
    ("kind", "grants", "conditions", "code"),
    [
        (DecisionKind.TOEGEKEND, {2025: 0}, "", "decision.amount_needed"),
        (DecisionKind.VOORWAARDELIJK, {2025: 100}, "  ", "decision.conditions_needed"),
    ],
)
def test_incomplete_decisions_are_refused(
    demo_db: Database, kind: DecisionKind, grants: dict[int, int], conditions: str, code: str
) -> None:
    meeting_id = new_meeting(demo_db, dt.date(2025, 11, 18))
    with demo_db.session() as session, pytest.raises(ValidationError) as caught:
        record_decision("Besluit", meeting_id, project(session, "SGIA-2025-03").id or 0, kind,
                        grants, conditions, "", who="Henk", session=session)  # fmt: skip
    assert caught.value.code == code


def test_hourly_rate_is_frozen_once_granted(demo_db: Database) -> None:
    hours = LineInput(
        2025,
        CostCategory.PERSONEEL,
        "Uren",
        FundingSource.SGIA,
        None,
        False,
        None,
        Decimal("100"),
        6_000,
    )
    with demo_db.transaction() as session:
        pid = project(session, "SGIA-2025-04").id or 0
        inverse = apply_edit(
            add_line("Regel", pid, hours, session=session), session=session, who="t"
        )
    line_id = created_id(inverse) or 0
    dearer = replace(hours, hourly_rate_cents=7_000)
    with demo_db.session() as session:
        change_line("Tarief", line_id, dearer, session=session)  # allowed before granting
    grant(demo_db, new_meeting(demo_db, dt.date(2025, 11, 18)), "SGIA-2025-04")
    with demo_db.session() as session:
        assert session.get(BudgetLine, line_id).rate_frozen  # type: ignore[union-attr]
        try:
            change_line("Tarief", line_id, dearer, session=session)
        except ValidationError as error:
            assert error.code == "budget.rate_frozen" and error.field == "rate"
        else:
            raise AssertionError("a frozen rate was accepted")
        more_hours = replace(hours, hours=Decimal("120"))
        edit = change_line("Uren", line_id, more_hours, session=session)  # hours may still change
    assert dict(edit.operations[0].after)["planned_cents"] == 720_000  # type: ignore[union-attr]


def test_snapshot_then_changes_since_the_meeting(demo_db: Database) -> None:
    meeting_id = new_meeting(demo_db, dt.date(2025, 9, 30))
    with demo_db.transaction() as session:
        apply_edit(
            take_snapshot("Cijfers vastleggen", meeting_id, session=session),
            session=session,
            who="t",
        )
        meeting, changes = changes_since_last_meeting(session=session)
    assert meeting is not None and meeting.id == meeting_id
    assert changes == []
    grant(demo_db, new_meeting(demo_db, dt.date(2025, 11, 18)), "SGIA-2025-03")
    with demo_db.transaction() as session:
        pid = project(session, "SGIA-2025-01").id or 0
        extra = LineInput(
            2025,
            CostCategory.MATERIAAL,
            "Laptops",
            FundingSource.SGIA,
            None,
            False,
            250_000,
            None,
            None,
        )
        apply_edit(add_line("Regel", pid, extra, session=session), session=session, who="t")
        apply_edit(set_norm("Norm", 2025, 27_500_000, session=session), session=session, who="t")
    with demo_db.session() as session:
        _, changes = changes_since_last_meeting(session=session)
    found = {(c.kind, c.code, c.subject, c.old, c.new) for c in changes}
    assert (ChangeKind.PHASE, "SGIA-2025-03", "", "voorstel", "goedgekeurd") in found
    assert (ChangeKind.DECISION, "SGIA-2025-03", "2025-11-18", "", "toegekend") in found
    assert (ChangeKind.BUDGET, "SGIA-2025-01", "2025", "4800000", "5050000") in found
    assert (ChangeKind.NORM, "2025", "2025", "25000000", "27500000") in found
    assert len(changes) == 4
