"""Acceptance (issue 3), station level: units reach "ready" through continuous jobs; releases; propagation."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from station.cloud.adapter import IotCloud
from station.cloud.connect import EmbeddedCloud
from station.jobs.catalog import Catalog
from station.jobs.demo_content import demo_config, firmware_image, seed_demo_catalog
from station.jobs.follow import CloudJobSource
from station.jobs.releases import release
from station.jobs.snapshots import job_status, propagate, upload_config
from station.pipeline.events import Progress, UnitFailed, UnitPassed
from station.profile import Profile
from station.virtual.fleet import BoardSpec, VirtualFleet
from tests.integration.helpers import iot_client, run_station

pytestmark = pytest.mark.timeout(240)
REV_B = BoardSpec("sensor-a", "B")  # group sensor-a-rev-b


@pytest.fixture
def seeded(embedded: EmbeddedCloud, profile: Profile) -> Iterator[tuple[IotCloud, Catalog]]:
    assert embedded.cloud is not None
    seed_demo_catalog(embedded.cloud, profile)  # firmware 1.1.0 and config "1" released to every group
    yield embedded.cloud, Catalog(embedded.cloud, profile.catalog)


def eventually(check: Callable[[], Any], what: str, timeout: float = 60) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.2)


def provision_ready(profile: Profile, cloud: IotCloud, fleet: VirtualFleet) -> tuple[Any, list[Any]]:
    summary, events, _ = run_station(profile, cloud, fleet, jobs=CloudJobSource(cloud, ttl=0.5), timeout=150)
    return summary, events


def test_new_units_reach_ready_with_the_released_firmware_and_config(profile: Profile,
                                                                       seeded: tuple[IotCloud, Catalog]) -> None:
    cloud, catalog = seeded
    with VirtualFleet(specs=[REV_B, BoardSpec("gateway-x", "2")]) as fleet:
        summary, events = provision_ready(profile, cloud, fleet)
        assert summary.ready == 2, summary.units
        for board in fleet.boards:
            assert board.firmware.running_version == "1.1.0"  # what the device itself reports
            released = catalog.describe("config", board.identity.model, "1")
            body = cloud.client("s3").get_object(Bucket=profile.catalog.bucket, Key=released.key)["Body"].read()
            assert board.config_bytes == body  # byte for byte what was released
        passed = [e for e in events if isinstance(e, UnitPassed)]
        assert all(e.ready and e.versions == {"firmware": "1.1.0", "config": "1"} for e in passed)
        notes = [e.note for e in events if isinstance(e, Progress)]
        assert any("download" in n for n in notes) and any("rebooting" in n for n in notes)


def test_release_v2_reaches_existing_members_and_later_units(profile: Profile,
                                                            seeded: tuple[IotCloud, Catalog]) -> None:
    cloud, catalog = seeded
    iot = iot_client(cloud)
    with VirtualFleet(specs=[REV_B]) as fleet:
        summary, _ = provision_ready(profile, cloud, fleet)
        assert summary.ready == 1
        old = fleet.boards[0]
        catalog.upload_firmware("sensor-a", "1.2.0", firmware_image("sensor-a", "1.2.0"), notes="v2")
        result = release(cloud, catalog, profile, "firmware", "1.2.0", "sensor-a-rev-b")
        assert result.action == "created" and result.canceled
        for job_id in result.canceled:  # the v1 continuous job is canceled only after v2 exists
            assert iot.describe_job(jobId=job_id)["job"]["status"] in ("CANCELED", "CANCELLATION_IN_PROGRESS")
        eventually(lambda: old.firmware.running_version == "1.2.0", "the existing member to install 1.2.0")

    # A unit that joins later (another serial than the first fleet's, so a new thing) gets v2.
    with VirtualFleet(specs=[REV_B], faults={0: "dup-serial:VBSENSORA-0101"}) as later:
        summary, _ = provision_ready(profile, cloud, later)
        assert summary.ready == 1, summary.units
        assert later.boards[0].firmware.running_version == "1.2.0"


def test_a_corrupt_release_fails_the_unit_in_plain_words(profile: Profile, seeded: tuple[IotCloud, Catalog]) -> None:
    cloud, catalog = seeded
    catalog.upload_firmware("sensor-a", "1.3.0", firmware_image("sensor-a", "1.3.0"))
    entry = catalog.describe("firmware", "sensor-a", "1.3.0")
    release(cloud, catalog, profile, "firmware", "1.3.0", "sensor-a-rev-b")
    # The stored object changes behind the catalog's back: its sha256 no longer matches the job document.
    image = bytearray(firmware_image("sensor-a", "1.3.0"))
    image[-1] ^= 0xFF  # same size, one byte flipped
    cloud.client("s3").put_object(Bucket=profile.catalog.bucket, Key=entry.key, Body=bytes(image))
    with VirtualFleet(specs=[REV_B]) as fleet:
        summary, events = provision_ready(profile, cloud, fleet)
        assert summary.failed == 1
        failed = next(e for e in events if isinstance(e, UnitFailed))
        assert failed.step.value == "updating" and "could not apply firmware 1.3.0" in failed.cause
        assert "sha256" in failed.cause and "previous version" in failed.remedy
        assert failed.created == []  # the unit is fully registered: nothing half-created to report
        assert fleet.boards[0].firmware.running_version == "1.0.0"  # the device kept its version


def test_config_uploaded_from_a_is_propagated_to_b_and_c(profile: Profile, seeded: tuple[IotCloud, Catalog]) -> None:
    cloud, catalog = seeded
    with VirtualFleet(specs=[REV_B] * 3) as fleet:
        summary, _ = provision_ready(profile, cloud, fleet)
        assert summary.ready == 3
        a, b, c = fleet.boards
        # A golden unit was tuned on the bench: its configuration differs from the released one.
        golden = dict(demo_config("sensor-a"), name="golden-unit-A", report_interval_s=17)
        a.config = golden
        thing = lambda board: f"sensor-a-{board.identity.serial}"  # noqa: E731
        job_id, key = upload_config(cloud, catalog, profile, thing(a))
        eventually(lambda: job_status(cloud, job_id).executions and
                   job_status(cloud, job_id).executions[0].status == "SUCCEEDED", "the config upload")
        result = propagate(cloud, catalog, profile, [thing(b), thing(c)], from_key=key)
        eventually(lambda: all(e.status == "SUCCEEDED" for e in job_status(cloud, result.job_id).executions)
                   and len(job_status(cloud, result.job_id).executions) == 2, "the propagation")
        assert b.config_bytes == a.config_bytes == c.config_bytes
        assert b.config["name"] == "golden-unit-A"
