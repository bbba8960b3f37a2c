"""Voortgang: a project's story per half year — saved part by part as undoable edits, one record
per period, refused when over-long — and printed in the half-year report under the project,
with the projects that wrote none named at the front."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdf
import pytest

from fieldlab_desk.domain.errors import ValidationError
from fieldlab_desk.services.portfolio import open_portfolio
from fieldlab_desk.services.stories import (
    PART_LIMIT,
    previous_period,
    set_story,
    story,
    story_periods,
)
from tests.test_cli import run
from tests.test_report import words

PROJECT = 1  # SGIA-2023-01 in the demo


def test_a_story_is_written_part_by_part_and_undone_as_it_was_written(demo_path: Path) -> None:
    with open_portfolio(demo_path) as portfolio:
        before = portfolio.read(story, PROJECT, "2026H1")
        assert before.empty and before.id is None
        undo_first = portfolio.apply(portfolio.read(
            set_story, "Voortgang", PROJECT, "2026H1", "results", "  352 deelnemers\r\nwaardering 8,3 "))  # fmt: skip
        portfolio.apply(portfolio.read(set_story, "Voortgang", PROJECT, "2026H1", "findings",
                                       "Geen behoefte in Coevorden"))  # fmt: skip
        written = portfolio.read(story, PROJECT, "2026H1")
        assert written.results == "352 deelnemers\nwaardering 8,3"
        assert written.findings == "Geen behoefte in Coevorden"
        assert written.next_steps == "" and written.id is not None
        history = portfolio.read(_history, PROJECT)
        assert ("progress_story", "findings") in history
        portfolio.apply(portfolio.read(set_story, "Voortgang", PROJECT, "2026H1", "findings", ""))
        portfolio.apply(undo_first)  # undo of the first part removes the record it created
        assert portfolio.read(story, PROJECT, "2026H1").id is None


def _history(project_id: int, *, session: object) -> set[tuple[str, str]]:
    from sqlmodel import Session, select

    from fieldlab_desk.domain.models import ChangeRecord

    assert isinstance(session, Session)
    rows = session.exec(select(ChangeRecord).where(ChangeRecord.project_id == project_id))
    return {(r.entity, r.field) for r in rows}


def test_an_over_long_part_or_a_wrong_period_is_refused(demo_path: Path) -> None:
    with open_portfolio(demo_path) as portfolio:
        with pytest.raises(ValidationError) as caught:
            portfolio.read(set_story, "x", PROJECT, "2024H1", "results", "x" * (PART_LIMIT + 1))
        assert "4000" in caught.value.message("nl")
        with pytest.raises(Exception, match="2024H3"):
            portfolio.read(set_story, "x", PROJECT, "2024H3", "results", "iets")


def test_the_periods_a_story_can_be_written_for(demo_path: Path) -> None:
    assert previous_period("2024H1") == "2023H2" and previous_period("2024H2") == "2024H1"
    with open_portfolio(demo_path, read_only=True) as portfolio:
        periods = portfolio.read(story_periods, PROJECT, today=dt.date(2026, 12, 7))
    assert periods[0] == "2023H2" and periods[-1] == "2023H1"  # it ran through 2023


def test_the_report_tells_the_story_and_names_who_wrote_none(
    demo_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "2023H2.pdf"
    assert run("report", str(demo_path), "--period", "2023H2", "--out", str(out)).returncode == 0
    text = " ".join(words(p.extract_text()) for p in pypdf.PdfReader(out).pages)
    assert "Bij de scholen bleek geen behoefte aan een vaste voorziening" in text  # stated plainly
    assert "Voortgang Resultaten" in text and "Kennisdeling" in text
    later = tmp_path / "2025H1.pdf"
    assert run("report", str(demo_path), "--period", "2025H1", "--out", str(later)).returncode == 0
    overview = words(pypdf.PdfReader(later).pages[1].extract_text())  # after the cover
    assert "Nog geen voortgang ingevuld: SGIA-2024-02" in overview


def test_the_plan_workbook_and_the_plan_on_paper_show_the_latest_story(
    demo_path: Path, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    book, paper = tmp_path / "plan.xlsx", tmp_path / "plan.pdf"
    for out in (book, paper):
        done = run("export", str(demo_path), "--project", "SGIA-2023-07", "--out", str(out))
        assert done.returncode == 0, done.stderr
    rows = {
        r[0]: r[1]
        for r in load_workbook(book)["Projectplan"].iter_rows(max_col=2, values_only=True)
    }
    assert "Voortgang 2023H2" in rows  # its last half year
    assert rows["Bevindingen"].startswith("Bij de scholen bleek geen behoefte")
    text = " ".join(words(p.extract_text()) for p in pypdf.PdfReader(paper).pages)
    assert "Voortgang 2023H2 Resultaten In totaal" in text
