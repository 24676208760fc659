"""Every statement of the station policy is needed: without it, a call the station makes is denied (strict cloud).

For each statement the station's identity first makes its probe call with the full policy (allowed), then
with the policy minus that statement (denied with AWS's AccessDenied). For the statements on the
provisioning path, a real unit then runs without the statement: it fails at the step that needs it, the
message names the missing action and resource, and no certificate is left that the unit did not report.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from botocore.exceptions import ClientError
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509.oid import NameOID

from station.cloud.adapter import IotCloud
from station.cloud.connect import EmbeddedCloud
from station.localcloud.identities import STATION_POLICY, STATION_USER, put_policy, station_policy
from station.pipeline.events import UnitFailed
from station.profile import Profile, RecordsSettings
from station.virtual.fleet import BoardSpec, VirtualFleet
from tests.integration.helpers import iot_client, run_station, with_profile

pytestmark = [pytest.mark.timeout(240), pytest.mark.cloud]

THING = "sensor-a-MUTATION1"  # arranged by the administrator: an existing station thing
DENIED = ("AccessDeniedException", "AccessDenied")


def _csr(cn: str) -> bytes:
    key = ec.generate_private_key(ec.SECP256R1())
    csr = x509.CertificateSigningRequestBuilder().subject_name(
        x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])).sign(key, hashes.SHA256())
    return csr.public_bytes(Encoding.PEM)


class World:
    """The arranged account: a thing, a certificate and a job of the station's, made by the administrator."""

    def __init__(self, embedded: EmbeddedCloud, profile: Profile) -> None:
        assert embedded.admin_cloud is not None and embedded.cloud is not None
        self.embedded, self.profile = embedded, profile
        self.station: IotCloud = embedded.cloud
        admin = iot_client(embedded.admin_cloud)
        admin.create_thing(thingName=THING, thingTypeName="sensor-a")
        cert = admin.create_keys_and_certificate(setAsActive=False)
        self.cert_id, self.cert_arn = cert["certificateId"], cert["certificateArn"]
        self.thing_arn = admin.describe_thing(thingName=THING)["thingArn"]
        self.role_arn = f"arn:aws:iam::{self.station.account_id()}:role/{profile.catalog.presign_role}"
        self.job_id = ""

    def arrange_job(self) -> None:
        """A job for the thing, so the device side can move its execution and the account publishes events."""
        admin = iot_client(self.embedded.admin_cloud)  # type: ignore[arg-type]
        self.job_id = f"mutation-events-{uuid.uuid4().hex[:8]}"
        admin.create_job(jobId=self.job_id, targets=[self.thing_arn], document=json.dumps({"operation": "noop"}),
                         targetSelection="SNAPSHOT")

    def s3(self) -> Any:
        return self.station.client("s3")


