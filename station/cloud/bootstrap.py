"""`station cloud bootstrap`: device policy, thing types, groups, catalog, pre-sign role, and the cert mode's needs."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from urllib.parse import unquote

from botocore.exceptions import ClientError

from station.cloud.adapter import IotCloud
from station.cloud.policy import device_policy
from station.cloud.retry import error_code
from station.errors import CloudError
from station.messages import message
from station.profile import CatalogSettings, Profile

_BUCKET_TAKEN = message("cloud.bucket-taken", "the catalog bucket '{bucket}' exists but this account cannot use it")
_BUCKET_TAKEN_REMEDY = message("remedy.bucket-taken", "Choose a unique name in the profile ([catalog] bucket), "
                               "e.g. with your account id in it, and run bootstrap again.")()


@dataclass(frozen=True)
class BootstrapAction:
    resource: str  # e.g. "policy provisioning-station-device"
    action: str  # "created", "exists", "attached", "differs", "updated"
    detail: str = ""


def bootstrap(cloud: IotCloud, profile: Profile) -> list[BootstrapAction]:
    """Idempotent: run it as often as you like; it only creates what is missing.

    It needs more rights than the station role (CreatePolicy, CreateThingType,
    CreateThingGroup): the line engineer runs it once per account and region.
    """
    iot = cloud.iot
    done: list[BootstrapAction] = []
    doc = device_policy(partition=cloud.partition, region=cloud.target.region, account=cloud.account_id())
    name = profile.policy_name
    try:
        current = iot.get_policy(policyName=name)
        if json.loads(current["policyDocument"]) != doc:
            done.append(BootstrapAction(f"policy {name}", "differs",
                                        "the existing policy differs from resources/device-policy.json; "
                                        "left unchanged, review it"))
        else:
            done.append(BootstrapAction(f"policy {name}", "exists"))
    except ClientError as exc:
        if error_code(exc) != "ResourceNotFoundException":
            raise
        iot.create_policy(policyName=name, policyDocument=json.dumps(doc))
        done.append(BootstrapAction(f"policy {name}", "created"))

    for thing_type in sorted({m.thing_type for m in profile.models.values()}):
        done.append(_ensure(f"thing type {thing_type}", partial(iot.describe_thing_type, thingTypeName=thing_type),
                            partial(iot.create_thing_type, thingTypeName=thing_type)))
    for group in profile.all_groups():
        done.append(_ensure(f"thing group {group}", partial(iot.describe_thing_group, thingGroupName=group),
                            partial(iot.create_thing_group, thingGroupName=group)))
        if profile.policy_attach_to == "group":
            # Attaching once to the group removes the per-unit AttachPolicy call (15 TPS). Read first, so a
            # re-run says "exists" and changes nothing (ListAttachedPolicies has no resource-level permission).
            target = cloud.arn(f"thinggroup/{group}")
            pages = iot.get_paginator("list_attached_policies").paginate(target=target, recursive=False)
            if any(p.get("policyName") == name for page in pages for p in page.get("policies", [])):
                done.append(BootstrapAction(f"policy {name} -> group {group}", "exists"))
            else:
                iot.attach_policy(policyName=name, target=target)
                done.append(BootstrapAction(f"policy {name} -> group {group}", "attached"))
    done.extend(ensure_catalog_storage(cloud, profile.catalog))
    if profile.jobs.events:
        done.append(enable_job_execution_events(cloud))
    done.extend(ensure_certificate_mode(cloud, profile))
    return done


def ensure_certificate_mode(cloud: IotCloud, profile: Profile) -> list[BootstrapAction]:
    """What the profile's certificate mode needs in the account: the fleet template (fleet-claim) or the
    line CA registered with AWS IoT (factory-ca); nothing more for the csr modes."""
    # Imported here: both modules build on BootstrapAction from this one.
    if profile.cert_mode == "fleet-claim":
        from station.cloud.fleet import ensure_fleet_template

        return ensure_fleet_template(cloud, profile)
    if profile.cert_mode == "factory-ca":
        from station.ca.signer import LineCa
        from station.cloud.ca_registration import ensure_line_ca

        line_ca = LineCa.open(profile.factory_ca)  # the PIN from its environment variable, never a file
        try:
            return ensure_line_ca(cloud, profile, line_ca)
        finally:
            line_ca.close()
    return []


JOB_EVENTS_RESOURCE = "event configuration JOB_EXECUTION"


def enable_job_execution_events(cloud: IotCloud) -> BootstrapAction:
    """Turn on JOB_EXECUTION events, the signal the station follows units to "ready" by (docs/jobs.md).

    An account-wide (per region) setting, billed on AWS as messages published: read first, so a
    re-run changes nothing, and only that one event type is named, so the others keep their state.
    """
    if job_execution_events_enabled(cloud):
        return BootstrapAction(JOB_EVENTS_RESOURCE, "exists", "enabled")
    cloud.iot.update_event_configurations(eventConfigurations={"JOB_EXECUTION": {"Enabled": True}})
    return BootstrapAction(JOB_EVENTS_RESOURCE, "created",
                           "enabled for the whole account and region (AWS bills each event as a message)")


def job_execution_events_enabled(cloud: IotCloud) -> bool:
    """DescribeEventConfigurations: are job execution events published in this account and region?"""
    configs = cloud.iot.describe_event_configurations().get("eventConfigurations") or {}
    return bool((configs.get("JOB_EXECUTION") or {}).get("Enabled"))


def presign_trust_policy(*, partition: str, region: str, account: str) -> dict[str, object]:
    """Only AWS IoT may assume the pre-sign role, and only for jobs of this account and region.

    The conditions are the confused-deputy protection the AWS IoT developer guide
    recommends for roles IoT assumes: ``aws:SourceAccount`` pins the account,
    ``aws:SourceArn`` (ArnLike) the region and the resource type (jobs), so IoT
    acting for another customer cannot be made to sign URLs with this role.
    """
    return {"Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Principal": {"Service": "iot.amazonaws.com"},
                           "Action": "sts:AssumeRole",
                           "Condition": {
                               "StringEquals": {"aws:SourceAccount": account},
                               "ArnLike": {"aws:SourceArn": presign_source_arn(partition=partition, region=region,
                                                                               account=account)},
                           }}]}


def presign_source_arn(*, partition: str, region: str, account: str) -> str:
    """The aws:SourceArn IoT may assume the pre-sign role for: any job of this account and region."""
    return f"arn:{partition}:iot:{region}:{account}:job/*"


def presign_role_policy(partition: str, settings: CatalogSettings) -> dict[str, object]:
    """Read-only, and only the catalog prefix: a pre-signed URL can never reach anything else in the bucket."""
    return {"Version": "2012-10-17",
            "Statement": [{"Sid": "ReadCatalogObjects", "Effect": "Allow", "Action": "s3:GetObject",
                           "Resource": f"arn:{partition}:s3:::{settings.bucket}/{settings.prefix}*"}]}


PRESIGN_POLICY_NAME = "catalog-read"


def ensure_catalog_storage(cloud: IotCloud, settings: CatalogSettings) -> list[BootstrapAction]:
    """The catalog bucket (private) and the role IoT Jobs pre-signs download URLs with."""
    return [_ensure_bucket(cloud, settings), *_ensure_presign_role(cloud, settings)]


def _ensure_bucket(cloud: IotCloud, settings: CatalogSettings) -> BootstrapAction:
    s3 = cloud.client("s3")
    bucket, resource = settings.bucket, f"bucket {settings.bucket}"
    try:
        s3.head_bucket(Bucket=bucket)
        return BootstrapAction(resource, "exists")
    except ClientError as exc:
        code = error_code(exc)
        if code in ("403", "AccessDenied", "Forbidden"):
            # Bucket names are global: this usually means another account owns it.
            raise CloudError(_BUCKET_TAKEN(bucket=bucket), step="bootstrap", remedy=_BUCKET_TAKEN_REMEDY) from None
        if code not in ("404", "NoSuchBucket", "NotFound"):
            raise
    kwargs: dict[str, object] = {"Bucket": bucket}
    if cloud.target.region != "us-east-1":  # us-east-1 rejects an explicit LocationConstraint
        kwargs["CreateBucketConfiguration"] = {"LocationConstraint": cloud.target.region}
    try:
        s3.create_bucket(**kwargs)
    except ClientError as exc:
        if error_code(exc) != "BucketAlreadyOwnedByYou":
            raise
        return BootstrapAction(resource, "exists")
    # Devices only ever get pre-signed URLs; nothing in the catalog is public.
    s3.put_public_access_block(Bucket=bucket, PublicAccessBlockConfiguration={
        "BlockPublicAcls": True, "IgnorePublicAcls": True, "BlockPublicPolicy": True, "RestrictPublicBuckets": True})
    return BootstrapAction(resource, "created", "public access blocked")


def as_policy_dict(doc: object) -> object:
    """An IAM policy document as a dict: boto3 normally decodes IAM's URL-encoded text; the raw text too."""
    if isinstance(doc, str):
        return json.loads(unquote(doc))
    return doc


