"""Terminal output of pipeline events: a live per-unit table, plain lines, or one JSON object per event."""

from __future__ import annotations

import json
import sys
import time
from typing import TextIO

from rich import box
from rich.console import Console
from rich.live import Live
from rich.table import Table
from rich.text import Text

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
        elif isinstance(event, UnitWaitingCloud):
            line = (f"PROVISIONED, WAITING FOR THE CLOUD {event.thing_name} cert {event.certificate_id[:12]} "
                    f"in {event.seconds:.2f} s: {event.reason}")
        elif isinstance(event, LabelStatus):
            again = " again (QA)" if event.reprint else ""
            line = f"label {event.state}{again}" + (f": {event.detail}" if event.detail else "")
        elif isinstance(event, UnitRemoved):
            line = "board removed"
        if line:
            self.out.write(f"{self._who(event)}  {line}\n")
            self.out.flush()

    def close(self) -> None:
        pass


class LiveRenderer:
    """A per-unit table redrawn in place by rich, for an operator watching a terminal (Windows consoles included).

    rich speaks both VT sequences and the legacy Windows console API, so the same table redraws in Windows
    Terminal, a classic cmd.exe console and an xterm. Board text reaches the cells as ``Text`` (never markup):
    a serial such as ``[bold]`` is shown as typed, and clean_fields has already escaped control characters.
    """

    HEADERS = ("unit", "serial", "step", "port", "info")

    def __init__(self, out: TextIO = sys.stdout, min_interval: float = 0.1, *, console: Console | None = None) -> None:
        self.console = console if console is not None else Console(file=out, highlight=False)
        self.rows: dict[int, dict[str, str]] = {}
        self.min_interval = min_interval
        self._last = 0.0
        # Started at the first event, not here: what the command prints before the run stays above the table.
        # No refresh thread: the table changes only on events, so it is redrawn from the event's own call.
        self._live: Live | None = None

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
        elif isinstance(event, UnitWaitingCloud):
            row["step"], row["info"] = "WAITING CLOUD", f"{event.thing_name}: provisioned, waiting for the cloud"
        elif isinstance(event, LabelStatus):
            row["info"] = row["info"].split("  label ")[0] + f"  label {event.state}"
        elif isinstance(event, UnitRemoved):
            row["step"], row["info"] = "removed", ""
        now = time.monotonic()
        if isinstance(event, (UnitFailed, UnitPassed, UnitWaitingCloud)) or now - self._last >= self.min_interval:
            self._draw()
            self._last = now

    def table(self) -> Table:
        """The table as it stands (what the next redraw shows)."""
        table = Table(*self.HEADERS, box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
        table.columns[0].justify = "right"
        table.columns[4].overflow = "ellipsis"
        for number in sorted(self.rows):
            r = self.rows[number]
            style = _STEP_STYLES.get(r["step"], "")
            table.add_row(Text(str(number)), Text(r["serial"]), Text(r["step"], style=style),
                          Text(r["port"][-28:]), Text(r["info"], no_wrap=True))
        return table

    def _draw(self) -> None:
        if self._live is None:
            # Overflow "ellipsis" while running (a table taller than the window must not scroll it away);
            # rich prints the whole table once when the live display stops.
            self._live = Live(self.table(), console=self.console, auto_refresh=False, transient=False,
                              redirect_stdout=True, redirect_stderr=True)
            self._live.start(refresh=True)
        else:
            self._live.update(self.table(), refresh=True)

    def close(self) -> None:
        """Draw the final table and give the terminal back (cursor shown, output below the table)."""
        if self._live is None:
            self.console.print(self.table())
            return
        self._live.update(self.table())
        self._live.stop()
        self._live = None


#: Colours of the step column's final words (rich maps them to the legacy Windows console's 16 colours too).
_STEP_STYLES = {"READY": "bold green", "PASSED": "green", "FAILED": "bold red", "removed": "dim",
                "WAITING CLOUD": "bold yellow"}


def choose_renderer(*, json_lines: bool, plain: bool,
                    out: TextIO = sys.stdout) -> JsonRenderer | LineRenderer | LiveRenderer:
    """JSON lines when asked; the live table on a terminal that can redraw; plain lines otherwise.

    rich decides what a terminal is (a TTY, or FORCE_COLOR / TTY_COMPATIBLE set by the operator) and which
    cannot redraw (TERM=dumb): pipes, CI logs and files get plain lines, which scripts and tests read.
    """
    if json_lines:
        return JsonRenderer(out)
    console = Console(file=out, highlight=False)
    if plain or not console.is_terminal or console.is_dumb_terminal:
        return LineRenderer(out)
    return LiveRenderer(out, console=console)
