"""The label service: queues a label when a unit passes, prints in order, retries while the printer is away.

It listens on the station's EventBus and answers with LabelStatus events (queued, printing, printed, failed),
which the records, the wall and the CLI see like any other event. A printer that is offline or out of paper
never touches the unit: its label waits in the queue, is tried again every ``labels.retry_seconds`` and is
printed, in order, once the printer is back. The printer's blocking I/O runs in a worker thread; the queue and
every event live on the event loop's thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as _dt
import logging
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, replace

from station.errors import StationError
from station.labels.printer import Printer
from station.labels.template import LabelData, layout
from station.labels.zpl import label_zpl
from station.messages import Message, message
from station.pipeline.events import Event, EventBus, Identified, LabelStatus, UnitFailed, UnitPassed, UnitRemoved
from station.profile import LabelSettings, Profile

log = logging.getLogger("station.labels")

NOT_ENABLED = message("labels.not-enabled", "labels are not printed on this station (labels.enabled is off, or "
                                            "the station is not running)")
ALREADY_QUEUED = message("labels.already-queued", "the label of {serial} is already waiting to be printed")
REMEDY_WAIT = message("remedy.label-wait", "Wait for it: it prints as soon as the printer is ready.")
PRINT_ERROR = message("labels.print-error", "printing the label failed: {error}")
TEMPLATE_FAILED = message("labels.template-failed", "the label template cannot be filled: {problem}")


@dataclass(frozen=True)
class LabelJob:
    """One label to print: which unit (port and number of this run, or none for an older unit) and its data."""

    data: LabelData
    port: str = ""
    unit: int = 0
    copies: int = 1
    reprint: bool = False


class LabelService:
    """Listener of the EventBus: ``bus.subscribe(service.on_event)``; ``reprint`` for QA; ``close`` at the end."""

    def __init__(self, bus: EventBus, settings: LabelSettings, *, station_id: str = "", batch: str = "",
                 printer: Callable[[bytes], None] | None = None) -> None:
        self.bus = bus
        self.settings = settings
        self.station_id = station_id
        self.batch = batch
        self._print = printer or Printer(settings.printer).print
        self.queue: deque[LabelJob] = deque()
        #: What each unit of this run would print (by serial), for a reprint without looking in the records.
        self.known: dict[str, LabelJob] = {}
        self._identities: dict[tuple[str, int], Identified] = {}
        self._wake: asyncio.Event | None = None
        self._worker: asyncio.Task[None] | None = None
        #: Why the head of the queue waits (None: it does not), so a retry that meets the same reason is quiet.
        self.waiting: Message | None = None

    # -- events --------------------------------------------------------------------------------------
    def on_event(self, event: Event) -> None:
        if isinstance(event, Identified):
            self._identities[(event.port, event.unit)] = event
        elif isinstance(event, UnitFailed | UnitRemoved):
            self._identities.pop((event.port, event.unit), None)  # no label for this run of the unit
        elif isinstance(event, UnitPassed):
            job = self._job_for(event)
            self.known[job.data.serial] = job
            if event.ready or self.settings.when == "passed":
                self.enqueue(job)

    def _job_for(self, event: UnitPassed) -> LabelJob:
        ident = self._identities.pop((event.port, event.unit), None)
        versions = event.versions
        data = LabelData(serial=event.serial, thing_name=event.thing_name,
                         firmware=versions.get("firmware") or (ident.fw_version if ident else ""),
                         config=versions.get("config", ""), model=ident.model if ident else "",
                         hw=ident.hw_revision if ident else "", batch=self.batch, station=self.station_id,
                         date=_dt.datetime.fromtimestamp(event.at).date().isoformat())
        return LabelJob(data, port=event.port, unit=event.unit, copies=self.settings.copies)

    # -- the queue ----------------------------------------------------------------------------------
    def pending(self, serial: str) -> bool:
        return any(job.data.serial == serial for job in self.queue)

    def enqueue(self, job: LabelJob) -> bool:
        """Queue a label (never blocks); False when that serial's label is already waiting (one is enough)."""
        if self.pending(job.data.serial):
            return False
        self.queue.append(job)
        loop = asyncio.get_running_loop()  # events come on the loop's thread; so do QA's reprints
        # Announced after the event being delivered now: the unit's "passed" reaches every listener first.
        loop.call_soon(self._emit, job, "queued", self.waiting)
        # A running worker takes it in turn (and keeps its retry pace: a line of units passing while the printer
        # is away must not turn into a connection attempt each).
        if self._worker is None or self._worker.done():
            self._wake = asyncio.Event()
            self._worker = loop.create_task(self._work(), name="labels")
        return True

    def reprint(self, unit: str | LabelData, *, copies: int | None = None) -> bool:
        """QA: print a unit's label again: a serial of this run, or an older unit's data (from the records).

        False when the serial is unknown to this run, or its label is already waiting.
        """
        if isinstance(unit, str):
            known = self.known.get(unit)
            if known is None:
                return False
            job = replace(known, reprint=True)
        else:
            job = LabelJob(unit, reprint=True, copies=self.settings.copies)
        if copies is not None:
            job = replace(job, copies=max(1, copies))
        return self.enqueue(job)

    def request_reprint(self, data: LabelData) -> None:
        """QA's reprint of a looked-up unit: this run's own data for it if it has some, else ``data``.

        Raises StationError (shown and audited by the QA view) when its label is already waiting.
        """
        queued = self.reprint(data.serial) if data.serial in self.known else self.reprint(data)
        if not queued:
            raise StationError(ALREADY_QUEUED(serial=data.serial), step="label", remedy=REMEDY_WAIT())

    def retry_now(self) -> None:
        """Try the waiting label at once (an operator fixed the printer) instead of at the next retry."""
        if self._wake is not None:
            self._wake.set()

    def _emit(self, job: LabelJob, state: str, detail: Message | None = None) -> None:
        self.bus.emit(LabelStatus(port=job.port, unit=job.unit, state=state, serial=job.data.serial,
                                  copies=job.copies, reprint=job.reprint, detail=detail.text() if detail else "",
                                  detail_message=detail))

    async def _work(self) -> None:
        while self.queue:
            job = self.queue[0]
            try:
                zpl = label_zpl(self.settings, layout(self.settings, job.data), copies=job.copies)
            except (KeyError, ValueError, IndexError) as exc:  # a template the profile check let through
                self.queue.popleft()
                log.error("label of %s cannot be made: %s", job.data.serial, exc)
                self._emit(job, "failed", TEMPLATE_FAILED(problem=f"{type(exc).__name__}: {exc}"))
                continue
            if self.waiting is None:  # a retry while the printer is away is not news: only its outcome is
                self._emit(job, "printing")
            try:
                await asyncio.to_thread(self._print, zpl)
            except Exception as exc:  # PrinterNotReady; a wrong address or a bug waits as well: never the unit
                why = exc.cause_message if isinstance(exc, StationError) else PRINT_ERROR(
                    error=f"{type(exc).__name__}: {exc}")
                if why != self.waiting:
                    log.warning("label of %s waits: %s", job.data.serial, why.text(),
                                exc_info=not isinstance(exc, StationError))
                    self.waiting = why
                    for waiting in self.queue:  # the whole queue waits for the same printer
                        self._emit(waiting, "queued", self.waiting)
                await self._sleep(self.settings.retry_seconds)
                continue
            self.waiting = None
            self.queue.popleft()
            log.info("label of %s printed (%d cop%s%s)", job.data.serial, job.copies,
                     "y" if job.copies == 1 else "ies", ", reprint" if job.reprint else "")
            self._emit(job, "printed")

    async def _sleep(self, seconds: float) -> None:
        wake = self._wake
        if wake is None:
            return
        wake.clear()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(wake.wait(), timeout=max(0.05, seconds))

    async def drain(self, timeout: float) -> bool:  # noqa: ASYNC109
        """Wait until the queue is empty (at most ``timeout`` s); True when it is."""
        worker = self._worker
        if worker is not None and not worker.done():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(asyncio.shield(worker), timeout)
        return not self.queue

    def close(self) -> None:
        """Stop retrying; labels still queued stay ``queued`` in the records (never printed)."""
        if self._worker is not None and not self._worker.done():
            self._worker.cancel()
        if self.queue:
            log.warning("%d label(s) still queued at stop: %s", len(self.queue),
                        ", ".join(job.data.serial for job in self.queue))


def attach(bus: EventBus, profile: Profile, *,
           printer: Callable[[bytes], None] | None = None) -> LabelService | None:
    """The station's label service on ``bus`` when ``profile.labels.enabled``; None otherwise.

    Subscribe it after the records (as ``RunRecords.attach`` does), so a unit's record is written before its
    label events; call ``close()`` when the station stops.
    """
    if not profile.labels.enabled:
        return None
    service = LabelService(bus, profile.labels, station_id=profile.station_id, batch=profile.batch, printer=printer)
    bus.subscribe(service.on_event)
    return service
