"""A chart on screen, drawn off the UI thread, and saved as PNG from a fixed-size figure.

A chart is a plain function that draws on a matplotlib ``Figure``. Rendering one at window
size takes 50-100 ms here, so the panel has it rendered on the serial worker (:func:`render`)
and shows the finished image; a resize renders it again once the user stops resizing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from fieldlab_desk.ui.tasks import TaskRunner
from fieldlab_desk.ui.widgets import Retranslating

Draw = Callable[[Figure], None]
EXPORT_SIZE = (10, 6)  # inches
EXPORT_DPI = 150
SCREEN_DPI = 100
RESIZE_PAUSE_MS = 150


def render(draw: Draw, width: int, height: int, scale: float = 1.0) -> QImage:
    """The chart drawn at ``width`` × ``height`` device-independent pixels (worker thread)."""
    dpi = SCREEN_DPI * scale
    figure = Figure(
        figsize=(width / SCREEN_DPI, height / SCREEN_DPI), dpi=dpi, layout="constrained"
    )
    canvas = FigureCanvasAgg(figure)
    draw(figure)
    canvas.draw()
    pixels = bytes(canvas.buffer_rgba())
    columns, rows = canvas.get_width_height(physical=True)
    image = QImage(pixels, columns, rows, QImage.Format.Format_RGBA8888).copy()  # owns its bytes
    image.setDevicePixelRatio(scale)
    return image


class ChartPanel(Retranslating, QWidget):
    def __init__(self, name: str, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.tasks = tasks
        self.draw: Draw | None = None
        self.rendered_size = QSize()
        self.requests = 0
        self.image = QLabel()
        self.image.setObjectName(f"{name}Image")
        self.image.setMinimumSize(240, 220)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: 600;")
        self.save_button = QPushButton()
        self.save_button.setObjectName(f"{name}Save")
        self.save_button.clicked.connect(self.save_dialog)
        self.resize_timer = QTimer(self)
        self.resize_timer.setSingleShot(True)
        self.resize_timer.setInterval(RESIZE_PAUSE_MS)
        self.resize_timer.timeout.connect(self._render)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.image, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.save_button.setText(QCoreApplication.translate("ChartPanel", "Opslaan als PNG…"))
        title = self.title.text() or QCoreApplication.translate("ChartPanel", "Grafiek")
        self.save_button.setAccessibleName(
            QCoreApplication.translate("ChartPanel", "%1 opslaan als PNG").replace("%1", title)
        )

    def show_chart(self, title: str, draw: Draw) -> None:
        """Show ``title`` at once and the chart as soon as the worker has drawn it."""
        self.draw = draw
        self.title.setText(title)
        self.image.setAccessibleName(title)
        self.retranslate()
        self._render()

    def _render(self) -> None:
        if self.draw is None:
            return
        self.requests += 1
        request, draw = self.requests, self.draw
        size, scale = self.image.size(), self.devicePixelRatioF()
        self.tasks.run(
            lambda: render(draw, size.width(), size.height(), scale),
            lambda image: self._show_image(request, size, image),
        )

    def _show_image(self, request: int, size: QSize, image: QImage) -> None:
        if request != self.requests:  # a newer chart or size is on its way
            return
        self.rendered_size = size
        self.image.setPixmap(QPixmap.fromImage(image))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.draw is not None and self.image.size() != self.rendered_size:
            self.resize_timer.start()

    def save_png(self, path: Path) -> Path:
        """Render the chart on its own fixed-size figure, so the file never depends on the window."""
        assert self.draw is not None
        self.tasks.wait()  # matplotlib is used by one thread at a time
        figure = Figure(figsize=EXPORT_SIZE, dpi=EXPORT_DPI, layout="constrained")
        FigureCanvasAgg(figure)
        self.draw(figure)
        figure.suptitle(self.title.text())
        if path.suffix.lower() != ".png":
            path = path.with_suffix(".png")
        figure.savefig(path, dpi=EXPORT_DPI)
        return path

    def save_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("ChartPanel", "Grafiek opslaan"),
            f"{self.objectName()}.png",
            "PNG (*.png)",
        )
        if name:
            self.save_png(Path(name))
