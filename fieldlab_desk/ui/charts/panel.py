"""A chart on screen, redrawn from a plain function, and saved as PNG from a fixed-size figure."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from fieldlab_desk.ui.widgets import Retranslating

Draw = Callable[[Figure], None]
EXPORT_SIZE = (10, 6)  # inches
EXPORT_DPI = 150


class ChartPanel(Retranslating, QWidget):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.draw: Draw | None = None
        self.figure = Figure(figsize=(5, 3), layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setMinimumHeight(220)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: 600;")
        self.save_button = QPushButton()
        self.save_button.setObjectName(f"{name}Save")
        self.save_button.clicked.connect(self.save_dialog)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.canvas, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.save_button.setText(QCoreApplication.translate("ChartPanel", "Opslaan als PNG…"))
        title = self.title.text() or QCoreApplication.translate("ChartPanel", "Grafiek")
        self.save_button.setAccessibleName(
            QCoreApplication.translate("ChartPanel", "%1 opslaan als PNG").replace("%1", title)
        )

    def show_chart(self, title: str, draw: Draw) -> None:
        self.draw = draw
        self.title.setText(title)
        self.canvas.setAccessibleName(title)
        self.save_button.setText(QCoreApplication.translate("ChartPanel", "Opslaan als PNG…"))
        self.save_button.setAccessibleName(
            QCoreApplication.translate("ChartPanel", "%1 opslaan als PNG").replace("%1", title)
        )
        self.figure.clear()
        draw(self.figure)
        self.canvas.draw_idle()

    def save_png(self, path: Path) -> Path:
        """Render the chart on its own fixed-size figure, so the file never depends on the window."""
        assert self.draw is not None
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
