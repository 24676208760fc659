"""What real AWS needs of a release, checked against the embedded cloud: abortConfig, encoded keys, trust."""

from __future__ import annotations

import dataclasses
import hashlib
import urllib.request
from typing import Any

from station.cloud.adapter import IotCloud
from station.cloud.bootstrap import bootstrap, presign_trust_policy
from station.cloud.connect import EmbeddedCloud
from station.jobs.catalog import Catalog
from station.jobs.documents import parse_document
from station.jobs.releases import abort_config, release
from station.jobs.snapshots import update
from station.profile import Profile
from tests.jobs.conftest import add_unit


def test_continuous_release_carries_the_failure_rate_abort(cloud: IotCloud, catalog: Catalog,
                                                           profile: Profile) -> None:
    catalog.upload_firmware("sensor-a", "2.0.0", b"image-2.0.0" * 100)
    r = release(cloud, catalog, profile, "firmware", "2.0.0", "sensor-a")
    job = cloud.iot.describe_job(jobId=r.job_id)["job"]
    assert job["abortConfig"] == {"criteriaList": [{"failureType": "ALL", "action": "CANCEL",
                                                    "thresholdPercentage": 20.0,
                                                    "minNumberOfExecutedThings": 10}]}


def test_abort_follows_the_profile_and_can_be_switched_off(cloud: IotCloud, catalog: Catalog,
                                                          profile: Profile) -> None:
    strict = dataclasses.replace(profile, jobs=dataclasses.replace(profile.jobs, abort_failure_percent=12.5,
                                                                   abort_min_executed=3))
    [criterion] = (abort_config(strict) or {})["criteriaList"]
    assert (criterion["thresholdPercentage"], criterion["minNumberOfExecutedThings"]) == (12.5, 3)
    catalog.upload_config("sensor-a", "7", b'{"report_interval_s": 60, "log_level": "info"}')
    r = release(cloud, catalog, strict, "config", "7", "sensor-a")
    job = cloud.iot.describe_job(jobId=r.job_id)["job"]
    assert job["abortConfig"]["criteriaList"] == [criterion]

    off = dataclasses.replace(profile, jobs=dataclasses.replace(profile.jobs, abort_failure_percent=0.0))
    assert abort_config(off) is None
    catalog.upload_firmware("sensor-a", "2.0.1", b"image-2.0.1" * 100)
    r = release(cloud, catalog, off, "firmware", "2.0.1", "sensor-a")
    assert not cloud.iot.describe_job(jobId=r.job_id)["job"].get("abortConfig")


def test_snapshot_jobs_carry_no_abort(cloud: IotCloud, catalog: Catalog, profile: Profile) -> None:
    add_unit(cloud, "sensor-a-0042", "sensor-a", "sensor-a")
    catalog.upload_firmware("sensor-a", "2.1.0", b"image-2.1.0" * 100)
    snap = update(cloud, catalog, profile, ["sensor-a-0042"], "2.1.0")
    assert not cloud.iot.describe_job(jobId=snap.job_id)["job"].get("abortConfig")


def test_version_with_plus_is_encoded_and_still_downloads(cloud: IotCloud, catalog: Catalog, profile: Profile,
                                                          embedded: EmbeddedCloud) -> None:
    image = b"image-3.0.0+build7" * 200
    catalog.upload_firmware("gateway-x", "3.0.0+build7", image)
    r = release(cloud, catalog, profile, "firmware", "3.0.0+build7", "gateways")
    assert "3.0.0%2Bbuild7.bin" in r.document.url and "+" not in r.document.url
    add_unit(cloud, "gateway-x-0077", "gateway-x", "gateways")
    assert embedded.admin_cloud is not None  # the device's side of the jobs data plane
    jobs_data = embedded.admin_cloud.client("iot-jobs-data")
    execution = jobs_data.start_next_pending_job_execution(thingName="gateway-x-0077")
    doc = parse_document(execution["execution"]["jobDocument"])  # pre-signed by the cloud now
    assert "X-Amz-Signature=" in doc.url
    with urllib.request.urlopen(doc.url, timeout=10) as resp:
        body = resp.read()
    assert body == image and hashlib.sha256(body).hexdigest() == doc.sha256


def test_presign_role_trusts_only_this_accounts_jobs(cloud: IotCloud, profile: Profile,
                                                     embedded: EmbeddedCloud) -> None:
    trust = presign_trust_policy(partition=cloud.partition, region=cloud.target.region, account=cloud.account_id())
    statements: Any = trust["Statement"]
    assert statements[0]["Condition"] == {
        "StringEquals": {"aws:SourceAccount": cloud.account_id()},
        "ArnLike": {"aws:SourceArn": f"arn:aws:iot:{cloud.target.region}:{cloud.account_id()}:job/*"}}
    assert embedded.admin_cloud is not None
    iam = embedded.admin_cloud.client("iam")
    assert iam.get_role(RoleName=profile.catalog.presign_role)["Role"]["AssumeRolePolicyDocument"] == trust

    # A role made before the conditions existed is reported, not changed.
    iam.update_assume_role_policy(RoleName=profile.catalog.presign_role, PolicyDocument=(
        '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"iot.amazonaws.com"},'
        '"Action":"sts:AssumeRole"}]}'))
    actions = {a.resource: a for a in bootstrap(embedded.as_role("engineer"), profile)}
    differs = actions[f"role {profile.catalog.presign_role}"]
    assert differs.action == "differs"
    assert "aws:SourceAccount" in differs.detail and ":job/*" in differs.detail
