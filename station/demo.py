"""The demo environment: embedded local cloud, bootstrap and a fleet of virtual boards, wired to a Station."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import os
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
from station.labels.service import LabelService
from station.messages import message
from station.pipeline.events import Event
from station.pipeline.scheduler import Station, Summary
from station.pipeline.states import UnitState
from station.profile import Profile, load_profile
from station.virtual.fleet import BoardSpec, VirtualFleet
from station.virtual.printer import VirtualPrinter

log = logging.getLogger("station.demo")

#: Board kinds of the demo fleet, matching the demo profile's models and group rules.
DEMO_MODELS = (BoardSpec("sensor-a", "B"), BoardSpec("sensor-a", "A"), BoardSpec("gateway-x", "2"))
MAX_BOARDS = 256
#: How long a settled demo run waits for its last labels before it stops (a printer away keeps them queued).
LABELS_DRAIN = 15.0

BOARDS = message("demo.boards", "the demo needs 1 to {max} virtual boards, not {boards}")
BOARDS_REMEDY = message("remedy.demo-boards", "Ask for between 1 and {max} boards.")
MODEMS = message("demo.modems", "--nrf91 {nrf91} asks for more nRF91 modems than the {boards} boards")
MODEMS_REMEDY = message("remedy.demo-modems",
                        "Ask for between 0 and {boards} nRF91 modems (they count among --boards).")
NO_BOARD = message("demo.no-board", "--fault {number}={spec}: there is no board {number} (the demo has {boards})")
NO_BOARD_REMEDY = message("remedy.demo-number", "Number the boards from 1 to {boards}.")
WRONG_KIND = message("demo.fault-kind", "--fault {number}={spec}: board {number} is {kind}: {problem}")
KIND_REFERENCE = message("demo.kind-reference", "a reference board")
KIND_MODEM = message("demo.kind-modem", "an nRF91 modem")
WRONG_KIND_REMEDY = message("remedy.demo-fault-kind", "Boards 1 to {reference} are reference boards, the last "
                            "{modems} nRF91 modems; give each the faults of its kind (docs/virtual-boards.md).")


class DemoEnvironment:
    """Everything `station demo` needs; a context manager so every process and port is released."""

    def __init__(self, boards: int, *, profile: Profile | None = None, state_dir: Path | None = None,
                 faults: dict[int, str] | None = None, transport: str = "pty", nrf91: int = 0,
                 cert_mode: str = "") -> None:
        if not 1 <= boards <= MAX_BOARDS:  # 0 would wait for a unit that never comes
            raise StationError(BOARDS(max=MAX_BOARDS, boards=boards), step="demo",
                               remedy=BOARDS_REMEDY(max=MAX_BOARDS))
        if not 0 <= nrf91 <= boards:
            raise StationError(MODEMS(nrf91=nrf91, boards=boards), step="demo", remedy=MODEMS_REMEDY(boards=boards))
        #: How many of the boards are virtual nRF91 modems (the last ones); the rest are reference boards.
        self.nrf91 = nrf91
        for index, spec in (faults or {}).items():
            _check_fault(index, spec, boards, nrf91)
        self.profile = profile or load_profile(None)
        if cert_mode:
            self.profile = dataclasses.replace(self.profile, cert_mode=cert_mode)
        self.boards = boards
        self.faults = faults or {}
        self.transport = transport
        self.embedded = EmbeddedCloud(state_dir, profile=self.profile)
        self.fleet: VirtualFleet | None = None
        self.bootstrap_actions: list[BootstrapAction] = []
        #: The demo's label printer (a virtual Zebra on loopback) when the profile enables labels.
        self.printer: VirtualPrinter | None = None
        #: What the profile's certificate mode keeps open while the station runs (station.pipeline.modes).
        self._mode: contextlib.ExitStack | None = None
        self.mode_kwargs: dict[str, Any] = {}

    @property
    def cloud(self) -> IotCloud:
        assert self.embedded.cloud is not None, "start() first"
        return self.embedded.cloud

    def start(self) -> DemoEnvironment:
        try:
            if self.profile.labels.enabled:
                # Labels go to a virtual printer on loopback: its free port replaces the profile's address.
                self.printer = VirtualPrinter().start()
                self.profile = dataclasses.replace(
                    self.profile, labels=dataclasses.replace(self.profile.labels, printer=self.printer.address))
            if self.profile.cert_mode == "factory-ca":
                self._line_ca_token()
            self.embedded.profile = self.profile  # the station's role is rendered for this mode
            cloud = self.embedded.start()
            # The engineer's identity bootstraps; everything after runs as the station's least-privilege one.
            # factory-ca: it registers the line CA (with its JITP template); fleet-claim: it makes the template.
            self.bootstrap_actions = bootstrap(self.embedded.as_role("engineer"), self.profile)
            # Demo firmware 1.0.0/1.1.0 and config "1" per model; 1.1.0 and "1" released to every group.
            self.bootstrap_actions += seed_demo_catalog(cloud, self.profile)
            # nRF91 modems keep the endpoint in their application firmware (the demo profile writes none):
            # built into the virtual firmware here, as a line would build it into the real one.
            modems = {"app_endpoint": cloud.endpoint(), "sec_tag": self.profile.driver_options("nrf91").get(
                "sec_tag", 201)} if self.nrf91 else None
            self.fleet = VirtualFleet(self.boards - self.nrf91, transport=self.transport, faults=self.faults,
                                      baud=self.profile.serial.baud, models=DEMO_MODELS, nrf91=self.nrf91,
                                      modem_options=modems)
            from station.pipeline.modes import mode_services

            self._mode = contextlib.ExitStack()
            self.mode_kwargs = self._mode.enter_context(mode_services(self.profile, cloud))
        except BaseException:
            self.close()
            raise
        return self

    def _line_ca_token(self) -> None:
        """factory-ca: a SoftHSM2 line CA token of the demo's own, in its runtime dir (removed with it).

        The token's configuration and PIN reach this process's environment only, as a line's would from its
        service's environment: the PIN is never written to a file.
        """
        from station.ca import create_line_ca_token

        token = create_line_ca_token(self.embedded.state_dir / "line-ca", common_name="Demo Line CA")
        os.environ.update(token.environment(self.profile.factory_ca.pin_env))
        self.profile = dataclasses.replace(self.profile, factory_ca=token.settings(self.profile.factory_ca))

    def close(self) -> None:
        if self._mode is not None:
            self._mode.close()
            self._mode = None
        if self.fleet is not None:
            self.fleet.close()
        if self.printer is not None:
            self.printer.close()
        self.embedded.close()

    def __enter__(self) -> DemoEnvironment:
        return self.start()

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def station(self, **kwargs: Any) -> Station:
        assert self.fleet is not None
        kwargs.setdefault("jobs", CloudJobSource(self.cloud))
        for name, value in self.mode_kwargs.items():
            kwargs.setdefault(name, value)
        return Station(self.profile, self.cloud, [self.fleet.provider], **kwargs)


def _check_fault(index: int, spec: str, boards: int, nrf91: int) -> None:
    """A fault spec fits the kind of board it is meant for (reference boards first, then the modems)."""
    from station.virtual.faults import FaultPlan
    from station.virtual.modem_faults import parse_modem_spec

    number = index + 1
    if not 0 <= index < boards:
        raise StationError(NO_BOARD(number=number, spec=spec, boards=boards), step="demo",
                           remedy=NO_BOARD_REMEDY(boards=boards))
    modem = index >= boards - nrf91
    try:
        parse_modem_spec(spec) if modem else FaultPlan.parse(spec)
    except ValueError as exc:
        # The parser's problem is an English detail naming the fault syntax: passed on as data.
        kind = KIND_MODEM() if modem else KIND_REFERENCE()
        raise StationError(WRONG_KIND(number=number, spec=spec, kind=kind, problem=str(exc)), step="demo",
                           remedy=WRONG_KIND_REMEDY(reference=boards - nrf91, modems=nrf91)) from None


async def run_until_settled(station: Station, expected: int, *, timeout: float | None = None,  # noqa: ASYNC109
                            labels: LabelService | None = None) -> Summary:
    """Run the station until ``expected`` units have a final result (or timeout); returns the summary.

    With ``labels``, the run also waits (up to LABELS_DRAIN s) for their queue to empty, so a demo that ends
    has printed its last labels; a printer that is away leaves them queued (and the records say so).
    """
    stop = asyncio.Event()
    done = asyncio.Event()

    def check(_event: Event) -> None:
        finals = [u for u in station.units.values()
                  if u.state in (UnitState.PASSED, UnitState.FAILED, UnitState.WAITING_CLOUD)]
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
        if labels is not None:
            await asyncio.sleep(0)  # the last unit's label is queued just after its "passed" event
            await labels.drain(LABELS_DRAIN)
        return station.summary()
    finally:
        stop.set()
        await runner
        if labels is not None:
            labels.close()
        log.info("run settled in %.2f s", time.monotonic() - started)
