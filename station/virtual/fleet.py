"""A fleet of virtual boards (reference boards and nRF91 modems) and the port provider that lists the plugged ones."""

from __future__ import annotations

import hashlib
import random
import re
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from station.domain import PortInfo
from station.virtual.board import VirtualBoard
from station.virtual.faults import FaultPlan
from station.virtual.modem import MODELS, CompanionPort, VirtualModem, imei_for, modem_kwargs
from station.virtual.modem_faults import ModemFaults, parse_modem_spec

#: USB forms of a virtual nRF91: a Thingy:91 (Nordic 1915:9100, one port) or a DK (SEGGER J-Link 1366:1015,
#: three ports sharing the J-Link's serial number: the modem on interface 00, a silent one, a garbage one).
FORMS = ("thingy91", "dk")
#: J-Link serial number prefixes of the DKs (what tools such as nrfcredstore recognise a kit by).
_JLINK_PREFIX = {"nRF9160-SICA": "000960", "nRF9161-LACA": "0010509", "nRF9151-LACA": "0010512"}


@dataclass(frozen=True)
class BoardSpec:
    """What kind of board a fleet member is.

    kind "reference" (default): a VirtualBoard. kind "nrf91": a VirtualModem whose model is a CGMM
    answer (nRF9160-SICA, nRF9161-LACA, nRF9151-LACA); hw_revision, if given, replaces the last token
    of %HWVERSION and fw_version, if it starts with "mfw_", the modem firmware; form is "thingy91"
    (default) or "dk".
    """

    model: str
    hw_revision: str = ""
    fw_version: str = "1.0.0"
    product_line: str = ""
    kind: str = "reference"
    form: str = ""


@dataclass(frozen=True)
class UsbFace:
    """How a port looks on USB (what a real serial port list reports)."""

    vid: str
    pid: str
    usb_serial: str
    interface: str
    description: str
    location: str

    @property
    def hwid(self) -> str:
        return f"USB VID:PID={self.vid.upper()}:{self.pid.upper()} SER={self.usb_serial} LOCATION={self.location}"


#: Two models with different hardware revisions, so model/revision rules get exercised.
DEFAULT_MODELS: tuple[BoardSpec, ...] = (BoardSpec("sensor-a", "B"), BoardSpec("sensor-b", "A"))


def serial_for(model: str, number: int) -> str:
    """Serial of the number-th board of the fleet, e.g. ("sensor-a", 1) -> "VBSENSORA-0001"."""
    return f"VB{re.sub(r'[^A-Z0-9]', '', model.upper())}-{number:04d}"


FaultItem = FaultPlan | ModemFaults | str
FaultMap = (Mapping[int, FaultItem] | Mapping[str, FaultItem] | Mapping[int | str, FaultItem])


def _fault_item(faults: FaultMap | None, index: int, serial: str) -> FaultItem | None:
    if not faults:
        return None
    item: FaultItem | None = faults.get(index) or faults.get(serial)  # type: ignore[call-overload]
    return item


def _plan_for(faults: FaultMap | None, index: int, serial: str) -> FaultPlan:
    plan = _fault_item(faults, index, serial)
    if plan is None:
        return FaultPlan()
    if isinstance(plan, ModemFaults):
        raise ValueError(f"board {index} ({serial}) is not a modem: modem faults do not apply")
    return plan if isinstance(plan, FaultPlan) else FaultPlan.parse(str(plan))


def _modem_faults_for(faults: FaultMap | None, index: int, serial: str) -> tuple[ModemFaults, FaultPlan]:
    item = _fault_item(faults, index, serial)
    if item is None:
        return ModemFaults(), FaultPlan()
    if isinstance(item, ModemFaults):
        return item, FaultPlan()
    if isinstance(item, FaultPlan):
        return ModemFaults(), item
    return parse_modem_spec(str(item))


def _digits(seed: str, n: int) -> str:
    return str(int.from_bytes(hashlib.sha256(seed.encode()).digest()[:8], "big"))[-n:].rjust(n, "0")


