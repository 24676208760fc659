"""Issue 11 item 4: units reach "ready" from job execution events (MQTT, the station's own identity), not polling."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import threading
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import boto3
import pytest

from station.cloud.adapter import IotCloud
from station.cloud.bootstrap import JOB_EVENTS_RESOURCE, bootstrap
from station.cloud.connect import EmbeddedCloud
from station.jobs.catalog import Catalog
from station.jobs.demo_content import firmware_image, seed_demo_catalog
from station.jobs.events import TOPIC_FILTER, JobEventSubscriber
from station.jobs.follow import CloudJobSource
from station.jobs.releases import release
from station.pipeline.events import Event, Progress, StepStarted, UnitFailed
from station.pipeline.scheduler import Station
from station.pipeline.states import UnitState
from station.profile import Profile
from station.virtual.fleet import BoardSpec, VirtualFleet
from tests.integration.helpers import iot_client, run_station

pytestmark = [pytest.mark.timeout(240), pytest.mark.cloud]
REV_B = BoardSpec("sensor-a", "B")  # group sensor-a-rev-b: firmware 1.1.0 and config "1" released
#: The calls a unit makes to follow its jobs itself, and the ones the current-jobs cache shares between units.
PER_UNIT = ("ListJobExecutionsForThing", "DescribeJobExecution")
SHARED = ("ListJobs", "DescribeJob", "GetJobDocument")


@pytest.fixture
def seeded(embedded: EmbeddedCloud, profile: Profile) -> Iterator[IotCloud]:
    assert embedded.cloud is not None
    seed_demo_catalog(embedded.cloud, profile)
    yield embedded.cloud


def with_jobs(profile: Profile, **changes: Any) -> Profile:
    return dataclasses.replace(profile, jobs=dataclasses.replace(profile.jobs, **changes))


def follow_calls(cloud: IotCloud, before: dict[str, int]) -> dict[str, int]:
    return {op: cloud.gateway.calls.get(op, 0) - before.get(op, 0) for op in (*PER_UNIT, *SHARED)}


def provision(profile: Profile, cloud: IotCloud, fleet: VirtualFleet,
              on_event: Any = None) -> tuple[Any, list[Event], Station, dict[str, int]]:
    before = dict(cloud.gateway.calls)
    if on_event is None:
        summary, events, station = run_station(profile, cloud, fleet, jobs=CloudJobSource(cloud), timeout=180)
    else:
        events = []
        station = Station(profile, cloud, [fleet.provider], poll_interval=0.1, jobs=CloudJobSource(cloud))
        station.bus.subscribe(events.append)
        station.bus.subscribe(on_event)
        from station.demo import run_until_settled

        summary = asyncio.run(run_until_settled(station, len(fleet), timeout=180))
    return summary, events, station, follow_calls(cloud, before)


def test_units_reach_ready_from_events_with_at_most_three_follow_calls_each(profile: Profile,
                                                                             seeded: IotCloud) -> None:
    units = 4
    with VirtualFleet(specs=[REV_B] * units) as fleet:
        summary, events, station, calls = provision(profile, seeded, fleet)
    assert summary.ready == units, summary.units
    assert station.job_events is not None and station.job_events.client_id.startswith("station-demo-station-")
    # Two jobs per unit (firmware, config): one SUCCEEDED event each, carrying the device's statusDetails.
    assert station.job_events.received >= 2 * units
    per_unit = sum(calls[op] for op in PER_UNIT) / units
    assert per_unit <= 3, calls
    assert calls["ListJobExecutionsForThing"] == 0, calls  # nothing was polled: events were the signal
    assert calls["DescribeJobExecution"] <= 2 * units, calls  # at most one confirmation per job
    notes = [e.note for e in events if isinstance(e, Progress)]
    assert any("download" in n for n in notes) and any("rebooting" in n for n in notes)  # steps from the trail
    # The current-jobs list is shared: its calls do not grow with the number of units.
    jobs_in_account = len(iot_client(seeded).list_jobs(status="IN_PROGRESS", maxResults=100)["jobs"])
    assert calls["ListJobs"] <= 2 and calls["DescribeJob"] <= jobs_in_account, calls
    # The station reads every profile group's current jobs at start (before any unit needs them): one document
    # per job of the account at most, never one per unit.
    assert calls["GetJobDocument"] <= jobs_in_account, calls
    print(f"follow calls for {units} units: {calls}; per unit (own calls) {per_unit:.2f}, "
          f"all included {sum(calls.values()) / units:.2f}")


def test_a_lost_event_is_caught_by_the_safety_poll(profile: Profile, seeded: IotCloud,
                                                   embedded: EmbeddedCloud) -> None:
    admin = iot_client(seeded)

    def events_stop_once_following(event: Event) -> None:
        # The subscriber is connected and subscribed; from now on the account publishes nothing.
        if isinstance(event, StepStarted) and event.step == UnitState.CONNECTING:
            admin.update_event_configurations(eventConfigurations={"JOB_EXECUTION": {"Enabled": False}})

    quick = with_jobs(profile, safety_poll=1.0)
    with VirtualFleet(specs=[REV_B]) as fleet:
        summary, _, station, calls = provision(quick, seeded, fleet, on_event=events_stop_once_following)
    assert summary.ready == 1, summary.units
    assert station.job_events is not None and station.job_events.received == 0
    assert calls["ListJobExecutionsForThing"] >= 1, calls  # the safety poll found both jobs SUCCEEDED


def test_a_refused_subscriber_falls_back_to_polling_and_units_still_get_ready(
        profile: Profile, seeded: IotCloud, embedded: EmbeddedCloud, caplog: pytest.LogCaptureFixture) -> None:
    # The station identity's policy without the MQTT statements (as rendered for a profile with events off).
    embedded.grant(with_jobs(profile, events=False))
    caplog.set_level(logging.WARNING, logger="station.jobs.events")
    with VirtualFleet(specs=[REV_B] * 2) as fleet:
        summary, _, station, calls = provision(profile, seeded, fleet)
    assert summary.ready == 2, summary.units
    assert station.job_events is not None and not station.job_events.live
    assert calls["ListJobExecutionsForThing"] >= 2, calls  # followed by polling
    said = [r.getMessage() for r in caplog.records if "following units by polling" in r.getMessage()]
    assert len(said) == 1, said  # said once, never a unit failure


def test_events_off_in_the_account_is_noticed_at_start_and_units_are_polled(
        profile: Profile, seeded: IotCloud, caplog: pytest.LogCaptureFixture) -> None:
    iot_client(seeded).update_event_configurations(eventConfigurations={"JOB_EXECUTION": {"Enabled": False}})
    caplog.set_level(logging.WARNING, logger="station.jobs.events")
    with VirtualFleet(specs=[REV_B]) as fleet:
        summary, _, station, calls = provision(profile, seeded, fleet)
    assert summary.ready == 1, summary.units
    assert station.job_events is not None and "not enabled" in station.job_events.reason
    assert calls["ListJobExecutionsForThing"] >= 1, calls


def test_a_failed_job_still_fails_the_unit_in_the_same_words(profile: Profile, seeded: IotCloud) -> None:
    catalog = Catalog(seeded, profile.catalog)
    catalog.upload_firmware("sensor-a", "1.3.0", firmware_image("sensor-a", "1.3.0"))
    entry = catalog.describe("firmware", "sensor-a", "1.3.0")
    release(seeded, catalog, profile, "firmware", "1.3.0", "sensor-a-rev-b")
    image = bytearray(firmware_image("sensor-a", "1.3.0"))
    image[-1] ^= 0xFF  # the stored image no longer matches the job document's sha256
    seeded.client("s3").put_object(Bucket=profile.catalog.bucket, Key=entry.key, Body=bytes(image))
    with VirtualFleet(specs=[REV_B]) as fleet:
        summary, events, station, calls = provision(profile, seeded, fleet)
    assert summary.failed == 1
    failed = next(e for e in events if isinstance(e, UnitFailed))
    assert failed.step.value == "updating" and "could not apply firmware 1.3.0" in failed.cause
    assert "sha256" in failed.cause and "previous version" in failed.remedy
    assert station.job_events is not None and station.job_events.received >= 1
    assert calls["ListJobExecutionsForThing"] == 0, calls  # the FAILED event, not a poll, ended it


def test_bootstrap_enables_job_events_once_and_the_check_reports_them(profile: Profile, seeded: IotCloud,
                                                                      embedded: EmbeddedCloud) -> None:
    from station.cloud.check import resource_results

    admin = iot_client(seeded)
    assert admin.describe_event_configurations()["eventConfigurations"]["JOB_EXECUTION"]["Enabled"]
    again = [a for a in bootstrap(embedded.as_role("engineer"), profile) if a.resource == JOB_EVENTS_RESOURCE]
    assert [a.action for a in again] == ["exists"]  # idempotent: read first, nothing changed
    report = {r.name: r for r in resource_results(seeded, profile)}
    assert report["job execution events"].ok and report["job execution events"].value == "enabled"
    admin.update_event_configurations(eventConfigurations={"JOB_EXECUTION": {"Enabled": False}})
    off = {r.name: r for r in resource_results(seeded, profile)}["job execution events"]
    assert not off.ok and off.value == "disabled" and "bootstrap" in off.remedy


async def _subscriber(cloud: IotCloud, station_id: str, client_id: str = "") -> JobEventSubscriber:
    sub = JobEventSubscriber(cloud, station_id, connect_timeout=10)
    if client_id:
        sub.client_id = client_id
    await sub.start()
    return sub


def test_the_broker_holds_the_station_to_its_job_event_grant(profile: Profile, embedded: EmbeddedCloud) -> None:
    from awscrt import mqtt
    from awscrt.exceptions import AwsCrtError

    cloud = embedded.cloud
    assert cloud is not None

    async def scenario() -> tuple[bool, bool, bool, bool]:
        granted = await _subscriber(cloud, profile.station_id)
        try:
            events_ok = granted.live
            # Another topic with the same connection: beyond the station's grant.
            future, _ = granted._connection.subscribe("$aws/events/thing/+/+", mqtt.QoS.AT_LEAST_ONCE,
                                                      callback=lambda **_: None)
            try:
                other_ok = (await asyncio.wrap_future(future)).get("qos") is not None
            except AwsCrtError:  # the broker dropped the connection over the refused subscription
                other_ok = False
        finally:
            await granted.close()
        # A client id outside station-<station id>-* (e.g. a device's thing name) is refused at CONNECT.
        impostor = await _subscriber(cloud, profile.station_id, client_id="sensor-a-VBSENSORA-0001")
        other_station = await _subscriber(cloud, "another-station")
        with contextlib.suppress(Exception):
            await impostor.close()
            await other_station.close()
        return events_ok, other_ok, impostor.live, other_station.live

    events_ok, other_ok, impostor_ok, other_station_ok = asyncio.run(scenario())
    assert events_ok, f"{TOPIC_FILTER} should be granted"
    assert not other_ok and not impostor_ok and not other_station_ok


class WebSocketCutter:
    """A plain TCP forwarder to the embedded cloud that can cut the WebSocket connections passing through it."""

    def __init__(self, upstream: str) -> None:
        parts = urlsplit(upstream)
        self.host, self.port = parts.hostname or "127.0.0.1", parts.port or 80
        self.loop = asyncio.new_event_loop()
        self.sockets: list[asyncio.StreamWriter] = []
        self.server: asyncio.base_events.Server | None = None
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        self.server = asyncio.run_coroutine_threadsafe(
            asyncio.start_server(self._serve, "127.0.0.1", 0), self.loop).result(10)
        return f"http://127.0.0.1:{self.server.sockets[0].getsockname()[1]}"

    def __exit__(self, *_: object) -> None:
        self.cut()
        if self.server is not None:
            self.loop.call_soon_threadsafe(self.server.close)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        up_reader, up_writer = await asyncio.open_connection(self.host, self.port)
        first = await reader.read(65536)
        if b"upgrade: websocket" in first.lower():
            self.sockets += [writer, up_writer]
        up_writer.write(first)

        async def pump(src: asyncio.StreamReader, dst: asyncio.StreamWriter) -> None:
            with contextlib.suppress(OSError):
                while data := await src.read(65536):
                    dst.write(data)
                    await dst.drain()
            dst.close()

        await asyncio.gather(pump(reader, up_writer), pump(up_reader, writer))

    def cut(self) -> None:
        def close_all() -> None:
            for writer in self.sockets:
                writer.transport.abort()
            self.sockets.clear()

        self.loop.call_soon_threadsafe(close_all)


def a_thing_with_its_firmware_job(seeded: IotCloud, embedded: EmbeddedCloud, thing: str) -> tuple[dict[str, Any], Any]:
    """A rev-B thing (made by the administrator) and its group's current firmware job; the device's jobs client."""
    assert embedded.endpoints is not None
    admin = iot_client(seeded)
    admin.create_thing(thingName=thing, thingTypeName="sensor-a")
    admin.add_thing_to_thing_group(thingName=thing, thingGroupName="sensor-a-rev-b")
    [fw_job] = [j for j in admin.list_jobs(status="IN_PROGRESS", maxResults=100)["jobs"]
                if j["jobId"].startswith("fw-sensor-a-rev-b-")]
    device = boto3.client("iot-jobs-data", endpoint_url=embedded.endpoints.http_url, region_name="us-east-1",
                          aws_access_key_id="test", aws_secret_access_key="test")
    return fw_job, device


async def until(check: Any, what: str) -> None:
    """Wait for a condition on the loop (bounded: 30 s)."""
    for _ in range(300):
        if check():
            return
        await asyncio.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def test_a_dropped_event_connection_comes_back_and_subscribes_again(profile: Profile, seeded: IotCloud,
                                                                    embedded: EmbeddedCloud) -> None:
    thing = "sensor-a-VBRECONNECT1"
    fw_job, device = a_thing_with_its_firmware_job(seeded, embedded, thing)

    async def scenario(url: str, cutter: WebSocketCutter) -> JobEventSubscriber:
        cloud = IotCloud(dataclasses.replace(seeded.target, endpoint_url=url))
        sub = JobEventSubscriber(cloud, profile.station_id, connect_timeout=10)
        assert await sub.start()
        inbox = sub.watch(thing)
        try:
            cutter.cut()
            await until(lambda: not sub.live, "the subscriber to notice the cut")
            await until(lambda: sub.live, "the subscriber to reconnect and subscribe again")
            _, recheck = await inbox.get(0)
            assert recheck  # units in flight are told to re-check once
            # The device finishes its job only now: the event must arrive over the new connection.
            await asyncio.to_thread(device.update_job_execution, jobId=fw_job["jobId"], thingName=thing,
                                    status="SUCCEEDED", statusDetails={"step": "done"})
            events, _ = await inbox.get(30)
            assert [(e.job_id, e.status, e.status_details) for e in events] == [
                (fw_job["jobId"], "SUCCEEDED", {"step": "done"})]
        finally:
            inbox.close()
            await sub.close()
        return sub

    with (cutter := WebSocketCutter(embedded.endpoints.http_url)) as url:
        asyncio.run(scenario(url, cutter))


def test_job_events_pass_the_fault_proxy_with_its_latency_and_its_cuts(profile: Profile, seeded: IotCloud,
                                                                       embedded: EmbeddedCloud) -> None:
    """The benchmarks put a FaultProxy (round-trip latency) in front of the cloud: MQTT over WebSocket must pass
    it, or every benchmark of "ready" would silently measure the polling fallback."""
    from station.localcloud.faultproxy import FaultProxy

    thing = "sensor-a-VBPROXY0001"
    fw_job, device = a_thing_with_its_firmware_job(seeded, embedded, thing)

    async def scenario(proxy: FaultProxy) -> None:
        cloud = IotCloud(dataclasses.replace(seeded.target, endpoint_url=proxy.url))
        sub = JobEventSubscriber(cloud, profile.station_id, connect_timeout=10)
        assert await sub.start(), sub.reason
        inbox = sub.watch(thing)
        try:
            proxy.cut(1.0)  # the tunnel is dropped like any connection during a cut
            await until(lambda: not sub.live, "the subscriber to notice the cut")
            await until(lambda: sub.live, "the subscriber to come back through the proxy")
            await asyncio.to_thread(device.update_job_execution, jobId=fw_job["jobId"], thingName=thing,
                                    status="SUCCEEDED", statusDetails={"step": "done"})
            events, _ = await inbox.get(30)
            assert [(e.job_id, e.status) for e in events if e.status == "SUCCEEDED"] == [
                (fw_job["jobId"], "SUCCEEDED")]
        finally:
            inbox.close()
            await sub.close()

    with FaultProxy(embedded.endpoints.http_url) as proxy:
        proxy.latency = 0.05
        asyncio.run(scenario(proxy))
        assert proxy.stats()["by_route"].get(("GET", "websocket"), 0) >= 2  # the first tunnel and the new one


def test_the_station_reads_the_groups_current_jobs_at_start_before_any_unit_follows(profile: Profile,
                                                                                    seeded: IotCloud) -> None:
    """Read lazily, the shared job list came while the other units' registrations loaded the cloud, and every
    unit whose device had already finished waited for it: it is read when the station starts."""
    before = dict(seeded.gateway.calls)
    station = Station(profile, seeded, [], poll_interval=0.1, jobs=CloudJobSource(seeded), until="ready")

    async def scenario() -> None:
        stop = asyncio.Event()
        running = asyncio.create_task(station.run(stop))
        try:
            await until(lambda: seeded.gateway.calls.get("GetJobDocument", 0) > before.get("GetJobDocument", 0)
                        and seeded.gateway.calls.get("ListJobs", 0) > before.get("ListJobs", 0),
                        "the job list to be read with no unit on the station")
        finally:
            stop.set()
            await running

    asyncio.run(scenario())
    assert not station.units  # no board was ever plugged: the station read the list by itself
