"""The one way the station calls AWS: every boto3 client's requests share one limiter and one retry path."""

# Every client the station makes (IotCloud.iot, IotCloud.client(...)) gets the gateway's botocore event hooks:
#   before-send  -> count the attempt and wait for the operation's slot in the adaptive limiter;
#   needs-retry  -> throttling, 5xx and network errors are retried with jittered backoff within max_wait,
#                   announced to whoever waits ("waiting for AWS"), and taught to the limiter.
# So a paginator page, a jobs command, a QA lookup and a pipeline step are limited and retried the same way,
# and no call site writes its own loop. Final errors are turned into plain words by explain_cloud_error().

from __future__ import annotations

import contextlib
import contextvars
import functools
import logging
import random
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, ParamSpec, TypeVar

from botocore.exceptions import ConnectTimeoutError, EndpointConnectionError

from station.cloud.credentials import explain_credentials_error
from station.cloud.refusals import explain_refusal
from station.cloud.throttle import (
    SERVER_CODES,
    THROTTLE_CODES,
    AdaptiveLimiter,
    classify,
    error_code,
    reason,
    reason_message,
    wait_reason_message,
)
from station.errors import CloudError, StationError
from station.messages import Message, message

log = logging.getLogger("station.cloud")
P = ParamSpec("P")
R = TypeVar("R")

#: on_wait(operation, reason, retry_in_seconds, attempt); ``reason`` is English text that carries its Message
#: (station.cloud.throttle.WaitReason): waiting_message(operation, reason) is what a unit shows.
WaitFn = Callable[[str, str, float, int], None]

_WAITING = message("cloud.waiting", "waiting for AWS: {reason} ({op})")
_ANSWER_LOST = message("cloud.answer-lost", "the answer to {op} was lost ({reason}); AWS may have issued a "
                       "certificate that the station did not receive")
_ANSWER_LOST_REMEDY = message("remedy.cloud-answer-lost", "Retry the unit; the line engineer runs 'station "
                              "reconcile' to retire any certificate AWS issued without the station knowing.")()
_NOT_ACCEPTED = message("cloud.not-accepted", "AWS did not accept {op} ({reason})")
_NOT_ACCEPTED_WITHIN = message("cloud.not-accepted-within", "AWS did not accept {op} within {seconds} s ({reason})")
_NOT_ACCEPTED_REMEDY = message("remedy.cloud-not-accepted", "Check the station's network; if AWS is throttling, "
                               "lower station.parallel or ask for a higher account limit, then retry.")()


def waiting_message(op: str, why: str) -> Message:
    """What a unit shows while ``op`` is retried (a wait listener's ``op`` and ``why``): a Waiting event's reason."""
    return _WAITING(reason=wait_reason_message(why), op=op)

# Creates whose request may have reached AWS when the answer was lost (read timeout, connection closed
# after sending, 5xx): repeating them would issue a second certificate. They are not retried on such an
# ambiguous error; the caller records the attempt and reconcile finds what AWS did.
NOT_REPEATABLE = frozenset({"CreateCertificateFromCsr", "CreateKeysAndCertificate"})
# Network errors that prove the request never left the station: safe to repeat for any operation.
_NEVER_SENT = (EndpointConnectionError, ConnectTimeoutError)

_ON_WAIT: contextvars.ContextVar[WaitFn | None] = contextvars.ContextVar("station_gateway_on_wait", default=None)
# Operations whose next request already has its limiter slot (taken asynchronously by CloudCaller, so that
# a waiting unit holds no worker thread). One entry per slot; used up by the first request of that op.
_PREPAID: contextvars.ContextVar[list[str] | None] = contextvars.ContextVar("station_gateway_prepaid",
                                                                            default=None)
# A shorter retry budget for callers with their own, durable way to try later (the records outbox).
_BUDGET: contextvars.ContextVar[float | None] = contextvars.ContextVar("station_gateway_budget", default=None)


# Listeners of every gateway of this process: a command-line tool's "waiting for AWS" line on stderr.
_PROCESS_LISTENERS: list[WaitFn] = []


def on_any_wait(fn: WaitFn) -> None:
    """Announce every retry of every gateway in this process to ``fn`` (called from worker threads)."""
    _PROCESS_LISTENERS.append(fn)


