"""The AWS gateway: real botocore clients against a scripted local HTTP server, retried and limited by hooks."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from botocore.exceptions import ClientError, EndpointConnectionError

from station.cloud.adapter import IotCloud
from station.cloud.gateway import Gateway, RetryPolicy
from station.cloud.refusals import AccessDenied
from station.cloud.retry import AdaptiveLimiter, CloudCaller, classify
from station.cloud.session import CloudTarget
from station.errors import CloudError

Answer = tuple[int, dict[str, Any], dict[str, str]]  # status, JSON body, extra headers


class Scripted:
    """An HTTP server answering each request with the next scripted answer (200 {} when none is left)."""

    def __init__(self) -> None:
        self.answers: list[Answer] = []
        self.requests: list[str] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                outer.requests.append(f"{self.command} {self.path}")
                status, body, headers = outer.answers.pop(0) if outer.answers else (200, {}, {})
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for k, v in headers.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _answer

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


def throttle(retry_after: str | None = None) -> Answer:
    headers = {"x-amzn-ErrorType": "ThrottlingException"}
    if retry_after is not None:
        headers["Retry-After"] = retry_after
    return 429, {"message": "Rate exceeded"}, headers


def refuse(code: str, status: int, message: str = "no") -> Answer:
    return status, {"message": message}, {"x-amzn-ErrorType": code}


@pytest.fixture
def server() -> Iterator[Scripted]:
    s = Scripted()
    yield s
    s.server.shutdown()


def cloud_at(server: Scripted, *, max_wait: float = 5.0) -> IotCloud:
    gateway = Gateway(policy=RetryPolicy(max_wait=max_wait, base_delay=0.001, max_delay=0.01))
    return IotCloud(CloudTarget(region="eu-west-1", endpoint_url=server.url, access_key_id="k",
                                secret_access_key="s"), gateway=gateway)


def test_classification() -> None:
    def err(code: str, status: int = 400) -> ClientError:
        return ClientError({"Error": {"Code": code}, "ResponseMetadata": {"HTTPStatusCode": status}}, "X")
    assert classify(err("ThrottlingException")) == "throttled"
    assert classify(err("Whatever", 429)) == "throttled"
    assert classify(err("ServiceUnavailableException", 503)) == "server"
    assert classify(EndpointConnectionError(endpoint_url="http://x")) == "network"
    assert classify(err("ResourceAlreadyExistsException")) is None


def test_throttling_is_waited_out_announced_and_learned(server: Scripted) -> None:
    cloud = cloud_at(server)
    server.answers = [throttle(), throttle(), (200, {"thingName": "t", "thingArn": "arn:t"}, {})]
    waits: list[tuple[str, str, float, int]] = []
    caller = CloudCaller(None, gateway=cloud.gateway)
    found = asyncio.run(caller.call("DescribeThing", cloud.describe_thing, "t", on_wait=lambda *a: waits.append(a)))
    assert found is not None and found["thingName"] == "t"
    assert [w[3] for w in waits] == [1, 2] and all("throttling" in w[1] for w in waits)
    assert caller.calls["DescribeThing"] == 3 and caller.retries["DescribeThing"] == 2
    assert cloud.gateway.limiter.rate("DescribeThing") < AdaptiveLimiter().rate("DescribeThing")


def test_blocking_callers_share_the_same_retry_and_hear_waits(server: Scripted) -> None:
    cloud = cloud_at(server)
    heard: list[str] = []
    cloud.gateway.add_wait_listener(lambda op, why, delay, attempt: heard.append(op))
    server.answers = [refuse("ServiceUnavailableException", 503), (200, {"job": {"jobId": "j"}}, {})]
    assert cloud.iot.describe_job(jobId="j")["job"]["jobId"] == "j"  # a plain boto3 call, as jobs code makes
    assert heard == ["DescribeJob"] and cloud.gateway.retries == {"DescribeJob": 1}


def test_every_page_of_a_paginator_is_gated(server: Scripted) -> None:
    cloud = cloud_at(server)
    server.answers = [(200, {"things": [{"thingName": "a"}], "nextToken": "p2"}, {}), throttle(),
                      (200, {"things": [{"thingName": "b"}], "nextToken": "p3"}, {}),
                      (200, {"things": [{"thingName": "c"}]}, {})]
    pages = cloud.iot.get_paginator("list_things").paginate()
    assert [t["thingName"] for page in pages for t in page["things"]] == ["a", "b", "c"]
    assert cloud.gateway.calls["ListThings"] == 4 and cloud.gateway.retries["ListThings"] == 1


def test_other_errors_are_not_retried(server: Scripted) -> None:
    cloud = cloud_at(server)
    server.answers = [refuse("ResourceNotFoundException", 404)]
    assert cloud.describe_thing("t") is None  # the adapter's own answer to "not found"
    assert cloud.gateway.calls == {"DescribeThing": 1} and not cloud.gateway.retries


def test_refusals_are_explained_not_retried(server: Scripted) -> None:
    cloud = cloud_at(server)
    caller = CloudCaller(None, gateway=cloud.gateway)
    server.answers = [refuse("InvalidRequestException", 400, "thingName bad")]
    with pytest.raises(CloudError, match="AWS refused CreateThing as invalid") as info:
        asyncio.run(caller.call("CreateThing", cloud.create_thing, "t", None, {}))
    assert isinstance(info.value.__cause__, ClientError)
    server.answers = [refuse("AccessDeniedException", 403, (
        "User: arn:aws:iam::1:user/s is not authorized to perform: iot:CreateThing on resource: "
        "arn:aws:iot:us-east-1:1:thing/x because no identity-based policy allows the iot:CreateThing action"))]
    with pytest.raises(AccessDenied) as refused:
        asyncio.run(caller.call("CreateThing", cloud.create_thing, "x", None, {}))
    assert (refused.value.action, refused.value.resource) == ("iot:CreateThing", "arn:aws:iot:us-east-1:1:thing/x")
    assert "station-iam-policy" in refused.value.remedy
    assert cloud.gateway.calls["CreateThing"] == 2 and not cloud.gateway.retries


def test_giving_up_after_max_wait_is_a_retryable_cloud_error(server: Scripted) -> None:
    cloud = cloud_at(server, max_wait=0.05)
    server.answers = [throttle() for _ in range(200)]
    with pytest.raises(CloudError) as info:
        asyncio.run(CloudCaller(None, gateway=cloud.gateway).call("DescribeThing", cloud.describe_thing, "t"))
    assert info.value.retryable and "throttling" in info.value.cause


def test_a_retry_after_hint_is_honoured(server: Scripted) -> None:
    cloud = cloud_at(server)
    waits: list[float] = []
    cloud.gateway.add_wait_listener(lambda op, why, delay, attempt: waits.append(delay))
    server.answers = [throttle(retry_after="0.3"), (200, {"thingName": "t"}, {})]
    cloud.describe_thing("t")
    assert waits and waits[0] >= 0.3  # the server's hint, not the 1-10 ms backoff this gateway is set to


def test_a_lost_certificate_answer_is_not_repeated(server: Scripted) -> None:
    cloud = cloud_at(server)
    server.answers = [refuse("InternalFailureException", 500)]
    with pytest.raises(CloudError, match="answer to CreateCertificateFromCsr was lost") as info:
        asyncio.run(CloudCaller(None, gateway=cloud.gateway).call(
            "CreateCertificateFromCsr", cloud.create_certificate_from_csr, b"csr"))
    assert "station reconcile" in info.value.remedy
    assert cloud.gateway.calls == {"CreateCertificateFromCsr": 1}  # a repeat could issue a second certificate


def test_limiter_spaces_calls() -> None:
    limiter = AdaptiveLimiter({"X": 50.0})

    async def go() -> float:
        return sum([await limiter.acquire("X") for _ in range(5)])
    assert asyncio.run(go()) > 0  # 5 calls at 50 TPS cannot all go at once
    limiter.throttled("X")
    assert limiter.rate("X") == 25.0
    limiter.raise_ceilings({"X": 80.0})
    assert limiter.rate("X") == 80.0


def test_a_budget_shortens_the_wait_for_callers_with_their_own_retry(server: Scripted) -> None:
    cloud = cloud_at(server, max_wait=60.0)
    server.answers = [throttle() for _ in range(500)]
    with Gateway.budget(0.05), pytest.raises(ClientError):  # a check reports, the records outbox tries later
        cloud.describe_thing("t")
    served = len(server.requests)
    assert served < 500  # gave up long before the 60 s policy would have
    server.answers = [throttle(), (200, {"thingName": "t"}, {})]
    assert cloud.describe_thing("t") is not None  # outside the block the policy's patience is back
