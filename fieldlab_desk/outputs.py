"""One use case per output file, called alike by the command line and the app: the project
plan (``.xlsx`` and on paper ``.pdf``), the steering-group pack (``.xlsx``), the half-year
report (``.pdf``) and the chain's diagram (``.svg``, ``.png``).

Each goes in two steps, so that the app can run the first on its worker thread:

1. :func:`prepare` reads the figures through the services, draws the pictures (``render``)
   and, for a workbook or a picture, makes the file's bytes (``exporting``);
2. :func:`write` puts the file on disk whole or not at all (a PDF is paged by Qt's text
   engine here, on the thread that calls it).

``progress`` is told each step by its text key (``step_read``, ``step_pictures``,
``step_write``); raising :class:`Cancelled` from it stops the work before anything is written.
:func:`export` does both steps in one go (the command line).
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from fieldlab_desk.domain.errors import FieldLabError, InvalidInput
from fieldlab_desk.exporting.files import write_whole

if TYPE_CHECKING:
    from fieldlab_desk.render.pdf import Drawing, Pictures
    from fieldlab_desk.services.portfolio import Portfolio
    from fieldlab_desk.services.project_plan import ProjectPlan
    from fieldlab_desk.services.projects import ProjectFilter
    from fieldlab_desk.services.report import HalfYearReport, Period
    from fieldlab_desk.services.toc import ChainView

Progress = Callable[[str], None]


class Cancelled(Exception):
    """The user stopped an export; nothing was written."""


class Output(StrEnum):
    PLAN_XLSX = "plan-xlsx"
    PLAN_PDF = "plan-pdf"
    PACK_XLSX = "pack-xlsx"
    REPORT_PDF = "report-pdf"
    CHAIN_SVG = "chain-svg"
    CHAIN_PNG = "chain-png"

    @property
    def suffix(self) -> str:
        return "." + self.value.rpartition("-")[2]


@dataclass(frozen=True)
class Request:
    """What to make: the output and what it is of."""

    output: Output
    language: str
    project_code: str | None = None
    year: int | None = None
    period: Period | None = None
    per_project: bool = False
    values_only: bool = False
    filters: ProjectFilter | None = None
    filters_text: str = ""
    addressee: str = ""
    """To whom a half-year report is addressed (its cover page)."""
    group_by: str = "project"
    """How a half-year report orders its projects: project, opgave or programmalijn."""
    summary: bool = False
    """A portfolio's half-year report without the project pages: cover, overview, money and
    decisions (for a large portfolio)."""


@dataclass(frozen=True)
class Prepared:
    """An output ready to be written: the file's bytes, or the HTML and pictures of a PDF."""

    request: Request
    data: bytes | None = None
    html: str | tuple[str, ...] = ""
    """A PDF's HTML, whole or in parts that each start a page (``render.pdf``)."""
    pictures: Pictures = field(default_factory=dict)
    """Its pictures by name: images, or drawings made on the page (``ReportCharts``)."""
    header: str = ""
    title: str = ""
    sender: str = ""
    """Who sends the document, on the right of every page's header (else the app's name)."""


@dataclass(frozen=True)
class Written:
    path: Path
    pages: int | None = None
    """The number of pages of a PDF."""


def quiet(_step: str) -> None:
    """Progress that nobody watches."""


def check_target(output: Output, path: Path) -> None:
    """Refuse a file name whose ending does not match what is made, and a folder that does
    not exist or cannot be written to (said before anything is drawn)."""
    if path.suffix.lower() != output.suffix:
        key = {".xlsx": "export.out_kind", ".pdf": "report.out_kind"}.get(
            output.suffix, "toc.out_kind"
        )
        raise FieldLabError(key)
    folder = path.expanduser().absolute().parent
    if not folder.is_dir():
        raise FieldLabError("export.no_folder", folder=str(folder))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise FieldLabError("export.folder_read_only", folder=str(folder))


def prepare(request: Request, portfolio: Portfolio, progress: Progress = quiet) -> Prepared:
    """Read, draw and (for a workbook or picture) make the bytes; safe on a worker thread."""
    if request.year is not None and not 2000 <= request.year <= 2100:
        raise InvalidInput("yearplan.year", text=str(request.year))
    progress("step_read")
    makers = {
        Output.PLAN_XLSX: _plan_workbook, Output.PLAN_PDF: _plan_paper,
        Output.PACK_XLSX: _pack_workbook, Output.REPORT_PDF: _report_paper,
        Output.CHAIN_SVG: _chain_picture, Output.CHAIN_PNG: _chain_picture,
    }  # fmt: skip
    return makers[request.output](request, portfolio, progress)


def write(prepared: Prepared, path: Path, progress: Progress = quiet) -> Written:
    """Put the prepared output at ``path``, whole or not at all."""
    progress("step_write")
    if prepared.data is not None:
        write_whole(path, prepared.data)
        return Written(path)
    from fieldlab_desk.render.pdf import write_html_pdf

    pages = write_html_pdf(prepared.html, prepared.pictures, path, prepared.header, prepared.title,
                           prepared.request.language, sender=prepared.sender)  # fmt: skip
    return Written(path, pages)


def export(
    request: Request, portfolio: Portfolio, path: Path, progress: Progress = quiet
) -> Written:
    """Both steps in one go."""
    check_target(request.output, path)
    return write(prepare(request, portfolio, progress), path, progress)


# --- the outputs ---------------------------------------------------------------------------


def _workbook_bytes(book: object) -> bytes:
    data = io.BytesIO()
    book.save(data)  # type: ignore[attr-defined]
    return data.getvalue()


