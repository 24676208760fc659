"""Scheduler: results stay until the board is removed; a re-plugged board starts again; parallel limit holds."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Callable

import pytest

from station.cloud.connect import EmbeddedCloud
from station.pipeline.events import Event, StepStarted, UnitPassed, UnitRemoved
from station.pipeline.scheduler import Station
from station.pipeline.states import UnitState
from station.profile import Profile
from station.virtual.fleet import BoardSpec, VirtualFleet

pytestmark = pytest.mark.timeout(120)


class Waiter:
    """Wakes a coroutine when a condition over the events seen so far becomes true."""

    def __init__(self, events: list[Event]) -> None:
        self.events = events
        self.changed = asyncio.Event()

    def __call__(self, _event: Event) -> None:
        self.changed.set()

    async def until(self, condition: Callable[[Event], bool], seconds: float = 30) -> None:
        async with asyncio.timeout(seconds):
            while not any(condition(e) for e in self.events):
                self.changed.clear()
                await self.changed.wait()


def test_result_stays_until_removed_and_replug_restarts(profile: Profile, embedded: EmbeddedCloud) -> None:
    assert embedded.cloud is not None
    one_at_a_time = dataclasses.replace(profile, parallel=1)
    with VirtualFleet(specs=[BoardSpec("sensor-a", "B")] * 2) as fleet:
        station = Station(one_at_a_time, embedded.cloud, [fleet.provider], poll_interval=0.05)
        events: list[Event] = []
        station.bus.subscribe(events.append)

        async def scenario() -> None:
            waiter = Waiter(events)
            station.bus.subscribe(waiter)
            wait_for = waiter.until
            stop = asyncio.Event()
            runner = asyncio.create_task(station.run(stop))
            try:
                await wait_for(lambda e: sum(isinstance(x, UnitPassed) for x in events) == 2)
                await asyncio.sleep(0.3)  # several discovery rounds later the results are still there
                assert [u.state for u in station.units.values()] == [UnitState.PASSED] * 2
                board = fleet.boards[0]
                old_url = board.url
                fleet.unplug(board.identity.serial)
                await wait_for(lambda e: isinstance(e, UnitRemoved) and e.port == old_url)
                assert old_url not in station.units and len(station.units) == 1
                fleet.plug(board.identity.serial)
                await wait_for(lambda e: sum(isinstance(x, UnitPassed) for x in events) == 3)
                assert len(station.units) == 2
                assert station.units[str(board.url)].state == UnitState.PASSED
            finally:
                stop.set()
                await runner

        asyncio.run(scenario())
    # parallel = 1: the second unit started identifying only after the first one passed.
    order = [(type(e).__name__, e.unit) for e in events if isinstance(e, (StepStarted, UnitPassed))
             and (not isinstance(e, StepStarted) or e.step == UnitState.IDENTIFYING)]
    assert order[:4] == [("StepStarted", 1), ("UnitPassed", 1), ("StepStarted", 2), ("UnitPassed", 2)]
