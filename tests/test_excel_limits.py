"""The Excel-limits helper finds each breach Excel would refuse, and the workbooks that made
Excel repair them (the pack after figures were frozen) now meet the limits."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table

from fieldlab_desk.domain.enums import MeetingKind
from fieldlab_desk.exporting.xlsx import sheet_name
from fieldlab_desk.services.edits import apply_edit, created_id
from fieldlab_desk.services.steering import add_meeting, take_snapshot
from fieldlab_desk.storage import open_database
from tests.excel_limits import check_excel_limits, file_problems, long_texts, name_problem
from tests.test_cli import run

LONG_SHEET = (
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    '<row r="1"><c r="A1" t="inlineStr"><is><t>' + "x" * 32_768 + "</t></is></c></row>"
    "</sheetData></worksheet>"
)


def test_the_helper_names_every_breach(tmp_path: Path) -> None:
    book = Workbook()
    with pytest.warns(UserWarning, match="31 characters"):
        book.active.title = "Wijzigingen sinds vorige vergadering"  # 36 characters
    forbidden = book.create_sheet("Jaarplan")
    forbidden._WorkbookChild__title = "Jaar/plan"  # type: ignore[attr-defined]  # as another program may
    book.create_sheet("Budget")
    twin = book.create_sheet("Twin")
    twin._WorkbookChild__title = "BUDGET"  # type: ignore[attr-defined]  # the same but for case
    sheet = book.create_sheet("Lang")
    rule = DataValidation(type="list", formula1='"' + ",".join(["keuze"] * 60) + '"')
    sheet.add_data_validation(rule)
    sheet["B1"], sheet["B2"] = "a", "1"
    sheet.add_table(Table(displayName="A1", ref="B1:B2"))
    book.defined_names["1jaar"] = DefinedName("1jaar", attr_text="Lang!$A$1")
    path = tmp_path / "foreign.xlsx"
    Workbook().save(path)
    with zipfile.ZipFile(path, "a") as archive:  # a text longer than openpyxl lets through
        archive.writestr("xl/worksheets/sheet99.xml", LONG_SHEET)
    assert file_problems(path) == ["xl/worksheets/sheet99.xml: a text of 32768 characters"]
    problems = check_excel_limits(book) + long_texts(path)
    said = " | ".join(problems)
    assert "36 characters" in said
    assert "Jaar/plan" in said and "forbids" in said
    assert "not unique" in said
    assert "a text of 32768 characters" in said
    assert "pick list" in said
    assert "table name 'A1'" in said and "cell reference" in said
    assert "defined name '1jaar'" in said
    assert len(problems) == 7


def test_names_excel_takes_and_refuses() -> None:
    assert name_problem("Begroting") is None and name_problem("_Totaal.2024") is None
    assert (
        name_problem("R1C1") and name_problem("AB12") and name_problem("2024") and name_problem("")
    )


def test_sheet_names_are_made_to_fit() -> None:
    assert (
        sheet_name("Wijzigingen sinds vorige vergadering", []) == "Wijzigingen sinds vorige vergad"
    )
    assert sheet_name("SGIA/2024:01?", []) == "SGIA_2024_01_"
    assert sheet_name("Info", ["INFO"]) == "Info (2)"
    long = "x" * 40
    assert sheet_name(long, [long[:31]]) == "x" * 27 + " (2)"


def test_the_pack_after_frozen_figures_meets_excels_limits(demo_path: Path, tmp_path: Path) -> None:
    database = open_database(demo_path)
    with database.transaction() as session:
        made = apply_edit(
            add_meeting("Vergadering", dt.date(2025, 9, 30), MeetingKind.REGULIER, "SGIA"),
            session=session,
            who="t",
        )
    meeting_id = created_id(made)
    assert meeting_id is not None
    with database.transaction() as session:
        apply_edit(take_snapshot("Cijfers", meeting_id, session=session), session=session, who="t")
    database.close()
    out = tmp_path / "pack.xlsx"
    done = run("export", str(demo_path), "--year", "2025", "--out", str(out), "--per-project")
    assert done.returncode == 0, done.stderr
    book = load_workbook(out)
    assert "Wijzigingen" in book.sheetnames  # the sheet that had a 36-character name
    assert check_excel_limits(book) == []


def test_a_text_over_excels_limit_ends_visibly_cut(demo_path: Path, tmp_path: Path) -> None:
    from sqlmodel import select

    from fieldlab_desk.domain.models import Project

    database = open_database(demo_path)
    with database.transaction() as session:
        project = session.exec(select(Project).where(Project.code == "SGIA-2023-04")).one()
        project.summary = "Leesplezier. " * 3_000  # 39.000 characters
        session.add(project)
    database.close()
    out = tmp_path / "plan.xlsx"
    assert (
        run("export", str(demo_path), "--project", "SGIA-2023-04", "--out", str(out)).returncode
        == 0
    )
    sheet = load_workbook(out)["Projectplan"]
    summary = next(
        row[1].value for row in sheet.iter_rows(max_col=2) if row[0].value == "Samenvatting"
    )
    assert len(summary) == 32_767 and summary.endswith("…") and summary.startswith("Leesplezier.")
