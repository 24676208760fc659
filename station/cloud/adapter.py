"""Idempotent AWS IoT provisioning operations over boto3 (blocking; the pipeline runs them through CloudCaller)."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from importlib import resources
from typing import Any

from botocore.exceptions import ClientError

from station.cloud.arns import partition_for_region
from station.cloud.gateway import Gateway
from station.cloud.session import CloudTarget, make_client, make_session
from station.cloud.throttle import error_code
from station.errors import CloudError
from station.messages import message

_NO_THING_TYPE = message("cloud.no-thing-type",
                         "the thing type '{thing_type}' does not exist in this AWS account and region")
_NO_THING_TYPE_REMEDY = message("remedy.no-thing-type", "The line engineer runs 'station cloud bootstrap' with this "
                                "profile (it creates the thing types), then retries the unit.")()


@dataclass(frozen=True)
class IssuedCert:
    certificate_id: str
    certificate_arn: str
    certificate_pem: str


@dataclass(frozen=True)
class ThingResult:
    arn: str
    created: bool  # False: it existed; ``attributes`` are what it had
    attributes: dict[str, str]
    #: The thing's version when read (existing things): UpdateThing(expectedVersion=...) takes it over only
    #: if nobody wrote it since. None for a thing created now, or when unknown.
    version: int | None = None


@dataclass(frozen=True)
class CertInfo:
    certificate_id: str
    certificate_arn: str
    status: str
    certificate_pem: str


#: Answers to an EXCLUSIVE_THING attachment of a certificate that is already attached somewhere.
EXCLUSIVE_REFUSALS = frozenset({"ResourceAlreadyExistsException", "InvalidRequestException",
                                "ConflictException", "ConflictingResourceUpdateException"})


class IotCloud:
    """The control-plane calls the pipeline needs, each safe to repeat.

    Methods block (boto3) and are called from worker threads. They translate
    AWS's "already exists"/"not found" answers into idempotent results so a
    re-run picks up where an earlier attempt stopped.
    """

    def __init__(self, target: CloudTarget, pool: int = 64, *, gateway: Gateway | None = None) -> None:
        self.target = target
        #: Every request of this identity's clients goes through it: one limiter, one retry path.
        self.gateway = gateway or Gateway(profile_name=target.profile)
        self.session = make_session(target)
        self.iot: Any = make_client(self.session, "iot", target, pool, self.gateway)
        self._lock = threading.Lock()
        self._endpoint: str | None = target.mqtt_endpoint
        self._account: str | None = None
        self._clients: dict[str, Any] = {}

    def client(self, service: str) -> Any:
        """Another boto3 client of the same session (s3, iam, sts), made once."""
        with self._lock:
            if service not in self._clients:
                self._clients[service] = make_client(self.session, service, self.target, 16, self.gateway)
            return self._clients[service]

    # -- identity of the account -------------------------------------------------
    def account_id(self) -> str:
        with self._lock:
            account = self._account
        if account is None:
            account = self._account = str(self.client("sts").get_caller_identity()["Account"])
        return account

    @property
    def partition(self) -> str:
        """aws, aws-cn (cn-* regions) or aws-us-gov (us-gov-* regions): the first field of every ARN built here."""
        return partition_for_region(self.target.region)

    def arn(self, resource: str) -> str:
        return f"arn:{self.partition}:iot:{self.target.region}:{self.account_id()}:{resource}"

    # -- endpoint and CA ---------------------------------------------------------
    def endpoint(self) -> str:
        """host:port devices dial; DescribeEndpoint is asked once per station run."""
        with self._lock:
            if self._endpoint is None:
                address = self.iot.describe_endpoint(endpointType="iot:Data-ATS")["endpointAddress"]
                self._endpoint = f"{address}:8883"
            return self._endpoint

    def ca_pem(self) -> bytes:
        if self.target.ca_pem is not None:
            return self.target.ca_pem
        return resources.files("resources").joinpath("AmazonRootCA1.pem").read_bytes()

    # -- things ------------------------------------------------------------------
    def create_thing(self, name: str, thing_type: str | None, attributes: dict[str, str]) -> ThingResult:
        """CreateThing, atomic across stations: only one caller creates a given name.

        AWS answers success to a repeat with the very same type and attributes, so ``created`` means
        "created now" only if each caller's attributes are its own (the pipeline adds an attempt id).

        An existing thing is not changed here: its attributes are returned so the
        caller can check another station's claim before taking it over.
        """
        kwargs: dict[str, Any] = {"thingName": name, "attributePayload": {"attributes": attributes}}
        if thing_type:
            kwargs["thingTypeName"] = thing_type
        try:
            return ThingResult(str(self.iot.create_thing(**kwargs)["thingArn"]), created=True, attributes={})
        except ClientError as exc:
            if error_code(exc) == "ResourceNotFoundException" and thing_type:
                # The only resource CreateThing needs to exist beforehand: bootstrap creates it.
                raise CloudError(_NO_THING_TYPE(thing_type=thing_type), remedy=_NO_THING_TYPE_REMEDY) from None
            if error_code(exc) != "ResourceAlreadyExistsException":
                raise
        # Same name, other configuration: a re-run, a rework, or another station right now.
        d = self.iot.describe_thing(thingName=name)
        version = d.get("version")
        return ThingResult(str(d["thingArn"]), created=False, attributes=dict(d.get("attributes", {})),
                           version=int(version) if isinstance(version, int) else None)

    def update_thing(self, name: str, thing_type: str | None, attributes: dict[str, str],
                     expected_version: int | None = None) -> None:
        """Bring an existing thing's type and attributes up to date (merged, other attributes kept).

        With ``expected_version`` it is a compare-and-set: AWS answers VersionConflictException
        if the thing was written since that version was read.
        """
        update: dict[str, Any] = {"thingName": name,
                                  "attributePayload": {"attributes": attributes, "merge": True}}
        if thing_type:
            update["thingTypeName"] = thing_type
        if expected_version is not None:
            update["expectedVersion"] = expected_version
        self.iot.update_thing(**update)

    def ensure_thing(self, name: str, thing_type: str | None, attributes: dict[str, str]) -> str:
        """Create the thing, or update an existing one to these attributes; returns the ARN."""
        result = self.create_thing(name, thing_type, attributes)
        if not result.created:
            self.update_thing(name, thing_type, attributes)
        return result.arn

    def describe_thing(self, name: str) -> dict[str, Any] | None:
        try:
            return dict(self.iot.describe_thing(thingName=name))
        except ClientError as exc:
            if error_code(exc) == "ResourceNotFoundException":
                return None
            raise

    def thing_principals(self, name: str) -> list[str]:
        """Certificate ARNs attached to the thing; empty if the thing does not exist yet."""
        try:
            pages = self.iot.get_paginator("list_thing_principals").paginate(thingName=name)
            return [p for page in pages for p in page.get("principals", [])]
        except ClientError as exc:
            if error_code(exc) == "ResourceNotFoundException":
                return []
            raise

    # -- certificates ------------------------------------------------------------
    def create_certificate_from_csr(self, csr_pem: bytes) -> IssuedCert:
        r = self.iot.create_certificate_from_csr(certificateSigningRequest=csr_pem.decode("ascii"),
                                                 setAsActive=True)
        return IssuedCert(r["certificateId"], r["certificateArn"], r["certificatePem"])

    def create_keys_and_certificate(self) -> tuple[IssuedCert, bytearray]:
        """Fallback for boards without on-board key generation: the key lives in memory only."""
        r = self.iot.create_keys_and_certificate(setAsActive=True)
        key = bytearray(r["keyPair"]["PrivateKey"].encode("ascii"))
        r["keyPair"].clear()  # drop the response's own reference to the key text
        return IssuedCert(r["certificateId"], r["certificateArn"], r["certificatePem"]), key

    def describe_certificate(self, certificate_id: str) -> CertInfo:
        d = self.iot.describe_certificate(certificateId=certificate_id)["certificateDescription"]
        return CertInfo(d["certificateId"], d["certificateArn"], d["status"], d["certificatePem"])

    def deactivate_certificate(self, certificate_id: str, status: str = "INACTIVE") -> None:
        """Retire a certificate: INACTIVE (can be re-activated) or REVOKED (final)."""
        self.iot.update_certificate(certificateId=certificate_id, newStatus=status)

    # -- attachments (all idempotent on AWS) ---------------------------------------
    def attach_principal(self, thing_name: str, certificate_arn: str) -> None:
        """Attach the certificate to this thing exclusively: AWS refuses to attach it to any other thing.

        Idempotent for the same thing: if the exclusive attachment is refused because
        the certificate is already attached, and it is attached to this very thing
        (an earlier attempt, or the same station re-running), that is success.
        """
        try:
            self.iot.attach_thing_principal(thingName=thing_name, principal=certificate_arn,
                                            thingPrincipalType="EXCLUSIVE_THING")
        except ClientError as exc:
            if error_code(exc) not in EXCLUSIVE_REFUSALS or certificate_arn not in self.thing_principals(thing_name):
                raise

    def detach_principal(self, thing_name: str, certificate_arn: str) -> None:
        try:
            self.iot.detach_thing_principal(thingName=thing_name, principal=certificate_arn)
        except ClientError as exc:
            if error_code(exc) != "ResourceNotFoundException":
                raise

    def add_to_group(self, thing_name: str, group: str) -> None:
        self.iot.add_thing_to_thing_group(thingName=thing_name, thingGroupName=group)

    def attach_policy(self, policy_name: str, target_arn: str) -> None:
        self.iot.attach_policy(policyName=policy_name, target=target_arn)

    # -- job executions (read-only; the station follows units with these) --------------
    def job_executions_for_thing(self, thing_name: str) -> dict[str, str]:
        """job id -> execution status, for every job execution of the thing."""
        out: dict[str, str] = {}
        pages = self.iot.get_paginator("list_job_executions_for_thing").paginate(
            thingName=thing_name, PaginationConfig={"PageSize": 100})
        try:
            for page in pages:
                for summary in page.get("executionSummaries", []):
                    out[summary["jobId"]] = summary["jobExecutionSummary"]["status"]
        except ClientError as exc:
            if error_code(exc) != "ResourceNotFoundException":
                raise
        return out

    def describe_job_execution(self, job_id: str, thing_name: str) -> dict[str, Any]:
        """Status, statusDetails and version of one execution (the device's progress lives here)."""
        return dict(self.iot.describe_job_execution(jobId=job_id, thingName=thing_name)["execution"])


def certificate_id_from_arn(arn: str) -> str:
    return arn.rsplit("/", 1)[-1]
