"""Renders the device and station policy templates from resources/ and refuses over-broad ones."""

from __future__ import annotations

import json
from importlib import resources
from string import Template
from typing import Any


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


def station_iam_policy(*, region: str, account: str, thing_prefix: str, policy_name: str,
                       groups: list[str], bucket: str, catalog_prefix: str, presign_role: str) -> dict[str, Any]:
    group_arns = json.dumps([f"arn:aws:iot:{region}:{account}:thinggroup/{g}" for g in groups])
    text = Template(_template("station-iam-policy.json")).safe_substitute(
        region=region, account=account, thing_prefix=thing_prefix, policy_name=policy_name,
        group_arns=group_arns, bucket=bucket, catalog_prefix=catalog_prefix, presign_role=presign_role)
    doc: dict[str, Any] = json.loads(text)
    check_least_privilege(doc)
    return doc
