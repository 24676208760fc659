"""The claim takeover against the strict embedded cloud, which honours UpdateThing.expectedVersion."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

import pytest
from botocore.exceptions import ClientError

from station.cloud.adapter import IotCloud, ThingResult
from station.cloud.retry import error_code
from station.errors import StationError
from station.pipeline.claim import take_over

THING = "sensor-a-CAS1"


def check_for(station: str) -> Callable[[ThingResult], None]:
    def check(t: ThingResult) -> None:
        other, _, since = t.attributes.get("claim", "").partition("@")
        if other and other != station and since.isdigit() and time.time() - int(since) < 300:
            raise StationError(f"station {other} claimed it", step="registering")
    return check


async def direct(op: str, fn: Callable[..., Any], args: tuple[Any, ...]) -> Any:
    return fn(*args)


def test_stale_expected_version_is_a_conflict(cloud: IotCloud) -> None:
    cloud.create_thing(THING, "sensor-a", {"serial": "CAS1", "station": "st-1"})
    existing = cloud.create_thing(THING, "sensor-a", {"serial": "CAS1"})  # other configuration: the read
    assert not existing.created and existing.version is not None
    cloud.update_thing(THING, "sensor-a", {"batch": "b1"}, expected_version=existing.version)
    with pytest.raises(ClientError) as err:
        cloud.update_thing(THING, "sensor-a", {"batch": "b2"}, expected_version=existing.version)
    assert error_code(err.value) == "VersionConflictException"


def test_racing_takeover_loses_to_the_station_that_wrote_first(cloud: IotCloud) -> None:
    cloud.create_thing(THING, "sensor-a", {"serial": "CAS1", "claim": "old@1"})
    seen_by_a = cloud.create_thing(THING, "sensor-a", {"serial": "CAS1"})
    seen_by_b = cloud.create_thing(THING, "sensor-a", {"serial": "CAS1"})
    now = int(time.time())
    asyncio.run(take_over(direct, cloud, THING, "sensor-a", {"claim": f"st-a@{now}"}, seen_by_a, check_for("st-a")))
    with pytest.raises(StationError, match="station st-a claimed it"):
        asyncio.run(take_over(direct, cloud, THING, "sensor-a", {"claim": f"st-b@{now}"}, seen_by_b,
                              check_for("st-b")))
    described = cloud.describe_thing(THING)
    assert described is not None and described["attributes"]["claim"] == f"st-a@{now}"
