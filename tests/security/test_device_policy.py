"""The device policy: four named MQTT actions, every resource scoped to the connecting thing's own name."""

from __future__ import annotations

from typing import Any

import pytest

from station.cloud.policy import PolicyTooBroad, check_least_privilege, device_policy

THING = "${iot:Connection.Thing.ThingName}"
BASE = "arn:aws:iot:eu-west-1:123456789012"


@pytest.fixture
def doc() -> dict[str, Any]:
    return device_policy(partition="aws", region="eu-west-1", account="123456789012")


def statements(doc: dict[str, Any]) -> list[tuple[str, str]]:
    out = []
    for st in doc["Statement"]:
        assert st["Effect"] == "Allow" and "NotAction" not in st and "NotResource" not in st, st
        actions = [st["Action"]] if isinstance(st["Action"], str) else st["Action"]
        resources = [st["Resource"]] if isinstance(st["Resource"], str) else st["Resource"]
        out += [(a, r) for a in actions for r in resources]
    return out


def test_only_the_four_mqtt_actions_and_no_wildcards(doc: dict[str, Any]) -> None:
    actions = {a for a, _ in statements(doc)}
    assert actions == {"iot:Connect", "iot:Publish", "iot:Subscribe", "iot:Receive"}
    assert all("*" not in a for a in actions)


def test_every_resource_is_scoped_to_the_thing_name(doc: dict[str, Any]) -> None:
    for action, resource in statements(doc):
        assert THING in resource, (action, resource)
        assert resource.startswith(BASE + ":"), resource  # this account and region, never arn:*
        assert resource != "*"
    grants = set(statements(doc))
    assert ("iot:Connect", f"{BASE}:client/{THING}") in grants  # client id must equal the thing name
    for action, kind in (("iot:Publish", "topic"), ("iot:Receive", "topic"), ("iot:Subscribe", "topicfilter")):
        assert {r for a, r in grants if a == action} == {f"{BASE}:{kind}/$aws/things/{THING}/jobs/*"}, action


def test_wildcard_actions_are_refused() -> None:
    for action in ("*", "iot:*", "s3:*"):
        with pytest.raises(PolicyTooBroad):
            check_least_privilege({"Statement": [{"Effect": "Allow", "Action": [action], "Resource": "*"}]})
