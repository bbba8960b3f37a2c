"""A printable PDF through Qt's PDF writer: A4, HTML paged by Qt's text engine with its
pictures, and on every page a header with the document's title and a footer with the page
number of the total. Written whole or not at all. The half-year report and the project plan on
paper are paged here (their HTML comes from ``exporting``)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRect, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QPyTextObject,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from fieldlab_desk.domain.texts import text
from fieldlab_desk.render.images import ensure_gui

DPI = 96  # the text engine lays out in these units; the writer scales them to the page
HEADER = 28
FOOTER = 24


Drawing = Callable[[QPainter, QRectF], None]
"""A picture drawn by the page's own painter into the place its ``<img>`` takes."""
Pictures = Mapping[str, "bytes | QImage | Drawing"]
"""Pictures by the name the HTML gives them: PNG bytes, an image, or a drawing (which needs the
``<img>``'s width and height)."""


def write_html_pdf(
    html: str | Sequence[str], pictures: Pictures, path: Path, header: str,
    document_title: str, language: str, *, sender: str = "",
) -> int:  # fmt: skip
    """Page ``html`` onto A4 with ``header`` (and ``sender`` on its right) and the page number
    on every page; whole or not at all. Returns the number of pages.

    ``html`` may come in parts, each a whole HTML document starting on a new page: each part
    is laid out, drawn and let go in turn, so a report of thousands of pages never holds more
    than one part (and its pictures) in memory. A first pass lays every part out without its
    pictures (each ``<img>`` has its width and height) to count the pages (*page n of m*) and
    find where the contents list's anchors land; ``PAGE_OF`` marks (``⟦page:NAME⟧``) are then
    replaced by those pages. Headings are kept with what follows them (``_keep_with_next``)."""
    ensure_gui()
    parts = [html] if isinstance(html, str) else list(html)
    size = _body_size()
    total = None
    pages: dict[str, int] = {}
    kept: dict[int, QTextDocument] = {}
    if len(parts) > 1 or any(PAGE_MARK.search(part) for part in parts):
        total = 0
        for number, part in enumerate(parts):  # the first pass: pages and anchors, no pictures
            document = _document(PAGE_MARK.sub(WIDEST_PAGE, part), {}, size)
            pages.update({name: total + page for name, page in _anchor_pages(document).items()})
            total += document.pageCount()
            if len(parts) <= KEEP_PARTS and not PAGE_MARK.search(part):
                kept[number] = document  # laid out already: the second pass draws it as it is
    temporary = path.with_name(path.name + ".part")
    try:
        written = _print(parts, pictures, pages, total, temporary, header, document_title,
                         language, sender, kept)  # fmt: skip
        temporary.replace(path)
    finally:
        temporary.unlink(missing_ok=True)
    return written


PAGE_MARK = re.compile(r"⟦page:([\w.-]+)⟧")  # as exporting.halfyear_html.page_of writes it
WIDEST_PAGE = "9999"  # what a page mark holds while the pages are counted
KEEP_PARTS = 4  # a document of at most this many parts is laid out once, kept in memory


def _document(html: str, pictures: Pictures, size: QSizeF) -> QTextDocument:
    """One part laid out on the page's body, with the pictures it names, headings kept with
    what follows them."""
    document = QTextDocument()
    document.setIndentWidth(18)  # a bullet's indent (Qt's 40 px wastes a paper's width)
    _add_pictures(document, html, pictures)
    document.setHtml(html)
    document.setPageSize(size)
    _keep_with_next(document)
    return document


IMAGE = re.compile(r'<img src="([^"]+)"')


def _add_pictures(document: QTextDocument, html: str, pictures: Pictures) -> None:
    """The pictures ``html`` names: images as the document's resources, drawings through a
    handler that draws them where Qt places them."""
    drawings: dict[str, Drawing] = {}
    for name in dict.fromkeys(IMAGE.findall(html)):
        if name in pictures:
            data = pictures[name]
            if callable(data):
                drawings[name] = data
                continue
            image = data if isinstance(data, QImage) else QImage.fromData(data)
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    if drawings:
        handler = _Drawings(drawings, document)  # the document keeps it
        document.documentLayout().registerHandler(int(QTextFormat.ObjectTypes.ImageObject), handler)