#: Statement Sid -> the station call that needs it (one the station really makes).
PROBES: dict[str, Callable[[World], Any]] = {
    "CreateCertificatesFromBoardCsrs":
        lambda w: w.station.create_certificate_from_csr(_csr("sensor-a-MUTATION2")),
    "ReadAndRetireCertificates": lambda w: w.station.describe_certificate(w.cert_id),
    "AttachCertificatesToStationThingsOnly": lambda w: w.station.attach_principal(THING, w.cert_arn),
    "ThingsUnderTheStationPrefixOnly": lambda w: w.station.describe_thing(THING),
    "StationThingsJoinConfiguredGroupsOnly": lambda w: w.station.add_to_group(THING, "sensor-a"),
    "ReadTheProfileResources": lambda w: w.station.iot.describe_thing_group(thingGroupName="sensor-a"),
    "AttachAPolicyToCertificates": lambda w: w.station.attach_policy(w.profile.policy_name, w.cert_arn),
    "CatalogReadWriteNoDelete": lambda w: w.s3().put_object(
        Bucket=w.profile.catalog.bucket, Key=f"{w.profile.catalog.prefix}mutation.bin", Body=b"x"),
    "ListTheCatalogPrefixOnly": lambda w: w.s3().list_objects_v2(
        Bucket=w.profile.catalog.bucket, Prefix=w.profile.catalog.prefix),
    "RecordsUploadAndReadNoDelete": lambda w: w.s3().put_object(
        Bucket=w.profile.catalog.bucket, Key="records/mutation.json", Body=b"{}"),
    "RecordsListThePrefixOnly": lambda w: w.s3().list_objects_v2(Bucket=w.profile.catalog.bucket,
                                                                 Prefix="records/"),
    "JobsOnStationThingsAndConfiguredGroups": lambda w: w.station.job_executions_for_thing(THING),
    "JobsMayUseOnlyThePresignRole": lambda w: w.station.iot.create_job(
        jobId=f"mutation-{uuid.uuid4().hex[:12]}", targets=[w.thing_arn],
        document=json.dumps({"operation": "install", "url": "${aws:iot:s3-presigned-url:https://s3.amazonaws.com/"
                                                            f"{w.profile.catalog.bucket}/{w.profile.catalog.prefix}"
                                                            "mutation.bin}"}),
        presignedUrlConfig={"roleArn": w.role_arn, "expiresInSec": 300}, targetSelection="SNAPSHOT"),
    "ReadThePresignRole": lambda w: w.station.client("iam").get_role(RoleName=w.profile.catalog.presign_role),
    "SimulateOwnPermissions": lambda w: w.station.client("iam").simulate_principal_policy(
        PolicySourceArn=f"arn:aws:iam::{w.station.account_id()}:user/{STATION_USER}",
        ActionNames=["iot:CreateThing"]),
    "LookupsWithoutResourceLevelPermissions": lambda w: w.station.iot.describe_endpoint(endpointType="iot:Data-ATS"),
}


def _events_flow(w: World) -> bool:
    """The station's job-events subscriber connects, subscribes and receives one event of a station thing."""
    import asyncio

    import boto3

    from station.jobs.events import JobEventSubscriber

    assert w.embedded.endpoints is not None
    device = boto3.client("iot-jobs-data", endpoint_url=w.embedded.endpoints.http_url, region_name="us-east-1",
                          aws_access_key_id="test", aws_secret_access_key="test")

    async def probe() -> bool:
        sub = JobEventSubscriber(w.station, w.profile.station_id, connect_timeout=10)
        if not await sub.start():
            return False
        inbox = sub.watch(THING)
        try:
            # AWS publishes execution events on final statuses: each probe ends a job of its own.
            await asyncio.to_thread(w.arrange_job)
            await asyncio.to_thread(device.update_job_execution, jobId=w.job_id, thingName=THING,
                                    status="SUCCEEDED")
            events, _ = await inbox.get(5)
            return bool(events)
        finally:
            inbox.close()
            await sub.close()

    return asyncio.run(probe())


#: MQTT statements: no HTTP call to deny, so the probe is "job execution events reach the station".
EVENT_PROBES = ("ConnectAsThisStationForJobEvents", "SubscribeToJobExecutionEventsOnly",
                "ReceiveJobExecutionEventsOnly")


def _records_on(profile: Profile) -> Profile:
    # Per certificate: the station policy then holds every statement there is (AttachPolicy included).
    return with_profile(profile, records=RecordsSettings(s3_prefix="records/", bucket=""),
                        policy_attach_to="certificate")


@pytest.fixture
def world(embedded: EmbeddedCloud, profile: Profile) -> Iterator[World]:
    full = _records_on(profile)
    embedded.grant(full)
    yield World(embedded, full)


def _without(world: World, sid: str) -> dict[str, Any]:
    assert world.embedded.admin_cloud is not None
    doc = station_policy(world.embedded.admin_cloud, world.profile)
    kept = [st for st in doc["Statement"] if st["Sid"] != sid]
    assert len(kept) == len(doc["Statement"]) - 1, f"no statement {sid}"
    return {**doc, "Statement": kept}


def _put(world: World, doc: dict[str, Any]) -> None:
    assert world.embedded.admin_cloud is not None
    put_policy(world.embedded.admin_cloud, STATION_USER, STATION_POLICY, doc)


