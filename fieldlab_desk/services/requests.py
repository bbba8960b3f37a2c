"""Change requests on running projects: named reads and the edits that submit, withdraw and
decide them. A decision that grants a request applies its effect in the same edit, so one
Ctrl+Z takes back both (rules in :mod:`fieldlab_desk.domain.requests`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, select

from fieldlab_desk.domain import requests as rules
from fieldlab_desk.domain.enums import FundingSource, RequestKind, RequestStatus
from fieldlab_desk.domain.errors import ValidationError
from fieldlab_desk.domain.formats import Language
from fieldlab_desk.domain.models import BudgetLine, Meeting, Project
from fieldlab_desk.domain.requests import Facts, MovableLine, RequestInput
from fieldlab_desk.domain.terms import TermKind, Terms
from fieldlab_desk.domain.texts import Both, Day, label
from fieldlab_desk.domain.yearplan import unspent_grant_cents
from fieldlab_desk.services import catalog
from fieldlab_desk.services.budget import budget_lines
from fieldlab_desk.services.clock import today_of
from fieldlab_desk.services.edits import (
    Edit,
    EditConflict,
    InsertRows,
    Operation,
    UpdateRow,
    _values,
)
from fieldlab_desk.services.yearplan import project_years


@dataclass(frozen=True, slots=True)
class RequestRow:
    """One change request as the project's tab, the steering page and the CLI show it."""

    id: int
    project_id: int
    code: str
    title: str
    kind: RequestKind
    submitted_on: dt.date
    asked_by: str
    reason: str
    status: RequestStatus
    new_end_date: dt.date | None
    previous_end_date: dt.date | None
    year: int | None
    amount_cents: int | None
    from_category: str
    to_category: str
    scope: str
    meeting_id: int | None
    meeting_title: str
    decided_on: dt.date | None
    decision_note: str

    def what(self, language: Language, categories: Terms) -> str:
        """What it asks in a few words; once granted, what it changed."""
        return rules.describe(
            self.kind, language, granted=self.status is RequestStatus.TOEGEKEND,
            new_end_date=self.new_end_date, previous_end_date=self.previous_end_date,
            year=self.year, amount_cents=self.amount_cents,
            from_name=categories.name(self.from_category, language),
            to_name=categories.name(self.to_category, language), scope=self.scope,
        )  # fmt: skip


def requests(
    *, session: Session, project_id: int | None = None, open_only: bool = False
) -> list[RequestRow]:
    """Change requests (of one project, or every one), newest first; ``open_only``: those
    still waiting for a decision, oldest first (the order of an agenda)."""
    from fieldlab_desk.domain.models import ChangeRequest as Request

    statement = (
        select(Request, col(Project.code), col(Project.title), col(Meeting.title))
        .join(Project, col(Project.id) == col(Request.project_id))
        .outerjoin(Meeting, col(Meeting.id) == col(Request.meeting_id))
    )
    if project_id is not None:
        statement = statement.where(col(Request.project_id) == project_id)
    if open_only:
        statement = statement.where(col(Request.status) == RequestStatus.INGEDIEND).order_by(
            col(Request.submitted_on), col(Request.id)
        )
    else:
        statement = statement.order_by(col(Request.submitted_on).desc(), col(Request.id).desc())
    return [
        RequestRow(r.id or 0, r.project_id, code, title, r.kind, r.submitted_on, r.asked_by,
                   r.reason, r.status, r.new_end_date, r.previous_end_date, r.year,
                   r.amount_cents, r.from_category, r.to_category, r.scope, r.meeting_id,
                   meeting_title or "", r.decided_on, r.decision_note)
        for r, code, title, meeting_title in session.exec(statement)
    ]  # fmt: skip


@dataclass(frozen=True, slots=True)
class RequestsView:
    """The project's Verzoeken tab: its requests, how to name cost categories, the years a
    request may be about and the day it is judged on (a new request's date)."""

    rows: list[RequestRow]
    categories: Terms
    years: list[int]
    today: dt.date


