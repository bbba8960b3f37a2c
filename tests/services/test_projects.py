"""The projects table's year filter lists every year a project runs or has budget in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from fieldlab_desk.domain.enums import CostCategory, FundingSource, Phase
from fieldlab_desk.services.budget import LineInput, add_line
from fieldlab_desk.services.edits import apply_edit, created_id
from fieldlab_desk.services.projects import create_project_edit, project_years
from fieldlab_desk.storage import Database, open_database

D = dt.date
SPANS = [
    (D(2021, 3, 1), D(2023, 2, 28)),  # three years
    (D(2025, 6, 1), None),  # no end yet: its start year
    (None, None),  # no dates: no year
    (D(2030, 1, 1), D(2029, 12, 31)),  # an end before the start: no year, as before
    (D(2021, 9, 1), D(2022, 1, 31)),  # the same years as the first: counted once
]


def fill(database: Database) -> None:
    with database.transaction() as session:
        for number, (start, end) in enumerate(SPANS, 1):
            values = {"code": f"J-{number}", "title": f"Project {number}",
                      "phase": Phase.IN_UITVOERING, "start_date": start, "end_date": end}  # fmt: skip
            inverse = apply_edit(create_project_edit("Nieuw", values), session=session, who="t")
            if start is None:  # budget only: its line's year counts
                line = LineInput(2019, CostCategory.MATERIAAL, "Boeken", FundingSource.SGIA,
                                 None, False, 100_00, None, None)  # fmt: skip
                project_id = created_id(inverse) or 0
                apply_edit(add_line("Regel", project_id, line, session=session),
                           session=session, who="t")  # fmt: skip


def expected() -> list[int]:
    """The years by hand: each project's span, and the budget line's year."""
    years = {2019}
    for start, end in SPANS:
        if start is not None:
            years.update(range(start.year, (end or start).year + 1))
    return sorted(years)


def test_the_years_of_the_spans_and_the_budget(empty_db: Database) -> None:
    fill(empty_db)
    with empty_db.session() as session:
        assert project_years(session=session) == expected()
    assert expected() == [2019, 2021, 2022, 2023, 2025]


@pytest.fixture
def server_db(postgres_url: str) -> Iterator[Database]:
    database = open_database(postgres_url)
    yield database
    database.close()


def test_the_same_years_on_postgres(server_db: Database) -> None:
    fill(server_db)
    with server_db.session() as session:
        assert project_years(session=session) == expected()
