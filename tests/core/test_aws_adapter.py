"""IotCloud details real AWS cares about: partitions, exclusive attachment, versioned UpdateThing."""

from __future__ import annotations

from typing import Any

import pytest
from botocore.exceptions import ClientError

from station.cloud.adapter import IotCloud
from station.cloud.session import CloudTarget

CERT = "arn:aws:iot:eu-west-1:123456789012:cert/abc"


def error(code: str, status: int = 400) -> ClientError:
    return ClientError({"Error": {"Code": code, "Message": code}, "ResponseMetadata": {"HTTPStatusCode": status}},
                       "AttachThingPrincipal")


class FakeIot:
    """The few IoT client methods these tests call; records every request."""

    def __init__(self, attached: dict[str, list[str]] | None = None, refuse: str = "") -> None:
        self.attached = attached or {}
        self.refuse = refuse
        self.requests: list[tuple[str, dict[str, Any]]] = []

    def attach_thing_principal(self, **kw: Any) -> dict[str, Any]:
        self.requests.append(("attach_thing_principal", kw))
        if self.refuse:
            raise error(self.refuse)
        self.attached.setdefault(kw["thingName"], []).append(kw["principal"])
        return {}

    def list_thing_principals(self, **kw: Any) -> dict[str, Any]:
        self.requests.append(("list_thing_principals", kw))
        return {"principals": self.attached.get(kw["thingName"], [])}

    def get_paginator(self, name: str) -> Any:
        fake = self

        class Pages:
            def paginate(self, **kw: Any) -> list[dict[str, Any]]:
                return [getattr(fake, name)(**kw)]  # one page: these fakes never hold more
        return Pages()

    def create_thing(self, **kw: Any) -> dict[str, Any]:
        raise error("ResourceAlreadyExistsException")

    def describe_thing(self, **kw: Any) -> dict[str, Any]:
        return {"thingArn": "arn:aws:iot:eu-west-1:123456789012:thing/t", "attributes": {"claim": "s@1"},
                "version": 7}

    def update_thing(self, **kw: Any) -> dict[str, Any]:
        self.requests.append(("update_thing", kw))
        return {}


def cloud(region: str = "eu-west-1", iot: FakeIot | None = None) -> IotCloud:
    c = IotCloud(CloudTarget(region=region, endpoint_url="http://127.0.0.1:9", access_key_id="x",
                             secret_access_key="y"), pool=1)
    c.iot = iot or FakeIot()
    c._account = "123456789012"
    return c


@pytest.mark.parametrize(("region", "partition"), [("eu-west-1", "aws"), ("cn-north-1", "aws-cn"),
                                                   ("us-gov-west-1", "aws-us-gov")])
def test_partition_and_arns(region: str, partition: str) -> None:
    c = cloud(region)
    assert c.partition == partition
    assert c.arn("thinggroup/g") == f"arn:{partition}:iot:{region}:123456789012:thinggroup/g"


def test_attach_is_exclusive() -> None:
    iot = FakeIot()
    cloud(iot=iot).attach_principal("t", CERT)
    assert iot.requests == [("attach_thing_principal", {"thingName": "t", "principal": CERT,
                                                        "thingPrincipalType": "EXCLUSIVE_THING"})]


@pytest.mark.parametrize("code", ["ResourceAlreadyExistsException", "InvalidRequestException"])
def test_attach_again_to_the_same_thing_is_success(code: str) -> None:
    iot = FakeIot(attached={"t": [CERT]}, refuse=code)
    cloud(iot=iot).attach_principal("t", CERT)
    assert [r[0] for r in iot.requests] == ["attach_thing_principal", "list_thing_principals"]


def test_attach_of_a_certificate_held_by_another_thing_fails() -> None:
    iot = FakeIot(attached={"other": [CERT]}, refuse="ResourceAlreadyExistsException")
    with pytest.raises(ClientError):
        cloud(iot=iot).attach_principal("t", CERT)


def test_attach_other_errors_are_raised_without_a_lookup() -> None:
    iot = FakeIot(attached={"t": [CERT]}, refuse="UnauthorizedException")
    with pytest.raises(ClientError):
        cloud(iot=iot).attach_principal("t", CERT)
    assert [r[0] for r in iot.requests] == ["attach_thing_principal"]


def test_existing_thing_keeps_its_version_and_update_can_compare_and_set() -> None:
    iot = FakeIot()
    c = cloud(iot=iot)
    existing = c.create_thing("t", "sensor-a", {"serial": "1"})
    assert (existing.created, existing.version, existing.attributes) == (False, 7, {"claim": "s@1"})
    c.update_thing("t", "sensor-a", {"claim": "me@2"}, expected_version=existing.version)
    c.update_thing("t", None, {"claim": "me@3"})
    [(_, versioned), (_, plain)] = [r for r in iot.requests if r[0] == "update_thing"]
    assert versioned["expectedVersion"] == 7 and versioned["thingTypeName"] == "sensor-a"
    assert "expectedVersion" not in plain
