"""The half-year report as a printable PDF through Qt's PDF writer: A4, the report's HTML paged
by Qt's text engine, each indicator's chart, and on every page a header with the report and
its period and a footer with the page number of the total. Written whole or not at all."""

from __future__ import annotations

import io
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from fieldlab_desk.domain.texts import text
from fieldlab_desk.exporting.halfyear_html import chart_name, day, report_html
from fieldlab_desk.services.effect import IndicatorRow
from fieldlab_desk.services.report import HalfYearReport
from fieldlab_desk.ui.diagram_image import ensure_gui

DPI = 96  # the text engine lays out in these units; the writer scales them to the page
HEADER = 28
FOOTER = 24


def chart_png(row: IndicatorRow, language: str) -> bytes:
    """The indicator's chart as PNG, drawn with matplotlib's Agg (no window needed)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from fieldlab_desk.ui.charts.indicator_chart import ChartWords, draw_indicator

    english = language == "en"
    words = ChartWords(*(("measured", "baseline", "target", "expected path") if english
                         else ("gemeten", "nulmeting", "streefwaarde", "verwacht pad")))  # fmt: skip
    figure = Figure(figsize=(4.4, 2.4), dpi=120, layout="constrained")
    FigureCanvasAgg(figure)
    draw_indicator(figure, row, words)
    figure.suptitle(row.name, fontsize=8)
    out = io.BytesIO()
    figure.savefig(out, format="png")
    return out.getvalue()


def chart_images(report: HalfYearReport, language: str) -> dict[str, bytes]:
    """Every indicator's chart as PNG by its name in the HTML; matplotlib only, so the app
    draws them on its worker thread."""
    return {
        chart_name(indicator.id): chart_png(indicator, language)
        for project in report.projects
        for indicator in project.indicators
        if indicator.measurements or indicator.target_value is not None
    }


def write_report_pdf(
    report: HalfYearReport, path: Path, language: str, charts: dict[str, bytes] | None = None
) -> int:
    """Write the report (with ``charts`` drawn already, or drawing them now); returns the
    number of pages."""
    charts = chart_images(report, language) if charts is None else charts
    title = (f"{text('report_title', language)} {report.period.code} "
             f"({day(report.period.start, language)} – {day(report.period.end, language)})")  # fmt: skip
    html = report_html(report, language, set(charts))
    return write_html_pdf(html, charts, path, title, f"{text('report_title', language)} {report.period.code}",
                          language)  # fmt: skip


def write_html_pdf(
    html: str, pictures: dict[str, bytes], path: Path, header: str, document_title: str,
    language: str,
) -> int:  # fmt: skip
    """Page ``html`` onto A4 with ``header`` and the page number on every page; whole or not at
    all. Returns the number of pages."""
    ensure_gui()
    document = QTextDocument()
    for name, data in pictures.items():
        image = QImage.fromData(data)
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    document.setHtml(html)
    part = path.with_name(path.name + ".part")
    try:
        pages = _print(document, part, header, document_title, language)
        part.replace(path)
    finally:
        part.unlink(missing_ok=True)
    return pages


def _print(
    document: QTextDocument, path: Path, title: str, document_title: str, language: str
) -> int:
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 12, 15, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(document_title)
    writer.setCreator("FieldLab Desk")
    page = writer.pageLayout().paintRectPixels(DPI)
    body = QSizeF(page.width(), page.height() - HEADER - FOOTER)
    document.setPageSize(body)
    total = document.pageCount()
    painter = QPainter(writer)
    try:
        for number in range(total):
            if number:
                writer.newPage()
            _furniture(painter, page.width(), page.height(), title,
                       text("page", language, n=number + 1, total=total))  # fmt: skip
            painter.save()
            painter.translate(0, HEADER - number * body.height())
            document.drawContents(
                painter, QRectF(0, number * body.height(), body.width(), body.height())
            )
            painter.restore()
    finally:
        painter.end()
    return total


def _furniture(painter: QPainter, width: float, height: float, title: str, page: str) -> None:
    """The header (report and period) and footer (page n of total) of one page."""
    font = painter.font()
    font.setPointSizeF(8)
    painter.setFont(font)
    painter.setPen(QColor("#455a64"))
    painter.drawText(QRectF(0, 0, width, HEADER - 8), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     title)  # fmt: skip
    painter.drawText(QRectF(0, 0, width, HEADER - 8), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                     "FieldLab Desk")  # fmt: skip
    painter.setPen(QPen(QColor("#b0bec5"), 0.5))
    painter.drawLine(0, HEADER - 6, int(width), HEADER - 6)
    painter.setPen(QColor("#455a64"))
    painter.drawText(QRectF(0, height - FOOTER + 6, width, FOOTER - 6),
                     Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter, page)  # fmt: skip
