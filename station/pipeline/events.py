"""Typed events the pipeline emits; the CLI prints them, the GUI bridge turns them into Qt signals."""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from station.messages import Message
from station.pipeline.states import UnitState

log = logging.getLogger("station.events")


@dataclass(frozen=True, kw_only=True)
class Event:
    port: str
    unit: int  # unit number, unique for this station run
    at: float = field(default_factory=time.time)

    kind: str = "event"

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"event": self.kind}
        for f in dataclasses.fields(self):
            if f.name == "kind":
                continue
            value = getattr(self, f.name)
            if isinstance(value, Message):
                value = value.to_json()
            out[f.name] = value.value if isinstance(value, UnitState) else value
        return out


@dataclass(frozen=True, kw_only=True)
class UnitDetected(Event):
    kind: str = "detected"
    #: The board driver the port was bound to ("reference", "nrf91", a plug-in's name).
    driver: str = ""
    #: How it was chosen, in words ("USB 1915:9100, answered as nRF9160-SICA"; "profile rule"; "default").
    chosen: str = ""
    chosen_message: Message | None = None  # the same for the window to translate


@dataclass(frozen=True, kw_only=True)
class PortIgnored(Event):
    """A port no driver took: its USB id shortlisted drivers, but no board answered their probes (a DK's other
    COM ports), or a profile rule says "ignore". It never becomes a unit (``unit`` is 0). ``present`` False: the
    port went away (a re-plugged device is probed again)."""

    kind: str = "ignored"
    reason: str = ""
    reason_message: Message | None = None  # the same for the window to translate
    present: bool = True


@dataclass(frozen=True, kw_only=True)
class Identified(Event):
    serial: str
    model: str
    hw_revision: str
    fw_version: str
    thing_name: str
    #: The profile's certificates.mode this unit runs in ("csr", "factory-ca", "fleet-claim", ...): recorded.
    cert_mode: str = ""
    kind: str = "identified"


@dataclass(frozen=True, kw_only=True)
class CertificateIssued(Event):
    """A certificate now exists in the cloud for this unit: recorded at once, so a crash cannot lose it."""

    thing_name: str
    certificate_id: str
    #: The certificate (factory-ca: the chain written to the board), public; "" when the station never saw it.
    certificate_pem: str = ""
    kind: str = "certificate-issued"


@dataclass(frozen=True, kw_only=True)
class StepStarted(Event):
    step: UnitState
    kind: str = "step-started"


@dataclass(frozen=True, kw_only=True)
class StepFinished(Event):
    step: UnitState
    seconds: float
    detail: str = ""
    detail_message: Message | None = None  # the detail for the window to translate (None: the English text)
    kind: str = "step-finished"


@dataclass(frozen=True, kw_only=True)
class Progress(Event):
    step: UnitState
    done: int
    total: int
    note: str = ""
    note_message: Message | None = None  # the note for the window to translate (None: the English text)
    kind: str = "progress"


@dataclass(frozen=True, kw_only=True)
class Waiting(Event):
    """The unit is waiting for AWS (throttling, 5xx, network); not a failure."""

    step: UnitState
    reason: str
    retry_in: float
    attempt: int
    reason_message: Message | None = None  # the reason for the window to translate (None: the English text)
    kind: str = "waiting"


@dataclass(frozen=True, kw_only=True)
class UnitFailed(Event):
    step: UnitState
    cause: str  # English (CLI, logs, records)
    remedy: str
    created: list[str] = field(default_factory=list)  # cloud resources that exist because of this attempt
    #: The same cause and remedy as messages, for the window to translate (None: shown as the English text).
    cause_message: Message | None = None
    remedy_message: Message | None = None
    kind: str = "failed"


@dataclass(frozen=True, kw_only=True)
class UnitPassed(Event):
    serial: str
    thing_name: str
    certificate_id: str
    group: str
    seconds: float
    round_trips: int
    ready: bool = False  # True: every current job of its group SUCCEEDED; False: passed once registered
    versions: dict[str, str] = field(default_factory=dict)  # "firmware"/"config" -> version reached
    kind: str = "passed"


@dataclass(frozen=True, kw_only=True)
class UnitWaitingCloud(Event):
    """factory-ca: the unit is provisioned (key, signed certificate, written and verified) but the cloud could
    not be reached to see it registered: "provisioned, waiting for the cloud". Not passed, not failed; the
    station follows it once the cloud is back (a later UnitPassed of the same unit ends it)."""

    serial: str
    thing_name: str
    certificate_id: str
    group: str
    seconds: float
    reason: str = ""  # English: why the cloud was not reached
    reason_message: Message | None = None
    kind: str = "waiting-cloud"


@dataclass(frozen=True, kw_only=True)
class LabelStatus(Event):
    """Where a unit's label is: never a unit failure, a printer away only queues it (station.labels)."""

    state: str  # "queued" | "printing" | "printed" | "failed" (a template that cannot be filled; not retried)
    serial: str = ""
    copies: int = 1
    detail: str = ""  # English: why it waits ("printer offline", "paper out"), or ""
    detail_message: Message | None = None
    reprint: bool = False  # asked again by QA
    kind: str = "label"


@dataclass(frozen=True, kw_only=True)
class UnitRemoved(Event):
    kind: str = "removed"


Listener = Callable[[Event], None]


class EventBus:
    """Fan-out of events to listeners, in emission order, on the event loop's thread.

    Listeners are isolated: one that raises (a closed pipe behind ``--json | head``, a bug in a view) is
    logged, and the unit that emitted goes on, as do the other listeners (the records among them).
    """

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        #: id(listener) -> how many events it failed on (its first failure is logged with the trace); by id, as
        #: a listener need not be hashable.
        self.failures: dict[int, int] = {}

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def emit(self, event: Event) -> None:
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:
                count = self.failures[id(listener)] = self.failures.get(id(listener), 0) + 1
                if count == 1:
                    log.exception("event listener %r failed on %s; the station goes on without it", listener,
                                  event.kind)
                else:
                    log.debug("event listener %r failed again (%d) on %s", listener, count, event.kind)
