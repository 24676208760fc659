"""Plot of the continuous line and of several stations on one account against their bounds (line-stations.png).

Run: ``python -m bench.plots [--out DIR]`` after bench.line and bench.stations (run.py bench does).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from bench.common import OUT


def bars(out: Path) -> list[tuple[str, float, float, float]]:
    """(label, sustained, quota bound, CPU bound) per measured configuration found in ``out``."""
    rows: list[tuple[str, float, float, float]] = []
    line = out / "line.json"
    if line.exists():
        r: dict[str, Any] = json.loads(line.read_text())
        b = r["bounds"]
        rows.append((f"1 station\n{r['meta']['config']['slots']} slots", r["run"]["units_per_hour"],
                     b["quota_units_per_hour"], b["cpu_units_per_hour"]))
    stations = out / "stations.json"
    if stations.exists():
        for c in json.loads(stations.read_text())["cases"]:
            b = c["bounds"]
            rows.append((f"{c['stations']} stations\n{c['stations']} × {c['slots_each']} slots", c["units_per_hour"],
                         b["quota_units_per_hour"], b["cpu_units_per_hour"]))
    return rows


def plot(out: Path) -> Path | None:
    rows = bars(out)
    if not rows:
        return None
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(8, 4.5))
    xs = range(len(rows))
    w = 0.27
    ax.bar([x - w for x in xs], [r[1] for r in rows], w, label="sustained (measured)", color="tab:blue")
    ax.bar(list(xs), [r[2] for r in rows], w, label="quota bound (account)", color="tab:orange")
    ax.bar([x + w for x in xs], [r[3] for r in rows], w, label="CPU bound (this machine)", color="tab:gray")
    for x, r in zip(xs, rows, strict=True):
        bound = min(r[2], r[3])
        ax.annotate(f"{r[1] / bound:.0%}", (x - w, r[1]), ha="center", va="bottom", fontsize=8)
    ax.set_xticks(list(xs), [r[0] for r in rows])
    ax.set_ylabel("units per hour")
    ax.set_title("Continuous line, strict cloud with AWS default quotas (% = of the binding bound)")
    ax.grid(True, axis="y", alpha=0.3)
    ax.legend(fontsize=8)
    fig.tight_layout()
    path = out / "line-stations.png"
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    path = plot(args.out)
    print(f"written {path}" if path else f"nothing to plot in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
