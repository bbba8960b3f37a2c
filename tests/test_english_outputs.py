"""English is English (issue 23.10): with the English interface, the workbooks' sheet names and
total rows are English, and an English workbook imports as a Dutch one does."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from openpyxl import load_workbook

from tests.test_cli import run

CODE = "SGIA-2023-04"


def test_an_english_project_plan_has_english_sheets_and_totals_and_imports_back(
    demo_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "project-plan.xlsx"
    done = run("export", str(demo_path), "--project", CODE, "--out", str(out), lang="en")
    assert done.returncode == 0, done.stderr
    book = load_workbook(out)
    assert (
        book.sheetnames[:3] == ["Project plan", "Budget", "Expenses"] and "Info" in book.sheetnames
    )
    dutch = {"Begroting", "Uitgaven", "Financiering", "Veranderketen", "Effectmeting", "Metingen",
             "Besluiten", "Projectplan"}  # fmt: skip
    assert not dutch & set(book.sheetnames)
    budget = book["Budget"]
    labels = {budget.cell(r, 1).value for r in range(1, budget.max_row + 1)}
    assert "Total" in labels and "Totaal" not in labels
    row = next(r for r in range(2, budget.max_row) if budget.cell(r, 2).value == "Communication")
    budget.cell(row, 3).value = "Posters and flyers"
    book.save(out)
    imported = run("import", str(demo_path), "--from", str(out), "--accept-warnings", lang="en")
    assert imported.returncode == 0, imported.stderr + imported.stdout
    connection = sqlite3.connect(demo_path)
    found = connection.execute(
        "SELECT count(*) FROM budget_line WHERE description = 'Posters and flyers'"
    ).fetchone()[0]
    connection.close()
    assert found == 1


def test_a_problem_in_an_english_workbook_names_its_own_sheet(
    demo_path: Path, tmp_path: Path
) -> None:
    template = tmp_path / "import-template.xlsx"
    assert run("template", "--out", str(template), "--project", CODE, lang="en").returncode == 0
    book = load_workbook(template)
    assert book.sheetnames == ["Instructions", "Project plan", "Budget", "Expenses", "Measurements"]
    book["Budget"].append(
        [2025, "Materials", "Picture books", "Own contribution", None, "no", "lots"]
    )
    book.save(template)
    refused = run("import", str(demo_path), "--from", str(template), lang="en")
    assert refused.returncode == 2
    said = refused.stderr + refused.stdout
    assert "Budget!G2" in said and "Begroting" not in said


def test_an_english_pack_has_english_sheets_and_totals(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "steering-pack-2024.xlsx"
    done = run("export", str(demo_path), "--year", "2024", "--out", str(out), lang="en")
    assert done.returncode == 0, done.stderr
    book = load_workbook(out)
    assert {"Overview", "Year plan", "Decisions", "Decision trail", "Indicators"} <= set(
        book.sheetnames
    )
    assert not {"Overzicht", "Jaarplanning", "Besluiten", "Indicatoren"} & set(book.sheetnames)
    overview = book["Overview"]
    words = {c.value for row in overview.iter_rows() for c in row if isinstance(c.value, str)}
    assert "Total" in words and "Totaal" not in words
