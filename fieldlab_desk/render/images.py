"""SVG to PNG with Qt's SVG renderer: the PNG of a diagram is its SVG, pixel for pixel.

Used by the app's export and by ``fieldlab-desk toc --out chain.png``; without a running
application (the CLI) it starts a headless one. Also the indicator charts as PNG (matplotlib's
Agg: no Qt, so the app draws them on its worker thread).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from fieldlab_desk.services.effect import IndicatorRow

SCALE = 2  # pixels per SVG unit: sharp on paper and on high-dpi screens


def ensure_gui() -> None:
    """A Qt GUI application to draw with: the running app's, or a headless one (the CLI)."""
    if QGuiApplication.instance() is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        global _APP
        _APP = QGuiApplication([])


def svg_to_png(svg: str, scale: float = SCALE) -> bytes:
    ensure_gui()
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    size = renderer.defaultSize()
    image = QImage(int(size.width() * scale), int(size.height() * scale),
                   QImage.Format.Format_ARGB32)  # fmt: skip
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the binding wants str
    buffer.close()
    return bytes(data.data())


_APP: QGuiApplication | None = None


def chart_png(row: IndicatorRow, language: str) -> bytes:
    """The indicator's chart as PNG, drawn with matplotlib's Agg (no window needed)."""
    import io

    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from fieldlab_desk.render.indicator_chart import ChartWords, draw_indicator

    english = language == "en"
    words = ChartWords(*(("measured", "baseline", "target", "expected path") if english
                         else ("gemeten", "nulmeting", "streefwaarde", "verwacht pad")))  # fmt: skip
    figure = Figure(figsize=(4.4, 2.4), dpi=120)
    figure.subplots_adjust(left=0.15, right=0.97, top=0.86, bottom=0.2)  # fixed: constrained
    # layout measured every text several times, two thirds of a report's time
    FigureCanvasAgg(figure)
    draw_indicator(figure, row, words)
    figure.suptitle(row.name, fontsize=8)
    out = io.BytesIO()
    figure.savefig(out, format="png")
    return out.getvalue()


def charted(row: IndicatorRow) -> bool:
    """Whether an indicator has anything to draw: a measurement or a target."""
    return bool(row.measurements) or row.target_value is not None
