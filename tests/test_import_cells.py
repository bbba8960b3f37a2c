"""Every cell of an import is judged and nothing crashes: hostile numbers, three decimals,
over-long or control-character text, a wrong project code with a suggestion, all problems in one
round, bookings matched to the line of their date's year, other projects' ids refused, and the
file's bytes unchanged after every refusal."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest

from fieldlab_desk.exporting.template import template_workbook
from fieldlab_desk.exporting.xlsx_import import read_import
from fieldlab_desk.services.importing import (
    PROBLEMS_SHOWN,
    ImportFile,
    ImportPreview,
    SheetRow,
    preview_import,
)
from fieldlab_desk.services.portfolio import open_portfolio
from tests.test_cli import run

CODE = "SGIA-2024-02"
LINE_2025 = 80  # SGIA-2024-02's 2025 line "Coördinatie taalvrijwilligers" (also in 2024: 75)
OTHER_PROJECTS_LINE = 1  # a line of SGIA-2023-01


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def workbook(tmp_path: Path, code: str = CODE, **sheets: list[list[object]]) -> Path:
    book = template_workbook("nl")
    book["Projectplan"]["B1"] = code
    for name, rows in sheets.items():
        for row in rows:
            book[name].append(row)
    path = tmp_path / "in.xlsx"
    book.save(path)
    return path


def preview(demo_path: Path, path: Path, language: str = "nl") -> ImportPreview:
    with open_portfolio(demo_path, read_only=True) as portfolio:
        return portfolio.read(preview_import, read_import(path), language)


def expense(amount: object, on: object = "01-10-2025", line: object = LINE_2025,
            description: object = None, note: object = "") -> list[object]:  # fmt: skip
    return [line, description, "uitgave", on, amount, note]


@pytest.mark.parametrize(
    ("amount", "said"),
    [(1e300, "geen bedrag dat een begroting kan bevatten"), (1e15, "geen bedrag dat een begroting"),
     ("1.000.000.000,00", "geen bedrag dat een begroting"), (12.345, "meer dan twee cijfers"),
     ("12,345", "meer dan twee cijfers"), ("12,5k", "'12,5k' is geen bedrag"), (float("inf"), "geen bedrag")],
)  # fmt: skip
def test_hostile_amounts_are_problems_at_their_cell(
    demo_path: Path, tmp_path: Path, amount: object, said: str
) -> None:
    found = preview(demo_path, workbook(tmp_path, Uitgaven=[expense(amount)]))
    assert len(found.problems) == 1 and not found.ok
    assert found.problems[0].startswith("Uitgaven!E2: ") and said in found.problems[0]


def test_nan_and_infinity_in_the_files_xml_are_problems_not_crashes(
    demo_path: Path, tmp_path: Path
) -> None:
    path = workbook(tmp_path, Uitgaven=[expense(12345), expense(7)])
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = next(n for n in parts if n.startswith("xl/worksheets/") and b"12345" in parts[n])
    for value in (b"NaN", b"1e999"):
        hostile = tmp_path / f"hostile-{value.decode()}.xlsx"
        with zipfile.ZipFile(hostile, "w") as archive:
            for name, data in parts.items():
                if name == sheet:
                    data = data.replace(b"<v>12345</v>", b"<v>" + value + b"</v>")
                archive.writestr(name, data.replace(b"FieldLab Desk", b"a hostile tool"))
        before = digest(demo_path)
        found = preview(demo_path, hostile)
        assert found.problems and not found.ok, value
        assert found.problems[0].startswith("Uitgaven!"), found.problems
        done = run("import", str(demo_path), "--from", str(hostile))
        assert done.returncode != 0 and "Traceback" not in done.stderr, done.stderr
        assert digest(demo_path) == before


def test_text_beyond_the_forms_limits_or_with_control_characters_is_refused(
    demo_path: Path, tmp_path: Path
) -> None:
    path = workbook(tmp_path, Begroting=[[2025, "Materiaal", "x" * 301, "Eigen bijdrage", None, "nee", 10]],
                    Uitgaven=[expense(10, note="y" * 2001)])  # fmt: skip
    read = read_import(path)
    # a control character cannot pass through a workbook's XML; another reader could hand one on
    bell = SheetRow("Uitgaven", 3, {**read.rows["Uitgaven"][0].values, "notitie": "bel\x07"},
                    read.rows["Uitgaven"][0].columns)  # fmt: skip
    rows = {**read.rows, "Uitgaven": [*read.rows["Uitgaven"], bell]}
    with open_portfolio(demo_path, read_only=True) as portfolio:
        found = portfolio.read(preview_import, ImportFile(read.project_code, rows), "nl")
    said = "\n".join(found.problems)
    assert "Begroting!C2: de tekst is 301 tekens lang; hier passen er 300" in said
    assert "Uitgaven!F2: de tekst is 2001 tekens lang; hier passen er 2000" in said
    assert "Uitgaven!F3: de tekst bevat onzichtbare stuurtekens" in said


def test_a_wrong_code_gets_a_suggestion_and_every_other_problem_shows_in_the_same_round(
    demo_path: Path, tmp_path: Path
) -> None:
    path = workbook(tmp_path, "SGIA-2024-2", Begroting=[[2025, "Materaal", "Boeken", "Eigen bijdrage", None, "nee", 10]],
                    Uitgaven=[expense("12,5k")])  # fmt: skip
    found = preview(demo_path, path)
    assert found.problems[0] == (
        "Projectplan!B1: er is geen project met de code 'SGIA-2024-2'. Bedoelt u 'SGIA-2024-02'?"
    )
    assert "Begroting!B2: 'Materaal' is onbekend. Bedoelt u 'Materiaal'?" in found.problems
    assert "Uitgaven!E2: '12,5k' is geen bedrag" in found.problems
    english = preview(demo_path, path, "en")
    assert "Did you mean 'SGIA-2024-02'?" in english.problems[0]


def test_problems_are_listed_by_sheet_and_row_and_capped(demo_path: Path, tmp_path: Path) -> None:
    rows = [expense(f"bad{n}") for n in range(PROBLEMS_SHOWN + 40)]
    path = workbook(
        tmp_path,
        Uitgaven=rows,
        Begroting=[[1850, "Materiaal", "Oud", "Eigen bijdrage", None, "nee", 1]],
    )
    found = preview(demo_path, path)
    assert len(found.problems) == PROBLEMS_SHOWN + 1
    assert found.problems[0].startswith("Begroting!A2")  # Begroting before Uitgaven
    assert found.problems[1].startswith("Uitgaven!E2") and found.problems[2].startswith(
        "Uitgaven!E3"
    )
    assert found.problems[-1] == "… en nog 41 problemen (verbeter eerst deze)"


def test_a_booking_goes_to_the_line_of_its_dates_year_and_the_preview_says_which(
    demo_path: Path, tmp_path: Path
) -> None:
    path = workbook(tmp_path, Uitgaven=[
        [None, "Coördinatie taalvrijwilligers", "uitgave", "20-12-2024", "150,00", ""],
        [None, "Coördinatie taalvrijwilligers", "verplichting", "02-01-2025", "75,00", ""],
        [None, "Coördinatie taalvrijwilligers", "uitgave", "02-01-2026", "75,00", ""],
    ])  # fmt: skip
    found = preview(demo_path, path)
    assert found.changes[0] == (
        "Uitgaven!E2: uitgave € 150,00 op 20-12-2024, op regel 'Coördinatie taalvrijwilligers' "
        "(2024, SGIA/provincie)"
    )
    assert "op regel 'Coördinatie taalvrijwilligers' (2025, SGIA/provincie)" in found.changes[1]
    assert found.problems == [
        "Uitgaven!B4: geen begrotingsregel 'Coördinatie taalvrijwilligers' in 2026 (de datum); "
        "wel in: 2024, 2025"
    ]


def test_ids_of_another_project_or_of_nothing_and_twice_the_same_id_are_problems(
    demo_path: Path, tmp_path: Path
) -> None:
    path = workbook(
        tmp_path,
        Begroting=[[2025, "Materiaal", "Boeken", "SGIA/provincie", None, "nee", 10, OTHER_PROJECTS_LINE],
                   [2025, "Materiaal", "A", "SGIA/provincie", None, "nee", 10, LINE_2025],
                   [2025, "Materiaal", "B", "SGIA/provincie", None, "nee", 20, LINE_2025]],
        Uitgaven=[expense(10, line=999_999)],
    )  # fmt: skip
    found = preview(demo_path, path)
    said = "\n".join(found.problems)
    assert (
        f"Begroting!H2: regel {OTHER_PROJECTS_LINE} hoort bij SGIA-2023-01, niet bij {CODE}" in said
    )
    assert f"Begroting!H4: regel-id {LINE_2025} staat al in rij 3; elke regel maar één keer" in said
    assert "Uitgaven!A2: er is geen begrotingsregel 999999" in said
    before = digest(demo_path)
    done = run("import", str(demo_path), "--from", str(path))
    assert done.returncode != 0 and digest(demo_path) == before


def test_more_rows_than_an_import_takes_are_refused_with_one_message(
    demo_path: Path, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    from fieldlab_desk.domain.errors import BadFile
    from fieldlab_desk.exporting.xlsx_import import MAX_ROWS

    book = Workbook(write_only=True)
    plan = book.create_sheet("Projectplan")
    plan.append(["Projectcode", CODE])
    sheet = book.create_sheet("Uitgaven")
    sheet.append(["Regel-id", "Omschrijving", "Soort", "Datum", "Bedrag", "Notitie"])
    for _ in range(MAX_ROWS + 1):
        sheet.append([LINE_2025, None, "uitgave", "01-10-2025", 1, ""])
    path = tmp_path / "huge.xlsx"
    book.save(path)
    with pytest.raises(BadFile) as refused:
        read_import(path)
    assert refused.value.code == "import.too_many_rows"
    assert "meer dan 100.000 rijen" in refused.value.message("nl")
    before = digest(demo_path)
    done = run("import", str(demo_path), "--from", str(path), "--dry-run")
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and digest(demo_path) == before


def test_implausible_bookings_are_warnings_that_need_accepting(
    demo_path: Path, tmp_path: Path
) -> None:
    # € 12.500 on the € 9.000 line "Lesmateriaal en oefenboeken" of 2025: far over its plan, and it
    # takes the year's SGIA money beyond the € 30.000 grant
    path = workbook(
        tmp_path, Uitgaven=[[81, None, "uitgave", "01-11-2025", "12.500,00", "Laptops"]]
    )
    found = preview(demo_path, path)
    assert found.ok and found.problems == []
    assert found.warnings == [
        "Uitgaven!E2: hiermee komt de regel ver boven zijn begroting (meer dan anderhalf keer).",
        "Uitgaven!E2: hiermee gaat het SGIA-geld van 2025 € 3.193,60 boven het toegekende bedrag "
        "van € 30.000,00 (overschrijding)",
    ]
    before = digest(demo_path)
    dry = run("import", str(demo_path), "--from", str(path), "--dry-run")
    assert dry.returncode == 0 and "Waarschuwingen:" in dry.stdout and digest(demo_path) == before
    refused = run("import", str(demo_path), "--from", str(path))
    assert refused.returncode == 2 and "--accept-warnings" in refused.stderr
    assert digest(demo_path) == before
    done = run("import", str(demo_path), "--from", str(path), "--accept-warnings")
    assert done.returncode == 0, done.stderr
    assert "staat er al" in preview(demo_path, path).changes[0]  # imported once, not twice


def test_a_booking_above_the_years_norm_is_a_warning(demo_path: Path, tmp_path: Path) -> None:
    path = workbook(tmp_path, Uitgaven=[expense("260.000,00")])
    found = preview(demo_path, path)
    assert "Uitgaven!E2: dit bedrag is groter dan de hele norm van het jaar." in found.warnings
