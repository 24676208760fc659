"""Following units "provisioned, waiting for the cloud" (factory-ca) once AWS answers again: slots and records."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Collection
from typing import TYPE_CHECKING, Protocol

from station.cloud.adapter import IotCloud
from station.messages import message
from station.pipeline.factory_ca import FOLLOW_BUDGET, _within, registered, unreachable
from station.pipeline.states import UnitState
from station.records.model import Outcome, UnitRecord
from station.records.store import RecordStore

if TYPE_CHECKING:
    from station.pipeline.scheduler import Station

log = logging.getLogger("station.pipeline")

#: The follow-up looks every FOLLOW_MIN s while AWS answers; backs off to ``follow_max`` while it does not.
FOLLOW_MIN = 2.0
FOLLOW_MAX = 30.0
#: A waiting record (its board gone: shipped) is looked up again after FOLLOW_MIN s, then less and less often,
#: up to every RECORD_RECHECK s: a board never powered up in the field must not use the account's quota up.
RECORD_RECHECK = 60.0

#: The step a follow-up writes into a waiting attempt's record when it finds the unit registered.
FOUND_LATER = message("detail.found-registered-later", "registered in AWS IoT: certificate {certificate} ACTIVE, "
                      "thing {thing} exists (found by {by})")


class WaitingRecords(Protocol):
    """The records' side of the follow-up (RunRecords, ThreadedRunRecords): short, called on the loop."""

    def pending(self) -> list[UnitRecord]:
        """Attempts "provisioned, waiting for the cloud" that no unit of this station is following."""
        ...

    def reached(self, attempt_id: int, outcome: Outcome, detail: str) -> bool:
        """The attempt was found registered: its outcome moves on (False if it was not waiting any more)."""
        ...


class FollowUp:
    """The station's background follow-up: backs off while AWS is away, then follows every waiting unit."""

    def __init__(self, station: Station, records: WaitingRecords | None, *, follow_max: float = FOLLOW_MAX) -> None:
        self.station = station
        self.records = records
        self.follow_max = max(FOLLOW_MIN, follow_max)
        #: Rounds that reached AWS and found something to follow (tests and the log read it).
        self.rounds = 0
        #: "attempt:<id>" or "unit:<certificate id>" -> (when it is due to be looked up in AWS again (monotonic),
        #: the wait after that).
        self._due: dict[str, tuple[float, float]] = {}

    async def run(self) -> None:
        delay = FOLLOW_MIN
        while True:
            await asyncio.sleep(delay)
            try:
                delay = await self.round(delay)
            except asyncio.CancelledError:
                raise
            except Exception:  # a bug here must not stop the station; the next round tries again
                log.exception("following units waiting for the cloud failed")
                delay = self.follow_max

    async def round(self, delay: float) -> float:
        """One look: the next delay (short while AWS answers, backing off while it does not).

        A unit still on its slot is followed again at once when the cloud comes back after being away. One
        that AWS answered about but has not seen (its board did not connect in time) is looked up with the same
        backoff as a record, and followed on as soon as AWS holds its certificate ACTIVE: a silent board must
        not keep its slot cycling between "connecting" and "stored", nor use the account's quota up.
        """
        station = self.station
        now = time.monotonic()
        present = [u for u in station.units.values() if u.state == UnitState.WAITING_CLOUD]
        due_units = [u for u in present if self._is_due(f"unit:{u.ids.certificate_id}", now)]
        # The records are read where their connection lives (the loop's thread, or their writer thread).
        pending = [r for r in (self.records.pending() if self.records is not None else [])
                   if self._is_due(f"attempt:{r.attempt_id}", now)]
        if not due_units and not pending:
            return FOLLOW_MIN
        services = station.services
        was_down = services.link is not None and not services.link.reachable
        probe = ((due_units[0].ids.certificate_id, due_units[0].ids.thing_name) if due_units
                 else (pending[0].certificate_id, pending[0].thing_name))
        try:
            first = await services.caller.call("DescribeCertificate", _within(FOLLOW_BUDGET, registered),
                                               services.cloud, *probe)
        except Exception as exc:
            if unreachable(exc) and services.link is not None:
                services.link.down(str(exc))
            log.info("units wait for the cloud: %s; looking again in %.0f s", exc, min(delay * 2, self.follow_max))
            return min(delay * 2, self.follow_max)
        if services.link is not None:
            services.link.up()
        self.rounds += 1
        if was_down:  # the cloud is back: every unit still on its slot is followed now
            for unit in present:
                self._due.pop(f"unit:{unit.ids.certificate_id}", None)
                station._start_follow(unit.port.url)
        else:
            for n, unit in enumerate(due_units):
                self._schedule(f"unit:{unit.ids.certificate_id}")
                try:
                    status = first if n == 0 else await services.caller.call(
                        "DescribeCertificate", _within(FOLLOW_BUDGET, registered), services.cloud,
                        unit.ids.certificate_id, unit.ids.thing_name)
                except Exception as exc:
                    if unreachable(exc):
                        if services.link is not None:
                            services.link.down(str(exc))
                        return min(delay * 2, self.follow_max)
                    log.warning("looking up waiting unit %d failed: %s", unit.number, exc)
                    continue
                if status == "ACTIVE":  # AWS registered it: on to ready
                    self._due.pop(f"unit:{unit.ids.certificate_id}", None)
                    station._start_follow(unit.port.url)
        for record in pending:
            self._schedule(f"attempt:{record.attempt_id}")
            try:
                status = await services.caller.call("DescribeCertificate", _within(FOLLOW_BUDGET, registered),
                                                    services.cloud, record.certificate_id, record.thing_name)
            except Exception as exc:
                if unreachable(exc):
                    if services.link is not None:
                        services.link.down(str(exc))
                    return min(delay * 2, self.follow_max)
                log.warning("looking up waiting attempt %d failed: %s", record.attempt_id, exc)
                continue
            if status == "ACTIVE" and self.records is not None:
                detail = FOUND_LATER(certificate=record.certificate_id[:12], thing=record.thing_name,
                                     by="the station's follow-up").text()
                self.records.reached(record.attempt_id, Outcome.PASSED, detail)
        return FOLLOW_MIN

    def _is_due(self, key: str, now: float) -> bool:
        return self._due.get(key, (now, 0.0))[0] <= now

    def _schedule(self, key: str) -> None:
        """The next look-up of ``key``: FOLLOW_MIN s after the first, then twice as long each time, up to
        RECORD_RECHECK s."""
        wait = self._due.get(key, (0.0, FOLLOW_MIN))[1]
        self._due[key] = (time.monotonic() + wait, min(wait * 2, RECORD_RECHECK))


def follow_records(store: RecordStore, cloud: IotCloud, *, by: str = "a QA lookup",
                   attempts: Collection[int] | None = None) -> list[tuple[UnitRecord, str]]:
    """Blocking, for QA and the CLI: look up every waiting attempt in AWS (or only ``attempts``: one unit's, for
    a QA lookup); registered ones become passed.

    Returns each waiting attempt with the status AWS gave its certificate ("" when AWS does not know it yet).
    """
    found: list[tuple[UnitRecord, str]] = []
    for record in store.waiting_cloud():
        if attempts is not None and record.attempt_id not in attempts:
            continue
        status = registered(cloud, record.certificate_id, record.thing_name) or ""
        if status == "ACTIVE":
            store.cloud_reached(record.attempt_id, outcome=Outcome.PASSED, at=time.time(),
                                detail=FOUND_LATER(certificate=record.certificate_id[:12], thing=record.thing_name,
                                                   by=by).text())
        found.append((record, status))
    return found
