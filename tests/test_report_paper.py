"""The half-year report on paper, as its reader turns the pages: a heading never ends a page
without what it heads, a report written in parts (as a national one is, to keep memory
bounded) numbers its pages straight through and its contents point at the right pages, and a
portfolio's report takes about a page per project. Read back from real PDFs with pypdf."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest

from fieldlab_desk.exporting import halfyear_html
from fieldlab_desk.outputs import Output, Request, export
from fieldlab_desk.render.images import charted
from fieldlab_desk.render.pdf import write_html_pdf
from fieldlab_desk.services.portfolio import open_portfolio
from fieldlab_desk.services.report import half_year_report, parse_period
from tests.test_report import words


def pages_of(path: Path) -> list[str]:
    return [words(page.extract_text()) for page in pypdf.PdfReader(path).pages]


FILLER = "<p>Een regel tekst die de pagina vult, regel {n}.</p>"


@pytest.mark.parametrize(
    "follower",
    [
        "<p>De tekst onder de kop.</p>",
        "<table><tr><th>Kolom</th></tr><tr><td>De eerste rij onder de kop.</td></tr></table>",
    ],
)
def test_a_heading_is_never_the_last_thing_on_a_page(
    tmp_path: Path, qapp: object, follower: str
) -> None:
    """Whatever the amount of text before it, the heading stands on the page of what it heads;
    in some of these documents Qt alone would have left it at the foot of page 1."""
    first_line = words(follower.split("<td>")[-1].split("<p>")[-1].split("<")[0])
    moved = 0
    for lines in range(30, 42):
        body = "".join(FILLER.format(n=n) for n in range(lines))
        html = f"<html><body>{body}<h3>De kop</h3>{follower}</body></html>"
        out = tmp_path / f"kop-{lines}.pdf"
        write_html_pdf(html, {}, out, "Kop", "Kop", "nl")
        pages = pages_of(out)
        holding = [n for n, page in enumerate(pages) if "De kop" in page]
        assert len(holding) == 1, lines
        assert first_line in pages[holding[0]], (lines, pages)
        if holding[0] == 1 and f"regel {lines - 1}." in pages[0]:
            moved += 1  # the heading went over although the text before it ended on page 1
    assert moved, "no document put the heading at a page's foot: the test proves nothing"


def test_a_report_in_parts_numbers_its_pages_through_and_its_contents_agree(
    demo_path: Path, tmp_path: Path, qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Three projects to a part: the pages are laid out and drawn part by part, as at
    national scale, yet read as one document."""
    monkeypatch.setattr(halfyear_html, "PROJECTS_PER_PART", 3)
    out = tmp_path / "delen.pdf"
    period = parse_period("2023H2")
    with open_portfolio(demo_path, read_only=True) as portfolio:
        report = portfolio.read(half_year_report, period)
        written = export(Request(Output.REPORT_PDF, "nl", period=period), portfolio, out)
    pages = pages_of(out)
    assert written.pages == len(pages)
    for number, page in enumerate(pages, start=1):
        assert f"Pagina {number} van {len(pages)}" in page
    cover = pages[0]
    for project in report.projects:
        heading = f"{project.code} — {words(project.title)} Fase:"
        holding = [n for n, page in enumerate(pages, start=1) if heading in page]
        assert len(holding) == 1, project.code  # each project once
        listed = cover.split(f"{project.code} — {words(project.title)} ")[1].split()[0]
        assert int(listed) == holding[0], project.code
    text = " ".join(pages)
    with_indicators = [p for p in report.projects if p.indicators]
    assert text.count("Resultaten in cijfers") == len(with_indicators)  # no text lost in layout
    for project in report.projects:
        if project.story is not None:
            first = next(line for line in project.story.results.splitlines() if line.strip())
            assert words(first.strip(" -•")) in text, project.code


@pytest.mark.parametrize("period", ["2023H2", "2024H1", "2024H2"])
def test_a_portfolio_report_takes_about_a_page_per_project(
    demo_path: Path, tmp_path: Path, qapp: object, period: str
) -> None:
    """Projects follow one another on the page instead of each opening a new one, and the
    charts stand three in a row: 2023H2's nine projects took 19 pages, now at most 14 (since
    the splits per gemeente, the spread of innovations and the decisions on change requests
    joined them, one page more than before)."""
    out = tmp_path / f"{period}.pdf"
    chosen = parse_period(period)
    with open_portfolio(demo_path, read_only=True) as portfolio:
        report = portfolio.read(half_year_report, chosen)
        written = export(Request(Output.REPORT_PDF, "nl", period=chosen), portfolio, out)
    assert written.pages is not None
    assert written.pages <= len(report.projects) + 5  # cover, overview, spread, and a little more
    charting = [p for p in report.projects if any(charted(i) for i in p.indicators)]
    text = " ".join(pages_of(out))
    assert text.count("● gemeten") == len(charting)  # the charts' one legend