def requests_view(project_id: int, *, session: Session) -> RequestsView:
    return RequestsView(
        requests(session=session, project_id=project_id),
        catalog.terms(TermKind.COST_CATEGORY, session=session),
        sorted({f.year for f in project_years(project_id, session=session)}),
        today_of(session=session),
    )


@dataclass(frozen=True, slots=True)
class Agenda:
    """The steering page's requests: those waiting for a decision (on the agenda of the next
    meeting, ``next`` when one is planned) and those each meeting decided."""

    open: list[RequestRow]
    decided: list[RequestRow]
    next: tuple[int, dt.date, str] | None
    categories: Terms


def agenda(*, session: Session) -> Agenda:
    every = requests(session=session)
    waiting = [r for r in reversed(every) if r.status is RequestStatus.INGEDIEND]
    decided = [r for r in every if r.meeting_id is not None]
    return Agenda(waiting, decided, next_meeting(today_of(session=session), session=session),
                  catalog.terms(TermKind.COST_CATEGORY, session=session))  # fmt: skip


def requests_of(code: str | None, *, session: Session) -> tuple[list[RequestRow], Terms]:
    """Every change request (of the project with ``code``, as typed: case and spaces do not
    matter), newest first, and how to name cost categories; an unknown code is refused."""
    project_id = None
    if code is not None:
        from sqlalchemy import func

        wanted = code.strip().upper()
        project_id = session.exec(
            select(Project.id).where(func.upper(col(Project.code)) == wanted)
        ).first()
        if project_id is None:
            raise ValidationError("toc.no_project", field="project", project=code)
    return (requests(session=session, project_id=project_id),
            catalog.terms(TermKind.COST_CATEGORY, session=session))  # fmt: skip


def next_meeting(day: dt.date, *, session: Session) -> tuple[int, dt.date, str] | None:
    """The first meeting on or after ``day`` (id, day, title): where open requests are on
    the agenda; None when none is planned."""
    row = session.exec(
        select(col(Meeting.id), col(Meeting.held_on), col(Meeting.title))
        .where(col(Meeting.held_on) >= day)
        .order_by(col(Meeting.held_on), col(Meeting.id))
    ).first()
    return None if row is None else (int(row[0] or 0), row[1], row[2])


def facts(project_id: int, *, session: Session) -> Facts:
    """What the request rules need of a project as it stands now."""
    project = session.get(Project, project_id)
    if project is None:
        raise EditConflict("edit.not_found")
    unspent = {
        figures.year: unspent_grant_cents(figures)
        for figures in project_years(project_id, session=session)
        if figures.granted_cents
    }
    lines = tuple(
        MovableLine(line.id, line.year, line.category, line.description,
                    line.amount_cents, max(line.figures.remaining_cents, 0))
        for line in budget_lines(project_id, session=session)
        if line.funding_source is FundingSource.SGIA and line.amount_cents is not None
        and line.hours is None and not line.in_kind
    )  # fmt: skip
    categories = catalog.terms(TermKind.COST_CATEGORY, session=session)
    names = {t.code: Both(t.name("nl"), t.name("en")) for t in categories.terms}
    return Facts(project.end_date, unspent, lines, names)


def request_problems(
    project_id: int, data: RequestInput, *, session: Session
) -> list[ValidationError]:
    """What keeps ``data`` from being a complete, possible request on the project."""
    found = rules.problems(data, facts(project_id, session=session))
    if data.kind is RequestKind.KOSTENSOORT and data.to_category:
        offered = catalog.terms(TermKind.COST_CATEGORY, session=session).offered(None)
        if data.to_category not in {t.code for t in offered}:
            found.append(ValidationError("reference.unknown", "to_category",
                                         value=data.to_category, kind="kostensoort"))  # fmt: skip
    return found


