"""`station records follow` on the strict embedded cloud: a factory-ca unit provisioned while the cloud was away is
still waiting (exit 1) until its board connects (JITP), then the command records it registered (exit 0); `station
reconcile` reports it as never seen by AWS before, and nothing once it was followed to registered."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from station.cloud.connect import EmbeddedCloud
from station.profile import Profile
from station.records import RecordStore
from station.records.model import Outcome
from station.records.reconcile import NEVER_SEEN, reconcile
from tests.security import test_revoke as revoke_tests
from tests.security.test_revoke import Board, connects, record

pytestmark = [pytest.mark.cloud, pytest.mark.timeout(300)]

#: A SoftHSM2 line CA, a factory-ca profile aimed at the strict embedded cloud, bootstrapped (tests/security).
factory_line = revoke_tests.factory_line


def follow(profile_path: Path, embedded: EmbeddedCloud, home: Path, *, expect: int) -> list[dict[str, Any]]:
    """The real `station records follow --json` in a subprocess, as the station's identity (no PIN: it only looks)."""
    environ = {k: v for k, v in os.environ.items() if k not in ("STATION_PIN", "STATION_CA_PIN")}
    environ.update({**embedded.credentials_env(), "STATION_HOME": str(home)})
    proc = subprocess.run([sys.executable, "-m", "station", "records", "follow", "--profile", str(profile_path),
                           "--json"], stdin=subprocess.DEVNULL, capture_output=True, text=True, env=environ,
                          timeout=120)
    assert proc.returncode == expect, (proc.stdout, proc.stderr)
    return [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]


def test_records_follow_records_a_waiting_unit_registered_once_its_board_connected(
        factory_line: tuple[Path, Profile, Any], embedded: EmbeddedCloud, station_home: Path) -> None:
    path, profile, line_ca = factory_line
    board = Board("sensor-a-FW0001")
    signed = line_ca.sign_csr(board.csr(), revoke_tests._subject(profile, "FW0001"))
    board.chain = signed.chain_pem
    with RecordStore() as store:
        attempt = record(store, profile, "FW0001", board.thing, signed.certificate_id, mode="factory-ca",
                         waiting=True)

    assert embedded.cloud is not None
    with RecordStore() as store:  # `station reconcile` names it: signed here, never seen by AWS
        assert [(f.kind, f.serial) for f in reconcile(embedded.cloud, store, profile.station_id)] == [
            (NEVER_SEEN, "FW0001")]

    [still] = follow(path, embedded, station_home, expect=1)
    assert (still["serial"], still["status"], still["registered"]) == ("FW0001", "", False)
    with RecordStore() as store:
        assert store.get(attempt).outcome == Outcome.WAITING_CLOUD  # type: ignore[union-attr]

    # The board reaches AWS: its first connect provisions it just in time (and is closed), then it connects.
    assert not connects(embedded, board)
    assert connects(embedded, board)

    [found] = follow(path, embedded, station_home, expect=0)
    assert (found["attempt_id"], found["status"], found["registered"]) == (attempt, "ACTIVE", True)
    with RecordStore() as store:
        after = store.get(attempt)
        assert after is not None and after.outcome == Outcome.PASSED
        assert "'station records follow'" in after.steps[-1].detail and after.steps[-1].step == "cloud-follow-up"
        assert store.waiting_cloud() == []
    assert follow(path, embedded, station_home, expect=0) == []  # nothing waits any more
    with RecordStore() as store:  # followed to registered: reconcile has nothing to say about it
        assert reconcile(embedded.cloud, store, profile.station_id) == []


def test_reconcile_follows_a_connected_unit_first_instead_of_calling_it_unfinished(
        factory_line: tuple[Path, Profile, Any], embedded: EmbeddedCloud, station_home: Path) -> None:
    """Between the board's first connect and any follow-up, the unit is registered, not an unfinished thing."""
    _path, profile, line_ca = factory_line
    board = Board("sensor-a-FW0002")
    signed = line_ca.sign_csr(board.csr(), revoke_tests._subject(profile, "FW0002"))
    board.chain = signed.chain_pem
    with RecordStore() as store:
        attempt = record(store, profile, "FW0002", board.thing, signed.certificate_id, mode="factory-ca",
                         waiting=True)
    assert not connects(embedded, board)  # JITP at the first connect
    assert connects(embedded, board)
    assert embedded.cloud is not None
    with RecordStore() as store:
        assert reconcile(embedded.cloud, store, profile.station_id) == []
        after = store.get(attempt)
        assert after is not None and after.outcome == Outcome.PASSED
        assert "station reconcile" in after.steps[-1].detail
