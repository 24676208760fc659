"""factory-ca end to end on the strict embedded cloud: the line CA in SoftHSM2 signs, JITP registers at first connect.

Checked with plain boto3 (thing, type, attributes, group, certificate ACTIVE) and an mTLS connect with what the
board holds; with the cloud cut for part of the run (units "provisioned, waiting for the cloud", then followed
to registered); and a duplicate serial refused by the registry online and by the records offline.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from station.cloud.adapter import IotCloud
from station.cloud.connect import EmbeddedCloud
from station.demo import DEMO_MODELS
from station.domain import ObjectKind
from station.localcloud.faultproxy import FaultProxy
from station.pipeline.events import Event, UnitFailed, UnitPassed, UnitWaitingCloud
from station.pipeline.modes import mode_services
from station.pipeline.scheduler import Station
from station.pipeline.states import UnitState
from station.profile import Profile, load_profile
from station.records.model import Outcome
from station.records.run import RunRecords
from station.virtual.device import DeviceConnection
from station.virtual.fleet import BoardSpec, VirtualFleet
from tests.integration.helpers import active_certs, iot_client

pytestmark = pytest.mark.timeout(300)

#: How long one run may take before the test gives up (the pytest timeout is the backstop).
RUN_LIMIT = 150.0
GROUPS = {("sensor-a", "B"): "sensor-a-rev-b", ("sensor-a", "A"): "sensor-a", ("gateway-x", "2"): "gateways"}


#: A known CA private scalar, imported into the token (tests.ca.helpers) so a test knows what to search for.
KNOWN_SCALAR = 0x3C9E51A07D2B4E6F8190A2B3C4D5E6F708192A3B4C5D6E7F8091A2B3C4D5E6F7


@pytest.fixture
def line_ca_token(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> Any:
    """A SoftHSM2 token of this test's own; its configuration and PIN in this process's environment only.

    A test parametrized with "known" gets a token whose key was imported from KNOWN_SCALAR instead."""
    from station.ca import create_line_ca_token, softhsm_library

    if softhsm_library() is None:
        pytest.skip("SoftHSM2 is not installed (run.py installs it)")
    if getattr(request, "param", "") == "known":
        from tests.ca.helpers import imported_line_ca_token

        token = imported_line_ca_token(tmp_path / "line-ca", KNOWN_SCALAR)
    else:
        token = create_line_ca_token(tmp_path / "line-ca")
    for name, value in token.environment().items():
        monkeypatch.setenv(name, value)
    return token


@pytest.fixture
def profile(line_ca_token: Any) -> Profile:
    """The demo profile in factory-ca mode: the `embedded` fixture bootstraps with it (CA + JITP template) and
    renders the station's least-privilege role for it."""
    base = load_profile(None)
    return dataclasses.replace(base, cert_mode="factory-ca", factory_ca=line_ca_token.settings(base.factory_ca))


def station_cloud(embedded: EmbeddedCloud, proxy: FaultProxy | None = None) -> IotCloud:
    """The station's own identity, through ``proxy`` when given (so the test can cut its link)."""
    assert embedded.cloud is not None
    if proxy is None:
        return embedded.cloud
    return IotCloud(dataclasses.replace(embedded.cloud.target, endpoint_url=proxy.url))


async def _run_until(station: Station, *phases: tuple[Callable[[Station], bool], Callable[[], None]]) -> None:
    """Run the station; for each phase wait until its condition holds, then call its action."""
    stop = asyncio.Event()
    changed = asyncio.Event()
    station.bus.subscribe(lambda _e: changed.set())
    runner = asyncio.create_task(station.run(stop))
    phase = [0]
    try:
        async with asyncio.timeout(RUN_LIMIT):
            for n, (condition, action) in enumerate(phases):
                phase[0] = n
                while not condition(station):
                    changed.clear()
                    # Some conditions are in the records, which a follow-up updates without an event: looked
                    # at again on each event, and at least twice a second.
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(changed.wait(), 0.5)
                action()
    except TimeoutError:
        states = {u.number: u.state.value for u in station.units.values()}
        raise AssertionError(f"phase {phase[0]} not reached within {RUN_LIMIT} s; units: {states}") from None
    finally:
        stop.set()
        await runner


def all_in(state: UnitState, count: int) -> Callable[[Station], bool]:
    return lambda st: len(st.units) == count and all(u.state == state for u in st.units.values())


