"""Unit's registration strategies, one Unit at a time against the strict embedded cloud.

Fresh, careful (re-run), recovery (a key without a certificate; a certificate an interrupted attempt left),
rework and claims, plus the partial round: a round in which one call is refused or the unit is cancelled
still records every certificate AWS issued.
"""

from __future__ import annotations

import asyncio
import dataclasses
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from station.board.driver import driver_factory
from station.cloud.adapter import IotCloud
from station.cloud.connect import EmbeddedCloud
from station.cloud.csr import certificate_public_key
from station.cloud.retry import CloudCaller
from station.domain import PortInfo
from station.localcloud.faultproxy import FaultProxy, operation
from station.pipeline.events import CertificateIssued, Event, EventBus, StepStarted, UnitFailed, UnitPassed
from station.pipeline.states import UnitState
from station.pipeline.unit import Services, Unit
from station.profile import Profile, ReworkSettings
from station.records import RecordStore, SqliteSink
from station.virtual.fleet import BoardSpec, VirtualFleet
from tests.faults.accounting import duplicates, recorded_certificates, unaccounted
from tests.integration.helpers import active_certs, iot_client

pytestmark = pytest.mark.timeout(120)
SERIAL = "VBSENSORA-0001"
THING = f"sensor-a-{SERIAL}"


@dataclass
class Run:
    unit: Unit
    events: list[Event]
    calls: dict[str, int]  # operation -> HTTP requests this run made

    @property
    def issued(self) -> list[str]:
        return [e.certificate_id for e in self.events if isinstance(e, CertificateIssued)]

    @property
    def failure(self) -> UnitFailed:
        assert self.unit.failure is not None, [type(e).__name__ for e in self.events]
        return self.unit.failure

    @property
    def passed(self) -> UnitPassed:
        found = [e for e in self.events if isinstance(e, UnitPassed)]
        assert found, self.unit.failure
        return found[0]


@dataclass
class Bench:
    """One virtual board, the station's cloud behind a fault proxy, and the records of every run."""

    embedded: EmbeddedCloud
    proxy: FaultProxy
    cloud: IotCloud
    fleet: VirtualFleet
    store: RecordStore
    iot: Any
    profile: Profile
    runs: list[Run] = field(default_factory=list)

    def run(self, profile: Profile | None = None, *,
            during: Callable[[Event, asyncio.Task[None]], None] | None = None) -> Run:
        """Provision the board once (until registered), as a fresh Unit; records go to the bench's store."""
        pf = profile or self.profile
        events: list[Event] = []
        before = dict(self.cloud.gateway.calls)

        async def go() -> Unit:
            with ThreadPoolExecutor(2) as serial_pool, ThreadPoolExecutor(8) as cloud_pool:
                bus = EventBus()
                sink = SqliteSink.for_profile(self.store, pf)
                bus.subscribe(sink.on_event)
                bus.subscribe(events.append)
                services = Services(profile=pf, cloud=self.cloud, caller=CloudCaller(cloud_pool,
                                                                                       gateway=self.cloud.gateway),
                                    serial_executor=serial_pool, driver_factory=driver_factory(pf.serial.driver),
                                    bus=bus, until="registered", resume_hint=self.store.unfinished_certificates)
                unit = Unit(1, PortInfo(str(self.fleet.boards[0].url)), services)
                task = asyncio.create_task(unit.run())
                if during is not None:
                    bus.subscribe(lambda e: during(e, task))
                try:
                    await task
                except asyncio.CancelledError:
                    if not task.cancelled():
                        raise
                sink.close()
                return unit

        unit = asyncio.run(go())
        calls = {op: n - before.get(op, 0) for op, n in self.cloud.gateway.calls.items() if n > before.get(op, 0)}
        self.runs.append(Run(unit, events, calls))
        return self.runs[-1]

    def orphans(self) -> list[str]:
        return unaccounted(self.iot, recorded_certificates(self.store))


@pytest.fixture
def bench(tmp_path: Path, embedded: EmbeddedCloud, profile: Profile) -> Iterator[Bench]:
    assert embedded.cloud is not None and embedded.endpoints is not None
    with FaultProxy(embedded.endpoints.http_url) as proxy, VirtualFleet(specs=[BoardSpec("sensor-a", "B")]) as fleet:
        cloud = IotCloud(dataclasses.replace(embedded.cloud.target, endpoint_url=proxy.url))
        store = RecordStore(tmp_path / "records.sqlite")
        pf = dataclasses.replace(profile, jobs=dataclasses.replace(profile.jobs, until="registered"))
        yield Bench(embedded, proxy, cloud, fleet, store, iot_client(embedded.cloud), pf)
        store.close()


