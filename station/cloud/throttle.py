"""What an AWS error means for retrying (throttled, server, network) and the adaptive per-operation limiter."""

from __future__ import annotations

import asyncio
import math
import threading
import time
from collections.abc import Callable

from botocore.exceptions import (
    ClientError,
    ConnectionClosedError,
    ConnectTimeoutError,
    EndpointConnectionError,
    ReadTimeoutError,
)

from station.cloud.quotas import default_rates
from station.messages import Message, message, plain

THROTTLE_CODES = frozenset({
    "ThrottlingException", "Throttling", "TooManyRequestsException", "RequestLimitExceeded",
    "ProvisionedThroughputExceededException", "SlowDown", "RequestThrottled",
})
SERVER_CODES = frozenset({"InternalFailureException", "InternalException", "ServiceUnavailableException",
                          "ServiceUnavailable", "InternalError"})
NETWORK_ERRORS = (EndpointConnectionError, ConnectionClosedError, ConnectTimeoutError, ReadTimeoutError)

# AWS IoT's documented default rate quotas (per account and region, resources/aws-quotas.json): the limiter
# starts at these and learns from throttling (AIMD); operations without a documented quota start at FALLBACK_TPS.
DEFAULT_TPS: dict[str, float] = default_rates()
FALLBACK_TPS = 100.0


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


_THROTTLED = message("cloud.throttled", "AWS is throttling requests")
_SERVER_ERROR = message("cloud.server-error", "AWS answered with a server error ({code})")
_NETWORK_ERROR = message("cloud.network-error", "network error ({error})")


class WaitReason(str):
    """Why a call is being retried: the English text (what wait listeners always received) plus its Message.

    A ``str`` subclass so every listener of ``(op, why, delay, attempt)`` keeps working unchanged; one that
    shows the reason to an operator reads :func:`wait_reason_message` instead, for the window to translate.
    """

    message: Message

    def __new__(cls, reason: Message) -> WaitReason:
        made = super().__new__(cls, reason.text())
        made.message = reason
        return made


def reason_message(kind: str, code: str = "", exc: BaseException | None = None) -> Message:
    """Why a call is being retried, in the words a unit shows while it waits."""
    if kind == "throttled":
        return _THROTTLED()
    if kind == "server":
        return _SERVER_ERROR(code=code or "HTTP 5xx")
    return _NETWORK_ERROR(error=type(exc).__name__ if exc is not None else "connection")


def reason(kind: str, code: str = "", exc: BaseException | None = None) -> WaitReason:
    """:func:`reason_message` as the text wait listeners receive (a str that carries the message)."""
    return WaitReason(reason_message(kind, code, exc))


def wait_reason_message(why: str) -> Message:
    """The message behind a wait listener's ``why`` (untranslated text if it came from elsewhere)."""
    return why.message if isinstance(why, WaitReason) else plain(why)


class AdaptiveLimiter:
    """A slot schedule per API operation, paced by AIMD: it learns each operation's share from AWS's answers.

    Starts at the quota table's rate (or a profile's raised quota: the ceiling). A ThrottlingException cuts the
    rate by half, once per congestion event; a Retry-After hint also holds every slot back that long. Each
    success adds ``ceiling × INCREASE / rate``, i.e. ``ceiling × INCREASE`` per second at whatever rate it runs:
    stations sharing an account's quota then converge on equal shares (additive increase, multiplicative decrease).
    Thread-safe: coroutines wait with ``acquire``, worker threads (botocore's before-send hook) with
    ``acquire_blocking``; both take slots from the same schedule.
    """

    #: Multiplicative decrease on a throttle.
    DECREASE = 0.5
    #: Additive increase: this fraction of the ceiling per second of successful calls.
    INCREASE = 0.05

    def __init__(self, initial: dict[str, float] | None = None, floor: float = 0.5,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._initial = {**DEFAULT_TPS, **(initial or {})}
        self._rate: dict[str, float] = {}
        self._next_slot: dict[str, float] = {}
        self._cut_at: dict[str, float] = {}
        self._floor = floor
        self._clock = clock
        self._lock = threading.Lock()
        #: Throttles taught per operation (each cut the rate or fell in the same congestion event).
        self.throttles: dict[str, int] = {}

    def rate(self, op: str) -> float:
        return self._rate.get(op, self._initial.get(op, FALLBACK_TPS))

    def ceiling(self, op: str) -> float:
        return self._initial.get(op, FALLBACK_TPS)

    def raise_ceilings(self, quotas: dict[str, float]) -> None:
        """An account's raised quotas (profile [cloud.quotas]) become these operations' starting rates."""
        with self._lock:
            self._initial.update(quotas)
            for op in quotas:
                self._rate.pop(op, None)

    def reserve(self, op: str) -> float:
        """Take this operation's next slot; returns how long to wait for it."""
        with self._lock:
            now = self._clock()
            slot = max(now, self._next_slot.get(op, now))
            self._next_slot[op] = slot + 1.0 / self.rate(op)
        return slot - now

    async def acquire(self, op: str) -> float:
        delay = self.reserve(op)
        if delay > 0:
            await asyncio.sleep(delay)
        return delay

    def acquire_blocking(self, op: str) -> float:
        delay = self.reserve(op)
        if delay > 0:
            time.sleep(delay)
        return delay

    def throttled(self, op: str, retry_after: float | None = None) -> None:
        """AWS throttled ``op``: cut its rate (once per congestion event) and honour a Retry-After hint."""
        with self._lock:
            now = self._clock()
            self.throttles[op] = self.throttles.get(op, 0) + 1
            rate = self.rate(op)
            # Requests sent at the old rate before the first throttle came back are throttled too; cutting for
            # each would take N calls in flight to rate / 2^N. One cut, then the calls of about one second at
            # the new rate (AWS's quotas are per second) must come back before the next one counts.
            if now - self._cut_at.get(op, -math.inf) >= max(1.0, 1.0 / rate):
                self._rate[op] = max(self._floor, rate * self.DECREASE)
                self._cut_at[op] = now
            if retry_after:
                self._next_slot[op] = max(self._next_slot.get(op, now), now + retry_after)

    def succeeded(self, op: str) -> None:
        with self._lock:
            ceiling = self.ceiling(op)
            rate = self.rate(op)
            self._rate[op] = min(ceiling, rate + ceiling * self.INCREASE / rate)
