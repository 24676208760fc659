"""Fault knobs of a virtual board, settable at creation and at run time (thread-safe).

Knobs (``FaultPlan`` fields) and their spec syntax (comma-separated, for a CLI flag):

``corrupt:N`` — ``corrupt_frames=N``
    Flip a byte inside each of the next N answer frames (A or E), so the host
    sees a CRC mismatch. Counts down; the host's resend then gets a clean answer.
``drop:OBJ:N`` — ``drop_link_at=("OBJ", N)``
    Drop the link (as if the cable were pulled) when the Nth ``wchunk`` of
    object OBJ (cert, ca, endpoint, thing, key) arrives, counted from the time
    the knob was set. Fires once; the board stays unplugged until ``plug()``.
``silent`` / ``silent:CMD`` — ``silent_from="*"`` / ``silent_from="CMD"``
    Stop answering from the first CMD request on (``*``: from now on, always).
    Clear with ``update(silent_from=None)``.
``refuse-csr`` — ``refuse_csr=True``
    ``keygen`` answers ``E csr-unsupported`` and ``hello`` omits the ``csr`` capability.
``dup-serial:SN`` — ``duplicate_serial="SN"``
    ``identify`` (and the boot notice) report serial SN instead of the board's own.

Knobs of the device agent (station.virtual.agent):

``boot-fail`` — ``boot_fail=True``
    The next image the agent installs does not boot: the board falls back to
    the previous slot and the agent reports the job FAILED. Fires once.
``offline`` — ``offline=True``
    The agent does not connect to the cloud (and drops an open connection)
    until ``update(offline=False)`` or ``VirtualBoard.go_online()``.
``stale-url`` — ``stale_url=True``
    The first download of every job uses its URL with a damaged signature, as
    if the pre-signed URL had expired: S3 answers 403 and the agent must ask
    for the job document again. Stays on until cleared.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

_OBJECTS = ("cert", "ca", "endpoint", "thing", "key")


@dataclass
class FaultPlan:
    """What a virtual board does wrong; change at run time with update()."""

    corrupt_frames: int = 0
    drop_link_at: tuple[str, int] | None = None
    silent_from: str | None = None
    refuse_csr: bool = False
    duplicate_serial: str | None = None
    boot_fail: bool = False
    offline: bool = False
    stale_url: bool = False
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)
    _silenced: bool = field(default=False, repr=False, compare=False)
    _chunks_seen: int = field(default=0, repr=False, compare=False)
    _stale_jobs: set[str] = field(default_factory=set, repr=False, compare=False)
    _listeners: list[Callable[[], None]] = field(default_factory=list, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._check(self.drop_link_at)

    @staticmethod
    def _check(drop: tuple[str, int] | None) -> None:
        if drop is not None and (drop[0] not in _OBJECTS or drop[1] < 1):
            raise ValueError(f"drop_link_at must be (one of {', '.join(_OBJECTS)}, N ≥ 1), got {drop!r}")

    @classmethod
    def parse(cls, spec: str) -> FaultPlan:
        """Build a plan from e.g. "corrupt:2,drop:cert:1,silent:keygen,refuse-csr,dup-serial:SN123"."""
        plan = cls()
        for item in filter(None, (part.strip() for part in spec.split(","))):
            name, _, arg = item.partition(":")
            try:
                if name == "corrupt":
                    plan.corrupt_frames = int(arg or "1")
                elif name == "drop":
                    obj, _, nth = arg.partition(":")
                    plan.drop_link_at = (obj, int(nth or "1"))
                    cls._check(plan.drop_link_at)
                elif name == "silent":
                    plan.silent_from = arg or "*"
                elif name == "refuse-csr" and not arg:
                    plan.refuse_csr = True
                elif name == "dup-serial" and arg:
                    plan.duplicate_serial = arg
                elif name in ("boot-fail", "offline", "stale-url") and not arg:
                    setattr(plan, name.replace("-", "_"), True)
                else:
                    raise ValueError("unknown fault")
            except ValueError as exc:
                raise ValueError(f"bad fault spec item {item!r} ({exc}); expected corrupt:N, drop:OBJ:N, "
                                 "silent[:CMD], refuse-csr, dup-serial:SN, boot-fail, offline or stale-url") from None
        return plan

    def update(self, **knobs: Any) -> None:
        """Change knobs at run time, e.g. update(corrupt_frames=2, silent_from=None)."""
        with self._lock:
            for name, value in knobs.items():
                if name.startswith("_") or not hasattr(self, name):
                    raise AttributeError(f"no fault knob '{name}'")
                if name == "drop_link_at":
                    self._check(value)
                    self._chunks_seen = 0
                if name == "silent_from":
                    self._silenced = False
                setattr(self, name, value)
            listeners = list(self._listeners)
        for listener in listeners:  # outside the lock: a listener may read the knobs
            listener()

    def add_listener(self, callback: Callable[[], None]) -> None:
        """Call callback (from the updating thread) after every update(); the agent wakes up on it."""
        with self._lock:
            self._listeners.append(callback)

    def remove_listener(self, callback: Callable[[], None]) -> None:
        with self._lock:
            if callback in self._listeners:
                self._listeners.remove(callback)

    # -- queried by the board's thread ---------------------------------------

    def take_corruption(self) -> bool:
        """True if the next answer frame must be damaged (and counts it)."""
        with self._lock:
            if self.corrupt_frames > 0:
                self.corrupt_frames -= 1
                return True
            return False

    def is_silent(self, cmd: str) -> bool:
        """True if the board must not answer this request (latches once triggered)."""
        with self._lock:
            if self.silent_from is not None and self.silent_from in ("*", cmd):
                self._silenced = True
            return self._silenced and self.silent_from is not None

    def take_boot_fail(self) -> bool:
        """True (once) if the image being installed now must fail to boot."""
        with self._lock:
            fail, self.boot_fail = self.boot_fail, False
            return fail

    def take_stale_url(self, job_id: str) -> bool:
        """True for the first download of job_id while stale_url is set."""
        with self._lock:
            if not self.stale_url or job_id in self._stale_jobs:
                return False
            self._stale_jobs.add(job_id)
            return True

    def should_drop(self, obj: str) -> bool:
        """Count a wchunk of obj; True (once) when the link must drop now."""
        with self._lock:
            if self.drop_link_at is None or self.drop_link_at[0] != obj:
                return False
            self._chunks_seen += 1
            if self._chunks_seen >= self.drop_link_at[1]:
                self.drop_link_at = None
                self._chunks_seen = 0
                return True
            return False
