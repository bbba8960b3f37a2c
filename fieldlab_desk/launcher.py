"""The ``fieldlab-desk`` command's entry point: the desktop app, or a headless command.

It decides which before importing either: the app's window is not kept waiting for the
command line's modules, and a command never loads Qt.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Sequence

from fieldlab_desk.command_words import SUBCOMMANDS, mistyped_command


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if starts_app(arguments):
        if (cannot := cannot_draw(arguments)) is not None:
            print(f"fieldlab-desk: {cannot}", file=sys.stderr)
            return 1
        gc.disable()  # until the first page has its data: see ``ui.app``
        load_qt()
        from fieldlab_desk.ui.app import run_app

        return run_app(arguments)
    from fieldlab_desk.cli import main as run_command

    return run_command(arguments)


def cannot_draw(arguments: Sequence[str]) -> str | None:
    """Why Qt could not start here (no screen, a library missing), in one line of the user's
    language; None when it can. Asked before Qt loads: Qt itself would abort the process."""
    from fieldlab_desk.platform_check import problem

    found = problem()
    if found is None:
        return None
    from fieldlab_desk.domain.texts import text

    asked = next((a.split("=", 1)[1] for a in arguments if a.startswith("--lang=")), "")
    if "--lang" in arguments[:-1]:
        asked = arguments[arguments.index("--lang") + 1]
    wanted = asked or os.environ.get("FIELDLAB_LANG") or os.environ.get("LANG", "")
    key, values = found
    return text(key, "en" if wanted.startswith("en") else "nl", **values)


def load_qt() -> None:
    """Import Qt, and take away the import hook that comes with it.

    PySide6 replaces ``builtins.__import__`` with a hook that serves ``from __feature__ import
    snake_case``, which this app does not use; the hook makes every later import a quarter
    slower (measured: SQLAlchemy and SQLModel, 0.38 s with it and 0.30 s without).
    """
    import builtins

    plain = builtins.__import__
    import PySide6.QtCore  # noqa: F401  (installs the hook)

    builtins.__import__ = plain


def starts_app(arguments: Sequence[str]) -> bool:
    """No command word (a file, options or nothing): the desktop app."""
    if not arguments:
        return True
    if arguments[0] in SUBCOMMANDS or arguments[0] in ("-h", "--help", "--version"):
        return False
    return mistyped_command(arguments) is None
