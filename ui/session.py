"""The station behind a window: builds the cloud off the GUI thread, runs the Station as an asyncio task."""

from __future__ import annotations

import asyncio
import contextlib
import enum
import logging
import re
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from station.board.discovery import PortProvider
from station.cloud.adapter import IotCloud
from station.cloud.check import CheckResult, CloudHealth, Status, health, quick_check
from station.cloud.retry import CloudCaller
from station.errors import StationError
from station.jobs.follow import CloudJobSource
from station.labels import attach as attach_labels
from station.labels.service import LabelService
from station.pipeline.events import EventBus
from station.pipeline.modes import mode_services
from station.pipeline.scheduler import Station
from station.pipeline.states import UnitState
from station.profile import Profile
from station.records.run import ThreadedRunRecords
from station.virtual.fleet import VirtualFleet
from ui.i18n import QT_TRANSLATE_NOOP

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
    #: What the certificate mode keeps open for the Station: the line CA (factory-ca), the claim source.
    mode: dict[str, Any] = field(default_factory=dict)


def demo_backend(boards: int, *, profile: Profile | None = None, faults: dict[int, str] | None = None,
                 transport: str = "pty", state_dir: Path | None = None, nrf91: int = 0,
                 cert_mode: str = "") -> Backend:
    """Embedded cloud + bootstrap + N virtual boards (blocking: starts a process and calls boto3)."""
    from station.demo import DemoEnvironment

    env = DemoEnvironment(boards, profile=profile, faults=faults, transport=transport, state_dir=state_dir,
                          nrf91=nrf91, cert_mode=cert_mode).start()
    assert env.fleet is not None
    endpoint = env.embedded.endpoints.http_url if env.embedded.endpoints else ""
    return Backend(env.profile, env.cloud, [env.fleet.provider], env.close, env.fleet, endpoint,
                   mode=env.mode_kwargs)


def profile_backend(profile_path: str | None) -> Backend:
    """The profile's cloud (embedded or AWS) and the real serial ports it names (blocking)."""
    from station.board.discovery import SerialPortProvider
    from station.cloud.connect import profile_cloud

    stack = contextlib.ExitStack()  # the cloud stays open for the session; Backend.close ends it
    profile, cloud = stack.enter_context(profile_cloud(profile_path))
    try:
        mode = stack.enter_context(mode_services(profile, cloud))  # factory-ca: the line CA's token, opened
    except BaseException:
        stack.close()
        raise
    providers: list[PortProvider] = [SerialPortProvider(include=list(profile.serial.ports),
                                                        usb_ids=list(profile.serial.usb_ids))]
    return Backend(profile, cloud, providers, stack.close, endpoint=cloud.target.endpoint_url or "", mode=mode)


def started_pool(workers: int, name: str) -> ThreadPoolExecutor:
    """A thread pool whose ``workers`` threads all run already (blocking: call it from a worker thread)."""
    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix=name)
    gate = threading.Barrier(workers)
    # Each task holds its thread until all have one, so the pool starts every thread now.
    for future in [pool.submit(gate.wait, 60) for _ in range(workers)]:
        future.result()
    return pool


_DEMO = QT_TRANSLATE_NOOP("Session", "demo: embedded cloud, {boards} virtual boards")
_EMBEDDED = QT_TRANSLATE_NOOP("Session", "embedded local cloud")
_AWS = QT_TRANSLATE_NOOP("Session", "AWS {who}, {region}")
_DEFAULT_CREDENTIALS = QT_TRANSLATE_NOOP("Session", "default credentials")


def cloud_label(profile: Profile, *, demo_boards: int | None = None) -> str:
    """Where units go, for the title bar (English: logs too; label_text() words it in the window's language)."""
    if demo_boards is not None:
        return _DEMO.format(boards=demo_boards)
    if profile.embedded:
        return _EMBEDDED
    return _AWS.format(who=profile.cloud.profile or _DEFAULT_CREDENTIALS, region=profile.cloud.region)


