"""The half-year report states the facts of its period's last day, not today's: the phase a
project had then, a result only once it had finished, the decisions dated in the period (all
of them, in one section, whatever the project's phase), and the money block exactly as
``yearplan --json --as-of`` gives it for that day. Read back from the PDF with pypdf."""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from pathlib import Path

import pypdf

from fieldlab_desk.domain import figures, formats
from fieldlab_desk.domain.enums import Phase
from fieldlab_desk.services.report import half_year_report, parse_period
from fieldlab_desk.services.yearplan import phases_on
from fieldlab_desk.storage import open_database
from tests.test_cli import run
from tests.test_report import words


def report_text(demo_path: Path, tmp_path: Path, period: str, *extra: str) -> str:
    out = tmp_path / f"report-{period}.pdf"
    made = run("report", str(demo_path), "--period", period, "--out", str(out), *extra)
    assert made.returncode == 0, made.stderr
    return " ".join(words(page.extract_text()) for page in pypdf.PdfReader(out).pages)


def project_section(text: str, code: str) -> str:
    """The part of the report from the project's heading to the next project's."""
    start = next(
        m.start()
        for m in re.finditer(re.escape(f"{code} — "), text)
        if "Fase:" in text[m.start() : m.start() + 150].split("SGIA-")[1]
    )  # not the contents
    rest = text[start + 1 :]
    following = [rest.index(f"SGIA-{y}-") for y in range(2020, 2030) if f"SGIA-{y}-" in rest]
    return text[start : start + 1 + min(following)] if following else text[start:]


def test_a_project_shows_the_phase_it_had_at_the_periods_end(
    demo_path: Path, tmp_path: Path
) -> None:
    """SGIA-2023-03 entered Opschaling/borging on 30-06-2024: in 2023H2 it was In uitvoering."""
    text = report_text(demo_path, tmp_path, "2023H2")
    section = project_section(text, "SGIA-2023-03")
    assert "Fase: In uitvoering" in section
    assert "Opschaling" not in section
    assert "Stand per 31-12-2023" in text


def test_a_project_finished_later_has_no_result_yet(demo_path: Path, tmp_path: Path) -> None:
    """SGIA-2023-01 finished on 31-12-2023: the 2023H1 report shows it running, without its
    end result; the 2023H2 report shows Afgerond and the result."""
    database = open_database(demo_path, read_only=True)
    with database.session() as session:
        early = half_year_report(parse_period("2023H1"), session=session)
        late = half_year_report(parse_period("2023H2"), session=session)
    database.close()
    then = next(p for p in early.projects if p.code == "SGIA-2023-01")
    assert then.phase is Phase.IN_UITVOERING and then.result_text == ""
    finished = next(p for p in late.projects if p.code == "SGIA-2023-01")
    assert finished.phase is Phase.AFGEROND and finished.result_text
    section = project_section(report_text(demo_path, tmp_path, "2023H1"), "SGIA-2023-01")
    assert "Afgerond" not in section and "Resultaat:" not in section


def test_a_phase_changed_after_the_period_leaves_its_report_unchanged(
    demo_path: Path, tmp_path: Path
) -> None:
    """A change of phase recorded today does not reach back into 2024H2."""
    before = report_text(demo_path, tmp_path, "2024H2")
    connection = sqlite3.connect(demo_path)
    code, pid, phase = connection.execute(
        "SELECT code, id, phase FROM project WHERE phase = 'in_uitvoering' ORDER BY code LIMIT 1"
    ).fetchone()
    connection.execute("UPDATE project SET phase = 'gestopt', result_text = 'Gestopt: geen "
                       "behoefte' WHERE id = ?", (pid,))  # fmt: skip
    connection.execute(
        "INSERT INTO phase_change (project_id, changed_on, from_phase, to_phase, changed_by, note)"
        " VALUES (?, ?, 'in_uitvoering', 'gestopt', 'test', '')",
        (pid, dt.date.today().isoformat()),
    )
    connection.commit()
    connection.close()
    (tmp_path / "after").mkdir()
    after = report_text(demo_path, tmp_path / "after", "2024H2")
    assert project_section(after, code) == project_section(before, code)
    database = open_database(demo_path, read_only=True)
    with database.session() as session:
        assert phases_on(dt.date(2024, 12, 31), session=session)[pid] is Phase(phase)
        assert phases_on(dt.date.today(), session=session)[pid] is Phase.GESTOPT
    database.close()


