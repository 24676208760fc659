"""A fleet of virtual boards and the port provider that lists the plugged ones."""

from __future__ import annotations

import random
import re
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from station.domain import PortInfo
from station.virtual.board import VirtualBoard
from station.virtual.faults import FaultPlan


@dataclass(frozen=True)
class BoardSpec:
    """What kind of board a fleet member is."""

    model: str
    hw_revision: str
    fw_version: str = "1.0.0"
    product_line: str = ""


#: Two models with different hardware revisions, so model/revision rules get exercised.
DEFAULT_MODELS: tuple[BoardSpec, ...] = (BoardSpec("sensor-a", "B"), BoardSpec("sensor-b", "A"))


def serial_for(model: str, number: int) -> str:
    """Serial of the number-th board of the fleet, e.g. ("sensor-a", 1) -> "VBSENSORA-0001"."""
    return f"VB{re.sub(r'[^A-Z0-9]', '', model.upper())}-{number:04d}"


FaultMap = (Mapping[int, FaultPlan | str] | Mapping[str, FaultPlan | str]
            | Mapping[int | str, FaultPlan | str])


def _plan_for(faults: FaultMap | None, index: int, serial: str) -> FaultPlan:
    if not faults:
        return FaultPlan()
    plan = faults.get(index) or faults.get(serial)  # type: ignore[call-overload]
    if plan is None:
        return FaultPlan()
    return plan if isinstance(plan, FaultPlan) else FaultPlan.parse(str(plan))


class VirtualFleet:
    """N virtual boards behind pseudo-terminals or socket:// URLs; a context manager."""

    def __init__(self, count: int | None = None, specs: Sequence[BoardSpec] | None = None, *,
                 transport: str = "pty",
                 models: Sequence[BoardSpec] = DEFAULT_MODELS, seed: int | None = None,
                 baud: int = 115200, keygen_time: float = 0.15, reboot_time: float = 0.3,
                 faults: FaultMap | None = None, run_agent: bool = True,
                 download_rate: float | None = None) -> None:
        """Either count (models cycled, or drawn with seed) or explicit specs.

        faults maps a board, by 0-based index or by serial, to a FaultPlan or
        a fault spec string (see station.virtual.faults), e.g. {2: "corrupt:2"}.
        run_agent and download_rate go to every VirtualBoard (device agent on boot, emulated bytes/s).
        """
        if specs is None:
            n = 4 if count is None else count
            if seed is None:
                specs = [models[i % len(models)] for i in range(n)]
            else:
                rng = random.Random(seed)
                specs = [rng.choice(models) for _ in range(n)]
        elif count is not None and count != len(specs):
            raise ValueError("give either count or specs (or both, agreeing)")
        self.transport = transport
        self.provider = VirtualPortProvider(self)
        self.boards: list[VirtualBoard] = []
        self._lock = threading.Lock()
        rate = {} if download_rate is None else {"download_rate": download_rate}
        try:
            for number, spec in enumerate(specs, start=1):
                serial = serial_for(spec.model, number)
                board = VirtualBoard(serial, spec.model, spec.hw_revision, spec.fw_version,
                                     spec.product_line, baud=baud, keygen_time=keygen_time,
                                     reboot_time=reboot_time, faults=_plan_for(faults, number - 1, serial),
                                     run_agent=run_agent, **rate)
                self.boards.append(board)
                board.start(transport)
        except BaseException:
            self.close()
            raise

    def __enter__(self) -> VirtualFleet:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __len__(self) -> int:
        return len(self.boards)

    def by_serial(self) -> dict[str, VirtualBoard]:
        return {b.identity.serial: b for b in self.boards}

    def board(self, serial: str) -> VirtualBoard:
        try:
            return self.by_serial()[serial]
        except KeyError:
            raise KeyError(f"no virtual board with serial {serial}") from None

    def board_for_port(self, url: str) -> VirtualBoard | None:
        """The board currently plugged behind url (None if none is)."""
        return next((b for b in self.boards if b.url == url), None)

    def urls(self) -> list[str]:
        return [u for u in (b.url for b in self.boards) if u is not None]

    def unplug(self, serial: str) -> None:
        self.board(serial).unplug()

    def plug(self, serial: str) -> str:
        """Plug a board back in; returns its new port path/URL."""
        return self.board(serial).plug()

    def close(self) -> None:
        with self._lock:
            boards, self.boards = self.boards, []
        for board in boards:
            board.close()


class VirtualPortProvider:
    """Lists the plugged boards of a fleet (list_ports never sees pseudo-terminals)."""

    name = "virtual"

    def __init__(self, fleet: VirtualFleet) -> None:
        self._fleet = fleet

    def list_ports(self) -> list[PortInfo]:
        ports = []
        for board in list(self._fleet.boards):
            url = board.url
            if url is not None:
                ident = board.identity
                ports.append(PortInfo(url=url, description=f"virtual {ident.model} board {ident.serial}",
                                      hwid=f"VIRTUAL SER={ident.serial}", provider=self.name))
        return ports
