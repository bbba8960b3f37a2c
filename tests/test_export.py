"""The project plan workbook as a user gets it from `fieldlab-desk export`, read back with
openpyxl: real numbers and dates in Dutch formats, Excel tables with live totals, print set-up,
an Info sheet — and no user text ever turned into a formula."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlmodel import select

from fieldlab_desk.domain.enums import CostCategory, FundingSource
from fieldlab_desk.domain.models import BudgetLine, Project
from fieldlab_desk.exporting.xlsx import EURO
from fieldlab_desk.services.budget import budget_lines
from fieldlab_desk.storage import head_revision, open_database
from tests.test_cli import run

HOSTILE = ["=HYPERLINK(\"http://evil.example\",\"klik\")", "+cmd|' /C calc'!A0", "-2+3",
           "@SUM(1,2)", "\tTab vooraan", "\rRegel terug", "=1+1"]  # fmt: skip


def export(path: Path, tmp_path: Path, *extra: str, code: str = "SGIA-2023-04") -> Path:
    out = tmp_path / "plan.xlsx"
    made = run("export", str(path), "--project", code, "--out", str(out), *extra)
    assert made.returncode == 0, made.stderr
    assert made.stderr == ""  # piped: no progress line
    return out


def test_the_project_plan_has_every_sheet_with_real_numbers_dates_and_live_totals(
    demo_path: Path, tmp_path: Path
) -> None:
    book = load_workbook(export(demo_path, tmp_path))
    assert book.sheetnames == ["Projectplan", "Begroting", "Uitgaven", "Financiering", "Veranderketen",
                               "Effectmeting", "Metingen", "Besluiten", "Info"]  # fmt: skip
    assert book.calculation.fullCalcOnLoad
    sheet = book["Begroting"]
    assert [c.value for c in sheet[1]][:3] == ["Jaar", "Kostensoort", "Omschrijving"]
    assert sheet.freeze_panes == "A2" and "Begroting" in sheet.tables
    assert all(c.font.bold for c in sheet[1])
    assert sheet.page_setup.orientation == "landscape" and sheet.print_title_rows == "$1:$1"
    assert sheet.page_setup.fitToWidth == 1 and "&P" in sheet.oddFooter.right.text
    database = open_database(demo_path, read_only=True)
    with database.session() as session:
        project = session.exec(select(Project).where(Project.code == "SGIA-2023-04")).one()
        lines = budget_lines(project.id or 0, session=session)
    database.close()
    assert [c.value for c in sheet[1]][6:9] == ["Uren", "Uurtarief", "Begroot"]  # hours × rate
    planned = [sheet.cell(r, 9) for r in range(2, 2 + len(lines))]
    assert [Decimal(str(c.value)) for c in planned] == [
        Decimal(line.figures.planned_cents) / 100 for line in lines
    ]
    assert all(c.number_format == EURO for c in planned)
    total = sheet.cell(2 + len(lines), 9)
    assert total.value == f"=SUBTOTAL(109,I2:I{1 + len(lines)})"
    assert all(sheet.cell(r, 1).number_format == "0" for r in range(2, 2 + len(lines)))  # no 2.026
    decisions = book["Besluiten"]
    assert (
        isinstance(decisions["A2"].value, dt.datetime)
        and decisions["A2"].number_format == "DD-MM-YYYY"
    )
    assert len(book["Veranderketen"]._images) == 1 and len(book["Effectmeting"]._images) >= 2
    info = {row[0].value: row[1].value for row in book["Info"].iter_rows(max_col=2) if row[0].value}
    assert (
        info["Schemaversie"] == head_revision() and info["Bestand"] == demo_path.name
    )  # no local path


def test_values_only_writes_the_totals_as_numbers(demo_path: Path, tmp_path: Path) -> None:
    book = load_workbook(export(demo_path, tmp_path, "--values-only"))
    sheet = book["Begroting"]
    totals = next(row for row in sheet.iter_rows() if row[0].value == "Totaal")
    planned = [sheet.cell(r, 9).value for r in range(2, totals[0].row)]
    assert totals[8].data_type == "n" and Decimal(str(totals[8].value)) == sum(
        Decimal(str(v)) for v in planned
    )
    assert not book.calculation.fullCalcOnLoad


def test_hostile_texts_stay_text_and_never_become_formulas(demo_path: Path, tmp_path: Path) -> None:
    database = open_database(demo_path)
    with database.transaction() as session:
        project = session.exec(select(Project).where(Project.code == "SGIA-2023-04")).one()
        project.title, project.summary, project.result_text = HOSTILE[0], HOSTILE[1], HOSTILE[2]
        session.add(project)
        for number, text in enumerate(HOSTILE):
            session.add(BudgetLine(project_id=project.id or 0, year=2024, category=CostCategory.OVERIG,
                                   description=text, funding_source=FundingSource.EIGEN,
                                   amount_cents=100 + number, planned_cents=100 + number))  # fmt: skip
    database.close()
    book = load_workbook(export(demo_path, tmp_path))
    found = {}
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                # XML keeps a carriage return as a line feed: the text is the same to a reader
                text = cell.value.replace("\n", "\r", 1) if isinstance(cell.value, str) else None
                for candidate in (cell.value, text):
                    if isinstance(candidate, str) and candidate in HOSTILE:
                        found.setdefault(candidate, []).append(cell)
                if cell.data_type == "f":  # the only formulas are our totals
                    assert str(cell.value).startswith("=SUBTOTAL(109,"), (
                        sheet.title,
                        cell.coordinate,
                    )
    assert set(found) == set(HOSTILE)
    assert all(c.data_type == "s" and c.quotePrefix for cells in found.values() for c in cells)


@pytest.mark.parametrize(("arguments", "message"), [
    (["--project", "SGIA-2023-04", "--out", "plan.csv"], ".xlsx"),
    (["--project", "NOPE", "--out", "plan.xlsx"], "NOPE"),
])  # fmt: skip
def test_bad_export_requests_are_refused_plainly(
    demo_path: Path, tmp_path: Path, arguments: list[str], message: str
) -> None:
    result = run("export", str(demo_path), *arguments, cwd=tmp_path)
    assert result.returncode == 2 and message in result.stderr and "Traceback" not in result.stderr
    assert not list(tmp_path.glob("plan.*"))


def test_the_steering_pack_has_the_norm_block_projects_chart_and_the_apps_totals(
    demo_path: Path, tmp_path: Path
) -> None:
    from fieldlab_desk.services.yearplan import year_plan

    out = tmp_path / "pack.xlsx"
    made = run("export", str(demo_path), "--year", "2024", "--out", str(out), "--per-project")
    assert made.returncode == 0, made.stderr
    archive = tmp_path / "archive.xlsx"
    assert run("export", str(demo_path), "--year", "2024", "--out", str(archive),
               "--values-only").returncode == 0  # fmt: skip
    database = open_database(demo_path, read_only=True)
    with database.session() as session:
        plan = year_plan(2024, session=session)
    database.close()
    book = load_workbook(out)
    assert book.sheetnames[0] == "Overzicht" and book.sheetnames[-1] == "Info"
    assert {"Jaarplanning", "Besluiten", "Indicatoren"} <= set(book.sheetnames)
    assert {p.code for p in plan.projects} <= set(book.sheetnames)  # a sheet per project
    overview = book["Overzicht"]
    block = {overview.cell(r, 1).value: overview.cell(r, 2).value for r in range(3, 12)}
    assert Decimal(str(block["Norm"])) * 100 == plan.norm_cents
    assert Decimal(str(block["Toegekend"])) * 100 == plan.awarded_cents
    assert Decimal(str(block["Overschrijding"])) * 100 == plan.overspend_cents
    assert Decimal(str(block["Vrij"])) * 100 == plan.free_cents
    assert overview.cell(3, 2).number_format == EURO
    per_project, against_norm = overview._charts  # toegekend per project; the year and its norm
    assert per_project.type == "bar" and against_norm.type == "col"
    norm_line = against_norm._charts[1]  # the line chart combined with the columns
    assert (
        norm_line.tagname == "lineChart"
        and norm_line.series[0].graphicalProperties.line.dashStyle == "dash"
    )
    header = next(r for r in range(1, 30) if overview.cell(r, 1).value == "Projectcode")
    codes = [overview.cell(r, 1).value for r in range(header + 1, header + 1 + len(plan.projects))]
    assert codes == [p.code for p in plan.projects]
    totals_row = header + 1 + len(plan.projects)
    assert overview.cell(totals_row, 6).value.startswith("=SUBTOTAL(109,F")
    archived = load_workbook(archive)["Overzicht"]
    assert Decimal(str(archived.cell(totals_row, 6).value)) * 100 == sum(
        p.awarded_cents for p in plan.projects
    )


def test_libreoffice_recalculates_the_packs_totals_to_the_apps_figures(
    demo_path: Path, tmp_path: Path
) -> None:
    """A real client opens the pack: its SUBTOTAL formulas give the app's totals to the cent."""
    import csv
    import shutil
    import subprocess

    from fieldlab_desk.services.yearplan import year_plan

    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        pytest.skip("LibreOffice is not installed (./dev test installs it when run as root)")
    out = tmp_path / "pack.xlsx"
    assert run("export", str(demo_path), "--year", "2024", "--out", str(out)).returncode == 0
    converted = subprocess.run(
        [office, f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--headless",
         "--convert-to", "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false,false,-1",
         "--outdir", str(tmp_path), str(out)],
        capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip
    assert converted.returncode == 0, converted.stderr
    with (tmp_path / "pack-Overzicht.csv").open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    totals = next(row for row in rows if row and row[0] == "Totaal")
    database = open_database(demo_path, read_only=True)
    with database.session() as session:
        plan = year_plan(2024, session=session)
    database.close()
    cents = [round(Decimal(totals[column]) * 100) for column in (4, 5, 6, 7, 8)]
    assert cents == [sum(p.planned_cents for p in plan.projects), sum(p.awarded_cents for p in plan.projects),
                     sum(p.overspend_cents for p in plan.projects),
                     sum(p.committed_cents for p in plan.projects), sum(p.spent_cents for p in plan.projects)]  # fmt: skip
    assert cents[1] == plan.awarded_cents and cents[2] == plan.overspend_cents
    with (tmp_path / "pack-Besluitenspoor.csv").open(encoding="utf-8") as handle:
        trail = next(row for row in csv.reader(handle, delimiter=";") if row and row[0] == "Totaal")
    assert round(Decimal(trail[4]) * 100) == plan.awarded_cents  # the trail adds up, recalculated
    year = next(
        n for n, row in enumerate(rows) if "Norm" in row and "2024" in row
    )  # the norm block
    at = rows[year].index("2024")
    figures_of = {
        rows[n][at - 1]: (rows[n][at], rows[n][at + 1]) for n in range(year + 1, year + 5)
    }
    assert round(Decimal(figures_of["Toegekend"][0]) * 100) == plan.awarded_cents
    assert {round(Decimal(norm) * 100) for _, norm in figures_of.values()} == {plan.norm_cents}
    from fieldlab_desk.services.pack import pack

    database = open_database(demo_path, read_only=True)
    with database.session() as session:
        forecast = pack(2024, None, session=session).forecast_cents
    database.close()
    assert round(Decimal(figures_of["Prognose"][0]) * 100) == forecast  # as the year block says


def test_the_project_plan_on_paper_holds_its_chain_indicators_and_page_numbers(
    demo_path: Path, tmp_path: Path
) -> None:
    import unicodedata

    import pypdf

    out = tmp_path / "plan.pdf"
    made = run("export", str(demo_path), "--project", "SGIA-2023-04", "--out", str(out))
    assert made.returncode == 0, made.stderr
    pages = [" ".join(unicodedata.normalize("NFKC", p.extract_text()).split())
             for p in pypdf.PdfReader(out).pages]  # fmt: skip
    assert len(pages) >= 2
    assert all(f"Pagina {n} van {len(pages)}" in page for n, page in enumerate(pages, start=1))
    text = " ".join(pages)
    for expected in ("SGIA-2023-04", "Verbindingen en aannames", "Kwaliteitsscore",
                     "Voorleesbijeenkomsten voor ouders", "Ouders lezen dagelijks voor aan hun kind"):  # fmt: skip
        assert expected in text


def test_a_pack_exported_from_a_filtered_list_holds_what_the_list_shows(demo_path: Path) -> None:
    from fieldlab_desk.domain.enums import Phase
    from fieldlab_desk.exporting.pack import pack_workbook
    from fieldlab_desk.services.pack import pack
    from fieldlab_desk.services.projects import ProjectFilter

    database = open_database(demo_path, read_only=True)
    with database.session() as session:
        everything = pack(2024, session=session)
        shown = pack(2024, ProjectFilter(phase=Phase.IN_UITVOERING), session=session)
    database.close()
    assert 0 < len(shown.plan.projects) < len(everything.plan.projects)
    assert all(p.phase is Phase.IN_UITVOERING for p in shown.plan.projects)
    assert shown.plan.norm_cents == everything.plan.norm_cents  # the year's norm stays
    assert {r.code for r in shown.indicators.rows} <= {p.code for p in shown.plan.projects}
    book = pack_workbook(shown, "nl", filters_text="In uitvoering")
    info = {row[0].value: row[1].value for row in book["Info"].iter_rows(max_col=2) if row[0].value}
    assert info["Filters"] == "Jaar = 2024; In uitvoering"


@pytest.mark.parametrize(
    "arguments",
    [("export", "{f}", "--project", "SGIA-2023-04", "--out", "{d}/plan.pdf"),
     ("export", "{f}", "--project", "SGIA-2023-04", "--out", "{d}/plan.xlsx"),
     ("report", "{f}", "--period", "2024H2", "--project", "SGIA-2023-04", "--out", "{d}/r.pdf"),
     ("toc", "{f}", "--project", "SGIA-2023-04", "--out", "{d}/keten.png")],
)  # fmt: skip
def test_a_command_draws_without_loading_the_window(
    demo_path: Path, tmp_path: Path, arguments: tuple[str, ...]
) -> None:
    """Export, report and toc --out draw with Qt but never import the window's modules."""
    import subprocess
    import sys

    filled = [a.format(f=demo_path, d=tmp_path) for a in arguments]
    probe = (
        "import sys; from fieldlab_desk.cli import main; code = main(sys.argv[1:]); "
        "loaded = sorted(m for m in sys.modules if m.startswith('fieldlab_desk.ui') "
        "or m == 'PySide6.QtWidgets'); print(code, loaded)"
    )
    done = subprocess.run([sys.executable, "-c", probe, *filled], capture_output=True, text=True,
                          timeout=180, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "0 []"
    assert Path(filled[-1]).stat().st_size > 0
