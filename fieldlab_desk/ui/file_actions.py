"""The File menu's work: open (with lock and read-only fallback), new, copy, backup, close."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox

from fieldlab_desk.domain.errors import BadFile, FieldLabError, WriteFailed
from fieldlab_desk.services.summary import start_portfolio
from fieldlab_desk.storage import backup_file, create_database, open_database
from fieldlab_desk.storage.lock import FileLock, FileLocked, LockOwner
from fieldlab_desk.ui import settings as keys
from fieldlab_desk.ui.dialogs.new_portfolio import NewPortfolioDialog
from fieldlab_desk.ui.document import Document
from fieldlab_desk.ui.errors import show_error
from fieldlab_desk.ui.i18n import current_language

if TYPE_CHECKING:
    from fieldlab_desk.ui.mainwindow import MainWindow

FILTER = "FieldLab (*.fieldlab)"


class FileActions:
    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def _error(self, error: FieldLabError) -> None:
        show_error(self.window, error, current_language())

    def open_location(self, location: str, *, report: bool = True) -> bool:
        """Open a file path, or a database server address such as ``postgresql+psycopg://…``."""
        if "://" in location:
            return self.open_url(location, report=report)
        return self.open_path(Path(location), report=report)

    def open_url(self, url: str, *, report: bool = True) -> bool:
        """Open a server database: no lock file (the server guards concurrent edits)."""
        try:
            database = open_database(url)
        except FieldLabError as failure:
            if report:
                self._error(failure)
            return False
        self.window.set_document(
            Document(database, None, who=self.window.settings.get(keys.USER_NAME))
        )
        self.window.settings.remember_file(database.location)
        return True

    def open_server_dialog(self) -> None:
        url, ok = QInputDialog.getText(
            self.window,
            QCoreApplication.translate("FileActions", "Databaseserver openen"),
            QCoreApplication.translate(
                "FileActions",
                "Adres van de database, bijvoorbeeld postgresql+psycopg://naam@server/fieldlab (het wachtwoord komt uit ~/.pgpass of PGPASSWORD):",
            ),
        )
        if ok and url.strip():
            self.open_url(url.strip())

    def open_path(self, path: Path, *, report: bool = True) -> bool:
        """Open ``path`` as the window's document; on a bad file keep the current one."""
        path = path.expanduser().resolve()
        if not path.exists():
            error: FieldLabError = BadFile("file.not_found", path=str(path))
            if report:
                self._error(error)
            self.window.settings.forget_file(str(path))
            return False
        lock = FileLock(path)
        owner: LockOwner | None = None
        try:
            lock.acquire()
        except FileLocked as locked:
            owner = locked.owner
        try:
            database = open_database(path, read_only=owner is not None)
        except FieldLabError as failure:
            lock.release()
            if report:
                self._error(failure)
            return False
        if database.read_only and owner is None:
            lock.release()  # no write permission: nothing to guard
        held = lock if lock.held else None
        document = Document(
            database, held, who=self.window.settings.get(keys.USER_NAME), locked_by=owner
        )
        self.window.set_document(document)
        self.window.settings.remember_file(str(path))
        return True

    def open_dialog(self) -> None:
        start = str(Path(self.window.settings.get(keys.LAST_FILE) or Path.home()).parent)
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            QCoreApplication.translate("FileActions", "Portfolio openen"),
            start,
            FILTER,
        )
        if name:
            self.open_path(Path(name))

    def new_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            QCoreApplication.translate("FileActions", "Nieuw portfolio"),
            str(Path.home() / "portfolio.fieldlab"),
            FILTER,
        )
        if name:
            self.create_new(Path(name))

    def create_new(self, path: Path, values: tuple[str, object, str] | None = None) -> bool:
        """Create an empty portfolio at ``path``; asks whose it is unless ``values`` says."""
        if path.suffix != ".fieldlab":
            path = path.with_name(path.name + ".fieldlab")
        if values is None:
            dialog = NewPortfolioDialog(path, self.window)
            if not dialog.exec():
                return False
            values = dialog.values()
        if path.exists():
            self._error(BadFile("file.exists", path=str(path)))
            return False
        organisation, kind, title = values
        try:
            database = create_database(path)
            with database.transaction() as session:
                start_portfolio(organisation, kind, title, session=session)  # type: ignore[arg-type]
            database.close()
        except FieldLabError as error:
            self._error(error)
            return False
        return self.open_path(path)

    def save_copy(self) -> None:
        doc = self.window.document
        if doc is None or doc.database.path is None:
            return
        suggestion = doc.database.path.with_name(doc.database.path.stem + " (kopie).fieldlab")
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            QCoreApplication.translate("FileActions", "Kopie opslaan als"),
            str(suggestion),
            FILTER,
        )
        if name:
            self.copy_to(Path(name))

    def copy_to(self, target: Path) -> Path | None:
        doc = self.window.document
        if doc is None or doc.database.path is None:
            return None
        if target.resolve() == doc.database.path.resolve():
            self._error(BadFile("file.exists", path=str(target)))
            return None
        try:
            target.unlink(missing_ok=True)
            copy = backup_file(doc.database.path, target)
        except (FieldLabError, OSError) as error:
            self._error(
                error
                if isinstance(error, FieldLabError)
                else WriteFailed("file.write_failed", path=str(target), reason=str(error))
            )
            return None
        self.window.statusBar().showMessage(
            QCoreApplication.translate("FileActions", "Kopie opgeslagen: %1").replace(
                "%1", str(copy)
            ),
            8000,
        )
        return copy

    def backup_now(self) -> Path | None:
        doc = self.window.document
        if doc is None or doc.database.path is None:
            return None
        try:
            copy = backup_file(doc.database.path)
        except FieldLabError as error:
            self._error(error)
            return None
        self.window.statusBar().showMessage(
            QCoreApplication.translate("FileActions", "Reservekopie gemaakt: %1").replace(
                "%1", str(copy)
            ),
            8000,
        )
        return copy

    def close_file(self) -> None:
        self.window.set_document(None)
        self.window.settings.set(keys.LAST_FILE, "")

    def take_over_lock(self) -> None:
        doc = self.window.document
        if doc is None or doc.locked_by is None or doc.database.path is None:
            return
        owner = doc.locked_by
        question = QCoreApplication.translate(
            "FileActions",
            "Het slot is van %1 op %2. Neem het alleen over als dat programma echt niet meer draait: anders kunnen wijzigingen verloren gaan. Slot overnemen?",
        )
        question = question.replace("%1", owner.user).replace("%2", owner.host)
        if QMessageBox.warning(self.window, QCoreApplication.translate("FileActions", "Slot overnemen"), question,
                               QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                               QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:  # fmt: skip
            return
        path = doc.database.path
        self.window.set_document(None)
        lock = FileLock(path)
        lock.take_over()
        lock.release()
        self.open_path(path)

    def fill_recent(self) -> None:
        menu: QMenu = self.window.menu_actions.menus["recent"]
        menu.clear()
        recent = self.window.settings.get(keys.RECENT_FILES)
        for number, name in enumerate(recent, start=1):
            action = menu.addAction(f"&{number} {name}")
            action.triggered.connect(lambda _checked=False, n=name: self.open_location(n))
        if not recent:
            empty = menu.addAction(QCoreApplication.translate("FileActions", "(geen)"))
            empty.setEnabled(False)
