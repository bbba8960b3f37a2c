"""Import, round two: corrections instead of duplicates, look-alike bookings the user decides
about, merged cells, formulas with their stored result, an older file that a preview never
migrates, the hostile numbers on a real PostgreSQL server, and a real client's round trip
(LibreOffice re-saves a plan the user edited)."""

from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess
import tempfile
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from fieldlab_desk.domain import formats
from fieldlab_desk.domain.errors import ValidationError
from fieldlab_desk.exporting.template import template_workbook
from fieldlab_desk.exporting.xlsx_import import read_import
from fieldlab_desk.services.importing import SimilarChoice, apply_import, preview_import
from fieldlab_desk.services.portfolio import open_portfolio
from fieldlab_desk.storage.migrate import Migrations
from tests.test_cli import run
from tests.test_import_cells import CODE, LINE_2025, digest, expense, preview, workbook

OFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def export_plan(demo_path: Path, tmp_path: Path, code: str = CODE) -> Path:
    out = tmp_path / "plan.xlsx"
    done = run("export", str(demo_path), "--project", code, "--out", str(out))
    assert done.returncode == 0, done.stderr
    return out


def bookings(path: Path, table: str = "expense") -> dict[int, tuple[int, str, str]]:
    """Booking id → (cents, date, note), straight from the file."""
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(f"SELECT id, amount_cents, spent_on, note FROM {table}")
        return {r[0]: (r[1], str(r[2]), r[3]) for r in rows}
    finally:
        connection.close()


def first_expense_row(sheet: object) -> int:
    """The row of the plan's Uitgaven sheet holding its first expense (not a commitment)."""
    return next(r for r in range(2, sheet.max_row + 1)  # type: ignore[attr-defined]
                if sheet.cell(r, 3).value == "uitgave" and sheet.cell(r, 7).value)  # type: ignore[attr-defined]  # fmt: skip


def test_a_corrected_exported_booking_changes_that_booking_and_adds_none(
    demo_path: Path, tmp_path: Path
) -> None:
    plan = export_plan(demo_path, tmp_path)
    book = load_workbook(plan)
    sheet = book["Uitgaven"]
    row = first_expense_row(sheet)
    booking, cents = int(sheet.cell(row, 7).value), int(sheet.cell(row, 5).value * 100)
    sheet.cell(row, 5).value = (cents - 45) / 100  # 2150 → 2149,55: a typo corrected
    book.save(plan)
    before = bookings(demo_path)

    found = preview(demo_path, plan)
    assert not found.problems and not found.similar
    was, now = formats.money(cents), formats.money(cents - 45)
    assert found.changes == [
        f"Uitgaven!E{row}: uitgave {booking} op regel 'Coördinatie taalvrijwilligers' wordt "
        f"gewijzigd (bedrag: {was} → {now})"
    ]
    done = run("import", str(demo_path), "--from", str(plan))
    assert done.returncode == 0, done.stderr
    after = bookings(demo_path)
    assert len(after) == len(before)
    assert after[booking][0] == cents - 45
    assert {k: v for k, v in after.items() if k != booking} == {
        k: v for k, v in before.items() if k != booking
    }
    again = preview(demo_path, plan)
    assert not again.operations and not again.similar and not again.problems


