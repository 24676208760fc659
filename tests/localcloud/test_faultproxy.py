"""Fault proxy in front of the embedded cloud: passthrough, throttling, 5xx, latency, cuts, counters."""

from __future__ import annotations

import statistics
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from botocore.exceptions import ClientError, ConnectionClosedError, EndpointConnectionError

from station.localcloud.faultproxy import FaultProxy, _dechunk, path_template
from station.localcloud.launcher import LocalCloud

from ._helpers import client

pytestmark = pytest.mark.cloud
# botocore's Config(retries={"max_attempts": n}) counts *retries* (n + 1
# attempts in all); total_max_attempts counts attempts.
NO_RETRY: dict[str, Any] = {"retries": {"total_max_attempts": 1}}


@pytest.fixture
def proxy(cloud: LocalCloud) -> Iterator[FaultProxy]:
    with FaultProxy(cloud.endpoints.http_url) as p:
        yield p


def _iot(cloud: LocalCloud, proxy: FaultProxy, **config: Any) -> Any:
    return client(cloud.endpoints, "iot", url=proxy.url, **config)


def test_boto3_through_proxy_and_counters(cloud: LocalCloud, proxy: FaultProxy) -> None:
    assert proxy.url.startswith("http://127.0.0.1:")
    iot = _iot(cloud, proxy)
    name = f"SN-{uuid.uuid4().hex[:6]}"
    iot.create_thing(thingName=name)
    assert iot.describe_thing(thingName=name)["thingName"] == name
    assert name in [t["thingName"] for t in iot.list_things()["things"]]  # same keep-alive connection
    stats = proxy.stats()
    assert stats["total"] == 3 and stats["throttled"] == 0
    assert stats["by_route"] == {("POST", "/things/{}"): 1, ("GET", "/things/{}"): 1, ("GET", "/things"): 1}


def test_s3_put_get_head_through_proxy(cloud: LocalCloud, proxy: FaultProxy) -> None:
    # S3 PutObject exercises Expect: 100-continue; HEAD must keep upstream's Content-Length.
    from botocore.config import Config

    s3 = client(cloud.endpoints, "s3", url=proxy.url, s3={"addressing_style": "path"})
    assert isinstance(Config(), Config)
    bucket = f"fw-{uuid.uuid4().hex[:8]}"
    s3.create_bucket(Bucket=bucket)
    blob = bytes(range(256)) * 4096  # 1 MiB
    s3.put_object(Bucket=bucket, Key="fw/1.0.bin", Body=blob)
    assert s3.get_object(Bucket=bucket, Key="fw/1.0.bin")["Body"].read() == blob
    assert s3.head_object(Bucket=bucket, Key="fw/1.0.bin")["ContentLength"] == len(blob)


def test_throttle_parses_as_throttling_exception(cloud: LocalCloud, proxy: FaultProxy) -> None:
    iot = _iot(cloud, proxy, **NO_RETRY)
    proxy.throttle(2)
    for _ in range(2):  # one attempt each
        with pytest.raises(ClientError) as err:
            iot.list_things()
        assert err.value.response["Error"]["Code"] == "ThrottlingException"
        assert err.value.response["Error"]["Message"] == "Rate exceeded"
        assert err.value.response["ResponseMetadata"]["HTTPStatusCode"] == 429
    iot.list_things()  # the third goes through
    assert proxy.stats()["throttled"] == 2


def test_throttle_match_and_botocore_retries_it(cloud: LocalCloud, proxy: FaultProxy) -> None:
    iot = _iot(cloud, proxy, retries={"mode": "standard", "max_attempts": 3})
    proxy.throttle(1, match=lambda method, path: method == "POST" and path.startswith("/things/"))
    iot.list_things()  # does not match
    assert proxy.stats()["throttled"] == 0
    iot.create_thing(thingName=f"SN-{uuid.uuid4().hex[:6]}")  # throttled once, retried by botocore
    stats = proxy.stats()
    assert stats["throttled"] == 1 and stats["by_route"][("POST", "/things/{}")] == 2


def test_fail_answers_503(cloud: LocalCloud, proxy: FaultProxy) -> None:
    proxy.fail(1)
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(proxy.url + "/_ministack/health", timeout=5)
    assert err.value.code == 503
    with urllib.request.urlopen(proxy.url + "/_ministack/health", timeout=5) as resp:
        assert resp.status == 200
    proxy.fail(1, status=500)
    with pytest.raises(ClientError) as cerr:
        _iot(cloud, proxy, **NO_RETRY).list_things()
    assert cerr.value.response["ResponseMetadata"]["HTTPStatusCode"] == 500
    assert proxy.stats()["failed"] == 2


def test_latency_slows_calls(cloud: LocalCloud, proxy: FaultProxy) -> None:
    iot = _iot(cloud, proxy)
    iot.list_things()  # warm the connection

    def median_call() -> float:
        samples = []
        for _ in range(5):
            t0 = time.perf_counter()
            iot.list_things()
            samples.append(time.perf_counter() - t0)
        return statistics.median(samples)

    fast = median_call()
    proxy.latency = max(0.05, fast * 5)
    slow = median_call()
    assert proxy.latency > 0
    assert slow / fast > 3, (fast, slow)


def test_cut_drops_then_recovers(cloud: LocalCloud, proxy: FaultProxy) -> None:
    iot = _iot(cloud, proxy, connect_timeout=2, read_timeout=2, **NO_RETRY)
    iot.list_things()
    proxy.cut(0.6)
    with pytest.raises((ConnectionClosedError, EndpointConnectionError)):
        iot.list_things()
    assert proxy.stats()["dropped"] >= 1
    time.sleep(0.7)
    iot.list_things()


def test_knobs_change_while_running_from_other_threads(cloud: LocalCloud, proxy: FaultProxy) -> None:
    iot = _iot(cloud, proxy, **NO_RETRY)
    errors: list[str] = []

    def worker() -> None:
        for _ in range(5):
            try:
                # DescribeEndpoint has no AWS quota: only the proxy's own throttling is counted here.
                iot.describe_endpoint(endpointType="iot:Data-ATS")
            except ClientError as e:
                errors.append(e.response["Error"]["Code"])

    proxy.throttle(3)
    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert errors == ["ThrottlingException"] * 3
    assert proxy.stats()["total"] == 20
    proxy.reset()
    assert proxy.stats()["total"] == 0


def test_stop_is_idempotent_and_upstream_must_be_http() -> None:
    p = FaultProxy("http://127.0.0.1:9")
    p.stop()
    p.start()
    p.stop()
    p.stop()
    with pytest.raises(ValueError):
        FaultProxy("https://example.com")


def test_helpers() -> None:
    assert path_template("/things/SN-1/principals?x=1") == "/things/{}/principals"
    assert path_template("/") == "/"
    assert path_template("/keys-and-certificate") == "/keys-and-certificate"
    assert _dechunk(b"4\r\nWiki\r\n6;ext=1\r\npedia \r\n0\r\n\r\n") == b"Wikipedia "
