"""The window's two banners above the pages: demo data (with the day the demo is shown as of),
and read-only (who holds the file, and the button that takes a stale lock over or — once the
other program closed the file — opens it for editing). A small object of its own, so the window
holds pages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from fieldlab_desk.ui.widgets import named

if TYPE_CHECKING:
    from fieldlab_desk.ui.document import Document
    from fieldlab_desk.ui.file_actions import FileActions
    from fieldlab_desk.ui.watcher import ChangeWatcher


def banner(name: str, style: str) -> tuple[QFrame, QLabel, QHBoxLayout]:
    frame = named(QFrame(), name)
    frame.setStyleSheet(f"#{name} {{ {style} border-radius: 4px; }}")
    text = named(QLabel(), f"{name}Text")
    text.setWordWrap(True)
    layout = QHBoxLayout(frame)
    layout.setContentsMargins(10, 6, 10, 6)
    layout.addWidget(text, 1)
    frame.hide()
    return frame, text, layout


class Banners:
    def __init__(self, files: FileActions, watcher: ChangeWatcher) -> None:
        self.files = files
        self.watcher = watcher
        self.document: Document | None = None
        self.language = "nl"
        self.demo, self.demo_text, _ = banner("demoBanner", "background: #fff4ce; color: #4a3b00;")
        self.lock, self.lock_text, lock_layout = banner(
            "readOnlyBanner", "background: #fde7e9; color: #5c0f14;"
        )
        self.take_over = named(QPushButton(), "takeOverLock")
        self.take_over.clicked.connect(self.take_over_or_edit)
        lock_layout.addWidget(self.take_over)

    def show(self, document: Document | None, language: str) -> None:
        """What the banners say about ``document`` (none: both hidden)."""
        self.document, self.language = document, language
        locked_by = document.portfolio.locked_by if document is not None else None
        self.demo.setVisible(document is not None and document.facts.is_demo)
        self.demo_text.setText(self._demo_words())
        read_only = document is not None and document.read_only
        self.lock.setVisible(read_only)
        self.take_over.setVisible(locked_by is not None)
        self.take_over.setText(QCoreApplication.translate("Banners", "Slot &overnemen…"))
        self.take_over.setAccessibleName(QCoreApplication.translate("Banners", "Slot overnemen"))
        if document is None or not read_only:
            return
        if locked_by is not None:
            text = QCoreApplication.translate(
                "Banners",
                "Alleen-lezen: %1 heeft dit bestand open op %2 (sinds %3). Wijzigingen zijn uitgeschakeld.",
            )
            text = (text.replace("%1", locked_by.user).replace("%2", locked_by.host)
                    .replace("%3", locked_by.since_local))  # fmt: skip
            if locked_by.is_stale:
                text += " " + QCoreApplication.translate(
                    "Banners", "Dat programma draait niet meer; u kunt het slot overnemen."
                )
        else:
            text = QCoreApplication.translate(
                "Banners",
                "Alleen-lezen: u hebt geen schrijfrechten op dit bestand. Wijzigingen zijn uitgeschakeld.",
            )
        self.lock_text.setText(text)

    def _demo_words(self) -> str:
        """The demo banner, with the day the demo is shown as of (and judged on)."""
        words = QCoreApplication.translate(
            "Banners",
            "Demonstratiegegevens: dit is een voorbeeldportfolio met verzonnen personen en bedragen, niet het echte portfolio. Maak via Bestand → Nieuw een eigen bestand.",
        )
        document = self.document
        day = document.facts.reference_day if document is not None else None
        if day is not None:
            shown = day.strftime("%Y-%m-%d" if self.language == "en" else "%d-%m-%Y")
            words += " " + QCoreApplication.translate(
                "Banners", "Het staat zoals het was op {0}; daarop wordt het ook beoordeeld."
            ).format(shown)
        return words

    def take_over_or_edit(self) -> None:
        path = self.document.facts.path if self.document is not None else None
        if self.watcher.told and path is not None:  # free now: simply open it again to edit
            self.files.open_path(path)
        else:
            self.files.take_over_lock()

    def offer_editing(self) -> None:
        """The other program closed the file: this window may now edit it."""
        self.lock_text.setText(QCoreApplication.translate(
            "Banners", "Het andere programma heeft het bestand gesloten. U kunt het nu bewerken."))  # fmt: skip
        self.take_over.setText(QCoreApplication.translate("Banners", "Nu &bewerken"))
        self.take_over.setVisible(True)
