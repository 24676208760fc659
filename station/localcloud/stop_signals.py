"""Turn the signals that ask a foreground server to stop (SIGTERM, SIGINT, SIGHUP, SIGBREAK) into an event."""

# ``station cloud serve`` used ``signal.sigwait`` without blocking the signals first, so SIGTERM kept its
# default action: the process died on the spot, ``EmbeddedCloud.close`` never ran, and the ministack
# child was left to notice on its own. With handlers that only set an event, the server's ``finally``
# runs on SIGTERM as on Ctrl-C: the child is stopped (state saved) and reaped before the process exits.

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

#: The signals a service manager, a terminal or a console sends to ask for a stop.
STOP_SIGNALS: tuple[signal.Signals, ...] = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP", "SIGBREAK") if hasattr(signal, name))


class StopRequest:
    """Set once a stop signal arrived; ``wait()`` blocks until then."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self.signal: int | None = None

    def set(self, signum: int) -> None:
        if self.signal is None:
            self.signal = signum
        self._event.set()

    def is_set(self) -> bool:
        return self._event.is_set()

    def wait(self) -> int:
        """Block until a stop signal; returns its number."""
        # In slices: on Windows an untimed Event.wait is not interrupted to run signal handlers.
        while not self._event.wait(0.5):
            pass
        assert self.signal is not None
        return self.signal


@contextmanager
def stop_signals() -> Iterator[StopRequest]:
    """While inside, the stop signals set the yielded request instead of killing the process (main thread only)."""
    request = StopRequest()

    def handler(signum: int, _frame: FrameType | None) -> None:
        request.set(signum)

    previous = {sig: signal.signal(sig, handler) for sig in STOP_SIGNALS}
    try:
        yield request
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)