def add_request(label: str, project_id: int, data: RequestInput, *, session: Session) -> Edit:
    """Submit a request (*ingediend*); raises the first problem that keeps it from being one."""
    for problem in request_problems(project_id, data, session=session):
        raise problem
    kind = data.kind
    moves_money = kind in (RequestKind.OVERHEVELING, RequestKind.KOSTENSOORT)
    values = {
        "project_id": project_id, "kind": kind, "submitted_on": data.submitted_on,
        "asked_by": data.asked_by.strip(), "reason": data.reason.strip(),
        "status": RequestStatus.INGEDIEND,
        "new_end_date": data.new_end_date if kind is RequestKind.VERLENGING else None,
        "previous_end_date": None,
        "year": data.year if moves_money else None,
        "amount_cents": data.amount_cents if moves_money else None,
        "from_category": data.from_category if kind is RequestKind.KOSTENSOORT else "",
        "to_category": data.to_category if kind is RequestKind.KOSTENSOORT else "",
        "scope": data.scope.strip() if kind is RequestKind.SCOPE else "",
        "meeting_id": None, "decision_note": "", "decided_on": None,
    }  # fmt: skip
    return Edit(label, (InsertRows(("change_request", _values(values))),))


def withdraw_request(label: str, request_id: int, day: dt.date, *, session: Session) -> Edit:
    """The asker takes a request back before it is decided (*ingetrokken*)."""
    request = _open_request(request_id, session)
    return Edit(label, (_status(request, RequestStatus.INGETROKKEN, {"decided_on": day}),))


def decide_request(
    label: str, request_id: int, meeting_id: int, grant: bool, note: str, *, session: Session
) -> Edit:
    """The steering group's decision at a meeting: granted (its effect applied in the same
    edit: end date, lines, the year plan's grants) or rejected. A request that no longer fits
    the project (money booked meanwhile) is refused with the reason, nothing changed."""
    request = _open_request(request_id, session)
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise ValidationError("request.meeting_needed", field="meeting")
    if meeting.held_on < request.submitted_on:
        raise ValidationError("request.meeting_before", field="meeting",
                              day=Day.of(request.submitted_on))  # fmt: skip
    decided = {"meeting_id": meeting_id, "decided_on": meeting.held_on,
               "decision_note": note.strip()}  # fmt: skip
    if not grant:
        return Edit(label, (_status(request, RequestStatus.AFGEWEZEN, decided),))
    data = RequestInput(request.kind, request.submitted_on, request.asked_by, request.reason,
                        request.new_end_date, request.year, request.amount_cents,
                        request.from_category, request.to_category, request.scope)  # fmt: skip
    known = facts(request.project_id, session=session)
    for problem in rules.problems(data, known):
        raise problem
    operations: list[Operation] = []
    project = session.get(Project, request.project_id)
    assert project is not None  # the request's project: it goes with it
    if request.kind is RequestKind.VERLENGING:
        decided["previous_end_date"] = project.end_date
        operations.append(UpdateRow("project", (project.id,), (("end_date", project.end_date),),
                                    (("end_date", request.new_end_date),)))  # fmt: skip
    elif request.kind is RequestKind.KOSTENSOORT:
        assert request.year is not None and request.amount_cents is not None
        given = rules.take(rules.lines_of(known.lines, request.year, request.from_category),
                           request.amount_cents)  # fmt: skip
        operations += _moved(given, request.project_id, request.year, request.to_category, session)
    elif request.kind is RequestKind.OVERHEVELING:
        assert request.year is not None and request.amount_cents is not None
        given = rules.take(rules.lines_of(known.lines, request.year), request.amount_cents)
        operations += _moved(given, request.project_id, request.year + 1, None, session)
    return Edit(label, (_status(request, RequestStatus.TOEGEKEND, decided), *operations))


