"""Fleet provisioning by claim: the template a board registers itself with, its claim policy and its role."""

# The station writes a claim certificate and the template's parameters to the board; the board then runs
# AWS's MQTT flow itself (create-from-csr with its own key, then RegisterThing). What the board may do
# with the claim, and what the template may create, is decided here, once, by `station cloud bootstrap`.

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

from botocore.exceptions import ClientError

from station.cloud.adapter import IotCloud
from station.cloud.bootstrap import BootstrapAction, as_policy_dict
from station.cloud.policy import (
    check_least_privilege,
    claim_policy_name,
    fleet_role_name,
    thing_name_prefixes,
)
from station.cloud.retry import error_code
from station.domain import BoardIdentity
from station.errors import StationError
from station.messages import message
from station.profile import Profile

#: The template's parameters, in the order the board's RegisterThing request carries them.
PARAMETERS = ("SerialNumber", "ThingName", "Model", "HwRevision", "Station", "Batch", "Group")
#: The inline policy of the fleet provisioning role: what RegisterThing may write for this profile.
FLEET_ROLE_POLICY = "fleet-provisioning-writes"
#: How long bootstrap waits for a new role to be usable by AWS IoT (IAM propagates within seconds).
ROLE_PROPAGATION_SECONDS = 30.0

_NO_GROUP = message("fleet.no-group", "fleet-claim puts every thing in a group, and no [[groups]] rule matches "
                    "model '{model}' hardware revision '{hw}'")
_NO_GROUP_REMEDY = message("remedy.fleet-no-group", "The line engineer adds a [[groups]] rule that matches this "
                           "model to the profile (a rule with only a name matches every unit), runs 'station "
                           "cloud bootstrap', then retries the unit.")()


def fleet_template_body(profile: Profile, *, partition: str, region: str, account: str) -> dict[str, Any]:
    """The FLEET_PROVISIONING template: the thing, its type (by model), attributes, group and certificate.

    Values come only from the parameters the station wrote to the board (fleet_parameters). The thing
    type is looked up from the model in the profile's own table, so a board cannot pick another type.
    With the device policy per certificate the template attaches it; on the groups (policy_attach_to =
    "group") the group already carries it. ``partition``/``region``/``account`` are not needed by the
    body; they are taken so every rendered document has the same signature.
    """
    del partition, region, account
    types = {model: {"type": settings.thing_type} for model, settings in sorted(profile.models.items())}
    resources: dict[str, Any] = {
        "thing": {
            "Type": "AWS::IoT::Thing",
            "Properties": {
                "ThingName": {"Ref": "ThingName"},
                "ThingTypeName": {"Fn::FindInMap": ["ThingTypes", {"Ref": "Model"}, "type"]},
                "AttributePayload": {"serial": {"Ref": "SerialNumber"}, "hw_revision": {"Ref": "HwRevision"},
                                     "station": {"Ref": "Station"}, "batch": {"Ref": "Batch"}},
                "ThingGroups": [{"Ref": "Group"}],
            },
            # A reworked board (its thing exists): attributes merged, the type follows the model, the group the
            # station chose is added to those the thing has (as the factory-ca JITP template does).
            "OverrideSettings": {"AttributePayload": "MERGE", "ThingTypeName": "REPLACE", "ThingGroups": "MERGE"},
        },
        "certificate": {
            "Type": "AWS::IoT::Certificate",
            "Properties": {"CertificateId": {"Ref": "AWS::IoT::Certificate::Id"}, "Status": "ACTIVE"},
        },
    }
    if profile.policy_attach_to == "certificate":
        resources["policy"] = {"Type": "AWS::IoT::Policy", "Properties": {"PolicyName": profile.policy_name}}
    return {
        "Parameters": {**{name: {"Type": "String"} for name in PARAMETERS},
                       "AWS::IoT::Certificate::Id": {"Type": "String"}},
        "Mappings": {"ThingTypes": types},
        "Resources": resources,
    }


def fleet_parameters(profile: Profile, ident: BoardIdentity, thing_name: str, group: str | None) -> dict[str, str]:
    """The RegisterThing parameters for one board (the board sends them; the template reads only these)."""
    if not group:
        raise StationError(_NO_GROUP(model=ident.model, hw=ident.hw_revision), step="identifying",
                           remedy=_NO_GROUP_REMEDY)
    return {"SerialNumber": ident.serial, "ThingName": thing_name, "Model": ident.model,
            "HwRevision": ident.hw_revision, "Station": profile.station_id, "Batch": profile.batch,
            "Group": group}


