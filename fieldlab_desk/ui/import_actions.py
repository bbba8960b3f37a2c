"""Importeren uit Excel from the app (Ctrl+I): read the workbook and preview it on the worker,
show every change and every problem, and import only when nothing is wrong — as one edit the
user can undo."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QProgressDialog, QWidget

from fieldlab_desk.services.importing import ImportPreview, apply_import, preview_import
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
        ui.changesView.setPlainText("\n".join(preview.changes) or self.tr("Geen."))
        shown = list(preview.problems)
        if preview.warnings:  # below the problems: what to check, not what blocks
            shown += [self.tr("Waarschuwingen (controleer ze):"), *preview.warnings]
        ui.problemsView.setPlainText("\n".join(shown) or self.tr("Geen."))
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Importeren"))
        self.preview = preview
        ui.acceptCheck.setVisible(bool(preview.warnings) and preview.ok)
        ui.acceptCheck.toggled.connect(self._allow)
        self._allow()
        if preview.problems:
            note = self.tr("Er wordt niets geïmporteerd zolang het bestand problemen heeft: "
                           "verbeter de genoemde cellen en probeer opnieuw.")  # fmt: skip
        elif not preview.operations:
            note = self.tr("Er is niets te importeren: het bestand komt overeen met wat er al is.")
        else:
            note = self.tr("Alles wordt in één keer geïmporteerd (project {0}); Ctrl+Z maakt het "
                           "ongedaan.").format(preview.project_code)  # fmt: skip
        if preview.warnings and preview.ok:
            note = self.tr("Sommige regels lijken niet te kloppen (zie de waarschuwingen). Vink "
                           "'Toch importeren' aan om ze toch te importeren; Ctrl+Z maakt het "
                           "ongedaan.")  # fmt: skip
        ui.importNote.setText(note)
        without_keyboard_traps(self)

    def _allow(self) -> None:
        """Import only what has no problem, and with warnings only once they are accepted."""
        accepted = not self.preview.warnings or self.ui.acceptCheck.isChecked()
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.preview.ok and accepted)


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
    progress.setCancelButton(None)  # reading changes nothing: it simply ends
    progress.setMinimumDuration(400)
    progress.setAutoClose(False)

    def work() -> ImportPreview:
        from fieldlab_desk.exporting.xlsx_import import read_import

        return document.read(preview_import, read_import(chosen), language)

    def show(preview: ImportPreview) -> None:
        progress.close()
        dialog = ImportDialog(preview, parent)
        accepted = answer(dialog) if answer is not None else bool(dialog.exec())
        if accepted and preview.ok and (not preview.warnings or dialog.ui.acceptCheck.isChecked()):
            label = QCoreApplication.translate("ImportDialog", "Importeren uit Excel")
            document.edit(apply_import, label, preview, accept_warnings=True)

    def gave_up() -> None:
        progress.close()

    tasks.run(work, show, gave_up)
