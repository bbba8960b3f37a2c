"""Importeren uit Excel from the app (Ctrl+I): read the workbook and preview it on the worker,
show every change and every problem, and import only when nothing is wrong — as one edit the
user can undo."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QProgressDialog, QWidget

from fieldlab_desk.domain.errors import FieldLabError
from fieldlab_desk.domain.terms import Terms
from fieldlab_desk.domain.texts import Language, file_name
from fieldlab_desk.services.importing import (
    ImportPreview,
    SimilarChoice,
    apply_import,
    preview_import,
)
from fieldlab_desk.ui.document import Document
from fieldlab_desk.ui.forms.ui_import_dialog import Ui_ImportDialog
from fieldlab_desk.ui.mnemonics import UniqueMnemonics
from fieldlab_desk.ui.tasks import TaskRunner
from fieldlab_desk.ui.widgets import without_keyboard_traps


class ImportDialog(UniqueMnemonics, QDialog):
    def __init__(self, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.ui = ui = Ui_ImportDialog()
        ui.setupUi(self)
        changes = list(preview.changes)
        if preview.similar:  # the rows the user must decide about, right under the changes
            changes += [self.tr("Lijkt op een bestaande boeking (kies hieronder):"),
                        *(s.said for s in preview.similar)]  # fmt: skip
        if preview.notes:
            changes += [self.tr("Opmerkingen:"), *preview.notes]
        ui.changesView.setPlainText("\n".join(changes) or self.tr("Geen."))
        shown = list(preview.problems)
        if preview.warnings:  # below the problems: what to check, not what blocks
            shown += [self.tr("Waarschuwingen (controleer ze):"), *preview.warnings]
        ui.problemsView.setPlainText("\n".join(shown) or self.tr("Geen."))
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Importeren"))
        self.preview = preview
        ui.acceptCheck.setVisible(bool(preview.warnings) and preview.ok)
        ui.acceptCheck.toggled.connect(self._allow)
        ui.similarBox.setVisible(bool(preview.similar) and preview.ok)
        ui.similarAdd.toggled.connect(self._allow)
        ui.similarUpdate.toggled.connect(self._allow)
        self._allow()
        if preview.problems:
            note = self.tr("Er wordt niets geïmporteerd zolang het bestand problemen heeft: "
                           "verbeter de genoemde cellen en probeer opnieuw.")  # fmt: skip
        elif not preview.operations:
            note = self.tr("Er is niets te importeren: het bestand komt overeen met wat er al is.")
        else:
            note = self.tr("Alles wordt in één keer geïmporteerd (project {0}); Ctrl+Z maakt het "
                           "ongedaan.").format(preview.project_code)  # fmt: skip
        if preview.similar and preview.ok:
            note = self.tr("{0} rij(en) lijken op een boeking die er al is (zelfde regel en datum). "
                           "Kies of ze als nieuwe boeking worden toegevoegd of die boeking "
                           "bijwerken.").format(len(preview.similar))  # fmt: skip
        if preview.warnings and preview.ok:
            note = ("" if not preview.similar else note + " ") + self.tr("Sommige regels lijken niet te kloppen (zie de waarschuwingen). Vink "
                           "'Toch importeren' aan om ze toch te importeren; Ctrl+Z maakt het "
                           "ongedaan.")  # fmt: skip
        ui.importNote.setText(note)
        without_keyboard_traps(self)

    def _allow(self) -> None:
        """Import only what has no problem, with warnings only once they are accepted, and
        with look-alike bookings only once the user chose what they do."""
        accepted = not self.preview.warnings or self.ui.acceptCheck.isChecked()
        chosen = not self.preview.similar or self.similar_choice() is not None
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.preview.ok and accepted and chosen)

    def similar_choice(self) -> SimilarChoice | None:
        if self.ui.similarAdd.isChecked():
            return SimilarChoice.ADD
        if self.ui.similarUpdate.isChecked():
            return SimilarChoice.UPDATE
        return None


def run_import(
    document: Document, tasks: TaskRunner, parent: QWidget, language: str,
    path: Path | None = None, answer: Callable[[ImportDialog], bool] | None = None,
) -> None:  # fmt: skip
    """Choose a workbook (or take ``path``), preview it on the worker, and import on OK."""
    if path is None:
        name, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("ImportDialog", "Importeren uit Excel"), "",
            "Excel (*.xlsx)",
        )  # fmt: skip
        if not name:
            return
        path = Path(name)
    chosen = path
    progress = QProgressDialog(QCoreApplication.translate("ImportDialog", "Het bestand wordt gelezen…"),
                               "", 0, 0, parent)  # fmt: skip
    progress.setObjectName("importProgress")
    progress.setWindowTitle(QCoreApplication.translate("ImportDialog", "Importeren uit Excel"))
    progress.setCancelButton(None)  # reading changes nothing: it simply ends
    progress.setMinimumDuration(400)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    counted = _Rows(
        progress, language
    )  # rows read, from the worker to the bar (queued: a UI object)

    def work() -> ImportPreview:
        from fieldlab_desk.exporting.xlsx_import import read_import

        found = read_import(chosen, counted.read.emit)
        counted.read.emit(-1, 0)  # reading done: comparing with the portfolio
        return document.read(preview_import, found, language)

    def show(preview: ImportPreview) -> None:
        progress.close()
        dialog = ImportDialog(preview, parent)
        accepted = answer(dialog) if answer is not None else bool(dialog.exec())
        if not accepted or not preview.ok:
            return
        if preview.warnings and not dialog.ui.acceptCheck.isChecked():
            return
        similar = dialog.similar_choice()
        if preview.similar and similar is None:
            return
        label = QCoreApplication.translate("ImportDialog", "Importeren uit Excel")
        document.edit(apply_import, label, preview, accept_warnings=True, similar=similar)

    def gave_up() -> None:
        progress.close()

    tasks.run(work, show, gave_up)


class _Rows(QObject):
    """Carries the count of rows read from the worker to the progress bar: the receiver lives
    on the UI thread, so each report is queued there."""

    read = Signal(int, int)

    def __init__(self, progress: QProgressDialog, language: str) -> None:
        super().__init__()
        self.progress, self.language = progress, language
        self.read.connect(self.moved)

    @Slot(int, int)
    def moved(self, done: int, total: int) -> None:
        _moved(self.progress, done, total, self.language)


def _moved(progress: QProgressDialog, done: int, total: int, language: str) -> None:
    """The bar follows the rows read; then it says the file is being compared."""
    if done < 0:
        progress.setRange(0, 0)
        progress.setLabelText(
            QCoreApplication.translate("ImportDialog", "Vergelijken met het portfolio…")
        )
        return
    from fieldlab_desk.domain.formats import count

    lang: Language = "en" if language == "en" else "nl"
    progress.setRange(0, total)
    progress.setValue(done)
    progress.setLabelText(QCoreApplication.translate("ImportDialog", "Rijen gelezen: {0} van {1}")
                          .format(count(done, lang), count(total, lang)))  # fmt: skip


def save_template(parent: QWidget, language: str, project_code: str,
                  done: Callable[[Path], None], categories: Terms | None = None) -> None:  # fmt: skip
    """Ask where, and write the import template there (with ``project_code`` filled in and the
    portfolio's own cost categories in its pick list)."""
    import io

    from fieldlab_desk.exporting.files import write_whole
    from fieldlab_desk.exporting.template import template_workbook
    from fieldlab_desk.ui.errors import show_error

    suggested = file_name("template", language, project_code, suffix=".xlsx")
    name, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("ImportDialog", "Importsjabloon opslaan"), suggested,
        "Excel (*.xlsx)",
    )  # fmt: skip
    if not name:
        return
    path = Path(name if name.lower().endswith(".xlsx") else name + ".xlsx")
    data = io.BytesIO()
    template_workbook("en" if language == "en" else "nl", project_code, categories).save(data)
    try:
        write_whole(path, data.getvalue())
    except OSError as error:  # no rights, a full disk: said plainly, nothing half-written
        problem = FieldLabError(
            "file.os_error", path=str(path), reason=error.strerror or str(error)
        )
        show_error(parent, problem, language)
        return
    done(path)
