"""Renders the device and station policy templates from resources/ and refuses over-broad ones."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from importlib import resources
from string import Template
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from station.profile import Profile


class PolicyTooBroad(ValueError):
    """A policy grants a wildcard action the security rules forbid."""


def _template(name: str) -> str:
    return resources.files("resources").joinpath(name).read_text(encoding="utf-8")


def _actions(doc: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for st in doc.get("Statement", []):
        acts = st.get("Action", [])
        out.extend([acts] if isinstance(acts, str) else acts)
    return out


def check_least_privilege(doc: dict[str, Any]) -> None:
    for action in _actions(doc):
        if action in ("*", "iot:*") or action.endswith(":*"):
            raise PolicyTooBroad(f"policy grants '{action}'; grant the individual actions instead")


def device_policy(*, partition: str, region: str, account: str) -> dict[str, Any]:
    # safe_substitute leaves ${iot:Connection.Thing.ThingName} and $aws alone:
    # they are AWS policy variables and topic text, not template fields.
    text = Template(_template("device-policy.json")).safe_substitute(
        partition=partition, region=region, account=account)
    doc: dict[str, Any] = json.loads(text)
    check_least_privilege(doc)
    return doc


#: The station statements that let it receive job execution events over MQTT (and nothing else there).
JOB_EVENT_SIDS = ("ConnectAsThisStationForJobEvents", "SubscribeToJobExecutionEventsOnly",
                  "ReceiveJobExecutionEventsOnly")

#: The certificate modes in which the station creates things and certificates itself, one unit at a time.
PER_UNIT_MODES = ("csr", "csr-or-cloud-keys", "cloud-keys")
#: Statements of those per-unit registry writes: in factory-ca (JITP/JITR) and fleet-claim (the template)
#: AWS IoT makes them with its own provisioning role, so the station role does not get them at all.
PER_UNIT_WRITE_SIDS = ("CreateCertificatesFromBoardCsrs", "AttachCertificatesToStationThingsOnly",
                       "StationThingsJoinConfiguredGroupsOnly", "AttachAPolicyToCertificates")
PER_UNIT_WRITE_ACTIONS = frozenset({"iot:CreateThing", "iot:UpdateThing"})


def fleet_role_name(profile: Profile) -> str:
    """The IAM role AWS IoT applies the profile's fleet template with (one per template: two lines with their
    own templates in one account never rewrite each other's role)."""
    return f"{profile.fleet_claim.template}-provisioning"


def claim_policy_name(profile: Profile) -> str:
    """The IoT policy of claim certificates for the profile's fleet template (a bootstrap-time claim)."""
    return f"{profile.fleet_claim.template}-claim"


def _mode_statements(doc: dict[str, Any], *, cert_mode: str, iot: str, fleet_template: str) -> None:
    """Narrow the rendered station policy to what ``cert_mode`` needs (in place)."""
    if cert_mode in PER_UNIT_MODES:
        return
    kept = []
    for st in doc["Statement"]:
        if st.get("Sid") in PER_UNIT_WRITE_SIDS:
            continue
        if st.get("Sid") == "ThingsUnderTheStationPrefixOnly":
            # Reads only: the duplicate-serial check and following a unit to "registered" (DescribeThing).
            st = {**st, "Sid": "ReadThingsUnderTheStationPrefixOnly",
                  "Action": [a for a in st["Action"] if a not in PER_UNIT_WRITE_ACTIONS]}
        kept.append(st)
    if cert_mode == "factory-ca":
        # Revoking a certificate AWS never saw (signed offline): RegisterCertificate with status REVOKED, so the
        # board's first connect is refused. AWS offers no resource or condition to narrow it (SAR: "*").
        kept.append({"Sid": "RegisterNeverSeenCertificatesAsRevoked", "Effect": "Allow",
                     "Action": ["iot:RegisterCertificate"], "Resource": "*"})
    elif cert_mode == "fleet-claim":
        if not fleet_template:
            raise PolicyTooBroad("fleet-claim needs the provisioning template's name to scope "
                                 "CreateProvisioningClaim to ([certificates.fleet_claim] template)")
        kept.append({"Sid": "ClaimCertificatesForTheFleetTemplateOnly", "Effect": "Allow",
                     "Action": ["iot:CreateProvisioningClaim"],
                     "Resource": f"{iot}:provisioningtemplate/{fleet_template}"})
    doc["Statement"] = kept