def _ensure_presign_role(cloud: IotCloud, settings: CatalogSettings) -> list[BootstrapAction]:
    iam = cloud.client("iam")
    role, resource = settings.presign_role, f"role {settings.presign_role}"
    where = {"partition": cloud.partition, "region": cloud.target.region, "account": cloud.account_id()}
    trust = presign_trust_policy(**where)
    wanted = presign_role_policy(cloud.partition, settings)
    out: list[BootstrapAction] = []
    try:
        current = iam.get_role(RoleName=role)["Role"]
        if as_policy_dict(current.get("AssumeRolePolicyDocument")) != trust:
            out.append(BootstrapAction(resource, "differs",
                                       "its trust policy is not exactly iot.amazonaws.com limited to this "
                                       f"account's jobs (aws:SourceAccount {cloud.account_id()}, aws:SourceArn "
                                       f"{presign_source_arn(**where)}); left unchanged, review it"))
        else:
            out.append(BootstrapAction(resource, "exists"))
    except ClientError as exc:
        if error_code(exc) not in ("NoSuchEntity", "NoSuchEntityException"):
            raise
        iam.create_role(RoleName=role, AssumeRolePolicyDocument=json.dumps(trust),
                        Description="AWS IoT Jobs pre-signs catalog download URLs with this role "
                                    "(provisioning station)")
        out.append(BootstrapAction(resource, "created"))
    presource = f"role policy {role}/{PRESIGN_POLICY_NAME}"
    try:
        have = as_policy_dict(iam.get_role_policy(RoleName=role, PolicyName=PRESIGN_POLICY_NAME)["PolicyDocument"])
        if have != wanted:
            out.append(BootstrapAction(presource, "differs", f"expected s3:GetObject on "
                                                             f"{settings.bucket}/{settings.prefix}* only; "
                                                             "left unchanged, review it"))
        else:
            out.append(BootstrapAction(presource, "exists"))
    except ClientError as exc:
        if error_code(exc) not in ("NoSuchEntity", "NoSuchEntityException"):
            raise
        iam.put_role_policy(RoleName=role, PolicyName=PRESIGN_POLICY_NAME, PolicyDocument=json.dumps(wanted))
        out.append(BootstrapAction(presource, "created"))
    return out


def _ensure(resource: str, describe: Callable[[], object], create: Callable[[], object]) -> BootstrapAction:
    """Describe the resource; create it only when AWS says it does not exist."""
    try:
        describe()
        return BootstrapAction(resource, "exists")
    except ClientError as exc:
        if error_code(exc) != "ResourceNotFoundException":
            raise
    create()
    return BootstrapAction(resource, "created")
