"""Exporteren naar Excel from the app (Ctrl+E): the project plan of the open project or the
steering-group pack of a year. Reading, drawing the pictures and writing the workbook happen on
the worker; the file is written whole or not at all, and the status bar says where it went."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QProgressDialog, QWidget

from fieldlab_desk.domain.errors import FieldLabError
from fieldlab_desk.domain.texts import file_name
from fieldlab_desk.outputs import Cancelled, Output, Prepared, Request, prepare, write
from fieldlab_desk.services.projects import ProjectFilter
from fieldlab_desk.ui.document import Document
from fieldlab_desk.ui.forms.ui_export_dialog import Ui_ExportDialog
from fieldlab_desk.ui.mnemonics import UniqueMnemonics
from fieldlab_desk.ui.tasks import TaskRunner

PLAN, PACK = "plan", "pack"


class ExportDialog(UniqueMnemonics, QDialog):
    def __init__(self, project_code: str | None, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.ui = ui = Ui_ExportDialog()
        ui.setupUi(self)
        if project_code:
            ui.kindCombo.addItem(self.tr("Projectplan van {0}").format(project_code), PLAN)
        ui.kindCombo.addItem(self.tr("Stuurgroeppakket van een jaar"), PACK)
        ui.yearSpin.setRange(2000, 2100)
        ui.yearSpin.setValue(year)
        ui.exportNote.setText(
            self.tr("Bedragen en datums worden echte getallen en datums; totalen zijn formules "
                    "die met filters meetellen. 'Alleen waarden' zet de totalen vast, voor het "
                    "archief.")
        )  # fmt: skip
        ui.kindCombo.currentIndexChanged.connect(self._kind_chosen)
        self._kind_chosen()

    def kind(self) -> str:
        return str(self.ui.kindCombo.currentData())

    def _kind_chosen(self) -> None:
        pack = self.kind() == PACK
        for widget in (self.ui.yearSpin, self.ui.yearSpinLabel, self.ui.perProjectCheck,
                       self.ui.perProjectCheckLabel):  # fmt: skip
            widget.setVisible(pack)


def run_export(
    document: Document, tasks: TaskRunner, parent: QWidget, language: str,
    project_code: str | None, year: int, done: object,
    filters: ProjectFilter | None = None, filters_text: str = "",
) -> None:  # fmt: skip
    """Ask what and where, then export on the worker; ``done(path)`` afterwards. With
    ``filters`` (exported from a filtered projects list) the pack holds what the list shows."""
    dialog = ExportDialog(project_code, year, parent)
    if filters is not None:
        dialog.ui.exportNote.setText(dialog.tr("Het stuurgroeppakket bevat alleen de projecten "
                                               "die de lijst nu toont: {0}.").format(filters_text))  # fmt: skip
    if not dialog.exec():
        return
    kind, values_only = dialog.kind(), dialog.ui.valuesOnlyCheck.isChecked()
    chosen_year, per_project = dialog.ui.yearSpin.value(), dialog.ui.perProjectCheck.isChecked()
    suggested = (file_name("plan", language, project_code, suffix=".xlsx") if kind == PLAN
                 else file_name("pack", language, chosen_year, suffix=".xlsx"))  # fmt: skip
    name, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("ExportDialog", "Exporteren naar Excel"), suggested,
        "Excel (*.xlsx)",
    )  # fmt: skip
    if not name:
        return
    path = Path(name if name.lower().endswith(".xlsx") else name + ".xlsx")
    export_to(document, tasks, language, kind, project_code, chosen_year, path, done,
              per_project=per_project, values_only=values_only, parent=parent, filters=filters,
              filters_text=filters_text)  # fmt: skip


def export_to(
    document: Document, tasks: TaskRunner, language: str, kind: str, project_code: str | None,
    year: int, path: Path, done: object, *, per_project: bool = False, values_only: bool = False,
    parent: QWidget | None = None, filters: ProjectFilter | None = None, filters_text: str = "",
) -> None:  # fmt: skip
    """Write the workbook on the worker; ``done(path)`` on the UI thread when it is there."""
    output = Output.PACK_XLSX if kind == PACK else Output.PLAN_XLSX
    request = Request(output, language, project_code, year if kind == PACK else None,
                      per_project=per_project, values_only=values_only, filters=filters,
                      filters_text=filters_text)  # fmt: skip
    run_output(document, tasks, request, path, done, parent)


def run_output(
    document: Document, tasks: TaskRunner, request: Request, path: Path, done: object,
    parent: QWidget | None = None,
) -> None:  # fmt: skip
    """Prepare ``request`` on the worker (reading, drawing) and write it on the UI thread;
    ``done(written)`` afterwards.

    With a ``parent`` a progress dialog shows while it works; *Annuleren* stops the work at
    its next step and writes no file (the worker is not interrupted half-way a read, so
    nothing is left half-done either)."""
    portfolio = document.portfolio
    progress = _progress(parent) if parent is not None else None
    stop = [False]
    if progress is not None:
        progress.canceled.connect(lambda: stop.__setitem__(0, True))

    def step(_key: str) -> None:
        if stop[0]:
            raise Cancelled

    def finished(prepared: Prepared) -> None:
        cancelled = stop[0]  # read first: closing a progress dialog emits canceled() itself
        if progress is not None:
            progress.close()
        if cancelled:
            return
        try:
            written = write(prepared, path)
        except OSError as error:  # no rights, a full disk: said plainly, nothing half-written
            problem = FieldLabError("file.os_error", path=str(path),
                                    reason=error.strerror or str(error))  # fmt: skip
            tasks.failed.emit(problem)
            return
        done(written.path)  # type: ignore[operator]

    def gave_up() -> None:
        if progress is not None:
            progress.close()

    def work() -> Prepared | None:
        try:
            return prepare(request, portfolio, step)
        except Cancelled:
            return None

    tasks.run(work, lambda prepared: finished(prepared) if prepared is not None else gave_up(),
              gave_up)  # fmt: skip


def _progress(parent: QWidget) -> QProgressDialog:
    dialog = QProgressDialog(
        QCoreApplication.translate("ExportDialog", "Exporteren…"),
        QCoreApplication.translate("ExportDialog", "Annuleren"), 0, 0, parent,
    )  # fmt: skip
    dialog.setObjectName("exportProgress")
    dialog.setWindowTitle(QCoreApplication.translate("ExportDialog", "Exporteren naar Excel"))
    dialog.setMinimumDuration(400)  # only when it takes more than a moment
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    return dialog


def this_year() -> int:
    return dt.date.today().year


def print_plan(
    document: Document, tasks: TaskRunner, parent: QWidget, language: str, project_code: str,
    path: Path | None = None, done: object = None,
) -> None:  # fmt: skip
    """The open project's plan as an A4 PDF (Afdrukken / PDF): read and pictures on the
    worker, the pages on the UI thread."""
    if path is None:
        name, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("ExportDialog", "Projectplan als PDF"),
            file_name("plan", language, project_code, suffix=".pdf"), "PDF (*.pdf)",
        )  # fmt: skip
        if not name:
            return
        path = Path(name if name.lower().endswith(".pdf") else name + ".pdf")
    request = Request(Output.PLAN_PDF, language, project_code)
    run_output(document, tasks, request, path, done or (lambda _path: None))
