"""Fault knobs of a virtual nRF91 modem, settable at creation and at run time (thread-safe).

Spec syntax (comma-separated, like station.virtual.faults):

``garble:N`` — ``garble=N``
    Damage the next N response lines (information and final lines, not the
    echo or the shell prompt): a byte in the middle becomes garbage. Counts down.
``active`` — ``active=True``
    The modem stays active: ``AT+CFUN=4`` answers OK but ``AT+CFUN?`` stays 1,
    so %CMNG writes/deletes and %KEYGEN answer ``+CME ERROR: 518``.
``full`` — ``full=True``
    Credential storage is full: %CMNG writes answer ``+CME ERROR: 515``.
``drop:cert`` / ``drop:ca`` — ``drop="cert"`` / ``drop="ca"``
    Drop the link (cable pulled) while receiving the next %CMNG write of the
    client certificate (type 1) / root CA (type 0). Fires once; the modem
    stays unplugged until ``plug()``.
``slow-keygen:S`` — ``slow_keygen=S``
    %KEYGEN takes S seconds before answering.
``silent`` — ``silent=True``
    The modem answers nothing (not even an echo) until cleared.
``no-overwrite`` — ``no_overwrite=True``
    A %CMNG write to a (sec_tag, type) pair that already holds an item answers
    ``+CME ERROR: 519`` (already exists), as some modem firmware does: the host
    must delete it first (``AT%CMNG=3``).
``urc:N`` — ``urc=N``
    An unsolicited result code (``+CEREG: 2,...``) comes before each of the
    next N answers, as when the application has subscribed to registration events.

Items not listed here go to the device agent's FaultPlan (``split_spec``):
``offline``, ``boot-fail``, ``stale-url``.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

from station.virtual.faults import FaultPlan

#: %CMNG credential types of the droppable objects.
DROP_TYPES = {"ca": 0, "cert": 1}


@dataclass
class ModemFaults:
    """What a virtual modem does wrong; change at run time with update()."""

    garble: int = 0
    active: bool = False
    full: bool = False
    drop: str | None = None
    slow_keygen: float = 0.0
    silent: bool = False
    no_overwrite: bool = False
    urc: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._check(self.drop)

    @staticmethod
    def _check(drop: object) -> None:
        if drop is not None and drop not in DROP_TYPES:
            raise ValueError(f"drop must be one of {', '.join(DROP_TYPES)}, got {drop!r}")

    @classmethod
    def parse(cls, spec: str) -> ModemFaults:
        """Build from e.g. "garble:2,active,full,drop:cert,slow-keygen:3,silent,urc:1"; unknown items raise."""
        faults, rest = split_spec(spec)
        if rest:
            raise ValueError(f"not a modem fault: {', '.join(rest)}")
        return faults

    def update(self, **knobs: Any) -> None:
        """Change knobs at run time, e.g. update(active=False, garble=1)."""
        with self._lock:
            for name, value in knobs.items():
                if name.startswith("_") or not hasattr(self, name):
                    raise AttributeError(f"no modem fault knob '{name}'")
                if name == "drop":
                    self._check(value)
                setattr(self, name, value)

    # -- queried by the modem's thread -------------------------------------------

    def take_garble(self) -> bool:
        """True if the next response line must be damaged (and counts it)."""
        with self._lock:
            if self.garble > 0:
                self.garble -= 1
                return True
            return False

    def take_urc(self) -> bool:
        """True if an unsolicited line must precede the next answer (and counts it)."""
        with self._lock:
            if self.urc > 0:
                self.urc -= 1
                return True
            return False

    def take_drop(self, cred_type: int) -> bool:
        """True (once) if a %CMNG write of cred_type must drop the link now."""
        with self._lock:
            if self.drop is not None and DROP_TYPES[self.drop] == cred_type:
                self.drop = None
                return True
            return False

    def drop_armed(self) -> bool:
        with self._lock:
            return self.drop is not None


def _parse_item(faults: ModemFaults, name: str, arg: str) -> bool:
    """Apply one spec item; False if it is not a modem knob."""
    if name in ("garble", "urc"):
        count = int(arg or "1")
        if count < 0:
            raise ValueError(f"{name} count must be ≥ 0")
        setattr(faults, name, count)
    elif name in ("active", "full", "silent", "no-overwrite"):
        if arg:
            raise ValueError(f"{name} takes no argument")
        setattr(faults, name.replace("-", "_"), True)
    elif name == "drop":
        if arg not in DROP_TYPES:
            raise ValueError(f"a modem drops during the write of {' or '.join(DROP_TYPES)}")
        faults.drop = arg
    elif name == "slow-keygen":
        faults.slow_keygen = float(arg)
        if faults.slow_keygen < 0:
            raise ValueError("slow-keygen seconds must be ≥ 0")
    else:
        return False
    return True


def split_spec(spec: str) -> tuple[ModemFaults, list[str]]:
    """Modem knobs of spec, and the items left over (for the device agent's FaultPlan)."""
    faults = ModemFaults()
    rest: list[str] = []
    for item in filter(None, (part.strip() for part in spec.split(","))):
        name, _, arg = item.partition(":")
        try:
            known = _parse_item(faults, name, arg)
        except ValueError as exc:
            raise ValueError(f"bad modem fault {item!r} ({exc}); expected garble:N, active, full, "
                             "drop:cert, drop:ca, slow-keygen:S, silent, no-overwrite or urc:N") from None
        if not known:
            rest.append(item)
    return faults, rest


#: Knobs of the device agent (station.virtual.faults) that apply to a modem's application too.
AGENT_KNOBS = ("offline", "boot-fail", "stale-url")


def parse_modem_spec(spec: str) -> tuple[ModemFaults, FaultPlan]:
    """A modem's whole fault spec: its own knobs plus the device agent's (offline, boot-fail, stale-url)."""
    faults, rest = split_spec(spec)
    foreign = [item for item in rest if item not in AGENT_KNOBS]
    if foreign:
        raise ValueError(f"not a virtual modem fault: {', '.join(foreign)} (modem: garble:N, active, full, "
                         "drop:cert, drop:ca, slow-keygen:S, silent, no-overwrite, urc:N; "
                         f"agent: {', '.join(AGENT_KNOBS)})")
    return faults, FaultPlan.parse(",".join(rest))
