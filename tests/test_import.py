"""Importing from Excel as a user does it: the round trip (export, change a cell, import: the
change and only the change arrives), the blank template, a malformed sheet named cell by cell
with nothing written, and files that are no plain workbook refused plainly."""

from __future__ import annotations

import hashlib
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlmodel import select

from fieldlab_desk.domain.models import BudgetLine, ChangeRecord, Expense, Measurement, Project
from fieldlab_desk.storage import open_database
from tests.test_cli import run

CODE = "SGIA-2023-04"


def snapshot(path: Path) -> dict[str, list[tuple[object, ...]]]:
    database = open_database(path, read_only=True)
    with database.session() as session:
        project = session.exec(select(Project).where(Project.code == CODE)).one()
        lines = session.exec(select(BudgetLine).where(BudgetLine.project_id == project.id)).all()
        result = {
            "lines": sorted(
                (b.id, b.year, b.description, b.planned_cents, b.funding_source.value)
                for b in lines
            ),
            "expenses": sorted((e.id, e.amount_cents) for e in session.exec(select(Expense))),
            "measurements": sorted((m.id, m.value) for m in session.exec(select(Measurement))),
        }
    database.close()
    return result


def exported(demo_path: Path, tmp_path: Path) -> Path:
    out = tmp_path / "plan.xlsx"
    assert run("export", str(demo_path), "--project", CODE, "--out", str(out)).returncode == 0
    return out


