"""Throttling-aware cloud calls: adaptive per-API rate limits and backoff reported as waiting, not failure."""

from __future__ import annotations

import asyncio
import functools
import logging
import random
import time
from collections.abc import Callable
from concurrent.futures import Executor
from typing import Any, TypeVar

from botocore.exceptions import (
    ClientError,
    ConnectionClosedError,
    ConnectTimeoutError,
    EndpointConnectionError,
    ReadTimeoutError,
)

from station.cloud.credentials import explain_credentials_error
from station.cloud.quotas import default_rates
from station.cloud.refusals import explain_refusal
from station.errors import CloudError

T = TypeVar("T")
log = logging.getLogger("station.cloud")

THROTTLE_CODES = frozenset({
    "ThrottlingException", "Throttling", "TooManyRequestsException", "RequestLimitExceeded",
    "ProvisionedThroughputExceededException", "SlowDown", "RequestThrottled",
})
SERVER_CODES = frozenset({"InternalFailureException", "InternalException", "ServiceUnavailableException",
                          "ServiceUnavailable", "InternalError"})
NETWORK_ERRORS = (EndpointConnectionError, ConnectionClosedError, ConnectTimeoutError, ReadTimeoutError)

# AWS IoT's documented default rate quotas (per account and region, resources/aws-quotas.json): the limiter
# starts at these and halves on every throttle; operations without a documented quota start at FALLBACK_TPS.
DEFAULT_TPS: dict[str, float] = default_rates()
FALLBACK_TPS = 100.0

#: on_wait(operation, reason, retry_in_seconds, attempt)
WaitFn = Callable[[str, str, float, int], None]


def error_code(exc: BaseException) -> str:
    if isinstance(exc, ClientError):
        return str(exc.response.get("Error", {}).get("Code", ""))
    return ""


def classify(exc: BaseException) -> str | None:
    """'throttled', 'server' or 'network' for errors worth retrying; None for the rest."""
    if isinstance(exc, ClientError):
        code = error_code(exc)
        status = int(exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0) or 0)
        if code in THROTTLE_CODES or status == 429:
            return "throttled"
        if code in SERVER_CODES or status >= 500:
            return "server"
        return None
    if isinstance(exc, NETWORK_ERRORS):
        return "network"
    return None


class AdaptiveLimiter:
    """A token bucket per API operation whose rate halves on throttling and creeps back on success."""

    def __init__(self, initial: dict[str, float] | None = None, floor: float = 0.5) -> None:
        self._initial = {**DEFAULT_TPS, **(initial or {})}
        self._rate: dict[str, float] = {}
        self._next_slot: dict[str, float] = {}
        self._floor = floor
        self._lock = asyncio.Lock()

    def rate(self, op: str) -> float:
        return self._rate.get(op, self._initial.get(op, FALLBACK_TPS))

    async def acquire(self, op: str) -> float:
        """Wait for this operation's next slot; returns how long it waited."""
        async with self._lock:
            now = time.monotonic()
            slot = max(now, self._next_slot.get(op, now))
            self._next_slot[op] = slot + 1.0 / self.rate(op)
        delay = slot - now
        if delay > 0:
            await asyncio.sleep(delay)
        return delay

    def throttled(self, op: str) -> None:
        self._rate[op] = max(self._floor, self.rate(op) / 2)

    def succeeded(self, op: str) -> None:
        ceiling = self._initial.get(op, FALLBACK_TPS)
        self._rate[op] = min(ceiling, self.rate(op) + ceiling * 0.02)


class CloudCaller:
    """Runs blocking boto3 calls off the event loop, retrying throttling, 5xx and network errors.

    A retry is announced through ``on_wait`` so that a unit shows "waiting for
    AWS" instead of failing; only when ``max_wait`` is spent does the call fail.
    """

    def __init__(self, executor: Executor | None, *, max_wait: float = 120.0, base_delay: float = 0.2,
                 max_delay: float = 8.0, limiter: AdaptiveLimiter | None = None, profile_name: str = "") -> None:
        self.executor = executor
        #: The AWS profile the calls run under, named in the remedy when its login expired.
        self.profile_name = profile_name
        self.max_wait = max_wait
        self.base_delay = base_delay
        self.max_delay = max_delay
        self.limiter = limiter or AdaptiveLimiter()
        self.calls: dict[str, int] = {}
        self.retries: dict[str, int] = {}

    async def call(self, op: str, fn: Callable[..., T], *args: Any, on_wait: WaitFn | None = None,
                   **kwargs: Any) -> T:
        loop = asyncio.get_running_loop()
        started = time.monotonic()
        attempt = 0
        while True:
            attempt += 1
            await self.limiter.acquire(op)
            self.calls[op] = self.calls.get(op, 0) + 1
            try:
                result = await loop.run_in_executor(self.executor, functools.partial(fn, *args, **kwargs))
            except Exception as exc:
                kind = classify(exc)
                if kind is None:
                    # Expired/missing credentials are not retried: nothing changes until someone logs in again.
                    explained = explain_credentials_error(exc, self.profile_name)
                    if explained is not None:
                        log.warning("%s: %s (%s)", op, explained.cause, explained.detail)
                        raise explained from exc
                    # AccessDenied, invalid input, limits: the operator gets the missing permission or the
                    # value AWS refused, never "internal error" (other codes stay for the adapter to handle).
                    refused = explain_refusal(op, exc)
                    if refused is not None:
                        log.warning("%s: %s", op, refused.cause)
                        raise refused from exc
                    raise
                if kind == "throttled":
                    self.limiter.throttled(op)
                self.retries[op] = self.retries.get(op, 0) + 1
                delay = random.uniform(self.base_delay, min(self.max_delay, self.base_delay * 2 ** attempt))
                spent = time.monotonic() - started
                if spent + delay > self.max_wait:
                    raise CloudError(
                        f"AWS did not accept {op} for {spent:.0f} s ({_reason(kind, exc)}; {attempt} attempts)",
                        remedy="Check the station's network; if AWS is throttling, lower station.parallel "
                               "or ask for a higher account limit, then retry the unit.",
                        retryable=True) from exc
                reason = _reason(kind, exc)
                log.info("%s: %s, retrying in %.2f s (attempt %d)", op, reason, delay, attempt)
                if on_wait is not None:
                    on_wait(op, reason, delay, attempt)
                await asyncio.sleep(delay)
                continue
            self.limiter.succeeded(op)
            return result


def _reason(kind: str, exc: BaseException) -> str:
    if kind == "throttled":
        return "AWS is throttling requests"
    if kind == "server":
        return f"AWS answered with a server error ({error_code(exc) or 'HTTP 5xx'})"
    return f"network error ({type(exc).__name__})"
