"""Automatic driver choice for a discovered port: profile rules, then USB-id shortlist confirmed by probes."""

from __future__ import annotations

import fnmatch
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from station.board.driver import DriverSpec, LinkSettings, driver_specs
from station.domain import PortInfo
from station.messages import Message, message

log = logging.getLogger("station.board")

#: The driver name a rule gives to leave matching ports alone.
IGNORE = "ignore"


@dataclass(frozen=True, kw_only=True)
class PortRule:
    """One ``[[serial.rules]]`` entry: ports it matches get ``driver`` (or are ignored) without probing.

    A rule matches when every key it sets matches: ``usb_id`` is a glob over the port's "vid:pid"
    (lower-case hex, e.g. "1915:*"; a port without USB ids never matches it), ``port`` a glob over the
    port's path or URL (e.g. "/dev/ttyACM*", "COM1?").
    """

    usb_id: str = ""
    port: str = ""
    driver: str

    def __post_init__(self) -> None:
        if not (self.usb_id or self.port) or not self.driver:
            raise ValueError("a serial rule needs usb_id or port, and driver")

    def matches(self, port: PortInfo) -> bool:
        # fnmatchcase: the same answer on every OS, and no regular expression built from what a device says.
        if self.usb_id and not (port.usb_id and fnmatch.fnmatchcase(port.usb_id.lower(), self.usb_id.lower())):
            return False
        return not self.port or fnmatch.fnmatchcase(port.url, self.port)

    def __str__(self) -> str:
        keys = [f'{k} = "{v}"' for k, v in (("usb_id", self.usb_id), ("port", self.port)) if v]
        return f"rule {{{', '.join(keys)}}}"


@dataclass(frozen=True)
class Choice:
    """The driver a port is bound to, and why (for the log and the slot)."""

    driver: str
    detail: str  # English (log, CLI)
    detail_message: Message | None = field(default=None, compare=False)  # the same, for the window


@dataclass(frozen=True)
class Ignored:
    """The port is left alone (not failed): a rule says so, or no shortlisted driver's board answered."""

    reason: str  # English (log, CLI)
    reason_message: Message | None = field(default=None, compare=False)  # the same, for the window


_RULE_IGNORES = message("choice.rule-ignores", "the profile's {rule} says ignore")
_RULE_BINDS = message("choice.rule", "the profile's {rule}")
_AUTO_OFF = message("choice.auto-off", "serial.driver (automatic choice is off)")
_UNCLAIMED = message("choice.unclaimed", "serial.driver (no driver claims this port's USB id)")
_NOT_USB = message("choice.not-usb", "serial.driver (not a USB port)")
_USB_MATCH = message("choice.usb-match", "USB id {usb_id} matches {glob}")
_ANSWERED = message("choice.answered", "{answer} answered the {driver} probe (USB id {usb_id})")
_NO_ANSWER = message("choice.no-answer", "USB id {usb_id} is claimed by {drivers}, but no such board answered "
                                         "(another port of the same device, or its firmware is not running)")
FIXED_PORT = message("choice.fixed", "fixed")
CHOICE_FAILED = message("choice.failed", "choosing its driver failed ({error}); see the log")


def _chose(driver: str, why: Message) -> Choice:
    return Choice(driver, why.text(), why)


def ignored(why: Message) -> Ignored:
    return Ignored(why.text(), why)


#: options_for(driver name) -> that driver's [drivers.<name>] table from the profile.
OptionsFor = Callable[[str], Mapping[str, Any]]


def shortlist(port: PortInfo) -> list[tuple[DriverSpec, str]]:
    """Registered drivers whose usb_ids claim the port, each with the glob that matched.

    Built-in drivers come first, then plug-ins, each in name order: a plug-in that claims the same ids
    as a built-in is asked only if the built-in's probe says no.
    """
    usb_id = port.usb_id.lower()
    if not usb_id:
        return []
    found = []
    for spec in sorted(driver_specs(), key=lambda s: (s.origin != "built-in", s.name)):
        glob = next((g for g in spec.usb_ids if fnmatch.fnmatchcase(usb_id, g.lower())), None)
        if glob is not None:
            found.append((spec, glob))
    return found


def choose(port: PortInfo, rules: Sequence[PortRule], default_driver: str, settings: LinkSettings,
           options_for: OptionsFor, auto: bool = True) -> Choice | Ignored:
    """Pick the driver for one port, in the order of docs/drivers.md; blocking (probes open the port).

    1. The first profile rule that matches binds (or ignores) without probing.
    2. With ``auto``: drivers shortlisted by the port's USB id are probed in turn; the first whose board
       answers binds. If every probe says no, the port is ignored (a DK's other COM ports), not failed.
    3. Every other port gets ``default_driver`` without probing.

    The caller logs an Ignored port's reason (once: choose() runs once per port appearance).
    """
    for rule in rules:
        if rule.matches(port):
            if rule.driver == IGNORE:
                return ignored(_RULE_IGNORES(rule=str(rule)))
            return _chose(rule.driver, _RULE_BINDS(rule=str(rule)))
    if not auto:
        return _chose(default_driver, _AUTO_OFF())
    candidates = shortlist(port)
    if not candidates:
        return _chose(default_driver, _UNCLAIMED() if port.usb_id else _NOT_USB())
    for spec, glob in candidates:
        if spec.probe is None:
            return _chose(spec.name, _USB_MATCH(usb_id=port.usb_id, glob=glob))
        answer = _probe(spec, port, settings, options_for)
        if answer:
            return _chose(spec.name, _ANSWERED(answer=answer, driver=spec.name, usb_id=port.usb_id))
    names = ", ".join(spec.name for spec, _ in candidates)
    return ignored(_NO_ANSWER(usb_id=port.usb_id, drivers=names))


def _probe(spec: DriverSpec, port: PortInfo, settings: LinkSettings, options_for: OptionsFor) -> str:
    """What answered the driver's probe (never empty), or "" for "not this driver's board"."""
    assert spec.probe is not None
    try:
        answer = spec.probe(port.url, settings, options_for(spec.name))
    except Exception as exc:  # a driver's probe must not fail discovery: it counts as "not mine"
        log.warning("%s: the %s driver's probe failed (%s: %s); counted as no answer",
                    port.url, spec.name, type(exc).__name__, exc)
        return ""
    if answer is None or answer == "":
        return ""
    # The text comes from the board and goes into the log and the UI: one short printable line at most.
    text = "".join(ch for ch in str(answer) if ch.isprintable()).strip()[:80]
    return text or f"a {spec.name} board"