def settled(count: int) -> Callable[[Station], bool]:
    finals = (UnitState.PASSED, UnitState.FAILED, UnitState.WAITING_CLOUD)
    return lambda st: len(st.units) == count and all(u.state in finals for u in st.units.values())


def run(profile: Profile, cloud: IotCloud, fleet: VirtualFleet,
        *phases: tuple[Callable[[Station], bool], Callable[[], None]], **kwargs: Any) -> tuple[list[Event], Station]:
    """One station run with its records and the line CA open, as `station provision` runs it."""
    events: list[Event] = []
    records = RunRecords(profile, cloud, quiet=True)
    try:
        with mode_services(profile, cloud) as mode:
            station = Station(profile, cloud, [fleet.provider], poll_interval=0.1,
                              provisioned_before=records.provisioned_before, waiting_records=records,
                              **mode, **kwargs)
            records.attach(station)
            station.bus.subscribe(events.append)
            asyncio.run(_run_until(station, *phases))
    finally:
        records.close()
    return events, station


def records_of(serial: str) -> list[Any]:
    from station.records.store import RecordStore

    with RecordStore() as store:
        return store.by_serial(serial)


@pytest.fixture
def fleet3() -> Iterator[VirtualFleet]:
    with VirtualFleet(3, transport="pty", models=DEMO_MODELS) as fleet:
        yield fleet


@pytest.mark.slow
def test_factory_ca_units_register_at_first_connect(embedded: EmbeddedCloud, profile: Profile,
                                                    fleet3: VirtualFleet) -> None:
    assert embedded.cloud is not None and embedded.endpoints is not None
    events, _ = run(profile, embedded.cloud, fleet3, (settled(3), lambda: None), until="registered")
    passed = {e.serial: e for e in events if isinstance(e, UnitPassed)}
    assert len(passed) == 3, [e for e in events if isinstance(e, UnitFailed)]
    steps = [e.step for e in events if e.kind == "step-started" and e.unit == 1]
    assert steps[:6] == [UnitState.IDENTIFYING, UnitState.GENERATING_KEY, UnitState.SIGNING, UnitState.WRITING,
                         UnitState.VERIFYING, UnitState.CONNECTING]
    iot = iot_client(embedded.cloud)
    line_ca = profile.factory_ca.ca_certificate
    for board in fleet3.boards:
        ident = board.identity
        thing = f"{ident.model}-{ident.serial}"
        described = iot.describe_thing(thingName=thing)  # made by JITP at the board's first connect
        assert described["thingTypeName"] == ident.model
        attributes = described["attributes"]
        assert attributes["serial"] == ident.serial and attributes["hw_revision"] == ident.hw_revision
        assert attributes["station"] == profile.station_id and attributes["batch"] == profile.batch
        groups = [g["groupName"] for g in iot.list_thing_groups_for_thing(thingName=thing)["thingGroups"]]
        assert groups == [GROUPS[(ident.model, ident.hw_revision)]]
        certs = active_certs(iot, thing)
        assert [c["certificateId"] for c in certs] == [passed[ident.serial].certificate_id]
        # The board holds the chain (device certificate + line CA), the server CA, the endpoint and its name.
        chain = board.stored(ObjectKind.CERT) or b""
        assert chain.startswith(certs[0]["certificatePem"].strip().encode()[:64])
        assert Path(line_ca).read_bytes().strip() in chain
        assert board.stored(ObjectKind.CA) == embedded.local.ca_pem()
        assert board.stored(ObjectKind.ENDPOINT) == embedded.endpoints.mqtt_endpoint.encode()
        # The records: the mode, the certificate the station signed, the thing, passed.
        (record,) = records_of(ident.serial)
        assert (record.cert_mode, record.outcome, record.certificate_id, record.thing_name) == (
            "factory-ca", Outcome.PASSED, passed[ident.serial].certificate_id, thing)
    # The unit's final credentials work over mTLS on the broker that evaluates policies.
    board = fleet3.boards[0]
    board.stop_agent()
    conn = DeviceConnection(board)
    conn.connect()
    conn.subscribe(f"$aws/things/{conn.thing_name}/jobs/notify-next")


