"""Helpers of the driver-choice and plug-in tests: a tiny board on a real pty (or socket) and a scratch registry."""

from __future__ import annotations

import contextlib
import os
import select
import socket
import sys
import threading
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import pytest
import serial

from station.board import driver as registry
from station.board.driver import LinkSettings


class AnsweringPort:
    """A device behind a real pseudo-terminal (socket:// on Windows) that answers each line with ``reply``.

    reply None: a silent port (the J-Link's other COM port with nothing listening).
    """

    def __init__(self, reply: bytes | None) -> None:
        self.reply = reply
        self.lines: list[bytes] = []  # what the host sent, line by line
        self._stop = threading.Event()
        if sys.platform == "win32":
            self._listener: socket.socket | None = socket.create_server(("127.0.0.1", 0))
            self.url = f"socket://127.0.0.1:{self._listener.getsockname()[1]}"
            target: Callable[[], None] = self._serve_socket
        else:
            import tty

            self._listener = None
            self._master, self._slave = os.openpty()
            tty.setraw(self._slave)  # no echo, no CR/LF translation: bytes pass as a USB CDC port's would
            self.url = os.ttyname(self._slave)
            target = self._serve_pty
        self._thread = threading.Thread(target=target, daemon=True)
        self._thread.start()

    def _answer(self, buffer: bytes, send: Callable[[bytes], Any]) -> bytes:
        while b"\n" in buffer:
            line, buffer = buffer.split(b"\n", 1)
            self.lines.append(line.rstrip(b"\r"))
            if self.reply is not None:
                send(self.reply)
        return buffer

    def _serve_pty(self) -> None:
        buffer = b""
        while not self._stop.is_set():
            ready, _, _ = select.select([self._master], [], [], 0.1)
            if not ready:
                continue
            try:
                data = os.read(self._master, 4096)
            except OSError:  # the host hung up (not while this end holds the slave open, but be safe)
                self._stop.wait(0.05)
                continue
            buffer = self._answer(buffer + data, lambda b: os.write(self._master, b))

    def _serve_socket(self) -> None:
        assert self._listener is not None
        self._listener.settimeout(0.1)
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except OSError:
                continue
            with conn:
                buffer = b""
                conn.settimeout(0.1)
                while not self._stop.is_set():
                    try:
                        data = conn.recv(4096)
                    except TimeoutError:
                        continue
                    except OSError:
                        break
                    if not data:
                        break
                    buffer = self._answer(buffer + data, conn.sendall)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        if self._listener is not None:
            self._listener.close()
        else:
            os.close(self._master)
            os.close(self._slave)


@contextlib.contextmanager
def answering_ports() -> Iterator[Callable[[bytes | None], AnsweringPort]]:
    ports: list[AnsweringPort] = []

    def make(reply: bytes | None) -> AnsweringPort:
        ports.append(AnsweringPort(reply))
        return ports[-1]

    try:
        yield make
    finally:
        for port in ports:
            port.close()


def ask(url: str, settings: LinkSettings, request: bytes, prefix: bytes) -> str | None:
    """What a driver's probe does: open, ask once, close; the answer if it starts with prefix, else None."""
    with serial.serial_for_url(url, baudrate=settings.baud, timeout=settings.timeout("hello")) as link:
        link.write(request + b"\r\n")
        answer = link.readline().strip()
    return answer.decode("ascii", "replace") if answer.startswith(prefix) else None


class Probe:
    """A probe that asks the board "WHO" (or the greeting in its options) and records each call."""

    def __init__(self, prefix: bytes) -> None:
        self.prefix = prefix
        self.calls: list[tuple[str, dict[str, Any]]] = []

    def __call__(self, url: str, settings: LinkSettings, options: Mapping[str, Any]) -> str | None:
        self.calls.append((url, dict(options)))
        return ask(url, settings, str(options.get("greeting", "WHO")).encode(), self.prefix)


def scratch_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    """Give the test a copy of the driver registry (built-ins loaded), restored afterwards."""
    registry.known_drivers()
    monkeypatch.setattr(registry, "_REGISTRY", dict(registry._REGISTRY))


class NoDriver:
    """A factory placeholder: choice tests never open a driver, they only pick one."""

    def __init__(self, port: str, settings: LinkSettings | None = None,
                 options: Mapping[str, Any] | None = None) -> None:
        raise AssertionError("choice must not open a driver")
