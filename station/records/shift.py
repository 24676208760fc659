"""The shift at a glance: yield, throughput, cycle times, failure Pareto and slot health, read from the records DB."""

from __future__ import annotations

import json
import math
import sqlite3
import statistics
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from station.messages import Message

HOUR = 3600.0
PASSED = ("passed", "ready")
FAILED = "failed"
INTERRUPTED = "interrupted"


@dataclass(frozen=True)
class ShiftWindow:
    """Attempts that *finished* in [since, until) (epoch seconds), optionally of one station run only."""

    since: float
    until: float
    run_id: str = ""  # "" = every run

    @classmethod
    def last_hours(cls, hours: float, *, now: float | None = None) -> ShiftWindow:
        end = time.time() if now is None else now
        return cls(end - hours * HOUR, end)

    @property
    def hours(self) -> int:
        """Hour buckets the window spans (the last one may be partial)."""
        return max(1, math.ceil((self.until - self.since) / HOUR - 1e-9))


@dataclass(frozen=True)
class Attempt:
    """The few columns of one attempt the figures need."""

    attempt_id: int
    serial: str
    attempt: int
    outcome: str
    port: str
    finished_at: float
    error_step: str = ""
    error_cause: str = ""
    cause_message: dict[str, Any] | None = None  # the cause as message JSON (id, template, params), if recorded
    steps: tuple[tuple[str, float], ...] = ()  # (step, seconds) of the steps that finished


@dataclass(frozen=True)
class HourBucket:
    start: float
    passed: int
    failed: int


@dataclass(frozen=True)
class Histogram:
    """Cycle times of one step: ``counts[i]`` steps took [edges[i], edges[i+1]) seconds."""

    step: str
    edges: tuple[float, ...]
    counts: tuple[int, ...]
    samples: int
    median: float
    mean: float


@dataclass(frozen=True)
class Cause:
    """One bar of the Pareto: the failures at ``step`` with this (English) cause."""

    step: str
    cause: str
    count: int
    cumulative_percent: float
    message: dict[str, Any] | None = None  # the cause as message JSON, parameters left out (to translate)


@dataclass(frozen=True)
class SlotHealth:
    port: str
    attempts: int
    failures: int
    failure_rate: float
    streak: int  # failures in a row at the end of the port's attempts
    flagged: bool  # "keeps failing": see HealthRule


@dataclass(frozen=True)
class HealthRule:
    """When a port "keeps failing" (docs/dashboard.md).

    Flagged when its last ``streak`` finished attempts all failed and they were not all the same board (one bad
    board retried on a slot is the board's fault), or when it has at least ``min_attempts`` attempts of which
    at least ``rate`` failed.
    """

    streak: int = 3
    min_attempts: int = 5
    rate: float = 0.5


@dataclass(frozen=True)
class Shift:
    """Every figure of the dashboard for one window."""

    window: ShiftWindow
    passed: int
    failed: int
    interrupted: int
    first_pass_units: int  # units whose attempt 1 finished (passed or failed) in the window (docs/dashboard.md)
    first_pass_passed: int  # ... and passed
    hours: tuple[HourBucket, ...]
    cycle_times: tuple[Histogram, ...]  # in pipeline order
    pareto: tuple[Cause, ...]
    slots: tuple[SlotHealth, ...]
    rule: HealthRule = field(default_factory=HealthRule)

    @property
    def first_pass_yield(self) -> float | None:
        """Fraction of units that passed on their first attempt; None before any unit finished one."""
        return self.first_pass_passed / self.first_pass_units if self.first_pass_units else None

    @property
    def flagged(self) -> tuple[SlotHealth, ...]:
        return tuple(s for s in self.slots if s.flagged)

    def histogram(self, step: str) -> Histogram | None:
        return next((h for h in self.cycle_times if h.step == step), None)


