"""Units per hour as a rolling figure over the last N minutes, withheld until it means something; pure logic."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

#: A figure from fewer finished units, or a shorter time, says more about chance than about the line's pace.
MIN_UNITS = 3
MIN_SECONDS = 120.0


class RollingRate:
    """Finished units counted over the last ``window`` seconds, as units per hour.

    ``per_hour()`` is None ("not yet") until at least MIN_UNITS units finished within the window and MIN_SECONDS
    passed since counting began, or until the whole window has passed (then even 0/h is a fact). The span it
    divides by is the window, or the time since counting began while that is shorter: the first units do not
    read as a flood ("480 units/hour" three seconds after start).
    """

    def __init__(self, window: float, *, clock: Callable[[], float] = time.time,
                 min_units: int = MIN_UNITS, min_seconds: float = MIN_SECONDS) -> None:
        if window <= 0:
            raise ValueError("the rate window must be positive")
        self.window = window
        self.clock = clock
        self.min_units = min_units
        self.min_seconds = min(min_seconds, window)
        self.began = clock()
        self._finished: deque[float] = deque()

    def reset(self) -> None:
        self.began = self.clock()
        self._finished.clear()

    def add(self, at: float | None = None) -> None:
        """A unit finished (passed or failed) at ``at`` (now by default)."""
        self._finished.append(self.clock() if at is None else at)

    def count(self, now: float | None = None) -> int:
        """Units finished within the window ending at ``now``."""
        now = self.clock() if now is None else now
        while self._finished and self._finished[0] <= now - self.window:
            self._finished.popleft()  # older than any window to come: the clock only moves on
        return sum(1 for t in self._finished if t <= now)

    def per_hour(self, now: float | None = None) -> float | None:
        now = self.clock() if now is None else now
        elapsed = now - self.began
        count = self.count(now)
        filled = elapsed >= self.window
        if not filled and (count < self.min_units or elapsed < self.min_seconds):
            return None
        return count * 3600.0 / min(self.window, max(elapsed, 1.0))
