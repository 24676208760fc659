"""nRF91 modems through the Station on the strict embedded cloud: automatic choice, each fault knob, nothing orphaned.

Each modem fault ends in a named cause and remedy, or in a successful retry; afterwards every thing has exactly
one ACTIVE certificate, the one whose key the modem holds, and no ACTIVE certificate is left unattached.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Callable
from typing import Any

import pytest

from station.cloud.connect import EmbeddedCloud
from station.cloud.csr import certificate_public_key
from station.demo import DEMO_MODELS, run_until_settled
from station.pipeline.events import Event, PortIgnored, UnitDetected, UnitFailed, UnitPassed, UnitRemoved
from station.pipeline.scheduler import Station, Summary
from station.pipeline.states import UnitState
from station.profile import Profile
from station.virtual.fleet import VirtualFleet
from station.virtual.modem import VirtualModem
from tests.integration.helpers import active_certs, iot_client

pytestmark = pytest.mark.timeout(240)
SEC_TAG = 201


def modem_fleet(embedded: EmbeddedCloud, n: int, *, reference: int = 0, faults: dict[int, str] | None = None,
                form: str = "thingy91", **options: Any) -> VirtualFleet:
    assert embedded.endpoints is not None
    return VirtualFleet(reference, transport="pty", models=DEMO_MODELS, nrf91=n, nrf91_form=form, faults=faults,
                        modem_options={"app_endpoint": embedded.endpoints.mqtt_endpoint, "sec_tag": SEC_TAG,
                                       **options})


def registered(profile: Profile) -> Profile:
    return dataclasses.replace(profile, jobs=dataclasses.replace(profile.jobs, until="registered"))


def orphans(iot: Any) -> list[str]:
    """ACTIVE certificates attached to no thing: what an interrupted or refused attempt must never leave."""
    attached = {p.rsplit("/", 1)[-1] for t in iot.list_things(maxResults=250)["things"]
                for p in iot.list_thing_principals(thingName=t["thingName"])["principals"]}
    return [c["certificateId"] for c in iot.list_certificates(pageSize=250)["certificates"]
            if c["status"] == "ACTIVE" and c["certificateId"] not in attached]


def one_active_of_the_modems_key(iot: Any, modem: VirtualModem) -> None:
    [cert] = active_certs(iot, f"nrf-{modem.imei}")
    assert certificate_public_key(cert["certificatePem"]) == modem.key_public_der(SEC_TAG)


async def run_with(station: Station, until: Callable[[list[Event]], bool], react: Callable[[Event], None],
                   timeout: float = 120) -> list[Event]:  # noqa: ASYNC109
    """Run the station until ``until(events)``; ``react`` sees every event on the loop (e.g. replug a board)."""
    events: list[Event] = []
    done = asyncio.Event()

    def on(event: Event) -> None:
        events.append(event)
        react(event)
        if until(events):
            done.set()
    station.bus.subscribe(on)
    stop = asyncio.Event()
    runner = asyncio.create_task(station.run(stop))
    try:
        await asyncio.wait_for(done.wait(), timeout)
    finally:
        stop.set()
        await runner
    return events


async def run_until(station: Station, condition: Callable[[], bool], timeout: float = 120) -> Summary:  # noqa: ASYNC109
    """Run the station until ``condition()`` holds (checked as the loop turns; ports ignored emit no event)."""
    stop = asyncio.Event()
    runner = asyncio.create_task(station.run(stop))
    try:
        async with asyncio.timeout(timeout):
            while not condition():  # noqa: ASYNC110 - an ignored port is no unit: it emits no event to wait on
                await asyncio.sleep(0.05)
        return station.summary()
    finally:
        stop.set()
        await runner


def test_a_mixed_fleet_is_chosen_by_usb_id_and_probe_and_a_dks_other_ports_are_ignored(
        embedded: EmbeddedCloud, profile: Profile) -> None:
    with modem_fleet(embedded, 2, reference=2, form="dk") as fleet:
        modems = [b for b in fleet.boards if isinstance(b, VirtualModem)]
        ports = fleet.provider.list_ports()
        assert len(ports) == 2 + 2 * 3  # each DK: the modem's port and two others of the same J-Link
        station = Station(registered(profile), embedded.cloud, [fleet.provider])
        detected: list[UnitDetected] = []
        ignored: list[PortIgnored] = []
        station.bus.subscribe(lambda e: detected.append(e) if isinstance(e, UnitDetected) else None)
        station.bus.subscribe(lambda e: ignored.append(e) if isinstance(e, PortIgnored) else None)
        summary = asyncio.run(run_until(station, lambda: station.summary().passed + station.summary().failed == 4
                                        and len(station.ignored) == 4))
        assert summary.passed == 4 and summary.failed == 0, summary.units
        by_port = {e.port: e for e in detected}
        assert len(by_port) == 4  # the DKs' other ports never became units: ignored, not failed
        assert sorted(e.driver for e in by_port.values()) == ["nrf91", "nrf91", "reference", "reference"]
        assert all("answered the nrf91 probe" in by_port[m.url].chosen for m in modems if m.url)
        assert len(station.ignored) == 4 and all("no such board answered" in r for r in station.ignored.values())
        # ... and said once each, so the window can name them (ui/operator/view.py) and the CLI print them.
        assert sorted(e.port for e in ignored) == sorted(station.ignored) and all(e.present for e in ignored)
        iot = iot_client(embedded.cloud)
        for modem in modems:
            one_active_of_the_modems_key(iot, modem)
        assert orphans(iot) == []


@pytest.mark.parametrize("spec", ["garble:3", "urc:4", "slow-keygen:1.5"])
def test_a_noisy_or_slow_modem_still_passes(embedded: EmbeddedCloud, profile: Profile, spec: str) -> None:
    with modem_fleet(embedded, 1, faults={0: spec}) as fleet:
        station = Station(registered(profile), embedded.cloud, [fleet.provider])
        summary = asyncio.run(run_until_settled(station, 1, timeout=120))
        assert summary.passed == 1, summary.units
        [modem] = fleet.boards
        assert isinstance(modem, VirtualModem)
        iot = iot_client(embedded.cloud)
        one_active_of_the_modems_key(iot, modem)
        assert orphans(iot) == []


@pytest.mark.parametrize(("spec", "step", "words"), [
    ("active", "generating-key", "active"),
    ("full", "generating-key", "full"),  # the key is stored first: its memory is the first to be full
])
def test_a_refusing_modem_fails_with_cause_and_remedy_then_a_retry_leaves_one_certificate(
        embedded: EmbeddedCloud, profile: Profile, spec: str, step: str, words: str) -> None:
    with modem_fleet(embedded, 1, faults={0: spec}) as fleet:
        [modem] = fleet.boards
        assert isinstance(modem, VirtualModem)
        station = Station(registered(profile), embedded.cloud, [fleet.provider])
        retried: list[bool] = []
        retries: list[asyncio.Task[None]] = []

        def react(event: Event) -> None:
            if isinstance(event, UnitFailed) and not retried:
                retried.append(True)
                modem.modem_faults.update(**{spec: False})  # the operator fixed the modem, then retries
                retries.append(asyncio.get_running_loop().create_task(station.retry(event.port)))

        events = asyncio.run(run_with(station, lambda ev: any(isinstance(e, UnitPassed) for e in ev), react))
        [failed] = [e for e in events if isinstance(e, UnitFailed)]
        assert failed.step.value == step and words in failed.cause.lower(), failed
        assert failed.remedy and "retry" not in failed.cause.lower()
        iot = iot_client(embedded.cloud)
        one_active_of_the_modems_key(iot, modem)
        assert orphans(iot) == []


def test_a_link_dropped_in_the_middle_of_the_certificate_resumes_on_replug(
        embedded: EmbeddedCloud, profile: Profile) -> None:
    with modem_fleet(embedded, 1, faults={0: "drop:cert"}) as fleet:
        [modem] = fleet.boards
        assert isinstance(modem, VirtualModem)
        station = Station(registered(profile), embedded.cloud, [fleet.provider])
        loop_events: list[str] = []

        def react(event: Event) -> None:
            if isinstance(event, UnitFailed | UnitDetected):
                loop_events.append(type(event).__name__)
            # Plugged back once the station saw the port go: a replug faster than its port scan could reuse
            # the same pty path unseen (a person's replug takes seconds).
            if isinstance(event, UnitRemoved) and not modem.plugged and "UnitFailed" in loop_events:
                asyncio.get_running_loop().run_in_executor(None, modem.plug)

        events = asyncio.run(run_with(station, lambda ev: any(isinstance(e, UnitPassed) for e in ev), react))
        failures = [e for e in events if isinstance(e, UnitFailed)]
        assert failures and failures[0].step == UnitState.WRITING and failures[0].remedy
        assert loop_events.count("UnitDetected") == 2  # the board came back as a fresh unit
        iot = iot_client(embedded.cloud)
        one_active_of_the_modems_key(iot, modem)  # the first attempt's certificate was retired on the re-run
        assert orphans(iot) == []


def test_a_silent_modem_bound_by_a_rule_times_out_with_cause_and_remedy(
        embedded: EmbeddedCloud, profile: Profile) -> None:
    with modem_fleet(embedded, 1, faults={0: "silent"}) as fleet:
        [modem] = fleet.boards
        assert modem.url
        # Without the rule the probe gets no answer and the port is ignored; the engineer's rule binds it.
        pf = registered(profile)
        pf = dataclasses.replace(pf, serial=dataclasses.replace(
            pf.serial, rules=(("", modem.url, "nrf91"),),
            timeouts={**pf.serial.timeouts, "hello": 0.3, "identify": 0.3}, retries=0))
        station = Station(pf, embedded.cloud, [fleet.provider])
        summary = asyncio.run(run_until_settled(station, 1, timeout=120))
        [unit] = summary.units
        assert summary.failed == 1 and unit["step"] == "identifying", unit
        assert "answer" in unit["cause"] and unit["remedy"]
        assert iot_client(embedded.cloud).list_things(maxResults=250)["things"] == []  # nothing created


def test_cloud_generated_keys_are_refused_for_a_modem_before_anything_is_created(
        embedded: EmbeddedCloud, profile: Profile) -> None:
    with modem_fleet(embedded, 1) as fleet:
        pf = dataclasses.replace(registered(profile), cert_mode="cloud-keys")
        station = Station(pf, embedded.cloud, [fleet.provider])
        summary = asyncio.run(run_until_settled(station, 1, timeout=120))
        [unit] = summary.units
        assert summary.failed == 1 and unit["step"] == "identifying", unit
        assert "cannot take one from the station" in unit["cause"] and "certificates.mode" in unit["remedy"]
        assert iot_client(embedded.cloud).list_things(maxResults=250)["things"] == []
