"""An indicator's chart for paper and workbooks, drawn with Qt's painter: the same picture as
the screen's matplotlib chart (nulmeting, the expected path, the target as a line and a star,
the measurements by the indicator's semantics) in a few milliseconds instead of a tenth of a
second — a report draws dozens of them."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen, QPolygonF

from fieldlab_desk.domain import formats
from fieldlab_desk.domain.enums import MeasurementKind, ValueSemantics
from fieldlab_desk.domain.progress import BEHIND
from fieldlab_desk.domain.texts import Language
from fieldlab_desk.exporting.colours import BLUE, GREY, RED, YELLOW
from fieldlab_desk.render.images import ensure_gui
from fieldlab_desk.services.effect import IndicatorRow

WIDTH, HEIGHT = 528, 288  # 4,4 × 2,4 inch at 120 dpi, as the screen's chart
LEFT, RIGHT, TOP, BOTTOM = 78, 16, 30, 40
INK = QColor("#263238")


@dataclass(frozen=True)
class Frame:
    """A chart's size in drawing units, its margins, its letters and its pixels per unit."""

    width: int
    height: int
    left: int
    right: int
    top: int
    bottom: int
    font: int
    legend: bool = True
    scale: int = 1
    months: int = 6  # at most this many month ticks


FULL = Frame(WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM, 15)
"""A workbook's or the plan's chart, with its own legend."""
SMALL = Frame(300, 170, 46, 8, 18, 24, 10, legend=False, scale=2, months=4)
"""One of three charts in a row of the half-year report (drawn onto the PDF as lines and text,
or as an image at twice the pixels); its legend is printed once under the charts
(``halfyear_html.chart_legend``)."""


def values(row: IndicatorRow) -> list[tuple[dt.date, float]]:
    """(day, value by the semantics) for each measurement after the nulmeting: for a per-period
    indicator the running total (what its target is about), else the value measured."""
    points, total = [], Decimal(0)
    for m in row.measurements:
        if m.kind is MeasurementKind.NULMETING:
            continue
        total += m.value
        points.append(
            (
                m.measured_on,
                float(total if row.semantics is ValueSemantics.PER_PERIODE else m.value),
            )
        )
    return points


def nice_step(span: float, wanted: int, whole: bool) -> float:
    """A step of 1, 2, 2,5 or 5 times a power of ten giving about ``wanted`` ticks."""
    raw = max(span / max(wanted, 1), 1e-9)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    return max(step, 1.0) if whole else step


def month_ticks(first: dt.date, last: dt.date, most: int = 6) -> list[dt.date]:
    """First days of months between ``first`` and ``last``, at most ``most`` of them."""
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    every = next(m for m in (1, 2, 3, 4, 6, 12, 24, 48, 96) if months / m <= most)
    year, month = first.year, first.month
    ticks = []
    while (year, month) <= (last.year, last.month):
        if (month - 1) % every == 0 or every == 1:
            day = dt.date(year, month, 1)
            if first <= day <= last:
                ticks.append(day)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return ticks


def paper_chart_png(row: IndicatorRow, language: Language) -> bytes:
    """The indicator's chart as PNG."""
    image = paper_chart(row, language)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # PySide6 takes the str at run time
    return bytes(data.data())


def paper_chart(row: IndicatorRow, language: Language, frame: Frame = FULL) -> QImage:
    """The indicator's chart as an image."""
    ensure_gui()
    image = QImage(
        frame.width * frame.scale, frame.height * frame.scale, QImage.Format.Format_RGB32
    )
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(frame.scale, frame.scale)
    draw_chart(painter, row, language, frame)
    painter.end()
    return image


def draw_chart_in(painter: QPainter, place: QRectF, row: IndicatorRow, language: Language,
                  frame: Frame = SMALL) -> None:  # fmt: skip
    """The chart drawn by ``painter`` (a PDF's: as lines and text, sharp at any zoom) into
    ``place``, the frame scaled to fit it."""
    painter.save()
    painter.translate(place.topLeft())
    painter.scale(place.width() / frame.width, place.height() / frame.height)
    painter.fillRect(QRectF(0, 0, frame.width, frame.height), QColor("white"))
    draw_chart(painter, row, language, frame)
    painter.restore()


