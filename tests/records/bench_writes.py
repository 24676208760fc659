"""Measures the SQLite sink's cost per event: `python -m tests.records.bench_writes [NORMAL|FULL] [DIR]`."""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from station.records import RecordStore, SqliteSink
from tests.records.events import passing


def main(synchronous: str = "NORMAL", where: str | None = None, units: int = 300) -> str:
    with tempfile.TemporaryDirectory(dir=where) as tmp:
        store = RecordStore(Path(tmp) / "records.sqlite", synchronous=synchronous)
        sink = SqliteSink(store, station_id="bench", batch="bench")
        times: list[float] = []
        for unit in range(1, units + 1):
            # Progress/Waiting dropped: they cost nothing; what is left is one write per event but UnitDetected.
            events = [e for e in passing(unit=unit, serial=f"SN{unit:06d}") if e.kind not in ("progress", "waiting")]
            for e in events:
                t0 = time.perf_counter()
                sink.on_event(e)
                times.append(time.perf_counter() - t0)
        store.close()
    times.sort()
    return (f"synchronous={synchronous} events={len(times)} median={times[len(times) // 2] * 1e6:.0f}us "
            f"mean={statistics.mean(times) * 1e6:.0f}us p99={times[int(len(times) * 0.99)] * 1e6:.0f}us "
            f"max={times[-1] * 1e3:.2f}ms")


if __name__ == "__main__":
    print(main(sys.argv[1] if len(sys.argv) > 1 else "NORMAL", sys.argv[2] if len(sys.argv) > 2 else None))
