"""Making the half-year report from the app: the figures are read and the charts drawn on the
worker, the PDF is written on the UI thread (Qt's text engine), and a period chooser."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QWidget,
)
from shiboken6 import isValid

from fieldlab_desk.domain.errors import FieldLabError
from fieldlab_desk.domain.texts import file_name
from fieldlab_desk.outputs import Prepared
from fieldlab_desk.services.report import Period
from fieldlab_desk.ui.document import Document
from fieldlab_desk.ui.errors import show_error
from fieldlab_desk.ui.tasks import Loader, TaskRunner


def fill_periods(combo: QComboBox, today: dt.date | None = None) -> None:
    """Every half year up to ``today`` (the portfolio's reference day where it has one, as a
    demo does: its figures are judged on that day), newest first; the last whole one chosen."""
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
        self.announced: QMessageBox | None = None
        """The message that said where the last report went (for tests and the curious)."""

    def ask_and_write(
        self, period: Period, project_code: str | None, language: str,
        finished: Callable[[], None] = lambda: None, *, group_by: str = "project",
        addressee: str = "", summary: bool = False,
    ) -> None:  # fmt: skip
        name = file_name(
            "report", language, project_code or "portfolio", period.code, suffix=".pdf"
        )
        chosen, _ = QFileDialog.getSaveFileName(
            self.widget, QCoreApplication.translate("ReportWriter", "Halfjaarrapportage opslaan"),
            name, "PDF (*.pdf)",
        )  # fmt: skip
        if chosen:
            path = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
            self.write(period, path, project_code, language, finished, group_by=group_by,
                       addressee=addressee, summary=summary)  # fmt: skip
        else:
            finished()

    def write(
        self, period: Period, path: Path, project_code: str | None, language: str,
        finished: Callable[[], None] = lambda: None, *, group_by: str = "project",
        addressee: str = "", summary: bool = False,
    ) -> None:  # fmt: skip
        """Gather and draw on the worker with a progress dialog (Annuleren stops it at its next
        step and writes nothing), write the PDF, then say where it is and offer to open it.
        The keyboard focus goes back to where it was."""
        from fieldlab_desk.outputs import Cancelled, Output, Request, prepare, write

        portfolio = self.document.portfolio
        request = Request(Output.REPORT_PDF, language, project_code, period=period,
                          group_by=group_by, addressee=addressee, summary=summary)  # fmt: skip
        focus = QApplication.focusWidget()
        progress = QProgressDialog(
            QCoreApplication.translate("ReportWriter", "Halfjaarrapportage {0} maken…").format(period.code),
            QCoreApplication.translate("ReportWriter", "Annuleren"), 0, 0, self.widget,
        )  # fmt: skip
        progress.setObjectName("reportProgress")
        progress.setMinimumDuration(400)  # only when it takes more than a moment
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        stop = [False]
        progress.canceled.connect(lambda: stop.__setitem__(0, True))

        def step(_key: str) -> None:
            if stop[0]:
                raise Cancelled

        def work() -> Prepared | None:
            try:
                return prepare(request, portfolio, step)
            except Cancelled:
                return None

        def done(prepared: Prepared | None) -> None:
            cancelled = stop[0]  # read first: closing a progress dialog emits canceled() itself
            progress.close()
            try:
                if prepared is None or cancelled:
                    return
                written = write(prepared, path)
                self.last = (written.path, written.pages or 0)
                self._announce(written.path, written.pages or 0, focus)
            except OSError as error:
                problem = FieldLabError("file.os_error", path=str(path),
                                        reason=error.strerror or str(error))  # fmt: skip
                show_error(self.widget, problem, language)
            finally:
                finished()
                _back_to(focus)

        self.loader.load(work, done)

    def _announce(self, path: Path, pages: int, focus: QWidget | None) -> None:
        """Where the report was written, with *Openen*; the window stays usable meanwhile."""
        window = self.widget.window()
        said = QCoreApplication.translate("ReportWriter", "Geschreven: {0} ({1} p.)").format(
            path, pages
        )
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(said, 15000)
        box = QMessageBox(QMessageBox.Icon.Information,
                          QCoreApplication.translate("ReportWriter", "Halfjaarrapportage"), said,
                          QMessageBox.StandardButton.Close, self.widget)  # fmt: skip
        box.setObjectName("reportWritten")
        opener = box.addButton(QCoreApplication.translate("ReportWriter", "&Openen"),
                               QMessageBox.ButtonRole.AcceptRole)  # fmt: skip
        opener.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
        box.setDefaultButton(opener)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: _back_to(focus))  # the keyboard where it was
        box.open()  # not exec(): nothing waits on it
        self.announced = box


def _back_to(focus: QWidget | None) -> None:
    if focus is not None and isValid(focus) and focus.isVisible():
        focus.setFocus(Qt.FocusReason.OtherFocusReason)
