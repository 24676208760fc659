"""A real Station over the embedded cloud with the SQLite sink subscribed: two boards, two passed records."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from station.pipeline.events import EventBus, UnitPassed
from station.profile import Profile
from station.records import Outcome, RecordStore, SqliteSink

pytestmark = [pytest.mark.cloud, pytest.mark.timeout(120)]


def test_station_run_writes_one_record_per_board(profile: Profile, embedded: Any, db_path: Path) -> None:
    from station.virtual.fleet import BoardSpec, VirtualFleet
    from tests.integration.helpers import run_station

    assert embedded.cloud is not None
    store = RecordStore(db_path)
    sink = SqliteSink.for_profile(store, profile, operator="it-test")
    bus = EventBus()
    bus.subscribe(sink.on_event)
    with VirtualFleet(specs=[BoardSpec("sensor-a", "B")] * 2) as fleet:
        summary, events, _station = run_station(profile, embedded.cloud, fleet, bus=bus)
        serials = sorted(b.identity.serial for b in fleet.boards)
    sink.close()
    assert summary.passed == 2, summary
    passed = {e.serial: e for e in events if isinstance(e, UnitPassed)}

    records = sorted(store.query(), key=lambda r: r.serial)
    store.close()
    assert [r.serial for r in records] == serials
    for r in records:
        event = passed[r.serial]
        assert r.outcome in (Outcome.PASSED, Outcome.READY)
        assert r.outcome is (Outcome.READY if event.ready else Outcome.PASSED)
        assert r.thing_name == event.thing_name != ""
        assert r.certificate_id == r.certificate_sha256 == event.certificate_id != ""
        assert r.groups == (event.group,)
        assert (r.station_id, r.batch, r.operator) == (profile.station_id, profile.batch, "it-test")
        assert (r.model, r.hw_revision) == ("sensor-a", "B")
        steps = [s.step for s in r.steps]
        assert steps[0] == "identifying" and "registering" in steps and "verifying" in steps
        assert all(s.finished_at is not None for s in r.steps)
        assert r.error is None and sink.errors == 0