def reworked(profile: Profile, policy: str, old: str = "inactive") -> Profile:
    return dataclasses.replace(profile, rework=ReworkSettings(policy=policy, old_certificate=old))


def set_claim(iot: Any, claim: str) -> None:
    iot.update_thing(thingName=THING, attributePayload={"attributes": {"claim": claim}, "merge": True})


# -- fresh -------------------------------------------------------------------------------------------------

def test_fresh_board_registers_in_one_round(bench: Bench) -> None:
    run = bench.run()
    assert run.passed.thing_name == THING
    # thing ‖ certificate in one round, the attachments in a second: nothing else (a new thing has no
    # principals to list; tests/pipeline/test_critical_path.py counts every call).
    assert run.unit.round_trips == 2
    assert run.calls.keys() >= {"CreateThing", "CreateCertificateFromCsr", "AttachThingPrincipal",
                                "AddThingToThingGroup"}
    assert not run.calls.keys() & {"DescribeCertificate", "UpdateThing", "CreateKeysAndCertificate",
                                   "ListThingPrincipals"}
    [cert] = active_certs(bench.iot, THING)
    assert run.issued == [cert["certificateId"]] == [run.passed.certificate_id]
    assert certificate_public_key(cert["certificatePem"]) == bench.fleet.boards[0].public_key_der
    assert bench.store.by_serial(SERIAL)[0].certificate_id == cert["certificateId"]


def test_fresh_board_without_csr_gets_cloud_generated_keys(bench: Bench) -> None:
    run = bench.run(dataclasses.replace(bench.profile, cert_mode="cloud-keys"))
    assert "CreateKeysAndCertificate" in run.calls and "CreateCertificateFromCsr" not in run.calls
    [cert] = active_certs(bench.iot, THING)
    assert run.issued == [cert["certificateId"]]
    assert certificate_public_key(cert["certificatePem"]) == bench.fleet.boards[0].public_key_der


# -- careful (the board already has a key) ----------------------------------------------------------------

def test_rerun_reuses_the_certificate_of_the_boards_key(bench: Bench) -> None:
    first = bench.run().passed
    run = bench.run()
    assert run.passed.certificate_id == first.certificate_id
    assert run.issued == []  # nothing new was created
    assert not run.calls.keys() & {"CreateCertificateFromCsr", "CreateKeysAndCertificate"}
    assert "DescribeCertificate" in run.calls and "UpdateThing" in run.calls  # looked, then claimed the thing
    assert [c["certificateId"] for c in active_certs(bench.iot, THING)] == [first.certificate_id]


def test_refuse_policy_changes_nothing_on_a_provisioned_serial(bench: Bench) -> None:
    bench.run()
    run = bench.run(reworked(bench.profile, "refuse"))
    assert "'refuse'" in run.failure.cause and run.failure.created == []
    assert not run.calls.keys() & {"CreateCertificateFromCsr", "UpdateThing", "AttachThingPrincipal"}


# -- recovery -----------------------------------------------------------------------------------------------

def test_a_key_without_a_certificate_gets_one_for_that_key(bench: Bench) -> None:
    # The first attempt made the key and the thing, but AWS refused the certificate.
    bench.proxy.refuse(1, match=operation("CreateCertificateFromCsr"))
    failed = bench.run()
    assert failed.failure.step is UnitState.REGISTERING and failed.issued == []
    key = bench.fleet.boards[0].public_key_der
    assert key is not None
    run = bench.run()
    assert run.calls.get("CreateCertificateFromCsr") == 1 and len(run.issued) == 1
    [cert] = active_certs(bench.iot, THING)
    assert certificate_public_key(cert["certificatePem"]) == key  # the board kept its key
    assert bench.orphans() == []


def test_partial_round_records_the_certificate_and_the_rerun_reuses_it(bench: Bench) -> None:
    """CreateThing refused while CreateCertificateFromCsr succeeds in the same round (partial round)."""
    bench.proxy.refuse(1, match=operation("CreateThing"))
    failed = bench.run()
    assert failed.failure.step is UnitState.REGISTERING and "CreateThing" in failed.failure.cause
    [issued] = failed.issued
    # Recorded the moment it was issued: in the failure, in the records; and nothing else is loose.
    assert any(issued in line and "ACTIVE" in line for line in failed.failure.created), failed.failure.created
    assert bench.store.by_serial(SERIAL)[0].certificate_id == issued
    assert bench.orphans() == []
    # The next attempt finds it through the records and attaches it instead of issuing another one.
    run = bench.run()
    assert run.passed.certificate_id == issued and run.issued == []
    assert bench.orphans() == [] and duplicates(bench.iot) == {}


