"""The content of the Drenthe demo portfolio, read from ``resources/demo/drenthe.json``: real
organisations (as the sources name them), fictitious people and plans.

The facts are data a reviewer can read without reading code; this module only gives them
types. Amounts are whole euros there; the builder in :mod:`fieldlab_desk.demo.drenthe` turns
them into budget lines in cents.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, NamedTuple

from fieldlab_desk.domain.enums import (
    AdoptionForm,
    AdoptionFunding,
    FieldlabScope,
    Phase,
    RequestKind,
    RequestStatus,
    ResultMandate,
)
from fieldlab_desk.paths import resources_folder


class FieldlabSeed(NamedTuple):
    name: str
    scope: FieldlabScope
    lead: str
    mandate: ResultMandate
    goal: str
    partners: tuple[str, ...]
    start: dt.date


class ProjectSeed(NamedTuple):
    code: str
    title: str
    lead: str
    leader: str
    fieldlab: str | None
    theme: str
    themes: tuple[str, ...]
    phase: Phase
    start: dt.date
    end: dt.date
    sgia: dict[int, int]  # year → euro
    partner: str | None  # co-financing partner
    groups: tuple[str, ...]
    places: tuple[str, ...]
    need: str
    summary: str
    result: str = ""
    conditions: str = ""
    """A conditional grant's conditions (none: granted outright)."""
    deferred: tuple[dt.date, str] | None = None
    """A meeting that held the proposal back, and why, before the decision that granted it."""


def d(year: int, month: int, day: int = 1) -> dt.date:
    return dt.date(year, month, day)


def _facts() -> dict[str, Any]:
    path = resources_folder() / "demo" / "drenthe.json"
    facts: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return facts


_FACTS = _facts()
DEMO_TODAY = dt.date.fromisoformat(_FACTS["reference_day"])
"""The day the demo portfolio is shown as it stood on (its reference day)."""

DRENTHE = tuple(_FACTS["gemeenten"])
"""Drenthe's twelve gemeenten (the Taalcafés run in all of them)."""

ORGANISATIONS = tuple(
    (o["name"], o["short_name"], o["kind"], o["place"], o["website"])
    for o in _FACTS["organisations"]
)
PEOPLE = tuple((p["name"], p["organisation"], p["role"]) for p in _FACTS["people"])
FIELDLABS = tuple(
    FieldlabSeed(f["name"], FieldlabScope(f["scope"]), f["lead"], ResultMandate(f["mandate"]),
                 f["goal"], tuple(f["partners"]), dt.date.fromisoformat(f["start"]))
    for f in _FACTS["fieldlabs"]
)  # fmt: skip
PARTNER_ROLES: dict[str, str] = dict(_FACTS["partner_roles"])
"""What each partner does in the projects it joins (its money is in the budget either way)."""
PACE: dict[str, float] = dict(_FACTS["pace"])
"""How far along its expected path a project is, where its story says so; others vary."""
RAG_NOTES: dict[str, str] = dict(_FACTS["rag_notes"])
"""Why the demo's amber and red projects are so (the pack's *Toelichting RAG*)."""
MEETINGS = tuple(dt.date.fromisoformat(m) for m in _FACTS["meetings"])


def _project(p: dict[str, Any]) -> ProjectSeed:
    deferred = p.get("deferred")
    return ProjectSeed(
        p["code"], p["title"], p["lead"], p["leader"], p["fieldlab"], p["theme"],
        tuple(p["themes"]), Phase(p["phase"]), dt.date.fromisoformat(p["start"]),
        dt.date.fromisoformat(p["end"]), {int(y): int(e) for y, e in p["sgia"].items()},
        p["partner"], tuple(p["groups"]),
        DRENTHE if p["places"] == "all gemeenten" else tuple(p["places"]),
        p["need"], p["summary"], p.get("result", ""), p.get("conditions", ""),
        (dt.date.fromisoformat(deferred["meeting"]), deferred["note"]) if deferred else None,
    )  # fmt: skip


PROJECTS = tuple(_project(p) for p in _FACTS["projects"])


class RequestSeed(NamedTuple):
    """A change request of the demo: what it asked, and the meeting that decided it (none:
    still waiting). A granted *verlenging* moved the end date from ``previous_end`` to the
    project's end; a granted *overheveling* moved ``amount`` euros of ``year`` to the next."""

    project: str
    kind: RequestKind
    submitted: dt.date
    reason: str
    status: RequestStatus
    meeting: dt.date | None = None
    note: str = ""
    previous_end: dt.date | None = None
    year: int | None = None
    amount: int | None = None  # euro
    from_category: str = ""
    to_category: str = ""
    scope: str = ""


def _request(r: dict[str, Any]) -> RequestSeed:
    def day(key: str) -> dt.date | None:
        return dt.date.fromisoformat(r[key]) if r.get(key) else None

    return RequestSeed(
        r["project"], RequestKind(r["kind"]), dt.date.fromisoformat(r["submitted"]), r["reason"],
        RequestStatus(r["status"]), day("meeting"), r.get("note", ""), day("previous_end"),
        r.get("year"), r.get("amount"), r.get("from", ""), r.get("to", ""), r.get("scope", ""),
    )  # fmt: skip


REQUESTS = tuple(_request(r) for r in _FACTS["requests"])


class AdoptionSeed(NamedTuple):
    """A library and gemeente that took a project's innovation over (the scaling register)."""

    project: str
    library: str | None
    gemeente: str | None
    since: dt.date
    form: AdoptionForm
    funding: AdoptionFunding
    note: str


ADOPTIONS = tuple(
    AdoptionSeed(a["project"], a.get("library"), a.get("gemeente"),
                 dt.date.fromisoformat(a["since"]), AdoptionForm(a["form"]),
                 AdoptionFunding(a["funding"]), a.get("note", ""))
    for a in _FACTS["adoptions"]
)  # fmt: skip
SPLIT_PER_GEMEENTE = frozenset(_FACTS["split_per_gemeente"])
"""Projects whose counts are entered per gemeente (their places), as the network reports them."""
CARRIED = {(r.project, r.year): (r.amount or 0) * 100 for r in REQUESTS
           if r.kind is RequestKind.OVERHEVELING and r.status is RequestStatus.TOEGEKEND}  # fmt: skip
"""Money carried out of a (project, year) by a granted request: left unbooked in the demo."""
