"""Port discovery: SerialPortProvider filtering and the HotplugWatcher over virtual ports."""

from __future__ import annotations

import asyncio
import logging
import sys

import pytest
import serial.tools.list_ports
from serial.tools.list_ports_common import ListPortInfo

from station.board.discovery import HotplugWatcher, PortEvent, SerialPortProvider, port_info
from station.domain import PortInfo
from station.virtual.fleet import VirtualFleet

TRANSPORT = "socket" if sys.platform == "win32" else "pty"


def _port(device: str, vid: int | None = None, pid: int | None = None, desc: str = "n/a", *,
          serial_number: str | None = None, location: str | None = None,
          interface: str | None = None) -> ListPortInfo:
    # Filled the way pyserial's list_ports_linux/_windows/_osx fill them (location and interface included).
    info = ListPortInfo(device, skip_link_detection=True)
    info.vid, info.pid, info.description = vid, pid, desc
    info.serial_number, info.location, info.interface = serial_number, location, interface
    info.hwid = f"USB VID:PID={vid:04X}:{pid:04X}" if vid is not None and pid is not None else "n/a"
    return info


FAKE_PORTS = [
    _port("/dev/ttyS0"),  # a built-in UART with no description: never a board
    _port("/dev/ttyUSB0", 0x0403, 0x6001, "FT232R USB UART"),
    _port("/dev/ttyACM3", 0x2FE3, 0x0100, "Zephyr CDC ACM"),
    _port("COM7", 0x10C4, 0xEA60, "CP210x"),
    _port("/dev/ttyAMA0", 0x0403, 0x6001, "serial console"),
]


@pytest.fixture
def fake_comports(monkeypatch: pytest.MonkeyPatch) -> None:
    # The USB driver cannot run here; only the OS enumeration is replaced.
    monkeypatch.setattr(serial.tools.list_ports, "comports", lambda *a, **k: list(FAKE_PORTS))


@pytest.mark.usefixtures("fake_comports")
def test_serial_provider_filters_by_globs() -> None:
    urls = [p.url for p in SerialPortProvider().list_ports()]
    assert urls == ["/dev/ttyACM3", "/dev/ttyUSB0", "COM7"]
    usb0 = next(p for p in SerialPortProvider().list_ports() if p.url == "/dev/ttyUSB0")
    assert usb0 == PortInfo("/dev/ttyUSB0", "FT232R USB UART", "USB VID:PID=0403:6001", "serial",
                            vid="0403", pid="6001")


@pytest.mark.usefixtures("fake_comports")
def test_serial_provider_filters_by_usb_ids() -> None:
    assert [p.url for p in SerialPortProvider(usb_ids=["0403:6001", "10C4:EA60"]).list_ports()] == \
        ["/dev/ttyUSB0", "COM7"]
    assert [p.url for p in SerialPortProvider(include=["/dev/tty*"], usb_ids=["0403:6001"]).list_ports()] == \
        ["/dev/ttyAMA0", "/dev/ttyUSB0"]


#: A J-Link OB of an nRF9160 DK (3 CDC ports, one USB serial) and a Thingy:91, as each OS's pyserial lists them.
DK_PORTS = {
    "linux": [_port(f"/dev/ttyACM{i}", 0x1366, 0x1015, "J-Link - CDC", serial_number="000960123456",
                    location=f"1-1.2:1.{2 * i}", interface="CDC") for i in range(3)]
    + [_port("/dev/ttyACM3", 0x1915, 0x9100, "Thingy:91 UART", serial_number="C8A2F3E4", location="1-1.4:1.0"),
       _port("/dev/ttyUSB0", 0x0403, 0x6001, "FT232R", serial_number="A10K", location="1-1.3")],  # 1 interface
    "win32": [_port(f"COM{i + 5}", 0x1366, 0x1015, "JLink CDC UART Port", serial_number="000960123456",
                    location=f"1-3:x.{2 * i}") for i in range(3)]
    + [_port("COM9", 0x1915, 0x9100, "USB Serial Device", serial_number="C8A2F3E4", location="1-4:x.0"),
       _port("COM10", 0x0403, 0x6001, "USB Serial Port", serial_number="A10K")],  # FTDI hides the location
    "darwin": [_port(f"/dev/cu.usbmodem00096012345{2 * i + 1}", 0x1366, 0x1015, "J-Link",
                     serial_number="000960123456", location="20-1.2", interface=None) for i in range(3)]
    + [_port("/dev/cu.usbmodemC8A2F3E41", 0x1915, 0x9100, "Thingy:91", serial_number="C8A2F3E4",
             location="20-1.4", interface="Thingy:91 UART"),
       _port("/dev/cu.usbserial-A10K", 0x0403, 0x6001, "FT232R", serial_number="A10K", location="20-1.3")],
}


