"""The Drenthe demo tells the truth, checked over the generated file as a reviewer would: phases
agree with dates on the demo's own day, a rejected project has no results, a title's count
matches its gemeenten, each line of work measures its own things, partners have real roles,
and the demo is judged on the day its data stops — not on the calendar."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import defaultdict
from pathlib import Path

import pytest

from fieldlab_desk.services.clock import reference_day
from fieldlab_desk.services.portfolio import open_portfolio
from fieldlab_desk.services.toc import chain_by_code

NUMBERS = {"twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
           "negen": 9, "tien": 10, "elf": 11, "twaalf": 12}  # fmt: skip


@pytest.fixture
def demo(demo_path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(demo_path)
    yield connection  # type: ignore[misc]
    connection.close()


def day_of(demo: sqlite3.Connection) -> dt.date:
    (value,) = demo.execute("SELECT value FROM file_info WHERE key = 'reference_date'").fetchone()
    return dt.date.fromisoformat(value)


def test_the_demo_is_judged_on_its_own_day(demo_path: Path, demo: sqlite3.Connection) -> None:
    day = day_of(demo)
    assert day == dt.date(2025, 9, 30)
    with open_portfolio(demo_path, read_only=True) as portfolio:
        assert portfolio.read(reference_day) == day
        assert portfolio.facts.reference_day == day  # what the demo banner shows


def test_phases_agree_with_the_dates_on_the_demos_day(demo: sqlite3.Connection) -> None:
    day = day_of(demo)
    wrong = []
    for code, phase, start, end in demo.execute(
        "SELECT code, phase, start_date, end_date FROM project"
    ):
        start, end = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
        fits = {
            "idee": start > day, "voorstel": start > day, "goedgekeurd": start > day,
            "in_uitvoering": start <= day <= end,
            "evaluatie": start <= day, "opschaling_borging": start <= day,
            "afgerond": end <= day, "gestopt": True,
        }[phase]  # fmt: skip
        if not fits:
            wrong.append((code, phase, start, end))
    assert not wrong


def test_a_rejected_project_has_no_results(demo: sqlite3.Connection) -> None:
    rejected = [row[0] for row in demo.execute(
        "SELECT DISTINCT project_id FROM decision WHERE kind = 'afgewezen'")]  # fmt: skip
    assert rejected
    for project in rejected:
        measured = demo.execute(
            "SELECT count(*) FROM measurement m JOIN indicator i ON i.id = m.indicator_id "
            "WHERE i.project_id = ? AND m.kind != 'nulmeting'", (project,)).fetchone()[0]  # fmt: skip
        stories = demo.execute(
            "SELECT count(*) FROM progress_story WHERE project_id = ?", (project,)
        ).fetchone()[0]
        changed = demo.execute(
            "SELECT count(*) FROM assumption_change c JOIN toc_link l ON l.id = c.link_id "
            "JOIN toc_element e ON e.id = l.from_element_id WHERE e.project_id = ? "
            "AND c.old_status IS NOT NULL", (project,)).fetchone()[0]  # fmt: skip
        assert (measured, stories, changed) == (0, 0, 0), project


def test_a_count_in_a_title_matches_its_gemeenten(demo: sqlite3.Connection) -> None:
    counted = 0
    for project, title in demo.execute("SELECT id, title FROM project"):
        words = title.lower().split()
        for number, word in enumerate(words[:-1]):
            if word in NUMBERS and words[number + 1].startswith("gemeente"):
                places = demo.execute(
                    "SELECT count(*) FROM project_municipality WHERE project_id = ?", (project,)
                ).fetchone()[0]
                assert places == NUMBERS[word], title
                counted += 1
    assert counted  # "Taalcafés in twaalf gemeenten"


def test_each_line_of_work_measures_its_own_things(demo: sqlite3.Connection) -> None:
    names: dict[int, frozenset[str]] = {}
    shapes: dict[int, tuple[tuple[str, str, str], ...]] = {}
    for project, name, base, target in demo.execute(
        "SELECT project_id, name, baseline_value, target_value FROM indicator"
    ):
        names[project] = names.get(project, frozenset()) | {name}
        shapes[project] = (*shapes.get(project, ()), (name, str(base), str(target)))
    assert len(set(names.values())) >= 6  # not one set for everyone
    assert len(set(shapes.values())) == len(shapes)  # no two projects measure alike
    assert not any(n.startswith("Deelnemers dat") for ns in names.values() for n in ns)
    titles = dict(demo.execute("SELECT id, title FROM project"))
    makerspace = next(p for p, t in titles.items() if t == "Makerspace op school")
    boekstart = next(p for p, t in titles.items() if t == "BoekStart in de kraamzorg")
    assert any("leerling" in n.lower() for n in names[makerspace])
    assert any("gezinnen" in n.lower() for n in names[boekstart])
    units = {u for (u,) in demo.execute("SELECT DISTINCT unit FROM indicator")}
    assert "bibliotheken" not in units  # participants are no libraries


def test_progress_differs_between_indicators_and_projects(demo_path: Path) -> None:
    from fieldlab_desk.services.effect import IndicatorFilter, portfolio_indicators

    with open_portfolio(demo_path, read_only=True) as portfolio:
        found = portfolio.read(portfolio_indicators, IndicatorFilter())
    shares = defaultdict(set)
    for row in found.rows:
        progress = row.indicator.progress
        if progress is not None and progress.progress is not None:
            shares[row.code].add(progress.progress)
    running = [code for code, values in shares.items() if len(values) > 1]
    assert len(running) >= len(shares) // 2  # a project's indicators move at their own pace


def test_partners_have_real_roles(demo: sqlite3.Connection) -> None:
    roles = defaultdict(set)
    for name, role in demo.execute(
        "SELECT o.name, l.role FROM project_organisation l JOIN organisation o "
        "ON o.id = l.organisation_id WHERE l.role != 'penvoerder'"
    ):
        roles[name].add(role)
    assert {r for rs in roles.values() for r in rs} >= {"uitvoerder", "kennispartner",
                                                         "financier", "doorverwijzer"}  # fmt: skip
    assert roles["GGD Drenthe"] == {"doorverwijzer"} and roles["Huus van de Taol"] == {"uitvoerder"}


def test_assumptions_live_on_the_demos_day(demo_path: Path, demo: sqlite3.Connection) -> None:
    """Some recently confirmed, some under pressure, at least one refuted — not all of them
    "meer dan een jaar onbevestigd"."""
    day = day_of(demo)
    statuses = defaultdict(list)
    for status, since in demo.execute("SELECT assumption_status, status_since FROM toc_link"):
        statuses[status].append(dt.date.fromisoformat(since))
    recent = [s for s in statuses["houdt_stand"] if (day - s).days <= 180]
    assert recent and statuses["onder_druk"] and statuses["weerlegd"]
    with open_portfolio(demo_path, read_only=True) as portfolio:
        running = portfolio.read(chain_by_code, "SGIA-2024-02")  # judged on the demo's day
    assert running.links and any(link.status.value != "onbevestigd" for link in running.links)


def test_fieldlab_fysiek_digitaal_is_led_by_biblionet(demo: sqlite3.Connection) -> None:
    lead = demo.execute(
        "SELECT o.name FROM fieldlab f JOIN organisation o ON o.id = f.lead_organisation_id "
        "WHERE f.name = 'Fieldlab Fysiek-Digitaal'"
    ).fetchone()
    assert lead == ("Biblionet Drenthe",)


def test_budgets_and_chains_fit_their_line_of_work(demo: sqlite3.Connection) -> None:
    lines = defaultdict(set)
    for code, description in demo.execute(
        "SELECT p.code, b.description FROM budget_line b JOIN project p ON p.id = b.project_id "
        "WHERE b.funding_source = 'sgia'"
    ):
        lines[code].add(description)
    assert len({frozenset(d) for d in lines.values()}) >= 6  # not five lines for everyone
    assert "BoekStartkoffers en prentenboeken" in lines["SGIA-2023-04"]
    activities = {text for (text,) in demo.execute(
        "SELECT e.text FROM toc_element e JOIN project p ON p.id = e.project_id "
        "WHERE p.code = 'SGIA-2023-07'")}  # fmt: skip
    assert not any(
        "leesplan" in text.lower() for text in activities
    )  # a makerspace, no reading plan


def test_a_deferred_decision_comes_back_at_a_later_meeting(demo: sqlite3.Connection) -> None:
    """A proposal held back (*aangehouden*) at any meeting but the last has a later decision;
    one held back at the last meeting still waits for the next (the demo's day is before it)."""
    rows = demo.execute(
        "SELECT d.project_id, d.kind, m.held_on FROM decision d JOIN meeting m ON m.id = d.meeting_id"
    ).fetchall()
    last = max(held_on for _, _, held_on in rows)
    deferred = [(pid, held_on) for pid, kind, held_on in rows if kind == "aangehouden"]
    earlier = [(pid, held_on) for pid, held_on in deferred if held_on < last]
    assert earlier, "the demo shows a deferral that came back"
    for pid, held_on in earlier:
        later = [k for p, k, h in rows if p == pid and h > held_on and k != "aangehouden"]
        assert later, f"project {pid} deferred on {held_on} never came back"


def test_the_demo_s_facts_are_data_a_reviewer_can_read(demo: sqlite3.Connection) -> None:
    """Every project, organisation and meeting of the file comes from resources/demo/drenthe.json."""
    import json

    from fieldlab_desk.paths import resources_folder

    facts = json.loads((resources_folder() / "demo" / "drenthe.json").read_text(encoding="utf-8"))
    titles = dict(demo.execute("SELECT code, title FROM project"))
    assert titles == {p["code"]: p["title"] for p in facts["projects"]}
    kinds = dict(demo.execute("SELECT name, kind FROM organisation"))
    assert all(kinds[o["name"]] == o["kind"] for o in facts["organisations"])
    held = {h for (h,) in demo.execute("SELECT held_on FROM meeting")}
    assert held == set(facts["meetings"])
    assert day_of(demo).isoformat() == facts["reference_day"]


def test_projects_that_ran_long_were_extended_and_one_carried_money_into_2025(
    demo_path: Path,
) -> None:
    """The demo's change requests are its history: the projects that ran past their first end
    date had it moved by a granted extension before they got there; SGIA-2024-05 carried
    € 4.000 of 2024 into 2025, and both year plans still add up to their grants."""
    from fieldlab_desk.domain.enums import RequestKind, RequestStatus
    from fieldlab_desk.services.projects import project_details
    from fieldlab_desk.services.requests import requests
    from fieldlab_desk.services.yearplan import year_plan

    with open_portfolio(demo_path, read_only=True) as portfolio:
        rows = portfolio.read(requests)
        plans = {year: portfolio.read(year_plan, year) for year in (2024, 2025)}
        extended = [r for r in rows if r.kind is RequestKind.VERLENGING]
        ends = {r.code: portfolio.read(project_details, r.project_id).end_date for r in extended}  # type: ignore[union-attr]
    assert {r.code for r in extended} == {"SGIA-2023-03", "SGIA-2023-04"}
    for r in extended:
        assert r.status is RequestStatus.TOEGEKEND and r.new_end_date == ends[r.code]
        assert r.previous_end_date is not None and r.decided_on is not None
        assert r.submitted_on < r.decided_on < r.previous_end_date < r.new_end_date  # in time
    carried = {p.code: p for p in plans[2024].projects if p.carried_out_cents}
    arrived = {p.code: p for p in plans[2025].projects if p.carried_in_cents}
    assert set(carried) == set(arrived) == {"SGIA-2024-05"}
    assert (
        carried["SGIA-2024-05"].carried_out_cents
        == arrived["SGIA-2024-05"].carried_in_cents
        == 400_000
    )
    assert plans[2024].carried_out_cents == plans[2025].carried_in_cents == 400_000
    # what moved was unspent in 2024, and the lines moved with it: each year asks its grant
    assert carried["SGIA-2024-05"].granted_cents - carried["SGIA-2024-05"].used_cents >= 0  # type: ignore[operator]
    for plan in plans.values():
        sgia = {p.code: p for p in plan.projects}["SGIA-2024-05"]
        assert sgia.planned_cents == sgia.granted_cents
    waiting = [r for r in rows if r.status is RequestStatus.INGEDIEND]
    assert [(r.code, r.kind) for r in waiting] == [("SGIA-2025-01", RequestKind.SCOPE)]


def test_scaled_projects_run_in_several_libraries_and_gemeenten(demo_path: Path) -> None:
    """The scaling register: projects in opschaling or done were taken over by Drenthe
    libraries and gemeenten, some structurally with funding, one stopped; only projects that
    got that far were taken over."""
    from fieldlab_desk.domain.enums import AdoptionForm, Phase
    from fieldlab_desk.services.scaling import adoptions, scaling_view

    with open_portfolio(demo_path, read_only=True) as portfolio:
        view = portfolio.read(scaling_view)
        rows = portfolio.read(adoptions)
    assert {i.phase for i in view.innovations} <= {Phase.OPSCHALING_BORGING, Phase.AFGEROND}
    digicafe = next(i for i in view.innovations if i.code == "SGIA-2023-03")
    assert digicafe.reach.libraries >= 3 and digicafe.reach.gemeenten >= 3
    assert [r.form for r in rows].count(AdoptionForm.GESTOPT) == 1
    assert view.in_core >= 2
    assert all(r.organisation and r.municipality for r in rows)  # Drenthe's own


def test_digital_inclusion_and_boekstart_count_per_gemeente(demo_path: Path) -> None:
    """The network reports per gemeente: the Digicafé's and BoekStart's counts are entered per
    gemeente of the project, each count's parts summing to it; surveys (shares) are not."""
    from fieldlab_desk.domain.enums import Dimension, ValueSemantics
    from fieldlab_desk.services.effect import project_indicators

    with open_portfolio(demo_path, read_only=True) as portfolio:
        rows = {code: portfolio.read(project_indicators, pid) for code, pid in
                (("SGIA-2023-03", 3), ("SGIA-2023-04", 4), ("SGIA-2024-01", 10))}  # fmt: skip
    for code in ("SGIA-2023-03", "SGIA-2023-04"):
        counts = [r for r in rows[code] if r.semantics is not ValueSemantics.MOMENTOPNAME]
        assert counts and all(r.dimensions == (Dimension.GEMEENTE,) for r in counts), code
        for r in counts:
            for m in r.measurements:
                assert sum(p.value for p in m.split(Dimension.GEMEENTE)) == m.value
        assert not any(
            r.dimensions for r in rows[code] if r.semantics is ValueSemantics.MOMENTOPNAME
        )
    assert not any(r.dimensions for r in rows["SGIA-2024-01"])  # the others count one total
