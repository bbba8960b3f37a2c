"""A printable PDF through Qt's PDF writer: A4, HTML paged by Qt's text engine with its
pictures, and on every page a header with the document's title and a footer with the page
number of the total. Written whole or not at all. The half-year report and the project plan on
paper are paged here (their HTML comes from ``exporting``)."""

from __future__ import annotations

import re
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
from fieldlab_desk.render.images import ensure_gui

DPI = 96  # the text engine lays out in these units; the writer scales them to the page
HEADER = 28
FOOTER = 24


def write_html_pdf(
    html: str, pictures: dict[str, bytes], path: Path, header: str, document_title: str,
    language: str, *, sender: str = "",
) -> int:  # fmt: skip
    """Page ``html`` onto A4 with ``header`` (and ``sender`` on its right) and the page number
    on every page; whole or not at all. Returns the number of pages.

    A contents list gets its page numbers here: ``PAGE_OF`` marks (``⟦page:NAME⟧``) are
    replaced by the page of the anchor ``NAME`` once the document is laid out on A4."""
    ensure_gui()
    document = QTextDocument()
    for name, data in pictures.items():
        image = QImage.fromData(data)
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    document.setHtml(html)
    if PAGE_MARK.search(html):
        document.setPageSize(_body_size())
        pages = _anchor_pages(document)
        document.setHtml(PAGE_MARK.sub(lambda m: str(pages.get(m.group(1), "")), html))
    part = path.with_name(path.name + ".part")
    try:
        pages_written = _print(document, part, header, document_title, language, sender)
        part.replace(path)
    finally:
        part.unlink(missing_ok=True)
    return pages_written


PAGE_MARK = re.compile(r"⟦page:([\w.-]+)⟧")  # as exporting.halfyear_html.page_of writes it


def _layout() -> QPageLayout:
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                       QMarginsF(15, 12, 15, 12), QPageLayout.Unit.Millimeter)  # fmt: skip


def _body_size() -> QSizeF:
    page = _layout().paintRectPixels(DPI)
    return QSizeF(page.width(), page.height() - HEADER - FOOTER)


def _anchor_pages(document: QTextDocument) -> dict[str, int]:
    """The page (from 1) each named anchor of the laid-out document lands on."""
    layout, height = document.documentLayout(), document.pageSize().height()
    found: dict[str, int] = {}
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            for name in iterator.fragment().charFormat().anchorNames():
                found.setdefault(name, int(layout.blockBoundingRect(block).top() // height) + 1)
            iterator += 1
        block = block.next()
    return found


def _print(
    document: QTextDocument, path: Path, title: str, document_title: str, language: str,
    sender: str = "",
) -> int:  # fmt: skip
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setPageLayout(_layout())
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
                       text("page", language, n=number + 1, total=total), sender)  # fmt: skip
            painter.save()
            painter.translate(0, HEADER - number * body.height())
            document.drawContents(
                painter, QRectF(0, number * body.height(), body.width(), body.height())
            )
            painter.restore()
    finally:
        painter.end()
    return total


def _furniture(painter: QPainter, width: float, height: float, title: str, page: str,
               sender: str = "") -> None:  # fmt: skip
    """The header (report and period) and footer (page n of total) of one page."""
    font = painter.font()
    font.setPointSizeF(8)
    painter.setFont(font)
    painter.setPen(QColor("#455a64"))
    painter.drawText(QRectF(0, 0, width, HEADER - 8), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     title)  # fmt: skip
    painter.drawText(QRectF(0, 0, width, HEADER - 8), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                     sender or "FieldLab Desk")  # fmt: skip
    painter.setPen(QPen(QColor("#b0bec5"), 0.5))
    painter.drawLine(0, HEADER - 6, int(width), HEADER - 6)
    painter.setPen(QColor("#455a64"))
    painter.drawText(QRectF(0, height - FOOTER + 6, width, FOOTER - 6),
                     Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter, page)  # fmt: skip
