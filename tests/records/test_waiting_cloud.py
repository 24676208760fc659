"""Records of factory-ca units "provisioned, waiting for the cloud": their own outcome (v6 schema), kept distinct
from passed in queries and exports, continued (not duplicated) when the station follows them on, and the
records' answer to "was this serial provisioned before?" when the cloud cannot say."""

from __future__ import annotations

import csv
import io
import sqlite3
from pathlib import Path

from station.pipeline.events import (
    Event,
    Identified,
    StepFinished,
    StepStarted,
    UnitPassed,
    UnitRemoved,
    UnitWaitingCloud,
)
from station.pipeline.states import UnitState as S
from station.records.export import write_csv
from station.records.model import Outcome
from station.records.schema import MIGRATIONS
from station.records.sink import SqliteSink
from station.records.store import RecordStore
from tests.records.events import CERT_ID, T0, Clock

PORT = "socket://127.0.0.1:7001"


def waiting(unit: int = 1, serial: str = "SN-0001", *, start: float = T0) -> list[Event]:
    """A factory-ca unit: identified, key, signed, written, verified; the cloud away: waiting for it."""
    t = Clock(start)
    ev: list[Event] = [StepStarted(port=PORT, unit=unit, step=S.IDENTIFYING, at=t()),
                       Identified(port=PORT, unit=unit, serial=serial, model="sensor-a", hw_revision="B",
                                  fw_version="1.0", thing_name=f"sensor-a-{serial}", cert_mode="factory-ca", at=t()),
                       StepFinished(port=PORT, unit=unit, step=S.IDENTIFYING, seconds=0.2, at=t())]
    for step in (S.GENERATING_KEY, S.SIGNING, S.WRITING, S.VERIFYING):
        ev += [StepStarted(port=PORT, unit=unit, step=step, at=t()),
               StepFinished(port=PORT, unit=unit, step=step, seconds=0.2, at=t())]
    ev.append(UnitWaitingCloud(port=PORT, unit=unit, serial=serial, thing_name=f"sensor-a-{serial}",
                               certificate_id=CERT_ID, group="sensor-a-rev-b", seconds=2.0, reason="unreachable",
                               at=t()))
    return ev


def followed(unit: int = 1, serial: str = "SN-0001", *, start: float = T0 + 100) -> list[Event]:
    t = Clock(start)
    return [StepStarted(port=PORT, unit=unit, step=S.CONNECTING, at=t()),
            StepFinished(port=PORT, unit=unit, step=S.CONNECTING, seconds=1.0, at=t()),
            UnitPassed(port=PORT, unit=unit, serial=serial, thing_name=f"sensor-a-{serial}", certificate_id=CERT_ID,
                       group="sensor-a-rev-b", seconds=3.0, round_trips=0, at=t())]


def feed(sink: SqliteSink, events: list[Event]) -> None:
    for event in events:
        sink.on_event(event)


def test_a_waiting_unit_is_its_own_outcome_then_the_same_attempt_passes_when_followed(store: RecordStore) -> None:
    sink = SqliteSink(store, station_id="line-1")
    feed(sink, waiting())
    (record,) = store.by_serial("SN-0001")
    assert record.outcome == Outcome.WAITING_CLOUD and record.cert_mode == "factory-ca"
    assert record.certificate_id == CERT_ID and record.groups == ("sensor-a-rev-b",)
    assert store.query(outcome=Outcome.PASSED) == [] and store.waiting_cloud() == [record]
    assert sink.pending_waiting() == []  # its unit is still there: the station follows it, not the records
    # The export says it in its own words, never "passed".
    out = io.StringIO()
    write_csv([record], out)
    (row,) = csv.DictReader(io.StringIO(out.getvalue()))
    assert (row["outcome"], row["cert_mode"]) == ("waiting-cloud", "factory-ca")

    feed(sink, followed())
    (after,) = store.by_serial("SN-0001")
    assert after.attempt_id == record.attempt_id and after.outcome == Outcome.PASSED
    assert [s.step for s in after.steps][-1] == "connecting"
    sink.close()
    assert store.by_serial("SN-0001")[0].outcome == Outcome.PASSED


def test_a_removed_or_stopped_waiting_unit_stays_waiting_for_a_later_follow_up(store: RecordStore) -> None:
    sink = SqliteSink(store)
    feed(sink, waiting(1, "SN-0001") + waiting(2, "SN-0002"))
    sink.on_event(UnitRemoved(port=PORT, unit=1, at=T0 + 50))
    # unit 2 is being followed when the station stops: it is not "interrupted", it still waits for the cloud
    feed(sink, followed(2, "SN-0002")[:1])
    sink.close()
    assert [r.outcome for r in store.by_serial("SN-0001") + store.by_serial("SN-0002")] == [
        Outcome.WAITING_CLOUD, Outcome.WAITING_CLOUD]
    fresh = SqliteSink(store)  # the next station run follows both through the records
    assert {r.serial for r in fresh.pending_waiting()} == {"SN-0001", "SN-0002"}
    (one,) = store.by_serial("SN-0001")
    assert store.cloud_reached(one.attempt_id, outcome=Outcome.PASSED, at=T0 + 500, detail="registered")
    assert not store.cloud_reached(one.attempt_id, outcome=Outcome.PASSED, at=T0 + 501, detail="again")
    (one,) = store.by_serial("SN-0001")
    assert one.outcome == Outcome.PASSED and [s.step for s in one.steps][-1] == "cloud-follow-up"
    assert [r.serial for r in store.waiting_cloud()] == ["SN-0002"]


