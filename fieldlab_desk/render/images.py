"""SVG to PNG with Qt's SVG renderer: the PNG of a diagram is its SVG, pixel for pixel.

Used by the app's export and by ``fieldlab-desk toc --out chain.png``; without a running
application (the CLI) it starts a headless one. Which indicators have a chart to draw
(``charted``); the charts themselves are drawn by ``paper_chart`` (Qt's painter on a QImage,
which a worker thread may use).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from fieldlab_desk.domain.errors import FieldLabError
from fieldlab_desk.services.effect import IndicatorRow

SCALE = 2  # pixels per SVG unit: sharp on paper and on high-dpi screens


def ensure_gui() -> None:
    """A Qt GUI application to draw with: the running app's, or a headless one (the CLI)."""
    if QGuiApplication.instance() is None:
        if not os.environ.get("QT_QPA_PLATFORM"):  # a picture needs no screen (unset or empty)
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from fieldlab_desk.platform_check import problem

        if (found := problem(headless=True)) is not None:
            raise FieldLabError(found[0], **found[1])
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


def charted(row: IndicatorRow) -> bool:
    """Whether an indicator has anything to draw: a measurement or a target."""
    return bool(row.measurements) or row.target_value is not None
