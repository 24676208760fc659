"""Fault matrix: every fault at every step where it can occur ends named (step, cause, remedy) or retried,
with no record lost and no cloud resource orphaned or duplicated.

The test only checks. `python -m tests.faults.report` (or `python3 run.py reliability`) runs it and writes
docs/reliability.md from the rows it hands over through STATION_RELIABILITY_ROWS.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from station.cloud.adapter import IotCloud
from station.cloud.bootstrap import bootstrap
from station.cloud.connect import EmbeddedCloud
from station.demo import run_until_settled
from station.jobs.demo_content import seed_demo_catalog
from station.jobs.documents import placeholder_url
from station.jobs.follow import CloudJobSource
from station.jobs.releases import group_arn
from station.localcloud.faultproxy import FaultProxy, operation
from station.pipeline.events import Event, StepStarted, UnitFailed, UnitPassed, UnitRemoved, Waiting
from station.pipeline.scheduler import Station
from station.pipeline.states import UnitState
from station.profile import Profile, load_profile
from station.records import RecordStore, SqliteSink
from station.records.reconcile import Finding, reconcile
from station.virtual.fleet import BoardSpec, VirtualFleet
from tests.faults.accounting import duplicates, recorded_certificates, unaccounted
from tests.integration.helpers import as_admin, iot_client

pytest.importorskip("ministack")
pytestmark = pytest.mark.timeout(120)
ROOT = Path(__file__).resolve().parents[2]
SPEC = BoardSpec("sensor-a", "B")
REGISTER_STEPS = ["identifying", "generating-key", "registering", "attaching", "writing", "verifying"]
BOARD_STEPS = ["identifying", "generating-key", "writing", "verifying"]
CLOUD_STEPS = ["registering", "attaching"]
#: Where the rows go for the report (set by tests.faults.report); unset: the test writes nothing.
ROWS_ENV = "STATION_RELIABILITY_ROWS"
#: Creates whose lost answer leaves a certificate the station never saw: the unit stops, reconcile retires it.
CERT_CREATES = ("CreateCertificateFromCsr", "CreateKeysAndCertificate")


@dataclass
class Case:
    """One fault at one step; ``inject`` runs on the event loop when the step starts."""

    fault: str
    step: str
    ready: bool = False  # follow jobs to "ready" (needs the demo catalog)
    board_faults: str = ""  # virtual-board fault spec from the start
    expect: str = "retried"  # "retried": the unit passes; "named": it fails with step, cause, remedy
    extra: dict[str, Any] = field(default_factory=dict)
    op: str = ""  # the AWS operation a "lost answer" or "partial round: refused" fault hits


@dataclass
class World:
    cloud: IotCloud
    proxy: FaultProxy
    fleet: VirtualFleet
    station: Station
    events: list[Event]
    store: RecordStore
    findings: list[Finding] = field(default_factory=list)  # what `station reconcile` reported afterwards

    @property
    def board(self) -> Any:
        return self.fleet.boards[0]


def injector(case: Case, world: World) -> Callable[[Event], None]:
    done = [False]

    def inject(event: Event) -> None:
        if done[0] or not isinstance(event, StepStarted) or event.step.value != case.step:
            return
        done[0] = True
        board, proxy = world.board, world.proxy
        if case.fault == "board unplugged":
            board.unplug()
            # The operator plugs it back in a moment later: the unit starts again and resumes.
            asyncio.get_running_loop().call_later(0.3, board.plug)
        elif case.fault == "corrupt bytes":
            board.faults.update(corrupt_frames=case.extra.get("frames", 1))
        elif case.fault == "silent board":
            board.faults.update(silent_from="*")
        elif case.fault == "throttling burst":
            proxy.throttle(6)
        elif case.fault == "cloud 5xx":
            proxy.fail(4, status=503)
        elif case.fault == "network cut":
            proxy.cut(1.5)  # longer than the first retry intervals (0.2-0.4 s)
        elif case.fault == "malformed job document":
            bad_job(world.cloud)
        elif case.fault == "lost answer":
            proxy.lose(1, match=operation(case.op))  # AWS acts on the request; its answer never arrives
        elif case.fault == "partial round: refused":
            proxy.refuse(1, match=operation(case.op))  # one call of the round refused, its siblings succeed
    return inject


def bad_job(cloud: IotCloud) -> None:
    """A continuous job whose document the device cannot parse, on the unit's group."""
    profile = load_profile(None)
    doc = {"operation": "install", "url": placeholder_url(profile.catalog.bucket, "x"), "version": "not a version!"}
    role = cloud.client("iam").get_role(RoleName=profile.catalog.presign_role)["Role"]["Arn"]
    cloud.iot.create_job(jobId="bad-doc", targets=[group_arn(cloud, "sensor-a-rev-b")], document=json.dumps(doc),
                         targetSelection="CONTINUOUS", presignedUrlConfig={"roleArn": role, "expiresInSec": 300})


