"""Before Qt starts on Linux/X11: find missing system libraries of Qt's xcb platform and name their packages."""

# Without one of these, QApplication aborts with "Could not load the Qt platform plugin "xcb" ... Aborted (core
# dumped)" and a list of plugins, which tells an operator nothing. This check runs first and says, in one line,
# which Debian/Ubuntu packages to install. English only: it runs before Qt (and its translations) exists.

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable, Mapping

#: What Qt's xcb platform plugin (libqxcb.so and libQt6XcbQpa.so.6 of PySide6-Essentials 6.11) loads from the
#: system, by soname, with the Debian/Ubuntu package that ships it (checked on Debian 12, Ubuntu 22.04/24.04).
#: tests/packaging/test_qtcheck.py reads the plugin's ELF dependencies and fails if one is missing here.
XCB_LIBRARIES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libGL.so.1": "libgl1",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    # QtGui itself, on any platform plugin.
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
}

Lookup = Callable[[str], bool]


def loadable(soname: str) -> bool:
    """Whether the dynamic loader finds ``soname`` the way Qt will: its cache (``ldconfig -p``), the default
    folders and LD_LIBRARY_PATH (which a bundle's own copies are found through).

    A dlopen rather than ctypes.util.find_library: find_library ignores LD_LIBRARY_PATH and returns other major
    versions by base name; the loader's answer is the one Qt gets a moment later.
    """
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def platform_will_be_xcb(env: Mapping[str, str], system: str = sys.platform) -> bool:
    """Whether QApplication will load the xcb plugin: on Linux, QT_QPA_PLATFORM=xcb (first in a ";" list), or
    no QT_QPA_PLATFORM with an X11 DISPLAY and no Wayland session (offscreen, wayland, ... need none of these)."""
    if not system.startswith("linux"):
        return False
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return chosen.split(";")[0].split(":")[0].strip().lower() == "xcb"
    return bool(env.get("DISPLAY")) and not env.get("WAYLAND_DISPLAY")


def missing_libraries(lookup: Lookup = loadable) -> list[str]:
    """The sonames of XCB_LIBRARIES that ``lookup`` cannot find, in table order."""
    return [soname for soname in XCB_LIBRARIES if not lookup(soname)]


def missing_message(missing: list[str]) -> str:
    """One line: what is missing and the apt-get command that installs it."""
    packages = " ".join(dict.fromkeys(XCB_LIBRARIES[soname] for soname in missing))
    return (f"error: the window cannot open: Qt's X11 (xcb) platform needs {', '.join(missing)}, not installed on "
            f"this system; install with: sudo apt-get install {packages}")


def check(env: Mapping[str, str], lookup: Lookup = loadable, system: str = sys.platform) -> str | None:
    """The one-line message when the xcb platform will be used and a library it needs is missing, else None."""
    if not platform_will_be_xcb(env, system):
        return None
    missing = missing_libraries(lookup)
    return missing_message(missing) if missing else None