def _file_name(portfolio: Portfolio) -> str:
    """The portfolio as an export names it: a file by its name, a server by its address."""
    location = portfolio.location
    return location if "://" in location else Path(location).name


def _plan(request: Request, portfolio: Portfolio) -> ProjectPlan:
    from fieldlab_desk.services.project_plan import project_plan

    return portfolio.read(project_plan, request.project_code or "")


def plan_pictures(plan: ProjectPlan, language: str) -> tuple[bytes | None, dict[int, bytes]]:
    """The chain's diagram and each indicator's chart as PNG, for a plan's workbook or paper."""
    from fieldlab_desk.exporting.toc_svg import chain_svg_text
    from fieldlab_desk.render.images import charted, svg_to_png
    from fieldlab_desk.render.paper_chart import paper_chart_png as chart_png

    diagram = svg_to_png(chain_svg_text(plan.chain, language), 1.5) if plan.chain.elements else None
    charts = {i.id: chart_png(i, language) for i in plan.indicators if charted(i)}
    return diagram, charts


def _plan_workbook(request: Request, portfolio: Portfolio, progress: Progress) -> Prepared:
    from fieldlab_desk.exporting.project_plan import project_plan_workbook

    plan = _plan(request, portfolio)
    progress("step_pictures")
    diagram, charts = plan_pictures(plan, request.language)
    book = project_plan_workbook(plan, request.language, location=_file_name(portfolio),
                                 schema=str(portfolio.facts.revision), diagram_png=diagram,
                                 chart_pngs=charts, values_only=request.values_only)  # fmt: skip
    return Prepared(request, data=_workbook_bytes(book))


def _plan_paper(request: Request, portfolio: Portfolio, progress: Progress) -> Prepared:
    from fieldlab_desk.exporting.halfyear_html import chart_name
    from fieldlab_desk.exporting.plan_html import DIAGRAM, plan_html

    plan = _plan(request, portfolio)
    progress("step_pictures")
    diagram, charts = plan_pictures(plan, request.language)
    pictures = {chart_name(i): data for i, data in charts.items()}
    if diagram is not None:
        pictures[DIAGRAM] = diagram
    title = f"{plan.project.code} — {plan.project.title}"
    html = plan_html(plan, request.language, set(pictures))
    return Prepared(request, html=html, pictures=pictures, header=title, title=title)


def _pack_workbook(request: Request, portfolio: Portfolio, progress: Progress) -> Prepared:
    from fieldlab_desk.exporting.pack import pack_workbook
    from fieldlab_desk.services.pack import pack

    assert request.year is not None
    data = portfolio.read(pack, request.year, request.filters, with_lines=request.per_project)
    book = pack_workbook(data, request.language,
                         location=_file_name(portfolio), schema=str(portfolio.facts.revision),
                         per_project=request.per_project, values_only=request.values_only,
                         filters_text=request.filters_text)  # fmt: skip
    return Prepared(request, data=_workbook_bytes(book))


class ReportCharts(Mapping[str, "Drawing"]):
    """Every indicator's chart of a report by its name in the report's HTML, as a drawing the
    PDF writer makes on the page itself, small and three in a row: lines and text, sharp at
    any zoom, no image to compress, and nothing held in memory between pages."""

    def __init__(self, report: HalfYearReport, language: str) -> None:
        from fieldlab_desk.exporting.halfyear_html import chart_name
        from fieldlab_desk.render.images import charted

        self.language = language
        self.rows = {
            chart_name(indicator.id): indicator
            for project in report.projects
            for indicator in project.indicators
            if charted(indicator)
        }

    def __getitem__(self, name: str) -> Drawing:
        from fieldlab_desk.render.paper_chart import draw_chart_in

        row, language = self.rows[name], self.language
        return lambda painter, place: draw_chart_in(painter, place, row, language)

    def __contains__(self, name: object) -> bool:  # without drawing it (Mapping's would)
        return name in self.rows

    def __iter__(self) -> Iterator[str]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)


def _report_paper(request: Request, portfolio: Portfolio, progress: Progress) -> Prepared:
    from fieldlab_desk.domain.formats import date
    from fieldlab_desk.domain.texts import text
    from fieldlab_desk.exporting.halfyear_html import report_html
    from fieldlab_desk.services.report import half_year_report

    assert request.period is not None
    language = request.language
    report = portfolio.read(half_year_report, request.period, request.project_code,
                            addressee=request.addressee, group_by=request.group_by)  # fmt: skip
    progress("step_pictures")
    charts: Pictures = {} if request.summary else ReportCharts(report, language)
    period = report.period
    title = f"{text('report_title', language)} {period.code}"
    header = f"{title} ({date(period.start, language)} – {date(period.end, language)})"
    html = tuple(report_html(report, language, set(charts), summary=request.summary))
    return Prepared(request, html=html, pictures=charts, header=header, title=title,
                    sender=report.sender)  # fmt: skip


def chain_picture(view: ChainView, output: Output, language: str) -> bytes:
    """The chain's diagram as SVG (with each element's full text) or as PNG."""
    from fieldlab_desk.exporting.toc_svg import chain_svg_text

    svg = chain_svg_text(view, language)
    if output is Output.CHAIN_SVG:
        return svg.encode("utf-8")
    from fieldlab_desk.render.images import svg_to_png

    return svg_to_png(svg)


def _chain_picture(request: Request, portfolio: Portfolio, progress: Progress) -> Prepared:
    from fieldlab_desk.services.toc import chain_by_code

    view = portfolio.read(chain_by_code, request.project_code or "")
    progress("step_pictures")
    return Prepared(request, data=chain_picture(view, request.output, request.language))