def station_iam_policy(*, region: str, account: str, thing_prefix: str | Sequence[str], policy_name: str,
                       groups: list[str], bucket: str, catalog_prefix: str, presign_role: str,
                       thing_types: Sequence[str] = (), records_bucket: str = "",
                       records_prefix: str = "", partition: str | None = None, attach_policy_to: str = "certificate",
                       principal_arn: str = "", station_id: str = "", cert_mode: str = "csr",
                       fleet_template: str = "") -> dict[str, Any]:
    """The station identity's policy; ``thing_prefix`` may list one literal name prefix per model.

    Each statement grants exactly what AWS checks the station's calls against (the Service Authorization
    Reference): certificates for Attach/DetachThingPrincipal (narrowed to the station's things by the
    ``iot:thingArn`` condition key), thing *and* group for AddThingToThingGroup, the *target* for AttachPolicy.
    Left out: the records statements without ``records_prefix`` (an empty prefix would grant the whole bucket);
    AttachPolicy when the device policy sits on the thing groups (``attach_policy_to = "group"``: bootstrap
    attached it once); SimulatePrincipalPolicy without the identity's own ARN (``station cloud check`` then
    says it could not simulate); the job-event MQTT statements (Connect as ``station-<station_id>-*``,
    Subscribe/Receive on ``$aws/events/jobExecution/*`` only) without ``station_id``.

    ``cert_mode`` factory-ca and fleet-claim drop every per-unit registry write (CreateThing, UpdateThing, the
    certificate creates, AttachThingPrincipal, AddThingToThingGroup, AttachPolicy): AWS IoT makes them with its
    own provisioning role. factory-ca adds RegisterCertificate (revoking a certificate AWS never saw),
    fleet-claim CreateProvisioningClaim on ``fleet_template`` only.
    """
    if partition is None:
        from station.cloud.arns import partition_for_region

        partition = partition_for_region(region)
    iot = f"arn:{partition}:iot:{region}:{account}"
    prefixes = [thing_prefix] if isinstance(thing_prefix, str) else list(thing_prefix)
    if not prefixes or not all(prefixes):
        # thing/* would let the station create or rewire any thing of the account.
        raise PolicyTooBroad("the thing name pattern has no literal prefix to scope CreateThing to; start "
                             "[naming] thing_name with fixed text or {model}, e.g. \"{model}-{serial}\"")
    thing_arns = [f"{iot}:thing/{p}*" for p in dict.fromkeys(prefixes)]
    group_arns = [f"{iot}:thinggroup/{g}" for g in groups]
    type_arns = [f"{iot}:thingtype/{t}" for t in dict.fromkeys(thing_types)]
    text = Template(_template("station-iam-policy.json")).safe_substitute(
        partition=partition, region=region, account=account, thing_arns=json.dumps(thing_arns),
        membership_arns=json.dumps([*thing_arns, *group_arns]),
        read_arns=json.dumps([*group_arns, *type_arns, f"{iot}:policy/{policy_name}"]),
        job_resources=json.dumps([f"{iot}:job/*", *thing_arns, *group_arns]),
        bucket=bucket, catalog_prefix=catalog_prefix, presign_role=presign_role,
        records_bucket=records_bucket or bucket, records_prefix=records_prefix, principal_arn=principal_arn,
        station_id=station_id)
    doc: dict[str, Any] = json.loads(text)
    dropped = set()
    if not records_prefix:
        dropped |= {"RecordsUploadAndReadNoDelete", "RecordsListThePrefixOnly"}
    if attach_policy_to == "group":
        dropped.add("AttachAPolicyToCertificates")
    if not principal_arn:
        dropped.add("SimulateOwnPermissions")
    if not station_id:
        dropped |= set(JOB_EVENT_SIDS)
    doc["Statement"] = [st for st in doc["Statement"] if st.get("Sid") not in dropped]
    _mode_statements(doc, cert_mode=cert_mode, iot=iot, fleet_template=fleet_template)
    check_least_privilege(doc)
    return doc


def fleet_engineer_statements(*, partition: str, region: str, account: str, template: str, claim_policy: str,
                              role_name: str) -> list[dict[str, Any]]:
    """What bootstrap needs for fleet-claim: the template (new versions as the profile changes; the oldest
    deleted at AWS's limit of five), the claim policy, and the role AWS IoT applies the template with."""
    iot = f"arn:{partition}:iot:{region}:{account}"
    role = f"arn:{partition}:iam::{account}:role/{role_name}"
    return [
        {"Sid": "ManageTheFleetTemplateOnly", "Effect": "Allow",
         "Action": ["iot:DescribeProvisioningTemplate", "iot:CreateProvisioningTemplate",
                    "iot:UpdateProvisioningTemplate", "iot:CreateProvisioningTemplateVersion",
                    "iot:ListProvisioningTemplateVersions", "iot:DeleteProvisioningTemplateVersion"],
         "Resource": f"{iot}:provisioningtemplate/{template}"},
        {"Sid": "CreateTheClaimPolicyOnly", "Effect": "Allow", "Action": ["iot:GetPolicy", "iot:CreatePolicy"],
         "Resource": f"{iot}:policy/{claim_policy}"},
        {"Sid": "CreateTheFleetProvisioningRole", "Effect": "Allow",
         "Action": ["iam:GetRole", "iam:CreateRole", "iam:GetRolePolicy", "iam:PutRolePolicy"], "Resource": role},
        {"Sid": "PassTheFleetRoleToIotOnly", "Effect": "Allow", "Action": "iam:PassRole", "Resource": role,
         "Condition": {"StringEquals": {"iam:PassedToService": "iot.amazonaws.com"}}},
    ]


