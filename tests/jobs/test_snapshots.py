"""Snapshot jobs: update, config download/upload/propagate, cancel, list and show with executions."""

from __future__ import annotations

import json
import urllib.request

import pytest

from station.cloud.adapter import IotCloud
from station.jobs.catalog import Catalog
from station.jobs.common import JobError, TargetNotFound
from station.jobs.snapshots import (
    cancel,
    download_config,
    job_status,
    list_jobs,
    propagate,
    resolve_target,
    update,
    upload_config,
)
from station.profile import Profile
from tests.integration.helpers import as_admin
from tests.jobs.conftest import add_unit, execution_status

CONFIG = {"report_interval_s": 60, "log_level": "info", "features": {"telemetry": True}}


@pytest.fixture
def units(cloud: IotCloud, catalog: Catalog) -> list[str]:
    catalog.upload_firmware("sensor-a", "1.0.0", b"old" * 100)
    catalog.upload_config("sensor-a", "1", json.dumps(CONFIG).encode())
    add_unit(cloud, "sensor-a-0001", "sensor-a", "sensor-a")
    add_unit(cloud, "sensor-a-0002", "sensor-a", "sensor-a-rev-b")
    return ["sensor-a-0001", "sensor-a-0002"]


def test_update_is_a_snapshot_install(cloud: IotCloud, catalog: Catalog, profile: Profile, units: list[str]) -> None:
    r = update(cloud, catalog, profile, units, "1.0.0", forced=True)
    assert r.job_id.startswith("upd-sensor-a-0001-1_0_0-") and r.model == "sensor-a"
    job = cloud.iot.describe_job(jobId=r.job_id)["job"]
    assert job["targetSelection"] == "SNAPSHOT"
    assert job["targets"] == [cloud.arn("thing/sensor-a-0001"), cloud.arn("thing/sensor-a-0002")]
    assert job["presignedUrlConfig"]["expiresInSec"] == 3600
    assert job["timeoutConfig"] == {"inProgressTimeoutInMinutes": 15}
    doc = json.loads(cloud.iot.get_job_document(jobId=r.job_id)["document"])
    assert doc["operation"] == "install" and doc["forced"] is True and doc["version"] == "1.0.0"
    assert doc["url"].startswith("${aws:iot:s3-presigned-url:https://s3.amazonaws.com/")
    assert all(execution_status(cloud, r.job_id, u) == "QUEUED" for u in units)


def test_config_download_to_a_group(cloud: IotCloud, catalog: Catalog, profile: Profile, units: list[str]) -> None:
    r = download_config(cloud, catalog, profile, ["sensor-a"], "1")
    assert [t.kind for t in r.targets] == ["group"]
    doc = json.loads(cloud.iot.get_job_document(jobId=r.job_id)["document"])
    assert doc["operation"] == "config-download" and doc["url"].endswith("/catalog/config/sensor-a/1.json}")
    assert doc["sha256"] == catalog.describe("config", "sensor-a", "1").sha256 and "forced" not in doc


def test_upload_then_propagate(cloud: IotCloud, catalog: Catalog, profile: Profile, units: list[str]) -> None:
    jid, key = upload_config(cloud, catalog, profile, "sensor-a-0001")
    doc = json.loads(cloud.iot.get_job_document(jobId=jid)["document"])
    assert set(doc) == {"operation", "url"} and doc["operation"] == "config-upload"
    assert doc["url"].startswith("http") and "X-Amz-Signature=" in doc["url"]
    assert "presignedUrlConfig" not in cloud.iot.describe_job(jobId=jid)["job"] or \
        not cloud.iot.describe_job(jobId=jid)["job"]["presignedUrlConfig"]
    uploaded = json.dumps({**CONFIG, "report_interval_s": 5}).encode()
    urllib.request.urlopen(urllib.request.Request(doc["url"], data=uploaded, method="PUT"), timeout=10).close()

    r = propagate(cloud, catalog, profile, ["sensor-a-0002"], from_key=key)
    stamp = key.rsplit("/", 1)[-1][:-len(".json")]
    assert r.document.version == f"up-{stamp}" and r.model == "sensor-a"
    entry = catalog.describe("config", "sensor-a", f"up-{stamp}")
    down = json.loads(cloud.iot.get_job_document(jobId=r.job_id)["document"])
    assert down["operation"] == "config-download" and down["sha256"] == entry.sha256
    assert execution_status(cloud, r.job_id, "sensor-a-0002") == "QUEUED"
    again = propagate(cloud, catalog, profile, ["sensor-a-0001"], from_key=key)  # registered once, reused
    assert again.document.sha256 == entry.sha256
    with pytest.raises(JobError, match="not an upload key"):
        propagate(cloud, catalog, profile, ["sensor-a-0002"], from_key="catalog/config/sensor-a/1.json")


def test_cancel_list_and_show(cloud: IotCloud, catalog: Catalog, profile: Profile, units: list[str]) -> None:
    r = update(cloud, catalog, profile, ["sensor-a-0001"], "1.0.0")
    keep = download_config(cloud, catalog, profile, ["sensor-a-0002"], "1")
    jobs_data = as_admin(cloud).client("iot-jobs-data")  # what the unit's agent does over MQTT
    jobs_data.update_job_execution(jobId=keep.job_id, thingName="sensor-a-0002", status="IN_PROGRESS",
                                   statusDetails={"step": "download", "percent": "40"})
    shown = job_status(cloud, keep.job_id)
    [ex] = shown.executions
    assert (ex.thing, ex.status, ex.status_details) == ("sensor-a-0002", "IN_PROGRESS",
                                                        {"step": "download", "percent": "40"})
    assert shown.kind == "config" and shown.version == "1"

    canceled = cancel(cloud, r.job_id, comment="wrong version")
    assert canceled.status in ("CANCELED", "CANCELLATION_IN_PROGRESS")
    assert [e.status for e in canceled.executions] == ["CANCELED"]
    assert cloud.iot.describe_job(jobId=r.job_id)["job"]["comment"] == "wrong version"

    listed = {j.job_id: j for j in list_jobs(cloud)}
    assert set(listed) == {r.job_id, keep.job_id}
    assert listed[keep.job_id].executions == shown.executions
    assert [j.job_id for j in list_jobs(cloud, status="IN_PROGRESS")] == [keep.job_id]
    assert [j.job_id for j in list_jobs(cloud, target="sensor-a-0001")] == [r.job_id]
    with pytest.raises(JobError, match="no job 'nope'"):
        cancel(cloud, "nope")


def test_targets_resolve_by_name(cloud: IotCloud, units: list[str]) -> None:
    assert resolve_target(cloud, "sensor-a-0001").kind == "thing"
    assert resolve_target(cloud, "gateways").arn == cloud.arn("thinggroup/gateways")
    # A thing named like a group, outside the station's name prefixes: its role may not describe it (AWS
    # answers AccessDenied, not "not found"), so for this station the name is the group.
    add_unit(cloud, "gateways", "gateway-x", None)
    assert resolve_target(cloud, "gateways").kind == "group"
    # One inside its prefixes, named like a group (sensor-a-rev-b): ambiguous, the station asks which.
    add_unit(cloud, "sensor-a-rev-b", "sensor-a", None)
    with pytest.raises(JobError, match="both a thing and a thing group") as err:
        resolve_target(cloud, "sensor-a-rev-b")
    assert "group/sensor-a-rev-b" in err.value.remedy
    assert resolve_target(cloud, "group/sensor-a-rev-b").kind == "group"
    with pytest.raises(TargetNotFound, match="'ghost' is neither"):
        resolve_target(cloud, "ghost")