def label_text(label: str) -> str:
    """A cloud_label() in the window's language (a label of another form is data and shown as is).

    Never leave the operator guessing whether this is the real cloud, in any language: called on every
    retranslate, so a live language switch re-words the title too.
    """
    def tr(text: str) -> str:
        return QCoreApplication.translate("Session", text)
    if label == _EMBEDDED:
        return tr(_EMBEDDED)
    demo = re.fullmatch(r"demo: embedded cloud, (\d+) virtual boards", label)
    if demo:
        return tr(_DEMO).format(boards=demo.group(1))
    aws = re.fullmatch(r"AWS (.*), ([a-z0-9-]+)", label)
    if aws:
        who = tr(_DEFAULT_CREDENTIALS) if aws.group(1) == _DEFAULT_CREDENTIALS else aws.group(1)
        return tr(_AWS).format(who=who, region=aws.group(2))
    return label


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
    #: Seconds between the quick cloud checks while the window runs (SSO sessions expire during a shift).
    recheck_interval: float = 60.0
    #: The quick check (blocking, run in a worker thread); None = station.cloud.check.quick_check.
    cloud_check: Callable[[IotCloud, bool], list[CheckResult]] | None = None


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
    records: ThreadedRunRecords | None = None
    #: Unit labels (profile [labels]); None when the profile prints none.
    labels: LabelService | None = None
    state: SessionState = SessionState.STARTING
    error: StationError | None = None
    #: The last quick cloud check; no unit starts unless it is ok.
    health: CloudHealth | None = None
    _listeners: list[Callable[[SessionState], None]] = field(default_factory=list)
    _health_listeners: list[Callable[[CloudHealth | None], None]] = field(default_factory=list)
    _stop: asyncio.Event = field(default_factory=asyncio.Event)
    _checking: asyncio.Future[CloudHealth] | None = None
    _starts: set[asyncio.Future[None]] = field(default_factory=set)  # (re)starts waiting for a run to end

    def subscribe(self, listener: Callable[[SessionState], None]) -> None:
        self._listeners.append(listener)

    def subscribe_health(self, listener: Callable[[CloudHealth | None], None]) -> None:
        """Called with every new cloud health (None: a check is running)."""
        self._health_listeners.append(listener)

    @property
    def cloud_ok(self) -> bool:
        return self.health is not None and self.health.ok

    @property
    def demo(self) -> bool:
        return self.backend is not None and self.backend.fleet is not None

    async def check_cloud(self) -> CloudHealth | None:
        """Run the quick cloud check off the GUI thread; gate unit starts on it. One check at a time."""
        backend = self.backend
        if backend is None:
            return None
        if self._checking is not None and not self._checking.done():
            return await asyncio.shield(self._checking)
        loop = asyncio.get_running_loop()
        self._checking = loop.create_future()
        for listener in list(self._health_listeners):
            listener(None)
        check = self.options.cloud_check or (lambda cloud, embedded: quick_check(cloud, embedded=embedded))
        embedded = backend.profile.embedded
        try:
            results = await loop.run_in_executor(None, check, backend.cloud, embedded)
        except asyncio.CancelledError:
            self._checking.cancel()
            raise
        except Exception as exc:  # a bug in the check must not pass for a healthy cloud
            log.exception("cloud check failed")
            results = [CheckResult("check", Status.PROBLEM, f"the cloud check itself failed: {type(exc).__name__}: "
                                   f"{exc}", "Report this with the log file to the developers.", short="check failed")]
        result = health(results, embedded=embedded, region=backend.profile.cloud.region, demo=self.demo)
        for problem in result.problems:
            log.warning("cloud check: %s: %s (remedy: %s)", problem.name, problem.detail, problem.remedy)
        self._set_health(result)
        self._checking.set_result(result)
        return result

    def _set_health(self, result: CloudHealth) -> None:
        was_ok = self.cloud_ok
        self.health = result
        station = self.station
        if station is not None:
            station.auto_start = self.options.auto_start and result.ok
            if result.ok and not was_ok and self.options.auto_start:
                # Boards plugged in while the cloud was not usable waited; start them now.
                for url, unit in list(station.units.items()):
                    if unit.state == UnitState.CONNECTED:
                        station.start(url)
        for listener in list(self._health_listeners):
            listener(result)

    async def _recheck(self) -> None:
        while not self._stop.is_set():
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._stop.wait(), timeout=self.options.recheck_interval)
            if self._stop.is_set():
                return
            await self.check_cloud()

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
        recheck: asyncio.Task[None] | None = None
        cloud_pool: ThreadPoolExecutor | None = None
        try:
            if self._stop.is_set():
                return
            backend = self.backend
            # No unit starts on a cloud the station cannot use (expired login, no endpoint): checked first,
            # then again every recheck_interval and on the window's "Check again".
            await self.check_cloud()
            if self._stop.is_set():
                return
            # Units are followed through their group's continuous jobs unless the profile or
            # the command line says they pass once registered.
            # Records as units progress (and what a killed station left, in the log and the records).
            # Every SQLite statement of the records runs on their writer thread, never on this (the GUI) one;
            # opening the file (and marking what a killed station left) too.
            self.records = await loop.run_in_executor(
                None, lambda: ThreadedRunRecords(backend.profile, backend.cloud, quiet=False, out=log.warning))
            # The cloud calls' threads are started here, off this thread: a pool that starts them as calls come
            # waits on the GUI thread for each new thread to run (64 of them when 64 boards are plugged at once).
            workers = min(64, backend.profile.parallel * 4)  # as many as the Station's own pool would have
            cloud_pool = await loop.run_in_executor(None, started_pool, workers, "cloud")
            serial_pool = await loop.run_in_executor(None, started_pool, Station.serial_threads(backend.profile),
                                                     "serial")  # the Station owns it from here and shuts it down
            self.station = Station(backend.profile, backend.cloud, backend.providers, bus=self.bus,
                                   caller=CloudCaller(cloud_pool), serial_executor=serial_pool,
                                   auto_start=self.options.auto_start and self.cloud_ok,
                                   poll_interval=self.options.poll_interval,
                                   until=self.options.until, jobs=CloudJobSource(backend.cloud),
                                   resume_hint=self.records.unfinished_certificates,
                                   provisioned_before=self.records.provisioned_before,
                                   waiting_records=self.records, **backend.mode)
            self.records.attach(self.station)
            # After the records: a label follows its unit's record. The demo's profile names its virtual printer.
            self.labels = attach_labels(self.bus, backend.profile)
            self._set(SessionState.RUNNING)
            recheck = asyncio.create_task(self._recheck(), name="cloud-recheck")
            await self.station.run(self._stop)
        finally:
            if recheck is not None:
                recheck.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await recheck
            self._set(SessionState.STOPPING)
            if cloud_pool is not None:
                cloud_pool.shutdown(wait=False, cancel_futures=True)
            if self.labels is not None:
                self.labels.close()  # labels still queued stay "queued" in the records
            if self.records is not None:
                # Writes what is still queued: on a worker thread, the window stays responsive meanwhile.
                with contextlib.suppress(Exception):
                    await loop.run_in_executor(None, self.records.close)
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
            self.station.auto_start = on and self.cloud_ok

    def start(self, port: str) -> bool:
        """(Re)start the unit on ``port``; False if the station has no such board (it left meanwhile) or the
        cloud check has not passed."""
        if self.station is None or port not in self.station.units or not self.cloud_ok:
            return False
        # Station.retry, not start: a Retry pressed right after the failure shows arrives while the unit's run
        # is still closing its board link, and start() would then do nothing.
        task = asyncio.ensure_future(self.station.retry(port))
        self._starts.add(task)
        task.add_done_callback(self._starts.discard)
        return True

    def record_label_mismatch(self, port: str, unit: int, *, scanned: str, reported: str) -> bool:
        """Write a label that disagrees with the board into the unit's record; False if there is none yet.

        The running attempt of the slot's unit, else (the label was scanned after the unit finished) the
        newest attempt of the serial the board reported.
        """
        records = self.records
        if records is None:
            return False
        try:
            # On the records writer thread, after the events already queued (so the attempt exists by then).
            attempt = records.label_mismatch(port, unit, scanned=scanned, reported=reported)
            if attempt is None:
                return False
        except Exception:  # a records failure must not stop the line; the mismatch is still shown
            log.exception("could not write the label mismatch on %s to the records", port)
            return False
        log.warning("label mismatch on %s written to attempt %d: label %r, board %r", port, attempt, scanned,
                    reported)
        return True

    def start_all(self) -> None:
        if self.station is not None and self.cloud_ok:
            self.station.start_all()
