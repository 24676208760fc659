"""Barcode scans matched to slots and compared with the serial the board reports; pure Python, no widgets."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

from ui.i18n import QT_TRANSLATE_NOOP

#: Why a scan went nowhere, in English; the view shows them translated (context "ScanMatcher").
EMPTY_SCAN = QT_TRANSLATE_NOOP("ScanMatcher", "empty scan")
NO_FREE_SLOT = QT_TRANSLATE_NOOP("ScanMatcher", "every slot already has a scan; select a slot to re-scan it")


class ScanStatus(enum.StrEnum):
    PENDING = "pending"  # label scanned, the board has not told its serial yet
    MATCH = "match"
    MISMATCH = "mismatch"


@dataclass(frozen=True)
class ScanRecord:
    scanned: str
    reported: str = ""

    @property
    def status(self) -> ScanStatus:
        if not self.reported:
            return ScanStatus.PENDING
        return ScanStatus.MATCH if same_serial(self.scanned, self.reported) else ScanStatus.MISMATCH


@dataclass(frozen=True)
class ScanOutcome:
    """Where a scan went; ``slot`` is None when no slot could take it (``reason`` says why)."""

    serial: str
    slot: str | None
    record: ScanRecord | None = None
    reason: str = ""


def normalise(text: str) -> str:
    """What a keyboard-wedge scanner typed, without the whitespace and control characters it may add."""
    return "".join(ch for ch in text if ch.isprintable()).strip()


def same_serial(a: str, b: str) -> bool:
    # Scanners follow the keyboard's Caps Lock state, so case is not significant.
    return normalise(a).casefold() == normalise(b).casefold()


class ScanMatcher:
    """Assigns scanned serials to slots (keyed by port URL) and checks them against the boards' own serials.

    Rules, in order: the selected slot takes the scan; otherwise a slot without a
    scan whose board already reports that very serial; otherwise the first slot
    (in wall order) without a scan. A slot is re-scannable: a new scan replaces
    the old one.
    """

    def __init__(self) -> None:
        self._scanned: dict[str, str] = {}
        self._reported: dict[str, str] = {}

    def scan(self, text: str, order: Sequence[str], selected: str | None = None) -> ScanOutcome:
        serial = normalise(text)
        if not serial:
            return ScanOutcome(serial, None, reason=EMPTY_SCAN)
        target = selected if selected in order else None
        if target is None:
            free = [url for url in order if url not in self._scanned]
            target = next((u for u in free if same_serial(self._reported.get(u, ""), serial)), None)
            target = target or (free[0] if free else None)
        if target is None:
            return ScanOutcome(serial, None, reason=NO_FREE_SLOT)
        self._scanned[target] = serial
        return ScanOutcome(serial, target, self.record(target))

    def reported(self, slot: str, serial: str) -> ScanRecord | None:
        """The board on ``slot`` told its serial; returns the slot's scan record if it has been scanned."""
        self._reported[slot] = serial
        return self.record(slot)

    def record(self, slot: str) -> ScanRecord | None:
        scanned = self._scanned.get(slot)
        return None if scanned is None else ScanRecord(scanned, self._reported.get(slot, ""))

    def forget(self, slot: str) -> None:
        """The board left the slot (or the operator cleared it): its scan and serial no longer apply."""
        self._scanned.pop(slot, None)
        self._reported.pop(slot, None)