class _Drawings(QPyTextObject):
    """Qt's image handler for a part whose pictures are drawings: each ``<img>`` is as large as
    its width and height say, and its drawing is made there by the page's painter."""

    def __init__(self, drawings: dict[str, Drawing], parent: QTextDocument) -> None:
        super().__init__(parent)
        self.drawings = drawings

    def intrinsicSize(self, document: QTextDocument, position: int, format_: QTextFormat) -> QSizeF:
        image = format_.toImageFormat()
        return QSizeF(image.width(), image.height())

    def drawObject(self, painter: QPainter, place: QRectF | QRect, document: QTextDocument,
                   position: int, format_: QTextFormat) -> None:  # fmt: skip
        drawing = self.drawings.get(format_.toImageFormat().name())
        if drawing is not None:
            drawing(painter, QRectF(place))


def _keep_with_next(document: QTextDocument) -> None:
    """Move a heading that would end a page to the next one, with what it heads.

    Qt's text engine has no ``page-break-after: avoid``: after layout, the first heading whose
    first following text (for a table: its first row below the header) lands on a later page
    gets a page break before it; the rest of the part is laid out again at once (Qt lays out
    lazily: looked at before, later blocks have no lines yet, and a part drawn half laid out
    loses text) and the search goes on from that heading. Headings in a row travel together. A heading already at the top of a page stays:
    what follows it is taller than a page."""
    layout, height = document.documentLayout(), document.pageSize().height()
    layout.documentSize()  # the whole part laid out: Qt lays out lazily, as far as asked
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() and block.layout().lineCount():
            follower = _follower(block)
            top = layout.blockBoundingRect(block).top() + block.layout().lineAt(0).y()
            if follower is not None and top % height > 2:
                line = follower.layout().lineAt(0)
                bottom = layout.blockBoundingRect(follower).top() + line.y() + line.height()
                if (bottom - 1) // height > top // height:
                    format_ = block.blockFormat()
                    format_.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                    QTextCursor(block).setBlockFormat(format_)
                    layout.documentSize()  # laid out again from here before the next look
        block = block.next()


def _follower(heading: QTextBlock) -> QTextBlock | None:
    """The first text after ``heading`` that is not a heading itself; in a table with more
    than one row, the first cell of its second row."""
    block = heading.next()
    while block.isValid() and (
        block.blockFormat().headingLevel() or not block.layout().lineCount()
    ):
        block = block.next()
    if not block.isValid():
        return None
    table = QTextCursor(block).currentTable()
    if table is not None and table.rows() > 1:
        cell = table.cellAt(1, 0).firstCursorPosition().block()
        if cell.layout().lineCount():
            return cell
    return block


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
                line = block.layout().lineAt(0)  # a page break before it moves its line
                top = layout.blockBoundingRect(block).top() + (line.y() if line.isValid() else 0)
                found.setdefault(name, int(top // height) + 1)
            iterator += 1
        block = block.next()
    return found


def _print(
    parts: list[str], pictures: Pictures, pages: dict[str, int], total: int | None, path: Path,
    title: str, document_title: str, language: str, sender: str,
    kept: dict[int, QTextDocument],
) -> int:  # fmt: skip
    """Draw each part's pages in turn (``total``: the pages of all parts, when counted; ``kept``:
    parts laid out already, given their pictures here)."""
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setPageLayout(_layout())
    writer.setTitle(document_title)
    writer.setCreator("FieldLab Desk")
    page = writer.pageLayout().paintRectPixels(DPI)
    body = QSizeF(page.width(), page.height() - HEADER - FOOTER)
    painter = QPainter(writer)
    number = 0
    try:
        for at_part, part in enumerate(parts):
            document = kept.pop(at_part, None)
            if document is None:
                html = PAGE_MARK.sub(lambda m: str(pages.get(m.group(1), "")), part)
                document = _document(html, pictures, body)
            else:
                _add_pictures(document, part, pictures)
            count = document.pageCount()
            for at in range(count):
                if number:
                    writer.newPage()
                _furniture(painter, page.width(), page.height(), title,
                           text("page", language, n=number + 1, total=total or count), sender)  # fmt: skip
                painter.save()
                painter.translate(0, HEADER - at * body.height())
                document.drawContents(
                    painter, QRectF(0, at * body.height(), body.width(), body.height())
                )
                painter.restore()
                number += 1
    finally:
        painter.end()
    return number


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
