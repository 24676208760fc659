"""The pipeline's way into the gateway: async calls that wait for their slot without holding a thread."""

from __future__ import annotations

import asyncio
import contextvars
import functools
import logging
from collections.abc import Callable
from concurrent.futures import Executor
from typing import Any, TypeVar

from station.cloud.gateway import Gateway, WaitFn, explain_cloud_error, waiting_message
from station.cloud.throttle import (
    DEFAULT_TPS,
    FALLBACK_TPS,
    NETWORK_ERRORS,
    SERVER_CODES,
    THROTTLE_CODES,
    AdaptiveLimiter,
    classify,
    error_code,
)

# Re-exported: the names callers know this module by.
__all__ = ["DEFAULT_TPS", "FALLBACK_TPS", "NETWORK_ERRORS", "SERVER_CODES", "THROTTLE_CODES", "AdaptiveLimiter",
           "CloudCaller", "classify", "error_code", "waiting_message"]

T = TypeVar("T")
log = logging.getLogger("station.cloud")


class CloudCaller:
    """Runs blocking IotCloud methods off the event loop, through the cloud's gateway.

    The gateway's hooks limit and retry every request those methods make; a retry is announced through
    ``on_wait`` (on the event loop) so that a unit shows "waiting for AWS" instead of failing. The first
    request's limiter slot is awaited here, so units waiting their turn hold no worker thread.
    """

    def __init__(self, executor: Executor | None, *, gateway: Gateway | None = None) -> None:
        self.executor = executor
        self.gateway = gateway or Gateway()

    @property
    def limiter(self) -> AdaptiveLimiter:
        return self.gateway.limiter

    @property
    def calls(self) -> dict[str, int]:
        """HTTP requests per operation, retries included."""
        return self.gateway.calls

    @property
    def retries(self) -> dict[str, int]:
        return self.gateway.retries

    async def call(self, op: str, fn: Callable[..., T], *args: Any, on_wait: WaitFn | None = None,
                   **kwargs: Any) -> T:
        loop = asyncio.get_running_loop()
        await self.gateway.limiter.acquire(op)
        context = contextvars.copy_context()
        announce = _on_loop(loop, on_wait) if on_wait is not None else None
        context.run(Gateway.prepaid, op)
        try:
            with_waits = functools.partial(_run_reporting, announce, functools.partial(fn, *args, **kwargs))
            return await loop.run_in_executor(self.executor, context.run, with_waits)
        except Exception as exc:
            explained = explain_cloud_error(op, exc, profile_name=self.gateway.profile_name,
                                            max_wait=self.gateway.policy.max_wait)
            if explained is None or explained is exc:
                raise
            log.warning("%s: %s", op, explained.cause)
            raise explained from exc


def _run_reporting(on_wait: WaitFn | None, fn: Callable[[], T]) -> T:
    with Gateway.waiting_reported_to(on_wait):
        return fn()


def _on_loop(loop: asyncio.AbstractEventLoop, fn: WaitFn) -> WaitFn:
    """``fn`` called on the event loop (retries are decided in worker threads; units live on the loop)."""
    def announce(op: str, why: str, delay: float, attempt: int) -> None:
        loop.call_soon_threadsafe(fn, op, why, delay, attempt)
    return announce