def claim_policy(profile: Profile, *, partition: str, region: str, account: str) -> dict[str, Any]:
    """The IoT policy of a claim certificate: the fleet provisioning topics of this template and nothing else.

    What AWS documents for the claim: Connect, then Publish/Receive on the create-from-csr and RegisterThing
    request and reply topics, Subscribe on their reply filters. The board connects with its ThingName
    parameter as client id, so Connect is limited to the profile's thing-name prefixes. No jobs, no shadow,
    no ``create/json`` (the board makes its key itself; AWS never sees or sends a private key).
    """
    base = f"arn:{partition}:iot:{region}:{account}"
    template = profile.fleet_claim.template
    prefixes = thing_name_prefixes(profile)
    csr = "$aws/certificates/create-from-csr/json"
    provision = f"$aws/provisioning-templates/{template}/provision/json"
    replies = [f"{t}/{outcome}" for t in (csr, provision) for outcome in ("accepted", "rejected")]
    doc: dict[str, Any] = {"Version": "2012-10-17", "Statement": [
        {"Sid": "ConnectAsAThingOfThisProfile", "Effect": "Allow", "Action": "iot:Connect",
         "Resource": [f"{base}:client/{p}*" for p in prefixes]},
        {"Sid": "AskForACertificateAndRegister", "Effect": "Allow", "Action": "iot:Publish",
         "Resource": [f"{base}:topic/{t}" for t in (csr, provision)]},
        {"Sid": "HearTheAnswers", "Effect": "Allow", "Action": "iot:Subscribe",
         "Resource": [f"{base}:topicfilter/{t}" for t in replies]},
        {"Sid": "ReceiveTheAnswers", "Effect": "Allow", "Action": "iot:Receive",
         "Resource": [f"{base}:topic/{t}" for t in replies]},
    ]}
    check_least_privilege(doc)
    return doc


def fleet_role_trust() -> dict[str, Any]:
    """Only AWS IoT may assume the fleet provisioning role (it does so to apply the template)."""
    return {"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Principal": {"Service": "iot.amazonaws.com"}, "Action": "sts:AssumeRole"}]}


def fleet_role_policy(profile: Profile, *, partition: str, region: str, account: str) -> dict[str, Any]:
    """The writes RegisterThing makes for this template, on this profile's things, groups and types only."""
    iot = f"arn:{partition}:iot:{region}:{account}"
    things = [f"{iot}:thing/{p}*" for p in thing_name_prefixes(profile)]
    groups = [f"{iot}:thinggroup/{g}" for g in profile.all_groups()]
    types = [f"{iot}:thingtype/{t}" for t in sorted({m.thing_type for m in profile.models.values()})]
    certs = f"{iot}:cert/*"
    statements: list[dict[str, Any]] = [
        {"Sid": "CreateOrUpdateTheThing", "Effect": "Allow",
         "Action": ["iot:CreateThing", "iot:UpdateThing", "iot:DescribeThing", "iot:ListThingGroupsForThing"],
         "Resource": things},
        {"Sid": "PutTheThingInItsGroup", "Effect": "Allow", "Action": "iot:AddThingToThingGroup",
         "Resource": [*things, *groups]},
        {"Sid": "ReadTheTypesAndGroups", "Effect": "Allow",
         "Action": ["iot:DescribeThingType", "iot:DescribeThingGroup"], "Resource": [*types, *groups]},
        {"Sid": "ActivateAndAttachTheCertificate", "Effect": "Allow",
         "Action": ["iot:DescribeCertificate", "iot:UpdateCertificate"], "Resource": certs},
        {"Sid": "AttachTheCertificateToTheThing", "Effect": "Allow", "Action": "iot:AttachThingPrincipal",
         "Resource": [certs, *things]},
    ]
    if profile.policy_attach_to == "certificate":
        statements.append({"Sid": "AttachTheDevicePolicy", "Effect": "Allow", "Action": "iot:AttachPolicy",
                           "Resource": certs})
        statements.append({"Sid": "ReadTheDevicePolicy", "Effect": "Allow", "Action": "iot:GetPolicy",
                           "Resource": f"{iot}:policy/{profile.policy_name}"})
    doc: dict[str, Any] = {"Version": "2012-10-17", "Statement": statements}
    check_least_privilege(doc)
    return doc


def ensure_fleet_template(cloud: IotCloud, profile: Profile) -> list[BootstrapAction]:
    """The fleet provisioning role, the claim policy and the template (enabled), each created or brought up
    to date; safe to repeat (a re-run with nothing changed says "exists" everywhere)."""
    where = {"partition": cloud.partition, "region": cloud.target.region, "account": cloud.account_id()}
    role = fleet_role_name(profile)
    done = _ensure_role(cloud, role, fleet_role_policy(profile, **where))
    done.append(_ensure_claim_policy(cloud, claim_policy_name(profile), claim_policy(profile, **where)))
    role_arn = f"arn:{cloud.partition}:iam::{cloud.account_id()}:role/{role}"
    done.append(_ensure_template(cloud, profile.fleet_claim.template, fleet_template_body(profile, **where),
                                 role_arn))
    return done


