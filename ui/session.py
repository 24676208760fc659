"""The station behind a window: builds the cloud off the GUI thread, runs the Station as an asyncio task."""

from __future__ import annotations

import asyncio
import contextlib
import enum
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from station.board.discovery import PortProvider
from station.cloud.adapter import IotCloud
from station.errors import StationError
from station.jobs.follow import CloudJobSource
from station.pipeline.events import EventBus
from station.pipeline.scheduler import Station
from station.profile import Profile
from station.records.run import RunRecords
from station.virtual.fleet import VirtualFleet

log = logging.getLogger("station.ui")


@dataclass
class Backend:
    """A cloud and the ports to watch, plus how to release them; made by a blocking factory in a thread."""

    profile: Profile
    cloud: IotCloud
    providers: list[PortProvider]
    close: Callable[[], None]
    fleet: VirtualFleet | None = None
    endpoint: str = ""  # where the control plane is, for the engineer view ("" = AWS's own)


def demo_backend(boards: int, *, profile: Profile | None = None, faults: dict[int, str] | None = None,
                 transport: str = "pty", state_dir: Path | None = None) -> Backend:
    """Embedded cloud + bootstrap + N virtual boards (blocking: starts a process and calls boto3)."""
    from station.demo import DemoEnvironment

    env = DemoEnvironment(boards, profile=profile, faults=faults, transport=transport, state_dir=state_dir).start()
    assert env.fleet is not None
    endpoint = env.embedded.endpoints.http_url if env.embedded.endpoints else ""
    return Backend(env.profile, env.cloud, [env.fleet.provider], env.close, env.fleet, endpoint)


def profile_backend(profile_path: str | None) -> Backend:
    """The profile's cloud (embedded or AWS) and the real serial ports it names (blocking)."""
    from station.board.discovery import SerialPortProvider
    from station.cloud.connect import profile_cloud

    stack = contextlib.ExitStack()  # the cloud stays open for the session; Backend.close ends it
    profile, cloud = stack.enter_context(profile_cloud(profile_path))
    providers: list[PortProvider] = [SerialPortProvider(include=list(profile.serial.ports),
                                                        usb_ids=list(profile.serial.usb_ids))]
    return Backend(profile, cloud, providers, stack.close, endpoint=cloud.target.endpoint_url or "")


def cloud_label(profile: Profile, *, demo_boards: int | None = None) -> str:
    """Where units go, for the title bar: never leave the operator guessing whether this is the real cloud."""
    if demo_boards is not None:
        return f"demo: embedded cloud, {demo_boards} virtual boards"
    if profile.embedded:
        return "embedded local cloud"
    who = profile.cloud.profile or "default credentials"
    return f"AWS {who}, {profile.cloud.region}"


class SessionState(enum.StrEnum):
    STARTING = "starting"
    RUNNING = "running"
    STOPPING = "stopping"
    STOPPED = "stopped"
    ERROR = "error"


@dataclass
class SessionOptions:
    until: str = ""  # "" = the profile's jobs.until
    auto_start: bool = True
    poll_interval: float = 0.5


@dataclass
class StationSession:
    """Owns one Station for the window's lifetime.

    ``run()`` is the coroutine the Qt loop (qasync) runs: the blocking backend
    factory goes to the default executor, then ``Station.run`` watches ports
    until ``request_stop()``. Events reach the GUI through ``bus``, which exists
    before the Station, so the EventBridge can subscribe up front.
    """

    make_backend: Callable[[], Backend]
    profile: Profile
    label: str
    options: SessionOptions = field(default_factory=SessionOptions)
    bus: EventBus = field(default_factory=EventBus)
    backend: Backend | None = None
    station: Station | None = None
    records: RunRecords | None = None
    state: SessionState = SessionState.STARTING
    error: StationError | None = None
    _listeners: list[Callable[[SessionState], None]] = field(default_factory=list)
    _stop: asyncio.Event = field(default_factory=asyncio.Event)

    def subscribe(self, listener: Callable[[SessionState], None]) -> None:
        self._listeners.append(listener)

    def _set(self, state: SessionState) -> None:
        self.state = state
        for listener in list(self._listeners):
            listener(state)

    @property
    def follows_jobs(self) -> bool:
        until = self.options.until or self.profile.jobs.until
        return until == "ready"  # the window's Station always has a job source (CloudJobSource)

    async def run(self) -> None:
        loop = asyncio.get_running_loop()
        try:
            self.backend = await loop.run_in_executor(None, self.make_backend)
        except StationError as exc:
            self.error = exc
            log.error("station could not start: %s", exc)
            self._set(SessionState.ERROR)
            return
        except Exception as exc:  # a bug or a missing dependency: still say so in the window
            log.exception("station could not start")
            self.error = StationError(f"the station could not start: {type(exc).__name__}: {exc}",
                                      step="start-up", remedy="Report this with the log file to the developers.")
            self._set(SessionState.ERROR)
            return
        try:
            if self._stop.is_set():
                return
            backend = self.backend
            # Units are followed through their group's continuous jobs unless the profile or
            # the command line says they pass once registered.
            # Records as units progress (and what a killed station left, in the log and the records).
            self.records = RunRecords(backend.profile, backend.cloud, quiet=False, out=log.warning)
            self.station = Station(backend.profile, backend.cloud, backend.providers, bus=self.bus,
                                   auto_start=self.options.auto_start, poll_interval=self.options.poll_interval,
                                   until=self.options.until, jobs=CloudJobSource(backend.cloud),
                                   resume_hint=self.records.sqlite.store.unfinished_certificates)
            self.records.attach(self.station)
            self._set(SessionState.RUNNING)
            await self.station.run(self._stop)
        finally:
            self._set(SessionState.STOPPING)
            if self.records is not None:
                self.records.close()
            # Stopping the embedded cloud waits for a child process: not on the GUI thread.
            with contextlib.suppress(Exception):
                await loop.run_in_executor(None, self.backend.close)
            self._set(SessionState.STOPPED)

    def request_stop(self) -> None:
        self._stop.set()

    # -- operator actions, forwarded to the Station --------------------------------
    def set_auto_start(self, on: bool) -> None:
        self.options.auto_start = on
        if self.station is not None:
            self.station.auto_start = on

    def start(self, port: str) -> bool:
        """(Re)start the unit on ``port``; False if the station has no such board (it left meanwhile)."""
        if self.station is None or port not in self.station.units:
            return False
        self.station.start(port)
        return True

    def start_all(self) -> None:
        if self.station is not None:
            self.station.start_all()
