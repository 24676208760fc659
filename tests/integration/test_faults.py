"""Acceptance: each link and cloud fault ends in a step-specific error or a successful retry, nothing unreported."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from station.cloud.adapter import IotCloud
from station.cloud.connect import EmbeddedCloud
from station.cloud.csr import certificate_public_key
from station.domain import ObjectKind
from station.localcloud.faultproxy import FaultProxy
from station.pipeline.events import UnitFailed, UnitPassed, Waiting
from station.profile import Profile
from station.virtual.fleet import BoardSpec, VirtualFleet
from tests.integration.helpers import active_certs, cloud_inventory, iot_client, run_station

pytestmark = pytest.mark.timeout(180)
SPEC = [BoardSpec("sensor-a", "B")]


def cloud_of(embedded: EmbeddedCloud) -> IotCloud:
    assert embedded.cloud is not None
    return embedded.cloud


def failure(events: list[object]) -> UnitFailed:
    failed = [e for e in events if isinstance(e, UnitFailed)]
    assert len(failed) == 1, failed
    return failed[0]


def test_corrupt_bytes_are_resent_and_the_unit_passes(profile: Profile, embedded: EmbeddedCloud) -> None:
    with VirtualFleet(specs=SPEC * 2, faults={0: "corrupt:2", 1: "corrupt:1"}) as fleet:
        summary, _events, _ = run_station(profile, cloud_of(embedded), fleet)
    assert summary.passed == 2, summary.units


def test_corruption_beyond_the_resend_budget_is_a_named_frame_error(profile: Profile,
                                                                    embedded: EmbeddedCloud) -> None:
    with VirtualFleet(specs=SPEC, faults={0: "corrupt:50"}) as fleet:
        summary, events, _ = run_station(profile, cloud_of(embedded), fleet)
        port = fleet.boards[0].url
    f = failure(events)
    assert summary.failed == 1
    assert f.step.value == "identifying"
    assert port is not None and port in f.cause and "CRC" in f.cause.upper()
    assert f.remedy and f.created == []
    assert cloud_inventory(iot_client(cloud_of(embedded)))["things"] == []


def test_link_dropped_mid_write_reports_what_exists_then_resumes(profile: Profile,
                                                                 embedded: EmbeddedCloud) -> None:
    iot = iot_client(cloud_of(embedded))
    with VirtualFleet(specs=SPEC, faults={0: "drop:cert:2"}) as fleet:
        board = fleet.boards[0]
        summary, events, _ = run_station(profile, cloud_of(embedded), fleet)
        f = failure(events)
        assert f.step.value == "writing"
        assert "lost" in f.cause.lower() or "closed" in f.cause.lower() or "unplug" in f.cause.lower(), f.cause
        assert len(f.created) == 1 and "certificate" in f.created[0]  # half-created, but reported
        thing = f"sensor-a-{board.identity.serial}"
        first_cert = active_certs(iot, thing)[0]["certificateId"]
        assert first_cert in f.created[0]

        fleet.plug(board.identity.serial)  # the operator plugs the board back in
        summary, events, _ = run_station(profile, cloud_of(embedded), fleet)
        assert summary.passed == 1, summary.units
        passed = next(e for e in events if isinstance(e, UnitPassed))
        assert passed.certificate_id == first_cert  # resumed: the earlier certificate is reused
        certs = active_certs(iot, thing)
        assert [c["certificateId"] for c in certs] == [first_cert]
        assert len(iot.list_certificates()["certificates"]) == 1
        assert certificate_public_key(certs[0]["certificatePem"]) == board.public_key_der


def test_silent_board_times_out_at_identify_and_nothing_is_created(profile: Profile,
                                                                   embedded: EmbeddedCloud) -> None:
    with VirtualFleet(specs=SPEC, faults={0: "silent"}) as fleet:
        _summary, events, _ = run_station(profile, cloud_of(embedded), fleet)
    f = failure(events)
    assert f.step.value == "identifying" and "answer" in f.cause.lower()
    assert "powered" in f.remedy or "firmware" in f.remedy
    assert cloud_inventory(iot_client(cloud_of(embedded)))["things"] == []


def test_refused_csr_without_fallback_is_a_clear_error(profile: Profile, embedded: EmbeddedCloud) -> None:
    with VirtualFleet(specs=SPEC, faults={0: "refuse-csr"}) as fleet:
        _summary, events, _ = run_station(profile, cloud_of(embedded), fleet)
    f = failure(events)
    assert f.step.value in ("identifying", "generating-key")
    assert "on-board keys" in f.cause and "csr-or-cloud-keys" in f.remedy
    assert cloud_inventory(iot_client(cloud_of(embedded)))["certs"] == []


def test_refused_csr_uses_cloud_keys_when_the_profile_allows(profile: Profile, embedded: EmbeddedCloud,
                                                             station_home: Path) -> None:
    fallback = dataclasses.replace(profile, cert_mode="csr-or-cloud-keys")
    iot = iot_client(cloud_of(embedded))
    with VirtualFleet(specs=SPEC, faults={0: "refuse-csr"}) as fleet:
        summary, _events, _ = run_station(fallback, cloud_of(embedded), fleet)
        board = fleet.boards[0]
        assert summary.passed == 1, summary.units
        assert board.stored(ObjectKind.KEY)  # the key went straight to the board
        cert = active_certs(iot, f"sensor-a-{board.identity.serial}")[0]
        assert certificate_public_key(cert["certificatePem"]) == board.public_key_der
    for path in station_home.rglob("*"):
        if path.is_file():
            assert b"PRIVATE KEY" not in path.read_bytes(), path


def test_two_boards_with_one_serial(profile: Profile, embedded: EmbeddedCloud) -> None:
    iot = iot_client(cloud_of(embedded))
    with VirtualFleet(specs=SPEC * 2, faults={1: "dup-serial:VBSENSORA-0001"}) as fleet:
        summary, events, _ = run_station(profile, cloud_of(embedded), fleet)
        assert summary.passed == 1 and summary.failed == 1, summary.units
        f = failure(events)
        assert f.step.value == "identifying" and "same serial" in f.cause and f.created == []
        winner = next(e for e in events if isinstance(e, UnitPassed))
        owner = fleet.board_for_port(winner.port)
        assert owner is not None
        thing = "sensor-a-VBSENSORA-0001"
        certs = active_certs(iot, thing)
        assert len(certs) == 1 and certificate_public_key(certs[0]["certificatePem"]) == owner.public_key_der

    # Later, on another day, a third board claims the same serial: the thing keeps its one active certificate.
    with VirtualFleet(specs=SPEC, faults={0: "dup-serial:VBSENSORA-0001"}) as later:
        summary, events, _ = run_station(profile, cloud_of(embedded), later)
    f = failure(events)
    assert f.step.value == "registering" and "different key" in f.cause
    assert len(f.created) == 1 and "INACTIVE" in f.created[0]  # the certificate made for it is reported
    assert [c["certificateId"] for c in active_certs(iot, thing)] == [certs[0]["certificateId"]]


def test_throttling_is_shown_as_waiting_and_every_unit_passes(profile: Profile, embedded: EmbeddedCloud) -> None:
    assert embedded.endpoints is not None
    with FaultProxy(embedded.endpoints.http_url) as proxy:
        target = dataclasses.replace(cloud_of(embedded).target, endpoint_url=proxy.url)
        cloud = IotCloud(target)
        proxy.throttle(12, match=lambda method, path: method in ("POST", "PUT", "PATCH"))
        with VirtualFleet(specs=SPEC * 4) as fleet:
            summary, events, _ = run_station(profile, cloud, fleet)
        throttled = proxy.stats()["throttled"]
    assert summary.passed == 4, summary.units
    waits = [e for e in events if isinstance(e, Waiting)]
    assert throttled == 12 and len(waits) == 12
    assert all(re.search(r"waiting for AWS: AWS is throttling", w.reason) for w in waits)
    assert not any(isinstance(e, UnitFailed) for e in events)
