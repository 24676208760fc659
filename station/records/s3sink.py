"""S3 record sink: finished attempts go from the outbox in the records database to S3, each exactly once."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import random
import re
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from botocore.exceptions import ClientError, HTTPClientError

from station.cloud.gateway import Gateway
from station.cloud.refusals import explain_refusal
from station.cloud.retry import classify, error_code
from station.logs import redact
from station.pipeline.events import Event, UnitFailed, UnitPassed, UnitRemoved
from station.profile import Profile
from station.records.model import UnitRecord
from station.records.store import RecordStore

if TYPE_CHECKING:
    from station.cloud.adapter import IotCloud

log = logging.getLogger("station.records.s3")

_SAFE = re.compile(r"[^A-Za-z0-9._-]")
# Answers that mean "the object is already there" (the conditional PUT lost to an earlier one) and
# "another conditional PUT of this key is in flight": the first is settled by comparing, the second retried.
_EXISTS = ("PreconditionFailed", "412")
_CONFLICT = ("ConditionalRequestConflict", "409")


def record_body(record: UnitRecord) -> bytes:
    """The JSON stored in S3: sorted keys, so one record always gives the same bytes (compared on re-send)."""
    return json.dumps(record.to_json(), sort_keys=True, separators=(",", ":")).encode("utf-8")


def record_key(prefix: str, station_id: str, record: UnitRecord) -> str:
    """``{prefix}{station}/{yyyy}/{mm}/{dd}/{serial}-{attempt_id}.json``, the date being the UTC start day.

    UTC, so that stations in several time zones (or across a DST change) file a day's records under one date
    and the listing can bound a period by key.
    """
    day = dt.datetime.fromtimestamp(record.started_at, dt.UTC)
    station = _SAFE.sub("_", record.station_id or station_id) or "unknown-station"
    serial = _SAFE.sub("_", record.serial) or "unidentified"
    return f"{prefix}{station}/{day:%Y/%m/%d}/{serial}-{record.attempt_id}.json"


class _Retry(Exception):
    """A send failed in a way worth retrying later (network down, throttling, 5xx, or S3 refusing us)."""

    def __init__(self, reason: str, retryable: bool) -> None:
        super().__init__(reason)
        self.retryable = retryable


class S3RecordSink:
    """A RecordSink that uploads every finished attempt as JSON to S3 from the records database's outbox.

    The outbox is filled by the database itself (a trigger, in the transaction that finishes an attempt), so
    this sink only has to drain it: a worker thread sends pending entries oldest first and marks each one sent.
    While the network is down it backs off and retries; entries stay in the database across restarts and are
    sent when the next sink starts. Each upload is a conditional PUT (``If-None-Match: *``) of a deterministic
    key, so an entry sent twice (the station died after S3 stored it but before it was marked) is stored once.

    Subscribe ``on_event`` after the SqliteSink; it only wakes the worker. ``close`` sends what it can within
    its timeout and leaves the rest in the outbox.
    """

    def __init__(self, store: RecordStore | Path, cloud: IotCloud, bucket: str, prefix: str, station_id: str, *,
                 base_delay: float = 0.5, max_delay: float = 60.0, poll_interval: float = 30.0,
                 call_budget: float = 3.0, clock: Callable[[], float] = time.time) -> None:
        # Only the file: the worker opens a connection of its own (``store`` may be the path itself).
        self.db_path: Path = store.path if isinstance(store, RecordStore) else Path(store)
        #: Seconds one request may spend in the gateway's retries before the record waits in the outbox.
        self.call_budget = call_budget
        self.s3: Any = cloud.client("s3")
        self.bucket = bucket
        self.prefix = prefix
        self.station_id = station_id
        self.base_delay = base_delay
        self.max_delay = max_delay
        self.poll_interval = poll_interval  # backstop for wake-ups lost to event ordering
        self._clock = clock
        self.sent = 0  # entries this sink stored in S3
        self.already_there = 0  # entries S3 already held, byte for byte (an earlier send whose mark was lost)
        self.failures = 0  # failed sends (each followed by a backoff)
        self.waiting = False  # True while backing off after a failure (for the UI: "records waiting for network")
        self.last_error = ""
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._closing = False
        self._thread: threading.Thread | None = None

    @classmethod
    def for_profile(cls, store: RecordStore | Path, cloud: IotCloud, profile: Profile) -> S3RecordSink | None:
        """The sink the profile's [records] section asks for, not started; None when s3_prefix is empty."""
        if not profile.records.enabled:
            return None
        return cls(store, cloud, profile.records_bucket, profile.records.s3_prefix, profile.station_id)

    # -- RecordSink ------------------------------------------------------------------
    def start(self) -> S3RecordSink:
        """Start the worker; it first sends whatever an earlier run left in the outbox."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="records-s3", daemon=True)
            self._thread.start()
        return self

    def on_event(self, event: Event) -> None:
        # Only the end of an attempt queues something; the database trigger has already done it when the
        # SqliteSink (subscribed first) handled this event.
        if isinstance(event, UnitPassed | UnitFailed | UnitRemoved):
            self._wake.set()

    def close(self, timeout: float = 5.0) -> None:
        """Send what can be sent within ``timeout`` (not while the network is down); the rest waits in the outbox."""
        thread = self._thread
        if thread is None:
            return
        self._closing = True
        self._wake.set()
        thread.join(timeout)
        self._stop.set()  # also ends a backoff wait at once
        thread.join(max(1.0, self.max_delay / 10))
        if thread.is_alive():
            log.warning("the S3 record uploader did not stop in time; unsent records stay in the outbox")
        self._thread = None

    # -- helpers for tests and the CLI -------------------------------------------------
    def pending(self) -> int:
        """Entries waiting in the outbox (a read on a connection of the caller's own)."""
        with RecordStore(self.db_path) as store:
            return int(store.outbox_status()["pending"])

    def flush(self, timeout: float = 30.0) -> int:
        """Wake the worker and wait until the outbox is empty or ``timeout`` passes; returns what is left.

        Blocks: never call it on the event loop's thread while the station runs.
        """
        self._wake.set()
        deadline = time.monotonic() + timeout
        while True:
            left = self.pending()
            if left == 0 or time.monotonic() >= deadline:
                return left
            time.sleep(0.05)

    # -- worker --------------------------------------------------------------------------
    def _run(self) -> None:
        # The worker has its own connection: sqlite3 connections belong to their thread, and WAL lets this
        # one mark entries sent while the station's connection writes attempts (busy_timeout covers the rare
        # overlap of two commits).
        try:
            store = RecordStore(self.db_path)
        except Exception:
            log.exception("the S3 record uploader cannot open %s; records stay in the outbox", self.db_path)
            return
        failures_in_a_row = 0
        try:
            while not self._stop.is_set():
                self._wake.clear()
                try:
                    # The outbox is this sink's retry: a request waits out a short hiccup in the gateway,
                    # then the record stays queued and the loop below tries later (a closing station or a
                    # dead network must not block in a 2-minute retry).
                    with Gateway.budget(self.call_budget):
                        self._drain(store)
                except _Retry as exc:
                    failures_in_a_row += 1
                    self.failures += 1
                    self.waiting = True
                    self.last_error = str(exc)
                    delay = min(self.max_delay, self.base_delay * 2 ** (failures_in_a_row - 1))
                    delay *= random.uniform(0.5, 1.0)  # stations that lost the network together do not retry together
                    log_at = logging.WARNING if failures_in_a_row == 1 or not exc.retryable else logging.INFO
                    log.log(log_at, "records not sent to s3://%s/%s (%s); retrying in %.1f s", self.bucket,
                            self.prefix, exc, delay)
                    if self._closing:
                        return  # the network is down: do not hold up the station's exit
                    self._stop.wait(delay)
                    continue
                except Exception:
                    # A bug or a broken database: log, then keep trying at the slowest pace rather than die.
                    log.exception("the S3 record uploader failed")
                    self._stop.wait(self.max_delay)
                    continue
                if failures_in_a_row:
                    log.info("records reach S3 again after %d failed attempt(s)", failures_in_a_row)
                failures_in_a_row = 0
                self.waiting = False
                if self._closing:
                    return
                self._wake.wait(self.poll_interval)
        finally:
            store.close()

    def _drain(self, store: RecordStore) -> None:
        """Send every pending entry, oldest first; raises _Retry at the first that cannot be sent now."""
        while not self._stop.is_set():
            batch = store.pending_uploads()
            if not batch:
                return
            for attempt_id in batch:
                if self._stop.is_set():
                    return
                record = store.get(attempt_id)
                if record is None:  # cannot happen (the outbox row cascades with its attempt); never loop on it
                    store.mark_uploaded(attempt_id, "", at=self._clock())
                    continue
                try:
                    key = self._send(record)
                except _Retry as exc:
                    store.upload_failed(attempt_id, str(exc))
                    raise
                store.mark_uploaded(attempt_id, key, at=self._clock())

    def _send(self, record: UnitRecord) -> str:
        body = record_body(record)
        key = record_key(self.prefix, self.station_id, record)
        if self._put_new(key, body):
            self.sent += 1
            return key
        existing = self._get(key)
        if existing == body:
            self.already_there += 1
            return key
        # Same key, other content: the record changed after it was sent (its outcome was corrected), or this
        # station's database was replaced and attempt ids restarted. Neither copy may be lost, and neither may
        # be stored twice: the new one goes under a key named by its content hash.
        alt = f"{key.removesuffix('.json')}.{hashlib.sha256(body).hexdigest()[:12]}.json"
        log.warning("s3://%s/%s holds another version of attempt %d; storing this one as %s", self.bucket, key,
                    record.attempt_id, alt)
        if self._put_new(alt, body):
            self.sent += 1
        else:
            self.already_there += 1  # same content hash: the same bytes are already there
        return alt

    def _put_new(self, key: str, body: bytes) -> bool:
        """PUT only if the key is free; False when S3 already holds an object there."""
        try:
            self.s3.put_object(Bucket=self.bucket, Key=key, Body=body, ContentType="application/json",
                               IfNoneMatch="*")
            return True
        except ClientError as exc:
            if error_code(exc) in _EXISTS:
                return False
            raise self._retry(exc) from exc
        except Exception as exc:
            raise self._retry(exc) from exc

    def _get(self, key: str) -> bytes:
        try:
            return bytes(self.s3.get_object(Bucket=self.bucket, Key=key)["Body"].read())
        except Exception as exc:
            raise self._retry(exc) from exc

    def _retry(self, exc: BaseException) -> _Retry:
        kind = classify(exc)
        if kind is not None or error_code(exc) in _CONFLICT:
            return _Retry(f"{kind or 'conflict'}: {redact(str(exc))[:200]}", retryable=True)
        if isinstance(exc, HTTPClientError | OSError):  # transport failures classify() does not name
            return _Retry(f"network: {type(exc).__name__}: {redact(str(exc))[:200]}", retryable=True)
        # AccessDenied, NoSuchBucket, ...: retrying will not help until someone fixes the bucket or the role,
        # but dropping the record would lose it. It stays in the outbox and is tried at the slowest pace.
        return _Retry(f"S3 refused the upload ({error_code(exc) or type(exc).__name__}: "
                      f"{redact(str(exc))[:200]}); check the bucket and the station's IAM policy", retryable=False)


# -- listing records of every station --------------------------------------------------------------------------
def _day_key(at: float) -> str:
    return f"{dt.datetime.fromtimestamp(at, dt.UTC):%Y/%m/%d}"


def list_remote_records(cloud: IotCloud, bucket: str, prefix: str, since: float | None = None,
                        until: float | None = None) -> list[dict[str, Any]]:
    """Records of every station under ``prefix`` that started in [since, until) (epoch seconds), oldest first.

    Keys are filed by station and UTC day, so each station's listing starts at the first day of the period and
    stops after its last; only objects of those days are read. When one attempt was stored in two versions
    (see S3RecordSink._send), only the one that finished last is returned.
    """
    s3 = cloud.client("s3")
    paginator = s3.get_paginator("list_objects_v2")
    stations: list[str] = []
    try:
        for page in paginator.paginate(Bucket=bucket, Prefix=prefix, Delimiter="/"):
            stations.extend(p["Prefix"] for p in page.get("CommonPrefixes", []))
    except ClientError as exc:
        # The station's role may list only its records prefix: anything else is a named refusal.
        if (refused := explain_refusal("ListObjectsV2", exc)) is not None:
            raise refused from exc
        raise
    last_day = _day_key(until - 1e-6) if until is not None else None
    found: dict[tuple[str, str, int], dict[str, Any]] = {}
    for station in stations:
        kwargs: dict[str, Any] = {"Bucket": bucket, "Prefix": station}
        if since is not None:
            kwargs["StartAfter"] = station + _day_key(since)  # sorts just before that day's first key
        for page in paginator.paginate(**kwargs):
            keys = [o["Key"] for o in page.get("Contents", []) if o["Key"].endswith(".json")]
            for key in keys:
                day = key[len(station):len(station) + 10]
                if last_day is not None and day > last_day:
                    break
                record: dict[str, Any] = json.loads(s3.get_object(Bucket=bucket, Key=key)["Body"].read())
                started = float(record.get("started_at") or 0.0)
                if (since is not None and started < since) or (until is not None and started >= until):
                    continue
                ident = (str(record.get("station_id", "")), str(record.get("run_id", "")),
                         int(record.get("attempt_id", 0)))
                kept = found.get(ident)
                if kept is None or (record.get("finished_at") or 0) >= (kept.get("finished_at") or 0):
                    found[ident] = record
            else:
                continue
            break  # past the period: the rest of this station's keys are later days
    return sorted(found.values(), key=lambda r: (r.get("started_at") or 0, r.get("station_id", ""),
                                                 r.get("attempt_id", 0)))
