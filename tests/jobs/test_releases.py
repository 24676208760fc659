"""Releases: one continuous job per group and kind; a new version replaces the old one; CurrentJobs caching."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import urllib.request

import pytest

from station.cloud.adapter import IotCloud
from station.jobs.catalog import Catalog
from station.jobs.common import JobError
from station.jobs.demo_content import firmware_image, image_header, seed_demo_catalog
from station.jobs.documents import parse_document
from station.jobs.releases import CurrentJobs, current_jobs, release
from station.profile import GroupRule, Profile
from tests.integration.helpers import as_admin
from tests.jobs.conftest import add_unit, execution_status

CONFIG = {"report_interval_s": 60, "log_level": "info"}


def test_release_creates_the_continuous_job(cloud: IotCloud, catalog: Catalog, profile: Profile) -> None:
    entry = catalog.upload_firmware("sensor-a", "1.1.0", b"image-1.1.0" * 1000)
    r = release(cloud, catalog, profile, "firmware", "1.1.0", "sensor-a")
    assert (r.job_id, r.action, r.model, r.canceled) == ("fw-sensor-a-1_1_0", "created", "sensor-a", ())
    job = cloud.iot.describe_job(jobId=r.job_id)["job"]
    assert job["targetSelection"] == "CONTINUOUS" and job["status"] == "IN_PROGRESS"
    assert job["targets"] == [cloud.arn("thinggroup/sensor-a")]
    assert job["presignedUrlConfig"] == {"roleArn": f"arn:aws:iam::{cloud.account_id()}:role/"
                                                    "provisioning-station-jobs-presign", "expiresInSec": 3600}
    assert job["timeoutConfig"] == {"inProgressTimeoutInMinutes": 15}
    assert not job.get("jobExecutionsRetryConfig")  # failures are not retried
    assert "firmware sensor-a 1.1.0" in job["description"]
    doc = json.loads(cloud.iot.get_job_document(jobId=r.job_id)["document"])
    assert doc == {"operation": "install", "url": "${aws:iot:s3-presigned-url:https://s3.amazonaws.com/"
                                                  "provisioning-station-catalog/catalog/firmware/sensor-a/1.1.0.bin}",
                   "version": "1.1.0", "sha256": entry.sha256, "size": entry.size, "forced": False,
                   "model": "sensor-a"}
    [current] = current_jobs(cloud, "sensor-a")
    assert (current.job_id, current.kind, current.version, current.sha256) == (r.job_id, "firmware", "1.1.0",
                                                                               entry.sha256)


def test_new_version_replaces_the_old_one(cloud: IotCloud, catalog: Catalog, profile: Profile) -> None:
    for v in ("1.0.0", "1.1.0"):
        catalog.upload_firmware("sensor-a", v, v.encode() * 100)
    catalog.upload_config("sensor-a", "1", json.dumps(CONFIG).encode())
    add_unit(cloud, "sensor-a-0001", "sensor-a", "sensor-a")
    v1 = release(cloud, catalog, profile, "firmware", "1.0.0", "sensor-a")
    cfg = release(cloud, catalog, profile, "config", "1", "sensor-a")
    assert cfg.job_id == "cfg-sensor-a-1" and cfg.document.operation == "config-download"
    other = release(cloud, catalog, profile, "firmware", "1.0.0", "sensor-a-rev-b")  # 'fw-sensor-a-' prefix too
    assert execution_status(cloud, v1.job_id, "sensor-a-0001") == "QUEUED"

    v2 = release(cloud, catalog, profile, "firmware", "1.1.0", "sensor-a")
    assert v2.action == "created" and v2.canceled == (v1.job_id,)
    assert cloud.iot.describe_job(jobId=v1.job_id)["job"]["status"] in ("CANCELED", "CANCELLATION_IN_PROGRESS")
    assert execution_status(cloud, v1.job_id, "sensor-a-0001") == "CANCELED"
    assert execution_status(cloud, v2.job_id, "sensor-a-0001") == "QUEUED"
    assert {(j.kind, j.version) for j in current_jobs(cloud, "sensor-a")} == {("firmware", "1.1.0"), ("config", "1")}
    assert [j.job_id for j in current_jobs(cloud, "sensor-a-rev-b")] == [other.job_id]  # untouched

    again = release(cloud, catalog, profile, "firmware", "1.1.0", "sensor-a")
    assert (again.action, again.canceled, again.job_id) == ("current", (), v2.job_id)

    with pytest.raises(JobError, match="already exists with status CANCELED") as err:
        release(cloud, catalog, profile, "firmware", "1.0.0", "sensor-a")  # its id was used by the canceled job
    assert "never reuses a job id" in err.value.remedy


def test_release_errors(cloud: IotCloud, catalog: Catalog, profile: Profile) -> None:
    mixed = dataclasses.replace(profile, groups=(GroupRule("sensor-a"),))  # any model may join
    with pytest.raises(JobError, match="can hold models gateway-x, nRF9160-SICA, sensor-a") as err:
        release(cloud, catalog, mixed, "firmware", "1", "sensor-a")
    assert "--model" in err.value.remedy
    with pytest.raises(JobError, match="not in the profile"):
        release(cloud, catalog, profile, "firmware", "1", "elsewhere")
    with pytest.raises(Exception, match="not in the catalog"):
        release(cloud, catalog, profile, "firmware", "9.9.9", "gateways")


def _gateways_release_and_a_cache(cloud: IotCloud, catalog: Catalog,
                                  profile: Profile) -> tuple[list[str], list[float], CurrentJobs]:
    """Firmware 2.0 released to the gateways; the IoT calls made from now on; a cache on a clock the test moves."""
    catalog.upload_firmware("gateway-x", "2.0", b"gw" * 100)
    release(cloud, catalog, profile, "firmware", "2.0", "gateways")
    calls: list[str] = []
    cloud.iot.meta.events.register("before-call.iot.*", lambda model, **_: calls.append(model.name))
    now = [0.0]
    return calls, now, CurrentJobs(cloud, ttl=5.0, clock=lambda: now[0])


def test_current_jobs_cache(cloud: IotCloud, catalog: Catalog, profile: Profile) -> None:
    calls, now, cache = _gateways_release_and_a_cache(cloud, catalog, profile)
    for group in ("gateways", "sensor-a", "gateways"):
        cache.get(group)
    assert calls.count("ListJobs") == 1 and calls.count("GetJobDocument") == 1
    now[0] = 6.0
    [job] = cache.get("gateways")
    assert job.model == "gateway-x" and job.version == "2.0"
    assert calls.count("ListJobs") == 2 and calls.count("GetJobDocument") == 1  # documents never change
    cache.invalidate()
    assert cache.get("sensor-a") == [] and calls.count("ListJobs") == 3


def test_demo_content_and_seeding(cloud: IotCloud, catalog: Catalog, profile: Profile) -> None:
    image = firmware_image("sensor-a", "1.1.0")
    assert image == firmware_image("sensor-a", "1.1.0") != firmware_image("sensor-a", "1.0.0")
    assert 64 * 1024 <= len(image) <= 200 * 1024
    assert image_header(image) == {"model": "sensor-a", "version": "1.1.0", "size": len(image)}
    first = seed_demo_catalog(cloud, profile)
    # 3 models x (2 images + 1 config) uploaded; 4 groups x (firmware + config) released
    assert {a.action for a in first} == {"created"} and len(first) == 3 * 3 + 4 * 2
    second = seed_demo_catalog(cloud, profile)
    assert {a.action for a in second} == {"exists"}
    for group, model in (("sensor-a-rev-b", "sensor-a"), ("sensor-a", "sensor-a"), ("gateways", "gateway-x"),
                         ("trackers", "nRF9160-SICA")):
        jobs = current_jobs(cloud, group)
        assert sorted((j.kind, j.version, j.model) for j in jobs) == [("config", "1", model),
                                                                      ("firmware", "1.1.0", model)]
        for j in jobs:
            raw = json.loads(cloud.iot.get_job_document(jobId=j.job_id)["document"])
            assert raw["sha256"] == catalog.describe(j.kind, model, j.version).sha256
            # What the unit receives (placeholder replaced by a real URL) passes the shared parser.
            assert parse_document({**raw, "url": "https://s3.example/x"}).version == j.version


def test_a_unit_downloads_the_released_image(cloud: IotCloud, profile: Profile) -> None:
    """End to end: the bootstrap role lets IoT Jobs pre-sign a GET the unit can use, and the bytes match."""
    seed_demo_catalog(cloud, profile)
    add_unit(cloud, "gateway-x-0001", "gateway-x", "gateways")
    # What the unit's agent does (over MQTT, with its own certificate): not the station's call.
    execution = as_admin(cloud).client("iot-jobs-data").start_next_pending_job_execution(thingName="gateway-x-0001")
    doc = parse_document(execution["execution"]["jobDocument"])  # the real URL now, not the placeholder
    assert doc.operation == "install" and "X-Amz-Signature=" in doc.url
    with urllib.request.urlopen(doc.url, timeout=10) as resp:
        body = resp.read()
    assert (len(body), hashlib.sha256(body).hexdigest()) == (doc.size, doc.sha256)
    assert body == firmware_image("gateway-x", "1.1.0")


def test_peek_answers_from_memory_or_not_at_all(cloud: IotCloud, catalog: Catalog, profile: Profile) -> None:
    """Units ask for the job list on every wake-up; a fresh cache answers on the loop, with no call and no thread."""
    calls, now, cache = _gateways_release_and_a_cache(cloud, catalog, profile)
    assert cache.peek("gateways") is None and calls == []  # nothing known yet: the caller must get()
    listed = cache.get("gateways")
    made = len(calls)
    assert cache.peek("gateways") == listed and len(calls) == made
    assert cache.peek("sensor-a") == [] and len(calls) == made  # another group of the same list: still no call
    now[0] = 6.0
    assert cache.peek("gateways") is None and len(calls) == made  # stale: get() reads the list again