def engineer_iam_policy(*, region: str, account: str, policy_name: str, groups: list[str],
                        thing_types: Sequence[str], bucket: str, presign_role: str, partition: str | None = None,
                        attach_policy_to: str = "certificate", job_events: bool = True) -> dict[str, Any]:
    """What `station cloud bootstrap` needs, and nothing the station itself does: create the device policy,
    thing types, groups, catalog bucket and pre-sign role (and attach the policy to the groups)."""
    if partition is None:
        from station.cloud.arns import partition_for_region

        partition = partition_for_region(region)
    iot = f"arn:{partition}:iot:{region}:{account}"
    text = Template(_template("engineer-iam-policy.json")).safe_substitute(
        partition=partition, region=region, account=account, policy_name=policy_name,
        thing_type_arns=json.dumps([f"{iot}:thingtype/{t}" for t in dict.fromkeys(thing_types)]),
        group_arns=json.dumps([f"{iot}:thinggroup/{g}" for g in groups]), bucket=bucket, presign_role=presign_role)
    doc: dict[str, Any] = json.loads(text)
    if attach_policy_to != "group":
        group_only = ("AttachTheDevicePolicyToTheGroups", "SeeWhatIsAttachedToTheGroups")
        doc["Statement"] = [st for st in doc["Statement"] if st.get("Sid") not in group_only]
    if not job_events:
        doc["Statement"] = [st for st in doc["Statement"] if st.get("Sid") != "EnableJobExecutionEvents"]
    check_least_privilege(doc)
    return doc


def thing_name_prefixes(profile: Profile) -> list[str]:
    """Literal name prefixes of every thing the profile can create: each model's pattern (its own, or
    [naming]'s) up to its first placeholder other than {model} ("{model}-{serial}" -> "sensor-a-",
    "gateway-x-"; a model named "nrf-{imei}" -> "nrf-")."""
    prefixes: list[str] = []
    for model, settings in profile.models.items():
        head = re.split(r"{(?!model})", settings.thing_name or profile.thing_name_pattern, maxsplit=1)[0]
        prefixes.append(head.replace("{model}", model))
    if "" in prefixes:
        return [""]  # one pattern starts with a placeholder: no narrower prefix holds for every name
    return list(dict.fromkeys(prefixes))


def station_iam_policy_for(profile: Profile, *, account: str, region: str | None = None,
                           partition: str | None = None, principal_arn: str = "") -> dict[str, Any]:
    """The station IAM policy for one profile (its name prefixes, groups, thing types, catalog, records and
    certificate mode)."""
    return station_iam_policy(
        region=region or profile.cloud.region, account=account, thing_prefix=thing_name_prefixes(profile),
        partition=partition, attach_policy_to=profile.policy_attach_to, principal_arn=principal_arn,
        policy_name=profile.policy_name, groups=profile.all_groups(), bucket=profile.catalog.bucket,
        catalog_prefix=profile.catalog.prefix, presign_role=profile.catalog.presign_role,
        thing_types=sorted({m.thing_type for m in profile.models.values()}),
        records_bucket=profile.records_bucket, records_prefix=profile.records.s3_prefix,
        station_id=profile.station_id if profile.jobs.events else "", cert_mode=profile.cert_mode,
        fleet_template=profile.fleet_claim.template)


def engineer_iam_policy_for(profile: Profile, *, account: str, region: str | None = None,
                            partition: str | None = None) -> dict[str, Any]:
    """The bootstrap (engineer) identity's policy for one profile, with what its certificate mode needs."""
    region = region or profile.cloud.region
    if partition is None:
        from station.cloud.arns import partition_for_region

        partition = partition_for_region(region)
    doc = engineer_iam_policy(
        region=region, account=account, policy_name=profile.policy_name,
        groups=profile.all_groups(), thing_types=sorted({m.thing_type for m in profile.models.values()}),
        bucket=profile.catalog.bucket, presign_role=profile.catalog.presign_role, partition=partition,
        attach_policy_to=profile.policy_attach_to, job_events=profile.jobs.events)
    where = {"partition": partition, "region": region, "account": account}
    if profile.cert_mode == "fleet-claim":
        doc["Statement"] += fleet_engineer_statements(**where, template=profile.fleet_claim.template,
                                                      claim_policy=claim_policy_name(profile),
                                                      role_name=fleet_role_name(profile))
    elif profile.cert_mode == "factory-ca":
        # Imported here: the CA registration module builds on this one (thing_name_prefixes).
        from station.cloud.ca_registration import engineer_ca_statements

        doc["Statement"] += engineer_ca_statements(profile, **where)
    check_least_privilege(doc)
    return doc
