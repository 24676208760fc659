"""Virtual boards and fleets: identities, ports, key custody, one host at a time, scale."""

from __future__ import annotations

import concurrent.futures
import hashlib
import os
import socket
import sys

import pytest

from station.board.reference import ReferenceDriver
from station.domain import ObjectKind
from station.virtual import BoardSpec, FaultPlan, VirtualBoard, VirtualFleet
from tests.board.conftest import FAST

pytestmark = pytest.mark.timeout(30)
TRANSPORT = "socket" if sys.platform == "win32" else "pty"


def test_fleet_identities_ports_and_lookup() -> None:
    with VirtualFleet(4, transport=TRANSPORT) as fleet:
        boards = fleet.by_serial()
        assert list(boards) == ["VBSENSORA-0001", "VBSENSORB-0002", "VBSENSORA-0003", "VBSENSORB-0004"]
        assert {(b.identity.model, b.identity.hw_revision) for b in fleet.boards} == \
            {("sensor-a", "B"), ("sensor-b", "A")}
        ports = fleet.provider.list_ports()
        assert [p.url for p in ports] == fleet.urls() and len(set(fleet.urls())) == 4
        assert all(p.provider == "virtual" and "VB" in p.hwid for p in ports)
        board = fleet.board_for_port(ports[2].url)
        assert board is fleet.boards[2]
        fleet.unplug("VBSENSORA-0003")
        assert fleet.board_for_port(ports[2].url) is None and len(fleet.provider.list_ports()) == 3
        fleet.plug("VBSENSORA-0003")
        assert len(fleet.provider.list_ports()) == 4
        with pytest.raises(KeyError):
            fleet.unplug("nope")
    assert fleet.provider.list_ports() == []


def test_fleet_specs_seed_and_faults() -> None:
    specs = [BoardSpec("gw", "C", "2.0.0", "pro"), BoardSpec("gw", "D")]
    faults: dict[int | str, FaultPlan | str] = {1: "dup-serial:X", "VBGW-0001": FaultPlan(refuse_csr=True)}
    with VirtualFleet(specs=specs, transport=TRANSPORT, faults=faults) as fleet:
        a, b = fleet.boards
        assert a.identity.fw_version == "2.0.0" and a.identity.product_line == "pro" and a.faults.refuse_csr
        assert b.faults.duplicate_serial == "X"
    with VirtualFleet(6, seed=7, transport=TRANSPORT) as one, \
            VirtualFleet(6, seed=7, transport=TRANSPORT) as two:
        assert [b.identity.model for b in one.boards] == [b.identity.model for b in two.boards]


def test_private_key_custody() -> None:
    board = VirtualBoard("SN1", "m", "A")
    with pytest.raises(LookupError):
        board.private_key_pem()
    assert board.public_key_der is None and board.stored(ObjectKind.CERT) is None
    assert board.config == {} and board.frames_received == 0


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals need POSIX")
def test_pty_path_goes_away_on_close() -> None:
    board = VirtualBoard("SN1", "m", "A")
    url = board.start("pty")
    assert os.path.exists(url)
    board.close()
    assert not os.path.exists(url) and board.url is None


def test_socket_board_serves_one_host_at_a_time() -> None:
    board = VirtualBoard("SN1", "m", "A")
    url = board.start("socket")
    try:
        with ReferenceDriver(url, FAST) as first:
            assert first.identify().serial == "SN1"
            host, port = url.removeprefix("socket://").split(":")
            with socket.create_connection((host, int(port)), timeout=2) as second:
                assert second.recv(10) == b""  # closed by the board straight away
            assert first.identify().serial == "SN1"
        with ReferenceDriver(url, FAST) as again:  # after the first host left, a new one is served
            assert again.identify().serial == "SN1"
    finally:
        board.close()


@pytest.mark.timeout(60)
def test_many_boards_in_parallel() -> None:
    with VirtualFleet(32, transport=TRANSPORT, keygen_time=0.05) as fleet:
        def provision(url: str) -> tuple[str, str]:
            with ReferenceDriver(url, FAST) as drv:
                ident = drv.identify()
                drv.generate_csr(f"thing-{ident.serial}")
                return ident.serial, drv.write_object(ObjectKind.CERT, ident.serial.encode() * 40)

        with concurrent.futures.ThreadPoolExecutor(32) as pool:
            results = dict(pool.map(provision, fleet.urls()))
        assert len(results) == 32
        for serial, digest in results.items():
            assert digest == hashlib.sha256(serial.encode() * 40).hexdigest()
            assert fleet.board(serial).keygens == 1
