"""Serial discovery with ports as pyserial lists them on Windows: COM names, USB VID/PID hwids, FTDI and Nordic."""

# pyserial's list_ports_windows needs the SetupAPI, so the listing itself cannot run here. Each port below is
# pyserial's own ListPortInfo filled with what list_ports_windows fills from the registry for that device: the
# COM name, the friendly name as description, vid/pid/serial_number/location from the instance id (for FTDI's
# own driver from its FTDIBUS id, which hides the location), and hwid from pyserial's usb_info(). Only the
# enumeration (serial.tools.list_ports.comports) is replaced.

from __future__ import annotations

import pytest
import serial.tools.list_ports
from serial.tools.list_ports_common import ListPortInfo

from station.board.discovery import SerialPortProvider, name_matches, named_port, port_info, windows_port_name
from station.domain import PortInfo


def _usb(device: str, vid: int, pid: int, serial_number: str | None, location: str | None, friendly: str,
         manufacturer: str) -> ListPortInfo:
    info = ListPortInfo(device, skip_link_detection=True)  # list_ports_windows passes the same flag
    info.vid, info.pid, info.serial_number, info.location = vid, pid, serial_number, location
    info.hwid = info.usb_info()
    info.description, info.manufacturer = f"{friendly} ({device})", manufacturer
    return info


def _other(device: str, hwid: str, friendly: str) -> ListPortInfo:
    info = ListPortInfo(device, skip_link_detection=True)
    info.hwid, info.description = hwid, f"{friendly} ({device})"  # non-USB: the raw hardware id, no vid/pid
    return info


#: A Thingy:91 (Nordic VID 1915, composite: its serial comes from the parent device, the ports differ by MI_xx),
#: an FTDI cable on FTDI's driver (the channel letter "A" ends its serial), a J-Link OB of an nRF9160 DK,
#: a CP210x (one interface: no ":x.N"), a motherboard UART and a Bluetooth serial port.
WINDOWS_PORTS = [
    _usb("COM12", 0x1915, 0x9100, "THINGY91_C8A2F3E4", "1-2:x.0", "USB Serial Device", "Microsoft"),
    _usb("COM13", 0x1915, 0x9100, "THINGY91_C8A2F3E4", "1-2:x.2", "USB Serial Device", "Microsoft"),
    _usb("COM4", 0x0403, 0x6001, "A50285BIA", None, "USB Serial Port", "FTDI"),
    _usb("COM7", 0x1366, 0x1015, "000960123456", "1-3.1:x.0", "JLink CDC UART Port", "SEGGER"),
    _usb("COM8", 0x1366, 0x1015, "000960123456", "1-3.1:x.2", "JLink CDC UART Port", "SEGGER"),
    _usb("COM5", 0x10C4, 0xEA60, "0001", "1-1.4", "Silicon Labs CP210x USB to UART Bridge", "Silicon Labs"),
    _other("COM1", "ACPI\\PNP0501\\0", "Communications Port"),
    _other("COM3", "BTHENUM\\{00001101-0000-1000-8000-00805F9B34FB}_LOCALMFG&0000\\7&1B2C3D4E&0&000000000000_00000000",
           "Standard Serial over Bluetooth link"),
]