def test_the_decisions_section_lists_exactly_the_decisions_dated_in_the_period(
    demo_path: Path, tmp_path: Path
) -> None:
    """2023H2: the four grants of 21-11-2023, for projects that had not started yet, and the
    extension granted that day (a decision on a change request); no project page says "Geen
    besluiten"."""
    connection = sqlite3.connect(demo_path)
    dated = connection.execute(
        "SELECT m.held_on, p.code FROM decision d JOIN meeting m ON m.id = d.meeting_id "
        "JOIN project p ON p.id = d.project_id WHERE m.held_on BETWEEN '2023-07-01' AND "
        "'2023-12-31' UNION ALL SELECT r.decided_on, p.code FROM change_request r "
        "JOIN project p ON p.id = r.project_id WHERE r.meeting_id IS NOT NULL AND "
        "r.decided_on BETWEEN '2023-07-01' AND '2023-12-31' ORDER BY 1, 2"
    ).fetchall()
    connection.close()
    assert len(dated) == 5 and ("2023-11-21", "SGIA-2023-03") in dated
    database = open_database(demo_path, read_only=True)
    with database.session() as session:
        report = half_year_report(parse_period("2023H2"), session=session)
    database.close()
    assert [(d.held_on.isoformat(), d.code) for d in report.decisions] == dated
    text = report_text(demo_path, tmp_path, "2023H2")
    section = text[text.index("Besluiten in deze periode") :]
    for held_on, code in dated:
        assert f"{formats.date(dt.date.fromisoformat(held_on))} {code} — " in section
    assert "Geen besluiten" not in text
    extension = section[section.index("SGIA-2023-03 — Digicafé") :]
    assert "Verlenging (toegekend" in extension  # the column may wrap before ")"
    assert "einddatum 31-12-2023 → 30-06-2024 — Verlengd tot 30-06-2024" in extension


def test_the_money_block_equals_the_year_plan_as_of_the_periods_end(
    demo_path: Path, tmp_path: Path
) -> None:
    done = run("yearplan", str(demo_path), "--year", "2024", "--as-of", "30-06-2024", "--json")
    assert done.returncode == 0, done.stderr
    plan = json.loads(done.stdout)
    assert plan["as_of"] == "2024-06-30"
    today = json.loads(run("yearplan", str(demo_path), "--year", "2024", "--json").stdout)
    assert plan["spent_cents"] < today["spent_cents"]  # the demo spent more in 2024H2
    text = report_text(demo_path, tmp_path, "2024H1")
    block = text[text.index("Geld 2024, stand per 30-06-2024") :]
    for key, figure in (("norm_cents", figures.Figure.NORM), ("planned_cents", figures.Figure.BEGROOT),
                        ("granted_cents", figures.Figure.TOEGEKEND), ("spent_cents", figures.Figure.BESTEED),
                        ("committed_cents", figures.Figure.VERPLICHT), ("free_cents", figures.Figure.VRIJ)):  # fmt: skip
        shown = words(formats.money(plan[key]))
        assert f"{figures.name(figure)} {shown}" in block, (figure, shown)