def corrupt_release(cloud: IotCloud) -> None:
    """The released image changes behind the catalog's back (same size, one byte flipped)."""
    from station.jobs.catalog import Catalog

    profile = load_profile(None)
    entry = Catalog(cloud, profile.catalog).describe("firmware", "sensor-a", "1.1.0")
    s3 = cloud.client("s3")
    body = bytearray(s3.get_object(Bucket=profile.catalog.bucket, Key=entry.key)["Body"].read())
    body[-1] ^= 0xFF
    s3.put_object(Bucket=profile.catalog.bucket, Key=entry.key, Body=bytes(body))


CASES: list[Case] = [
    *(Case("board unplugged", s) for s in REGISTER_STEPS),
    Case("board unplugged", "updating", ready=True),
    *(Case("corrupt bytes", s) for s in BOARD_STEPS),
    *(Case("corrupt bytes", s, expect="named", extra={"frames": 50}) for s in BOARD_STEPS),
    *(Case("silent board", s, expect="named") for s in BOARD_STEPS),
    Case("duplicate serial", "identifying", expect="named"),
    *(Case("throttling burst", s) for s in CLOUD_STEPS),
    Case("throttling burst", "updating", ready=True),
    # At registering the round's certificate create is not repeated after an answer that may have been lost
    # (a 5xx, a cut connection): the unit stops named and reconcile confirms nothing was left.
    Case("cloud 5xx", "registering", expect="named", extra={"reconcile": True}),
    Case("cloud 5xx", "attaching"),
    Case("cloud 5xx", "updating", ready=True),
    Case("network cut", "registering", expect="named", extra={"reconcile": True}),
    Case("network cut", "attaching"),
    Case("network cut", "updating", ready=True),
    Case("expired pre-signed URL", "updating", ready=True, board_faults="stale-url"),
    Case("bad image", "updating", ready=True, expect="named"),
    Case("malformed job document", "connecting", ready=True, expect="named"),
    # Lost answers: the request reached AWS, the answer did not come back. Repeatable calls are retried (AWS
    # answers the repeat as already done); a certificate create is not repeated (a second certificate would be
    # issued): the unit stops named and `station reconcile` finds and retires the certificate.
    Case("lost answer", "registering", op="CreateThing"),
    # A fresh unit never lists principals: only a thing that already existed has them to list.
    Case("lost answer", "registering", op="ListThingPrincipals", extra={"existing-thing": True}),
    Case("lost answer", "registering", op="CreateCertificateFromCsr", expect="named"),
    Case("lost answer", "registering", op="CreateKeysAndCertificate", expect="named", extra={"cloud-keys": True}),
    *(Case("lost answer", "attaching", op=op) for op in ("AttachThingPrincipal", "AddThingToThingGroup")),
    # AttachPolicy per unit only with the device policy per certificate (the demo's is on the groups).
    Case("lost answer", "attaching", op="AttachPolicy", extra={"per-certificate": True}),
    Case("lost answer", "attaching", op="UpdateThing", extra={"existing-thing": True}),
    # Partial rounds: one call of a concurrent round refused while its siblings succeed.
    Case("partial round: refused", "registering", op="CreateThing", expect="named"),
    Case("partial round: refused", "registering", op="CreateCertificateFromCsr", expect="named"),
    Case("partial round: refused", "attaching", op="AttachThingPrincipal", expect="named"),
]


def case_id(case: Case) -> str:
    what = f"{case.fault} {case.op}" if case.op else case.fault
    return f"{what}@{case.step}" + ("-x50" if case.extra.get("frames") else "")


