"""The station scheduler: one task per plugged board, N at a time, results kept until the board leaves."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from station.board.choice import CHOICE_FAILED, FIXED_PORT, Choice, Ignored, PortRule, choose, ignored
from station.board.discovery import HotplugWatcher, PortEvent, PortProvider
from station.board.driver import DriverFactory
from station.cloud.adapter import IotCloud
from station.cloud.retry import CloudCaller
from station.domain import PortInfo
from station.jobs.events import JobEventSubscriber
from station.jobs.follow import JobSource, WithEvents
from station.messages import Message
from station.pipeline.events import EventBus, PortIgnored, UnitDetected, UnitRemoved
from station.pipeline.factory_ca import CloudLink
from station.pipeline.states import UnitState
from station.pipeline.unit import Services, Unit
from station.pipeline.waiting_cloud import FOLLOW_MAX, FollowUp, WaitingRecords
from station.profile import Profile

if TYPE_CHECKING:
    from station.ca import LineCa
    from station.cloud.claims import ClaimSource

log = logging.getLogger("station.scheduler")
#: How long run() lets the job-event subscriber connect before watching ports (it keeps trying after).
EVENTS_START_WAIT = 5.0


@dataclass(frozen=True)
class Summary:
    passed: int
    failed: int
    running: int
    ready: int
    units: list[dict[str, Any]]
    #: factory-ca: "provisioned, waiting for the cloud" (neither passed nor failed, not running either).
    waiting_cloud: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"event": "summary", "passed": self.passed, "failed": self.failed, "running": self.running,
                "ready": self.ready, "waiting_cloud": self.waiting_cloud, "units": self.units}


class Station:
    """Watches ports, starts a unit per new board (up to ``profile.parallel`` at once) and keeps results.

    A unit's result stays in ``units`` until its board is removed; a removed
    board's unit is cancelled if still running.
    """

    def __init__(self, profile: Profile, cloud: IotCloud, providers: Sequence[PortProvider], *,
                 bus: EventBus | None = None, factory: DriverFactory | None = None,
                 caller: CloudCaller | None = None, auto_start: bool = True, poll_interval: float = 0.5,
                 jobs: JobSource | None = None, until: str = "",
                 resume_hint: Callable[[str], list[str]] | None = None,
                 serial_executor: ThreadPoolExecutor | None = None, line_ca: LineCa | None = None,
                 claim_source: ClaimSource | None = None,
                 provisioned_before: Callable[[str], str] | None = None,
                 waiting_records: WaitingRecords | None = None, follow_max: float = FOLLOW_MAX) -> None:
        self.profile = profile
        self.bus = bus or EventBus()
        # Blocking pyserial calls need one thread per active board; boto3 calls get their own pool. The window
        # hands in a serial pool whose threads already run (started off the GUI thread); it is the Station's now.
        self._serial_pool = serial_executor or ThreadPoolExecutor(max_workers=self.serial_threads(profile),
                                                                  thread_name_prefix="serial")
        self._cloud_pool = ThreadPoolExecutor(max_workers=min(64, profile.parallel * 4),
                                              thread_name_prefix="cloud")
        # The profile's [cloud] settings reach the one gateway every request of this identity goes through.
        cloud.gateway.configure(quotas=profile.cloud.quotas, max_wait=profile.cloud.max_wait,
                                profile_name=profile.cloud.profile)
        if caller is not None:
            caller.gateway = cloud.gateway  # one limiter and one set of counters per identity, never two
        #: The one job-event subscriber of this station, for its lifetime (started in run()); None when units
        #: do not follow to ready or the profile turned events off.
        self.job_events: JobEventSubscriber | None = None
        if jobs is not None and profile.jobs.events and (until or profile.jobs.until) == "ready":
            self.job_events = JobEventSubscriber(cloud, profile.station_id)
            jobs = WithEvents(jobs, self.job_events)
        self.services = Services(
            profile=profile, cloud=cloud,
            caller=caller or CloudCaller(self._cloud_pool, gateway=cloud.gateway),
            serial_executor=self._serial_pool,
            driver_factory=factory,
            bus=self.bus, jobs=jobs, until=until, resume_hint=resume_hint, line_ca=line_ca,
            claim_source=claim_source, endpoint=cloud.target.mqtt_endpoint, link=CloudLink(),
            provisioned_before=provisioned_before)
        #: factory-ca: follows units "provisioned, waiting for the cloud" once AWS answers again.
        self.follow_up = FollowUp(self, waiting_records, follow_max=follow_max)
        if caller is not None and caller.executor is None:
            caller.executor = self._cloud_pool
        self.watcher = HotplugWatcher(list(providers), interval=poll_interval)
        self.auto_start = auto_start
        self.units: dict[str, Unit] = {}
        self._tasks: dict[str, asyncio.Task[None]] = {}
        self._numbers = itertools.count(1)
        self._slots = asyncio.Semaphore(profile.parallel)
        #: Ports whose driver is being chosen (probing), and ports no driver claimed, with the reason.
        self._binding: dict[str, asyncio.Task[None]] = {}
        self.ignored: dict[str, str] = {}

    @staticmethod
    def serial_threads(profile: Profile) -> int:
        """Threads the serial pool needs: one per board in work, and a few for boards being let go."""
        return profile.parallel + 4

    # -- ports come and go -------------------------------------------------------
    def _on_port(self, event: PortEvent) -> None:
        url = event.port.url
        if event.kind == "added":
            if url in self.units or url in self._binding:
                return
            if self.services.driver_factory is not None:  # one driver for every port (tests, benchmarks)
                self._add_unit(event.port, self.profile.serial.driver, FIXED_PORT().text(), FIXED_PORT())
                return
            # The choice may probe the port (blocking I/O): the serial pool, never the loop.
            self._binding[url] = asyncio.create_task(self._bind(event.port), name=f"bind-{url}")
        else:
            binding = self._binding.pop(url, None)
            if binding is not None:
                binding.cancel()
            if self.ignored.pop(url, None) is not None:
                self.bus.emit(PortIgnored(port=url, unit=0, present=False))
            self._remove(url)

    async def _bind(self, port: PortInfo) -> None:
        """Choose the port's driver (station.board.choice); a port nothing answers on is ignored, not failed."""
        pf = self.profile
        rules = [PortRule(usb_id=usb_id, port=glob, driver=driver) for usb_id, glob, driver in pf.serial.rules]
        result: Choice | Ignored
        try:
            result = await asyncio.get_running_loop().run_in_executor(
                self._serial_pool, lambda: choose(port, rules, pf.serial.driver, pf.serial.link(),
                                                  pf.driver_options, auto=pf.serial.auto))
        except Exception as exc:  # a bug in a driver's probe or the rules must not take the watcher down
            log.exception("choosing the driver of %s failed", port.url)
            result = ignored(CHOICE_FAILED(error=f"{type(exc).__name__}: {exc}"))
        finally:
            # Only this binding's entry: after an unplug and a replug the port may already have a newer one.
            if self._binding.get(port.url) is asyncio.current_task():
                del self._binding[port.url]
        if isinstance(result, Ignored):
            # Until the port goes away: a re-plugged device is probed again.
            self.ignored[port.url] = result.reason
            log.info("port %s ignored: %s", port.url, result.reason)
            self.bus.emit(PortIgnored(port=port.url, unit=0, reason=result.reason,
                                      reason_message=result.reason_message))
            return
        self._add_unit(port, result.driver, result.detail, result.detail_message)

    def _add_unit(self, port: PortInfo, driver: str, chosen: str, chosen_message: Message | None = None) -> None:
        unit = Unit(next(self._numbers), port, self.services, driver)
        self.units[port.url] = unit
        self.bus.emit(UnitDetected(port=port.url, unit=unit.number, driver=driver, chosen=chosen,
                                   chosen_message=chosen_message))
        if self.auto_start:
            self.start(port.url)

    def _remove(self, url: str) -> None:
        unit = self.units.pop(url, None)
        task = self._tasks.pop(url, None)
        self.services.claims.release(url)
        if unit is None:
            return

        def removed(_task: object = None) -> None:
            if unit.machine.can_move(UnitState.REMOVED):
                unit.machine.move(UnitState.REMOVED)
            self.bus.emit(UnitRemoved(port=url, unit=unit.number))

        if task is not None and not task.done():
            # Announced once the unit has stopped: a cloud round in flight finishes and records what it
            # created before the slot (and its record) is closed.
            task.add_done_callback(removed)
            task.cancel()
        else:
            removed()

    def start(self, url: str) -> None:
        """Start (or, for a finished unit, restart) provisioning of the board on ``url``."""
        unit = self.units[url]
        if url in self._tasks and not self._tasks[url].done():
            return
        if unit.state.final:
            unit.machine.move(UnitState.CONNECTED)
            self.services.claims.release(url)
        self._tasks[url] = asyncio.create_task(self._run_unit(unit), name=f"unit-{unit.number}")

    async def retry(self, url: str) -> None:
        """Start the unit on ``url`` again once its current run has ended (e.g. asked while it reports its end)."""
        task = self._tasks.get(url)
        if task is not None and not task.done():
            await asyncio.wait({task})
        if url in self.units:
            self.start(url)

    def start_all(self) -> None:
        for url, unit in list(self.units.items()):
            if unit.state in (UnitState.CONNECTED, UnitState.FAILED):
                self.start(url)

    async def _run_unit(self, unit: Unit) -> None:
        await self._slots.acquire()
        held = [True]

        def release() -> None:
            if held[0]:
                held[0] = False
                self._slots.release()
        unit.release_slot = release
        try:
            await unit.run()
        finally:
            release()

    # -- running -----------------------------------------------------------------
    async def run(self, stop: asyncio.Event) -> None:
        """Watch ports until ``stop`` is set; then cancel what is running and release the pools."""
        async def watch() -> None:
            async for event in self.watcher.events():
                self._on_port(event)

        link = self.services.link
        if link is not None and not link.reachable:
            # A factory-ca line started without AWS: no start-up reads that would retry for max_wait (and hold
            # the process at exit); units read the job list themselves and poll once the cloud is back.
            log.info("starting without AWS (%s): job events and the job list are not read at start", link.reason)
            events_start, warm = None, None
        else:
            events_start = await self._start_job_events()
            warm = self._warm_job_list()
        endpoint = self._warm_endpoint()
        follow = (asyncio.create_task(self.follow_up.run(), name="waiting-cloud")
                  if self.profile.cert_mode == "factory-ca" else None)
        watcher = asyncio.create_task(watch(), name="hotplug")
        try:
            await stop.wait()
        finally:
            for background in (endpoint, follow):
                if background is not None:
                    background.cancel()
                    with contextlib.suppress(asyncio.CancelledError):
                        await background
            if warm is not None:
                warm.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await warm
            if events_start is not None:
                events_start.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await events_start
            if self.job_events is not None:
                await self.job_events.close()
            self.watcher.stop()
            watcher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await watcher
            for task in [*self._tasks.values(), *self._binding.values()]:
                task.cancel()
            await asyncio.gather(*self._tasks.values(), *self._binding.values(), return_exceptions=True)
            self.close()

    def _warm_endpoint(self) -> asyncio.Task[None] | None:
        """factory-ca and fleet-claim write the endpoint with no AWS call on a unit's path: known at start.

        The profile's cloud.mqtt_endpoint needs no call at all (an offline start); else DescribeEndpoint once.
        """
        if self.services.endpoint or self.profile.cert_mode not in ("factory-ca", "fleet-claim"):
            return None
        services = self.services

        async def warm() -> None:
            try:
                services.endpoint = await services.caller.call("DescribeEndpoint", services.cloud.endpoint)
            except Exception as exc:  # a unit asks once more, and says what is missing if it cannot
                log.warning("the device endpoint could not be read at start (%s)", exc)
        return asyncio.create_task(warm(), name="endpoint")

    def _start_follow(self, url: str) -> bool:
        """Follow the WAITING_CLOUD unit on ``url`` on to registered/ready (its board is still there)."""
        unit = self.units.get(url)
        if unit is None or unit.state != UnitState.WAITING_CLOUD:
            return False
        if url in self._tasks and not self._tasks[url].done():
            return False
        self._tasks[url] = asyncio.create_task(unit.follow_waiting(), name=f"follow-{unit.number}")
        return True

    def _warm_job_list(self) -> asyncio.Task[None] | None:
        """Read the groups' current jobs now, in the background, before any unit follows.

        Every following unit asks for that list; read lazily, the first read came while the other units'
        registrations loaded the cloud, and every unit waited on it (seconds at 64 units) while its device
        had already finished. Read at start it is in memory when the first unit needs it.
        """
        source = self.services.jobs
        if source is None or (self.services.until or self.profile.jobs.until) != "ready":
            return None

        async def warm() -> None:
            for group in self.profile.all_groups():
                try:
                    await source.current(group)
                except Exception as exc:  # units read it themselves then, and report what they meet
                    log.info("reading the current jobs of %s at start failed (%s); units will read them", group,
                             exc)
                    return
        return asyncio.create_task(warm(), name="job-list")

    async def _start_job_events(self) -> asyncio.Task[bool] | None:
        """Connect the job-event subscriber; wait briefly so the first units already follow by events.

        A slow connection goes on in the background (units poll until it is live); a refused one leaves
        the station polling, which the subscriber says once in the log.
        """
        if self.job_events is None:
            return None
        task = asyncio.create_task(self.job_events.start(), name="job-events")
        await asyncio.wait({task}, timeout=EVENTS_START_WAIT)
        return None if task.done() else task

    def close(self) -> None:
        self._serial_pool.shutdown(wait=False, cancel_futures=True)
        self._cloud_pool.shutdown(wait=False, cancel_futures=True)

    def add_port(self, port: PortInfo) -> None:
        """Feed a port directly (tests, CLI --port) without waiting for discovery."""
        self._on_port(PortEvent(kind="added", port=port))

    def summary(self) -> Summary:
        units = []
        for unit in sorted(self.units.values(), key=lambda u: u.number):
            entry: dict[str, Any] = {"unit": unit.number, "port": unit.port.url, "state": unit.state.value,
                                     "serial": unit.identity.serial if unit.identity else "",
                                     "thing_name": unit.ids.thing_name, "certificate_id": unit.ids.certificate_id,
                                     "round_trips": unit.round_trips, "ready": unit.ready,
                                     "versions": unit.versions}
            if unit.failure is not None:
                entry.update(step=unit.failure.step.value, cause=unit.failure.cause, remedy=unit.failure.remedy,
                             created=unit.failure.created)
            units.append(entry)
        passed = sum(1 for u in self.units.values() if u.state == UnitState.PASSED)
        failed = sum(1 for u in self.units.values() if u.state == UnitState.FAILED)
        ready = sum(1 for u in self.units.values() if u.state == UnitState.PASSED and u.ready)
        waiting = sum(1 for u in self.units.values() if u.state == UnitState.WAITING_CLOUD)
        return Summary(passed=passed, failed=failed, running=len(self.units) - passed - failed - waiting,
                       ready=ready, units=units, waiting_cloud=waiting)
