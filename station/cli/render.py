"""Terminal output of pipeline events: a live per-unit table, plain lines, or one JSON object per event."""

from __future__ import annotations

import json
import sys
import time
from typing import TextIO

from station.pipeline.events import (
    Event,
    Identified,
    PortIgnored,
    Progress,
    StepFinished,
    StepStarted,
    UnitDetected,
    UnitFailed,
    UnitPassed,
    UnitRemoved,
    Waiting,
)
from station.pipeline.states import UnitState
from station.safetext import clean_fields


class JsonRenderer:
    """One JSON object per line per event: for line automation and tests."""

    def __init__(self, out: TextIO = sys.stdout) -> None:
        self.out = out

    def __call__(self, event: Event) -> None:
        # json.dumps escapes every control character (and, ensure_ascii, every bidi one) as \uXXXX.
        self.out.write(json.dumps(event.to_json(), separators=(",", ":")) + "\n")
        self.out.flush()

    def close(self) -> None:
        pass


class LineRenderer:
    """A line per meaningful event; for logs and terminals that cannot redraw."""

    def __init__(self, out: TextIO = sys.stdout) -> None:
        self.out = out
        self.serials: dict[int, str] = {}

    def _who(self, event: Event) -> str:
        serial = self.serials.get(event.unit, "")
        return f"unit {event.unit:>3} {serial:<16} {event.port}"

    def __call__(self, event: Event) -> None:
        # Serials, versions and causes come from boards and devices: their escape codes must not act on
        # the operator's terminal.
        event = clean_fields(event, lines=False)
        line = ""
        if isinstance(event, PortIgnored):
            if event.present:
                self.out.write(f"port {event.port} ignored: {event.reason}\n")
                self.out.flush()
            return
        if isinstance(event, UnitDetected) and event.driver:
            line = f"detected: driver {event.driver}" + (f" ({event.chosen})" if event.chosen else "")
        elif isinstance(event, Identified):
            self.serials[event.unit] = event.serial
            line = f"identified {event.model} hw {event.hw_revision} fw {event.fw_version} -> {event.thing_name}"
        elif isinstance(event, StepFinished):
            line = f"{event.step.value:<15} done in {event.seconds:.2f} s  {event.detail}"
        elif isinstance(event, Waiting):
            line = f"{event.step.value:<15} {event.reason}, retry in {event.retry_in:.1f} s"
        elif isinstance(event, UnitFailed):
            created = f"\n    left in the cloud: {', '.join(event.created)}" if event.created else ""
            line = (f"FAILED at {event.step.value}: {event.cause}\n    remedy: {event.remedy}{created}")
        elif isinstance(event, Progress) and event.step in (UnitState.CONNECTING, UnitState.UPDATING):
            percent = f" {event.done}%" if event.total else ""
            line = f"{event.step.value:<15} {event.note}{percent}"
        elif isinstance(event, UnitPassed):
            what = "READY" if event.ready else "PASSED"
            reached = ", ".join(f"{k} {v}" for k, v in sorted(event.versions.items()))
            line = f"{what} {event.thing_name} cert {event.certificate_id[:12]} group {event.group} " \
                   f"in {event.seconds:.2f} s ({event.round_trips} cloud round trips)" + \
                   (f"; {reached}" if reached else "")
        elif isinstance(event, UnitRemoved):
            line = "board removed"
        if line:
            self.out.write(f"{self._who(event)}  {line}\n")
            self.out.flush()

    def close(self) -> None:
        pass


class LiveRenderer:
    """A per-unit table redrawn in place (ANSI), for an operator watching a terminal."""

    def __init__(self, out: TextIO = sys.stdout, min_interval: float = 0.1) -> None:
        self.out = out
        self.rows: dict[int, dict[str, str]] = {}
        self.min_interval = min_interval
        self._last = 0.0
        self._drawn = 0

    def __call__(self, event: Event) -> None:
        event = clean_fields(event, lines=False)  # board text must not move the cursor of the redrawn table
        if isinstance(event, PortIgnored):
            return  # not a unit: no row (the line renderer and the log say it)
        row = self.rows.setdefault(event.unit, {"port": event.port, "serial": "", "step": "", "info": ""})
        if isinstance(event, UnitDetected):
            row["step"], row["info"] = "connected", event.driver
        elif isinstance(event, Identified):
            row["serial"], row["info"] = event.serial, event.thing_name
        elif isinstance(event, StepStarted):
            row["step"], row["info"] = event.step.value, ""
        elif isinstance(event, Progress):
            row["info"] = f"{event.note} {100 * event.done // event.total}%" if event.total else event.note
        elif isinstance(event, Waiting):
            row["info"] = event.reason
        elif isinstance(event, UnitFailed):
            row["step"], row["info"] = "FAILED", f"{event.step.value}: {event.cause}"
        elif isinstance(event, UnitPassed):
            reached = " ".join(f"{k} {v}" for k, v in sorted(event.versions.items()))
            row["step"] = "READY" if event.ready else "PASSED"
            row["info"] = f"{event.thing_name} in {event.seconds:.1f} s {reached}"
        elif isinstance(event, UnitRemoved):
            row["step"], row["info"] = "removed", ""
        now = time.monotonic()
        if isinstance(event, (UnitFailed, UnitPassed)) or now - self._last >= self.min_interval:
            self._draw()
            self._last = now

    def _draw(self) -> None:
        lines = [f"{'unit':>4}  {'serial':<16} {'step':<15} {'port':<28} info"]
        for number in sorted(self.rows):
            r = self.rows[number]
            lines.append(f"{number:>4}  {r['serial']:<16} {r['step']:<15} {r['port'][-28:]:<28} {r['info'][:70]}")
        if self._drawn:
            self.out.write(f"\x1b[{self._drawn}F")
        self.out.write("".join(f"\x1b[2K{line}\n" for line in lines))
        self.out.flush()
        self._drawn = len(lines)

    def close(self) -> None:
        self._draw()