def _denied(call: Callable[[], Any]) -> str:
    try:
        call()
    except ClientError as exc:
        assert exc.response["Error"]["Code"] in DENIED, exc.response
        return str(exc.response["Error"]["Message"])
    raise AssertionError("the call was allowed without the statement")


def test_every_statement_has_a_probe(embedded: EmbeddedCloud, profile: Profile) -> None:
    assert embedded.admin_cloud is not None
    sids = {st["Sid"] for st in station_policy(embedded.admin_cloud, _records_on(profile))["Statement"]}
    assert sids == set(PROBES) | set(EVENT_PROBES), sids ^ (set(PROBES) | set(EVENT_PROBES))


def test_each_job_event_statement_is_needed(world: World) -> None:
    assert world.embedded.admin_cloud is not None
    from station.cloud.bootstrap import bootstrap

    bootstrap(world.embedded.as_role("engineer"), world.profile)  # the events setting (already on: idempotent)
    full = station_policy(world.embedded.admin_cloud, world.profile)
    assert _events_flow(world), "with the full policy job execution events reach the station"
    for sid in EVENT_PROBES:
        _put(world, _without(world, sid))
        assert not _events_flow(world), f"events reached the station without {sid}"
        _put(world, full)
        assert _events_flow(world), f"with the full policy the probe for {sid} must pass"


def test_each_statement_is_needed_by_a_station_call(world: World) -> None:
    full = station_policy(world.embedded.admin_cloud, world.profile)  # type: ignore[arg-type]
    for sid, probe in PROBES.items():
        _put(world, full)
        probe(world)  # allowed with the full policy: the probe is a fair test of the statement
        _put(world, _without(world, sid))
        message = _denied(functools.partial(probe, world))
        assert "not authorized to perform" in message, (sid, message)
    _put(world, full)


# Statements on the provisioning path: (Sid, step the unit fails at, action the message names).
PROVISIONING = [
    ("ThingsUnderTheStationPrefixOnly", "registering", "iot:CreateThing"),
    ("CreateCertificatesFromBoardCsrs", "registering", "iot:CreateCertificateFromCsr"),
    ("AttachCertificatesToStationThingsOnly", "attaching", "iot:AttachThingPrincipal"),
    ("StationThingsJoinConfiguredGroupsOnly", "attaching", "iot:AddThingToThingGroup"),
    ("AttachAPolicyToCertificates", "attaching", "iot:AttachPolicy"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sid", "step", "action"), PROVISIONING, ids=[p[0] for p in PROVISIONING])
def test_a_unit_fails_at_the_step_that_needs_the_statement(sid: str, step: str, action: str,
                                                           embedded: EmbeddedCloud, profile: Profile) -> None:
    assert embedded.admin_cloud is not None and embedded.cloud is not None
    profile = with_profile(profile, policy_attach_to="certificate")  # every provisioning statement is used
    doc = station_policy(embedded.admin_cloud, profile)
    put_policy(embedded.admin_cloud, STATION_USER, STATION_POLICY,
               {**doc, "Statement": [st for st in doc["Statement"] if st["Sid"] != sid]})
    fast = with_profile(profile, jobs=dataclasses.replace(profile.jobs, until="registered"))
    with VirtualFleet(specs=[BoardSpec("sensor-a", "B")]) as fleet:
        summary, events, _ = run_station(fast, embedded.cloud, fleet, timeout=120)
    [failed] = [e for e in events if isinstance(e, UnitFailed)]
    assert summary.failed == 1
    assert failed.step.value == step, failed
    assert action in failed.cause and "may not" in failed.cause, failed.cause
    # The resource, where AWS names one (CreateCertificateFromCsr has none narrower than "*").
    assert "arn:aws:" in failed.cause or action == "iot:CreateCertificateFromCsr", failed.cause
    assert "station-iam-policy" in failed.remedy and "internal error" not in failed.cause
    # Nothing orphaned: every certificate in the account was reported by the unit (and so recorded).
    admin = iot_client(embedded.admin_cloud)
    active = {c["certificateId"] for c in admin.list_certificates(pageSize=250)["certificates"]
              if c["status"] == "ACTIVE"}
    reported = " ".join(failed.created)
    assert all(cid in reported for cid in active), (active, failed.created)