def test_the_cover_names_sender_and_addressee_and_its_contents_give_the_right_pages(
    demo_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "cover.pdf"
    made = run("report", str(demo_path), "--period", "2024H2", "--out", str(out),
               "--to", "Stuurgroep Drentse Innovatieagenda / Provincie Drenthe")  # fmt: skip
    assert made.returncode == 0, made.stderr
    pages = [words(page.extract_text()) for page in pypdf.PdfReader(out).pages]
    cover = pages[0]
    assert "Van: Biblionet Drenthe" in cover
    assert "Aan: Stuurgroep Drentse Innovatieagenda / Provincie Drenthe" in cover
    assert "Stand per 31-12-2024" in cover and "Inhoud" in cover
    assert all("Biblionet Drenthe" in page.split("Pagina")[0] for page in pages)  # the sender
    database = open_database(demo_path, read_only=True)
    with database.session() as session:
        report = half_year_report(parse_period("2024H2"), session=session)
    database.close()
    for project in report.projects:
        listed = cover.split(f"{project.code} — {words(project.title)} ")[1].split()[0]
        starts = next(n for n, page in enumerate(pages, start=1)
                      if f"{project.code} — {words(project.title)} Fase:" in page)  # fmt: skip
        assert int(listed) == starts, project.code


def test_a_summary_report_has_the_portfolio_pages_and_no_project_pages(
    demo_path: Path, tmp_path: Path
) -> None:
    text = report_text(demo_path, tmp_path, "2024H2", "--summary")
    assert "Stand per 31-12-2024" in text and "Geld 2024, stand per 31-12-2024" in text
    assert "Besluiten in deze periode" in text and "Projecten in dit verslag (8)" in text
    assert "Fase:" not in text and "Resultaten in cijfers" not in text  # no project pages


def test_the_rag_status_and_its_explanation_are_those_of_the_periods_end(
    demo_path: Path, tmp_path: Path
) -> None:
    """Rood with a reason, set today: the 2024H2 report still shows the status of 31-12-2024,
    the pack (today's picture) shows rood and why. Dated back into 2024 by its history, the
    same change reaches the 2024H2 report."""
    from openpyxl import load_workbook

    from fieldlab_desk.domain.enums import RagStatus
    from fieldlab_desk.services import projects
    from fieldlab_desk.services.portfolio import open_portfolio

    with open_portfolio(demo_path) as portfolio:
        report = portfolio.read(half_year_report, parse_period("2024H2"))
        chosen = next(p for p in report.projects if p.rag is not RagStatus.ROOD)
        reason = "Werving via huisartsen loopt vast; nieuwe afspraken met de GGD in januari."
        for name, value in (("rag", RagStatus.ROOD), ("rag_note", reason)):
            portfolio.apply(portfolio.read(projects.set_field, "t", chosen.project_id, name, value))
        again = portfolio.read(half_year_report, parse_period("2024H2"))
    then = next(p for p in again.projects if p.project_id == chosen.project_id)
    assert (then.rag, then.rag_note) == (chosen.rag, chosen.rag_note)  # as on 31-12-2024
    text = report_text(demo_path, tmp_path, "2024H2")
    assert reason not in text

    out = tmp_path / "pack.xlsx"
    assert run("export", str(demo_path), "--year", "2024", "--out", str(out)).returncode == 0
    sheet = load_workbook(out)["Overzicht"]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    header = next(r for r in rows if r and r[0] == "Projectcode")
    row = next(r for r in rows if r and r[0] == chosen.code)
    assert row[header.index("RAG-status")] == "Rood"
    assert row[header.index("Toelichting RAG")] == reason

    connection = sqlite3.connect(demo_path)
    connection.execute("UPDATE change_record SET at = '2024-06-01 10:00:00.000000' "
                       "WHERE entity = 'project' AND field IN ('rag', 'rag_note')")  # fmt: skip
    connection.commit()
    connection.close()
    (tmp_path / "back").mkdir()
    text = report_text(demo_path, tmp_path / "back", "2024H2")
    section = project_section(text, chosen.code)
    assert "RAG-status: Rood" in section and f"Toelichting RAG: {reason}" in section


def test_the_report_counts_the_spread_as_far_as_it_had_come_by_the_period_s_end(
    demo_path: Path, tmp_path: Path
) -> None:
    """Adoptions begun after the period's end are not in its report: by 30-06-2024 the
    Digicafé had not spread yet (Assen and Aa en Hunze took it on 01-07-2024)."""
    database = open_database(demo_path, read_only=True)
    with database.session() as session:
        early = half_year_report(parse_period("2024H1"), session=session)
        later = half_year_report(parse_period("2025H1"), session=session)
    database.close()
    assert early.scaling is not None and later.scaling is not None
    assert [i.code for i in early.scaling.innovations] == ["SGIA-2023-09", "SGIA-2023-02"]
    assert early.scaling.in_core == 1
    assert {i.code for i in later.scaling.innovations} == {
        "SGIA-2023-03", "SGIA-2023-09", "SGIA-2023-02", "SGIA-2024-04"}  # fmt: skip
    text = report_text(demo_path, tmp_path, "2024H1", "--summary")
    assert "Verspreiding van innovaties tot en met 30-06-2024" in text
    assert "Innovaties structureel in de kern: 1 van 2 verspreide innovaties." in text
