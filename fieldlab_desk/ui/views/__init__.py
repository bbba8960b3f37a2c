"""The pages and tabs of the desktop app.

Pages are made for one open portfolio: the main window builds them when a file opens and
throws them away when it closes, so no page ever holds "maybe a document".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:  # the main window imports this before the data layers are loaded
    from fieldlab_desk.ui.document import Document
    from fieldlab_desk.ui.i18n import Languages
    from fieldlab_desk.ui.tasks import TaskRunner


@dataclass(frozen=True)
class PageContext:
    """What every page is built with: the open document, the worker and the languages."""

    document: Document
    tasks: TaskRunner
    languages: Languages

    @property
    def language(self) -> str:
        """The language the interface speaks now ("nl" or "en")."""
        return self.languages.current


class Page(Protocol):
    """What the main window asks of every page."""

    def refresh(self, tables: frozenset[str]) -> None:
        """Show the stored data again; ``tables`` names what an edit touched (empty: all)."""
