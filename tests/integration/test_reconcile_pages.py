"""`station reconcile` reads every page of every listing, as AWS pages them (ListThings at most 250 a page)."""

from __future__ import annotations

import dataclasses
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from station.cloud.adapter import IotCloud
from station.cloud.connect import EmbeddedCloud
from station.localcloud.faultproxy import FaultProxy, operation
from station.records import RecordStore
from station.records.reconcile import reconcile
from tests.integration.helpers import iot_client
from tests.integration.test_reconcile import crashed_attempt, csr_for

pytestmark = pytest.mark.timeout(240)
THINGS = 25
LOOSE = 7


def test_reconcile_follows_every_page(tmp_path: Path, embedded: EmbeddedCloud) -> None:
    cloud, endpoints = embedded.cloud, embedded.endpoints
    assert cloud is not None and endpoints is not None
    iot = iot_client(cloud)

    def make(i: int) -> None:  # things station "line-1" made and never finished (no record at all)
        iot.create_thing(thingName=f"sensor-a-PAGE{i:04d}", thingTypeName="sensor-a",
                         attributePayload={"attributes": {"station": "line-1", "serial": f"PAGE{i:04d}"}})

    with ThreadPoolExecutor(4) as pool:
        list(pool.map(make, range(THINGS)))
    store = RecordStore(tmp_path / "records.sqlite")
    crashed_attempt(store, "SN9", "sensor-a-SN9")
    time.sleep(0.05)
    loose = {cloud.create_certificate_from_csr(csr_for("sensor-a-SN9")).certificate_id for _ in range(LOOSE)}

    # The embedded cloud answers every listing in one page; the proxy pages them the way AWS does, small.
    with FaultProxy(endpoints.http_url) as proxy:
        proxy.page(operation("ListThings"), "things", 10)
        proxy.page(operation("ListCertificates"), "certificates", 3, token="marker", next_key="nextMarker")
        paged = IotCloud(dataclasses.replace(cloud.target, endpoint_url=proxy.url))
        findings = reconcile(paged, store, "line-1")
        listings = proxy.stats()["by_route"]
    store.close()
    assert {f.resource for f in findings if f.kind == "unfinished-thing"} == {
        f"sensor-a-PAGE{i:04d}" for i in range(THINGS)}
    assert {f.resource for f in findings if f.kind == "unrecorded-certificate"} == loose
    assert listings[("GET", "/things")] == 3 and listings[("GET", "/certificates")] >= 3  # every page, once
