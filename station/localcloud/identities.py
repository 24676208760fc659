"""The embedded cloud's IAM identities: the station's least-privilege user and the engineer's bootstrap user."""

# On a real account the line engineer creates these once (an IAM role for the line PC, an engineer role for
# bootstrap) from the same rendered policies. In the embedded cloud the account administrator (ministack's
# root key "test") creates them at every start, so the demo, the self-test and every test run the station
# with exactly the rights the profile's policy grants, judged by the strict evaluator as AWS judges them.

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from botocore.exceptions import ClientError

from station.cloud.adapter import IotCloud
from station.cloud.policy import engineer_iam_policy_for, station_iam_policy_for
from station.cloud.retry import error_code
from station.profile import Profile

#: IAM user names in the embedded account (fixed: one station and one engineer per embedded cloud).
STATION_USER = "provisioning-station"
ENGINEER_USER = "station-engineer"
#: Inline policy names on those users.
STATION_POLICY = "station-least-privilege"
ENGINEER_POLICY = "bootstrap-least-privilege"


@dataclass(frozen=True)
class LocalIdentity:
    """An IAM user of the embedded account and its access key (the key is local and worthless elsewhere)."""

    user: str
    arn: str
    access_key_id: str
    secret_access_key: str


@dataclass(frozen=True)
class Identities:
    station: LocalIdentity
    engineer: LocalIdentity


def _user(iam: Any, name: str) -> str:
    try:
        return str(iam.get_user(UserName=name)["User"]["Arn"])
    except ClientError as exc:
        if error_code(exc) not in ("NoSuchEntity", "NoSuchEntityException"):
            raise
    return str(iam.create_user(UserName=name)["User"]["Arn"])


def _fresh_key(iam: Any, name: str) -> tuple[str, str]:
    # A secret cannot be read back, so every start issues a new key and deletes the old ones (AWS allows
    # two per user; a persisted embedded cloud would otherwise pile them up).
    for key in iam.list_access_keys(UserName=name).get("AccessKeyMetadata", []):
        iam.delete_access_key(UserName=name, AccessKeyId=key["AccessKeyId"])
    key = iam.create_access_key(UserName=name)["AccessKey"]
    return str(key["AccessKeyId"]), str(key["SecretAccessKey"])


def put_policy(admin: IotCloud, user: str, policy_name: str, document: dict[str, Any]) -> None:
    """Replace the user's inline policy (the account administrator's call)."""
    admin.client("iam").put_user_policy(UserName=user, PolicyName=policy_name, PolicyDocument=json.dumps(document))


def station_policy(admin: IotCloud, profile: Profile) -> dict[str, Any]:
    """The station policy rendered for ``profile`` in the embedded account, simulation of itself included."""
    arn = f"arn:{admin.partition}:iam::{admin.account_id()}:user/{STATION_USER}"
    return station_iam_policy_for(profile, account=admin.account_id(), region=admin.target.region,
                                  partition=admin.partition, principal_arn=arn)


def grant(admin: IotCloud, profile: Profile) -> None:
    """Give both identities exactly the policies rendered for ``profile`` (e.g. after the profile changed)."""
    put_policy(admin, STATION_USER, STATION_POLICY, station_policy(admin, profile))
    put_policy(admin, ENGINEER_USER, ENGINEER_POLICY,
               engineer_iam_policy_for(profile, account=admin.account_id(), region=admin.target.region,
                                       partition=admin.partition))


def ensure_identities(admin: IotCloud, profile: Profile) -> Identities:
    """Create (or refresh) the station and engineer users, their policies for ``profile`` and new keys."""
    iam = admin.client("iam")
    made = {}
    for user in (STATION_USER, ENGINEER_USER):
        arn = _user(iam, user)
        key_id, secret = _fresh_key(iam, user)
        made[user] = LocalIdentity(user, arn, key_id, secret)
    grant(admin, profile)
    return Identities(station=made[STATION_USER], engineer=made[ENGINEER_USER])
