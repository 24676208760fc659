"""The benchmark's line-rate bounds: quota terms from the shipped quota table and the calls a run counted."""

from __future__ import annotations

import math

from bench.bound import binding, calls_per_unit, cpu_bound, quota_bound
from station.cloud.quotas import default_rates


def test_each_called_operation_with_a_quota_is_a_term_and_the_smallest_binds() -> None:
    rates = default_rates()
    # What a gateway counted for 10 units: group policy (4 calls) plus a ListThingPrincipals for 2 re-runs.
    calls = {"CreateThing": 10, "CreateCertificateFromCsr": 10, "AttachThingPrincipal": 10,
             "AddThingToThingGroup": 10, "ListThingPrincipals": 2, "DescribeEndpoint": 1}
    bound = quota_bound(calls_per_unit(calls, 10))
    ops = {t.operation for t in bound.terms}
    assert "DescribeEndpoint" not in ops  # no quota in the table: it can never bind
    assert ops == {op for op in calls if op in rates}
    by_op = {t.operation: t for t in bound.terms}
    assert by_op["CreateCertificateFromCsr"].units_per_hour == rates["CreateCertificateFromCsr"] * 3600
    # ListThingPrincipals at 10 TPS but called for one unit in five: 50 units/s, not the tightest.
    assert by_op["ListThingPrincipals"].units_per_hour == rates["ListThingPrincipals"] / 0.2 * 3600
    tightest = min(rates[op] / (n / 10) for op, n in calls.items() if op in rates)
    assert bound.units_per_hour == tightest * 3600
    assert bound.binding is not None and bound.binding.operation == "CreateCertificateFromCsr"
    assert [r["binds"] for r in bound.rows()].count(True) == 1


def test_a_call_made_twice_per_unit_halves_its_term() -> None:
    once = quota_bound({"AttachPolicy": 1.0})
    twice = quota_bound({"AttachPolicy": 2.0})
    assert twice.units_per_hour == once.units_per_hour / 2


def test_no_calls_no_quota_bound() -> None:
    assert quota_bound(calls_per_unit({"CreateThing": 5}, 0)).units_per_hour == math.inf


def test_cpu_bound_is_cores_over_cpu_seconds_per_unit_and_the_lower_bound_binds() -> None:
    cpu = cpu_bound({"station": 6.0, "boards": 3.0, "cloud": 9.0}, units=100, cores=2)
    assert cpu.cpu_s_per_unit == 0.18 and cpu.units_per_hour == 2 / 0.18 * 3600
    quota = quota_bound({"CreateCertificateFromCsr": 1.0})  # 15 TPS: 54,000 units/h
    assert binding(quota, cpu) == ("cpu", cpu.units_per_hour)
    fast = cpu_bound({"station": 1.0}, units=100, cores=2)
    assert binding(quota, fast) == ("quota (CreateCertificateFromCsr)", quota.units_per_hour)
