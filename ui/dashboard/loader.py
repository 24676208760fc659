"""Reads the shift's figures on a thread of its own: the GUI thread never waits on SQLite."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from station.records.shift import Shift, ShiftWindow, read_shift

log = logging.getLogger("station.ui.dashboard")


class ShiftLoader(QObject):
    """One read at a time on one worker thread; a request made meanwhile runs once the current read is done.

    ``loaded`` carries the Shift to the GUI thread (a queued signal: it is emitted on the worker thread).
    """

    loaded = Signal(object)
    failed = Signal(str)

    def __init__(self, step_order: Sequence[str] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.step_order = tuple(step_order)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="dashboard")
        self._busy = False
        self._next: tuple[Path, ShiftWindow] | None = None
        self._closed = False

    @property
    def busy(self) -> bool:
        return self._busy

    def request(self, path: Path, window: ShiftWindow) -> None:
        """Read the figures of ``window`` from ``path`` (coalesced: only the newest waiting request runs)."""
        if self._closed:
            return
        if self._busy:
            self._next = (path, window)
            return
        self._busy = True
        future = self._pool.submit(read_shift, path, window, step_order=self.step_order)
        future.add_done_callback(self._done)

    def _done(self, future: Future[Shift]) -> None:  # on the worker thread
        error = future.exception()
        # A view closed while its read ran has no one left to tell.
        with contextlib.suppress(RuntimeError):
            if error is not None:
                log.warning("dashboard: could not read the records: %s", error)
                self.failed.emit(str(error))
            else:
                self.loaded.emit(future.result())

    def finished(self) -> None:
        """The GUI thread has applied a result: start the waiting request, if any."""
        self._busy = False
        waiting, self._next = self._next, None
        if waiting is not None:
            self.request(*waiting)

    def close(self) -> None:
        self._closed = True
        self._pool.shutdown(wait=False, cancel_futures=True)
