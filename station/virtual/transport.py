"""Transports of a virtual board: a pseudo-terminal (POSIX) or a socket:// listener, one thread each.

The board's thread owns every descriptor: plug/unplug/close from other threads
only queue a request and wake it through a socket pair. That matters for
unplug: closing a pty master from another thread while the board blocks on it
does not hang up the pty, so the host would never see the board go away.

Line rate is emulated both ways (the pty ignores the baud rate and a socket has
none): received bytes become visible to the firmware only after the time they
would take on the wire (10 bits per byte), and output is paced the same way.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import select
import socket
import sys
import threading
import time
from abc import ABC, abstractmethod
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from station.virtual.board import Reply, VirtualBoard

log = logging.getLogger("station.virtual")

#: Longest the thread sleeps when nothing is scheduled (it is woken for requests anyway).
_IDLE = 0.5
#: Output credit the pacer may accumulate; keeps bursts short after an idle spell.
_TX_SLACK = 0.005


class Transport(ABC):
    """Runs one board: the firmware's I/O loop on its own thread, behind some endpoint."""

    def __init__(self, board: VirtualBoard) -> None:
        self.board = board
        self.url: str | None = None
        self._byte_time = 10.0 / board.baud
        self._wake_r, self._wake_w = socket.socketpair()
        self._wake_r.setblocking(False)
        self._requests: deque[tuple[str, threading.Event]] = deque()
        self._req_lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._stopping = False
        self._reset_link_state()

    # -- called from any thread -------------------------------------------------

    def start(self) -> str:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name=f"vboard-{self.board.identity.serial}",
                                            daemon=True)
            self._thread.start()
        return self.plug()

    def plug(self) -> str:
        self._request("attach")
        if self.url is None:
            raise OSError(f"virtual board {self.board.identity.serial} could not attach")
        return self.url

    def unplug(self) -> None:
        self._request("detach")

    def close(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            self._request("stop")
            self._thread.join(5)
        self._wake_r.close()
        self._wake_w.close()

    def _request(self, what: str) -> None:
        if self._thread is None or not self._thread.is_alive():
            raise RuntimeError(f"virtual board {self.board.identity.serial} is not running")
        done = threading.Event()
        with self._req_lock:
            self._requests.append((what, done))
        with contextlib.suppress(OSError):
            self._wake_w.send(b"!")
        if not done.wait(5):
            raise TimeoutError(f"virtual board {self.board.identity.serial} did not {what} in time")

    # -- endpoint specifics (board thread only) ---------------------------------

    @abstractmethod
    def _attach(self) -> str: ...

    @abstractmethod
    def _detach(self) -> None: ...

    @abstractmethod
    def _read_fds(self) -> list[int]: ...

    @abstractmethod
    def _on_readable(self, fd: int) -> bytes | None:
        """Bytes received (b"" if nothing usable now); None if the host side went away."""

    @abstractmethod
    def _write_fd(self) -> int | None:
        """Where output goes; None when no host is connected (output is lost, as on a dead line)."""

    @abstractmethod
    def _send(self, data: bytes) -> int: ...

    # -- the board's loop --------------------------------------------------------

    def _reset_link_state(self) -> None:
        self._reader = self.board.make_line_assembler()  # a modem's quoted PEM spans lines
        self._lines: deque[bytes] = deque()
        self._rx: deque[tuple[float, bytes]] = deque()  # (time the last byte has arrived, bytes)
        self._rx_clock = 0.0
        self._tx = bytearray()
        self._tx_clock = 0.0
        self._tx_blocked = False
        self._delayed: tuple[float, Reply] | None = None
        self._reboot_after_tx = False
        self._quiet_until: float | None = None  # rebooting: deaf and mute until then

    def _power_up(self, now: float) -> None:
        self._reset_link_state()
        self._tx += self.board.boot_notice()
        self._tx_clock = now

    def _run(self) -> None:
        try:
            while not self._stopping:
                self._step()
        except Exception:  # a crashed board must not take the test run down silently
            log.exception("virtual board %s crashed", self.board.identity.serial)
        finally:
            self.url = None
            with contextlib.suppress(OSError):
                self._detach()
            self._answer_requests()

    def _answer_requests(self) -> None:
        while True:
            with self._req_lock:
                if not self._requests:
                    return
                what, done = self._requests.popleft()
            if what == "attach" and self.url is None and not self._stopping:
                self.url = self._attach()
                self._power_up(time.monotonic())
            elif what == "detach" and self.url is not None:
                self.url = None  # first: whoever sees the link die must already see the board unplugged
                self._detach()
            elif what == "stop":
                self._stopping = True
            done.set()

    def _step(self) -> None:
        now = time.monotonic()
        self._answer_requests()
        if self._stopping:
            return
        while self._rx and self._rx[0][0] <= now:
            self._lines.extend(self._reader.feed(self._rx.popleft()[1]))
        if self._quiet_until is not None and now >= self._quiet_until:
            self._power_up(now)
        self._process(now)
        if self.url is None:
            return self._wait([], None, _IDLE)
        self._pump_tx(now)
        if self._reboot_after_tx and not self._tx:
            # The answer is out: the board resets and is deaf until it has booted again.
            self._reboot_after_tx = False
            self._reset_link_state()
            self._quiet_until = now + self.board.reboot_time
        self._wait(self._read_fds(), self._write_fd() if self._tx_blocked else None, self._next_timeout(now))

    def _process(self, now: float) -> None:
        if self._delayed is not None and now >= self._delayed[0]:
            reply = self._delayed[1]
            self._delayed = None
            self._emit(reply)
        while self._lines and self._delayed is None and self._quiet_until is None \
                and not self._reboot_after_tx and self.url is not None:
            reply = self.board.handle_line(self._lines.popleft())
            if reply.then == "drop":
                log.info("virtual board %s: dropping the link (fault)", self.board.identity.serial)
                self.url = None  # before the host can notice the hang-up (a test checks `plugged` then)
                self._detach()
                return
            if reply.delay > 0:
                self._delayed = (now + reply.delay, reply)
            else:
                self._emit(reply)

    def _emit(self, reply: Reply) -> None:
        for line in reply.out:
            self._tx += line
        if reply.then == "reboot":
            self._reboot_after_tx = True

    def _pump_tx(self, now: float) -> None:
        fd = self._write_fd()
        if not self._tx or now < self._tx_clock:
            return
        if fd is None:
            self._tx.clear()
            return
        self._tx_clock = max(self._tx_clock, now - _TX_SLACK)
        budget = min(len(self._tx), int((now - self._tx_clock) / self._byte_time) + 1)
        try:
            sent = self._send(bytes(self._tx[:budget]))
        except BlockingIOError:
            sent = 0
        except OSError as exc:
            log.info("virtual board %s: write failed (%s)", self.board.identity.serial, exc)
            self._host_gone()
            return
        self._tx_blocked = sent == 0
        del self._tx[:sent]
        self._tx_clock += sent * self._byte_time

    def _next_timeout(self, now: float) -> float:
        times = [now + _IDLE]
        if self._rx:
            times.append(self._rx[0][0])
        if self._tx and not self._tx_blocked:
            times.append(self._tx_clock)
        if self._delayed is not None:
            times.append(self._delayed[0])
        if self._quiet_until is not None:
            times.append(self._quiet_until)
        return max(0.0, min(times) - now)

    def _wait(self, rfds: list[int], wfd: int | None, timeout: float) -> None:
        wake = self._wake_r.fileno()
        readable, _, _ = select.select([wake, *rfds], [] if wfd is None else [wfd], [], timeout)
        if wake in readable:
            with contextlib.suppress(OSError):
                self._wake_r.recv(4096)
        now = time.monotonic()
        for fd in readable:
            if fd == wake or self.url is None:
                continue
            data = self._on_readable(fd)
            if data is None:
                self._host_gone()
            elif data and self._quiet_until is None:  # a rebooting board hears nothing
                self._rx_clock = max(self._rx_clock, now) + len(data) * self._byte_time
                self._rx.append((self._rx_clock, data))
        if wfd is not None:
            self._tx_blocked = False

    def _host_gone(self) -> None:
        """The host closed its end: forget the half-received conversation, keep the board up."""
        self._reader.clear()
        self._lines.clear()
        self._rx.clear()
        self._tx.clear()


class PtyTransport(Transport):
    """The host opens the slave path; the board serves the master. POSIX only."""

    def __init__(self, board: VirtualBoard) -> None:
        if sys.platform == "win32":
            raise OSError("pseudo-terminals need POSIX; use the socket transport")
        super().__init__(board)
        self._master: int | None = None
        self._slave: int | None = None

    def _attach(self) -> str:
        import tty

        master, slave = os.openpty()
        # Raw: no echo, no CR/LF translation, no signals; pyserial sets this too on open.
        tty.setraw(slave)
        os.set_blocking(master, False)
        # The board keeps its own slave descriptor open so that a host closing the
        # port does not leave the master in a permanent EIO (select storm).
        self._master, self._slave = master, slave
        return os.ttyname(slave)

    def _detach(self) -> None:
        for fd in (self._master, self._slave):
            if fd is not None:
                with contextlib.suppress(OSError):
                    os.close(fd)
        self._master = self._slave = None

    def _read_fds(self) -> list[int]:
        return [] if self._master is None else [self._master]

    def _on_readable(self, fd: int) -> bytes | None:
        try:
            return os.read(fd, 4096)
        except BlockingIOError:
            return b""
        except OSError as exc:
            if exc.errno == errno.EIO:
                return b""
            raise

    def _write_fd(self) -> int | None:
        return self._master

    def _send(self, data: bytes) -> int:
        assert self._master is not None
        return os.write(self._master, data)


class SocketTransport(Transport):
    """Listens on 127.0.0.1:<ephemeral>; serves one host connection at a time."""

    def __init__(self, board: VirtualBoard) -> None:
        super().__init__(board)
        self._listener: socket.socket | None = None
        self._conn: socket.socket | None = None

    def _attach(self) -> str:
        listener = socket.create_server(("127.0.0.1", 0), backlog=4)
        listener.setblocking(False)
        self._listener = listener
        return f"socket://127.0.0.1:{listener.getsockname()[1]}"

    def _detach(self) -> None:
        for sock in (self._conn, self._listener):
            if sock is not None:
                with contextlib.suppress(OSError):
                    sock.close()
        self._conn = self._listener = None

    def _read_fds(self) -> list[int]:
        return [s.fileno() for s in (self._listener, self._conn) if s is not None]

    def _on_readable(self, fd: int) -> bytes | None:
        if self._listener is not None and fd == self._listener.fileno():
            try:
                conn, _ = self._listener.accept()
            except BlockingIOError:
                return b""
            if self._conn is not None:
                conn.close()  # one host at a time: a second opener sees the port go away
                return b""
            conn.setblocking(False)
            conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self._conn = conn
            return b""
        if self._conn is None or fd != self._conn.fileno():
            return b""
        try:
            data = self._conn.recv(4096)
        except BlockingIOError:
            return b""
        except OSError:
            data = b""
        if not data:
            self._conn.close()
            self._conn = None
            return None
        return data

    def _write_fd(self) -> int | None:
        return None if self._conn is None else self._conn.fileno()

    def _send(self, data: bytes) -> int:
        assert self._conn is not None
        return self._conn.send(data)


_TRANSPORTS: dict[str, Callable[[VirtualBoard], Transport]] = {
    "pty": PtyTransport,
    "socket": SocketTransport,
}


def make_transport(board: VirtualBoard, kind: str) -> Transport:
    try:
        return _TRANSPORTS[kind](board)
    except KeyError:
        raise ValueError(f"unknown virtual transport '{kind}' (pty or socket)") from None
