"""A fresh unit's critical path on the strict embedded cloud: only the calls it needs, in at most two rounds.

The gateway counts every HTTP request per operation (retries apart). With the device policy on the thing
groups a fresh unit makes exactly CreateThing, CreateCertificateFromCsr, AttachThingPrincipal and
AddThingToThingGroup; per certificate AttachPolicy is added, started beside the second round and awaited
before verify (the write does not wait for it); ListThingPrincipals only when the thing already existed.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from station.board.driver import driver_factory
from station.cloud.adapter import IotCloud
from station.cloud.connect import EmbeddedCloud
from station.cloud.retry import CloudCaller
from station.cloud.session import CloudTarget
from station.domain import PortInfo
from station.localcloud.faultproxy import FaultProxy, operation
from station.pipeline.events import CertificateIssued, Event, EventBus, StepFinished, StepStarted, UnitPassed
from station.pipeline.states import UnitState
from station.pipeline.unit import Services, Unit
from station.profile import Profile
from station.virtual.fleet import BoardSpec, VirtualFleet
from tests.integration.helpers import as_admin, iot_client, run_station, with_profile

pytestmark = pytest.mark.timeout(180)
SPECS = [BoardSpec("sensor-a", "B"), BoardSpec("sensor-a", "A"), BoardSpec("gateway-x", "2")]
ON_GROUP = {"CreateThing": 1, "CreateCertificateFromCsr": 1, "AttachThingPrincipal": 1, "AddThingToThingGroup": 1}
#: Once per station run, not per unit (the embedded target names its MQTT endpoint, so it may not appear at all).
PER_RUN = {"DescribeEndpoint", "GetCallerIdentity"}


def registered(profile: Profile, attach_to: str) -> Profile:
    return with_profile(profile, policy_attach_to=attach_to,
                        jobs=dataclasses.replace(profile.jobs, until="registered"))


def requests(cloud: IotCloud) -> dict[str, int]:
    """HTTP requests per operation, first attempts only (a throttled retry is the limiter's, not the path's)."""
    g = cloud.gateway
    return {op: n - g.retries.get(op, 0) for op, n in g.calls.items() if n - g.retries.get(op, 0) > 0}


def per_unit(calls: dict[str, int], units: int) -> dict[str, float]:
    return {op: n / units for op, n in calls.items() if op not in PER_RUN}


@pytest.fixture
def station_cloud(embedded: EmbeddedCloud) -> IotCloud:
    """The station's identity with a gateway of its own: its counts are this test's calls only."""
    assert embedded.cloud is not None
    return IotCloud(embedded.cloud.target)


@pytest.mark.parametrize("attach_to", ["group", "certificate"])
def test_fresh_units_make_only_the_calls_they_need(attach_to: str, embedded: EmbeddedCloud, profile: Profile,
                                                   station_cloud: IotCloud) -> None:
    pf = registered(profile, attach_to)
    embedded.grant(pf)  # the station role as this mode renders it (no AttachPolicy at all with "group")
    with VirtualFleet(specs=SPECS) as fleet:
        summary, events, _ = run_station(pf, station_cloud, fleet, timeout=120)
    assert summary.passed == len(SPECS), summary.units
    calls = requests(station_cloud)
    print(f"policy.attach_to = {attach_to}: requests per fresh unit {per_unit(calls, len(SPECS))}; all: {calls}")
    expected = dict(ON_GROUP) if attach_to == "group" else {**ON_GROUP, "AttachPolicy": 1}
    assert per_unit(calls, len(SPECS)) == expected, calls
    assert all(e.round_trips <= 2 for e in events if isinstance(e, UnitPassed))
    # Every certificate holds the device policy exactly where the mode puts it.
    iot = iot_client(station_cloud)
    for board in fleet.boards:
        (cert,) = iot.list_thing_principals(thingName=f"{board.identity.model}-{board.identity.serial}")["principals"]
        on_cert = [p["policyName"] for p in iot.list_attached_policies(target=cert)["policies"]]
        assert on_cert == ([] if attach_to == "group" else [pf.policy_name])


def test_an_existing_thing_costs_one_list_of_its_principals(embedded: EmbeddedCloud, profile: Profile,
                                                           station_cloud: IotCloud) -> None:
    pf = registered(profile, "group")
    embedded.grant(pf)
    # A thing left by an earlier, stale attempt (another station's claim long expired); the board has no key.
    as_admin(station_cloud).create_thing("sensor-a-VBSENSORA-0001", "sensor-a",
                                         {"serial": "VBSENSORA-0001", "claim": "line-9@1000"})
    with VirtualFleet(specs=SPECS[:1]) as fleet:
        summary, _events, _ = run_station(pf, station_cloud, fleet, timeout=120)
    assert summary.passed == 1, summary.units
    calls = requests(station_cloud)
    assert calls.get("ListThingPrincipals") == 1, calls
    assert calls.get("DescribeThing") == 1 and calls.get("UpdateThing") == 1, calls  # read, then claimed
    assert {op: calls[op] for op in ON_GROUP} == ON_GROUP, calls


# -- AttachPolicy off the critical path ---------------------------------------------------------------------


class HeldAttachPolicy(IotCloud):
    """The real cloud, but AttachPolicy's request leaves only once the test lets it go."""

    def __init__(self, target: CloudTarget) -> None:
        super().__init__(target)
        self.go = threading.Event()
        self.started = threading.Event()
        self.answered = threading.Event()

    def attach_policy(self, policy_name: str, target_arn: str) -> None:
        self.started.set()
        self.go.wait(30)  # bounded: code that waits for AttachPolicy before writing stalls, then fails the test
        super().attach_policy(policy_name, target_arn)
        self.answered.set()


