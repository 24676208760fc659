"""Fault-injecting HTTP/1.1 reverse proxy (latency, throttling, 5xx, refusals, cuts, lost answers) for tests."""

from __future__ import annotations

import asyncio
import collections
import contextlib
import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType
from typing import TypedDict
from urllib.parse import parse_qs, urlsplit

Matcher = Callable[[str, str], bool]  # (method, request target incl. query) -> applies?

_HOP_BY_HOP = {b"connection", b"keep-alive", b"transfer-encoding", b"expect", b"proxy-connection", b"te"}


def path_template(path: str) -> str:
    """Collapse ids for counting: odd-position segments become '{}' (AWS REST: /collection/{id}/sub/{id})."""
    segments = path.split("?", 1)[0].strip("/").split("/")
    return "/" + "/".join("{}" if i % 2 and seg else seg for i, seg in enumerate(segments))


def operation(name: str, service: str = "iot") -> Matcher:
    """A matcher for one AWS API operation (by its REST method and path in botocore's service model)."""
    import botocore.session  # only tests and benchmarks build matchers: keep the proxy's import light

    http = botocore.session.get_session().get_service_model(service).operation_model(name).http
    path = re.sub(r"\\{[^}]+\\}", "[^/?]+", re.escape(str(http["requestUri"]).split("?", 1)[0]))
    pattern = re.compile(path + r"(\?.*)?")
    method = str(http["method"])
    return lambda m, target: m == method and pattern.fullmatch(target) is not None


class ProxyStats(TypedDict):
    total: int
    throttled: int
    failed: int
    dropped: int
    lost: int
    by_route: dict[tuple[str, str], int]  # (method, path_template) -> requests


@dataclass
class _Rule:
    remaining: int
    status: int
    error_type: str
    message: str
    match: Matcher | None
    forward: bool = False  # True: the request reaches upstream, then its answer is lost


@dataclass
class _Paging:
    match: Matcher
    key: str  # the answer's list, e.g. "things"
    size: int
    token: str  # query parameter the client sends the next page's token in
    next_key: str  # the answer's field that carries it