def test_cancelled_round_still_records_what_it_issued(bench: Bench) -> None:
    """The board is pulled (the unit cancelled, twice) while the registering round is in flight."""
    bench.proxy.latency = 0.4  # every call is still in flight when the cancellations arrive

    def pull(event: Event, task: asyncio.Task[None]) -> None:
        if isinstance(event, StepStarted) and event.step is UnitState.REGISTERING:
            loop = asyncio.get_running_loop()
            loop.call_later(0.1, task.cancel)
            loop.call_later(0.2, task.cancel)  # the scheduler stopping too: a second cancel

    run = bench.run(during=pull)
    assert not [e for e in run.events if isinstance(e, UnitPassed | UnitFailed)]
    bench.proxy.latency = 0
    issued = [c for c in bench.iot.list_certificates()["certificates"] if c["status"] == "ACTIVE"]
    assert len(issued) == 1 and run.issued == [issued[0]["certificateId"]]
    assert bench.store.by_serial(SERIAL)[0].certificate_id == issued[0]["certificateId"]
    assert bench.orphans() == []


# -- rework -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("old", ["inactive", "revoked"])
def test_reprovision_makes_a_new_key_and_retires_the_old_certificate(bench: Bench, old: str) -> None:
    first = bench.run().passed
    first_key = bench.fleet.boards[0].public_key_der
    run = bench.run(reworked(bench.profile, "reprovision", old))
    assert run.passed.certificate_id != first.certificate_id and run.issued == [run.passed.certificate_id]
    assert bench.fleet.boards[0].public_key_der != first_key
    assert [c["certificateId"] for c in active_certs(bench.iot, THING)] == [run.passed.certificate_id]
    status = bench.iot.describe_certificate(certificateId=first.certificate_id)["certificateDescription"]["status"]
    assert status == old.upper()
    assert "DetachThingPrincipal" in run.calls  # detached too (AWS completes a detach asynchronously)


def test_a_rework_within_the_same_second_still_finds_the_thing_and_retires_the_old_certificate(
        bench: Bench, monkeypatch: pytest.MonkeyPatch) -> None:
    # AWS answers CreateThing with success when the thing exists with the very same type and attributes. A fresh
    # unit skips ListThingPrincipals on that success, so every attempt must send attributes of its own: with
    # the claim's second alone, a re-run within that second looked fresh and kept the old certificate ACTIVE.
    import types

    import station.pipeline.unit as unit_module

    frozen = types.SimpleNamespace(time=lambda: 1_800_000_000.0, monotonic=time.monotonic)
    monkeypatch.setattr(unit_module, "time", frozen)
    first = bench.run().passed
    run = bench.run(reworked(bench.profile, "reprovision", "inactive"))
    assert "ListThingPrincipals" in run.calls  # CreateThing said "already exists": the thing's certificates looked at
    assert [c["certificateId"] for c in active_certs(bench.iot, THING)] == [run.passed.certificate_id]
    status = bench.iot.describe_certificate(certificateId=first.certificate_id)["certificateDescription"]["status"]
    assert status == "INACTIVE"


# -- claims -------------------------------------------------------------------------------------------------

def test_a_fresh_claim_of_another_station_stops_the_unit_and_retires_its_new_certificate(bench: Bench) -> None:
    bench.run()
    set_claim(bench.iot, f"line-9@{int(time.time())}")
    # A reworked board (new key) meets the other station's claim: its new certificate must not stay ACTIVE.
    run = bench.run(reworked(bench.profile, "reprovision"))
    assert "line-9" in run.failure.cause and run.failure.step is UnitState.REGISTERING
    [new] = run.issued
    assert run.failure.created == [f"certificate {new} (set INACTIVE, not attached)"]
    status = bench.iot.describe_certificate(certificateId=new)["certificateDescription"]["status"]
    assert status == "INACTIVE"
    assert bench.orphans() == []


def test_a_stale_claim_is_taken_over_with_a_compare_and_set(bench: Bench) -> None:
    bench.run()
    ttl = bench.profile.rework.claim_ttl
    set_claim(bench.iot, f"line-9@{int(time.time() - ttl - 60)}")
    run = bench.run()
    assert run.passed.thing_name == THING and "UpdateThing" in run.calls
    attributes = bench.iot.describe_thing(thingName=THING)["attributes"]
    assert attributes["claim"].startswith(f"{bench.profile.station_id}@")
