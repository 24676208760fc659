"""Automatic driver choice: profile rules, USB-id shortlist confirmed by probes over real ptys, the default."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import pytest

from station.board.choice import Choice, Ignored, PortRule, choose, shortlist
from station.board.driver import LinkSettings, register_driver
from station.domain import PortInfo
from station.virtual.fleet import VirtualFleet
from tests.board.choice_helpers import AnsweringPort, NoDriver, Probe, answering_ports, scratch_registry

#: Probes wait this long for an answer; a silent port costs one of these, nothing else depends on it.
SETTINGS = LinkSettings(timeouts={"hello": 0.5})
NO_OPTIONS: Callable[[str], Mapping[str, Any]] = lambda name: {}  # noqa: E731

MakePort = Callable[[bytes | None], AnsweringPort]


@pytest.fixture
def ports() -> Iterator[MakePort]:
    with answering_ports() as make:
        yield make


@pytest.fixture
def drivers(monkeypatch: pytest.MonkeyPatch) -> dict[str, Probe]:
    """Two test drivers sharing the vendor id "abcd" (like nrf91 and a plug-in both claiming a J-Link)."""
    scratch_registry(monkeypatch)
    probes = {"modem": Probe(b"MODEM"), "sensor": Probe(b"SENSOR")}
    register_driver("zz-modem", NoDriver, usb_ids=("ABCD:*",), probe=probes["modem"])
    register_driver("zz-sensor", NoDriver, usb_ids=("abcd:00??", "feed:0001"), probe=probes["sensor"])
    return probes


def usb(url: str, usb_id: str, serial: str = "", interface: str = "") -> PortInfo:
    vid, pid = usb_id.split(":")
    return PortInfo(url, vid=vid, pid=pid, usb_serial=serial, interface=interface)


def test_dk_binds_only_the_port_whose_board_answers(ports: MakePort, drivers: dict[str, Probe]) -> None:
    # A DK: three COM ports of one J-Link (same usb serial); only one is the modem, one is an nRF52
    # console printing garbage, one is silent.
    modem, console, silent = ports(b"MODEM nRF9160-SICA\r\n"), ports(b"\x00\xff?? boot\r\n"), ports(None)
    dk = [usb(p.url, "abcd:0015", "000960123456", str(i)) for i, p in enumerate((console, modem, silent))]
    results = [choose(p, [], "reference", SETTINGS, NO_OPTIONS) for p in dk]
    assert results[1] == Choice("zz-modem", "MODEM nRF9160-SICA answered the zz-modem probe (USB id abcd:0015)")
    assert isinstance(results[0], Ignored) and isinstance(results[2], Ignored)
    assert results[0].reason.startswith("USB id abcd:0015 is claimed by zz-modem, zz-sensor, but no such board")
    # Every shortlisted driver asked the non-modem ports, in order; they were ignored, not failed.
    assert [url for url, _ in drivers["modem"].calls] == [p.url for p in dk]
    assert [url for url, _ in drivers["sensor"].calls] == [dk[0].url, dk[2].url]
    assert modem.lines == [b"WHO"] and console.lines == [b"WHO", b"WHO"]


def test_second_shortlisted_driver_binds_and_gets_its_options(ports: MakePort, drivers: dict[str, Probe]) -> None:
    sensor = ports(b"SENSOR v2\r\n")
    options = {"zz-sensor": {"greeting": "HELLO?"}}
    got = choose(usb(sensor.url, "abcd:0042"), [], "reference", SETTINGS, lambda n: options.get(n, {}))
    assert got == Choice("zz-sensor", "SENSOR v2 answered the zz-sensor probe (USB id abcd:0042)")
    assert drivers["sensor"].calls == [(sensor.url, {"greeting": "HELLO?"})]
    assert sensor.lines == [b"WHO", b"HELLO?"]  # the modem probe asked first, in its own words


def test_a_probe_that_raises_counts_as_no_and_is_logged(ports: MakePort, drivers: dict[str, Probe],
                                                        caplog: pytest.LogCaptureFixture) -> None:
    def broken(url: str, settings: LinkSettings, options: Mapping[str, Any]) -> str | None:
        raise RuntimeError("probe bug")

    register_driver("aa-broken", NoDriver, usb_ids=("abcd:*",), probe=broken)
    sensor = ports(b"SENSOR\r\n")
    with caplog.at_level(logging.WARNING, "station.board"):
        got = choose(usb(sensor.url, "abcd:0001"), [], "reference", SETTINGS, NO_OPTIONS)
    assert isinstance(got, Choice) and got.driver == "zz-sensor"
    assert any("aa-broken" in r.getMessage() and "probe bug" in r.getMessage() for r in caplog.records)


def test_rules_bind_or_ignore_without_probing(ports: MakePort, drivers: dict[str, Probe]) -> None:
    modem = ports(b"MODEM\r\n")
    rules = [PortRule(usb_id="ABCD:10*", port="/nowhere/*", driver="zz-sensor"),  # both keys must match
             PortRule(usb_id="abcd:1015", driver="reference"),
             PortRule(port="/dev/ttyS*", driver="ignore"),
             PortRule(port="COM[12]", driver="zz-modem")]
    assert choose(usb(modem.url, "abcd:1015"), rules, "x", SETTINGS, NO_OPTIONS) == \
        Choice("reference", "the profile's rule {usb_id = \"abcd:1015\"}")
    assert choose(PortInfo("/dev/ttyS0"), rules, "x", SETTINGS, NO_OPTIONS) == \
        Ignored('the profile\'s rule {port = "/dev/ttyS*"} says ignore')
    assert choose(usb("COM2", "abcd:0001"), rules, "x", SETTINGS, NO_OPTIONS).driver == "zz-modem"  # type: ignore[union-attr]
    # A usb_id rule never matches a port without USB ids, not even "*".
    assert choose(PortInfo("COM2"), [PortRule(usb_id="*", driver="ignore"), *rules], "x", SETTINGS,
                  NO_OPTIONS) == Choice("zz-modem", "the profile's rule {port = \"COM[12]\"}")
    assert drivers["modem"].calls == [] and drivers["sensor"].calls == [] and modem.lines == []


def test_unclaimed_and_non_usb_ports_get_the_default_without_probing(drivers: dict[str, Probe]) -> None:
    for port in (usb("/dev/ttyUSB0", "0403:6001"), PortInfo("socket://127.0.0.1:1"), usb("/dev/ttyACM0", "feed:0002")):
        got = choose(port, [], "reference", SETTINGS, NO_OPTIONS)
        assert isinstance(got, Choice) and got.driver == "reference" and "serial.driver" in got.detail
    # auto = false: serial.driver for everything no rule names, even a shortlisted id.
    assert choose(usb("/dev/ttyACM0", "abcd:0001"), [], "reference", SETTINGS, NO_OPTIONS, auto=False) == \
        Choice("reference", "serial.driver (automatic choice is off)")
    assert drivers["modem"].calls == [] and drivers["sensor"].calls == []


def test_shortlist_matches_globs_on_lower_case_ids_and_puts_built_ins_first(monkeypatch: pytest.MonkeyPatch) -> None:
    scratch_registry(monkeypatch)
    register_driver("a-plugin", NoDriver, usb_ids=("1915:*",), origin="acme-drivers")
    register_driver("zz-builtin", NoDriver, usb_ids=("1915:9100",))
    names = [spec.name for spec, _ in shortlist(PortInfo("/dev/ttyACM0", vid="1915", pid="9100"))]
    assert names.index("zz-builtin") < names.index("a-plugin")
    assert [g for s, g in shortlist(PortInfo("/dev/ttyACM0", vid="1915", pid="910A")) if s.name == "a-plugin"] == \
        ["1915:*"]
    # Glob characters in what a device reports are data, never patterns.
    assert shortlist(PortInfo("/dev/ttyACM0", vid="*", pid="*")) == []


def test_a_driver_without_probe_binds_on_its_usb_id(monkeypatch: pytest.MonkeyPatch) -> None:
    scratch_registry(monkeypatch)
    register_driver("zz-plain", NoDriver, usb_ids=("beef:0001",))
    assert choose(usb("/dev/ttyACM5", "beef:0001"), [], "reference", SETTINGS, NO_OPTIONS) == \
        Choice("zz-plain", "USB id beef:0001 matches beef:0001")


def test_rules_need_a_key_and_a_driver() -> None:
    with pytest.raises(ValueError, match="usb_id or port"):
        PortRule(driver="reference")
    with pytest.raises(ValueError, match="usb_id or port"):
        PortRule(port="COM*", driver="")


def test_virtual_reference_boards_get_the_reference_driver() -> None:
    with VirtualFleet(2, transport="socket") as fleet:
        got = [choose(p, [], "reference", SETTINGS, NO_OPTIONS) for p in fleet.provider.list_ports()]
    assert [c.driver for c in got if isinstance(c, Choice)] == ["reference", "reference"]


@pytest.mark.timeout(60)
def test_a_mixed_line_with_virtual_nrf91_dks() -> None:
    # The built-in nrf91 driver and the virtual modem: of a DK's three J-Link ports only the modem binds.
    with VirtualFleet(1, nrf91=2, nrf91_form="dk", transport="socket" if sys.platform == "win32" else "pty") as fleet:
        ports = fleet.provider.list_ports()
        got = {p.url: choose(p, [], "reference", SETTINGS, lambda n: {}) for p in ports}
        modems = {b.url for b in fleet.boards if b.url is not None} - {p.url for p in ports if not p.usb_id}
    assert len(ports) == 7  # one reference board, two DKs of three ports each
    chosen = {url: c.driver for url, c in got.items() if isinstance(c, Choice)}
    assert sorted(chosen.values()) == ["nrf91", "nrf91", "reference"]
    assert {url for url, d in chosen.items() if d == "nrf91"} == modems
    assert sum(isinstance(c, Ignored) for c in got.values()) == 4