def test_a_row_like_an_existing_booking_waits_for_add_or_update(
    demo_path: Path, tmp_path: Path
) -> None:
    existing = bookings(demo_path)
    with open_portfolio(demo_path, read_only=True) as portfolio, portfolio.session() as session:
        from fieldlab_desk.services.budget import bookings as line_bookings

        first = next(
            b for b in line_bookings(LINE_2025, session=session) if b.kind.value == "expense"
        )
    day = first.day.strftime("%d-%m-%Y")
    path = workbook(tmp_path, Uitgaven=[expense("2105,00", on=day, note=first.note)])
    found = preview(demo_path, path)
    assert not found.problems and found.ok and not found.operations
    assert len(found.similar) == 1
    assert "lijkt op een bestaande boeking" in found.similar[0].said
    assert f"({first.id}: " in found.similar[0].said

    untouched = digest(demo_path)
    refused = run("import", str(demo_path), "--from", str(path))
    assert refused.returncode != 0 and "kies toevoegen of bijwerken" in refused.stderr
    assert "Traceback" not in refused.stderr and digest(demo_path) == untouched
    dry = run("import", str(demo_path), "--from", str(path), "--dry-run")
    assert dry.returncode == 0 and "lijkt op een bestaande boeking" in dry.stdout
    assert digest(demo_path) == untouched

    done = run("import", str(demo_path), "--from", str(path), "--similar", "bijwerken")
    assert done.returncode == 0, done.stderr
    after = bookings(demo_path)
    assert len(after) == len(existing) and after[first.id][0] == 210500

    added = run("import", str(demo_path), "--from", str(path), "--similar", "toevoegen")
    assert added.returncode == 0, added.stderr
    assert "staat er al" in added.stdout  # now it is there exactly: nothing to choose
    assert len(bookings(demo_path)) == len(existing)


def test_adding_a_look_alike_keeps_the_booking_it_resembles(
    demo_path: Path, tmp_path: Path
) -> None:
    with open_portfolio(demo_path) as portfolio:
        with portfolio.session() as session:
            from fieldlab_desk.services.budget import bookings as line_bookings

            first = next(
                b for b in line_bookings(LINE_2025, session=session) if b.kind.value == "expense"
            )
        path = workbook(tmp_path, Uitgaven=[expense("12,00", on=first.day.strftime("%d-%m-%Y"))])
        found = portfolio.read(preview_import, read_import(path), "en")
        assert "looks like an existing booking" in found.similar[0].said
        with pytest.raises(ValidationError) as caught:
            portfolio.read(apply_import, "import", found)
        assert (
            caught.value.message("en")
            == "1 row(s) look like an existing booking: choose add or update"
        )
        before = len(bookings(demo_path))
        portfolio.apply(portfolio.read(apply_import, "import", found, similar=SimilarChoice.ADD))
    after = bookings(demo_path)
    assert len(after) == before + 1 and after[first.id][0] == first.cents


def test_booking_ids_of_another_project_of_none_or_twice_are_problems(
    demo_path: Path, tmp_path: Path
) -> None:
    plan = export_plan(demo_path, tmp_path)
    (tmp_path / "other").mkdir()
    other = export_plan(demo_path, tmp_path / "other", "SGIA-2023-01")
    foreign = load_workbook(other)["Uitgaven"]
    foreign_id = int(foreign.cell(first_expense_row(foreign), 7).value)
    book = load_workbook(plan)
    sheet = book["Uitgaven"]
    row = first_expense_row(sheet)
    values = [sheet.cell(row, c).value for c in range(1, 8)]
    for booking in (foreign_id, 999_999, values[6]):
        sheet.append([*values[:6], booking])
    book.save(plan)
    problems = preview(demo_path, plan).problems
    assert any(
        f"boeking {foreign_id} hoort bij SGIA-2023-01, niet bij {CODE}" in p for p in problems
    )
    assert any("boeking 999999 bestaat niet" in p for p in problems)
    assert any(f"boeking-id {values[6]} staat al in rij {row}" in p for p in problems)
    assert all(re.match(r"Uitgaven!G\d+: ", p) for p in problems)


def test_a_merged_year_cell_applies_to_every_row_it_covers(demo_path: Path, tmp_path: Path) -> None:
    book = template_workbook("nl", CODE)
    lines = book["Begroting"]
    lines.append([2026, "Personeel", "Evaluatie door hogeschool", "SGIA", None, None, 4000])
    lines.append([None, "Personeel", "Evaluatie door bibliotheek", "SGIA", None, None, 2500])
    lines.merge_cells("A2:A3")
    path = tmp_path / "merged.xlsx"
    book.save(path)
    found = preview(demo_path, path)
    assert not found.problems, found.problems
    assert len(found.operations) == 2
    assert all("'None' is not a year" not in c for c in found.changes)


