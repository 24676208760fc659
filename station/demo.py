"""The demo environment: embedded local cloud, bootstrap and a fleet of virtual boards, wired to a Station."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from pathlib import Path
from types import TracebackType
from typing import Any

from station.cloud.adapter import IotCloud
from station.cloud.bootstrap import BootstrapAction, bootstrap
from station.cloud.connect import EmbeddedCloud
from station.errors import StationError
from station.jobs.demo_content import seed_demo_catalog
from station.jobs.follow import CloudJobSource
from station.pipeline.events import Event
from station.pipeline.scheduler import Station, Summary
from station.pipeline.states import UnitState
from station.profile import Profile, load_profile
from station.virtual.fleet import BoardSpec, VirtualFleet

log = logging.getLogger("station.demo")

#: Board kinds of the demo fleet, matching the demo profile's models and group rules.
DEMO_MODELS = (BoardSpec("sensor-a", "B"), BoardSpec("sensor-a", "A"), BoardSpec("gateway-x", "2"))
MAX_BOARDS = 256


class DemoEnvironment:
    """Everything `station demo` needs; a context manager so every process and port is released."""

    def __init__(self, boards: int, *, profile: Profile | None = None, state_dir: Path | None = None,
                 faults: dict[int, str] | None = None, transport: str = "pty") -> None:
        if not 1 <= boards <= MAX_BOARDS:  # 0 would wait for a unit that never comes
            raise StationError(f"the demo needs 1 to {MAX_BOARDS} virtual boards, not {boards}", step="demo",
                               remedy=f"Ask for between 1 and {MAX_BOARDS} boards.")
        self.profile = profile or load_profile(None)
        self.boards = boards
        self.faults = faults or {}
        self.transport = transport
        self.embedded = EmbeddedCloud(state_dir, profile=self.profile)
        self.fleet: VirtualFleet | None = None
        self.bootstrap_actions: list[BootstrapAction] = []

    @property
    def cloud(self) -> IotCloud:
        assert self.embedded.cloud is not None, "start() first"
        return self.embedded.cloud

    def start(self) -> DemoEnvironment:
        try:
            cloud = self.embedded.start()
            # The engineer's identity bootstraps; everything after runs as the station's least-privilege one.
            self.bootstrap_actions = bootstrap(self.embedded.as_role("engineer"), self.profile)
            # Demo firmware 1.0.0/1.1.0 and config "1" per model; 1.1.0 and "1" released to every group.
            self.bootstrap_actions += seed_demo_catalog(cloud, self.profile)
            self.fleet = VirtualFleet(self.boards, transport=self.transport, faults=self.faults,
                                      baud=self.profile.serial.baud, models=DEMO_MODELS)
        except BaseException:
            self.close()
            raise
        return self

    def close(self) -> None:
        if self.fleet is not None:
            self.fleet.close()
        self.embedded.close()

    def __enter__(self) -> DemoEnvironment:
        return self.start()

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def station(self, **kwargs: Any) -> Station:
        assert self.fleet is not None
        kwargs.setdefault("jobs", CloudJobSource(self.cloud))
        return Station(self.profile, self.cloud, [self.fleet.provider], **kwargs)


async def run_until_settled(station: Station, expected: int, *, timeout: float | None = None) -> Summary:  # noqa: ASYNC109
    """Run the station until ``expected`` units have a final result (or timeout); returns the summary."""
    stop = asyncio.Event()
    done = asyncio.Event()

    def check(_event: Event) -> None:
        finals = [u for u in station.units.values() if u.state in (UnitState.PASSED, UnitState.FAILED)]
        if len(finals) >= expected:
            done.set()

    station.bus.subscribe(check)
    if expected < 1:  # nothing to wait for: no event would ever say so
        done.set()
    runner = asyncio.create_task(station.run(stop))
    started = time.monotonic()
    try:
        if timeout is None:
            await done.wait()
        else:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(done.wait(), timeout)
        return station.summary()
    finally:
        stop.set()
        await runner
        log.info("run settled in %.2f s", time.monotonic() - started)