def hand_over(row: dict[str, str]) -> None:
    """Give a row to the report generator, if one runs this test (never a tracked file)."""
    path = os.environ.get(ROWS_ENV)
    if path:
        with open(path, "a", encoding="utf-8") as out:
            out.write(json.dumps(row) + "\n")


def run_case(case: Case, tmp_path: Path) -> tuple[World, list[Event]]:
    profile: Profile = load_profile(None)
    profile = dataclasses.replace(profile, jobs=dataclasses.replace(
        profile.jobs, until="ready" if case.ready else "registered", poll_min=0.2, poll_max=1.0, ready_timeout=60),
        cloud=dataclasses.replace(profile.cloud, max_wait=30))
    if case.extra.get("cloud-keys"):
        profile = dataclasses.replace(profile, cert_mode="cloud-keys")
    if case.extra.get("per-certificate"):
        profile = dataclasses.replace(profile, policy_attach_to="certificate")
    embedded = EmbeddedCloud(tmp_path / "cloud", profile=profile)
    cloud0 = embedded.start()
    try:
        bootstrap(embedded.as_role("engineer"), profile)
        if case.ready:
            seed_demo_catalog(cloud0, profile)
            if case.fault == "bad image":
                corrupt_release(cloud0)
        if case.extra.get("existing-thing"):
            # A thing from an earlier, stale attempt: the unit claims it with UpdateThing (compare-and-set).
            as_admin(cloud0).create_thing("sensor-a-VBSENSORA-0001", "sensor-a",
                                          {"serial": "VBSENSORA-0001", "claim": "line-9@1000"})
        assert embedded.endpoints is not None
        with FaultProxy(embedded.endpoints.http_url) as proxy:
            cloud = IotCloud(dataclasses.replace(cloud0.target, endpoint_url=proxy.url))
            specs = [SPEC, SPEC] if case.fault == "duplicate serial" else [SPEC]
            faults = {1: "dup-serial:VBSENSORA-0001"} if case.fault == "duplicate serial" else {}
            if case.board_faults:
                faults[0] = case.board_faults
            with VirtualFleet(specs=specs, faults=faults) as fleet:
                store = RecordStore(tmp_path / "records.sqlite")
                # As the CLI and the window do: certificates of unfinished attempts are resume candidates.
                station = Station(profile, cloud, [fleet.provider], poll_interval=0.05,
                                  jobs=CloudJobSource(cloud, ttl=0.5) if case.ready else None,
                                  resume_hint=store.unfinished_certificates)
                events: list[Event] = []
                world = World(cloud, proxy, fleet, station, events, store)
                sink = SqliteSink.for_profile(store, profile)
                station.bus.subscribe(sink.on_event)
                station.bus.subscribe(events.append)
                station.bus.subscribe(injector(case, world))
                if case.fault == "board unplugged":
                    asyncio.run(until_passed(station, events))  # the re-plugged board must pass
                else:
                    asyncio.run(run_until_settled(station, len(specs), timeout=90))
                sink.close()
                if case.fault == "lost answer" or case.extra.get("reconcile"):
                    world.findings = settle_with_reconcile(cloud0, store, profile, case)
                check_cloud(cloud0, events)
                check_records(store, events)
                return world, events
    finally:
        embedded.close()


async def until_passed(station: Station, events: list[Event]) -> None:
    stop, passed = asyncio.Event(), asyncio.Event()
    station.bus.subscribe(lambda e: passed.set() if isinstance(e, UnitPassed) else None)
    runner = asyncio.create_task(station.run(stop))
    try:
        async with asyncio.timeout(90):
            await passed.wait()
    finally:
        stop.set()
        await runner


