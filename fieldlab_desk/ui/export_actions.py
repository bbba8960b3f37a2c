"""Exporteren naar Excel from the app (Ctrl+E): the project plan of the open project or the
steering-group pack of a year. Reading, drawing the pictures and writing the workbook happen on
the worker; the file is written whole or not at all, and the status bar says where it went."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QProgressDialog, QWidget

from fieldlab_desk.domain.errors import FieldLabError
from fieldlab_desk.exporting.files import write_whole
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
    suggested = (f"projectplan-{project_code}.xlsx" if kind == PLAN
                 else f"stuurgroeppakket-{chosen_year}.xlsx")  # fmt: skip
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
    """Write the workbook on the worker; ``done(path)`` on the UI thread when it is there.

    With a ``parent`` a progress dialog shows while it works; *Annuleren* lets the work end
    unseen and writes no file (the worker cannot be interrupted half-way a read, so nothing is
    left half-done either)."""
    portfolio = document.portfolio
    chosen_year = year
    progress = _progress(parent) if parent is not None else None

    def work() -> bytes:
        location, schema = portfolio.location, str(portfolio.facts.revision)
        if kind == PACK:
            from fieldlab_desk.exporting.pack import pack_workbook
            from fieldlab_desk.services.pack import pack

            book = pack_workbook(portfolio.read(pack, chosen_year, filters), language,
                                 location=location, schema=schema, per_project=per_project,
                                 values_only=values_only, filters_text=filters_text)  # fmt: skip
        else:
            from fieldlab_desk.exporting.project_plan import project_plan_workbook
            from fieldlab_desk.services.project_plan import project_plan
            from fieldlab_desk.ui.export_pictures import plan_pictures

            plan = portfolio.read(project_plan, project_code or "")
            diagram, charts = plan_pictures(plan, language)
            book = project_plan_workbook(plan, language, location=location, schema=schema,
                                         diagram_png=diagram, chart_pngs=charts,
                                         values_only=values_only)  # fmt: skip
        data = io.BytesIO()
        book.save(data)
        return data.getvalue()

    def finished(data: bytes) -> None:
        if progress is not None:
            cancelled = progress.wasCanceled()
            progress.close()
            if cancelled:
                return
        try:
            write_whole(path, data)
        except OSError as error:  # no rights, a full disk: said plainly, nothing half-written
            problem = FieldLabError("file.os_error", path=str(path),
                                    reason=error.strerror or str(error))  # fmt: skip
            tasks.failed.emit(problem)
            return
        done(path)  # type: ignore[operator]

    def gave_up() -> None:
        if progress is not None:
            progress.close()

    tasks.run(work, finished, gave_up)


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
            f"projectplan-{project_code}.pdf", "PDF (*.pdf)",
        )  # fmt: skip
        if not name:
            return
        path = Path(name if name.lower().endswith(".pdf") else name + ".pdf")
    chosen = path

    def work() -> tuple[object, dict[str, bytes]]:
        from fieldlab_desk.exporting.halfyear_html import chart_name
        from fieldlab_desk.exporting.plan_html import DIAGRAM
        from fieldlab_desk.services.project_plan import project_plan
        from fieldlab_desk.ui.export_pictures import plan_pictures

        plan = document.read(project_plan, project_code)
        diagram, charts = plan_pictures(plan, language)
        pictures = {chart_name(i): data for i, data in charts.items()}
        if diagram is not None:
            pictures[DIAGRAM] = diagram
        return plan, pictures

    def write(result: tuple[object, dict[str, bytes]]) -> None:
        from fieldlab_desk.exporting.plan_html import plan_html
        from fieldlab_desk.services.project_plan import ProjectPlan
        from fieldlab_desk.ui.report_pdf import write_html_pdf

        plan, pictures = result
        assert isinstance(plan, ProjectPlan)
        title = f"{plan.project.code} — {plan.project.title}"
        try:
            write_html_pdf(plan_html(plan, language, set(pictures)), pictures, chosen, title, title,
                           language)  # fmt: skip
        except OSError as error:
            tasks.failed.emit(FieldLabError("file.os_error", path=str(chosen),
                                            reason=error.strerror or str(error)))  # fmt: skip
            return
        if done is not None:
            done(chosen)  # type: ignore[operator]

    tasks.run(work, write)