@pytest.mark.parametrize("system", sorted(DK_PORTS))
def test_serial_provider_reports_usb_ids_serial_and_interface(monkeypatch: pytest.MonkeyPatch, system: str) -> None:
    monkeypatch.setattr(serial.tools.list_ports, "comports", lambda *a, **k: list(DK_PORTS[system]))
    ports = SerialPortProvider().list_ports()
    assert len(ports) == 5
    jlink = [p for p in ports if p.usb_id == "1366:1015"]
    assert len(jlink) == 3 and {p.usb_serial for p in jlink} == {"000960123456"}
    # The interface number tells a DK's ports apart where the OS says it (macOS does not: "" there).
    interfaces = sorted(p.interface for p in jlink)
    assert interfaces == (["", "", ""] if system == "darwin" else ["0", "2", "4"])
    thingy = next(p for p in ports if p.vid == "1915")
    assert (thingy.pid, thingy.usb_id, thingy.usb_serial) == ("9100", "1915:9100", "C8A2F3E4")
    assert thingy.interface == ("" if system == "darwin" else "0")
    ftdi = next(p for p in ports if p.usb_id == "0403:6001")
    assert (ftdi.usb_serial, ftdi.interface) == ("A10K", "")
    # usb_ids filtering compares the same normalised "vid:pid".
    assert [p.usb_id for p in SerialPortProvider(usb_ids=["1915:9100"]).list_ports()] == ["1915:9100"]


@pytest.mark.usefixtures("fake_comports")
def test_serial_provider_leaves_usb_fields_empty_for_non_usb_ports() -> None:
    uart = next(p for p in SerialPortProvider(include=["/dev/ttyS*"]).list_ports())
    assert (uart.vid, uart.pid, uart.usb_id, uart.usb_serial, uart.interface) == ("", "", "", "", "")


@pytest.mark.parametrize(("location", "interface", "expected"), [
    ("1-1.2:1.0", None, "0"), ("3-2:1.10", "CDC ACM", "10"), ("1-3:x.02", None, "2"),
    ("20-1.2", "3", "3"), (None, None, ""), ("1-1:1.x", "Data", ""), ("1-1:1.\u00b2", None, ""), (":", " ", ""),
])
def test_interface_number_from_what_pyserial_reports(location: str | None, interface: str | None,
                                                      expected: str) -> None:
    info = _port("/dev/ttyACM0", 0x1915, 0x9100, location=location, interface=interface)
    assert port_info(info).interface == expected


def test_serial_provider_on_this_machine_does_not_crash() -> None:
    # Whatever the OS lists (maybe a /dev/ttyS0), only matching ports come back.
    assert all(p.provider == "serial" for p in SerialPortProvider().list_ports())


class Flaky:
    name = "flaky"

    def __init__(self) -> None:
        self.fail = False

    def list_ports(self) -> list[PortInfo]:
        if self.fail:
            raise OSError("enumeration failed")
        return [PortInfo("/dev/ttyUSB9", provider=self.name)]


@pytest.mark.timeout(30)
def test_hotplug_watcher_reports_added_and_removed(caplog: pytest.LogCaptureFixture) -> None:
    async def scenario(fleet: VirtualFleet) -> list[PortEvent]:
        flaky = Flaky()
        watcher = HotplugWatcher([fleet.provider, flaky], interval=0.05)
        events: list[PortEvent] = []
        stream = watcher.events()

        async def take(n: int) -> list[PortEvent]:
            got = [await asyncio.wait_for(anext(stream), 5) for _ in range(n)]
            events.extend(got)
            return got

        first = await take(3)
        assert {e.kind for e in first} == {"added"}
        assert {e.port.url for e in first} == {*fleet.urls(), "/dev/ttyUSB9"}
        serial0 = fleet.boards[0].identity.serial
        old_url = fleet.boards[0].url
        flaky.fail = True  # a failing provider is skipped, its ports are not "removed"
        fleet.unplug(serial0)
        (gone,) = await take(1)
        assert gone == PortEvent("removed", gone.port) and gone.port.url == old_url
        new_url = fleet.plug(serial0)
        (back,) = await take(1)
        assert back.kind == "added" and back.port.url == new_url and back.port.provider == "virtual"
        flaky.fail = False
        await asyncio.sleep(0.2)
        watcher.stop()
        rest = [e async for e in stream]
        assert rest == []  # the recovered provider reports no spurious changes
        return events

    with VirtualFleet(2, transport=TRANSPORT) as fleet, caplog.at_level(logging.WARNING, "station.board"):
        events = asyncio.run(scenario(fleet))
    assert len(events) == 5
    assert any("flaky" in r.getMessage() and "skipped" in r.getMessage() for r in caplog.records)


@pytest.mark.timeout(10)
def test_hotplug_watcher_stop_before_start_and_no_busy_loop() -> None:
    calls = 0

    class Counting:
        name = "counting"

        def list_ports(self) -> list[PortInfo]:
            nonlocal calls
            calls += 1
            return []

    async def scenario() -> None:
        watcher = HotplugWatcher([Counting()], interval=0.1)

        async def consume() -> None:
            async for _ in watcher.events():
                pass

        task = asyncio.create_task(consume())
        await asyncio.sleep(0.35)
        watcher.stop()
        await asyncio.wait_for(task, 2)

    asyncio.run(scenario())
    assert 2 <= calls <= 6  # one poll per interval, not a spin