def _ensure_role(cloud: IotCloud, role: str, wanted: dict[str, Any]) -> list[BootstrapAction]:
    iam = cloud.client("iam")
    out: list[BootstrapAction] = []
    try:
        current = iam.get_role(RoleName=role)["Role"]
        if as_policy_dict(current.get("AssumeRolePolicyDocument")) != fleet_role_trust():
            out.append(BootstrapAction(f"role {role}", "differs", "its trust policy is not exactly "
                                       "iot.amazonaws.com; left unchanged, review it"))
        else:
            out.append(BootstrapAction(f"role {role}", "exists"))
    except ClientError as exc:
        if error_code(exc) not in ("NoSuchEntity", "NoSuchEntityException"):
            raise
        iam.create_role(RoleName=role, AssumeRolePolicyDocument=json.dumps(fleet_role_trust()),
                        Description="AWS IoT applies the fleet provisioning template with this role "
                                    "(provisioning station)")
        out.append(BootstrapAction(f"role {role}", "created"))
    resource = f"role policy {role}/{FLEET_ROLE_POLICY}"
    try:
        have = as_policy_dict(iam.get_role_policy(RoleName=role, PolicyName=FLEET_ROLE_POLICY)["PolicyDocument"])
    except ClientError as exc:
        if error_code(exc) not in ("NoSuchEntity", "NoSuchEntityException"):
            raise
        have = None
    if have == wanted:
        out.append(BootstrapAction(resource, "exists"))
    else:
        # The role's writes follow the profile (its prefixes, groups, types): a changed profile updates them.
        iam.put_role_policy(RoleName=role, PolicyName=FLEET_ROLE_POLICY, PolicyDocument=json.dumps(wanted))
        out.append(BootstrapAction(resource, "created" if have is None else "updated"))
    return out


def _ensure_claim_policy(cloud: IotCloud, name: str, doc: dict[str, Any]) -> BootstrapAction:
    try:
        current = cloud.iot.get_policy(policyName=name)
    except ClientError as exc:
        if error_code(exc) != "ResourceNotFoundException":
            raise
        cloud.iot.create_policy(policyName=name, policyDocument=json.dumps(doc))
        return BootstrapAction(f"policy {name}", "created", "claim certificates: the provisioning topics only")
    if json.loads(current["policyDocument"]) != doc:
        return BootstrapAction(f"policy {name}", "differs", "the claim policy differs from the one rendered for "
                               "this profile; left unchanged, review it")
    return BootstrapAction(f"policy {name}", "exists")


def _ensure_template(cloud: IotCloud, name: str, body: dict[str, Any], role_arn: str) -> BootstrapAction:
    iot, resource = cloud.iot, f"provisioning template {name}"
    try:
        current = iot.describe_provisioning_template(templateName=name)
    except ClientError as exc:
        if error_code(exc) != "ResourceNotFoundException":
            raise
        _while_the_role_propagates(lambda: iot.create_provisioning_template(
            templateName=name, templateBody=json.dumps(body), enabled=True, provisioningRoleArn=role_arn,
            type="FLEET_PROVISIONING", description="Boards register themselves with a claim from the provisioning "
                                                   "station"))
        return BootstrapAction(resource, "created")
    changed: list[str] = []
    if json.loads(current.get("templateBody") or "{}") != body:
        _new_default_version(cloud, name, body)
        changed.append("new default version")
    if not current.get("enabled") or current.get("provisioningRoleArn") != role_arn:
        iot.update_provisioning_template(templateName=name, enabled=True, provisioningRoleArn=role_arn)
        changed.append("enabled with the fleet provisioning role")
    return BootstrapAction(resource, "updated", "; ".join(changed)) if changed else BootstrapAction(resource,
                                                                                                    "exists")


def _while_the_role_propagates(call: Callable[[], object]) -> None:
    """AWS IoT may refuse a role created seconds ago (IAM is eventually consistent: InvalidRequestException
    naming the role); the engineer's one-time bootstrap waits for it, bounded, instead of failing."""
    deadline = time.monotonic() + ROLE_PROPAGATION_SECONDS
    while True:
        try:
            call()
            return
        except ClientError as exc:
            text = str(exc).lower()
            if error_code(exc) != "InvalidRequestException" or "role" not in text or time.monotonic() > deadline:
                raise
        time.sleep(2.0)


def _new_default_version(cloud: IotCloud, name: str, body: dict[str, Any]) -> None:
    """CreateProvisioningTemplateVersion as the default; at AWS's limit of 5 versions, the oldest
    non-default one is deleted first (a template keeps its history otherwise)."""
    iot = cloud.iot
    try:
        iot.create_provisioning_template_version(templateName=name, templateBody=json.dumps(body),
                                                 setAsDefault=True)
        return
    except ClientError as exc:
        if error_code(exc) != "VersionsLimitExceededException":
            raise
    versions = iot.list_provisioning_template_versions(templateName=name).get("versions", [])
    old = sorted((v for v in versions if not v.get("isDefaultVersion")), key=lambda v: int(v["versionId"]))
    if old:
        iot.delete_provisioning_template_version(templateName=name, versionId=int(old[0]["versionId"]))
    iot.create_provisioning_template_version(templateName=name, templateBody=json.dumps(body), setAsDefault=True)
