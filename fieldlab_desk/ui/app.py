"""Starting the desktop app: ``fieldlab-desk [FILE] [--lang nl|en] [--exit-when-ready]``.

The file opened is FILE, else the last file used, else a demo portfolio created in the user's
data folder on first start, so the first run shows a living portfolio instead of an empty
window.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

import platformdirs
from PySide6.QtCore import QMessageLogContext, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from fieldlab_desk.domain.texts import text
from fieldlab_desk.ui import settings as keys
from fieldlab_desk.ui.errors import CrashHandler
from fieldlab_desk.ui.i18n import Languages
from fieldlab_desk.ui.mainwindow import MainWindow
from fieldlab_desk.ui.settings import Settings

APP_NAME = "FieldLab Desk"
DEMO_NAME = "demo-drenthe.fieldlab"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"fieldlab-desk: {message}\n")


def parse_arguments(arguments: Sequence[str]) -> argparse.Namespace:
    parser = _Parser(prog="fieldlab-desk", description="FieldLab Desk, the desktop app.")
    parser.add_argument(
        "file", nargs="?", help="the .fieldlab file (or postgresql+psycopg://… address) to open"
    )
    parser.add_argument("--lang", choices=("nl", "en"), help="language of the interface")
    parser.add_argument(
        "--exit-when-ready", action="store_true", help="open, show the first page, exit 0"
    )
    return parser.parse_args(arguments)


def folders() -> tuple[Path, Path]:
    """Where settings and data live; FIELDLAB_HOME puts both in one folder (tests, portable use)."""
    home = os.environ.get("FIELDLAB_HOME")
    if home:
        return Path(home), Path(home)
    return Path(platformdirs.user_config_dir(APP_NAME, False)), Path(
        platformdirs.user_data_dir(APP_NAME, False)
    )


def choose_file(given: str | None, settings: Settings, data_folder: Path) -> str:
    if given is not None:
        return given
    last = settings.get(keys.LAST_FILE)
    if last and ("://" in last or Path(last).exists()):
        return str(last)
    demo = data_folder / DEMO_NAME
    if not demo.exists():
        from fieldlab_desk.services.portfolio import build_demo

        build_demo(demo)
    return str(demo)


QUIET = ("This plugin does not support propagateSizeHints()",)


def _qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    """Qt's own messages go to the log; the offscreen platform's known chatter is dropped."""
    if message in QUIET:
        return
    level = (
        logging.WARNING
        if kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
        else logging.DEBUG
    )
    logging.getLogger("qt").log(level, message)


def _start_log(path: Path, language: str) -> None:
    """The log file; when it cannot be written, the app starts anyway and logs to stderr."""
    style = "%(asctime)s %(levelname)s %(message)s"
    try:
        logging.basicConfig(filename=path, level=logging.INFO, format=style)
    except OSError as error:
        logging.basicConfig(stream=sys.stderr, level=logging.WARNING, format=style)
        message = text("log.unwritable", language, path=str(path), reason=error.strerror or error)
        print(f"fieldlab-desk: {message}", file=sys.stderr)


def run_app(arguments: Sequence[str]) -> int:
    options = parse_arguments(arguments)
    config_folder, data_folder = folders()
    config_folder.mkdir(parents=True, exist_ok=True)
    data_folder.mkdir(parents=True, exist_ok=True)
    _start_log(data_folder / "fieldlab-desk.log", options.lang or "nl")
    qInstallMessageHandler(_qt_message)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName("FieldLab")
    settings = Settings(config_folder / "settings.ini")
    languages = Languages(app)
    languages.switch(options.lang or settings.get(keys.LANGUAGE))
    window = MainWindow(settings, languages, data_folder)
    crashes = CrashHandler(lambda: window, show=not options.exit_when_ready)
    crashes.install()
    path = choose_file(options.file, settings, data_folder)
    opened = window.files.open_location(path, report=not options.exit_when_ready)
    window.show()
    if options.exit_when_ready:
        app.processEvents()
        window.close()
        if not opened and window.files.last_error is not None:
            print(
                f"fieldlab-desk: {window.files.last_error.message(languages.current)}",
                file=sys.stderr,
            )
        return 0 if opened and not crashes.reports else 1
    if not settings.get(keys.USER_NAME):  # asked once; File-independent, under Edit afterwards
        window.ask_user_name()
    _close_on_signals(window)
    code = app.exec()
    crashes.uninstall()
    return code


def _close_on_signals(window: MainWindow) -> None:
    """Ctrl+C or a kill closes the window properly, so the file's lock is released."""
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_args: window.close())
    ticker = QTimer(window)  # lets Python run its signal handlers while Qt waits for events
    ticker.timeout.connect(lambda: None)
    ticker.start(300)
