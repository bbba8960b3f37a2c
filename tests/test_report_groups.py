"""The half-year report grouped as the network's own reports are: under a heading per result
area ("Resultaten van: Geletterde samenleving"), each project under its primary opgave or its
programme line, by code within it."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest

from fieldlab_desk.domain.errors import InvalidInput
from fieldlab_desk.services.report import half_year_report, parse_period
from fieldlab_desk.storage import open_database
from tests.test_cli import run
from tests.test_report import words


@pytest.mark.parametrize("grouping", ["opgave", "programmalijn"])
def test_projects_stand_under_the_heading_of_their_result_area(
    demo_path: Path, tmp_path: Path, grouping: str
) -> None:
    out = tmp_path / f"{grouping}.pdf"
    made = run("report", str(demo_path), "--period", "2024H2", "--out", str(out),
               "--group-by", grouping)  # fmt: skip
    assert made.returncode == 0, made.stderr
    text = " ".join(words(p.extract_text()) for p in pypdf.PdfReader(out).pages)
    database = open_database(demo_path, read_only=True)
    with database.session() as session:
        report = half_year_report(parse_period("2024H2"), session=session, group_by=grouping)
    database.close()
    named = [p.groups[grouping][0] for p in report.projects if grouping in p.groups]
    assert named == sorted(named) and named  # by name, those without one last
    assert [p for p in report.projects if grouping in p.groups] == list(
        report.projects[: len(named)]
    )
    body = text[text.index("Resultaten van: ") :]  # past the cover and the overview
    for project in report.projects:
        name = project.groups.get(grouping, ("(niet ingedeeld)", ""))[0]
        heading = body.rindex("Resultaten van: ", 0, body.index(f"{project.code} — "))
        assert body[heading:].startswith(f"Resultaten van: {name}")


def test_an_unknown_grouping_is_refused_plainly(demo_path: Path, tmp_path: Path) -> None:
    database = open_database(demo_path, read_only=True)
    with database.session() as session, pytest.raises(InvalidInput) as caught:
        half_year_report(parse_period("2024H2"), session=session, group_by="gemeente")
    database.close()
    assert "geen indeling" in caught.value.message("nl")
    done = run("report", str(demo_path), "--period", "2024H2", "--out", str(tmp_path / "x.pdf"),
               "--group-by", "gemeente")  # fmt: skip
    assert done.returncode == 2 and "Traceback" not in done.stderr
