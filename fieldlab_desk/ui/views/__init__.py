"""The pages and tabs of the desktop app."""

from __future__ import annotations

from typing import Protocol

from fieldlab_desk.ui.document import Document


class Page(Protocol):
    """What the main window asks of every page."""

    def set_document(self, document: Document | None) -> None: ...

    def refresh(self, tables: frozenset[str]) -> None: ...
