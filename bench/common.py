"""Shared benchmark plumbing: embedded cloud behind the latency proxy, byte-counting driver, loop-lag and CPU probes."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import os
import threading
import time
from pathlib import Path
from types import TracebackType
from typing import Any

import psutil

from station.board.driver import LinkSettings
from station.board.reference import ReferenceDriver
from station.cloud.adapter import IotCloud
from station.cloud.bootstrap import bootstrap
from station.cloud.connect import EmbeddedCloud
from station.jobs.demo_content import seed_demo_catalog
from station.localcloud.faultproxy import FaultProxy
from station.localcloud.strict.quotas import OVERRIDES_ENV
from station.profile import Profile

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "performance"


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..1); NaN for no values."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


class ProxiedCloud:
    """The embedded cloud, bootstrapped (and optionally seeded), with a FaultProxy in front of its HTTP API.

    ``cloud`` talks through the proxy (the station's view: latency, throttling, 5xx); ``direct`` does not (setup
    and inspection, which must not be slowed or faulted).
    """

    def __init__(self, profile: Profile, *, seed_catalog: bool, state_dir: Path | None = None) -> None:
        self.profile = profile
        self.seed_catalog = seed_catalog
        # Strict (AWS's authorization, input rules and per-account quotas), explicitly: a benchmark on a lax
        # cloud would measure a line AWS would throttle.
        self.embedded = EmbeddedCloud(state_dir, profile=profile, strict=True)
        self.proxy: FaultProxy | None = None
        self.direct: IotCloud | None = None
        self.cloud: IotCloud | None = None

    def start(self) -> ProxiedCloud:
        # The account's default quotas, as on AWS: an override inherited from the environment (a CI's raised
        # quotas) would make every figure here a different account's.
        os.environ.pop(OVERRIDES_ENV, None)
        try:
            self.direct = self.embedded.start()  # the station's least-privilege identity
            bootstrap(self.embedded.as_role("engineer"), self.profile)
            if self.seed_catalog:
                seed_demo_catalog(self.direct, self.profile)
            assert self.direct.target.endpoint_url is not None
            self.proxy = FaultProxy(self.direct.target.endpoint_url)
            url = self.proxy.start()
            self.cloud = IotCloud(dataclasses.replace(self.direct.target, endpoint_url=url))
        except BaseException:
            self.close()
            raise
        return self

    def fresh_cloud(self) -> IotCloud:
        """A new adapter through the proxy (DescribeEndpoint is cached per adapter, i.e. per station run)."""
        assert self.proxy is not None and self.direct is not None
        return IotCloud(dataclasses.replace(self.direct.target, endpoint_url=self.proxy.url))

    @property
    def cloud_pid(self) -> int | None:
        return self.embedded.local.pid

    def close(self) -> None:
        if self.proxy is not None:
            self.proxy.stop()
        self.embedded.close()

    def __enter__(self) -> ProxiedCloud:
        return self.start()

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        self.close()


class ByteCounter:
    """Bytes on the serial lines per port, both directions (thread-safe: drivers run in serial worker threads)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.bytes: dict[str, int] = {}

    def add(self, port: str, n: int) -> None:
        with self._lock:
            self.bytes[port] = self.bytes.get(port, 0) + n

    def per_port(self) -> list[int]:
        with self._lock:
            return list(self.bytes.values())


class _CountingPort:
    """Wraps a pyserial port and counts the bytes written and read."""

    def __init__(self, port: Any, counter: ByteCounter, name: str) -> None:
        self._port = port
        self._counter = counter
        self._name = name

    def write(self, data: bytes) -> int | None:
        self._counter.add(self._name, len(data))
        return self._port.write(data)  # type: ignore[no-any-return]

    def read(self, size: int = 1) -> bytes:
        data: bytes = self._port.read(size)
        self._counter.add(self._name, len(data))
        return data

    def __getattr__(self, name: str) -> Any:
        return getattr(self._port, name)


def counting_factory(counter: ByteCounter) -> Any:
    """A DriverFactory: the reference driver with its port wrapped in a byte counter (the driver is unchanged)."""

    class CountingDriver(ReferenceDriver):
        def open(self) -> None:
            super().open()
            if self._ser is not None and not isinstance(self._ser, _CountingPort):
                self._ser = _CountingPort(self._ser, counter, self.port)

    def make(port: str, settings: LinkSettings | None = None, options: Any = None) -> ReferenceDriver:
        return CountingDriver(port, settings, options)

    return make


class LoopLag:
    """A 10 ms asyncio timer on the station's loop; lag = how late each tick ran (a blocked loop shows up here)."""

    TICK = 0.010

    def __init__(self) -> None:
        self.lags: list[float] = []
        self._task: asyncio.Task[None] | None = None

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            due = loop.time() + self.TICK
            await asyncio.sleep(self.TICK)
            self.lags.append(max(0.0, loop.time() - due))

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="loop-lag")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task


class Resources:
    """Peak RSS of the station process (sampled every 50 ms) and CPU seconds of station, boards, cloud, machine."""

    def __init__(self, others: dict[str, int | None]) -> None:
        self.me = psutil.Process(os.getpid())
        self.others = {name: psutil.Process(pid) for name, pid in others.items() if pid is not None}
        self.peak_rss = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, name="rss-sampler", daemon=True)
        self._t0 = 0.0
        self._cpu0: dict[str, float] = {}
        self._sys0: Any = None
        self.cpu: dict[str, float] = {}  # name -> average cores busy over the run
        self.wall = 0.0

    def cpu_seconds(self) -> dict[str, float]:
        """CPU seconds (user + system, with children) each process has used so far."""
        return self._cpu_seconds()

    def _cpu_seconds(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for name, proc in {"station": self.me, **self.others}.items():
            try:
                t = proc.cpu_times()
                # children: the board agents and ministack's own workers, if any
                out[name] = t.user + t.system + t.children_user + t.children_system
            except psutil.Error:
                out[name] = self._cpu0.get(name, 0.0)
        return out

    def _sample(self) -> None:
        while not self._stop.wait(0.05):
            with contextlib.suppress(psutil.Error):
                self.peak_rss = max(self.peak_rss, self.me.memory_info().rss)

    def start(self) -> Resources:
        self.peak_rss = self.me.memory_info().rss
        self._t0 = time.monotonic()
        self._cpu0 = self._cpu_seconds()
        self._sys0 = psutil.cpu_times()
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()
        self.wall = time.monotonic() - self._t0
        end = self._cpu_seconds()
        self.cpu = {name: round((end[name] - self._cpu0.get(name, 0.0)) / self.wall, 2) for name in end}
        sys1 = psutil.cpu_times()
        busy = (sum(sys1) - sys1.idle - getattr(sys1, "iowait", 0.0)) - (
            sum(self._sys0) - self._sys0.idle - getattr(self._sys0, "iowait", 0.0))
        # Whole machine, other helpers' work included: says whether the 2 cores were the limit.
        self.cpu["machine"] = round(busy / self.wall, 2)
