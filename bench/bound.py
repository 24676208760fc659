"""The line-rate bounds of a run: AWS's per-account quotas over the calls each unit made, and the CPU it cost."""

# Both bounds are computed from what a run measured, never from a fixed list of calls: the calls per unit come
# from the gateway's HTTP-level counters, the CPU per unit from the processes' CPU times. So they stay right when
# the unit's calls change (e.g. the policy moving to the thing group).

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from station.cloud.quotas import default_rates


@dataclass(frozen=True)
class QuotaTerm:
    """One operation's share of the bound: its quota (TPS, per account) over the calls one unit makes."""

    operation: str
    tps: float
    calls_per_unit: float

    @property
    def units_per_hour(self) -> float:
        return self.tps / self.calls_per_unit * 3600


@dataclass(frozen=True)
class QuotaBound:
    """min over operations of tps / calls-per-unit, as units per hour; ``binding`` names the operation."""

    terms: tuple[QuotaTerm, ...]

    @property
    def binding(self) -> QuotaTerm | None:
        return min(self.terms, key=lambda t: t.units_per_hour) if self.terms else None

    @property
    def units_per_hour(self) -> float:
        b = self.binding
        return b.units_per_hour if b is not None else math.inf

    def rows(self) -> list[dict[str, object]]:
        b = self.binding
        return [{"operation": t.operation, "tps": t.tps, "calls_per_unit": round(t.calls_per_unit, 3),
                 "units_per_hour": round(t.units_per_hour), "binds": t is b}
                for t in sorted(self.terms, key=lambda t: t.units_per_hour)]


def calls_per_unit(calls: Mapping[str, int | float], units: int) -> dict[str, float]:
    """HTTP requests per operation divided by the units they served (0 units: no figures)."""
    return {op: n / units for op, n in sorted(calls.items()) if units > 0 and n > 0}


def quota_bound(per_unit: Mapping[str, float], rates: Mapping[str, float] | None = None) -> QuotaBound:
    """Every operation a unit calls that has an account quota is a term; operations without one never bind.

    The quotas are per account and Region, so the bound is the account's: stations sharing it share it.
    """
    table = default_rates() if rates is None else rates
    return QuotaBound(tuple(QuotaTerm(op, float(table[op]), c) for op, c in sorted(per_unit.items())
                            if c > 0 and op in table and table[op] > 0))


@dataclass(frozen=True)
class CpuBound:
    """cores / CPU seconds per unit (station + boards + cloud processes), as units per hour."""

    cpu_s_per_unit: float
    cores: int

    @property
    def units_per_hour(self) -> float:
        return self.cores / self.cpu_s_per_unit * 3600 if self.cpu_s_per_unit > 0 else math.inf


def cpu_bound(cpu_seconds: Mapping[str, float], units: int, cores: int) -> CpuBound:
    """The CPU bound from the CPU seconds each process spent on ``units`` units."""
    total = sum(cpu_seconds.values())
    return CpuBound(total / units if units else math.inf, cores)


def binding(quota: QuotaBound, cpu: CpuBound) -> tuple[str, float]:
    """Which bound binds ("quota" or "cpu") and its units per hour."""
    if quota.units_per_hour <= cpu.units_per_hour:
        b = quota.binding
        return (f"quota ({b.operation})" if b else "quota"), quota.units_per_hour
    return "cpu", cpu.units_per_hour
