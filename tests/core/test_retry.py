"""Cloud call retries: throttling, 5xx and network errors wait and retry; other errors fail at once."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from botocore.exceptions import ClientError, EndpointConnectionError

from station.cloud.refusals import AccessDenied
from station.cloud.retry import AdaptiveLimiter, CloudCaller, classify
from station.errors import CloudError


def client_error(code: str, status: int = 400) -> ClientError:
    return ClientError({"Error": {"Code": code, "Message": "x"}, "ResponseMetadata": {"HTTPStatusCode": status}},
                       "CreateThing")


def test_classification() -> None:
    assert classify(client_error("ThrottlingException")) == "throttled"
    assert classify(client_error("Whatever", 429)) == "throttled"
    assert classify(client_error("ServiceUnavailableException", 503)) == "server"
    assert classify(EndpointConnectionError(endpoint_url="http://x")) == "network"
    assert classify(client_error("ResourceAlreadyExistsException")) is None
    assert classify(ValueError()) is None


def flaky(errors: list[Exception]) -> Any:
    def call() -> str:
        if errors:
            raise errors.pop(0)
        return "ok"
    return call


def test_throttling_is_waited_out_and_announced() -> None:
    waits: list[tuple[str, str, float, int]] = []
    caller = CloudCaller(None, base_delay=0.001, max_delay=0.01)
    fn = flaky([client_error("ThrottlingException"), client_error("ThrottlingException", 429)])
    result = asyncio.run(caller.call("AttachPolicy", fn, on_wait=lambda *a: waits.append(a)))
    assert result == "ok"
    assert [w[3] for w in waits] == [1, 2]
    assert all("throttling" in w[1] for w in waits)
    assert caller.retries["AttachPolicy"] == 2 and caller.calls["AttachPolicy"] == 3
    assert caller.limiter.rate("AttachPolicy") < 15  # backed off from the documented 15 TPS


def test_other_errors_are_not_retried() -> None:
    caller = CloudCaller(None, base_delay=0.001)
    with pytest.raises(ClientError):  # left to the adapter, which turns "not found"s into results
        asyncio.run(caller.call("DescribeThing", flaky([client_error("ResourceNotFoundException")])))
    assert caller.calls["DescribeThing"] == 1


def test_refusals_are_explained_not_retried() -> None:
    caller = CloudCaller(None, base_delay=0.001)
    with pytest.raises(CloudError, match="AWS refused CreateThing as invalid") as info:
        asyncio.run(caller.call("CreateThing", flaky([client_error("InvalidRequestException")])))
    assert isinstance(info.value.__cause__, ClientError) and "internal error" not in info.value.cause
    assert caller.calls["CreateThing"] == 1
    denied = ClientError({"Error": {"Code": "AccessDeniedException", "Message": (
        "User: arn:aws:iam::1:user/s is not authorized to perform: iot:CreateThing on resource: "
        "arn:aws:iot:us-east-1:1:thing/x because no identity-based policy allows the iot:CreateThing action")}},
        "CreateThing")
    with pytest.raises(AccessDenied) as refused:
        asyncio.run(caller.call("CreateThing", flaky([denied])))
    assert (refused.value.action, refused.value.resource) == ("iot:CreateThing", "arn:aws:iot:us-east-1:1:thing/x")
    assert "may not iot:CreateThing on arn:aws:iot:us-east-1:1:thing/x" in refused.value.cause
    assert "station-iam-policy" in refused.value.remedy


def test_giving_up_after_max_wait_is_a_retryable_cloud_error() -> None:
    caller = CloudCaller(None, max_wait=0.05, base_delay=0.02, max_delay=0.02)
    errors: list[Exception] = [client_error("ThrottlingException") for _ in range(100)]
    with pytest.raises(CloudError) as info:
        asyncio.run(caller.call("CreateThing", flaky(errors)))
    assert info.value.retryable and "throttling" in info.value.cause


def test_limiter_spaces_calls_and_recovers() -> None:
    limiter = AdaptiveLimiter({"X": 50.0})

    async def go() -> float:
        waited = 0.0
        for _ in range(5):
            waited += await limiter.acquire("X")
        return waited
    assert asyncio.run(go()) > 0  # 5 calls at 50 TPS cannot all go at once
    limiter.throttled("X")
    assert limiter.rate("X") == 25.0
    for _ in range(100):
        limiter.succeeded("X")
    assert limiter.rate("X") == 50.0