class FaultProxy:
    """Reverse proxy on 127.0.0.1:<ephemeral> in its own thread and event loop; knobs are thread-safe."""

    def __init__(self, upstream: str) -> None:
        parts = urlsplit(upstream)
        if parts.scheme != "http" or not parts.hostname:
            raise ValueError(f"upstream must be an http:// URL, got {upstream!r}")
        self._up_host, self._up_port = parts.hostname, parts.port or 80
        self._lock = threading.Lock()
        self._latency = 0.0
        self._rules: list[_Rule] = []
        self._paging: list[_Paging] = []
        self._cut_until = 0.0
        self.total = 0
        self.throttled = 0
        self.failed = 0
        self.dropped = 0
        self.lost = 0
        self.by_route: collections.Counter[tuple[str, str]] = collections.Counter()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.Server | None = None
        self._thread: threading.Thread | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._tunnels: set[asyncio.StreamWriter] = set()  # upstream sides of upgraded connections
        self.url = ""

    # -- knobs -----------------------------------------------------------------------------------

    @property
    def latency(self) -> float:
        with self._lock:
            return self._latency

    @latency.setter
    def latency(self, seconds: float) -> None:
        with self._lock:
            self._latency = max(0.0, float(seconds))

    def throttle(self, n: int, match: Matcher | None = None) -> None:
        """The next n matching requests answer 429 ThrottlingException, as AWS IoT does."""
        with self._lock:
            self._rules.append(_Rule(n, 429, "ThrottlingException", "Rate exceeded", match))

    def fail(self, n: int, status: int = 503, match: Matcher | None = None) -> None:
        """The next n matching requests answer a server error without reaching upstream."""
        with self._lock:
            self._rules.append(_Rule(n, status, "ServiceUnavailableException", "Service Unavailable", match))

    def refuse(self, n: int, error_type: str = "AccessDeniedException", status: int = 403,
               message: str = "User is not authorized to perform this action", match: Matcher | None = None) -> None:
        """The next n matching requests answer a client error (no retry helps) without reaching upstream."""
        with self._lock:
            self._rules.append(_Rule(n, status, error_type, message, match))

    def lose(self, n: int, match: Matcher | None = None) -> None:
        """The next n matching requests reach upstream, which acts on them; then the connection is cut
        before any answer: the client cannot tell whether AWS acted (a read timeout, a dropped link)."""
        with self._lock:
            self._rules.append(_Rule(n, 0, "", "", match, forward=True))

    def page(self, match: Matcher, key: str, size: int, *, token: str = "nextToken",
             next_key: str = "nextToken") -> None:
        """Cut matching list answers into pages of at most ``size`` items, as AWS does (its pages hold at most
        100-250): a client that does not follow ``next_key`` sees only the first page. The token is an offset."""
        with self._lock:
            self._paging.append(_Paging(match, key, size, token, next_key))

    def cut(self, seconds: float) -> None:
        """Drop every connection and request, without answering, for the next `seconds`."""
        with self._lock:
            self._cut_until = time.monotonic() + seconds
        loop = self._loop
        if loop is not None and not loop.is_closed():
            # Upgraded (WebSocket) connections carry no more requests to drop: end them now.
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(self._abort_tunnels)

    def reset(self) -> None:
        """Clear knobs and counters."""
        with self._lock:
            self._latency, self._rules, self._paging, self._cut_until = 0.0, [], [], 0.0
            self.total = self.throttled = self.failed = self.dropped = self.lost = 0
            self.by_route.clear()

    def stats(self) -> ProxyStats:
        """A consistent snapshot of the counters."""
        with self._lock:
            return {
                "total": self.total,
                "throttled": self.throttled,
                "failed": self.failed,
                "dropped": self.dropped,
                "lost": self.lost,
                "by_route": dict(self.by_route),
            }

    # -- lifecycle -------------------------------------------------------------------------------

    def start(self) -> str:
        ready = threading.Event()
        errors: list[BaseException] = []

        def run() -> None:
            loop = asyncio.new_event_loop()
            asyncio.set_event_loop(loop)  # this thread's own loop; gather() below looks it up
            self._loop = loop
            try:
                self._server = loop.run_until_complete(asyncio.start_server(self._serve, "127.0.0.1", 0))
            except BaseException as e:
                errors.append(e)
                ready.set()
                loop.close()
                return
            ready.set()
            loop.run_forever()
            # Stopped: abort client connections so their handlers end on their
            # own (cancelling a stream handler mid-read logs a spurious error).
            for writer in list(self._writers):
                writer.transport.abort()
            tasks = asyncio.all_tasks(loop)
            if tasks:
                loop.run_until_complete(asyncio.wait(tasks, timeout=5.0))
            loop.close()

        self._thread = threading.Thread(target=run, name="fault-proxy", daemon=True)
        self._thread.start()
        ready.wait()
        if errors:
            raise errors[0]
        assert self._server is not None
        self.url = f"http://127.0.0.1:{self._server.sockets[0].getsockname()[1]}"
        return self.url

    def stop(self) -> None:
        loop, server, thread = self._loop, self._server, self._thread
        self._loop = self._server = self._thread = None
        if loop is None or server is None or thread is None:
            return
        loop.call_soon_threadsafe(server.close)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10.0)

    def __enter__(self) -> FaultProxy:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # -- proxying --------------------------------------------------------------------------------

    def _abort_tunnels(self) -> None:
        for writer in list(self._tunnels):
            writer.transport.abort()

    def _cutting(self) -> bool:
        with self._lock:
            return time.monotonic() < self._cut_until

    def _cut_active(self) -> bool:
        with self._lock:
            if time.monotonic() < self._cut_until:
                self.dropped += 1
                return True
            return False

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        try:
            while not self._cut_active():
                head = await reader.readuntil(b"\r\n\r\n")
                if self._cut_active():
                    break
                await self._one(head, reader, writer)
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError, ValueError):
            pass  # client went away or spoke garbage: just close
        finally:
            self._writers.discard(writer)
            writer.transport.abort()  # abort, not close: a "cut" must not linger politely

    async def _one(self, head: bytes, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        lines = head[:-4].split(b"\r\n")
        method, target, _version = lines[0].decode("latin-1").split(" ", 2)
        headers = [tuple(line.split(b":", 1)) for line in lines[1:] if b":" in line]
        names = {k.strip().lower(): v.strip() for k, v in headers}
        if names.get(b"upgrade", b"").lower() == b"websocket":
            # MQTT over WebSocket (the station's job-events subscriber): the handshake pays the latency once,
            # then frames pass both ways untouched until either side closes or a cut() drops the tunnel.
            with self._lock:
                self.total += 1
                self.by_route[(method, "websocket")] += 1
                latency = self._latency
            if latency:
                await asyncio.sleep(latency)
            await self._tunnel(head, reader, writer)
            return
        if names.get(b"expect", b"").lower() == b"100-continue":
            writer.write(b"HTTP/1.1 100 Continue\r\n\r\n")  # botocore waits for this before S3 bodies
        body = await _read_body(reader, names)
        with self._lock:
            self.total += 1
            self.by_route[(method, path_template(target))] += 1
            latency = self._latency
            live = (r for r in self._rules if r.remaining > 0)
            rule = next((r for r in live if r.match is None or r.match(method, target)), None)
            if rule is not None:
                rule.remaining -= 1
                if rule.forward:
                    self.lost += 1
                elif rule.status == 429:
                    self.throttled += 1
                else:
                    self.failed += 1
        if latency:
            await asyncio.sleep(latency)
        if rule is not None and not rule.forward:
            payload = json.dumps({"message": rule.message}).encode()
            resp_head = (
                f"HTTP/1.1 {rule.status} Error\r\nx-amzn-ErrorType: {rule.error_type}\r\n"
                f"Content-Type: application/json\r\nContent-Length: {len(payload)}\r\n\r\n"
            ).encode()
            writer.write(resp_head + payload)
            await writer.drain()
            return
        # One upstream connection per request with "Connection: close", so the
        # response ends at EOF whatever framing upstream picks. Headers (Host
        # included, which SigV4 signs) pass through unchanged.
        up_reader, up_writer = await asyncio.open_connection(self._up_host, self._up_port)
        try:
            skip = {*_HOP_BY_HOP, b"content-length"}  # re-framed below: a chunked body arrives de-chunked
            fwd = [lines[0]] + [k + b":" + v for k, v in headers if k.strip().lower() not in skip]
            if body or b"content-length" in names or method in ("POST", "PUT", "PATCH"):
                fwd.append(b"Content-Length: " + str(len(body)).encode())
            up_writer.write(b"\r\n".join([*fwd, b"Connection: close", b"", b""]) + body)
            await up_writer.drain()
            resp = await up_reader.read(-1)
        finally:
            up_writer.close()
        if rule is not None:  # lose(): upstream acted and answered; the client gets nothing
            raise ConnectionResetError("answer lost on purpose")
        rhead, _, rbody = resp.partition(b"\r\n\r\n")
        rlines = rhead.split(b"\r\n")
        rheaders = [tuple(line.split(b":", 1)) for line in rlines[1:] if b":" in line]
        if any(k.strip().lower() == b"transfer-encoding" and b"chunked" in v.lower() for k, v in rheaders):
            rbody = _dechunk(rbody)
        with self._lock:
            paging = next((p for p in self._paging if p.match(method, target)), None)
        if paging is not None and rlines[0].split(b" ")[1:2] == [b"200"]:
            rbody = _one_page(rbody, target, paging)
        keep = [k + b":" + v for k, v in rheaders if k.strip().lower() not in _HOP_BY_HOP]
        if method != "HEAD":  # HEAD keeps upstream's Content-Length (S3 head_object reads it)
            keep = [h for h in keep if not h.lower().startswith(b"content-length:")]
            keep.append(b"Content-Length: " + str(len(rbody)).encode())
            writer.write(b"\r\n".join([rlines[0], *keep, b"", b""]) + rbody)
        else:
            writer.write(b"\r\n".join([rlines[0], *keep, b"", b""]))
        await writer.drain()


    async def _tunnel(self, head: bytes, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """Pipe an upgraded connection to upstream byte for byte; ends when either side closes or on a cut."""
        up_reader, up_writer = await asyncio.open_connection(self._up_host, self._up_port)
        up_writer.write(head)

        async def pump(src: asyncio.StreamReader, dst: asyncio.StreamWriter) -> None:
            with contextlib.suppress(ConnectionError, asyncio.IncompleteReadError):
                while chunk := await src.read(65536):
                    if self._cutting():
                        return
                    dst.write(chunk)
                    await dst.drain()

        self._tunnels.add(up_writer)  # cut() aborts it from the caller's thread
        tasks = [asyncio.ensure_future(c) for c in (pump(reader, up_writer), pump(up_reader, writer))]
        try:
            await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for t in tasks:
                t.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            self._tunnels.discard(up_writer)
            up_writer.transport.abort()
        raise ConnectionResetError("tunnel closed")  # the caller's loop ends; the client connection is aborted


def _one_page(body: bytes, target: str, paging: _Paging) -> bytes:
    """The page of a full list answer that the request's token (an offset) asks for."""
    query = parse_qs(urlsplit(target).query)
    offset = int(query.get(paging.token, ["0"])[0] or 0)
    asked = [int(v) for name in ("maxResults", "pageSize") for v in query.get(name, [])]
    size = min([paging.size, *asked])
    data = json.loads(body or b"{}")
    items = list(data.get(paging.key, []))
    data[paging.key] = items[offset:offset + size]
    if offset + size < len(items):
        data[paging.next_key] = str(offset + size)
    else:
        data.pop(paging.next_key, None)
    return json.dumps(data).encode()


async def _read_body(reader: asyncio.StreamReader, names: dict[bytes, bytes]) -> bytes:
    if b"chunked" in names.get(b"transfer-encoding", b"").lower():
        chunks: list[bytes] = []
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";", 1)[0].strip(), 16)
            if size == 0:
                with contextlib.suppress(asyncio.IncompleteReadError):
                    while (await reader.readuntil(b"\r\n")) != b"\r\n":  # trailers
                        pass
                return b"".join(chunks)
            chunks.append(await reader.readexactly(size))
            await reader.readexactly(2)
    length = int(names.get(b"content-length", b"0") or 0)
    return await reader.readexactly(length) if length else b""


def _dechunk(data: bytes) -> bytes:
    out: list[bytes] = []
    pos = 0
    while True:
        eol = data.index(b"\r\n", pos)
        size = int(data[pos:eol].split(b";", 1)[0].strip(), 16)
        if size == 0:
            return b"".join(out)
        out.append(data[eol + 2 : eol + 2 + size])
        pos = eol + 2 + size + 2
