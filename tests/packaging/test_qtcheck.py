"""A missing X11 library of Qt's xcb platform: one line naming the package, instead of Qt's abort."""

from __future__ import annotations

import struct
import subprocess
import sys
from pathlib import Path

import pytest

from ui import qtcheck

ROOT = Path(__file__).resolve().parents[2]
X11 = {"DISPLAY": ":0"}


@pytest.mark.parametrize(("env", "system", "xcb"), [
    ({"DISPLAY": ":0"}, "linux", True),
    ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, "linux", False),  # Qt 6 picks wayland there
    ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0", "QT_QPA_PLATFORM": "xcb"}, "linux", True),
    ({"QT_QPA_PLATFORM": "xcb"}, "linux", True),
    ({"QT_QPA_PLATFORM": "xcb:nocursor"}, "linux", True),  # a platform with plugin options
    ({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":0"}, "linux", False),  # xcb only as a fallback
    ({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}, "linux", False),
    ({}, "linux", False),  # no display at all: not this check's business
    ({"DISPLAY": ":0"}, "win32", False),
    ({"DISPLAY": ":0"}, "darwin", False),
])
def test_when_the_platform_will_be_xcb(env: dict[str, str], system: str, xcb: bool) -> None:
    assert qtcheck.platform_will_be_xcb(env, system) is xcb


def test_one_line_naming_the_debian_packages() -> None:
    absent = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libgthread-2.0.so.0", "libglib-2.0.so.0"}
    message = qtcheck.check(X11, lambda soname: soname not in absent, "linux")
    assert message is not None and "\n" not in message
    assert message.endswith("sudo apt-get install libxcb-icccm4 libxcb-keysyms1 libglib2.0-0")  # each once
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in message


def test_nothing_to_say_when_everything_is_there_or_xcb_is_not_used() -> None:
    assert qtcheck.check(X11, lambda _soname: True, "linux") is None
    assert qtcheck.check({"QT_QPA_PLATFORM": "offscreen"}, lambda _soname: False, "linux") is None


@pytest.mark.skipif(sys.platform != "linux", reason="the dynamic loader of Linux")
def test_the_default_lookup_asks_the_dynamic_loader() -> None:
    assert qtcheck.loadable("libc.so.6")
    assert not qtcheck.loadable("libxcb-no-such-extension.so.9")


def test_the_window_does_not_start_and_qt_is_never_imported() -> None:
    # In a fresh interpreter: `station gui` on X11 with libxcb-icccm4 missing (the lookup is the only fake).
    code = ("import os, sys; os.environ.pop('WAYLAND_DISPLAY', None); os.environ.pop('QT_QPA_PLATFORM', None);"
            "os.environ['DISPLAY'] = ':0'; import ui.entry;"
            "code = ui.entry.gui_main([], demo=False, qt_lookup=lambda s: s != 'libxcb-icccm.so.4');"
            "print(code, 'PySide6' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.stdout.split() == ["2", "False"], out.stdout + out.stderr
    assert out.stderr.strip().splitlines() == [
        "error: the window cannot open: Qt's X11 (xcb) platform needs libxcb-icccm.so.4, not installed on this "
        "system; install with: sudo apt-get install libxcb-icccm4"]


def _needed(path: Path) -> list[str]:
    """DT_NEEDED entries of a 64-bit little-endian ELF shared object (what the loader must find for it)."""
    data = path.read_bytes()
    assert data[:6] == b"\x7fELF\x02\x01", path
    phoff, = struct.unpack_from("<Q", data, 0x20)
    phentsize, phnum = struct.unpack_from("<HH", data, 0x36)
    loads, dynamic = [], None
    for i in range(phnum):
        p_type, _flags, offset, vaddr, _paddr, filesz = struct.unpack_from("<IIQQQQ", data, phoff + i * phentsize)
        if p_type == 1:  # PT_LOAD
            loads.append((vaddr, offset, filesz))
        elif p_type == 2:  # PT_DYNAMIC
            dynamic = (offset, filesz)
    assert dynamic is not None, path
    entries = [struct.unpack_from("<qQ", data, dynamic[0] + i) for i in range(0, dynamic[1], 16)]
    strtab = next(v for tag, v in entries if tag == 5)  # DT_STRTAB, a virtual address
    base = next(off + strtab - va for va, off, size in loads if va <= strtab < va + size)
    return [data[base + v:data.index(b"\0", base + v)].decode() for tag, v in entries if tag == 1]  # DT_NEEDED


@pytest.mark.skipif(sys.platform != "linux", reason="the Linux wheel's ELF plugin")
def test_the_table_covers_every_system_library_of_the_xcb_plugin() -> None:
    import PySide6  # the installed wheel: the same files the bundle ships

    qt = Path(PySide6.__file__).parent / "Qt"
    needed = {n for f in (qt / "plugins/platforms/libqxcb.so", qt / "lib/libQt6XcbQpa.so.6") for n in _needed(f)}
    assert "libxcb-icccm.so.4" in needed  # the parser read the real list
    libc = {"libc.so.6", "libm.so.6", "libstdc++.so.6", "libgcc_s.so.1", "libdl.so.2", "libpthread.so.0"}
    system = {n for n in needed if not n.startswith("libQt6") and n not in libc}
    assert system - set(qtcheck.XCB_LIBRARIES) == set()