@pytest.fixture
def held(embedded: EmbeddedCloud, profile: Profile) -> Iterator[tuple[HeldAttachPolicy, Profile]]:
    assert embedded.cloud is not None
    pf = registered(profile, "certificate")
    embedded.grant(pf)
    yield HeldAttachPolicy(embedded.cloud.target), pf


OnEvent = Callable[[Event, asyncio.Task[None]], None]


async def _one_unit(pf: Profile, cloud: IotCloud, fleet: VirtualFleet, on_event: OnEvent) -> asyncio.Task[None]:
    with ThreadPoolExecutor(2) as serial_pool, ThreadPoolExecutor(8) as cloud_pool:
        bus = EventBus()
        services = Services(profile=pf, cloud=cloud, caller=CloudCaller(cloud_pool, gateway=cloud.gateway),
                            serial_executor=serial_pool, driver_factory=driver_factory(pf.serial.driver), bus=bus,
                            until="registered")
        unit = Unit(1, PortInfo(str(fleet.boards[0].url)), services)
        task = asyncio.create_task(unit.run())
        bus.subscribe(lambda e: on_event(e, task))
        try:
            await task
        except asyncio.CancelledError:
            if not task.cancelled():
                raise
        # Nothing the unit started is left behind: no pending task, none destroyed later.
        assert asyncio.all_tasks() == {asyncio.current_task()}, asyncio.all_tasks()
        return task


def test_the_write_does_not_wait_for_attach_policy_but_verify_does(held: tuple[HeldAttachPolicy, Profile]) -> None:
    cloud, pf = held
    seen: dict[str, bool] = {}
    events: list[Event] = []

    def on_event(e: Event, _task: asyncio.Task[None]) -> None:
        events.append(e)
        if isinstance(e, StepFinished) and e.step is UnitState.WRITING:
            seen["written while AttachPolicy in flight"] = cloud.started.is_set() and not cloud.answered.is_set()
            cloud.go.set()
        if isinstance(e, StepStarted) and e.step is UnitState.VERIFYING:
            seen["verified after AttachPolicy answered"] = cloud.answered.is_set()

    with VirtualFleet(specs=SPECS[:1]) as fleet:
        asyncio.run(_one_unit(pf, cloud, fleet, on_event))
    [passed] = [e for e in events if isinstance(e, UnitPassed)]
    assert seen == {"written while AttachPolicy in flight": True, "verified after AttachPolicy answered": True}
    assert passed.round_trips == 2
    iot = iot_client(cloud)
    assert [p["policyName"] for p in iot.list_attached_policies(
        target=cloud.arn(f"cert/{passed.certificate_id}"))["policies"]] == [pf.policy_name]


def test_a_unit_cancelled_while_attach_policy_is_in_flight_waits_for_it(
        held: tuple[HeldAttachPolicy, Profile], caplog: pytest.LogCaptureFixture) -> None:
    cloud, pf = held
    events: list[Event] = []

    def on_event(e: Event, task: asyncio.Task[None]) -> None:
        events.append(e)
        if isinstance(e, StepFinished) and e.step is UnitState.WRITING:
            task.cancel()  # the board is pulled (or the station stops) after the write
            asyncio.get_running_loop().call_soon(cloud.go.set)

    caplog.set_level(logging.DEBUG, logger="asyncio")
    with VirtualFleet(specs=SPECS[:1]) as fleet:
        task = asyncio.run(_one_unit(pf, cloud, fleet, on_event))
    assert task.cancelled()
    assert cloud.answered.is_set()  # the call in flight ended before the unit did
    assert not any(isinstance(e, StepStarted) and e.step is UnitState.VERIFYING for e in events)
    assert "Task was destroyed" not in caplog.text and "never retrieved" not in caplog.text
    [cert] = [e.certificate_id for e in events if isinstance(e, CertificateIssued)]
    iot = iot_client(cloud)
    assert [p["policyName"] for p in iot.list_attached_policies(target=cloud.arn(f"cert/{cert}"))["policies"]] \
        == [pf.policy_name]


def test_a_refused_attach_policy_still_fails_the_unit_at_attaching(tmp_path: Path, embedded: EmbeddedCloud,
                                                                   profile: Profile) -> None:
    assert embedded.cloud is not None and embedded.endpoints is not None
    pf = registered(profile, "certificate")
    embedded.grant(pf)
    with FaultProxy(embedded.endpoints.http_url) as proxy, VirtualFleet(specs=SPECS[:1]) as fleet:
        cloud = IotCloud(dataclasses.replace(embedded.cloud.target, endpoint_url=proxy.url))
        proxy.refuse(1, "LimitExceededException", 410, "Policy targets limit exceeded", match=operation("AttachPolicy"))
        summary, events, station = run_station(pf, cloud, fleet, timeout=120)
    assert summary.failed == 1, summary.units
    [unit] = station.units.values()
    failure = unit.failure
    assert failure is not None and failure.step is UnitState.ATTACHING, failure
    assert "AttachPolicy" in failure.cause and "Policy targets limit exceeded" in failure.cause, failure.cause
    # The certificate issued for it is reported, as with any failure after it was issued.
    [issued] = [e.certificate_id for e in events if isinstance(e, CertificateIssued)]
    assert any(issued in line and "ACTIVE" in line for line in failure.created), failure.created
