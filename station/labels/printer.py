"""Zebra-compatible printers over TCP (port 9100) or a serial port: host status (~HS) first, then the job.

Host status, as the ZPL II Programming Guide's ~HS page describes it: the printer answers three strings, each
``<STX>...<ETX><CR><LF>``. Used here: string 1 ``aaa,b,c,...``: b = paper out, c = pause; string 2
``mmm,n,o,p,q,...``: o = head up (open), p = ribbon out, q = thermal transfer mode (ribbon out matters only
then). The guide also says a printer that is out of media or ribbon, or whose head is open, does not answer
~HS at all: a printer that takes the connection but stays silent is therefore "not ready", never "printed".
"""

from __future__ import annotations

import contextlib
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol
from urllib.parse import parse_qs

import serial

from station.errors import StationError
from station.messages import Message, message

DEFAULT_PORT = 9100
DEFAULT_BAUD = 9600
STX, ETX = b"\x02", b"\x03"

OFFLINE = message("labels.offline", "printer {printer} is offline")
PAPER_OUT = message("labels.paper-out", "printer out of paper")
HEAD_OPEN = message("labels.head-open", "printer head open")
PAUSED = message("labels.paused", "printer paused")
RIBBON_OUT = message("labels.ribbon-out", "printer out of ribbon")
NO_STATUS = message("labels.no-status", "the printer does not answer its status (paper out, head open or "
                                         "ribbon out)")
SEND_FAILED = message("labels.send-failed", "printer {printer} stopped answering while the label was sent")
BAD_ADDRESS = message("labels.bad-address", "printer address '{printer}' is not tcp://host[:port] or "
                                            "serial:<port>[?baud=N]")
REMEDY_PRINTER = message("remedy.printer", "Check the printer (power, cable or network, paper, head); queued "
                                           "labels print by themselves once it is ready.")
REMEDY_ADDRESS = message("remedy.printer-address", "Fix labels.printer in the station profile (ask the line "
                                                   "engineer).")


class PrinterNotReady(StationError):
    """The printer cannot take a label now (offline, paper out, head open, paused): the label waits."""

    default_remedy = REMEDY_PRINTER()

    def __init__(self, cause: Message) -> None:
        super().__init__(cause, step="label", retryable=True)


@dataclass(frozen=True)
class HostStatus:
    """The flags of a ~HS answer this station acts on."""

    paper_out: bool = False
    paused: bool = False
    head_open: bool = False
    ribbon_out: bool = False

    @property
    def problem_message(self) -> Message | None:
        """Why the printer cannot print now, or None when it can."""
        for flag, why in ((self.paper_out, PAPER_OUT), (self.head_open, HEAD_OPEN), (self.ribbon_out, RIBBON_OUT),
                          (self.paused, PAUSED)):
            if flag:
                return why()
        return None


def parse_host_status(answer: bytes) -> HostStatus | None:
    """The flags of a ~HS answer; None when it is not one (fewer than two complete strings)."""
    strings = [part.split(STX)[-1].decode("ascii", "replace").split(",") for part in answer.split(ETX)[:-1]]
    if len(strings) < 2 or len(strings[0]) < 3 or len(strings[1]) < 5:
        return None
    one, two = strings[0], strings[1]
    thermal_transfer = two[4].strip() == "1"
    return HostStatus(paper_out=one[1].strip() == "1", paused=one[2].strip() == "1",
                      head_open=two[2].strip() == "1", ribbon_out=thermal_transfer and two[3].strip() == "1")


class Link(Protocol):
    """An open byte pipe to the printer."""

    def write(self, data: bytes) -> None: ...

    def read_some(self, deadline: float) -> bytes: ...

    def close(self) -> None: ...


class Printer:
    """One printer address; :meth:`print` asks its status, then sends the job, on one connection."""

    def __init__(self, address: str, *, timeout: float = 3.0) -> None:
        self.address = address
        self.timeout = timeout
        self._open: Callable[[], Link]
        if address.startswith("tcp://"):
            host, _, port = address[len("tcp://"):].partition(":")
            self._open = lambda: _TcpLink(host, int(port or DEFAULT_PORT), timeout)
        elif address.startswith("serial:") and len(address) > len("serial:"):
            device, _, query = address[len("serial:"):].partition("?")
            baud = int(parse_qs(query).get("baud", [str(DEFAULT_BAUD)])[0])
            self._open = lambda: _SerialLink(device, baud)
        else:
            raise StationError(BAD_ADDRESS(printer=address), step="label", remedy=REMEDY_ADDRESS())

    def status(self, link: Link) -> HostStatus:
        link.write(b"~HS")
        answer = b""
        deadline = time.monotonic() + self.timeout
        while answer.count(ETX) < 3 and time.monotonic() < deadline:
            answer += link.read_some(deadline)
        found = parse_host_status(answer)
        if found is None:
            raise PrinterNotReady(NO_STATUS())
        return found

    def print(self, job: bytes) -> None:
        """Send one job if the printer says it is ready; raises PrinterNotReady (the label waits) otherwise."""
        try:
            link = self._open()
        except (OSError, serial.SerialException) as exc:
            raise PrinterNotReady(OFFLINE(printer=self.address)) from exc
        try:
            state = self.status(link)
            if (problem := state.problem_message) is not None:
                raise PrinterNotReady(problem)
            link.write(job)
        except (OSError, serial.SerialException) as exc:
            raise PrinterNotReady(SEND_FAILED(printer=self.address)) from exc
        finally:
            link.close()


class _TcpLink:
    def __init__(self, host: str, port: int, timeout: float) -> None:
        self._sock = socket.create_connection((host, port), timeout=timeout)

    def write(self, data: bytes) -> None:
        self._sock.sendall(data)

    def read_some(self, deadline: float) -> bytes:
        self._sock.settimeout(max(0.01, deadline - time.monotonic()))
        try:
            data = self._sock.recv(4096)
        except TimeoutError:
            return b""
        if not data:  # closed by the printer: nothing more will come
            raise ConnectionResetError("the printer closed the connection")
        return data

    def close(self) -> None:
        # Half-close, then read what is left (the last status line's CR LF) until the printer closes: closing
        # with unread data would reset the connection, and a reset may drop the job from the printer's buffer.
        with contextlib.suppress(OSError):
            self._sock.shutdown(socket.SHUT_WR)
            self._sock.settimeout(1.0)
            while self._sock.recv(4096):
                pass
        self._sock.close()


class _SerialLink:
    def __init__(self, device: str, baud: int) -> None:
        self._port = serial.serial_for_url(device, baudrate=baud, timeout=0.1, write_timeout=5)

    def write(self, data: bytes) -> None:
        self._port.write(data)
        self._port.flush()

    def read_some(self, deadline: float) -> bytes:
        self._port.timeout = max(0.01, min(0.2, deadline - time.monotonic()))
        return bytes(self._port.read(256))

    def close(self) -> None:
        self._port.close()
