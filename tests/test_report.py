"""The half-year report as a user makes it: the CLI writes a multi-page PDF whose text (read back
with pypdf) names each project's indicators, with the period and page numbers on every page;
and `fieldlab-desk indicators` prints numbers as numbers and statuses as stable codes."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pypdf
import pytest

from fieldlab_desk.services.effect import IndicatorFilter, portfolio_indicators
from fieldlab_desk.services.report import half_year_report, parse_period
from fieldlab_desk.storage import open_database
from tests.test_cli import run


def words(text: str) -> str:
    """The text as read, whitespace made single and ligatures (ﬀ in "Eﬀorts") undone."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def test_the_portfolio_report_names_every_project_and_indicator_on_numbered_pages(
    demo_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "halfjaar.pdf"
    made = run("report", str(demo_path), "--period", "2024H1", "--out", str(out))
    assert made.returncode == 0, made.stderr
    reader = pypdf.PdfReader(out)
    pages = [words(page.extract_text()) for page in reader.pages]
    assert len(pages) > 8
    for number, page in enumerate(pages, start=1):
        assert "Halfjaarrapportage 2024H1 (01-01-2024 – 30-06-2024)" in page
        assert f"Pagina {number} van {len(pages)}" in page
    database = open_database(demo_path, read_only=True)
    with database.session() as session:
        report = half_year_report(parse_period("2024H1"), session=session)
    database.close()
    everything = " ".join(pages)
    assert len(report.projects) >= 6
    for project in report.projects:
        assert project.code in everything
        for indicator in project.indicators:
            assert words(indicator.name) in everything
    assert reader.metadata is not None and reader.metadata.title == "Halfjaarrapportage 2024H1"


def test_a_project_report_in_english_states_a_negative_result_plainly(
    demo_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "stopped.pdf"
    made = run("report", str(demo_path), "--project", "SGIA-2023-07", "--period", "2023H2",
               "--out", str(out), lang="en")  # fmt: skip
    assert made.returncode == 0, made.stderr
    text = words(" ".join(page.extract_text() for page in pypdf.PdfReader(out).pages))
    assert "Half-year report 2023H2" in text and "Page 1 of" in text
    assert "Phase: Stopped" in text and "Result:" in text
    assert "Results" in text and "Efforts" in text and "Budget position (SGIA)" in text


@pytest.mark.parametrize(
    ("arguments", "message"),
    [(["--period", "2024H3", "--out", "x.pdf"], "2024H1"),
     (["--period", "2024H1", "--out", "x.docx"], ".pdf"),
     (["--period", "2024H1", "--out", "x.pdf", "--project", "NOPE"], "NOPE")],
)  # fmt: skip
def test_bad_report_requests_are_refused_plainly(
    demo_path: Path, tmp_path: Path, arguments: list[str], message: str
) -> None:
    result = run("report", str(demo_path), *arguments, cwd=tmp_path)
    assert result.returncode == 2 and message in result.stderr and "Traceback" not in result.stderr
    assert not list(tmp_path.glob("x.*"))


def test_indicators_json_gives_numbers_as_numbers_and_stable_status_codes(demo_path: Path) -> None:
    result = run("indicators", str(demo_path), "--year", "2024", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    database = open_database(demo_path, read_only=True)
    with database.session() as session:
        expected = portfolio_indicators(IndicatorFilter(year=2024), session=session)
    database.close()
    assert len(data["indicators"]) == len(expected.rows)
    codes = {"no_data", "met", "on_track", "at_risk", "off_track"}
    for row in data["indicators"]:
        assert row["status"] in codes
        for key in ("baseline", "target", "current", "progress"):
            assert row[key] is None or isinstance(row[key], int | float)
        if row["whole_numbers"] and row["current"] is not None:
            assert isinstance(row["current"], int)  # 13 meetings, never 13.2
    totals = {(t["library"], t["counts"], t["semantics"]): t["total"] for t in data["totals"]}
    assert any(total is None for total in totals.values())  # snapshots are not summed
    one = run("indicators", str(demo_path), "--project", "SGIA-2023-04")
    assert one.returncode == 0 and "Voorleesbijeenkomsten voor ouders" in one.stdout
    unknown = run("indicators", str(demo_path), "--project", "NOPE")
    assert unknown.returncode == 2 and "NOPE" in unknown.stderr
