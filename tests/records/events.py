"""Hand-built event sequences as the pipeline emits them, with explicit timestamps."""

from __future__ import annotations

from station.pipeline.events import (
    Event,
    Identified,
    Progress,
    StepFinished,
    StepStarted,
    UnitDetected,
    UnitFailed,
    UnitPassed,
    Waiting,
)
from station.pipeline.states import UnitState as S

T0 = 1_714_550_400.0  # 2024-05-01 08:00 UTC
CERT_ID = "3f" * 32


class Clock:
    def __init__(self, start: float = T0) -> None:
        self.now = start

    def __call__(self, step: float = 0.25) -> float:
        self.now += step
        return self.now


def passing(unit: int = 1, port: str = "socket://127.0.0.1:7001", serial: str = "SN-0001", *,
            start: float = T0, detected: bool = True) -> list[Event]:
    """A unit that goes the whole way to ready, with progress and a throttling wait on the way."""
    t = Clock(start)
    thing = f"demo-{serial}"
    ev: list[Event] = [UnitDetected(port=port, unit=unit, at=t())] if detected else []
    ev += [
        StepStarted(port=port, unit=unit, step=S.IDENTIFYING, at=t()),
        Identified(port=port, unit=unit, serial=serial, model="sensor-a", hw_revision="B", fw_version="factory-1.0",
                   thing_name=thing, at=t()),
        StepFinished(port=port, unit=unit, step=S.IDENTIFYING, seconds=0.5, detail=f"sensor-a {serial} hw B",
                     at=t()),
        StepStarted(port=port, unit=unit, step=S.GENERATING_KEY, at=t()),
        Progress(port=port, unit=unit, step=S.GENERATING_KEY, done=1, total=2, note="CSR", at=t()),
        StepFinished(port=port, unit=unit, step=S.GENERATING_KEY, seconds=1.5, detail="CSR checked", at=t(1.5)),
        StepStarted(port=port, unit=unit, step=S.REGISTERING, at=t()),
        Waiting(port=port, unit=unit, step=S.REGISTERING, reason="waiting for AWS: throttled (CreateThing)",
                retry_in=0.2, attempt=1, at=t()),
        StepFinished(port=port, unit=unit, step=S.REGISTERING, seconds=0.75, detail=f"certificate {CERT_ID[:12]}",
                     at=t()),
        StepStarted(port=port, unit=unit, step=S.ATTACHING, at=t()),
        StepFinished(port=port, unit=unit, step=S.ATTACHING, seconds=0.25, detail="group sensors", at=t()),
        StepStarted(port=port, unit=unit, step=S.WRITING, at=t()),
        StepFinished(port=port, unit=unit, step=S.WRITING, seconds=0.25, detail="4 object(s), 3000 bytes", at=t()),
        StepStarted(port=port, unit=unit, step=S.VERIFYING, at=t()),
        StepFinished(port=port, unit=unit, step=S.VERIFYING, seconds=0.25, detail="hashes and public key match",
                     at=t()),
        StepStarted(port=port, unit=unit, step=S.CONNECTING, at=t()),
        StepFinished(port=port, unit=unit, step=S.CONNECTING, seconds=2.0, detail="device online", at=t(2)),
        StepStarted(port=port, unit=unit, step=S.UPDATING, at=t()),
        Progress(port=port, unit=unit, step=S.UPDATING, done=50, total=100, note="download", at=t()),
        StepFinished(port=port, unit=unit, step=S.UPDATING, seconds=5.0, detail="ready: config 3, firmware 1.4.2",
                     at=t(5)),
        UnitPassed(port=port, unit=unit, serial=serial, thing_name=thing, certificate_id=CERT_ID, group="sensors",
                   seconds=12.5, round_trips=3, ready=True, versions={"firmware": "1.4.2", "config": "3"}, at=t()),
    ]
    return ev


def failing(unit: int = 2, port: str = "socket://127.0.0.1:7002", serial: str = "SN-0002", *,
            start: float = T0 + 60, detected: bool = True) -> list[Event]:
    """A unit that fails while writing, after the cloud created a certificate for it."""
    t = Clock(start)
    ev: list[Event] = [UnitDetected(port=port, unit=unit, at=t())] if detected else []
    ev += [
        StepStarted(port=port, unit=unit, step=S.IDENTIFYING, at=t()),
        Identified(port=port, unit=unit, serial=serial, model="sensor-a", hw_revision="C", fw_version="factory-1.1",
                   thing_name=f"demo-{serial}", at=t()),
        StepFinished(port=port, unit=unit, step=S.IDENTIFYING, seconds=0.5, at=t()),
        StepStarted(port=port, unit=unit, step=S.GENERATING_KEY, at=t()),
        StepFinished(port=port, unit=unit, step=S.GENERATING_KEY, seconds=1.0, at=t(1)),
        StepStarted(port=port, unit=unit, step=S.REGISTERING, at=t()),
        StepFinished(port=port, unit=unit, step=S.REGISTERING, seconds=0.5, at=t()),
        StepStarted(port=port, unit=unit, step=S.ATTACHING, at=t()),
        StepFinished(port=port, unit=unit, step=S.ATTACHING, seconds=0.25, at=t()),
        StepStarted(port=port, unit=unit, step=S.WRITING, at=t()),
        UnitFailed(port=port, unit=unit, step=S.WRITING, cause="the board stored 'cert' with a different hash",
                   remedy="Retry the unit; if it fails again the board's storage is faulty.",
                   created=[f"certificate {'9a' * 32} (ACTIVE)"], at=t()),
    ]
    return ev