def _modem_spec(spec: BoardSpec) -> dict[str, Any]:
    """VirtualModem arguments a BoardSpec of kind nrf91 implies."""
    if spec.model not in MODELS:
        raise ValueError(f"unknown nRF91 model {spec.model!r} (one of {', '.join(MODELS)})")
    if spec.form and spec.form not in FORMS:
        raise ValueError(f"unknown nRF91 form {spec.form!r} (one of {', '.join(FORMS)})")
    fw, hw = MODELS[spec.model]
    if spec.hw_revision:
        hw = " ".join([*hw.split()[:-1], spec.hw_revision])
    if spec.fw_version.startswith("mfw_"):
        fw = spec.fw_version
    return {"model": spec.model, "modem_fw": fw, "hw_version": hw}


class VirtualFleet:
    """N virtual boards behind pseudo-terminals or socket:// URLs; a context manager."""

    def __init__(self, count: int | None = None, specs: Sequence[BoardSpec] | None = None, *,
                 transport: str = "pty",
                 models: Sequence[BoardSpec] = DEFAULT_MODELS, seed: int | None = None,
                 baud: int = 115200, keygen_time: float = 0.15, reboot_time: float = 0.3,
                 faults: FaultMap | None = None, run_agent: bool = True,
                 download_rate: float | None = None, nrf91: int = 0,
                 nrf91_models: Sequence[str] = ("nRF9160-SICA",), nrf91_form: str = "thingy91",
                 modem_options: Mapping[str, Any] | None = None) -> None:
        """Either count (models cycled, or drawn with seed) or explicit specs.

        nrf91 appends that many virtual nRF91 modems (models cycled from nrf91_models,
        USB form nrf91_form) after the reference boards; specs may also name them
        (BoardSpec(kind="nrf91", model=...)). modem_options go to every VirtualModem
        (e.g. app_endpoint, shell, echo; boot_cfun defaults to 1 here: see station.virtual.modem.modem_kwargs).
        faults maps a board, by 0-based index or by serial, to a FaultPlan or
        a fault spec string (see station.virtual.faults), e.g. {2: "corrupt:2"};
        for a modem also ModemFaults or its knobs (station.virtual.modem_faults), e.g. {4: "active,offline"}.
        run_agent and download_rate go to every board (device agent on boot, emulated bytes/s).
        """
        if specs is None:
            n = 4 if count is None else count
            if seed is None:
                specs = [models[i % len(models)] for i in range(n)]
            else:
                rng = random.Random(seed)
                specs = [rng.choice(models) for _ in range(n)]
        elif count is not None and count != len(specs):
            raise ValueError("give either count or specs (or both, agreeing)")
        if nrf91_form not in FORMS:
            raise ValueError(f"unknown nRF91 form {nrf91_form!r} (one of {', '.join(FORMS)})")
        specs = [*specs, *(BoardSpec(nrf91_models[i % len(nrf91_models)], kind="nrf91", form=nrf91_form)
                           for i in range(nrf91))]
        options = modem_kwargs(dict(modem_options or {}))
        # A fleet's modems stand for production units: their application brings the modem online at
        # boot (CFUN=1), so after the station's reboot the agent runs. A bare VirtualModem boots in 0.
        options.setdefault("boot_cfun", 1)
        self.transport = transport
        self.provider = VirtualPortProvider(self)
        self.boards: list[VirtualBoard] = []
        self.usb: dict[str, UsbFace] = {}  # by board serial; reference boards have none
        self.companions: dict[str, list[tuple[CompanionPort, UsbFace]]] = {}  # a DK's other ports
        self._lock = threading.Lock()
        rate = {} if download_rate is None else {"download_rate": download_rate}
        common: dict[str, Any] = dict(baud=baud, keygen_time=keygen_time, reboot_time=reboot_time,
                                      run_agent=run_agent, **rate)
        try:
            for number, spec in enumerate(specs, start=1):
                if spec.kind == "nrf91":
                    self._add_modem(number, spec, faults, options, common)
                    continue
                if spec.kind != "reference":
                    raise ValueError(f"unknown board kind {spec.kind!r} (reference or nrf91)")
                serial = serial_for(spec.model, number)
                board = VirtualBoard(serial, spec.model, spec.hw_revision, spec.fw_version,
                                     spec.product_line, faults=_plan_for(faults, number - 1, serial), **common)
                self.boards.append(board)
                board.start(transport)
        except BaseException:
            self.close()
            raise

    def _add_modem(self, number: int, spec: BoardSpec, faults: FaultMap | None, options: dict[str, Any],
                   common: dict[str, Any]) -> None:
        imei = imei_for(number)
        modem_faults, plan = _modem_faults_for(faults, number - 1, imei)
        dk = spec.form == "dk"
        modem = VirtualModem(number, imei=imei, faults=plan, modem_faults=modem_faults,
                             **{"factory_credentials": dk, **_modem_spec(spec), **options}, **common)
        self.boards.append(modem)
        modem.start(self.transport)
        location = f"1-{number}"
        if not dk:
            ser = "THINGY91_" + hashlib.sha256(imei.encode()).hexdigest()[:12].upper()
            self.usb[imei] = UsbFace("1915", "9100", ser, "00", "Thingy:91 UART", f"{location}:1.0")
            return
        prefix = _JLINK_PREFIX.get(spec.model, "000960")
        ser = prefix + _digits(imei, 12 - len(prefix))
        self.usb[imei] = UsbFace("1366", "1015", ser, "00", "J-Link - CDC", f"{location}:1.0")
        others: list[tuple[CompanionPort, UsbFace]] = []
        self.companions[imei] = others
        for interface, garbage in (("02", False), ("04", True)):
            port = CompanionPort(f"{ser}-{interface}", garbage=garbage, baud=common["baud"])
            others.append((port, UsbFace("1366", "1015", ser, interface, "J-Link - CDC",
                                         f"{location}:1.{int(interface)}")))
            port.start(self.transport)

    def __enter__(self) -> VirtualFleet:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __len__(self) -> int:
        return len(self.boards)

    @property
    def modems(self) -> list[VirtualModem]:
        """The fleet's nRF91 modems (also in boards)."""
        return [b for b in self.boards if isinstance(b, VirtualModem)]

    def by_serial(self) -> dict[str, VirtualBoard]:
        return {b.identity.serial: b for b in self.boards}

    def board(self, serial: str) -> VirtualBoard:
        try:
            return self.by_serial()[serial]
        except KeyError:
            raise KeyError(f"no virtual board with serial {serial}") from None

    def board_for_port(self, url: str) -> VirtualBoard | None:
        """The board currently plugged behind url (None if none is)."""
        return next((b for b in self.boards if b.url == url), None)

    def urls(self) -> list[str]:
        return [u for u in (b.url for b in self.boards) if u is not None]

    def unplug(self, serial: str) -> None:
        self.board(serial).unplug()
        for port, _face in self.companions.get(serial, []):
            port.unplug()  # one USB device: a DK's ports go together

    def plug(self, serial: str) -> str:
        """Plug a board back in; returns its new port path/URL."""
        url = self.board(serial).plug()
        for port, _face in self.companions.get(serial, []):
            port.plug()
        return url

    def close(self) -> None:
        with self._lock:
            boards, self.boards = self.boards, []
            companions, self.companions = self.companions, {}
        for board in boards:
            board.close()
        for ports in companions.values():
            for port, _face in ports:
                port.close()


class VirtualPortProvider:
    """Lists the plugged boards of a fleet (list_ports never sees pseudo-terminals)."""

    name = "virtual"

    def __init__(self, fleet: VirtualFleet) -> None:
        self._fleet = fleet

    def list_ports(self) -> list[PortInfo]:
        ports = []
        for board in list(self._fleet.boards):
            url = board.url
            if url is None:
                continue
            ident = board.identity
            face = self._fleet.usb.get(ident.serial)
            if face is None:
                ports.append(PortInfo(url=url, description=f"virtual {ident.model} board {ident.serial}",
                                      hwid=f"VIRTUAL SER={ident.serial}", provider=self.name))
                continue
            ports.append(self._usb_port(url, face))
            # A DK's other ports are listed while the DK is plugged (one USB device).
            for port, other in self._fleet.companions.get(ident.serial, []):
                if port.url is not None:
                    ports.append(self._usb_port(port.url, other))
        return ports

    def _usb_port(self, url: str, face: UsbFace) -> PortInfo:
        return PortInfo(url=url, description=f"{face.description} (virtual)", hwid=face.hwid,
                        provider=self.name, vid=face.vid, pid=face.pid, usb_serial=face.usb_serial,
                        interface=face.interface)
