"""The pictures an exported workbook carries, drawn here (Qt, matplotlib) and handed to the
Qt-free workbook writers as PNG bytes: the chain's diagram and the indicators' charts."""

from __future__ import annotations

from fieldlab_desk.exporting.toc_svg import chain_svg_text
from fieldlab_desk.services.project_plan import ProjectPlan
from fieldlab_desk.ui.diagram_image import svg_to_png
from fieldlab_desk.ui.report_pdf import chart_png


def plan_pictures(plan: ProjectPlan, language: str) -> tuple[bytes | None, dict[int, bytes]]:
    diagram = svg_to_png(chain_svg_text(plan.chain, language), 1.5) if plan.chain.elements else None
    charts = {
        i.id: chart_png(i, language)
        for i in plan.indicators
        if i.measurements or i.target_value is not None
    }
    return diagram, charts


def write_plan_pdf(plan: ProjectPlan, path: object, language: str) -> int:
    """The project plan on paper (A4 PDF) with its diagram and charts; returns the pages."""
    from pathlib import Path

    from fieldlab_desk.exporting.halfyear_html import chart_name
    from fieldlab_desk.exporting.plan_html import DIAGRAM, plan_html
    from fieldlab_desk.ui.report_pdf import write_html_pdf

    diagram, charts = plan_pictures(plan, language)
    pictures = {chart_name(i): data for i, data in charts.items()}
    if diagram is not None:
        pictures[DIAGRAM] = diagram
    title = f"{plan.project.code} — {plan.project.title}"
    return write_html_pdf(plan_html(plan, language, set(pictures)), pictures, Path(str(path)), title,
                          title, language)  # fmt: skip
