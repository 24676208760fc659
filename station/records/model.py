"""Typed traceability records: a unit attempt (UnitRecord) with its steps, its error and QA audit entries."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any

from station.messages import Message


class Outcome(enum.StrEnum):
    RUNNING = "running"  # still going, or the station died while it ran (see RecordStore.interrupted_attempts)
    PASSED = "passed"  # registered and verified; not (yet) known to run the group's current versions
    READY = "ready"  # passed and every current job of its group SUCCEEDED
    FAILED = "failed"
    INTERRUPTED = "interrupted"  # board removed or station stopped while the attempt ran
    #: factory-ca: provisioned (signed, written, verified) while the cloud was unreachable; not yet seen
    #: registered. Becomes passed/ready when the station (or a QA lookup) finds it registered later.
    WAITING_CLOUD = "waiting-cloud"

    @property
    def final(self) -> bool:
        return self not in (Outcome.RUNNING, Outcome.INTERRUPTED)


@dataclass(frozen=True)
class StepRecord:
    """One pipeline step of an attempt; ``finished_at`` is None for a step that never finished."""

    step: str
    started_at: float | None
    finished_at: float | None = None
    seconds: float | None = None
    detail: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"step": self.step, "started_at": self.started_at, "finished_at": self.finished_at,
                "seconds": self.seconds, "detail": self.detail}


@dataclass(frozen=True)
class ErrorRecord:
    """Why an attempt failed, in the pipeline's words, and the cloud resources it left behind."""

    step: str
    cause: str
    remedy: str = ""
    created: tuple[str, ...] = ()
    #: The cause and remedy as messages, so QA reads an old failure in the line's language (None: records
    #: written before schema v5, or a cause that was never a message; the English text above is shown).
    cause_message: Message | None = None
    remedy_message: Message | None = None

    def to_json(self) -> dict[str, Any]:
        return {"step": self.step, "cause": self.cause, "remedy": self.remedy, "created": list(self.created)}


@dataclass(frozen=True)
class UnitRecord:
    """One attempt at provisioning one board; a re-run of the same serial is a new record."""

    attempt_id: int
    serial: str  # "" when the board failed before it identified itself
    attempt: int  # 1 for the first attempt of this serial, 2 for the first re-run, ...
    outcome: Outcome
    started_at: float
    finished_at: float | None = None
    model: str = ""
    hw_revision: str = ""
    fw_version: str = ""  # as the board reported it during identification
    thing_name: str = ""
    certificate_id: str = ""
    # On AWS IoT the certificate id is the SHA-256 of the certificate's DER: stored under both names so
    # an auditor holding only the PEM can match it without knowing that.
    certificate_sha256: str = ""
    groups: tuple[str, ...] = ()
    versions: dict[str, str] = field(default_factory=dict)  # "firmware"/"config" -> version reached
    station_id: str = ""
    operator: str = ""
    batch: str = ""
    run_id: str = ""  # one station run (process); tells a crashed run's attempts from the live ones
    port: str = ""
    unit: int = 0  # unit number within the station run
    seconds: float | None = None
    round_trips: int | None = None
    error: ErrorRecord | None = None
    steps: tuple[StepRecord, ...] = ()
    #: The profile's certificates.mode of the attempt ("" for records written before schema v6).
    cert_mode: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "attempt_id": self.attempt_id, "cert_mode": self.cert_mode, "serial": self.serial, "attempt": self.attempt,
            "outcome": self.outcome.value, "started_at": self.started_at, "finished_at": self.finished_at,
            "model": self.model, "hw_revision": self.hw_revision, "fw_version": self.fw_version,
            "thing_name": self.thing_name, "certificate_id": self.certificate_id,
            "certificate_sha256": self.certificate_sha256, "groups": list(self.groups),
            "versions": dict(self.versions), "station_id": self.station_id, "operator": self.operator,
            "batch": self.batch, "run_id": self.run_id, "port": self.port, "unit": self.unit,
            "seconds": self.seconds, "round_trips": self.round_trips,
            "error": self.error.to_json() if self.error else None,
            "steps": [s.to_json() for s in self.steps],
        }


@dataclass(frozen=True)
class AuditEntry:
    """One QA action (who did what to which target, with which parameters, and how it ended)."""

    entry_id: int
    at: float
    who: str
    role: str
    action: str
    target: str
    parameters: dict[str, Any]
    outcome: str

    def to_json(self) -> dict[str, Any]:
        return {"entry_id": self.entry_id, "at": self.at, "who": self.who, "role": self.role,
                "action": self.action, "target": self.target, "parameters": self.parameters,
                "outcome": self.outcome}