@pytest.mark.slow
def test_cloud_cut_units_wait_then_are_followed_to_registered(embedded: EmbeddedCloud, profile: Profile) -> None:
    assert embedded.cloud is not None
    specs = [BoardSpec("sensor-a", "B"), BoardSpec("gateway-x", "2"), BoardSpec("sensor-a", "A")]
    # The boards' own link is cut too (their agent stays offline) while the station's goes through the proxy.
    with FaultProxy(embedded.endpoints.http_url if embedded.endpoints else "") as proxy, \
            VirtualFleet(specs=specs, transport="pty", faults={i: "offline" for i in range(3)}) as fleet:
        cloud = station_cloud(embedded, proxy)
        proxy.cut(3600)
        serials = [b.identity.serial for b in fleet.boards]
        waiting: dict[str, list[Any]] = {}

        def unplug_one() -> None:
            # While the cloud was away: each unit is recorded "provisioned, waiting for the cloud".
            for serial in serials:
                waiting[serial] = records_of(serial)
            fleet.unplug(serials[2])  # its slot goes; the records still hold it waiting (the board is shipped)

        def restore() -> None:
            proxy.reset()
            for board in fleet.boards:
                board.go_online()
            fleet.board(serials[2]).start_agent()  # powered up in the field: it connects, JITP registers it

        def followed(st: Station) -> bool:
            return all_in(UnitState.PASSED, 2)(st) and records_of(serials[2])[0].outcome == Outcome.PASSED

        events, _ = run(profile, cloud, fleet, (all_in(UnitState.WAITING_CLOUD, 3), unplug_one),
                              (lambda st: len(st.units) == 2, restore), (followed, lambda: None),
                              until="registered", follow_max=3.0)
    for (record,) in waiting.values():
        assert record.outcome == Outcome.WAITING_CLOUD and record.cert_mode == "factory-ca", record
        assert "verifying" in [s.step for s in record.steps if s.finished_at is not None]
    assert len([e for e in events if isinstance(e, UnitWaitingCloud)]) == 3
    iot = iot_client(embedded.cloud)
    for serial in serials:
        (record,) = records_of(serial)  # the same attempt, followed on: passed, not a new one
        assert record.outcome == Outcome.PASSED and record.attempt_id == waiting[serial][0].attempt_id
        assert [c["certificateId"] for c in active_certs(iot, record.thing_name)] == [record.certificate_id]
    # The unplugged one was found registered by the station's follow-up of the records: a step says so.
    (record,) = records_of(serials[2])
    assert [s.step for s in record.steps][-1] == "cloud-follow-up"


@pytest.mark.slow
def test_duplicate_serial_refused_online_by_the_registry_and_offline_by_the_records(
        embedded: EmbeddedCloud, profile: Profile) -> None:
    assert embedded.cloud is not None
    with VirtualFleet(specs=[BoardSpec("sensor-a", "B")], transport="pty") as first:
        run(profile, embedded.cloud, first, (settled(1), lambda: None), until="registered")
        serial = first.boards[0].identity.serial
    assert records_of(serial)[0].outcome == Outcome.PASSED

    # Another board reporting the same serial, cloud reachable: DescribeThing finds the thing.
    with VirtualFleet(specs=[BoardSpec("sensor-a", "B")], transport="pty",
                      faults={0: f"dup-serial:{serial}"}) as second:
        events, _ = run(profile, embedded.cloud, second, (settled(1), lambda: None), until="registered")
        (failed,) = [e for e in events if isinstance(e, UnitFailed)]
        assert "already registered in AWS IoT" in failed.cause and "reprovision" in failed.remedy
        assert second.boards[0].stored(ObjectKind.CERT) is None  # nothing signed or written

    # The same with the cloud unreachable: the records hold a verified attempt of that serial.
    with FaultProxy(embedded.endpoints.http_url if embedded.endpoints else "") as proxy, \
            VirtualFleet(specs=[BoardSpec("sensor-a", "B")], transport="pty",
                         faults={0: f"dup-serial:{serial}"}) as third:
        proxy.cut(3600)
        events, _ = run(profile, station_cloud(embedded, proxy), third, (settled(1), lambda: None),
                        until="registered")
        (failed,) = [e for e in events if isinstance(e, UnitFailed)]
        assert "records already hold a verified provisioning" in failed.cause, failed.cause
        assert third.boards[0].stored(ObjectKind.CERT) is None


