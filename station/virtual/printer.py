"""A Zebra-like label printer on a loopback TCP socket: takes ZPL jobs, answers ~HS, goes offline or out of paper.

For the demo and the tests. It keeps every label format (``^XA ... ^XZ``) it "printed" in ``jobs``; while out
of paper it answers ~HS with the paper-out flag set and holds what it receives (printed once paper is back,
as a real printer does); offline it stops listening, so a connection is refused.
"""

from __future__ import annotations

import contextlib
import logging
import re
import socket
import threading
from types import TracebackType

log = logging.getLogger("station.virtual.printer")

_FORMAT = re.compile(rb"\^XA.*?\^XZ", re.DOTALL)


class VirtualPrinter:
    """``start()`` binds a free loopback port (kept across offline/online); ``address`` is its tcp:// URL."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.host = host
        self.port = 0
        self.jobs: list[bytes] = []  # printed label formats, in order
        self.held: list[bytes] = []  # received while out of paper
        self.status_queries = 0
        self.paper_out = False
        self.head_open = False
        self.paused = False
        self._cond = threading.Condition()
        self._listener: socket.socket | None = None
        self._conns: set[socket.socket] = set()
        self._threads: list[threading.Thread] = []
        self._closed = False

    @property
    def address(self) -> str:
        return f"tcp://{self.host}:{self.port}"

    # -- lifecycle -----------------------------------------------------------------------------------
    def start(self) -> VirtualPrinter:
        self.online()
        return self

    def online(self) -> None:
        """Listen (again, on the same port): the printer is back."""
        with self._cond:
            if self._listener is not None:
                return
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((self.host, self.port))
            sock.listen(8)
            self.port = sock.getsockname()[1]
            self._listener = sock
        thread = threading.Thread(target=self._accept, args=(sock,), name="virtual-printer", daemon=True)
        thread.start()
        self._threads.append(thread)

    def offline(self) -> None:
        """Stop listening and drop open connections: a station's connection is refused, as for a printer off."""
        with self._cond:
            sock, self._listener = self._listener, None
            conns, self._conns = set(self._conns), set()
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
        for conn in conns:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
            conn.close()

    def set_paper(self, out: bool) -> None:
        """Paper out (True) or loaded again (False): labels held meanwhile are printed then."""
        with self._cond:
            self.paper_out = out
            if not out:
                self.jobs.extend(self.held)
                self.held.clear()
                self._cond.notify_all()

    def close(self) -> None:
        self._closed = True
        self.offline()
        for thread in self._threads:
            thread.join(timeout=5)

    def __enter__(self) -> VirtualPrinter:
        return self.start()

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    # -- what tests wait on --------------------------------------------------------------------------
    def wait_for_jobs(self, count: int, timeout: float = 30.0) -> bool:
        """Block until ``count`` labels were printed (True) or ``timeout`` s passed (False)."""
        with self._cond:
            return self._cond.wait_for(lambda: len(self.jobs) >= count, timeout)

    def host_status(self) -> bytes:
        """The three ~HS strings (ZPL II Programming Guide, ~HS): paper out and pause in string 1, head up in 2."""
        one = f"030,{int(self.paper_out)},{int(self.paused)},0200,000,0,0,0,000,0,0,0"
        two = f"001,0,{int(self.head_open)},0,0,2,4,0,00000000,1,000"
        three = "1234,0"
        return b"".join(b"\x02" + s.encode() + b"\x03\r\n" for s in (one, two, three))

    # -- the socket side -----------------------------------------------------------------------------
    def _accept(self, sock: socket.socket) -> None:
        while True:
            try:
                conn, _ = sock.accept()
            except OSError:  # closed by offline()/close()
                return
            with self._cond:
                if self._listener is not sock:
                    conn.close()
                    return
                self._conns.add(conn)
            thread = threading.Thread(target=self._serve, args=(conn,), name="virtual-printer-conn", daemon=True)
            thread.start()
            self._threads = [t for t in self._threads if t.is_alive()] + [thread]  # a long demo: not one per label

    def _serve(self, conn: socket.socket) -> None:
        buffer = b""
        try:
            while True:
                data = conn.recv(65536)
                if not data:
                    break
                buffer += data
                while b"~HS" in buffer:
                    before, _, buffer = buffer.partition(b"~HS")
                    self._take(before)
                    with self._cond:
                        self.status_queries += 1
                        answer = self.host_status()
                    conn.sendall(answer)
                buffer = self._take(buffer)
        except OSError:
            pass  # dropped by offline()
        finally:
            self._take(buffer)
            with self._cond:
                self._conns.discard(conn)
            conn.close()

    def _take(self, data: bytes) -> bytes:
        """File the complete label formats in ``data``; returns what is left (an incomplete format)."""
        end = 0
        with self._cond:
            for match in _FORMAT.finditer(data):
                (self.held if self.paper_out else self.jobs).append(match.group(0))
                end = match.end()
            self._cond.notify_all()
        return data[end:]
