"""A small real HTTP server (http.server in a thread) standing in for a download host the agent must not trust."""

from __future__ import annotations

import hashlib
import http.server
import threading
from collections.abc import Callable
from types import TracebackType

#: path -> (status, headers, body); a body of None streams zeros until the client goes away.
Route = tuple[int, dict[str, str], bytes | None]


class Origin:
    """Serves fixed routes on host:ephemeral port and records every request path it received."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.routes: dict[str, Route] = {}
        self.raw: dict[str, bytes] = {}  # path -> bytes written as the whole response (status line included)
        self.requests: list[str] = []
        self.streamed = 0  # bytes sent by endless routes
        origin = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                origin.requests.append(self.path)
                if self.path in origin.raw:
                    self.wfile.write(origin.raw[self.path])
                    return
                status, headers, body = origin.routes.get(self.path, (404, {}, b"not here"))
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                if body is not None:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if body is not None:
                    self.wfile.write(body)
                    return
                chunk = bytes(64 * 1024)
                try:
                    while True:
                        self.wfile.write(chunk)
                        origin.streamed += len(chunk)
                except OSError:
                    return  # the agent stopped reading

            def log_message(self, format: str, *args: object) -> None:
                return

        self.server = http.server.ThreadingHTTPServer((host, 0), Handler)
        self.server.daemon_threads = True
        self.host = host
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def url(self, path: str) -> str:
        return f"http://{self.host}:{self.port}{path}"

    def serve(self, path: str, body: bytes) -> tuple[str, int]:
        """Serve body at path; its sha256 and size, for the job document."""
        self.routes[path] = (200, {"Content-Type": "application/octet-stream"}, body)
        return hashlib.sha256(body).hexdigest(), len(body)

    def redirect(self, path: str, location: str) -> None:
        self.routes[path] = (302, {"Location": location}, b"")

    def endless(self, path: str) -> None:
        self.routes[path] = (200, {"Content-Type": "application/octet-stream"}, None)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def __enter__(self) -> Origin:
        return self

    def __exit__(self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None) -> None:
        self.close()


OriginFactory = Callable[..., Origin]
