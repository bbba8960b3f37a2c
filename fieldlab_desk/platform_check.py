"""Can Qt draw here? Asked before Qt is loaded, so a missing library or screen is one plain line
and exit code 1, not Qt's ``Aborted`` (rc 134) with the cause only in a log.

Qt's platform plugin (``xcb`` on a Linux desktop, ``offscreen`` without a screen) loads its
libraries when the application starts and aborts the process when one is missing. Each
library is tried here the way the plugin will load it (``ctypes.CDLL``, by its soname), and
the Debian package that has it is named. No Qt import: this module must work when Qt cannot.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

CORE_LIBRARIES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}
"""What Qt's GUI module needs on any platform (soname → Debian package)."""

XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}
"""What the ``xcb`` plugin (an X11 screen, Xvfb too) needs besides."""

Loader = Callable[[str], object]


def platform_name(environ: Mapping[str, str] = os.environ) -> str:
    """The platform plugin Qt will choose: the one asked for, else Wayland or X11 by the
    session (``xcb`` also when there is no screen at all: then it has nothing to draw on)."""
    asked = environ.get("QT_QPA_PLATFORM", "").split(":")[0].strip()
    if asked:
        return asked
    if environ.get("WAYLAND_DISPLAY") and not environ.get("DISPLAY"):
        return "wayland"
    return "xcb"


def missing_packages(libraries: Mapping[str, str], load: Loader = ctypes.CDLL) -> list[str]:
    """The Debian packages of the libraries that do not load, in order, each once."""
    missing: list[str] = []
    for soname, package in libraries.items():
        try:
            load(soname)
        except OSError:
            if package not in missing:
                missing.append(package)
    return missing


def problem(
    environ: Mapping[str, str] = os.environ, load: Loader = ctypes.CDLL, *, headless: bool = False
) -> tuple[str, dict[str, str]] | None:
    """What keeps Qt from starting here, as a text key and its values; None when nothing does.
    ``headless``: the caller draws off screen (a command's picture), so no screen is needed."""
    if not sys.platform.startswith("linux"):
        return None
    name = "offscreen" if headless else platform_name(environ)
    libraries = dict(CORE_LIBRARIES)
    if name == "xcb":
        if not environ.get("DISPLAY"):
            return "platform.no_display", {}
        libraries |= XCB_LIBRARIES
    missing = missing_packages(libraries, load)
    if missing:
        return "platform.libraries", {"packages": " ".join(missing), "platform": name}
    return None