def draw_chart(painter: QPainter, row: IndicatorRow, language: Language, frame: Frame) -> None:
    """The chart in ``frame``'s units from the painter's origin; the painter's clip (a PDF
    page's) is only ever narrowed."""
    english = language == "en"
    measured, baseline_word, target_word, expected_word = (
        ("measured", "baseline", "target", "expected path") if english
        else ("gemeten", "nulmeting", "streefwaarde", "verwacht pad"))  # fmt: skip
    points = values(row)
    has_base = row.baseline_value is not None and row.baseline_date is not None
    days = [d for d, _ in points]
    ys = [v for _, v in points]
    if has_base:
        days.append(row.baseline_date)  # type: ignore[arg-type]
        ys.append(float(row.baseline_value))  # type: ignore[arg-type]
    if row.target_value is not None:
        ys.append(float(row.target_value))
        if row.target_date is not None:
            days.append(row.target_date)
    days = days or [dt.date.today()]
    ys = ys or [0.0]
    first, last = min(days), max(days)
    if first == last:
        first, last = first - dt.timedelta(days=30), last + dt.timedelta(days=30)
    pad = (last - first) * 0.04
    x0, x1 = first - pad, last + pad
    low, high = min(ys), max(ys)
    if low == high:
        low, high = low - 1, high + 1
    step = nice_step(high - low, 6, row.whole_numbers)
    y0, y1 = math.floor(low / step) * step, math.ceil(high / step) * step
    if y1 - high < (y1 - y0) * 0.03:  # room above the highest point, as matplotlib keeps
        y1 += step

    f = frame
    plot = QRectF(f.left, f.top, f.width - f.left - f.right, f.height - f.top - f.bottom)

    def x(day: dt.date) -> float:
        return plot.left() + plot.width() * (day - x0).days / max((x1 - x0).days, 1)

    def y(value: float) -> float:
        return plot.bottom() - plot.height() * (value - y0) / (y1 - y0)

    small = QFont(painter.font())
    small.setPixelSize(f.font)  # FULL: as matplotlib's 10 pt at 120 dpi
    painter.setFont(small)
    painter.setPen(INK)
    name = painter.fontMetrics().elidedText(row.name, Qt.TextElideMode.ElideRight, f.width - 8)
    painter.drawText(QRectF(0, 2, f.width, f.top - 4), Qt.AlignmentFlag.AlignCenter, name)
    painter.setFont(small)
    # axes, ticks and their labels
    painter.setPen(QPen(INK, 1))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    painter.drawLine(plot.bottomLeft(), plot.topLeft())
    value = y0
    while value <= y1 + step / 1000:
        at = y(value)
        painter.drawLine(QPointF(plot.left() - 4, at), QPointF(plot.left(), at))
        shown = formats.number(Decimal(str(round(value, 6))), language, places=2)
        painter.drawText(QRectF(0, at - 10, plot.left() - 6, 20),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, shown)  # fmt: skip
        value += step
    pattern = "%Y-%m" if english else "%m-%Y"
    for tick in month_ticks(x0, x1, f.months):
        at = x(tick)
        painter.drawLine(QPointF(at, plot.bottom()), QPointF(at, plot.bottom() + 4))
        place = QRectF(at - 40, plot.bottom() + 5, 80, f.font + 5)
        shown = tick.strftime(pattern)
        half = painter.fontMetrics().horizontalAdvance(shown) / 2 + 1
        place.moveCenter(QPointF(min(max(at, half), f.width - half), place.center().y()))
        painter.drawText(place, Qt.AlignmentFlag.AlignCenter, shown)  # within the picture
    painter.save()
    painter.translate(f.font - 1, plot.center().y())
    painter.rotate(-90)
    painter.drawText(
        QRectF(-plot.height() / 2, -8, plot.height(), 16), Qt.AlignmentFlag.AlignCenter, row.unit
    )
    painter.restore()

    legend: list[tuple[str, str]] = []
    painter.save()
    painter.setClipRect(plot.adjusted(-8, -8, 8, 8), Qt.ClipOperation.IntersectClip)
    if row.target_value is not None:
        painter.setPen(QPen(QColor(YELLOW), 1.2, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(plot.left(), y(float(row.target_value))),
                         QPointF(plot.right(), y(float(row.target_value))))  # fmt: skip
    if has_base:
        base = QPointF(x(row.baseline_date), y(float(row.baseline_value)))  # type: ignore[arg-type]
        if row.target_value is not None and row.target_date is not None:
            painter.setPen(QPen(QColor(GREY), 1.6, Qt.PenStyle.DotLine))
            painter.drawLine(base, QPointF(x(row.target_date), y(float(row.target_value))))
            legend.append(("expected", expected_word))
        _square(painter, base, QColor(GREY))
        legend.insert(0, ("baseline", baseline_word))
    if row.target_value is not None and row.target_date is not None:
        _star(painter, QPointF(x(row.target_date), y(float(row.target_value))), 8, QColor(YELLOW))
        legend.append(("target", target_word))
    if points:
        colour = QColor(RED if row.status in BEHIND else BLUE)
        painter.setPen(QPen(colour, 1.8))
        line = [QPointF(x(d), y(v)) for d, v in points]
        painter.drawPolyline(QPolygonF(line))
        for point in line:
            _dot(painter, point, colour)
        legend.append(("measured", measured))
    painter.restore()
    if legend and f.legend:
        marks = [QPointF(x(d), y(v)) for d, v in points]
        if has_base:
            marks.append(QPointF(x(row.baseline_date), y(float(row.baseline_value))))  # type: ignore[arg-type]
        _legend(painter, plot, legend, QColor(RED if row.status in BEHIND else BLUE), marks)


def _square(painter: QPainter, at: QPointF, colour: QColor) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRect(QRectF(at.x() - 4, at.y() - 4, 8, 8))


def _dot(painter: QPainter, at: QPointF, colour: QColor) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(at, 4.2, 4.2)


def _star(painter: QPainter, at: QPointF, size: float, colour: QColor) -> None:
    corners = []
    for number in range(10):
        radius = size if number % 2 == 0 else size * 0.45
        angle = math.pi / 2 + number * math.pi / 5
        corners.append(
            QPointF(at.x() + radius * math.cos(angle), at.y() - radius * math.sin(angle))
        )
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawPolygon(QPolygonF(corners))


def _legend(painter: QPainter, plot: QRectF, entries: list[tuple[str, str]], measured: QColor,
            marks: list[QPointF]) -> None:  # fmt: skip
    """A framed legend in the corner of the plot that no point falls in (lower right, else
    upper left, then the others), as matplotlib's "best" place does."""
    metrics = painter.fontMetrics()
    width = max(metrics.horizontalAdvance(text) for _, text in entries) + 34
    height = 18 * len(entries) + 6
    corners = [QRectF(plot.right() - width - 6, plot.bottom() - height - 6, width, height),
               QRectF(plot.left() + 6, plot.top() + 6, width, height),
               QRectF(plot.right() - width - 6, plot.top() + 6, width, height),
               QRectF(plot.left() + 6, plot.bottom() - height - 6, width, height)]  # fmt: skip
    box = next((c for c in corners if not any(c.adjusted(-6, -6, 6, 6).contains(m) for m in marks)),
               corners[0])  # fmt: skip
    painter.setPen(QPen(QColor("#cfd8dc"), 1))
    painter.setBrush(QColor(255, 255, 255, 230))
    painter.drawRoundedRect(box, 3, 3)
    for number, (kind, text) in enumerate(entries):
        middle = QPointF(box.left() + 14, box.top() + 12 + 18 * number)
        if kind == "baseline":
            _square(painter, middle, QColor(GREY))
        elif kind == "expected":
            painter.setPen(QPen(QColor(GREY), 1.6, Qt.PenStyle.DotLine))
            painter.drawLine(
                QPointF(middle.x() - 9, middle.y()), QPointF(middle.x() + 9, middle.y())
            )
        elif kind == "target":
            _star(painter, middle, 6, QColor(YELLOW))
        else:
            painter.setPen(QPen(measured, 1.8))
            painter.drawLine(
                QPointF(middle.x() - 9, middle.y()), QPointF(middle.x() + 9, middle.y())
            )
            _dot(painter, middle, measured)
        painter.setPen(INK)
        painter.drawText(QRectF(box.left() + 28, middle.y() - 9, width - 30, 18),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)  # fmt: skip
