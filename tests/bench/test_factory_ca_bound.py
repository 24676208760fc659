"""The factory-ca line's accounting in the throughput bench: its line bound (serial + key generation + signing, no
quota), the per-unit API model's default-quota bound from the calls a csr unit made, their ratio, and the figures
a run's events give (no timing is asserted: the events carry made-up times)."""

from __future__ import annotations

import math

from bench.common import ByteCounter, LoopLag
from bench.factory_ca import FactoryCaCase, api_quota_bound, compare, fill, line_bound, markdown, report_rows, targets
from bench.throughput import BYTE_TIME, KEYGEN, Case, api_calls_per_unit
from station.cloud.quotas import default_rates
from station.pipeline.events import StepFinished, UnitFailed, UnitPassed
from station.pipeline.states import UnitState

CSR_CALLS = {"CreateThing": 1.0, "CreateCertificateFromCsr": 1.0, "AttachThingPrincipal": 1.0,
             "AddThingToThingGroup": 1.0, "DescribeEndpoint": 0.02}


def test_the_line_bound_is_slots_over_serial_time_key_generation_and_signing() -> None:
    b = line_bound(5000, 0.15, 0.01, 64, BYTE_TIME)
    per_unit = 5000 * BYTE_TIME + 0.15 + 0.01
    assert b["per_unit_s"] == round(per_unit, 3)
    assert b["units_per_hour"] == round(64 / per_unit * 3600)
    # Twice the slots, twice the bound: nothing shared (no account quota) takes part.
    assert line_bound(5000, 0.15, 0.01, 128, BYTE_TIME)["units_per_hour"] == round(128 / per_unit * 3600)
    # A run without a signing figure still has a bound (serial + key generation).
    assert line_bound(5000, 0.15, float("nan"), 64, BYTE_TIME)["units_per_hour"] == round(
        64 / (5000 * BYTE_TIME + 0.15) * 3600)


def test_the_api_bound_is_the_default_quota_of_the_tightest_per_unit_call() -> None:
    api = api_quota_bound(CSR_CALLS)
    rates = default_rates()
    tightest = min((op for op in CSR_CALLS if op in rates), key=lambda op: rates[op] / CSR_CALLS[op])
    assert api["binding"] == tightest == "CreateCertificateFromCsr"
    assert api["units_per_hour"] == round(rates[tightest] * 3600)
    assert api_quota_bound({})["units_per_hour"] is None


def _case(passed: int = 64, uph: float = 20_000.0) -> FactoryCaCase:
    return FactoryCaCase(boards=64, latency_ms=50, passed=passed, units_per_hour=uph, serial_bytes_per_unit=5000,
                         signing_p50_s=0.01, signing_p95_s=0.02, cpu_seconds={"station": 20.0, "boards": 10.0},
                         calls_per_unit={"DescribeThing": 1.0, "DescribeCertificate": 2.0})


def test_the_comparison_divides_by_the_api_bound_measured_in_the_same_run() -> None:
    case = _case()
    line = line_bound(case.serial_bytes_per_unit, KEYGEN, case.signing_p50_s, case.boards, BYTE_TIME)
    api = api_quota_bound(CSR_CALLS)
    k = compare(case, line, api, cpu_cores=2)
    assert k["measured_over_api_bound"] == round(20_000 / api["units_per_hour"], 2)
    assert k["line_bound_over_api_bound"] == round(line["units_per_hour"] / api["units_per_hour"], 2)
    assert k["cpu_bound_units_per_hour"] == round(2 / (30.0 / 64) * 3600)
    # The follow-up reads are quota'd too (DescribeCertificate 10 TPS, twice per unit), off the critical path.
    assert k["follow_binding"] == "DescribeCertificate"
    assert k["follow_quota_units_per_hour"] == round(default_rates()["DescribeCertificate"] / 2 * 3600)
    [above, complete] = targets([k], [case])
    assert above["met"] is (line["units_per_hour"] > api["units_per_hour"]) and complete["met"]
    [_, incomplete] = targets([k], [_case(passed=60)])
    assert not incomplete["met"]


def test_the_api_calls_come_from_the_csr_case_with_as_many_boards() -> None:
    def case(n: int, latency: int, calls: dict[str, float], until: str = "registered") -> Case:
        return Case(boards=n, latency_ms=latency, until=until, passed=n, calls_per_unit=calls)
    cases = [case(8, 50, {"CreateThing": 1.0}), case(64, 50, CSR_CALLS), case(64, 150, {"CreateThing": 3.0}),
             case(64, 50, {"ListJobs": 9.0}, until="ready")]
    assert api_calls_per_unit(cases, [64]) == CSR_CALLS
    assert api_calls_per_unit(cases, [4]) == CSR_CALLS  # no csr case of 4: the largest at the first latency
    assert api_calls_per_unit([], [64]) == {}


def test_fill_counts_the_run_and_the_report_renders_it() -> None:
    case = FactoryCaCase(boards=2, latency_ms=50)
    events = [
        StepFinished(port="p1", unit=1, at=100.0, step=UnitState.SIGNING, seconds=0.01),
        StepFinished(port="p2", unit=2, at=100.5, step=UnitState.SIGNING, seconds=0.03),
        StepFinished(port="p1", unit=1, at=101.0, step=UnitState.VERIFYING, seconds=0.04),
        StepFinished(port="p2", unit=2, at=101.5, step=UnitState.VERIFYING, seconds=0.04),
        UnitPassed(port="p1", unit=1, at=103.0, serial="S1", thing_name="t1", certificate_id="c1", group="g",
                   seconds=3.0, round_trips=0),
        UnitFailed(port="p2", unit=2, at=104.0, step=UnitState.WRITING, cause="the board stopped", remedy="re-run"),
    ]
    counter = ByteCounter()
    counter.add("p1", 4000)
    counter.add("p2", 6000)
    fill(case, events, {"DescribeCertificate": 4, "DescribeThing": 2}, counter, LoopLag())
    assert (case.passed, case.failed, case.makespan_s) == (1, 1, 4.0)
    assert case.units_per_hour == round(1 / 4.0 * 3600)
    assert case.verified_units_per_hour == round(2 / 1.5 * 3600)  # both verified within 1.5 s of the first event
    assert case.calls_per_unit == {"DescribeCertificate": 2.0, "DescribeThing": 1.0}
    assert case.serial_bytes_per_unit == 5000 and case.failures == ["writing: the board stopped"]
    assert math.isclose(case.signing_p50_s, 0.02, abs_tol=0.011)
    rows = report_rows([case], api_quota_bound(CSR_CALLS), byte_time=BYTE_TIME, keygen=KEYGEN, cpu_cores=2)
    text = "\n".join(markdown({"factory_ca": rows}))
    assert "## factory-ca line" in text and "CreateCertificateFromCsr" in text and "the board stopped" in text