def test_round_trip_brings_the_change_and_only_the_change(demo_path: Path, tmp_path: Path) -> None:
    out = exported(demo_path, tmp_path)
    book = load_workbook(out)
    sheet = book["Begroting"]
    row = next(r for r in range(2, sheet.max_row) if sheet.cell(r, 2).value == "Communicatie")
    line_id = sheet.cell(row, 15).value
    sheet.cell(row, 3).value = "Posters en flyers"  # a changed description
    sheet.cell(row, 9).value = 4321.5  # and amount
    bookings = book["Uitgaven"]
    assert any(
        bookings.cell(r, 7).value for r in range(2, bookings.max_row + 1)
    )  # listed, with ids
    bookings.insert_rows(2)  # a new expense on the same line, typed above the listed ones
    for column, value in enumerate(
        [line_id, None, "uitgave", "01-10-2024", 75, "Drukker"], start=1
    ):
        bookings.cell(2, column).value = value
    book.save(out)
    before = snapshot(demo_path)
    dry = run("import", str(demo_path), "--from", str(out), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert (
        f"Begroting!O{row}: begrotingsregel gewijzigd" in dry.stdout
        and "Posters en flyers" in dry.stdout
    )
    assert "Uitgaven!E2: uitgave € 75,00 op 01-10-2024" in dry.stdout
    assert snapshot(demo_path) == before  # a dry run changes nothing
    done = run("import", str(demo_path), "--from", str(out))
    assert done.returncode == 0, done.stderr
    after = snapshot(demo_path)
    changed = [line for line in after["lines"] if line not in before["lines"]]
    assert changed == [
        (
            line_id,
            *next(x[1:2] for x in before["lines"] if x[0] == line_id),
            "Posters en flyers",
            432150,
            next(x[4] for x in before["lines"] if x[0] == line_id),
        )
    ]
    assert len(after["lines"]) == len(before["lines"])
    assert len(after["expenses"]) == len(before["expenses"]) + 1  # the new one, and only that
    assert set(before["expenses"]) < set(after["expenses"])
    assert after["measurements"] == before["measurements"]
    again = run("import", str(demo_path), "--from", str(out))
    assert "Er is niets te importeren." in again.stdout  # importing twice changes nothing more
    assert "Uitgaven!E2: staat er al; niet nog eens toegevoegd" in again.stdout
    assert snapshot(demo_path) == after
    database = open_database(demo_path, read_only=True)
    with database.session() as session:
        said = session.exec(select(ChangeRecord).where(ChangeRecord.entity == "budget_line")).all()
    database.close()
    assert any(r.new_value == "Posters en flyers" for r in said)  # in the project's history


def test_the_template_adds_lines_expenses_and_measurements_in_one_go(
    demo_path: Path, tmp_path: Path
) -> None:
    template = tmp_path / "sjabloon.xlsx"
    assert run("template", "--out", str(template)).returncode == 0
    book = load_workbook(template)
    assert book.sheetnames == ["Toelichting", "Projectplan", "Begroting", "Uitgaven", "Metingen"]
    assert "Regel-id leeg" in book["Toelichting"]["B4"].value  # what may stay empty
    rules = book["Begroting"].data_validations.dataValidation
    assert any("Personeel/uren" in (r.formula1 or "") for r in rules)
    book["Projectplan"]["B1"] = CODE
    book["Begroting"].append(
        [2025, "Materiaal", "Prentenboeken", "Eigen bijdrage", None, "nee", 850]
    )
    book["Uitgaven"].append(
        [None, "BoekStartkoffers en prentenboeken", "uitgave", "15-03-2024", "199,95", "Boekhandel"]
    )
    book["Metingen"].append(["Voorleesbijeenkomsten voor ouders", "01-09-2025", "Tussenmeting", 7])
    book.save(template)
    before = snapshot(demo_path)
    refused = run("import", str(demo_path), "--from", str(template))
    # € 199,95 more on SGIA-2023-04's 2024 money (€ 11.811,81 of € 12.000 spent): overschrijding
    assert refused.returncode == 2 and "--accept-warnings" in refused.stderr
    assert "boven het toegekende bedrag van € 12.000,00" in refused.stdout
    done = run("import", str(demo_path), "--from", str(template), "--accept-warnings")
    assert done.returncode == 0, done.stderr
    after = snapshot(demo_path)
    assert len(after["lines"]) == len(before["lines"]) + 1
    assert len(after["expenses"]) == len(before["expenses"]) + 1
    assert len(after["measurements"]) == len(before["measurements"]) + 1
    assert any(line[2:4] == ("Prentenboeken", 85000) for line in after["lines"])
    assert Decimal(7) in {m[1] for m in after["measurements"]}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_commitment_row_imports_with_its_words(
    demo_path: Path, tmp_path: Path, language: str
) -> None:
    """Soort = verplichting, which the template's own pick list offers, crashed the import."""
    template = tmp_path / "sjabloon.xlsx"
    assert run("template", "--out", str(template)).returncode == 0
    book = load_workbook(template)
    book["Projectplan"]["B1"] = CODE
    book["Uitgaven"].append(
        [
            None,
            "BoekStartkoffers en prentenboeken",
            "verplichting",
            "15-03-2024",
            "250,00",
            "Offerte",
        ]
    )
    book.save(template)
    dry = run("import", str(demo_path), "--from", str(template), "--dry-run", lang=language)
    assert dry.returncode == 0 and "Traceback" not in dry.stderr, dry.stderr
    said = {"nl": "verplichting € 250,00 op 15-03-2024", "en": "commitment €250.00 on 2024-03-15"}
    assert said[language] in dry.stdout, dry.stdout


def test_a_malformed_sheet_is_named_cell_by_cell_and_nothing_is_written(
    demo_path: Path, tmp_path: Path
) -> None:
    template = tmp_path / "fout.xlsx"
    assert run("template", "--out", str(template)).returncode == 0
    book = load_workbook(template)
    book["Projectplan"]["B1"] = CODE
    book["Begroting"].append([2025, "Materiaal", "Goed", "Eigen bijdrage", None, None, 100])
    book["Begroting"].append([2025, "Snoep", "Fout", "Eigen bijdrage", None, None, "12,5k"])
    book["Metingen"].append(
        ["Voorleesbijeenkomsten voor ouders", "31-02-2025", "Tussenmeting", "13,2"]
    )
    book.save(template)
    before = snapshot(demo_path)
    result = run("import", str(demo_path), "--from", str(template))
    assert result.returncode == 2
    assert "Begroting!B3: 'Snoep' is geen bekende keuze" in result.stderr
    assert "Metingen!B2: '31-02-2025' is geen datum" in result.stderr
    assert "niets geïmporteerd" in result.stderr
    assert snapshot(demo_path) == before  # the good row did not arrive either: all or nothing


def _zip_bomb(path: Path) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", "0" * (300 * 1024 * 1024))


@pytest.mark.parametrize(("name", "make", "message"), [
    ("tekst.xlsx", lambda p: p.write_text("geen werkmap"), "geen Excel-werkmap"),
    ("macro.xlsm", lambda p: p.write_bytes(b"PK\x03\x04"), "macro's"),
    ("geheim.xlsx", lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 500), "wachtwoord"),
    ("bom.xlsx", _zip_bomb, "onredelijk grote"),
    ("plan.csv", lambda p: p.write_text("a;b"), "geen Excel-werkmap"),
])  # fmt: skip
def test_files_that_are_no_plain_workbook_are_refused_and_change_nothing(
    demo_path: Path, tmp_path: Path, name: str, make: object, message: str
) -> None:
    bad = tmp_path / name
    make(bad)  # type: ignore[operator]
    before = hashlib.sha256(demo_path.read_bytes()).hexdigest()
    result = run("import", str(demo_path), "--from", str(bad))
    assert result.returncode == 2 and message in result.stderr and "Traceback" not in result.stderr
    assert hashlib.sha256(demo_path.read_bytes()).hexdigest() == before


def test_the_template_explains_itself_in_english_and_comes_filled_in(tmp_path: Path) -> None:
    template = tmp_path / "template.xlsx"
    made = run("template", "--out", str(template), "--project", "sgia-2024-02", lang="en")
    assert made.returncode == 0, made.stderr
    book = load_workbook(template)
    assert book.sheetnames[0] == "Instructions"
    texts = " ".join(
        str(c.value) for row in book["Instructions"].iter_rows() for c in row if c.value
    )
    assert "cell B1" in texts and "year of the date" in texts and "Ctrl+Z" in texts
    assert book["Project plan"]["B1"].value == "SGIA-2024-02"
