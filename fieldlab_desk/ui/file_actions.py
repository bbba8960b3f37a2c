"""The File menu's work: open, new, copy, backup, close, take over a lock, recent files.

Opening goes through :func:`services.portfolio.open_portfolio` (which takes the lock or falls
back to read-only); this module only asks the user and reports. It knows nothing of the main
window: it emits :attr:`FileActions.opened` with a new document (or None when the file is
closed), and reads and writes the settings it is given.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox, QWidget

from fieldlab_desk.domain.errors import FieldLabError
from fieldlab_desk.ui import settings as keys
from fieldlab_desk.ui.errors import show_error
from fieldlab_desk.ui.settings import Settings

if TYPE_CHECKING:  # the data layers load when the first file opens, after the window shows
    from fieldlab_desk.domain.enums import OrganisationKind
    from fieldlab_desk.services.portfolio import Portfolio
    from fieldlab_desk.ui.document import Document

FILTER = "FieldLab (*.fieldlab)"


def open_outcome(location: str, user: str) -> Portfolio | FieldLabError:
    """The opened portfolio at ``location``, or why it did not open. Makes no Qt object, so
    it may run on the worker thread (as the first open after start does)."""
    from fieldlab_desk.services.portfolio import open_portfolio

    try:
        return open_portfolio(location, user=user)
    except FieldLabError as failure:
        return failure


class FileActions(QObject):
    opened = Signal(object)
    """Emitted with the new Document to show, or None when the open file was closed."""

    status = Signal(str)
    """Emitted with a short message for the status bar (a copy or backup was made)."""

    def __init__(
        self,
        parent: QWidget,
        settings: Settings,
        language: Callable[[], str],
        current: Callable[[], Document | None],
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.settings = settings
        self.language = language
        self.current = current
        self.last_error: FieldLabError | None = None
        """Why the last open failed (also when it was not shown, as with --exit-when-ready)."""

    def _error(self, error: FieldLabError) -> None:
        show_error(self.parent_widget, error, self.language())

    def open_location(self, location: str, *, report: bool = True) -> bool:
        """Open a file path, or a database server address such as ``postgresql+psycopg://…``."""
        return self.take(location, open_outcome(location, self.user()), report=report)

    def user(self) -> str:
        """The name edits are recorded under (empty: the login name)."""
        return str(self.settings.get(keys.USER_NAME) or "")

    def take(self, location: str, outcome: Portfolio | FieldLabError, *, report: bool) -> bool:
        """Show the portfolio ``open_outcome`` gave, or report why it did not open."""
        from fieldlab_desk.ui.document import Document

        if isinstance(outcome, FieldLabError):
            self.last_error = outcome
            if report:
                self._error(outcome)
            if outcome.code == "file.not_found":
                self.settings.forget_file(location)
            return False
        self.opened.emit(Document(outcome))
        self.settings.remember_file(outcome.location)
        return True

    def open_path(self, path: Path, *, report: bool = True) -> bool:
        return self.open_location(str(path.expanduser().resolve()), report=report)

    def open_url(self, url: str, *, report: bool = True) -> bool:
        return self.open_location(url, report=report)

    def open_server_dialog(self) -> None:
        url, ok = QInputDialog.getText(
            self.parent_widget,
            QCoreApplication.translate("FileActions", "Databaseserver openen"),
            QCoreApplication.translate(
                "FileActions",
                "Adres van de database, bijvoorbeeld postgresql+psycopg://naam@server/fieldlab (het wachtwoord komt uit ~/.pgpass of PGPASSWORD):",
            ),
        )
        if ok and url.strip():
            self.open_url(url.strip())

    def open_dialog(self) -> None:
        start = str(Path(self.settings.get(keys.LAST_FILE) or Path.home()).parent)
        name, _ = QFileDialog.getOpenFileName(
            self.parent_widget,
            QCoreApplication.translate("FileActions", "Portfolio openen"),
            start,
            FILTER,
        )
        if name:
            self.open_path(Path(name))

    def new_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self.parent_widget,
            QCoreApplication.translate("FileActions", "Nieuw portfolio"),
            str(Path.home() / "portfolio.fieldlab"),
            FILTER,
        )
        if name:
            self.create_new(Path(name))

    def create_new(
        self, path: Path,
        values: tuple[str, OrganisationKind | None, str] | tuple[str, OrganisationKind | None, str, str] | None = None,
    ) -> bool:  # fmt: skip
        """Create an empty portfolio at ``path``; asks whose it is and its region unless
        ``values`` says (organisation, kind, title[, region]; Drenthe by default)."""
        from fieldlab_desk.services.portfolio import create_portfolio
        from fieldlab_desk.ui.dialogs.new_portfolio import NewPortfolioDialog
        from fieldlab_desk.ui.document import Document

        if path.suffix != ".fieldlab":
            path = path.with_name(path.name + ".fieldlab")
        if values is None:
            dialog = NewPortfolioDialog(path, self.language(), self.parent_widget)
            if not dialog.exec():
                return False
            values = dialog.values()
        organisation, kind, title = values[:3]
        region = values[3] if len(values) > 3 else "drenthe"
        try:
            portfolio = create_portfolio(path, organisation, kind, title, user=self.user(),
                                         region=region)  # fmt: skip
        except FieldLabError as error:
            self._error(error)
            return False
        self.opened.emit(Document(portfolio))
        self.settings.remember_file(portfolio.location)
        return True

    def save_copy(self) -> None:
        document = self.current()
        if document is None or document.facts.path is None:
            return
        path = document.facts.path
        name, _ = QFileDialog.getSaveFileName(
            self.parent_widget,
            QCoreApplication.translate("FileActions", "Kopie opslaan als"),
            str(path.with_name(path.stem + " (kopie).fieldlab")),
            FILTER,
        )
        if name:
            self.copy_to(Path(name))

    def copy_to(self, target: Path) -> Path | None:
        return self._copy(target, QCoreApplication.translate("FileActions", "Kopie opgeslagen: %1"))

    def backup_now(self) -> Path | None:
        return self._copy(
            None, QCoreApplication.translate("FileActions", "Reservekopie gemaakt: %1")
        )

    def _copy(self, target: Path | None, done: str) -> Path | None:
        document = self.current()
        if document is None or document.facts.path is None:
            return None
        try:
            copy = document.portfolio.backup(target)
        except FieldLabError as error:
            self._error(error)
            return None
        self.status.emit(done.replace("%1", str(copy)))
        return copy

    def close_file(self) -> None:
        self.opened.emit(None)
        self.settings.set(keys.LAST_FILE, "")

    def take_over_lock(self) -> None:
        document = self.current()
        if document is None or document.portfolio.locked_by is None or document.facts.path is None:
            return
        owner = document.portfolio.locked_by
        question = QCoreApplication.translate(
            "FileActions",
            "Het slot is van %1 op %2. Neem het alleen over als dat programma echt niet meer draait: anders kunnen wijzigingen verloren gaan. Slot overnemen?",
        )
        question = question.replace("%1", owner.user).replace("%2", owner.host)
        if QMessageBox.warning(self.parent_widget, QCoreApplication.translate("FileActions", "Slot overnemen"), question,
                               QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                               QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:  # fmt: skip
            return
        from fieldlab_desk.services.portfolio import take_over_lock

        path = document.facts.path
        self.opened.emit(None)  # the read-only document closes first
        take_over_lock(path)
        self.open_path(path)

    def fill_recent(self, menu: QMenu) -> None:
        menu.clear()
        recent = self.settings.get(keys.RECENT_FILES)
        for number, name in enumerate(recent, start=1):
            action = menu.addAction(f"&{number} {name}")
            action.triggered.connect(lambda _checked=False, n=name: self.open_location(n))
        if not recent:
            empty = menu.addAction(QCoreApplication.translate("FileActions", "(geen)"))
            empty.setEnabled(False)