def _open_request(request_id: int, session: Session) -> Any:
    from fieldlab_desk.domain.models import ChangeRequest

    request = session.get(ChangeRequest, request_id)
    if request is None:
        raise EditConflict("edit.not_found")
    if not request.status.open:
        raise ValidationError("request.decided", field="status",
                              status=Both(label(request.status, "nl"), label(request.status, "en")))  # fmt: skip
    return request


def _status(request: Any, status: RequestStatus, more: dict[str, Any]) -> UpdateRow:
    before = {"status": request.status, **{name: getattr(request, name) for name in more}}
    return UpdateRow("change_request", (request.id,), _values(before),
                     _values({"status": status, **more}))  # fmt: skip


def _moved(
    given: list[tuple[MovableLine, int]], project_id: int, year: int, category: str | None,
    session: Session,
) -> list[Operation]:  # fmt: skip
    """Lower each giving line by its part and add the part to the receiving line in ``year``,
    an SGIA line with an amount: the first of ``category`` (a move between categories), or
    (``category`` None, a carry-over) the one of the giving line's category and description;
    raised when there is one, made when there is not."""
    operations: list[Operation] = []
    receiving: dict[tuple[str, str], list[int] | None] = {}  # id, amount, planned as it goes
    raised: dict[int, tuple[int, int]] = {}  # a receiving line's amount and planned at first
    made: dict[tuple[str, str], dict[str, Any]] = {}
    for line, part in given:
        amount = line.amount_cents - part
        operations.append(UpdateRow("budget_line", (line.line_id,),
                                    (("amount_cents", line.amount_cents), ("planned_cents", line.amount_cents)),
                                    (("amount_cents", amount), ("planned_cents", amount))))  # fmt: skip
        # a category move raises that category's line; a carry-over the same line next year
        target = (category, "") if category is not None else (line.category, line.description)
        if target in made:
            made[target]["amount_cents"] += part
            made[target]["planned_cents"] += part
            continue
        if target not in receiving:
            found = session.exec(
                select(BudgetLine.id, BudgetLine.amount_cents, BudgetLine.planned_cents).where(
                    col(BudgetLine.project_id) == project_id, col(BudgetLine.year) == year,
                    col(BudgetLine.category) == target[0],
                    (col(BudgetLine.description) == target[1]) if category is None else True,
                    col(BudgetLine.funding_source) == FundingSource.SGIA,
                    col(BudgetLine.amount_cents).is_not(None), col(BudgetLine.hours).is_(None),
                    col(BudgetLine.in_kind).is_(False),
                ).order_by(col(BudgetLine.id))
            ).first()  # fmt: skip
            receiving[target] = (
                None if found is None else [int(found[0] or 0), int(found[1] or 0), int(found[2])]
            )
            if found is not None:
                raised[int(found[0] or 0)] = (int(found[1] or 0), int(found[2]))
        existing = receiving[target]
        if existing is None:
            source = session.get(BudgetLine, line.line_id)
            assert source is not None
            made[target] = {"project_id": project_id, "year": year, "category": target[0],
                            "description": target[1] or line.description,
                            "funding_source": FundingSource.SGIA,
                            "cofinancier_id": None, "amount_cents": part, "hours": None,
                            "hourly_rate_cents": None, "rate_frozen": source.rate_frozen,
                            "in_kind": False, "planned_cents": part,
                            "sort_order": source.sort_order, "activity_id": source.activity_id}  # fmt: skip
            continue
        existing[1] += part
        existing[2] += part
    for line_id, amount, planned in (value for value in receiving.values() if value is not None):
        before = raised[line_id]
        if (amount, planned) != before:
            operations.append(UpdateRow("budget_line", (line_id,),
                                        (("amount_cents", before[0]), ("planned_cents", before[1])),
                                        (("amount_cents", amount), ("planned_cents", planned))))  # fmt: skip
    operations += [InsertRows(("budget_line", _values(values))) for values in made.values()]
    return operations
