"""Per-slot state of the operator wall, fed by core events; plain Python so tests can assert on it directly."""

from __future__ import annotations

import enum
import logging
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from station.pipeline.events import (
    Event,
    Identified,
    LabelStatus,
    PortIgnored,
    Progress,
    StepFinished,
    StepStarted,
    UnitDetected,
    UnitFailed,
    UnitPassed,
    UnitRemoved,
    UnitWaitingCloud,
    Waiting,
)
from station.pipeline.states import UnitState
from station.rate import RollingRate
from ui.i18n import QT_TRANSLATE_NOOP, tr_message
from ui.operator.scan import ScanMatcher, ScanOutcome, ScanRecord, ScanStatus
from ui.words import duration, state_words, step_name

S = UnitState
#: Steps of a run that stops once registered, and the two more of a run that follows jobs to "ready".
REGISTER_STEPS = (S.IDENTIFYING, S.GENERATING_KEY, S.REGISTERING, S.ATTACHING, S.WRITING, S.VERIFYING)
READY_STEPS = (*REGISTER_STEPS, S.CONNECTING, S.UPDATING)
#: The station's steps per certificates.mode where they differ from the csr modes' (docs/provisioning-modes.md):
#: factory-ca signs on the line instead of registering; fleet-claim writes the claim and the board registers
#: itself while the station waits in "connecting".
MODE_STEPS: dict[str, tuple[UnitState, ...]] = {
    "factory-ca": (S.IDENTIFYING, S.GENERATING_KEY, S.SIGNING, S.WRITING, S.VERIFYING),
    "fleet-claim": (S.IDENTIFYING, S.WRITING, S.VERIFYING),
}


def run_steps(cert_mode: str, *, ready: bool) -> tuple[UnitState, ...]:
    """The steps a unit goes through in ``cert_mode``; with ``ready`` the two of following it to "ready".

    factory-ca and fleet-claim always go through "connecting": the unit is registered at its first connection.
    """
    steps = MODE_STEPS.get(cert_mode, REGISTER_STEPS)
    if ready:
        return (*steps, S.CONNECTING, S.UPDATING)
    return (*steps, S.CONNECTING) if cert_mode in MODE_STEPS else steps
logger = logging.getLogger("station.ui")
LOG_LINES = 400  # per slot; a shift of re-runs must not grow memory without bound


class Result(enum.StrEnum):
    """What the slot's big banner says; never shown by colour alone (icon + word)."""

    EMPTY = "empty"  # no board (removed) on this port
    IDLE = "idle"  # board plugged, not running (not started, or result cleared)
    RUNNING = "running"
    WAITING = "waiting"  # waiting for AWS: throttling or network, not a failure
    PASS = "pass"  # registered; jobs not followed
    #: factory-ca with the cloud away: the unit is complete on the board and recorded; the station confirms it
    #: with the cloud later. The board may leave the station.
    PROVISIONED = "provisioned"
    READY = "ready"  # registered and every current job of its group succeeded
    FAIL = "fail"

    @property
    def word(self) -> str:
        """The banner's word in the window's language."""
        return QCoreApplication.translate("Result", RESULT_WORDS[self])

    @property
    def final(self) -> bool:
        return self in (Result.PASS, Result.READY, Result.FAIL, Result.PROVISIONED)


#: The banner words, marked for translation here and translated where shown (Result.word).
RESULT_WORDS: dict[Result, str] = {
    Result.EMPTY: QT_TRANSLATE_NOOP("Result", "EMPTY"),
    Result.IDLE: QT_TRANSLATE_NOOP("Result", "IDLE"),
    Result.RUNNING: QT_TRANSLATE_NOOP("Result", "WORKING"),
    Result.WAITING: QT_TRANSLATE_NOOP("Result", "WAITING"),
    Result.PASS: QT_TRANSLATE_NOOP("Result", "PASS"),
    Result.PROVISIONED: QT_TRANSLATE_NOOP("Result", "STORED"),
    Result.READY: QT_TRANSLATE_NOOP("Result", "READY"),
    Result.FAIL: QT_TRANSLATE_NOOP("Result", "FAIL"),
}

#: The tile's label line per LabelStatus state (the detail, why it waits, follows in brackets).
LABEL_WORDS: dict[str, str] = {
    "queued": QT_TRANSLATE_NOOP("SlotModel", "Label queued"),
    "printing": QT_TRANSLATE_NOOP("SlotModel", "Label printing"),
    "printed": QT_TRANSLATE_NOOP("SlotModel", "Label printed"),
    "failed": QT_TRANSLATE_NOOP("SlotModel", "Label not printed"),
}