@pytest.fixture
def windows_ports(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(serial.tools.list_ports, "comports", lambda *a, **k: list(WINDOWS_PORTS))


def test_the_hwids_are_the_windows_forms() -> None:
    # What `python -m serial.tools.list_ports -v` prints on Windows for these devices.
    assert [p.hwid for p in WINDOWS_PORTS[:6]] == [
        "USB VID:PID=1915:9100 SER=THINGY91_C8A2F3E4 LOCATION=1-2:x.0",
        "USB VID:PID=1915:9100 SER=THINGY91_C8A2F3E4 LOCATION=1-2:x.2",
        "USB VID:PID=0403:6001 SER=A50285BIA",
        "USB VID:PID=1366:1015 SER=000960123456 LOCATION=1-3.1:x.0",
        "USB VID:PID=1366:1015 SER=000960123456 LOCATION=1-3.1:x.2",
        "USB VID:PID=10C4:EA60 SER=0001 LOCATION=1-1.4",
    ]


@pytest.mark.usefixtures("windows_ports")
def test_every_com_port_is_listed_in_natural_order_with_its_usb_fields() -> None:
    ports = SerialPortProvider().list_ports()
    # COM9 < COM10 < COM12 as Device Manager sorts them (slots are numbered in this order), not as strings.
    assert [p.url for p in ports] == ["COM1", "COM3", "COM4", "COM5", "COM7", "COM8", "COM12", "COM13"]
    by_url = {p.url: p for p in ports}
    assert by_url["COM12"] == PortInfo("COM12", "USB Serial Device (COM12)",
                                       "USB VID:PID=1915:9100 SER=THINGY91_C8A2F3E4 LOCATION=1-2:x.0", "serial",
                                       vid="1915", pid="9100", usb_serial="THINGY91_C8A2F3E4", interface="0")
    assert (by_url["COM13"].usb_id, by_url["COM13"].interface) == ("1915:9100", "2")
    ftdi = by_url["COM4"]
    assert (ftdi.usb_id, ftdi.usb_serial, ftdi.interface, ftdi.description) == \
        ("0403:6001", "A50285BIA", "", "USB Serial Port (COM4)")
    jlink = [by_url["COM7"], by_url["COM8"]]
    assert [(p.usb_id, p.usb_serial, p.interface) for p in jlink] == \
        [("1366:1015", "000960123456", "0"), ("1366:1015", "000960123456", "2")]
    assert (by_url["COM5"].usb_id, by_url["COM5"].interface) == ("10c4:ea60", "")
    for url in ("COM1", "COM3"):  # not USB devices: no ids, and their raw hardware id is kept for the log
        p = by_url[url]
        assert (p.vid, p.pid, p.usb_id, p.usb_serial, p.interface) == ("", "", "", "", "")
        assert p.hwid == next(i.hwid for i in WINDOWS_PORTS if i.device == url)


@pytest.mark.usefixtures("windows_ports")
def test_usb_ids_keep_only_the_boards() -> None:
    # docs/windows.md: narrow COM* with the ids Device Manager shows (USB\VID_0403&PID_6001).
    assert [p.url for p in SerialPortProvider(usb_ids=["0403:6001", "1915:9100"]).list_ports()] == \
        ["COM4", "COM12", "COM13"]
    assert [p.url for p in SerialPortProvider(include=["COM1?"]).list_ports()] == ["COM12", "COM13"]


@pytest.mark.usefixtures("windows_ports")
def test_com_names_match_case_insensitively_as_windows_treats_them() -> None:
    assert [p.url for p in SerialPortProvider(include=["com1*"]).list_ports()] == ["COM1", "COM12", "COM13"]
    assert [p.url for p in SerialPortProvider(include=["\\\\.\\COM12"]).list_ports()] == ["COM12"]
    # Other names stay case-sensitive (a Linux device name is).
    assert name_matches("/dev/ttyACM0", "/dev/ttyACM*") and not name_matches("/dev/ttyACM0", "/dev/ttyacm*")


@pytest.mark.usefixtures("windows_ports")
@pytest.mark.parametrize("typed", ["COM12", "com12", "\\\\.\\COM12", "\\\\.\\com12"])
def test_a_named_port_gets_its_usb_ids_however_it_is_written(typed: str) -> None:
    port = named_port(typed)
    assert (port.url, port.usb_id, port.usb_serial, port.interface, port.provider) == \
        ("COM12", "1915:9100", "THINGY91_C8A2F3E4", "0", "cli")


@pytest.mark.usefixtures("windows_ports")
def test_a_named_port_windows_does_not_list_stays_as_typed() -> None:
    assert named_port("COM99") == PortInfo(url="COM99", provider="cli")
    assert named_port("socket://127.0.0.1:7001") == PortInfo(url="socket://127.0.0.1:7001", provider="cli")


@pytest.mark.parametrize(("name", "expected"), [
    ("COM3", "COM3"), ("com12", "COM12"), ("\\\\.\\COM12", "COM12"), ("COM", None), ("COMX", None),
    ("/dev/ttyACM0", None), ("socket://h:1", None), ("COM\u0661", None), ("xCOM1", None),
])
def test_windows_port_name(name: str, expected: str | None) -> None:
    assert windows_port_name(name) == expected


def test_port_info_of_a_windows_composite_port_without_serial() -> None:
    # A composite device whose parent has no serial: list_ports_windows leaves serial_number "" (not None).
    info = _usb("COM21", 0x1915, 0x520F, "", "1-5:x.1", "nRF Connect USB CDC ACM", "Nordic Semiconductor")
    port = port_info(info)
    assert (port.usb_id, port.usb_serial, port.interface) == ("1915:520f", "", "1")
