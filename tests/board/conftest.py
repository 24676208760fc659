"""Fixtures: virtual boards behind real pseudo-terminals and sockets, and a scripted fake board."""

from __future__ import annotations

import socket
import sys
import threading
from collections.abc import Callable, Iterator

import pytest

from station.board.driver import LinkSettings
from station.board.protocol import Frame, LineReader, decode_frame
from station.board.reference import ReferenceDriver
from station.virtual.board import VirtualBoard
from station.virtual.faults import FaultPlan

TRANSPORTS = ["socket"] if sys.platform == "win32" else ["pty", "socket"]

#: Short timeouts so fault tests fail fast; still far above the boards' real latency.
FAST = LinkSettings(timeouts={"hello": 0.5, "identify": 0.5, "keygen": 2.0, "chunk": 0.5,
                              "readback": 0.5, "reboot": 2.0}, retries=2)

BoardFactory = Callable[..., VirtualBoard]


@pytest.fixture(params=TRANSPORTS)
def transport(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def make_board(transport: str) -> Iterator[BoardFactory]:
    """Start VirtualBoards (on the parametrised transport) that are closed after the test."""
    boards: list[VirtualBoard] = []

    def make(faults: str = "", serial: str = "SN0001", **kwargs: object) -> VirtualBoard:
        opts: dict[str, object] = {"keygen_time": 0.05, "reboot_time": 0.1, **kwargs}
        board = VirtualBoard(serial, "sensor-a", "B", faults=FaultPlan.parse(faults), **opts)  # type: ignore[arg-type]
        boards.append(board)
        board.start(transport)
        return board

    yield make
    for board in boards:
        board.close()


@pytest.fixture
def board(make_board: BoardFactory) -> VirtualBoard:
    return make_board()


@pytest.fixture
def driver(board: VirtualBoard) -> Iterator[ReferenceDriver]:
    assert board.url is not None
    with ReferenceDriver(board.url, FAST) as drv:
        yield drv


Responder = Callable[[Frame], bytes]


@pytest.fixture
def scripted() -> Iterator[Callable[[Responder], str]]:
    """A fake board on a real socket that answers each request with whatever bytes respond() returns."""
    servers: list[tuple[socket.socket, threading.Thread]] = []

    def start(respond: Responder) -> str:
        listener = socket.create_server(("127.0.0.1", 0))

        def serve() -> None:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            reader = LineReader()
            with conn:
                while True:
                    try:
                        data = conn.recv(4096)
                    except OSError:
                        return
                    if not data:
                        return
                    for line in reader.feed(data):
                        conn.sendall(respond(decode_frame(line)))

        thread = threading.Thread(target=serve, daemon=True)
        thread.start()
        servers.append((listener, thread))
        return f"socket://127.0.0.1:{listener.getsockname()[1]}"

    yield start
    for listener, thread in servers:
        listener.close()
        thread.join(2)
