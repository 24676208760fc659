"""Logs and records never hold a private key or an AWS secret; the log rotates; the fallback key stays in memory."""

from __future__ import annotations

import dataclasses
import json
import logging
import logging.handlers
from pathlib import Path
from typing import Any

import pytest

from station.logs import setup_logging
from tests.logfiles import flushed, station_log

PEM = ("-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\n"
       "VTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK\n-----END RSA PRIVATE KEY-----")
EC_PEM = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBkgYz7xCZh1qS5MdVd3FhKqE0Zt\n-----END EC PRIVATE KEY-----"
SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
TOKEN = "IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQDexampletoken+abc="
SECRETS = ("MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun", "MHcCAQEEIBkgYz7xCZh1qS5MdVd3FhKqE0Zt",
           SECRET, TOKEN, "BEGIN RSA PRIVATE KEY", "BEGIN EC PRIVATE KEY")


def test_keys_and_aws_secrets_never_reach_the_log(log_file: Path) -> None:
    log = logging.getLogger("station.test")
    log.info("key from the cloud: %s", PEM)
    log.debug("response %r", {"keyPair": {"PrivateKey": EC_PEM + "\n", "PublicKey": "..."}})
    log.warning(f"aws_secret_access_key = {SECRET}")
    log.info("credentials %s", json.dumps({"SecretAccessKey": SECRET, "SessionToken": TOKEN}))
    log.info("env AWS_SESSION_TOKEN=%s", TOKEN)
    log.info("header x-amz-security-token: %s", TOKEN)
    try:
        raise RuntimeError(f"the board refused the key {PEM} (aws_secret_access_key={SECRET})")
    except RuntimeError:
        log.exception("write failed")  # the traceback carries the exception's text
    text = flushed(log_file)
    for secret in SECRETS:
        assert secret not in text, secret
    assert text.count("[REDACTED PRIVATE KEY]") == 3 and text.count("[REDACTED]") >= 5
    assert "write failed" in text and "RuntimeError" in text and "the board refused the key" in text


def test_the_log_lives_under_the_user_log_dir(station_home: Path) -> None:
    with station_log() as path:
        assert path == station_home / "logs" / "station.log"


def test_the_log_rotates(log_file: Path) -> None:
    handler = next(h for h in logging.getLogger().handlers if getattr(h, "_station", False))
    assert isinstance(handler, logging.handlers.RotatingFileHandler)
    assert (handler.maxBytes, handler.backupCount) == (2_000_000, 5)
    log = logging.getLogger("station.test")
    line = "x" * 1000
    for i in range(2200):  # ~2.2 MB, past maxBytes
        log.info("%d %s", i, line)
    flushed(log_file)
    assert (log_file.parent / "station.log.1").exists()
    assert log_file.stat().st_size < 2_000_000
    assert not (log_file.parent / "station.log.6").exists()


@pytest.mark.cloud
@pytest.mark.timeout(180)
def test_fallback_cloud_keys_leave_no_private_key_on_the_host(profile: Any, embedded: Any, station_home: Path) -> None:
    """A board that cannot make a CSR gets a cloud-made key: it goes to the board, and nowhere else."""
    from station.cloud.adapter import IotCloud
    from station.domain import ObjectKind
    from station.pipeline.events import EventBus
    from station.records import RecordStore, SqliteSink
    from station.records.s3sink import S3RecordSink
    from station.virtual.fleet import BoardSpec, VirtualFleet
    from tests.integration.helpers import run_station

    root = logging.getLogger()
    level = root.level
    log_path = setup_logging(logging.DEBUG)  # STATION_HOME/logs, everything the station says
    cloud: IotCloud = embedded.cloud
    fallback = dataclasses.replace(profile, cert_mode="csr-or-cloud-keys",
                                   records=dataclasses.replace(profile.records, s3_prefix="records/"))
    embedded.grant(fallback)  # the station's identity gets the records statements for this sink
    store = RecordStore()  # STATION_HOME/data/records.sqlite
    sqlite = SqliteSink.for_profile(store, fallback, operator="security-test")
    uploads = S3RecordSink(store, cloud, fallback.catalog.bucket, "records/", fallback.station_id,
                           base_delay=0.1, max_delay=0.5).start()
    bus = EventBus()
    bus.subscribe(sqlite.on_event)
    bus.subscribe(uploads.on_event)
    try:
        with VirtualFleet(specs=[BoardSpec("sensor-a", "B")], faults={0: "refuse-csr"}) as fleet:
            summary, _events, _station = run_station(fallback, cloud, fleet, bus=bus)
            assert summary.passed == 1, summary.units
            assert fleet.boards[0].stored(ObjectKind.KEY)  # the key went to the board
        sqlite.close()
        assert uploads.flush(20) == 0
        records = [r.to_json() for r in store.query()]
    finally:
        uploads.close()
        store.close()
        for handler in [h for h in root.handlers if getattr(h, "_station", False)]:
            handler.flush()
            root.removeHandler(handler)
            handler.close()
        root.setLevel(level)

    assert records and "PRIVATE KEY" not in json.dumps(records)
    assert log_path.exists() and log_path.stat().st_size > 0
    scanned = [p for p in station_home.rglob("*") if p.is_file()]
    assert any(p.name == "records.sqlite" for p in scanned)
    for path in scanned:  # the log, the records database with its WAL, anything else the run wrote
        assert b"PRIVATE KEY" not in path.read_bytes(), path
    s3 = cloud.client("s3")
    keys = [o["Key"] for o in s3.list_objects_v2(Bucket=fallback.catalog.bucket, Prefix="records/")["Contents"]]
    assert len(keys) == 1
    assert b"PRIVATE KEY" not in s3.get_object(Bucket=fallback.catalog.bucket, Key=keys[0])["Body"].read()