@pytest.mark.slow
@pytest.mark.parametrize("line_ca_token", ["known"], indirect=True)
def test_the_ca_key_is_in_no_file_log_or_record_the_run_wrote(
        tmp_path: Path, embedded: EmbeddedCloud, profile: Profile, log_file: Path, line_ca_token: Any,
        caplog: pytest.LogCaptureFixture) -> None:
    from tests.ca.test_key_secrecy import _forms, _leaks
    from tests.logfiles import flushed

    assert embedded.cloud is not None
    forms = _forms(KNOWN_SCALAR)
    forms["token PIN"] = line_ca_token.pin.encode()
    caplog.set_level("DEBUG")
    with VirtualFleet(specs=[BoardSpec("sensor-a", "B"), BoardSpec("gateway-x", "2")], transport="pty") as fleet:
        events, _ = run(profile, embedded.cloud, fleet, (settled(2), lambda: None), until="registered")
        assert len([e for e in events if isinstance(e, UnitPassed)]) == 2
        board_data = [fleet.boards[i].stored(kind) or b"" for i in range(2) for kind in ObjectKind]
    # control: the search finds the key's forms where they are
    assert "hex" in _leaks(KNOWN_SCALAR.to_bytes(32, "big").hex().encode(), forms)
    token_store = tmp_path / "line-ca" / "tokens"
    found: dict[str, list[str]] = {}
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    # Every file under the test's folder: the records database (and its WAL), the station's log, the embedded
    # cloud's state, the CA certificate and the token's own store (SoftHSM2 keeps it encrypted under the PIN).
    assert log_file in files and any(p.name.startswith("records.sqlite") for p in files)
    assert any(token_store in p.parents for p in files)
    for path in files:
        if leaked := _leaks(path.read_bytes(), forms):
            found[str(path.relative_to(tmp_path))] = leaked
    texts = {"log file": flushed(log_file).encode(), "log records": caplog.text.encode(),
             "events": repr(events).encode(), "boards": b"".join(board_data)}
    for name, blob in texts.items():
        if leaked := _leaks(blob, forms):
            found[name] = leaked
    assert found == {}


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["factory-ca", "fleet-claim"])
def test_demo_runs_each_mode_with_its_own_line_ca_or_template(mode: str, station_home: Path) -> None:
    import json
    import os
    import subprocess
    import sys

    # No token, PIN or AWS identity from outside: the demo makes its own SoftHSM2 token (factory-ca) and
    # bootstraps, then runs the station as its least-privilege role for the mode.
    env = {k: v for k, v in os.environ.items() if k not in ("SOFTHSM2_CONF", "STATION_CA_PIN")}
    proc = subprocess.run([sys.executable, "-m", "station", "demo", "--cert-mode", mode, "--boards", "2", "--json",
                           "--until", "registered"], capture_output=True, text=True, env=env, timeout=240)
    assert proc.returncode == 0, proc.stderr[-3000:]
    events = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    assert events[-1]["passed"] == 2, events[-1]
    steps = {e["step"] for e in events if e["event"] == "step-started"}
    assert ("signing" in steps) == (mode == "factory-ca") and ("registering" not in steps)
    from station.records.store import RecordStore

    with RecordStore() as store:
        assert {r.cert_mode for r in store.query()} == {mode}


@pytest.mark.slow
def test_a_qa_lookup_finds_a_waiting_unit_registered_after_the_station_stopped(
        embedded: EmbeddedCloud, profile: Profile) -> None:
    import time

    from station.pipeline.waiting_cloud import follow_records
    from station.records.store import RecordStore

    assert embedded.cloud is not None
    with FaultProxy(embedded.endpoints.http_url if embedded.endpoints else "") as proxy, \
            VirtualFleet(specs=[BoardSpec("sensor-a", "B")], transport="pty", faults={0: "offline"}) as fleet:
        proxy.cut(3600)
        run(profile, station_cloud(embedded, proxy), fleet, (all_in(UnitState.WAITING_CLOUD, 1), lambda: None))
        board = fleet.boards[0]
        (record,) = records_of(board.identity.serial)
        assert record.outcome == Outcome.WAITING_CLOUD
        with RecordStore() as store:  # nothing registered yet: the lookup leaves it waiting
            assert [(r.attempt_id, status) for r, status in follow_records(store, embedded.cloud)] == [
                (record.attempt_id, "")]
        board.go_online()  # the station is gone; the board reaches AWS and JITP registers it
        iot = iot_client(embedded.cloud)
        deadline = time.monotonic() + 60
        while not (_thing_exists(iot, record.thing_name) and active_certs(iot, record.thing_name)):
            assert time.monotonic() < deadline, "the board never registered"
            time.sleep(0.2)
    with RecordStore() as store:
        assert [status for _r, status in follow_records(store, embedded.cloud)] == ["ACTIVE"]
    (after,) = records_of(record.serial)
    assert after.outcome == Outcome.PASSED and after.steps[-1].step == "cloud-follow-up"
    assert "a QA lookup" in after.steps[-1].detail


