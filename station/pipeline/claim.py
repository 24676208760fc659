"""Taking over an existing thing across stations: UpdateThing(expectedVersion) as a compare-and-set."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, Protocol

from botocore.exceptions import ClientError

from station.cloud.adapter import ThingResult
from station.cloud.throttle import error_code
from station.errors import StationError
from station.messages import message

#: How often a lost compare-and-set is re-read and tried again before the unit gives up.
CLAIM_ATTEMPTS = 4

#: call(operation, fn, args): one cloud round trip through the unit's CloudCaller; returns fn's result.
CallFn = Callable[[str, Callable[..., Any], tuple[Any, ...]], Awaitable[Any]]


class ThingStore(Protocol):
    """The two adapter methods a takeover needs (IotCloud has them; tests use a fake)."""

    def describe_thing(self, name: str) -> dict[str, Any] | None: ...

    def update_thing(self, name: str, thing_type: str | None, attributes: dict[str, str],
                     expected_version: int | None = None) -> None: ...


class ClaimError(StationError):
    """The thing could not be claimed: it vanished, or kept changing under this station."""

    default_remedy = message("remedy.pipeline.claim", "Retry the unit; if it fails again, check that no other "
                             "station or tool works on this serial.")()


_KEPT_CHANGING = message("pipeline.claim-changing",
                         "thing {thing} changed {attempts} times while this station tried to claim it")
_DELETED = message("pipeline.claim-deleted", "thing {thing} was deleted while this station was claiming it")


async def take_over(call: CallFn, cloud: ThingStore, thing: str, thing_type: str | None,
                    attributes: dict[str, str], existing: ThingResult,
                    check: Callable[[ThingResult], None], *, step: str = "registering") -> ThingResult:
    """Write this station's claim (and station, batch, serial) on an existing thing, atomically.

    ``existing`` is what the station read and ``check`` already accepted. The update
    carries that read's version: if anyone wrote the thing since (another station
    taking it over at the same moment), AWS answers VersionConflictException; the
    thing is read again and ``check`` decides again. ``check`` raises when another
    station's fresh claim won; an own or stale claim is taken over with the new
    version. Returns the state the claim was written over.
    """
    current = existing
    if current.version is None:  # a read that did not keep the version: read it now
        current = await _read(call, cloud, thing, step)
        check(current)
    for _ in range(CLAIM_ATTEMPTS):
        try:
            await call("UpdateThing", cloud.update_thing, (thing, thing_type, attributes, current.version))
            return current
        except ClientError as exc:
            if error_code(exc) not in ("VersionConflictException", "ResourceNotFoundException"):
                raise
        # Someone wrote (or deleted) the thing between our read and our update: read it again, decide again.
        current = await _read(call, cloud, thing, step)
        check(current)
    raise ClaimError(_KEPT_CHANGING(thing=thing, attempts=CLAIM_ATTEMPTS), step=step, retryable=True)


async def _read(call: CallFn, cloud: ThingStore, thing: str, step: str) -> ThingResult:
    d = await call("DescribeThing", cloud.describe_thing, (thing,))
    if d is None:
        raise ClaimError(_DELETED(thing=thing), step=step, retryable=True)
    version = d.get("version")
    return ThingResult(str(d.get("thingArn", "")), created=False, attributes=dict(d.get("attributes", {})),
                       version=int(version) if isinstance(version, int) else None)
