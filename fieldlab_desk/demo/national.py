"""A deterministic national-scale portfolio for benchmarks: 5.000 projects, 50.000 budget
lines, 200.000 measurements. Rows go in with bulk ``INSERT``s in one transaction.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import insert
from sqlmodel import Session, col, select

from fieldlab_desk.domain.enums import (
    Comparator,
    CostCategory,
    Direction,
    FieldlabScope,
    FundingSource,
    MeasurementKind,
    OrganisationKind,
    ParticipationRole,
    Phase,
    ResultMandate,
    ThemeKind,
    ToCLevel,
    ValueSemantics,
)
from fieldlab_desk.domain.models import (
    BudgetLine,
    Expense,
    Fieldlab,
    Indicator,
    Measurement,
    Organisation,
    Project,
    ProjectOrganisation,
    Theme,
    ToCElement,
    YearPlan,
)
from fieldlab_desk.services.file_info import INFO_DEMO, INFO_OWNER, set_file_info
from fieldlab_desk.storage import Database, create_database

PROJECTS = 5_000
NATIONAL_NORM_CENTS = 8_000_000_000  # € 80 mln: a national budget, not Drenthe's norm
LINES_PER_PROJECT = 10
INDICATORS_PER_PROJECT = 2
MEASUREMENTS_PER_INDICATOR = 20
PROVINCES = (
    "Groningen", "Friesland", "Drenthe", "Overijssel", "Flevoland", "Gelderland", "Utrecht",
    "Noord-Holland", "Zuid-Holland", "Zeeland", "Noord-Brabant", "Limburg",
)  # fmt: skip
WORDS = (
    "Lezen", "Digitaal", "Samen", "Taal", "Jeugd", "Senioren", "Makers", "Kennis", "Dorp",
    "Wijk", "Gezin", "School", "Werk", "Cultuur", "Gezondheid", "Media", "Data", "Open",
)  # fmt: skip
PHASES = list(Phase)
CATEGORIES = list(CostCategory)
SOURCES = list(FundingSource)


def build_national_demo(path: Path, *, seed: int = 2024) -> Database:
    """Create ``path`` (which must not exist) holding the national-scale benchmark portfolio."""
    database = create_database(path)
    rng = random.Random(seed)
    with database.transaction() as session:
        themes = [
            t.id or 0
            for t in session.exec(select(Theme).where(col(Theme.kind) == ThemeKind.OPGAVE))
        ]
        organisations = _organisations(session)
        fieldlabs = _fieldlabs(session, organisations, rng)
        projects = list(_projects(rng, themes, fieldlabs, organisations))
        session.execute(insert(Project), projects)
        session.execute(
            insert(ProjectOrganisation),
            [
                {"project_id": p["id"], "organisation_id": p["lead_organisation_id"],
                 "role": ParticipationRole.PENVOERDER}
                for p in projects
            ],
        )  # fmt: skip
        _bulk(session, BudgetLine, _budget_lines(rng, projects))
        _bulk(session, Expense, _expenses(rng, projects))
        _bulk(session, ToCElement, _toc_elements(projects))
        _bulk(session, Indicator, _indicators(projects))
        _bulk(session, Measurement, _measurements(rng, projects))
        session.execute(
            insert(YearPlan),
            [
                {"year": year, "norm_cents": NATIONAL_NORM_CENTS, "note": ""}
                for year in range(2021, 2027)
            ],
        )
        set_file_info(INFO_DEMO, "1", session=session)
        set_file_info(INFO_OWNER, "Landelijk overzicht (benchmark)", session=session)
    return database


def _bulk(session: Session, table: Any, rows: Iterator[dict[str, Any]], size: int = 20_000) -> None:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            session.execute(insert(table), batch)
            batch.clear()
    if batch:
        session.execute(insert(table), batch)


def _organisations(session: Session) -> list[int]:
    rows = [
        {"name": f"POI {p}", "short_name": p[:10], "kind": OrganisationKind.POI, "place": p}
        for p in PROVINCES
    ]
    rows += [
        {"name": f"Bibliotheek {WORDS[i % len(WORDS)]}stad {i:03d}", "short_name": f"B{i:03d}",
         "kind": OrganisationKind.BIBLIOTHEEK, "place": PROVINCES[i % len(PROVINCES)]}
        for i in range(150)
    ]  # fmt: skip
    rows += [
        {"name": f"Partner {i:03d}", "short_name": f"P{i:03d}", "kind": OrganisationKind.PARTNER,
         "place": PROVINCES[i % len(PROVINCES)]}
        for i in range(60)
    ]  # fmt: skip
    for row in rows:
        row.update(website="", note="")
    session.execute(insert(Organisation), rows)
    return [i or 0 for i in session.exec(select(Organisation.id).order_by(col(Organisation.id)))]


def _fieldlabs(session: Session, organisations: list[int], rng: random.Random) -> list[int]:
    rows = [
        {"name": f"Fieldlab {WORDS[i % len(WORDS)]} {i:02d}",
         "scope": FieldlabScope.LANDELIJK if i < 6 else FieldlabScope.REGIONAAL,
         "lead_organisation_id": rng.choice(organisations[:20]),
         "goal": "Ontwikkelen, testen en opschalen.", "mandate": rng.choice(list(ResultMandate)),
         "description": ""}
        for i in range(40)
    ]  # fmt: skip
    session.execute(insert(Fieldlab), rows)
    return [i or 0 for i in session.exec(select(Fieldlab.id))]


def _projects(
    rng: random.Random, themes: list[int], fieldlabs: list[int], organisations: list[int]
) -> Iterator[dict[str, Any]]:
    for i in range(1, PROJECTS + 1):
        year = 2021 + i % 5
        start = dt.date(year, rng.randint(1, 12), 1)
        yield {
            "id": i,
            "code": f"NL-{year}-{i:05d}",
            "title": f"{rng.choice(WORDS)} {rng.choice(WORDS).lower()} in de bibliotheek {i}",
            "summary": "Een innovatieproject uit het landelijke netwerk.",
            "need": "", "goal": "", "scaling_plan": "", "result_text": "",
            "fieldlab_id": rng.choice(fieldlabs) if rng.random() < 0.6 else None,
            "primary_theme_id": rng.choice(themes),
            "lead_organisation_id": rng.choice(organisations),
            "start_date": start,
            "end_date": start + dt.timedelta(days=rng.randint(180, 900)),
            "phase": rng.choice(PHASES),
        }  # fmt: skip


def _budget_lines(rng: random.Random, projects: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    line_id = 0
    for project in projects:
        for n in range(LINES_PER_PROJECT):
            line_id += 1
            planned = rng.randint(5, 400) * 10_000
            yield {
                "id": line_id, "project_id": project["id"],
                "year": project["start_date"].year + n % 2, "category": CATEGORIES[n % 6],
                "description": f"Regel {n + 1}", "funding_source": SOURCES[n % 4 if n % 3 else 0],
                "amount_cents": planned, "planned_cents": planned, "rate_frozen": False,
                "in_kind": False, "sort_order": n,
            }  # fmt: skip


def _expenses(rng: random.Random, projects: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for line_id in range(1, len(projects) * LINES_PER_PROJECT + 1, 2):
        yield {
            "budget_line_id": line_id,
            "spent_on": dt.date(2021 + line_id % 5, rng.randint(1, 12), 15),
            "amount_cents": rng.randint(1, 200) * 10_000,
            "note": "",
        }


def _toc_elements(projects: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    element_id = 0
    for project in projects:
        for level in (ToCLevel.OUTPUT, ToCLevel.OUTCOME_KORT):
            element_id += 1
            yield {"id": element_id, "project_id": project["id"], "level": level,
                   "text": f"{level.value} van project {project['code']}", "sort_order": element_id}  # fmt: skip


def _indicators(projects: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for index, project in enumerate(projects):
        for n in range(INDICATORS_PER_PROJECT):
            number = index * INDICATORS_PER_PROJECT + n + 1
            yield {
                "id": number, "project_id": project["id"], "toc_element_id": number,
                "name": f"Indicator {n + 1}", "unit": "personen", "unit_subject": "inwoners",
                "direction": Direction.HOGER, "comparator": Comparator.GE,
                "semantics": ValueSemantics.CUMULATIEF, "baseline_value": Decimal(0),
                "baseline_date": project["start_date"], "target_value": Decimal(500),
                "target_date": project["end_date"], "source": "", "frequency": "kwartaal",
            }  # fmt: skip


def _measurements(rng: random.Random, projects: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    indicators = len(projects) * INDICATORS_PER_PROJECT
    for indicator_id in range(1, indicators + 1):
        start = projects[(indicator_id - 1) // INDICATORS_PER_PROJECT]["start_date"]
        value = 0
        for n in range(MEASUREMENTS_PER_INDICATOR):
            value += rng.randint(0, 40) if n else 0
            yield {
                "indicator_id": indicator_id,
                "measured_on": start + dt.timedelta(days=45 * n),
                "kind": MeasurementKind.NULMETING if n == 0 else MeasurementKind.TUSSENMETING,
                "value": Decimal(value), "sample_size": None, "note": "",
            }  # fmt: skip