def _thing_exists(iot: Any, thing: str) -> bool:
    try:
        iot.describe_thing(thingName=thing)
    except iot.exceptions.ResourceNotFoundException:
        return False
    return True


@pytest.mark.slow
def test_the_cloud_going_away_while_following_leaves_the_unit_waiting_then_it_passes(
        embedded: EmbeddedCloud, profile: Profile) -> None:
    assert embedded.cloud is not None
    with FaultProxy(embedded.endpoints.http_url if embedded.endpoints else "") as proxy, \
            VirtualFleet(specs=[BoardSpec("gateway-x", "2")], transport="pty", faults={0: "offline"}) as fleet:
        def restore() -> None:
            proxy.reset()
            fleet.boards[0].go_online()

        serial = fleet.boards[0].identity.serial
        # Online at first: the duplicate check answers and the unit follows the board's first connect, which
        # does not come (the board is offline); then the station's link is cut while it follows.
        events, _ = run(profile, station_cloud(embedded, proxy), fleet,
                        (all_in(UnitState.CONNECTING, 1), lambda: proxy.cut(3600)),
                        (all_in(UnitState.WAITING_CLOUD, 1), restore),
                        (all_in(UnitState.PASSED, 1), lambda: None), until="registered", follow_max=3.0)
    kinds = [e.kind for e in events if e.kind in ("step-started", "waiting-cloud", "passed")]
    assert kinds[-4:] == ["step-started", "waiting-cloud", "step-started", "passed"]  # connecting twice
    (record,) = records_of(serial)
    assert record.outcome == Outcome.PASSED


@pytest.mark.slow
def test_provision_starts_offline_with_the_profiles_endpoint_and_units_wait_for_the_cloud(
        tmp_path: Path, embedded: EmbeddedCloud, profile: Profile, line_ca_token: Any, station_home: Path) -> None:
    import socket

    from tests.integration.test_provision_cli import line_profile, run_cli

    with socket.create_server(("127.0.0.1", 0)) as s:
        closed = s.getsockname()[1]  # nothing answers there: the factory's internet link is down
    path = line_profile(tmp_path, embedded, http_url=f"http://127.0.0.1:{closed}")
    ca = Path(line_ca_token.ca_certificate).as_posix()
    path.write_text(path.read_text().replace('mode = "csr"', 'mode = "factory-ca"').replace(
        'pkcs11_library = ""', f'pkcs11_library = "{line_ca_token.library}"\nca_certificate = "{ca}"'))
    assert load_profile(path).cert_mode == "factory-ca"
    with VirtualFleet(specs=[BoardSpec("sensor-a", "B")], transport="pty") as fleet:
        # The token's configuration and PIN reach the station through its environment, as on a line.
        code, events, stderr = run_cli(path, fleet.urls(), station_home,
                                       {**embedded.credentials_env(), **line_ca_token.environment()})
        assert "factory-ca goes on without AWS" in stderr, stderr
        assert code == 0, stderr[-3000:]
        summary = events[-1]
        assert (summary["passed"], summary["failed"], summary["waiting_cloud"]) == (0, 0, 1), summary
        (waiting,) = [e for e in events if e["event"] == "waiting-cloud"]
        board = fleet.boards[0]
        assert board.stored(ObjectKind.ENDPOINT) == (embedded.endpoints.mqtt_endpoint.encode()
                                                     if embedded.endpoints else None)
        assert waiting["certificate_id"]
    (record,) = records_of(board.identity.serial)
    assert (record.outcome, record.certificate_id) == (Outcome.WAITING_CLOUD, waiting["certificate_id"])
