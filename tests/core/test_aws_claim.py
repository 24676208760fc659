"""The cross-station takeover of an existing thing is a compare-and-set on the thing's version."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

import pytest
from botocore.exceptions import ClientError

from station.cloud.adapter import ThingResult
from station.cloud.retry import CloudCaller
from station.errors import CloudError, StationError
from station.pipeline.claim import CLAIM_ATTEMPTS, ClaimError, take_over
from tests.core.aws_fake_things import FakeThings

THING = "sensor-a-0001"
TTL = 300.0


def check_for(station: str) -> Callable[[ThingResult], None]:
    """The pipeline's rule: another station's claim younger than the TTL stops this one."""
    def check(t: ThingResult) -> None:
        other, _, since = t.attributes.get("claim", "").partition("@")
        if other and other != station and since.isdigit() and time.time() - int(since) < TTL:
            raise StationError(f"station {other} claimed it", step="registering")
    return check


def claim(station: str) -> dict[str, str]:
    return {"station": station, "claim": f"{station}@{int(time.time())}"}


def run(cloud: FakeThings, station: str, existing: ThingResult) -> ThingResult:
    caller = CloudCaller(None)

    async def call(op: str, fn: Callable[..., Any], args: tuple[Any, ...]) -> Any:
        return await caller.call(op, fn, *args)

    return asyncio.run(take_over(call, cloud, THING, "sensor-a", claim(station), existing, check_for(station)))


def test_uncontended_takeover_writes_with_the_version_read() -> None:
    cloud = FakeThings({THING: {"claim": "st-1@1"}})  # an old claim of another station: stale
    existing = cloud.read(THING)
    run(cloud, "st-2", existing)
    assert cloud.updates == [(THING, existing.version)]
    assert cloud.attributes(THING)["claim"].startswith("st-2@")


def test_another_stations_claim_in_between_wins() -> None:
    cloud = FakeThings({THING: {"claim": "st-1@1"}})
    existing = cloud.read(THING)  # st-2 reads: stale claim, ok to take over ...
    cloud.write(THING, claim("st-3"))  # ... but st-3 takes it over first
    with pytest.raises(StationError, match="station st-3 claimed it"):
        run(cloud, "st-2", existing)
    assert cloud.attributes(THING)["claim"].startswith("st-3@")  # st-2 wrote nothing
    assert len(cloud.conflicts) == 1


def test_a_conflict_from_a_harmless_write_is_retried_with_the_new_version() -> None:
    cloud = FakeThings({THING: {"claim": "st-2@1"}})
    existing = cloud.read(THING)
    assert existing.version == 1
    cloud.write(THING, {"note": "touched by a QA tool"})  # no claim change: decide again, take it
    run(cloud, "st-2", existing)
    assert [v for _, v in cloud.updates] == [1, 2]
    assert cloud.attributes(THING)["claim"].startswith("st-2@")
    assert cloud.attributes(THING)["note"] == "touched by a QA tool"  # merged, not replaced


def test_two_stations_racing_one_wins_one_stops() -> None:
    cloud = FakeThings({THING: {"claim": "old@1"}})
    a, b = cloud.read(THING), cloud.read(THING)  # both read the same version
    run(cloud, "st-a", a)
    with pytest.raises(StationError, match="station st-a claimed it"):
        run(cloud, "st-b", b)
    assert cloud.attributes(THING)["claim"].startswith("st-a@")


def test_a_thing_that_keeps_changing_gives_up() -> None:
    cloud = FakeThings({THING: {}}, interfere=True)  # every update races a harmless write
    with pytest.raises(ClaimError, match=f"changed {CLAIM_ATTEMPTS} times") as err:
        run(cloud, "st-2", cloud.read(THING))
    assert err.value.retryable


def test_a_deleted_thing_is_named() -> None:
    cloud = FakeThings({THING: {}})
    existing = cloud.read(THING)
    cloud.things.pop(THING)
    with pytest.raises(ClaimError, match="deleted"):
        run(cloud, "st-2", existing)


def test_unknown_version_is_read_first() -> None:
    cloud = FakeThings({THING: {}})
    run(cloud, "st-2", ThingResult("arn", created=False, attributes={}))
    assert cloud.updates == [(THING, 1)]


def test_other_errors_are_not_swallowed() -> None:
    cloud = FakeThings({THING: {}}, fail_with="InvalidRequestException")
    with pytest.raises(CloudError, match="refused UpdateThing as invalid") as info:
        run(cloud, "st-2", cloud.read(THING))
    assert isinstance(info.value.__cause__, ClientError)