@dataclass(frozen=True)
class RetryPolicy:
    """How long and how often the gateway retries: within ``max_wait`` s, jittered exponential backoff."""

    max_wait: float = 120.0
    base_delay: float = 0.2
    max_delay: float = 8.0

    def delay(self, attempt: int, hint: float | None = None) -> float:
        # Full jitter: stations and views retrying at once must not collide again on the same beat.
        computed = random.uniform(self.base_delay, min(self.max_delay, self.base_delay * 2 ** attempt))
        return max(computed, hint) if hint is not None else computed


class Gateway:
    """One account's (one identity's) view of AWS: the shared limiter, retry policy and counters."""

    def __init__(self, *, quotas: dict[str, float] | None = None, policy: RetryPolicy | None = None,
                 profile_name: str = "") -> None:
        self.limiter = AdaptiveLimiter(initial=quotas)
        self.policy = policy or RetryPolicy()
        #: The AWS profile the calls run under, named in the remedy when its login expired.
        self.profile_name = profile_name
        self._lock = threading.Lock()
        #: HTTP attempts per operation (retries included) and retries per operation.
        self.calls: dict[str, int] = {}
        self.retries: dict[str, int] = {}
        self._listeners: list[WaitFn] = []

    def configure(self, *, quotas: dict[str, float] | None = None, max_wait: float | None = None,
                  profile_name: str | None = None) -> None:
        """Apply a profile's [cloud] settings (raised quotas, how long to wait for AWS)."""
        if quotas:
            self.limiter.raise_ceilings(quotas)
        if max_wait is not None:
            self.policy = RetryPolicy(max_wait, self.policy.base_delay, self.policy.max_delay)
        if profile_name is not None:
            self.profile_name = profile_name

    # -- who hears about waits ---------------------------------------------------------
    def add_wait_listener(self, fn: WaitFn) -> None:
        """Called (from a worker thread) on every retry of any call: a window's "waiting for AWS" line."""
        self._listeners.append(fn)

    def remove_wait_listener(self, fn: WaitFn) -> None:
        with contextlib.suppress(ValueError):
            self._listeners.remove(fn)

    @staticmethod
    @contextlib.contextmanager
    def waiting_reported_to(fn: WaitFn | None) -> Iterator[None]:
        """Within this block (this thread/context), retries are also announced to ``fn``."""
        token = _ON_WAIT.set(fn)
        try:
            yield
        finally:
            _ON_WAIT.reset(token)

    @staticmethod
    @contextlib.contextmanager
    def budget(seconds: float) -> Iterator[None]:
        """Within this block, give up retrying after ``seconds`` (if shorter than the policy's max_wait)."""
        token = _BUDGET.set(seconds)
        try:
            yield
        finally:
            _BUDGET.reset(token)

    @staticmethod
    def within_budget(seconds: float) -> Callable[[Callable[P, R]], Callable[P, R]]:
        """Decorator: the function's requests give up retrying after ``seconds`` (see budget())."""
        def wrap(fn: Callable[P, R]) -> Callable[P, R]:
            @functools.wraps(fn)
            def run(*args: P.args, **kwargs: P.kwargs) -> R:
                with Gateway.budget(seconds):
                    return fn(*args, **kwargs)
            return run
        return wrap

    @staticmethod
    def prepaid(op: str) -> contextvars.Token[list[str] | None]:
        """Mark that the next ``op`` request in this context already holds its limiter slot."""
        held = list(_PREPAID.get() or [])
        held.append(op)
        return _PREPAID.set(held)

    # -- botocore hooks ----------------------------------------------------------------
    def install(self, client: Any) -> Any:
        """Hook this gateway into a boto3 client; returns the client."""
        events = client.meta.events
        events.register("before-send", self._before_send, unique_id="station-gateway-before-send")
        # Registered first so ours decides: botocore's own retry handler is set to one attempt (see session).
        events.register_first("needs-retry", self._needs_retry, unique_id="station-gateway-needs-retry")
        events.register("after-call", self._after_call, unique_id="station-gateway-after-call")
        return client

    def _after_call(self, http_response: Any = None, **kwargs: Any) -> None:
        if http_response is not None and int(getattr(http_response, "status_code", 500) or 500) < 300:
            self.limiter.succeeded(_operation_of(kwargs.get("event_name", "")))

    def _before_send(self, request: Any = None, **kwargs: Any) -> None:
        op = _operation_of(kwargs.get("event_name", ""))
        with self._lock:
            self.calls[op] = self.calls.get(op, 0) + 1
        held = _PREPAID.get()
        if held and op in held:
            held.remove(op)  # its slot was taken asynchronously, before the worker thread was used
            return None
        self.limiter.acquire_blocking(op)
        return None  # a non-None answer would replace the HTTP request

    def _needs_retry(self, response: Any = None, operation: Any = None, attempts: int = 1,
                     caught_exception: BaseException | None = None, request_dict: Any = None,
                     **_: Any) -> float | None:
        op = str(getattr(operation, "name", "") or "")
        kind, hint, code = _judge(response, caught_exception)
        if kind is None:
            return None
        if op in NOT_REPEATABLE and kind != "throttled" and not isinstance(caught_exception, _NEVER_SENT):
            log.warning("%s: %s; not repeated (AWS may have acted on it)", op, reason(kind, code,
                                                                                     caught_exception))
            return None
        context = request_dict.get("context", {}) if isinstance(request_dict, dict) else {}
        now = time.monotonic()
        started = float(context.setdefault("station_gateway_started", now))
        if kind == "throttled":
            self.limiter.throttled(op, hint)
        delay = self.policy.delay(attempts, hint)
        budget = _BUDGET.get()
        if now - started + delay > min(self.policy.max_wait, budget if budget is not None else float("inf")):
            context["station_gateway_gave_up"] = now - started
            return None
        with self._lock:
            self.retries[op] = self.retries.get(op, 0) + 1
        why = reason(kind, code, caught_exception)
        log.info("%s: %s, retrying in %.2f s (attempt %d)", op, why, delay, attempts)
        for listener in [_ON_WAIT.get(), *self._listeners, *_PROCESS_LISTENERS]:
            if listener is not None:
                try:
                    listener(op, why, delay, attempts)
                except Exception:  # a listener's bug must not turn a retry into a failed call
                    log.exception("waiting-for-AWS listener failed")
        return delay


