"""AWS default API rate quotas as token buckets per operation, per account and Region (all callers share one)."""

# The figures live in resources/aws-quotas.json with their source and the date
# they were read; env STATION_QUOTA_OVERRIDES ({"Operation": tps}) raises or
# sets one for a run (a profile whose account has an increase, or a test).
# A rate of 0 or less removes the limit for that operation.

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Callable, Mapping

from station.cloud.quotas import default_rates

OVERRIDES_ENV = "STATION_QUOTA_OVERRIDES"


def load_rates(overrides: Mapping[str, float] | None = None) -> dict[str, float]:
    """Operation -> TPS for IoT: the shipped defaults with the overrides applied."""
    rates = default_rates()
    for op, tps in (overrides or {}).items():
        if float(tps) > 0:
            rates[op] = float(tps)
        else:
            rates.pop(op, None)
    return rates


def overrides_from_env(environ: Mapping[str, str] = os.environ) -> dict[str, float]:
    """Parse STATION_QUOTA_OVERRIDES; a malformed value is an error, not silently ignored."""
    raw = environ.get(OVERRIDES_ENV, "").strip()
    if not raw:
        return {}
    value = json.loads(raw)
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, (int, float))
                                              for k, v in value.items()):
        raise ValueError(f"{OVERRIDES_ENV} must be a JSON object of operation -> number, got {raw!r}")
    return {k: float(v) for k, v in value.items()}


class TokenBucket:
    """Admit `rate` calls per second on average, at most `capacity` at once."""

    def __init__(self, rate: float, capacity: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.rate = rate
        self.capacity = capacity
        self._tokens = capacity
        self._clock = clock
        self._stamp = clock()

    def take(self) -> bool:
        now = self._clock()
        self._tokens = min(self.capacity, self._tokens + (now - self._stamp) * self.rate)
        self._stamp = now
        if self._tokens >= 1.0:
            self._tokens -= 1.0
            return True
        return False


class Quotas:
    """One bucket per (account, region, operation), created on first use."""

    def __init__(self, rates: Mapping[str, float], clock: Callable[[], float] = time.monotonic) -> None:
        self.rates = dict(rates)
        self._clock = clock
        self._buckets: dict[tuple[str, str, str], TokenBucket] = {}
        self._lock = threading.Lock()  # the server is asyncio, but handlers may run in threads too

    def admit(self, account: str, region: str, operation: str) -> bool:
        """True if the call fits the operation's quota (always true for an operation without one)."""
        rate = self.rates.get(operation)
        if rate is None:
            return True
        with self._lock:
            key = (account, region, operation)
            bucket = self._buckets.get(key)
            if bucket is None:
                # Burst = one second's worth (at least one call); see resources/aws-quotas.json.
                bucket = self._buckets[key] = TokenBucket(rate, max(1.0, rate), self._clock)
            return bucket.take()
