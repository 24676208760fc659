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


def station_iam_policy(*, region: str, account: str, thing_prefix: str | Sequence[str], policy_name: str,
                       groups: list[str], bucket: str, catalog_prefix: str, presign_role: str,
                       thing_types: Sequence[str] = (), records_bucket: str = "",
                       records_prefix: str = "", partition: str | None = None, attach_policy_to: str = "certificate",
                       principal_arn: str = "", station_id: str = "") -> dict[str, Any]:
    """The station identity's policy; ``thing_prefix`` may list one literal name prefix per model.

    Each statement grants exactly what AWS checks the station's calls against (the Service Authorization
    Reference): certificates for Attach/DetachThingPrincipal (narrowed to the station's things by the
    ``iot:thingArn`` condition key), thing *and* group for AddThingToThingGroup, the *target* for AttachPolicy.
    Left out: the records statements without ``records_prefix`` (an empty prefix would grant the whole bucket);
    AttachPolicy when the device policy sits on the thing groups (``attach_policy_to = "group"``: bootstrap
    attached it once); SimulatePrincipalPolicy without the identity's own ARN (``station cloud check`` then
    says it could not simulate); the job-event MQTT statements (Connect as ``station-<station_id>-*``,
    Subscribe/Receive on ``$aws/events/jobExecution/*`` only) without ``station_id``.
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
    check_least_privilege(doc)
    return doc


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
    """The station IAM policy for one profile (its name prefixes, groups, thing types, catalog and records)."""
    return station_iam_policy(
        region=region or profile.cloud.region, account=account, thing_prefix=thing_name_prefixes(profile),
        partition=partition, attach_policy_to=profile.policy_attach_to, principal_arn=principal_arn,
        policy_name=profile.policy_name, groups=profile.all_groups(), bucket=profile.catalog.bucket,
        catalog_prefix=profile.catalog.prefix, presign_role=profile.catalog.presign_role,
        thing_types=sorted({m.thing_type for m in profile.models.values()}),
        records_bucket=profile.records_bucket, records_prefix=profile.records.s3_prefix,
        station_id=profile.station_id if profile.jobs.events else "")


def engineer_iam_policy_for(profile: Profile, *, account: str, region: str | None = None,
                            partition: str | None = None) -> dict[str, Any]:
    """The bootstrap (engineer) identity's policy for one profile."""
    return engineer_iam_policy(
        region=region or profile.cloud.region, account=account, policy_name=profile.policy_name,
        groups=profile.all_groups(), thing_types=sorted({m.thing_type for m in profile.models.values()}),
        bucket=profile.catalog.bucket, presign_role=profile.catalog.presign_role, partition=partition,
        attach_policy_to=profile.policy_attach_to, job_events=profile.jobs.events)