def explain_cloud_error(op: str, exc: BaseException, *, profile_name: str = "",
                        max_wait: float = 0.0) -> StationError | None:
    """Plain words for an AWS failure: retries spent, credentials, refusals; None for answers code handles."""
    if isinstance(exc, StationError):
        return exc
    kind = classify(exc)
    if kind is not None:
        op = op or str(getattr(exc, "operation_name", "") or "the call")
        why = reason_message(kind, error_code(exc), exc)
        if op in NOT_REPEATABLE and kind != "throttled" and not isinstance(exc, _NEVER_SENT):
            return CloudError(_ANSWER_LOST(op=op, reason=why), remedy=_ANSWER_LOST_REMEDY, retryable=True)
        cause = (_NOT_ACCEPTED_WITHIN(op=op, seconds=round(max_wait), reason=why) if max_wait
                 else _NOT_ACCEPTED(op=op, reason=why))
        return CloudError(cause, remedy=_NOT_ACCEPTED_REMEDY, retryable=True)
    credentials = explain_credentials_error(exc, profile_name)
    if credentials is not None:
        return credentials
    return explain_refusal(op or str(getattr(exc, "operation_name", "") or ""), exc)


def _operation_of(event_name: str) -> str:
    # "before-send.iot.CreateThing" -> "CreateThing"
    return event_name.rsplit(".", 1)[-1] if event_name.count(".") >= 2 else event_name


def _judge(response: Any, caught: BaseException | None) -> tuple[str | None, float | None, str]:
    """(kind, server's retry-after hint in seconds, error code) of one HTTP attempt."""
    if caught is not None:
        return classify(caught), None, ""
    if not response:
        return None, None, ""
    http, parsed = response
    status = int(getattr(http, "status_code", 0) or 0)
    code = str((parsed or {}).get("Error", {}).get("Code", "")) if isinstance(parsed, dict) else ""
    if code in THROTTLE_CODES or status == 429:
        kind: str | None = "throttled"
    elif code in SERVER_CODES or status >= 500:
        kind = "server"
    else:
        return None, None, code
    return kind, _retry_after(getattr(http, "headers", {}) or {}), code


def _retry_after(headers: Any) -> float | None:
    """A Retry-After (seconds) hint from the answer, capped so a bad header cannot park a unit."""
    raw = headers.get("Retry-After") or headers.get("retry-after") if hasattr(headers, "get") else None
    if not raw:
        return None
    try:
        value = float(raw)
    except (TypeError, ValueError):
        return None
    return min(max(value, 0.0), 30.0) if value == value else None  # NaN check: value != value
