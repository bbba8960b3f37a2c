"""The command words of ``fieldlab-desk``, and how a mistyped one is told from a file name.

Light on purpose: the launcher reads it before it knows whether to start the app.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

SUBCOMMANDS = ("demo", "check", "backup", "yearplan", "toc", "indicators", "report", "export",
               "import", "template", "copy", "migrate", "reference", "requests", "scaling", "access")  # fmt: skip


def mistyped_command(arguments: Sequence[str]) -> tuple[str, str] | None:
    """A first word that is no file but looks like a command (``chekc``), with the command."""
    import difflib

    if not arguments or arguments[0] in SUBCOMMANDS or arguments[0].startswith("-"):
        return None
    word = arguments[0]
    if "://" in word or Path(word).suffix or Path(word).exists() or "/" in word:
        return None
    close = difflib.get_close_matches(word.lower(), SUBCOMMANDS, n=1, cutoff=0.6)
    return (word, close[0]) if close else None
