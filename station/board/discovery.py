"""Port discovery: providers that list candidate ports, and an async hot-plug watcher diffing them."""

from __future__ import annotations

import asyncio
import contextlib
import fnmatch
import logging
import re
from collections.abc import AsyncIterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Literal, Protocol

import serial.tools.list_ports
from serial.tools.list_ports_common import ListPortInfo

from station.domain import PortInfo

log = logging.getLogger("station.board")

#: USB CDC-ACM and USB-serial adapters on Linux and macOS, and Windows COM ports.
DEFAULT_INCLUDE: tuple[str, ...] = ("/dev/ttyUSB*", "/dev/ttyACM*", "/dev/cu.usbserial*",
                                    "/dev/cu.usbmodem*", "COM*")


_COM = re.compile(r"COM[0-9]+", re.IGNORECASE | re.ASCII)
_DIGITS = re.compile(r"([0-9]+)", re.ASCII)


class PortProvider(Protocol):
    """Something that lists ports a board may be behind; list_ports blocks (run it in a thread)."""

    name: str

    def list_ports(self) -> list[PortInfo]: ...


class SerialPortProvider:
    """Real serial ports from serial.tools.list_ports, filtered by name globs and USB VID:PID.

    The OS list is never assumed empty or clean: built-in UARTs such as a
    description-less /dev/ttyS0 show up and are filtered out by the globs.
    A port is listed if its device matches an include glob and, when usb_ids
    is not empty, its "VID:PID" (hex, case-insensitive) is one of usb_ids.
    """

    name = "serial"

    def __init__(self, include: Sequence[str] = DEFAULT_INCLUDE, usb_ids: Sequence[str] = ()) -> None:
        self.include = list(include)
        self.usb_ids = {u.lower() for u in usb_ids}

    def list_ports(self) -> list[PortInfo]:
        found = []
        for info in serial.tools.list_ports.comports():
            device = str(info.device)
            if not any(name_matches(device, pat) for pat in self.include):
                continue
            port = port_info(info, self.name)
            if self.usb_ids and port.usb_id not in self.usb_ids:
                continue
            found.append(port)
        return sorted(found, key=lambda p: natural_key(p.url))


def windows_port_name(name: str) -> str | None:
    r"""``"COM12"`` for a Windows COM port name as people write it (``com12``, ``\\.\COM12``); None otherwise.

    Windows device names are case-insensitive and ``\\.\`` is the device-namespace prefix some tools show for
    ports above COM9; pyserial lists the bare upper-case name. Matching on this form lets a profile glob
    ``com*`` or ``--port \\.\COM12`` find the port Windows lists as ``COM12``.
    """
    bare = name.removeprefix("\\\\.\\")
    return bare.upper() if _COM.fullmatch(bare) else None


def name_matches(device: str, pattern: str) -> bool:
    """Whether a listed device name matches an include glob: case-sensitive, except Windows COM names."""
    com = windows_port_name(device)
    if com is not None:
        return fnmatch.fnmatchcase(com, pattern.removeprefix("\\\\.\\").upper())
    return fnmatch.fnmatchcase(device, pattern)


def natural_key(name: str) -> tuple[tuple[int, int, str], ...]:
    """Sort key putting COM9 before COM10 and ttyACM2 before ttyACM10 (the order slots are numbered in)."""
    return tuple((0, int(part), "") if part.isascii() and part.isdigit() else (1, 0, part)
                 for part in _DIGITS.split(name) if part)


def port_info(info: ListPortInfo, provider: str = "serial") -> PortInfo:
    """A PortInfo from pyserial's listing: USB ids as 4-digit lower-case hex, serial number, interface number."""
    vid, pid = getattr(info, "vid", None), getattr(info, "pid", None)
    usb = isinstance(vid, int) and isinstance(pid, int)
    return PortInfo(url=str(info.device), description=str(info.description or ""), hwid=str(info.hwid or ""),
                    provider=provider, vid=f"{vid:04x}" if usb else "", pid=f"{pid:04x}" if usb else "",
                    usb_serial=str(getattr(info, "serial_number", None) or "") if usb else "",
                    interface=usb_interface(info) if usb else "")


