"""`station cloud bootstrap`: create the device policy, thing types and groups the profile names, if missing."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from botocore.exceptions import ClientError

from station.cloud.adapter import IotCloud
from station.cloud.policy import device_policy
from station.cloud.retry import error_code
from station.profile import Profile


@dataclass(frozen=True)
class BootstrapAction:
    resource: str  # e.g. "policy provisioning-station-device"
    action: str  # "created", "exists", "attached", "differs"
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
            # Attaching once to the group removes the per-unit AttachPolicy call (15 TPS).
            iot.attach_policy(policyName=name, target=cloud.arn(f"thinggroup/{group}"))
            done.append(BootstrapAction(f"policy {name} -> group {group}", "attached"))
    return done


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