def compute(attempts: Iterable[Attempt], window: ShiftWindow, rule: HealthRule | None = None,
            *, step_order: Sequence[str] = ()) -> Shift:
    """The figures of ``attempts`` (finished in the window, any order); pure, for tests and the reader alike."""
    rule = rule or HealthRule()
    done = sorted((a for a in attempts if window.since <= a.finished_at < window.until),
                  key=lambda a: (a.finished_at, a.attempt_id))
    passed = [a for a in done if a.outcome in PASSED]
    failed = [a for a in done if a.outcome == FAILED]
    # A board that failed before it said its serial counts as a unit of its own, failed on its first attempt.
    firsts = [a for a in done if (a.attempt == 1 or not a.serial) and a.outcome != INTERRUPTED]
    return Shift(
        window=window, passed=len(passed), failed=len(failed),
        interrupted=sum(a.outcome == INTERRUPTED for a in done),
        first_pass_units=len(firsts), first_pass_passed=sum(a.outcome in PASSED for a in firsts),
        hours=_hours(done, window), cycle_times=_cycle_times(done, step_order), pareto=_pareto(failed),
        slots=_slots(done, rule), rule=rule)


def _hours(done: Sequence[Attempt], window: ShiftWindow) -> tuple[HourBucket, ...]:
    passed, failed = [0] * window.hours, [0] * window.hours
    for a in done:
        index = min(window.hours - 1, int((a.finished_at - window.since) // HOUR))
        if a.outcome in PASSED:
            passed[index] += 1
        elif a.outcome == FAILED:
            failed[index] += 1
    return tuple(HourBucket(window.since + i * HOUR, passed[i], failed[i]) for i in range(window.hours))


def nice_width(span: float, bins: int) -> float:
    """A bin width of 1, 2 or 5 times a power of ten, so that ``bins`` bins cover ``span`` seconds."""
    raw = max(span, 1e-3) / max(1, bins)
    power = 10 ** math.floor(math.log10(raw))
    return float(next(m * power for m in (1, 2, 5, 10) if m * power >= raw - 1e-12))


def histogram(step: str, seconds: Sequence[float], max_bins: int = 20) -> Histogram:
    """Bins from 0 s of a "nice" width; about sqrt(n) bins, at most ``max_bins``."""
    values = sorted(max(0.0, s) for s in seconds)
    bins = min(max_bins, max(1, math.ceil(math.sqrt(len(values)))))
    width = nice_width(values[-1] if values else 1.0, bins)
    n = max(1, math.floor(values[-1] / width) + 1 if values else 1)
    counts = [0] * n
    for v in values:
        counts[min(n - 1, int(v // width))] += 1
    return Histogram(step=step, edges=tuple(round(i * width, 9) for i in range(n + 1)), counts=tuple(counts),
                     samples=len(values), median=statistics.median(values) if values else 0.0,
                     mean=statistics.fmean(values) if values else 0.0)


def _cycle_times(done: Sequence[Attempt], step_order: Sequence[str]) -> tuple[Histogram, ...]:
    times: dict[str, list[float]] = defaultdict(list)
    position: dict[str, list[int]] = defaultdict(list)
    for a in done:
        for i, (step, seconds) in enumerate(a.steps):
            times[step].append(seconds)
            position[step].append(i)
    known = {s: i for i, s in enumerate(step_order)}
    # Pipeline order: the given order, else where the step usually comes within an attempt.
    order = sorted(times, key=lambda s: (known.get(s, len(known)), statistics.fmean(position[s]), s))
    return tuple(histogram(step, times[step]) for step in order)


def _pareto(failed: Sequence[Attempt]) -> tuple[Cause, ...]:
    counts: Counter[tuple[str, str]] = Counter()
    messages: dict[tuple[str, str], dict[str, Any] | None] = {}
    for a in failed:
        # By the English cause: the message's text without its parameters where the records keep the message,
        # else the text as recorded.
        text, message = generic(a.cause_message) if a.cause_message else (a.error_cause, None)
        counts[(a.error_step, text)] += 1
        messages[(a.error_step, text)] = message
    total, running, bars = sum(counts.values()), 0, []
    for (step, cause), count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        running += count
        bars.append(Cause(step, cause, count, 100.0 * running / total, messages[(step, cause)]))
    return tuple(bars)


def _slots(done: Sequence[Attempt], rule: HealthRule) -> tuple[SlotHealth, ...]:
    by_port: dict[str, list[Attempt]] = defaultdict(list)
    for a in done:
        if a.outcome != INTERRUPTED:  # a board pulled or a station stopped says nothing about the slot
            by_port[a.port].append(a)
    health = []
    for port in sorted(by_port):
        runs = by_port[port]
        failures = sum(a.outcome == FAILED for a in runs)
        streak = 0
        for a in reversed(runs):
            if a.outcome != FAILED:
                break
            streak += 1
        recent = runs[-rule.streak:]
        # An unidentified board ("") counts as a board of its own: it may be any board.
        boards = {a.serial or f"#{a.attempt_id}" for a in recent}
        rate = failures / len(runs)
        flagged = ((streak >= rule.streak and len(boards) > 1)
                   or (len(runs) >= rule.min_attempts and rate >= rule.rate))
        health.append(SlotHealth(port, len(runs), failures, rate, streak, flagged))
    return tuple(health)


# -- reading the records database (read-only) ---------------------------------------------------------------
def _columns(conn: sqlite3.Connection) -> set[str]:
    return {str(r[1]) for r in conn.execute("PRAGMA table_info(attempts)")}


def _cause_message(raw: Any) -> dict[str, Any] | None:
    """The failure's cause as message JSON, from ``error_messages_json`` (schema v5: {"cause": ..., "remedy": ...})."""
    if not raw:
        return None
    try:
        value = json.loads(raw)
    except (TypeError, ValueError):
        return None
    cause = value.get("cause") if isinstance(value, dict) else None
    return cause if isinstance(cause, dict) and "id" in cause and "template" in cause else None


def _blank(message: dict[str, Any]) -> dict[str, Any]:
    """The message with its data parameters replaced by "…"; a parameter that is itself a message is kept (blanked
    in turn): "{port}: {cause}" stays a different cause for each inner cause, not for each port."""
    params = message.get("params") or {}
    return {"id": message["id"], "template": message["template"],
            "params": {k: _blank(v) if isinstance(v, dict) and "template" in v else "…" for k, v in params.items()}}


def generic(message: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """A cause message with its parameters left out ("…"): the English text and the JSON to translate.

    Causes are grouped by this: "the board on … was unplugged" is one cause, whichever port it happened on.
    """
    blank = _blank(message)
    try:
        return Message.from_json(blank).text(), blank
    except (KeyError, IndexError, ValueError):  # a template that does not fit its parameters: keep it whole
        return str(message["template"]), blank


def read_attempts(conn: sqlite3.Connection, window: ShiftWindow) -> list[Attempt]:
    """The attempts that finished in the window, with their finished steps' timings."""
    # Records before schema v5 have no messages: their causes are grouped by their English text.
    extra = ", error_messages_json" if "error_messages_json" in _columns(conn) else ", NULL"
    where = "finished_at >= ? AND finished_at < ? AND outcome != 'running'"
    args: list[Any] = [window.since, window.until]
    if window.run_id:
        where += " AND run_id = ?"
        args.append(window.run_id)
    rows = conn.execute("SELECT id, serial, attempt, outcome, port, finished_at, coalesce(error_step, ''), "
                        f"coalesce(error_cause, ''){extra} FROM attempts WHERE {where} ORDER BY finished_at, id",
                        args).fetchall()
    steps: dict[int, list[tuple[str, float]]] = {int(r[0]): [] for r in rows}
    for s in conn.execute("SELECT attempt_id, step, seconds FROM attempt_steps WHERE seconds IS NOT NULL AND "
                          f"attempt_id IN (SELECT id FROM attempts WHERE {where}) ORDER BY attempt_id, seq", args):
        if int(s[0]) in steps:
            steps[int(s[0])].append((str(s[1]), float(s[2])))
    return [Attempt(attempt_id=int(r[0]), serial=str(r[1]), attempt=int(r[2]), outcome=str(r[3]), port=str(r[4]),
                    finished_at=float(r[5]), error_step=str(r[6]), error_cause=str(r[7]),
                    cause_message=_cause_message(r[8]), steps=tuple(steps[int(r[0])])) for r in rows]


def connect_readonly(path: Path | str) -> sqlite3.Connection:
    """A connection that cannot write: the dashboard must never change (or create) the records."""
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True)
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def read_shift(path: Path | str, window: ShiftWindow, rule: HealthRule | None = None,
               *, step_order: Sequence[str] = ()) -> Shift:
    """The shift's figures from the records database at ``path``; an empty shift when there is no database yet."""
    if not Path(path).exists():
        return compute([], window, rule, step_order=step_order)
    conn = connect_readonly(path)
    try:
        return compute(read_attempts(conn, window), window, rule, step_order=step_order)
    finally:
        conn.close()
