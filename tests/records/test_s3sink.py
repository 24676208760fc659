"""S3 record sink over a real embedded cloud behind a FaultProxy: right keys, outbox through outages and restarts."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from station.cloud.adapter import IotCloud
from station.cloud.refusals import AccessDenied
from station.localcloud.faultproxy import FaultProxy
from station.pipeline.events import Event, EventBus, UnitPassed
from station.profile import Profile, RecordsSettings
from station.records import RecordStore, SqliteSink
from station.records.s3sink import S3RecordSink, list_remote_records, record_body, record_key
from tests.records.events import T0, failing, passing

pytestmark = [pytest.mark.cloud, pytest.mark.timeout(120)]
PREFIX = "records/"
DAY = 86_400.0


@pytest.fixture
def proxy(embedded: Any) -> Iterator[FaultProxy]:
    with FaultProxy(embedded.endpoints.http_url) as p:
        yield p


@pytest.fixture
def cloud(embedded: Any, proxy: FaultProxy, profile: Profile) -> IotCloud:
    """The station's view of the cloud: every request goes through the fault proxy. Its identity holds the
    records statements of a profile whose sink is on (records under PREFIX in the catalog bucket)."""
    embedded.grant(dataclasses.replace(profile, records=RecordsSettings(s3_prefix=PREFIX, bucket="")))
    return IotCloud(dataclasses.replace(embedded.cloud.target, endpoint_url=proxy.url))


@pytest.fixture
def bucket(profile: Profile) -> str:
    return profile.catalog.bucket  # made by bootstrap; the sink's default bucket


def objects(embedded: Any, bucket: str, prefix: str = PREFIX) -> dict[str, bytes]:
    """What S3 holds, read past the proxy (an independent view of the truth)."""
    s3 = embedded.admin_cloud.client("s3")
    out: dict[str, bytes] = {}
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix):
        for o in page.get("Contents", []):
            out[o["Key"]] = s3.get_object(Bucket=bucket, Key=o["Key"])["Body"].read()
    return out


class Line:
    """A records database with the SQLite sink and an S3 sink subscribed, in the order the CLI wires them."""

    def __init__(self, db: Path, cloud: IotCloud, bucket: str, station_id: str = "line-1-pc-2",
                 **sink_kwargs: Any) -> None:
        self.store = RecordStore(db)
        self.sqlite = SqliteSink(self.store, station_id=station_id, batch="b1", operator="qa")
        # A call budget far below the outages injected here: each outage outlasts the gateway's retries,
        # so the records must wait in the outbox (a hiccup within the budget never reaches it).
        kwargs: dict[str, Any] = {"base_delay": 0.1, "max_delay": 0.4, "poll_interval": 0.5, "call_budget": 0.3,
                                  **sink_kwargs}
        self.s3 = S3RecordSink(self.store, cloud, bucket, PREFIX, station_id, **kwargs)
        self.bus = EventBus()
        self.bus.subscribe(self.sqlite.on_event)
        self.bus.subscribe(self.s3.on_event)
        self.s3.start()

    def emit(self, events: list[Event]) -> None:
        for e in events:
            self.bus.emit(e)

    def close(self) -> None:
        self.sqlite.close()
        self.s3.close()
        self.store.close()


@pytest.fixture
def lines() -> Iterator[Callable[..., Line]]:
    made: list[Line] = []

    def make(*args: Any, **kwargs: Any) -> Line:
        made.append(Line(*args, **kwargs))
        return made[-1]

    yield make
    for line in made:
        line.close()


def wait_for(predicate: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "condition not reached in time"
        time.sleep(0.05)


def test_finished_records_are_uploaded_as_json_to_their_keys(embedded: Any, cloud: IotCloud, bucket: str,
                                                            db_path: Path, lines: Callable[..., Line]) -> None:
    line = lines(db_path, cloud, bucket)
    line.emit(passing(1, serial="SN-0001") + failing(2, serial="SN/0002"))
    assert line.s3.flush(10) == 0
    records = {r.serial: r for r in line.store.query()}
    held = objects(embedded, bucket)
    day = "2024/05/01"  # T0 is 2024-05-01 08:00 UTC
    a, b = records["SN-0001"].attempt_id, records["SN/0002"].attempt_id
    assert sorted(held) == sorted([f"records/line-1-pc-2/{day}/SN-0001-{a}.json",
                                   f"records/line-1-pc-2/{day}/SN_0002-{b}.json"])  # "/" in a serial is no folder
    for r in records.values():
        body = held[record_key(PREFIX, "line-1-pc-2", r)]
        assert json.loads(body) == r.to_json()
        assert body == record_body(r)
    stored = json.loads(held[record_key(PREFIX, "", records["SN-0001"])])
    assert (stored["outcome"], stored["station_id"], stored["versions"]) == ("ready", "line-1-pc-2",
                                                                           {"config": "3", "firmware": "1.4.2"})
    assert json.loads(held[record_key(PREFIX, "", records["SN/0002"])])["error"]["step"] == "writing"
    status = line.store.outbox_status()
    assert (status["pending"], status["sent"]) == (0, 2)
    assert (line.s3.sent, line.s3.already_there) == (2, 0)


def test_a_running_attempt_is_not_sent_until_it_finishes(embedded: Any, cloud: IotCloud, bucket: str,
                                                         db_path: Path, lines: Callable[..., Line],
                                                         proxy: FaultProxy) -> None:
    line = lines(db_path, cloud, bucket)
    events = passing(1)
    end = next(i for i, e in enumerate(events) if isinstance(e, UnitPassed))
    line.emit(events[:end])
    assert line.s3.flush(1) == 0  # nothing queued: the attempt runs
    time.sleep(0.6)  # more than one poll interval of the worker
    assert objects(embedded, bucket) == {}
    assert not [route for route in proxy.stats()["by_route"] if route[0] == "PUT"]  # not even tried
    line.emit(events[end:])
    assert line.s3.flush(10) == 0
    assert len(objects(embedded, bucket)) == 1


@pytest.mark.parametrize("outage", ["cut", "503"])
def test_records_wait_in_the_outbox_while_the_network_is_down_and_are_sent_once(
        outage: str, embedded: Any, cloud: IotCloud, bucket: str, db_path: Path, lines: Callable[..., Line],
        proxy: FaultProxy) -> None:
    if outage == "cut":
        proxy.cut(600)  # down until the test brings it back: no race with a busy machine
    else:
        proxy.fail(6, 503)
    line = lines(db_path, cloud, bucket)
    line.emit(passing(1, serial="SN-1") + passing(2, serial="SN-2", start=T0 + 10) + failing(3, serial="SN-3"))
    wait_for(lambda: line.s3.failures >= 2)
    assert line.s3.waiting and line.s3.pending() >= 1
    assert line.store.outbox_status()["last_error"]
    proxy.cut(0)  # the network comes back
    assert line.s3.flush(20) == 0
    held = objects(embedded, bucket)
    assert len(held) == 3  # each record exactly once
    assert {json.loads(b)["serial"] for b in held.values()} == {"SN-1", "SN-2", "SN-3"}
    assert line.s3.sent == 3 and not line.s3.waiting
    stats = proxy.stats()
    if outage == "cut":
        assert stats["dropped"] > 0
    else:
        assert stats["failed"] == 6


def test_a_restart_sends_what_the_last_run_left_in_the_outbox(embedded: Any, cloud: IotCloud, bucket: str,
                                                             db_path: Path, lines: Callable[..., Line],
                                                             proxy: FaultProxy) -> None:
    proxy.cut(60)
    first = lines(db_path, cloud, bucket)
    first.emit(passing(1, serial="SN-A") + failing(2, serial="SN-B"))
    # A unit still running when the station stops is closed as interrupted, and that is queued too.
    events = passing(3, serial="SN-C", start=T0 + 30)
    first.emit(events[:5])
    wait_for(lambda: first.s3.failures >= 1)
    started = time.monotonic()
    first.close()
    assert time.monotonic() - started < 5  # a dead network does not hold up the station's exit
    with RecordStore(db_path) as store:
        assert store.outbox_status()["pending"] == 3
    assert objects(embedded, bucket) == {}

    proxy.reset()  # the network is back; a new station run over the same database
    second = lines(db_path, cloud, bucket)
    assert second.s3.flush(10) == 0
    held = objects(embedded, bucket)
    assert sorted(json.loads(b)["outcome"] for b in held.values()) == ["failed", "interrupted", "ready"]


def test_a_record_sent_but_not_marked_is_stored_once(embedded: Any, cloud: IotCloud, bucket: str, db_path: Path,
                                                      lines: Callable[..., Line]) -> None:
    first = lines(db_path, cloud, bucket)
    first.emit(passing(1))
    assert first.s3.flush(10) == 0
    first.close()
    # The station died after S3 stored the object and before the outbox said so.
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE outbox SET sent_at = NULL")
    conn.commit()
    conn.close()
    again = lines(db_path, cloud, bucket)
    assert again.s3.flush(10) == 0
    assert (again.s3.sent, again.s3.already_there) == (0, 1)
    assert len(objects(embedded, bucket)) == 1


def test_a_replaced_database_loses_nothing_and_stores_nothing_twice(embedded: Any, cloud: IotCloud, bucket: str,
                                                                    tmp_path: Path,
                                                                    lines: Callable[..., Line]) -> None:
    # The station's database was replaced: attempt ids start again at 1 and collide with records in S3.
    old = lines(tmp_path / "old.sqlite", cloud, bucket)
    old.emit(passing(1, serial="SN-X"))
    assert old.s3.flush(10) == 0
    new = lines(tmp_path / "new.sqlite", cloud, bucket)
    new.emit(passing(1, serial="SN-X", start=T0 + 5))
    assert new.s3.flush(10) == 0
    held = objects(embedded, bucket)
    assert len(held) == 2
    assert len({json.loads(b)["run_id"] for b in held.values()}) == 2
    # Re-sending the new database's record finds its content-named copy: still two objects.
    conn = sqlite3.connect(tmp_path / "new.sqlite")
    conn.execute("UPDATE outbox SET sent_at = NULL")
    conn.commit()
    conn.close()
    again = lines(tmp_path / "new.sqlite", cloud, bucket)
    assert again.s3.flush(10) == 0 and again.s3.already_there == 1
    assert len(objects(embedded, bucket)) == 2
    assert len(list_remote_records(cloud, bucket, PREFIX)) == 2


def test_listing_records_of_every_station_by_period(embedded: Any, cloud: IotCloud, bucket: str, tmp_path: Path,
                                                    lines: Callable[..., Line]) -> None:
    one = lines(tmp_path / "one.sqlite", cloud, bucket, station_id="line-1")
    two = lines(tmp_path / "two.sqlite", cloud, bucket, station_id="line-2")
    one.emit(passing(1, serial="D1-A") + passing(2, serial="D3-A", start=T0 + 2 * DAY))
    two.emit(passing(1, serial="D2-B", start=T0 + DAY) + failing(2, serial="D3-B", start=T0 + 2 * DAY + 60))
    assert one.s3.flush(10) == 0 and two.s3.flush(10) == 0

    everything = list_remote_records(cloud, bucket, PREFIX)
    assert [r["serial"] for r in everything] == ["D1-A", "D2-B", "D3-A", "D3-B"]
    middle = list_remote_records(cloud, bucket, PREFIX, since=T0 + DAY - 3600, until=T0 + 2 * DAY)
    assert [(r["serial"], r["station_id"]) for r in middle] == [("D2-B", "line-2")]
    late = list_remote_records(cloud, bucket, PREFIX, since=T0 + 2 * DAY)
    assert [r["serial"] for r in late] == ["D3-A", "D3-B"]
    assert list_remote_records(cloud, bucket, PREFIX, until=T0) == []
    # Another prefix is outside the station's grant: AWS (and the strict cloud) refuse it, in plain words.
    with pytest.raises(AccessDenied, match="s3:ListBucket"):
        list_remote_records(cloud, bucket, "other/")
