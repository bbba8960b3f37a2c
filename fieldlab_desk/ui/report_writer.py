"""Making the half-year report from the app: the figures are read and the charts drawn on the
worker, the PDF is written on the UI thread (Qt's text engine), and a period chooser."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QComboBox, QFileDialog, QWidget

from fieldlab_desk.domain.errors import FieldLabError
from fieldlab_desk.outputs import Prepared
from fieldlab_desk.services.report import Period
from fieldlab_desk.ui.document import Document
from fieldlab_desk.ui.errors import show_error
from fieldlab_desk.ui.tasks import Loader, TaskRunner


def fill_periods(combo: QComboBox, today: dt.date | None = None) -> None:
    """Every half year up to now, newest first; the last whole one chosen."""
    today = today or dt.date.today()
    combo.clear()
    for year in range(today.year, 2019, -1):
        for half in (2, 1):
            period = Period(year, half)
            if period.start <= today:
                combo.addItem(period.code, period)
    combo.setCurrentIndex(1 if combo.count() > 1 else 0)


class ReportWriter(QObject):
    def __init__(self, document: Document, tasks: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self.document, self.widget = document, parent
        self.loader = Loader(tasks, self)
        self.last: tuple[Path, int] | None = None
        """The file and page count of the report written last."""

    def ask_and_write(
        self, period: Period, project_code: str | None, language: str,
        finished: Callable[[], None] = lambda: None,
    ) -> None:  # fmt: skip
        name = f"halfjaarrapportage-{project_code or 'portfolio'}-{period.code}.pdf"
        chosen, _ = QFileDialog.getSaveFileName(
            self.widget, QCoreApplication.translate("ReportWriter", "Halfjaarrapportage opslaan"),
            name, "PDF (*.pdf)",
        )  # fmt: skip
        if chosen:
            path = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
            self.write(period, path, project_code, language, finished)
        else:
            finished()

    def write(
        self, period: Period, path: Path, project_code: str | None, language: str,
        finished: Callable[[], None] = lambda: None,
    ) -> None:  # fmt: skip
        from fieldlab_desk.outputs import Output, Request, prepare, write

        portfolio = self.document.portfolio
        request = Request(Output.REPORT_PDF, language, project_code, period=period)

        def work() -> Prepared:
            return prepare(request, portfolio)

        def done(prepared: Prepared) -> None:
            try:
                written = write(prepared, path)
                self.last = (written.path, written.pages or 0)
            except OSError as error:
                problem = FieldLabError("file.os_error", path=str(path),
                                        reason=error.strerror or str(error))  # fmt: skip
                show_error(self.widget, problem, language)
            finally:
                finished()

        self.loader.load(work, done)
