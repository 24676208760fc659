"""The record sinks of one station run: SQLite always, S3 when configured; reports what a crash left."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path

from station.cloud.adapter import IotCloud
from station.pipeline.events import CertificateIssued, Event
from station.pipeline.scheduler import Station
from station.profile import Profile
from station.records.model import Outcome, UnitRecord
from station.records.s3sink import S3RecordSink
from station.records.sink import SqliteSink
from station.records.store import RecordStore, default_path
from station.records.writer import RecordWriter

log = logging.getLogger("station.records")


def _report_interrupted(store: RecordStore, run_id: str, quiet: bool, out: Callable[[str], None]) -> list[UnitRecord]:
    """Mark the running attempts a killed station left behind as interrupted, and say so."""
    interrupted = [r for r in store.interrupted_attempts(exclude_run=run_id) if r.outcome.value == "running"]
    for record in interrupted:
        store.mark_interrupted(record.attempt_id, "the station stopped (crash or kill) during this attempt")
        if not quiet:
            step = next((st.step for st in reversed(record.steps)), "start")
            out(f"interrupted last time: {record.serial or record.port} at {step} "
                f"(attempt {record.attempt_id}); it resumes when its board is plugged in")
    return interrupted


def _keep_certificate(store: RecordStore, event: CertificateIssued) -> None:
    """Keep the certificate an attempt just got (public; a never-seen factory-ca one is revoked with it)."""
    try:
        if not store.keep_certificate_pem(event.certificate_id, event.certificate_pem):
            log.warning("unit %d on %s: the certificate given for %s is not that certificate; not kept", event.unit,
                        event.port, event.certificate_id)
    except Exception:  # as the sink: a record problem never fails a unit; the log says it
        log.exception("could not keep certificate %s of unit %d on %s", event.certificate_id, event.unit, event.port)


def _issued_pem(event: Event) -> CertificateIssued | None:
    return event if isinstance(event, CertificateIssued) and event.certificate_pem else None


class RunRecords:
    """The run's record sinks: SQLite always (as units progress), S3 when the profile names a prefix.

    SQLite is written on the event loop's thread, synchronously (the CLI: a unit's line is printed only once
    its record is committed). The window uses ``ThreadedRunRecords`` instead.
    """

    def __init__(self, profile: Profile, cloud: IotCloud, *, quiet: bool, out: Callable[[str], None] = print) -> None:
        self.sqlite = SqliteSink.for_profile(RecordStore(), profile)
        self.s3 = S3RecordSink.for_profile(self.sqlite.store, cloud, profile)
        # Units a killed station left behind: say so, and mark them, before anything new starts.
        self.interrupted = _report_interrupted(self.sqlite.store, self.sqlite.run_id, quiet, out)

    def attach(self, station: Station) -> None:
        station.bus.subscribe(self.sqlite.on_event)  # first: the S3 sink sends what SQLite finished
        # After the sink, which has written the attempt's certificate id by then: the certificate goes with it.
        station.bus.subscribe(self._keep_certificate)
        if self.s3 is not None:
            station.bus.subscribe(self.s3.start().on_event)

    def _keep_certificate(self, event: Event) -> None:
        if (issued := _issued_pem(event)) is not None:
            _keep_certificate(self.sqlite.store, issued)

    # -- factory-ca: the Station's duplicate check offline and its follow-up (station.pipeline.waiting_cloud) --
    def provisioned_before(self, serial: str) -> str:
        return self.sqlite.provisioned_before(serial)

    def pending(self) -> list[UnitRecord]:
        return self.sqlite.pending_waiting()

    def reached(self, attempt_id: int, outcome: Outcome, detail: str) -> bool:
        return self.sqlite.store.cloud_reached(attempt_id, outcome=outcome, at=time.time(), detail=detail)

    def close(self) -> None:
        self.sqlite.close()
        if self.s3 is not None:
            self.s3.close()


class ThreadedRunRecords:
    """The window's record sinks: as RunRecords, but every SQLite statement runs on the records writer thread.

    The event loop is the window's GUI thread, and a commit that waits on the disk (a WAL checkpoint's fsync,
    the write lock of a ``station records`` run) froze the wall for hundreds of milliseconds. Events are
    committed in order, one transaction each, a moment after they are emitted (see docs/records.md).
    """

    def __init__(self, profile: Profile, cloud: IotCloud, *, quiet: bool, out: Callable[[str], None] = print,
                 path: Path | None = None) -> None:
        self.path = path if path is not None else default_path()
        self.writer = RecordWriter(self.path, station_id=profile.station_id, batch=profile.batch)
        self.s3 = S3RecordSink.for_profile(self.path, cloud, profile)
        self.interrupted = self.writer.call(
            lambda sink: _report_interrupted(sink.store, sink.run_id, quiet, out)).result()

    @property
    def run_id(self) -> str:
        return self.writer.run_id

    def attach(self, station: Station) -> None:
        station.bus.subscribe(self.writer.on_event)
        station.bus.subscribe(self._keep_certificate)  # queued after the event that wrote the certificate id
        if self.s3 is not None:
            # Woken on the writer thread once the finish is committed: the outbox row is there by then.
            self.writer.after_commit(self.s3.start().on_event)

    def _keep_certificate(self, event: Event) -> None:
        if (issued := _issued_pem(event)) is not None:
            self.writer.call(lambda sink: _keep_certificate(sink.store, issued))  # not waited for: the loop goes on

    def unfinished_certificates(self, serial: str) -> list[str]:
        """The Station's resume hint (on the loop; rare: a board whose thing exists). Sees every earlier event."""
        return self.writer.call(lambda sink: sink.store.unfinished_certificates(serial)).result()

    def label_mismatch(self, port: str, unit: int, *, scanned: str, reported: str) -> int | None:
        """Write a label mismatch into the slot's running attempt, else the newest attempt of ``reported``;
        the attempt id, or None when there is none. Blocks until the writer has done it (an operator action)."""
        def write(sink: SqliteSink) -> int | None:
            attempt = sink.attempt_id(port, unit)
            if attempt is None:
                found = sink.store.by_serial(reported) if reported else []
                attempt = found[0].attempt_id if found else None
            if attempt is not None:
                sink.store.label_mismatch(attempt, scanned=scanned, reported=reported)
            return attempt
        return self.writer.call(write).result()

    # -- factory-ca: the Station's duplicate check offline and its follow-up, on the writer thread --------
    def provisioned_before(self, serial: str) -> str:
        return self.writer.call(lambda sink: sink.provisioned_before(serial)).result()

    def pending(self) -> list[UnitRecord]:
        return self.writer.call(lambda sink: sink.pending_waiting()).result()

    def reached(self, attempt_id: int, outcome: Outcome, detail: str) -> bool:
        return self.writer.call(lambda sink: sink.store.cloud_reached(attempt_id, outcome=outcome, at=time.time(),
                                                                       detail=detail)).result()

    def close(self) -> None:
        self.writer.close()  # writes what is queued; running attempts -> interrupted (queued for S3 too)
        if self.s3 is not None:
            self.s3.close()
