"""Errors the domain and storage raise, each with a message in Dutch and English.

Lower layers cannot use Qt's translator, so the messages for their errors live in the
catalogue :mod:`fieldlab_desk.domain.texts`, keyed by a stable code. The UI and the CLI choose the language; ``str(error)`` is Dutch, the
default language of the application.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the catalogue loads with the first error: the window starts without it
    from fieldlab_desk.domain.texts import Language


class FieldLabError(Exception):
    """An error the user can understand and act on; never a bug."""

    def __init__(self, code: str, **params: Any) -> None:
        from fieldlab_desk.domain.texts import MESSAGES

        if code not in MESSAGES:
            raise KeyError(f"no message for error code {code!r}")
        self.code = code
        self.params = params
        super().__init__(self.message("nl"))

    def message(self, language: Language = "nl") -> str:
        from fieldlab_desk.domain.texts import text

        return text(self.code, language, **self.params)


class InvalidInput(FieldLabError):
    """Text the user typed that cannot be what the field needs."""


class ValidationError(FieldLabError):
    """A record that breaks a rule; ``field`` names the field the message belongs beside."""

    def __init__(self, code: str, field: str, **params: Any) -> None:
        self.field = field
        super().__init__(code, **params)


class BadFile(FieldLabError):
    """A file that cannot be opened as a FieldLab database; the file was left untouched."""


class FileInUse(FieldLabError):
    """The file is locked by another program for a moment."""


class WriteFailed(FieldLabError):
    """The environment refused a write (read-only, disk full); nothing was changed."""
