"""Virtual boards in a child process, so the station process (CPU, memory, loop lag) measures only the station.

Protocol over the child's stdin/stdout, one JSON document per line:
parent -> {"boards": [{"serial", "model", "hw", "faults"}], "baud", "keygen_time", "transport", "run_agent"}
child  -> {"ports": {serial: url}}
parent -> {"plug": [board, ...]}     child -> {"ports": {serial: url}}   (hot-plug: new boards, fresh serials)
parent -> {"unplug": [serial, ...]}  child -> {"unplugged": n}           (those boards close: their ports vanish)
parent -> "close"            child -> {"closed": n}   (then it exits)
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from typing import Any

from station.domain import PortInfo


@dataclass(frozen=True)
class BoardOrder:
    """One virtual board to power up: its own serial (unique across waves), kind and fault spec."""

    serial: str
    model: str
    hw: str
    faults: str = ""


@dataclass
class ChildFleet:
    """A wave of virtual boards running in a child process; ``provider`` lists their ports to a Station."""

    orders: list[BoardOrder]
    baud: int = 115200
    keygen_time: float = 0.15
    transport: str = "pty"
    run_agent: bool = True
    ports: dict[str, str] = field(default_factory=dict)  # serial -> url, while plugged
    proc: subprocess.Popen[str] | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _pipe: threading.Lock = field(default_factory=threading.Lock)

    def start(self) -> ChildFleet:
        self.proc = subprocess.Popen([sys.executable, "-m", "bench.fleet"], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True)
        assert self.proc.stdin is not None and self.proc.stdout is not None
        order = {"boards": [o.__dict__ for o in self.orders], "baud": self.baud, "keygen_time": self.keygen_time,
                 "transport": self.transport, "run_agent": self.run_agent}
        self.proc.stdin.write(json.dumps(order) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError("the fleet child process died before reporting its ports")
        with self._lock:
            self.ports = dict(json.loads(line)["ports"])
        return self

    def _ask(self, request: dict[str, Any]) -> dict[str, Any]:
        assert self.proc is not None and self.proc.stdin is not None and self.proc.stdout is not None
        with self._pipe:  # one request and its answer at a time (callers are worker threads)
            self.proc.stdin.write(json.dumps(request) + "\n")
            self.proc.stdin.flush()
            line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError("the fleet child process died")
        answer: dict[str, Any] = json.loads(line)
        return answer

    def plug(self, orders: list[BoardOrder]) -> dict[str, str]:
        """Power up new boards (a hot-plug); returns serial -> url. Blocking: call it from a worker thread."""
        ports = dict(self._ask({"plug": [o.__dict__ for o in orders]})["ports"])
        self.orders.extend(orders)
        with self._lock:
            self.ports.update(ports)
        return ports

    def unplug(self, serials: list[str]) -> None:
        """Pull boards out: the station stops seeing their ports at once, then the child closes them."""
        with self._lock:
            for s in serials:
                self.ports.pop(s, None)
        self._ask({"unplug": serials})

    def close(self) -> None:
        """Unplug every board (the station sees the ports vanish) and end the child."""
        with self._lock:
            self.ports = {}
        proc, self.proc = self.proc, None
        if proc is None:
            return
        assert proc.stdin is not None and proc.stdout is not None
        try:
            with self._pipe:
                proc.stdin.write("close\n")
                proc.stdin.flush()
                proc.stdout.readline()
            proc.wait(30)
        except (OSError, subprocess.TimeoutExpired):
            proc.kill()
            proc.wait(10)

    @property
    def pid(self) -> int | None:
        return self.proc.pid if self.proc is not None else None

    @property
    def provider(self) -> ChildFleetProvider:
        return ChildFleetProvider(self)


class ChildFleetProvider:
    """PortProvider over a ChildFleet (list_ports never sees pseudo-terminals)."""

    name = "virtual"

    def __init__(self, fleet: ChildFleet) -> None:
        self._fleet = fleet

    def list_ports(self) -> list[PortInfo]:
        with self._fleet._lock:
            ports = dict(self._fleet.ports)
        return [PortInfo(url=url, description=f"virtual board {serial}", hwid=f"VIRTUAL SER={serial}",
                         provider=self.name) for serial, url in ports.items()]


def _child() -> None:
    # Imported here: the parent only needs the dataclasses above.
    from station.virtual.board import VirtualBoard
    from station.virtual.faults import FaultPlan

    order: dict[str, Any] = json.loads(sys.stdin.readline())
    boards: dict[str, VirtualBoard] = {}
    closed = 0

    def power_up(specs: list[dict[str, Any]]) -> dict[str, str]:
        started: dict[str, str] = {}
        for b in specs:
            board = VirtualBoard(b["serial"], b["model"], b["hw"], baud=order["baud"],
                                 keygen_time=order["keygen_time"], faults=FaultPlan.parse(b.get("faults", "")),
                                 run_agent=order["run_agent"])
            boards[b["serial"]] = board
            board.start(order["transport"])
            assert board.url is not None  # a started board is plugged
            started[b["serial"]] = board.url
        return started

    def answer(doc: dict[str, Any]) -> None:
        sys.stdout.write(json.dumps(doc) + "\n")
        sys.stdout.flush()

    try:
        answer({"ports": power_up(order["boards"])})
        for line in sys.stdin:
            if line.strip() == "close":
                break
            request = json.loads(line)
            if "plug" in request:
                answer({"ports": power_up(request["plug"])})
            elif "unplug" in request:
                gone = [boards.pop(s) for s in request["unplug"] if s in boards]
                for board in gone:
                    board.close()
                closed += len(gone)
                answer({"unplugged": len(gone)})
    finally:
        for board in boards.values():
            board.close()
    answer({"closed": closed + len(boards)})


if __name__ == "__main__":
    _child()
