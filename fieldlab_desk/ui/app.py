"""Starting the desktop app: ``fieldlab-desk [FILE] [--lang nl|en] [--exit-when-ready]``.

The file opened is FILE, else the last file used, else a demo portfolio created in the user's
data folder on first start, so the first run shows a living portfolio instead of an empty
window.

Start-up paints first: this module and the main window import only Qt and the light parts of
the app, the window shows with its opening page, and only then are the data layers imported and
the file opened, on the worker thread (see ``MainWindow.open_after_first_paint``). The garbage collector is paused until
the first page has its data: the hundreds of thousands of objects the imports make would
otherwise be scanned again and again on the way (measured: 0.3 s).
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import signal
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from fieldlab_desk.ui import settings as keys
from fieldlab_desk.ui.errors import CrashHandler
from fieldlab_desk.ui.i18n import Languages
from fieldlab_desk.ui.mainwindow import MainWindow
from fieldlab_desk.ui.settings import Settings

APP_NAME = "FieldLab Desk"
COLLECTOR_DEADLINE_MS = 60_000
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
    import platformdirs

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
        from fieldlab_desk.demo.build import build_demo

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
        from fieldlab_desk.domain.texts import text

        logging.basicConfig(stream=sys.stderr, level=logging.WARNING, format=style)
        message = text("log.unwritable", language, path=str(path), reason=error.strerror or error)
        print(f"fieldlab-desk: {message}", file=sys.stderr)


class StartClock:
    """Times since launch of the first paint and of the first page with its data.

    Launch is ``FIELDLAB_LAUNCHED_AT`` (seconds since the epoch, set by whoever starts the
    process, such as ``benchmarks/startup.py``), else the moment this clock was made.
    """

    def __init__(self) -> None:
        launched = os.environ.get("FIELDLAB_LAUNCHED_AT", "")
        self.measured = bool(launched)
        try:
            self.launched = float(launched)
        except ValueError:
            self.launched = time.time()
        self.marks: dict[str, float] = {}
        self.longest_pause = 0.0
        """When measured: the longest the UI thread went without handling its events between
        the first paint and the first page (a 10 ms timer's longest gap between ticks)."""
        self._heartbeat: QTimer | None = None
        self._last_beat = 0.0

    def mark(self, name: str) -> None:
        self.marks.setdefault(name, time.time() - self.launched)

    def watch_pauses(self) -> None:
        """Start timing the UI thread's pauses (only when measured: it wakes the thread)."""
        if not self.measured:
            return
        self._heartbeat = QTimer()
        self._heartbeat.setInterval(10)
        self._heartbeat.timeout.connect(self._beat)
        self._last_beat = time.perf_counter()
        self._heartbeat.start()

    def stop_watching(self) -> None:
        if self._heartbeat is not None:
            self._beat()
            self._heartbeat.stop()
            self._heartbeat = None

    def _beat(self) -> None:
        now = time.perf_counter()
        self.longest_pause = max(self.longest_pause, now - self._last_beat)
        self._last_beat = now

    def line(self) -> str:
        marks = " ".join(f"{name}={seconds:.4f}" for name, seconds in self.marks.items())
        return marks + (f" longest_pause={self.longest_pause:.4f}" if self.measured else "")


def run_app(arguments: Sequence[str]) -> int:
    clock = StartClock()
    clock.mark("imports")
    gc.disable()  # until the first page has its data (the launcher did already)
    try:
        return _run(arguments, clock)
    finally:
        gc.enable()


def _run(arguments: Sequence[str], clock: StartClock) -> int:
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
    clock.mark("qt")
    settings = Settings(config_folder / "settings.ini")
    languages = Languages(app)
    languages.switch(options.lang or settings.get(keys.LANGUAGE))
    window = MainWindow(settings, languages, data_folder)
    clock.mark("window")
    window.files.opened.connect(lambda _document: clock.mark("file_open"))
    crashes = CrashHandler(lambda: window, show=not options.exit_when_ready)
    crashes.install()
    window.open_after_first_paint(
        lambda: _first_paint_then_choose(clock, options.file, settings, data_folder),
        report=not options.exit_when_ready,
    )

    opened: list[bool] = []

    def first_page_in() -> None:
        clock.mark("first_page")
        clock.stop_watching()
        opened.append(window.document is not None)
        logging.info("start-up: %s (seconds since launch)", clock.line())
        gc.freeze()  # what the app keeps leaves the collector's view, then it runs again
        gc.enable()
        if options.exit_when_ready:
            window.close()
            app.quit()
        elif not settings.get(keys.USER_NAME):  # asked once; under Edit afterwards
            window.ask_user_name()

    window.ready.connect(first_page_in)
    # Should the first page never report (a bug in the open, shown in the crash dialog), the
    # collector is not left off for the rest of the session.
    QTimer.singleShot(COLLECTOR_DEADLINE_MS, gc.enable)
    window.show_first()  # maximised on a screen smaller than its default size
    _close_on_signals(window)
    code = app.exec()
    crashes.uninstall()
    if not options.exit_when_ready:
        return code
    if "FIELDLAB_LAUNCHED_AT" in os.environ:
        print(f"fieldlab-desk: start-up {clock.line()}", file=sys.stderr)
    error = window.files.last_error
    if not any(opened) and error is not None:
        print(f"fieldlab-desk: {error.message(languages.current)}", file=sys.stderr)
    return 0 if any(opened) and not crashes.reports else 1


def _first_paint_then_choose(
    clock: StartClock, given: str | None, settings: Settings, data_folder: Path
) -> str:
    clock.mark("first_paint")
    clock.watch_pauses()
    return choose_file(given, settings, data_folder)


def _close_on_signals(window: MainWindow) -> None:
    """Ctrl+C or a kill closes the window properly, so the file's lock is released."""
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_args: window.close())
    ticker = QTimer(window)  # lets Python run its signal handlers while Qt waits for events
    ticker.timeout.connect(lambda: None)
    ticker.start(300)