def with_formula(path: Path, cell: str, formula: str, stored: str | None) -> Path:
    """``path`` with ``cell`` of Uitgaven turned into a formula (and its stored result)."""
    target = path.with_name(f"formula-{cell}.xlsx")
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = "xl/worksheets/sheet4.xml"  # Toelichting, Projectplan, Begroting, Uitgaven, …
    xml = parts[sheet].decode()
    value = f"<v>{stored}</v>" if stored is not None else ""
    xml, count = re.subn(rf'<c r="{cell}"([^>]*?)(?: t="n")?>.*?</c>',
                         rf'<c r="{cell}"\1><f>{formula}</f>{value}</c>', xml)  # fmt: skip
    assert count == 1
    parts[sheet] = xml.encode()
    with zipfile.ZipFile(target, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return target


def test_a_formula_imports_its_stored_result_and_the_preview_says_so(
    demo_path: Path, tmp_path: Path
) -> None:
    path = workbook(tmp_path, Uitgaven=[expense(100)])
    stored = preview(demo_path, with_formula(path, "E2", "40+60.25", "100.25"))
    assert not stored.problems
    assert stored.notes == [
        "Uitgaven!E2: formule; de opgeslagen uitkomst 100,25 wordt geïmporteerd"
    ]
    assert any("€ 100,25" in c for c in stored.changes)
    never = preview(demo_path, with_formula(path, "E2", "40+60", None))
    assert never.problems == [
        "Uitgaven!E2: formule zonder opgeslagen uitkomst; open en bewaar het bestand in Excel of "
        "LibreOffice, of typ de waarde zelf in"
    ]


def downgraded(path: Path) -> None:
    """The file as the release before the last migration wrote it."""
    from sqlalchemy import create_engine

    from fieldlab_desk.storage.migrate import alembic_config

    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        from alembic import command

        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        command.downgrade(alembic_config(connection), "0006")
    engine.dispose()


def test_a_dry_run_or_refused_import_never_migrates_an_older_file(
    demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    downgraded(demo_path)
    untouched = digest(demo_path)
    good = workbook(tmp_path, Uitgaven=[expense("12,00")])
    dry = run("import", str(demo_path), "--from", str(good), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "uitgave € 12,00" in dry.stdout
    bad = tmp_path / "bad"
    bad.mkdir()
    refused = run(
        "import", str(demo_path), "--from", str(workbook(bad, Uitgaven=[expense("12,5k")]))
    )
    assert refused.returncode != 0 and "'12,5k' is geen bedrag" in refused.stderr
    assert digest(demo_path) == untouched
    assert not list(demo_path.parent.glob("*.backup-*"))

    copies = tmp_path / "temporary"  # where the migrated copy of a preview goes, and goes away
    copies.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(copies))
    with open_portfolio(demo_path, read_only=True, through_copy=True) as portfolio:
        assert portfolio.read(preview_import, read_import(good), "nl").operations
        assert len(list(copies.iterdir())) == 1
    assert not list(copies.iterdir()) and digest(demo_path) == untouched

    done = run("import", str(demo_path), "--from", str(good))
    assert done.returncode == 0, done.stderr
    assert len(list(demo_path.parent.glob("drenthe.backup-*.fieldlab"))) == 1  # migrated now
    with open_portfolio(demo_path, read_only=True) as portfolio:
        assert portfolio.facts.revision == Migrations().head()


def test_a_refusal_by_the_database_is_a_plain_message(demo_path: Path) -> None:
    """A value past the database's own limit (had it got past the import) is said, not dumped."""
    from fieldlab_desk.domain.errors import FieldLabError
    from fieldlab_desk.services.edits import Edit, InsertRows, _values

    with open_portfolio(demo_path) as portfolio:
        edit = Edit("x", (InsertRows(("expense", _values({
            "budget_line_id": 999_999_999, "spent_on": None, "amount_cents": 1, "note": ""}))),))  # fmt: skip
        with pytest.raises(FieldLabError) as caught:
            portfolio.apply(edit)
    said = caught.value.message("nl")
    assert said.startswith("De database weigerde de wijziging; er is niets opgeslagen.")
    assert "INSERT" not in said and "parameters" not in said


@pytest.mark.postgres
def test_hostile_numbers_and_texts_are_problems_on_a_real_postgresql_server(
    demo_path: Path, tmp_path: Path, postgres_url: str
) -> None:
    from fieldlab_desk.domain.errors import FieldLabError
    from fieldlab_desk.services.edits import Edit, InsertRows, _values

    assert run("copy", str(demo_path), postgres_url).returncode == 0
    path = workbook(tmp_path, Uitgaven=[expense(1e300), expense(1e17), expense(float("inf")),
                                        expense("12,345"), expense(7, note="x" * 3000)])  # fmt: skip
    with open_portfolio(postgres_url) as portfolio:
        found = portfolio.read(preview_import, read_import(path), "nl")
        assert len(found.problems) == 5 and not found.operations
        assert all(p.startswith("Uitgaven!") for p in found.problems)
        too_long = Edit("x", (InsertRows(("budget_line", _values({
            "project_id": 1, "year": 2026, "category": "personeel", "description": "x" * 400,
            "funding_source": "sgia", "in_kind": False, "planned_cents": 1, "rate_frozen": False,
            "sort_order": 99}))),))  # fmt: skip
        with pytest.raises(FieldLabError) as caught:
            portfolio.apply(too_long)
    assert caught.value.message("en").startswith("The database refused the change")
    done = run("import", postgres_url, "--from", str(path))
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert "geen bedrag dat een begroting kan bevatten" in done.stderr


@pytest.mark.skipif(
    OFFICE is None, reason="LibreOffice is not installed (./dev test installs it as root)"
)
def test_a_plan_edited_and_resaved_by_libreoffice_imports_exactly_the_edits(
    demo_path: Path, tmp_path: Path
) -> None:
    """Export, edit as a user would (an amount, a new expense, a typo fixed), let a real client
    re-save it: the import shows exactly those changes, and a second import adds nothing."""
    plan = export_plan(demo_path, tmp_path)
    book = load_workbook(plan)
    lines, spent = book["Begroting"], book["Uitgaven"]
    line_row = next(r for r in range(2, lines.max_row + 1) if lines.cell(r, 15).value == LINE_2025)
    old_description = lines.cell(line_row, 3).value
    lines.cell(line_row, 3).value = old_description + " (hogeschool)"
    row = first_expense_row(spent)
    booking = int(spent.cell(row, 7).value)
    spent.cell(row, 5).value = float(spent.cell(row, 5).value) + 1
    spent.append([LINE_2025, None, "uitgave", "15-10-2025", 321.5, "Zaalhuur", None])
    book.save(plan)
    edited = tmp_path / "edited"
    converted = subprocess.run(
        [str(OFFICE), f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--headless",
         "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(edited), str(plan)],
        capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip
    assert converted.returncode == 0, converted.stderr
    resaved = edited / "plan.xlsx"
    assert b"LibreOffice" in zipfile.ZipFile(resaved).read("docProps/app.xml")

    found = preview(demo_path, resaved)
    assert not found.problems and not found.similar and not found.warnings, found
    assert len(found.changes) == 3, found.changes
    assert any(
        f"'{old_description}' → '{old_description} (hogeschool)'" in c for c in found.changes
    )
    assert any(f"uitgave {booking} " in c and "wordt gewijzigd" in c for c in found.changes)
    assert any("uitgave € 321,50 op 15-10-2025" in c for c in found.changes)
    ours = preview(demo_path, plan)
    assert ours.changes == found.changes  # a file another program wrote reads as our own

    done = run("import", str(demo_path), "--from", str(resaved))
    assert done.returncode == 0, done.stderr
    again = preview(demo_path, resaved)
    assert not again.operations and not again.similar and not again.problems