def named_port(url: str, provider: str = "cli") -> PortInfo:
    """A port named by the operator (``--port``): with its USB ids when the OS lists it, so that automatic
    driver choice works for it as for a discovered one; a pty or socket:// URL has none."""
    wanted = windows_port_name(url) or url
    for info in serial.tools.list_ports.comports():
        device = str(info.device)
        if (windows_port_name(device) or device) == wanted:
            # The OS's own name ("COM12"): the same port named "com12" or "\\.\COM12" is one unit, not two.
            return port_info(info, provider)
    return PortInfo(url=url, provider=provider)


def usb_interface(info: ListPortInfo) -> str:
    """The port's USB interface number as decimal text, or "" when the OS listing does not tell.

    pyserial puts it at the end of ``location``: Linux "1-1.2:1.0" (sysfs name <bus>-<ports>:<config>.<if>,
    only for devices with several interfaces), Windows "1-1.2:x.0" (from MI_xx). macOS gives only
    "20-1.2" and puts the interface's *name* in ``interface``; that attribute counts only if it is a number.
    """
    location = str(getattr(info, "location", None) or "")
    _, colon, tail = location.rpartition(":")
    return _number(tail.rpartition(".")[2] if colon else "") or _number(str(getattr(info, "interface", None) or ""))


def _number(text: str) -> str:
    # ASCII digits only: the text comes from the OS and the device's own descriptors ("01" -> "1").
    text = text.strip()
    return str(int(text)) if text.isascii() and text.isdigit() else ""


@dataclass(frozen=True)
class PortEvent:
    """A port appeared or went away."""

    kind: Literal["added", "removed"]
    port: PortInfo


class HotplugWatcher:
    """Polls providers every interval (on a thread of its own) and yields added/removed events by URL.

    The first round reports every present port as added. A provider that
    raises is logged and skipped for that round: its ports are kept as they
    were, so a transient failure does not look like an unplug.

    ``list_ports`` runs on the watcher's own single worker thread, not the loop's default executor: that one
    is shared (under the window's qasync loop, with job-catalog reads, cloud checks and start-up), and a
    board plugged while it is busy must still show up at the next round.
    """

    def __init__(self, providers: Sequence[PortProvider], interval: float = 0.5) -> None:
        self.providers = list(providers)
        self.interval = interval
        self._known: list[dict[str, PortInfo]] = [{} for _ in self.providers]
        self._stop: asyncio.Event | None = None
        self._stopped = False
        self._pool: ThreadPoolExecutor | None = None

    def _executor(self) -> ThreadPoolExecutor:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="hotplug")
        return self._pool

    def close(self) -> None:
        """Let the polling thread go (a later round starts a new one)."""
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False)

    @property
    def ports(self) -> list[PortInfo]:
        """Ports currently known (as of the last round)."""
        return [p for known in self._known for p in known.values()]

    def stop(self) -> None:
        """End events() after the current round; call from the event loop's thread."""
        self._stopped = True
        if self._stop is not None:
            self._stop.set()

    async def poll_once(self) -> list[PortEvent]:
        """One round over all providers; returns the differences to the previous round."""
        events: list[PortEvent] = []
        for index, provider in enumerate(self.providers):
            try:
                ports = await asyncio.get_running_loop().run_in_executor(self._executor(), provider.list_ports)
            except Exception as exc:
                log.warning("port provider '%s' failed, skipped this round: %s",
                            getattr(provider, "name", provider), exc)
                continue
            now = {p.url: p for p in ports}
            before = self._known[index]
            events += [PortEvent("removed", p) for url, p in before.items() if url not in now]
            events += [PortEvent("added", p) for url, p in now.items() if url not in before]
            self._known[index] = now
        return events

    async def events(self) -> AsyncIterator[PortEvent]:
        self._stop = asyncio.Event()
        if self._stopped:
            return
        try:
            while not self._stop.is_set():
                for event in await self.poll_once():
                    yield event
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._stop.wait(), self.interval)
        finally:
            self.close()
