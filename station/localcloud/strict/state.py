"""The strict layer's per-request record, carried in a context variable from dispatch to handler."""

# ministack calls its IAM helpers and the service handler from inside one
# coroutine (app._dispatch_service_request), so a ContextVar set by our
# dispatch wrapper is visible to the patched helpers and the handler wrapper
# without changing any ministack signature.

from __future__ import annotations

import contextvars
from dataclasses import dataclass, field
from typing import Any

from station.localcloud.strict.authz import Authorization
from station.localcloud.strict.model import Decoded


@dataclass
class RequestState:
    """What the strict layer knows and decided about the request being served."""

    service: str
    operation: str
    action: str
    caller: str
    access_key: str
    region: str
    account: str
    request_id: str
    decoded: Decoded | None = None
    authz: Authorization | None = None
    resources: list[str] = field(default_factory=list)
    denied: bool = False  # ministack's evaluator (or a strict rule using it) refused a check
    decision: str | None = None  # set when the strict layer itself answered (unmapped/throttled/invalid)
    detail: dict[str, Any] = field(default_factory=dict)


current: contextvars.ContextVar[RequestState | None] = contextvars.ContextVar("station_strict_request", default=None)