def test_the_records_know_a_serial_provisioned_before_in_any_mode(store: RecordStore) -> None:
    sink = SqliteSink(store, station_id="line-1")
    assert sink.provisioned_before("SN-0001") == ""
    feed(sink, waiting(1, "SN-0001"))
    assert "waiting-cloud" in sink.provisioned_before("SN-0001")
    # A failed attempt that never got verified is no provisioning; one verified and failed later is.
    t = Clock(T0 + 1000)
    feed(sink, [StepStarted(port=PORT, unit=5, step=S.IDENTIFYING, at=t()),
                Identified(port=PORT, unit=5, serial="SN-0009", model="sensor-a", hw_revision="B", fw_version="1",
                           thing_name="sensor-a-SN-0009", at=t())])
    assert sink.provisioned_before("SN-0009") == ""  # its own running attempt does not count
    feed(sink, [StepStarted(port=PORT, unit=5, step=S.VERIFYING, at=t()),
                StepFinished(port=PORT, unit=5, step=S.VERIFYING, seconds=0.1, at=t())])
    sink.close()
    assert "attempt" in SqliteSink(store).provisioned_before("SN-0009")


def test_a_v5_database_is_rebuilt_to_v6_with_every_row_and_reference_kept(db_path: Path) -> None:
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    for version in range(5):
        for statement in MIGRATIONS[version]:
            conn.execute(statement) if isinstance(statement, str) else statement(conn)
    conn.execute("PRAGMA user_version = 5")
    conn.execute("INSERT INTO attempts (run_id, port, unit, serial, started_at, outcome, thing_name, certificate_id) "
                 "VALUES ('old', 'COM3', 1, 'SN-OLD', 1700000000.0, 'passed', 'demo-SN-OLD', 'ab')")
    conn.execute("INSERT INTO attempt_steps (attempt_id, seq, step, started_at) VALUES (1, 1, 'identifying', 1.0)")
    conn.execute("INSERT INTO labels (attempt_id, serial, queued_at) VALUES (1, 'SN-OLD', 2.0)")
    conn.execute("INSERT INTO outbox (attempt_id, queued_at) VALUES (1, 2.0)")
    conn.close()

    with RecordStore(db_path) as store:
        (old,) = store.by_serial("SN-OLD")
        assert old.outcome == Outcome.PASSED and old.cert_mode == "" and [s.step for s in old.steps] == ["identifying"]
        assert [label.attempt_id for label in store.labels(serial="SN-OLD")] == [old.attempt_id]
        assert store.pending_uploads() == [old.attempt_id]  # the outbox row survived the rebuild
        # v6 keeps certificates (public): a v5 row keeps none, and its attempt can keep one from now on.
        assert store.certificate_pem("ab") == ""
        from tests.records.test_certificate_pem import chain
        cid, pem, _ = chain("demo-SN-OLD")
        store.set_certificate(old.attempt_id, thing_name="demo-SN-OLD", certificate_id=cid)
        assert store.keep_certificate_pem(cid, pem) and store.certificate_pem(cid) == pem
        # The outbox trigger was made again: a waiting attempt that passes later is queued for S3 again.
        attempt = store.begin_attempt(run_id="new", port="COM4", unit=1, at=3.0)
        store.finish_waiting_cloud(attempt, at=4.0, serial="SN-NEW", thing_name="t", certificate_id="cd",
                                   groups=[], seconds=1.0, round_trips=0)
        store.mark_uploaded(attempt, "key")
        store.cloud_reached(attempt, outcome=Outcome.PASSED, at=5.0, detail="registered")
        assert attempt in store.pending_uploads()
    check = sqlite3.connect(db_path)
    assert check.execute("PRAGMA foreign_key_check").fetchall() == []
    assert check.execute("PRAGMA foreign_keys").fetchone() == (0,)  # a fresh connection: the default
    names = {r[0] for r in check.execute("SELECT name FROM sqlite_master WHERE tbl_name = 'attempts'")}
    assert {"attempts_serial", "attempts_unfinished", "attempts_waiting", "attempts_certificate",
            "attempts_to_outbox"} <= names


def test_the_windows_threaded_records_answer_the_station_on_their_writer_thread(tmp_path: Path) -> None:
    from station.profile import load_profile
    from station.records.run import ThreadedRunRecords

    profile = load_profile(None)
    records = ThreadedRunRecords(profile, None, quiet=True, path=tmp_path / "records.sqlite")  # type: ignore[arg-type]
    try:
        for event in waiting(1, "SN-0001"):
            records.writer.on_event(event)
        assert "waiting-cloud" in records.provisioned_before("SN-0001")
        assert records.pending() == []  # unit 1 is still there: the station follows it
        records.writer.on_event(UnitRemoved(port=PORT, unit=1, at=T0 + 50))
        (pending,) = records.pending()
        assert records.reached(pending.attempt_id, Outcome.PASSED, "registered")
        assert records.pending() == []
    finally:
        records.close()
    with RecordStore(tmp_path / "records.sqlite") as store:
        assert store.by_serial("SN-0001")[0].outcome == Outcome.PASSED