def check_cloud(cloud: IotCloud, events: list[Event]) -> None:
    """No duplicate: at most one ACTIVE certificate per thing. No orphan: every ACTIVE certificate is attached,
    or was reported by the failure that left it."""
    iot = iot_client(cloud)
    reported = " ".join(" ".join(e.created) for e in events if isinstance(e, UnitFailed))
    attached: set[str] = set()
    for thing in iot.list_things()["things"]:
        principals = iot.list_thing_principals(thingName=thing["thingName"])["principals"]
        active = [p for p in principals if iot.describe_certificate(
            certificateId=p.rsplit("/", 1)[-1])["certificateDescription"]["status"] == "ACTIVE"]
        assert len(active) <= 1, f"{thing['thingName']} has {len(active)} active certificates"
        attached |= {p.rsplit("/", 1)[-1] for p in principals}
    for cert in iot.list_certificates()["certificates"]:
        if cert["status"] == "ACTIVE" and cert["certificateId"] not in attached:
            assert cert["certificateId"] in reported, f"orphaned certificate {cert['certificateId']}"


def settle_with_reconcile(cloud: IotCloud, store: RecordStore, profile: Profile, case: Case) -> list[Finding]:
    """After a lost answer: `station reconcile` reports what the station could not see, --fix retires it;
    then no ACTIVE certificate is unknown to the records and no thing has two."""
    iot = iot_client(cloud)
    loose = unaccounted(iot, recorded_certificates(store))
    findings = reconcile(cloud, store, profile.station_id)
    fixable = sorted(f.resource for f in findings if f.action == "would-deactivate")
    assert fixable == loose, (findings, loose)  # it reports exactly what is loose, nothing else
    if case.op in CERT_CREATES:
        assert len(loose) == 1, "the lost answer's certificate"
    reconcile(cloud, store, profile.station_id, fix=True)
    assert unaccounted(iot, recorded_certificates(store)) == [] and duplicates(iot) == {}
    return findings


def check_records(store: RecordStore, events: list[Event]) -> None:
    """Every attempt that started is recorded; finished ones with their outcome, removed ones interrupted."""
    records = store.query(newest_first=False)
    started = {(e.port, e.unit) for e in events if isinstance(e, StepStarted)}
    assert len(records) == len(started), (len(records), started)
    finals = [e for e in events if isinstance(e, UnitPassed | UnitFailed)]
    removed = [e for e in events if isinstance(e, UnitRemoved)]
    outcomes = sorted(r.outcome.value for r in records)
    ended = {(e.port, e.unit) for e in finals}
    # A board pulled mid-run leaves an 'interrupted' attempt; one pulled after its result keeps that result.
    assert outcomes.count("interrupted") == len([e for e in removed
                                                 if (e.port, e.unit) in started and (e.port, e.unit) not in ended])
    assert len([o for o in outcomes if o in ("passed", "ready", "failed")]) == len(finals)
    for r in records:
        assert all(s.started_at for s in r.steps)


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_fault(case: Case, tmp_path: Path, station_home: Path) -> None:
    started = time.monotonic()
    _world, events = run_case(case, tmp_path)
    failed = [e for e in events if isinstance(e, UnitFailed)]
    passed = [e for e in events if isinstance(e, UnitPassed)]
    waits = [e for e in events if isinstance(e, Waiting)]
    if case.expect == "retried":
        assert passed, [(f.step, f.cause) for f in failed]
        if case.fault == "board unplugged":
            # The pulled cable may show first as a named link failure (or a removed slot); the re-plugged
            # board then resumes and passes.
            assert all("link lost" in f.cause and f.remedy for f in failed), failed
        else:
            assert not failed, [(f.step, f.cause) for f in failed]
        how = "retried, passed" + (f" ({len(waits)} waits for AWS)" if waits else "")
        if failed:
            how = f"named ({failed[0].cause.split(': ', 1)[-1][:40]}), then {how}"
        if case.ready:
            assert passed[-1].ready
        detail = passed[-1].thing_name
    else:
        assert failed, "expected a named failure"
        f = failed[0]
        assert f.step in UnitState and f.cause and f.remedy
        how = f"failed at {f.step.value}"
        detail = f"{f.cause[:110]} — remedy: {f.remedy[:80]}".replace("|", "/")
        if _world.findings:
            how += "; reconcile: " + ", ".join(sorted({f"{x.kind} {x.action}" for x in _world.findings}))
    fault = case.fault + (f" ({case.op})" if case.op else "") + (" (beyond the resend budget)"
                                                                  if case.extra.get("frames") else "")
    hand_over({"fault": fault, "step": case.step, "outcome": f"{how} in {time.monotonic() - started:.1f} s",
               "detail": detail})
