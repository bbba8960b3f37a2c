"""The two kinds of error, shown in one place each.

Environment errors (a locked, read-only or full disk, a bad file) are :class:`FieldLabError`s:
a plain message box, and nothing changes. Bugs reach ``sys.excepthook``: they are logged with
their traceback and shown once in the crash dialog, whose report can be copied.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from fieldlab_desk import __version__
from fieldlab_desk.domain.errors import FieldLabError

log = logging.getLogger("fieldlab_desk")


def show_error(
    parent: QWidget | None, error: FieldLabError, language: str, title: str = ""
) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        title or QApplication.applicationDisplayName(),
        error.message(language),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("errorMessage")
    box.exec()


class CrashDialog(QDialog):
    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        from fieldlab_desk.ui.forms.ui_crash_dialog import Ui_CrashDialog  # rarely: not at start

        super().__init__(parent)
        self.ui = Ui_CrashDialog()
        self.ui.setupUi(self)
        self.ui.reportEdit.setPlainText(report)
        self.ui.copyButton.clicked.connect(self.copy_report)

    def copy_report(self) -> None:
        QApplication.clipboard().setText(self.ui.reportEdit.toPlainText())


def crash_report(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> str:
    import platform

    lines = traceback.format_exception(kind, value, tb)
    header = (
        f"FieldLab Desk {__version__}, Python {platform.python_version()}, "
        f"PySide6 {pyside_version}, {platform.platform()}\n\n"
    )
    return header + "".join(lines)


class CrashHandler(QObject):
    """Installed as ``sys.excepthook``: logs a bug and shows one crash dialog at a time."""

    def __init__(self, parent_window: Callable[[], QWidget | None], show: bool = True) -> None:
        super().__init__()
        self.parent_window = parent_window
        self.show = show
        self.showing = False
        self.reports: list[str] = []
        self._previous = sys.excepthook

    def install(self) -> None:
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        sys.excepthook = self._previous

    def handle(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous(kind, value, tb)
            return
        report = crash_report(kind, value, tb)
        log.error("unexpected error\n%s", report)
        self.reports.append(report)
        if self.show and not self.showing:
            self.showing = True
            try:
                CrashDialog(report, self.parent_window()).exec()
            finally:
                self.showing = False
