"""Record sinks: listeners on the pipeline's EventBus; the SQLite sink writes each step as it finishes."""

from __future__ import annotations

import getpass
import logging
import time
import uuid
from typing import Protocol, runtime_checkable

from station.pipeline.events import (
    CertificateIssued,
    Event,
    Identified,
    LabelStatus,
    PortIgnored,
    StepFinished,
    StepStarted,
    UnitDetected,
    UnitFailed,
    UnitPassed,
    UnitRemoved,
    UnitWaitingCloud,
)
from station.pipeline.states import UnitState
from station.profile import Profile
from station.records.model import UnitRecord
from station.records.store import RecordStore
from station.safetext import clean_fields

log = logging.getLogger("station.records")


@runtime_checkable
class RecordSink(Protocol):
    """Anything that turns pipeline events into records (SQLite here; an S3 uploader later).

    ``on_event`` is called on the event loop's thread for every event, in emission order, and must return
    quickly; ``close`` is called once when the station stops.
    """

    def on_event(self, event: Event) -> None: ...

    def close(self) -> None: ...


def default_operator() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name (service account, container without passwd entry)
        return ""


class SqliteSink:
    """Writes one attempt per unit run into a RecordStore, committing each event that changes it.

    Subscribe ``sink.on_event`` to ``Station.bus``. An attempt starts at the unit's first step (a restart of
    a finished unit starts a new one) and ends with UnitPassed / UnitFailed, or as ``interrupted`` when its
    board is removed or the station stops (``close``). A station that dies leaves it ``running``.
    """

    def __init__(self, store: RecordStore, *, station_id: str = "", batch: str = "", operator: str | None = None,
                 run_id: str | None = None) -> None:
        self.store = store
        self.station_id = station_id
        self.batch = batch
        self.operator = default_operator() if operator is None else operator
        self.run_id = run_id or uuid.uuid4().hex
        self.errors = 0  # writes that failed (logged); a record problem never fails a unit
        self._open: dict[tuple[str, int], int] = {}  # (port, unit number) -> attempt id still running
        #: (port, unit number) -> the attempt that passed: the one the unit's label describes.
        self._passed: dict[tuple[str, int], int] = {}
        #: (port, unit number) -> its attempt "provisioned, waiting for the cloud": the station may follow the
        #: same unit on to registered/ready later, which continues that attempt instead of starting one.
        self._waiting: dict[tuple[str, int], int] = {}
        #: Waiting attempts being followed on: stopped or removed meanwhile, they stay waiting (not interrupted).
        self._resumed: set[int] = set()

    @classmethod
    def for_profile(cls, store: RecordStore, profile: Profile, *, operator: str | None = None) -> SqliteSink:
        return cls(store, station_id=profile.station_id, batch=profile.batch, operator=operator)

    def attempt_id(self, port: str, unit: int) -> int | None:
        """The running attempt of this unit, if any (for the UI: link a slot to its record)."""
        return self._open.get((port, unit)) or self._waiting.get((port, unit))

    def held(self) -> set[int]:
        """Attempts a unit of this run still holds (running, or waiting for the cloud on a present board)."""
        return {*self._open.values(), *self._waiting.values()}

    def pending_waiting(self) -> list[UnitRecord]:
        """Attempts "provisioned, waiting for the cloud" that no unit of this run follows (board gone, older runs)."""
        held = self.held()
        return [r for r in self.store.waiting_cloud() if r.attempt_id not in held]

    def provisioned_before(self, serial: str) -> str:
        """An earlier verified attempt of ``serial`` in the records, described ("" if none): factory-ca offline."""
        running = set(self._open.values())  # a unit's own attempt in progress; a waiting one does count
        earlier = [r for r in self.store.verified_attempts(serial) if r.attempt_id not in running]
        if not earlier:
            return ""
        r = earlier[0]
        return f"attempt {r.attempt_id}, {r.outcome.value}, thing {r.thing_name}, station {r.station_id}"

    def on_event(self, event: Event) -> None:
        try:
            # Board and device text is stored with its control and bidi characters escaped, so that
            # `records search` and the QA view never replay a board's escape codes.
            self._apply(clean_fields(event))
        except Exception:
            # Never let a full disk or a locked file turn into a failed unit on the line; the log says it
            # and ``errors`` lets the UI show that traceability is broken.
            self.errors += 1
            log.exception("could not record %s of unit %d on %s", event.kind, event.unit, event.port)

    def _apply(self, event: Event) -> None:
        if isinstance(event, PortIgnored):
            return  # not a unit: nothing was attempted (the log says why the port was left alone)
        if isinstance(event, LabelStatus):
            self._label(event)
            return
        key = (event.port, event.unit)
        if isinstance(event, UnitRemoved):
            self._waiting.pop(key, None)  # stays waiting in the records: a later follow-up finds it
            attempt = self._open.pop(key, None)
            # Removed mid-run: the scheduler cancelled the unit, no result will come.
            if attempt is not None and attempt not in self._resumed:
                self.store.mark_interrupted(attempt, "the board was removed while it was being provisioned",
                                            at=event.at)
            return
        if isinstance(event, UnitDetected):
            return  # the attempt starts with the first step: a restart of the unit emits no new detection
        attempt = self._open.get(key)
        if attempt is None and key in self._waiting:
            if isinstance(event, StepStarted) and event.step not in (UnitState.CONNECTING, UnitState.UPDATING):
                del self._waiting[key]  # the unit was started again: a new attempt
            elif isinstance(event, StepStarted | StepFinished | UnitPassed | UnitFailed | UnitWaitingCloud):
                attempt = self._open[key] = self._waiting.pop(key)  # followed on once the cloud was back
                self._resumed.add(attempt)
        if attempt is None:
            # Progress/Waiting of a finished unit carry nothing to record; anything else starts an attempt
            # (a UnitFailed may come before any step, e.g. when the port cannot be opened).
            if not isinstance(event, StepStarted | StepFinished | Identified | UnitFailed | UnitPassed
                              | CertificateIssued | UnitWaitingCloud):
                return
            attempt = self.store.begin_attempt(run_id=self.run_id, port=event.port, unit=event.unit, at=event.at,
                                               station_id=self.station_id, operator=self.operator,
                                               batch=self.batch)
            self._open[key] = attempt
        if isinstance(event, StepStarted):
            self.store.step_started(attempt, event.step.value, event.at)
        elif isinstance(event, StepFinished):
            self.store.step_finished(attempt, event.step.value, event.at, event.seconds, event.detail)
        elif isinstance(event, CertificateIssued):
            self.store.set_certificate(attempt, thing_name=event.thing_name, certificate_id=event.certificate_id)
        elif isinstance(event, Identified):
            self.store.identify(attempt, serial=event.serial, model=event.model, hw_revision=event.hw_revision,
                                fw_version=event.fw_version, thing_name=event.thing_name, cert_mode=event.cert_mode)
        elif isinstance(event, UnitPassed):
            del self._open[key]
            self._passed[key] = attempt
            self.store.finish_passed(attempt, at=event.at, serial=event.serial, thing_name=event.thing_name,
                                     certificate_id=event.certificate_id, groups=[event.group] if event.group else [],
                                     versions=event.versions, ready=event.ready, seconds=event.seconds,
                                     round_trips=event.round_trips)
        elif isinstance(event, UnitWaitingCloud):
            del self._open[key]
            self._waiting[key] = attempt
            self.store.finish_waiting_cloud(attempt, at=event.at, serial=event.serial, thing_name=event.thing_name,
                                            certificate_id=event.certificate_id,
                                            groups=[event.group] if event.group else [], seconds=event.seconds,
                                            round_trips=0)
        elif isinstance(event, UnitFailed):
            del self._open[key]
            self.store.finish_failed(attempt, at=event.at, step=event.step.value, cause=event.cause,
                                     remedy=event.remedy, created=event.created, cause_message=event.cause_message,
                                     remedy_message=event.remedy_message)
        # Progress and Waiting are not written: they are frequent and the steps' timestamps already say
        # where the time went.

    def _label(self, event: LabelStatus) -> None:
        """One row per label job of this run: inserted when queued, updated until printed (or failed)."""
        label = self.store.open_label(event.serial, self.run_id)
        if label is None:
            if event.state not in ("queued", "printing"):
                return  # nothing open: an outcome of a job this sink did not see queued (it never inserts one)
            attempt = self._passed.get((event.port, event.unit)) or self.store.labelled_attempt(event.serial)
            label = self.store.label_queued(serial=event.serial, at=event.at, attempt_id=attempt,
                                            run_id=self.run_id, port=event.port, unit=event.unit,
                                            copies=event.copies, reprint=event.reprint, detail=event.detail)
        if event.state != "queued" or event.detail:
            self.store.label_update(label, outcome=event.state, at=event.at, detail=event.detail)

    def close(self) -> None:
        """The station stops: attempts still running were cancelled, so they end as interrupted."""
        now = time.time()
        for attempt in self._open.values():
            if attempt in self._resumed:
                continue  # still "provisioned, waiting for the cloud": a later follow-up finds it
            try:
                self.store.mark_interrupted(attempt, "the station was stopped while the unit was being provisioned",
                                            at=now)
            except Exception:
                self.errors += 1
                log.exception("could not mark attempt %d interrupted", attempt)
        self._open.clear()