def _tr(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP("SlotModel", …) in a table above, translated at use."""
    return QCoreApplication.translate("SlotModel", text)


@dataclass
class StepEntry:
    step: UnitState
    started: float
    seconds: float | None = None  # None while running (or if the step never finished)
    detail: str = ""


@dataclass
class SlotModel:
    """One port's slot: the board on it, its current run and what the operator needs to read."""

    port: str
    unit: int
    state: UnitState = S.CONNECTED
    driver: str = ""  # the board driver the port was bound to ("reference", "nrf91", a plug-in)
    present: bool = True
    cleared: bool = False  # the operator acknowledged the result; the board is still plugged
    serial: str = ""
    model: str = ""
    hw_revision: str = ""
    fw_version: str = ""
    thing_name: str = ""
    certificate_id: str = ""
    groups: list[str] = field(default_factory=list)
    started_at: float | None = None
    finished_at: float | None = None
    step_fraction: float = 0.0
    progress_note: str = ""
    waiting: str = ""
    failure: UnitFailed | None = None
    ready: bool = False
    versions: dict[str, str] = field(default_factory=dict)
    timeline: list[StepEntry] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # job progress notes (connecting/updating)
    log: deque[str] = field(default_factory=lambda: deque(maxlen=LOG_LINES))
    scan: ScanRecord | None = None
    follows_jobs: bool = False
    cert_mode: str = "csr"  # the profile's certificates.mode: which steps a run has (run_steps)
    #: This run already ended "provisioned, waiting for the cloud" (counted then); the station follows it since.
    stored_earlier: bool = False
    label: LabelStatus | None = None  # the unit's label, once the printing side said something about it
    #: A failure nobody looked at yet: the slot flashes until the operator clicks it (or acts on it by keyboard).
    unacknowledged: bool = False
    _progress: float = 0.0

    @property
    def result(self) -> Result:
        if not self.present:
            return Result.EMPTY
        if self.cleared or self.state == S.CONNECTED:
            return Result.IDLE
        if self.state == S.PASSED:
            return Result.READY if self.ready else Result.PASS
        if self.state == S.FAILED:
            return Result.FAIL
        if self.state == S.WAITING_CLOUD:
            return Result.PROVISIONED
        return Result.WAITING if self.waiting else Result.RUNNING

    @property
    def step_words(self) -> str:
        """The step line, in the window's language."""
        if not self.present:
            return QCoreApplication.translate("SlotModel", "No board: plug the next one")
        if self.cleared:
            return QCoreApplication.translate("SlotModel", "Result cleared; press Retry to run again")
        if self.state == S.FAILED and self.failure is not None:
            return QCoreApplication.translate("SlotModel", "Failed at {step}").format(step=step_name(self.failure.step))
        if self.state == S.PASSED:
            return (QCoreApplication.translate("SlotModel", "Ready: every update installed") if self.ready
                    else QCoreApplication.translate("SlotModel", "Registered in the cloud"))
        return state_words(self.state)

    @property
    def label_words(self) -> str:
        """The tile's label line ("Label queued (printer offline)"), or "" before the label's first news."""
        label = self.label
        if label is None or not self.present:
            return ""
        words = _tr(LABEL_WORDS.get(label.state, "")) if label.state in LABEL_WORDS else label.state
        detail = tr_message(label.detail_message, label.detail)
        if not detail:
            return words
        return QCoreApplication.translate("SlotModel", "{status} ({detail})").format(status=words, detail=detail)

    @property
    def cause_words(self) -> str:
        """A failure's cause in the window's language (the core's message; its English text without one)."""
        if self.failure is None:
            return ""
        return tr_message(self.failure.cause_message, self.failure.cause)

    @property
    def remedy_words(self) -> str:
        if self.failure is None:
            return ""
        return tr_message(self.failure.remedy_message, self.failure.remedy)

    @property
    def progress(self) -> float:
        """0..1 over the run's steps; a failed run keeps the point where it stopped."""
        if self.state in (S.PASSED, S.WAITING_CLOUD):
            return 1.0
        if self.state in (S.FAILED, S.REMOVED, S.CONNECTED):
            return self._progress
        steps = run_steps(self.cert_mode, ready=self.follows_jobs or self.state in (S.CONNECTING, S.UPDATING))
        if self.state not in steps:
            return self._progress
        self._progress = (steps.index(self.state) + min(1.0, self.step_fraction)) / len(steps)
        return self._progress

    def elapsed(self, now: float) -> float | None:
        if self.started_at is None:
            return None
        return (self.finished_at or now) - self.started_at

    @property
    def mismatch(self) -> bool:
        return self.scan is not None and self.scan.status == ScanStatus.MISMATCH

    def new_run(self, at: float) -> None:
        """A (re)started run: forget the last result but keep identity and the log."""
        self.started_at, self.finished_at = at, None
        self.step_fraction, self.progress_note, self.waiting = 0.0, "", ""
        self.failure, self.ready, self.versions, self.cleared = None, False, {}, False
        self.timeline, self.notes, self._progress = [], [], 0.0
        self.label, self.unacknowledged, self.stored_earlier = None, False, False


Listener = Callable[[str | None], None]
#: Told once per finished run: the slot and its result (PASS, READY or FAIL).
OutcomeListener = Callable[[SlotModel, Result], None]


#: Event kinds the wall folds in; anything else is ignored (see WallModel.apply).
KNOWN = (Identified, StepStarted, StepFinished, Progress, Waiting, UnitFailed, UnitPassed, UnitRemoved, LabelStatus,
         UnitWaitingCloud)


def clock_time(at: float) -> str:
    return time.strftime("%H:%M:%S", time.localtime(at))


class WallModel:
    """All slots of the wall keyed by port, the scanner and the shift counters.

    Listeners get the changed slot's port, or None when slots were added or
    removed (the wall must re-lay itself out).
    """

    def __init__(self, *, follows_jobs: bool = False, clock: Callable[[], float] = time.time,
                 rate_window_minutes: float = 15.0, cert_mode: str = "csr") -> None:
        self.slots: dict[str, SlotModel] = {}
        self.scans = ScanMatcher()
        self.follows_jobs = follows_jobs
        self.cert_mode = cert_mode
        self.clock = clock
        self.passed = 0
        self.failed = 0
        #: factory-ca: units provisioned while the cloud was away and not yet seen registered (not passed, not
        #: failed); a later pass of the same unit moves it to ``passed``.
        self.stored = 0
        self.rate = RollingRate(rate_window_minutes * 60.0, clock=clock)
        self._listeners: list[Listener] = []
        self._outcome_listeners: list[OutcomeListener] = []
        #: Ports no driver took (station.board.choice), with why: a plugged device that got no slot says so.
        self.ignored: dict[str, str] = {}

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def subscribe_outcomes(self, listener: OutcomeListener) -> None:
        """``listener(slot, result)`` once for each run that passed or failed (the audible cues, the flash)."""
        self._outcome_listeners.append(listener)

    def _changed(self, port: str | None) -> None:
        for listener in list(self._listeners):
            listener(port)

    def _outcome(self, slot: SlotModel) -> None:
        for listener in list(self._outcome_listeners):
            listener(slot, slot.result)

    # -- queries --------------------------------------------------------------
    def order(self) -> list[str]:
        """Ports in wall order: a slot keeps its place while its port exists, new ports join at the end."""
        return list(self.slots)

    def slot_for_unit(self, unit: int) -> SlotModel | None:
        return next((s for s in self.slots.values() if s.unit == unit), None)

    def slot_for_serial(self, serial: str) -> SlotModel | None:
        return next((s for s in self.slots.values() if s.serial == serial and s.present), None)

    def units_per_hour(self, now: float | None = None) -> float | None:
        """Finished units per hour over the rolling window; None until the figure means something (station.rate)."""
        return self.rate.per_hour(now)

    def failures(self) -> list[str]:
        """Ports whose slot shows FAIL, in wall order (the keyboard's "next failure" walks them)."""
        return [p for p, s in self.slots.items() if s.result == Result.FAIL]

    def acknowledge(self, port: str) -> None:
        """The operator saw this slot's failure: it stops flashing."""
        slot = self.slots.get(port)
        if slot is not None and slot.unacknowledged:
            slot.unacknowledged = False
            self._changed(port)

    # -- operator actions -------------------------------------------------------
    def reset_shift(self) -> None:
        self.passed = self.failed = self.stored = 0
        self.rate.reset()
        self._changed(None)

    def clear(self, port: str) -> None:
        """Clear a slot's display: an empty slot leaves the wall, a finished one goes back to idle."""
        slot = self.slots.get(port)
        if slot is None:
            return
        if not slot.present:
            del self.slots[port]
            self._changed(None)
            return
        slot.cleared = True
        slot.unacknowledged = False
        slot.scan = None
        self.scans.forget(port)
        if slot.serial:  # the board's serial still stands, only the label scan is dropped
            self.scans.reported(port, slot.serial)
        self._log(slot, self.clock(), "result cleared by the operator")
        self._changed(port)

    def tidy(self) -> None:
        """Drop every empty slot (boards removed); ports that never come back stop taking space."""
        gone = [p for p, s in self.slots.items() if not s.present]
        for port in gone:
            del self.slots[port]
        if gone:
            self._changed(None)

    def scan(self, text: str, selected: str | None = None) -> ScanOutcome:
        """A barcode was scanned: give it to a slot and compare it with the board's serial when known."""
        order = [p for p, s in self.slots.items() if s.present]
        outcome = self.scans.scan(text, order, selected)
        if outcome.slot is not None:
            slot = self.slots[outcome.slot]
            slot.scan = outcome.record
            self._log_scan(slot, self.clock())
            self._changed(outcome.slot)
        return outcome

    # -- core events ------------------------------------------------------------
    def apply(self, event: Event) -> None:
        """Fold one core event into the slots; an event kind this window does not know is left alone."""
        port = event.port
        if isinstance(event, PortIgnored):
            if event.present:
                self.ignored[port] = event.reason
            else:
                self.ignored.pop(port, None)
            self._changed(None)
            return
        slot = self.slots.get(port)
        followed = False  # a pass of a unit that was stored earlier (factory-ca, confirmed by the cloud later)
        if isinstance(event, UnitDetected):
            self._detected(event, slot)
            return
        if slot is None:  # an event for a slot the operator already tidied away
            return
        if not isinstance(event, KNOWN):
            # A newer core (or a plug-in) emits kinds this window does not draw: nothing on the wall changes.
            logger.debug("event kind %r not shown on the wall", getattr(event, "kind", type(event).__name__))
            return
        if isinstance(event, Identified):
            slot.serial, slot.model, slot.hw_revision = event.serial, event.model, event.hw_revision
            slot.fw_version, slot.thing_name = event.fw_version, event.thing_name
            slot.scan = self.scans.reported(port, event.serial)
            self._log(slot, event.at, f"identified: serial {event.serial}, {event.model} rev {event.hw_revision}, "
                                      f"firmware {event.fw_version}; thing {event.thing_name}")
            if slot.scan is not None:
                self._log_scan(slot, event.at)
        elif isinstance(event, StepStarted):
            if slot.state in (S.PASSED, S.FAILED, S.CONNECTED) or slot.started_at is None:
                slot.new_run(event.at)
                self._log(slot, event.at, "run started")
            slot.state, slot.step_fraction, slot.waiting, slot.progress_note = event.step, 0.0, "", ""
            slot.timeline.append(StepEntry(event.step, event.at))
            self._log(slot, event.at, f"{state_words(event.step)}…")
        elif isinstance(event, StepFinished):
            slot.waiting = ""
            entry = next((e for e in reversed(slot.timeline) if e.step == event.step and e.seconds is None), None)
            if entry is None:
                entry = StepEntry(event.step, event.at - event.seconds)
                slot.timeline.append(entry)
            entry.seconds, entry.detail = event.seconds, event.detail
            self._log(slot, event.at, f"{step_name(event.step)} done in {event.seconds:.2f} s"
                                      + (f": {event.detail}" if event.detail else ""))
        elif isinstance(event, Progress):
            slot.waiting = ""
            if event.total > 0:
                slot.step_fraction = event.done / event.total
            if event.note:
                slot.progress_note = event.note
                if event.step in (S.CONNECTING, S.UPDATING) and (not slot.notes or slot.notes[-1] != event.note):
                    slot.notes.append(event.note)
                    self._log(slot, event.at, f"job: {event.note}")
        elif isinstance(event, Waiting):
            slot.waiting = event.reason
            self._log(slot, event.at, f"{event.reason}; retrying in {event.retry_in:.1f} s "
                                      f"(attempt {event.attempt})")
        elif isinstance(event, UnitFailed):
            slot.state, slot.failure, slot.waiting, slot.finished_at = S.FAILED, event, "", event.at
            slot.unacknowledged = True
            self.failed += 1
            self.rate.add(event.at)
            self._log(slot, event.at, f"FAILED at {step_name(event.step)}: {event.cause}")
            self._log(slot, event.at, f"remedy: {event.remedy}")
            if event.created:
                self._log(slot, event.at, "exists in the cloud from this attempt: " + "; ".join(event.created))
        elif isinstance(event, UnitWaitingCloud):
            # Followed again once the cloud is back, a unit may be stored again: it is counted (and heard) once.
            followed = slot.stored_earlier
            slot.state, slot.waiting, slot.finished_at = S.WAITING_CLOUD, "", event.at
            slot.thing_name, slot.certificate_id = event.thing_name, event.certificate_id
            slot.groups = [event.group] if event.group else []
            if not followed:
                slot.stored_earlier = True
                self.stored += 1
                self.rate.add(event.at)  # it left the station: the line's rate counts it now, not when AWS sees it
            self._log(slot, event.at, f"PROVISIONED, waiting for the cloud, in {duration(event.seconds)}: thing "
                                      f"{event.thing_name}, certificate {event.certificate_id[:12]}"
                                      + (f" ({event.reason})" if event.reason else ""))
        elif isinstance(event, UnitPassed):
            followed = slot.stored_earlier
            if followed:  # counted when it left the station; now the cloud confirmed it
                self.stored = max(0, self.stored - 1)
            else:
                self.rate.add(event.at)
            slot.state, slot.waiting, slot.finished_at = S.PASSED, "", event.at
            slot.ready, slot.versions = event.ready, dict(event.versions)
            if "firmware" in event.versions:  # what the unit runs now, not what it came with
                slot.fw_version = event.versions["firmware"]
            slot.thing_name, slot.certificate_id = event.thing_name, event.certificate_id
            slot.groups = [event.group] if event.group else []
            self.passed += 1
            reached = ", ".join(f"{k} {v}" for k, v in sorted(event.versions.items()))
            self._log(slot, event.at, f"{'READY' if event.ready else 'PASSED'} in {duration(event.seconds)}: "
                                      f"thing {event.thing_name}, certificate {event.certificate_id[:12]}, "
                                      f"group {event.group}" + (f"; {reached}" if reached else ""))
        elif isinstance(event, LabelStatus):
            slot.label = event
            detail = f" ({event.detail})" if event.detail else ""
            self._log(slot, event.at, f"label {event.state}{detail}" + (" (reprint)" if event.reprint else ""))
        elif isinstance(event, UnitRemoved):
            slot.present, slot.state, slot.waiting = False, S.REMOVED, ""
            slot.unacknowledged = False
            slot.scan = None
            self.scans.forget(port)
            self._log(slot, event.at, "board removed")
        self._changed(port)
        # One cue per unit leaving the station: a unit the cloud confirms later was announced when it was stored.
        if isinstance(event, UnitFailed) or (isinstance(event, UnitPassed | UnitWaitingCloud) and not followed):
            self._outcome(slot)

    def _detected(self, event: UnitDetected, slot: SlotModel | None) -> None:
        if slot is None:
            slot = SlotModel(port=event.port, unit=event.unit, follows_jobs=self.follows_jobs, driver=event.driver,
                             cert_mode=self.cert_mode)
            self.slots[event.port] = slot
        else:  # a board came back on a known port: same place on the wall, fresh unit
            keep_log = slot.log
            slot = SlotModel(port=event.port, unit=event.unit, follows_jobs=self.follows_jobs, log=keep_log,
                             driver=event.driver, cert_mode=self.cert_mode)
            self.slots[event.port] = slot
            self.scans.forget(event.port)
        driver = f", driver {event.driver}" + (f" ({event.chosen})" if event.chosen else "") if event.driver else ""
        self._log(slot, event.at, f"board detected on {event.port} (unit {event.unit}{driver})")
        self._changed(None)

    # The slot log is the unit's technical record (as the CLI's lines), kept in English.
    def _log(self, slot: SlotModel, at: float, text: str) -> None:
        slot.log.append(f"{clock_time(at)}  {text}")

    def _log_scan(self, slot: SlotModel, at: float) -> None:
        record = slot.scan
        if record is None:
            return
        if record.status == ScanStatus.PENDING:
            self._log(slot, at, f"label scanned: {record.scanned} (board has not reported its serial yet)")
        elif record.status == ScanStatus.MATCH:
            self._log(slot, at, f"label {record.scanned} matches the board")
        else:
            logger.warning("unit %d on %s: label %s does not match the board's serial %s", slot.unit, slot.port,
                        record.scanned, record.reported)
            self._log(slot, at, f"LABEL MISMATCH: label says {record.scanned}, board reports {record.reported}")
