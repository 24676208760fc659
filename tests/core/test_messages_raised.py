"""Errors real components raise carry catalogued messages whose English is what the operator read before.

A virtual board unplugged mid-write, a modem whose credential memory is full, and the pipeline refusing a
board that reports a serial with a newline (strict embedded cloud, nothing created), and a unit's write
progress in words.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest

from station.board.errors import BoardLinkError, LinkLost
from station.board.nrf91 import ModemRefused
from station.board.reference import ReferenceDriver
from station.cloud.adapter import IotCloud
from station.cloud.connect import EmbeddedCloud
from station.domain import ObjectKind
from station.localcloud.faultproxy import FaultProxy
from station.messages import CATALOG, Message, load_catalog
from station.pipeline.events import Progress, UnitFailed, Waiting
from station.pipeline.states import UnitState
from station.profile import Profile
from station.virtual.faults import FaultPlan
from station.virtual.fleet import BoardSpec, VirtualFleet
from tests.board.conftest import FAST, BoardFactory, make_board, transport
from tests.board.test_nrf91_driver import ModemFactory, certificate_for, make_modem, open_driver
from tests.integration.helpers import cloud_inventory, iot_client, run_station

__all__ = ["make_board", "make_modem", "transport"]  # fixtures, used by name
pytestmark = pytest.mark.timeout(180)


@pytest.fixture(autouse=True)
def catalog() -> Iterator[None]:
    load_catalog()
    yield


def nested(message: Message) -> list[Message]:
    """The message and the messages among its parameters, depth first."""
    found = [message]
    for _, value in message.params:
        if isinstance(value, Message):
            found += nested(value)
    return found


def ids_of(message: Message) -> set[str]:
    return {m.id for m in nested(message)}


def assert_catalogued(message: Message) -> None:
    """Every id in it is defined, with this very template (so the translators' .ts has its text)."""
    for part in nested(message):
        assert part.id in CATALOG and CATALOG[part.id].template == part.template, part
    assert Message.from_json(message.to_json()) == message


def test_a_board_unplugged_mid_write_says_so_on_its_port(make_board: BoardFactory) -> None:
    board = make_board("drop:cert:2")
    url = board.url
    assert url
    with ReferenceDriver(url, FAST) as drv, pytest.raises(LinkLost) as info:
        drv.write_object(ObjectKind.CERT, b"c" * 1000)
    error = info.value
    assert error.cause_message.id == "board.on-port" and error.cause_message.values["port"] == url
    assert error.problem_message.id in {"board.lost-waiting", "board.lost-sending"}
    assert error.problem_message.values["command"] in {"wchunk", "wend"}
    assert error.cause == f"{url}: {error.problem}" and error.problem.startswith("link lost while ")
    assert (error.remedy_message.id, error.remedy) == (
        "remedy.link-lost", "Plug the board back in; the station resumes it from where it stopped.")
    assert_catalogued(error.cause_message)
    assert_catalogued(error.remedy_message)


def test_a_vanished_port_is_named_in_the_cause(make_board: BoardFactory) -> None:
    board = make_board()
    url = board.url
    assert url
    board.unplug()
    with pytest.raises(LinkLost) as info:
        ReferenceDriver(url, FAST).open()
    assert info.value.problem_message.id == "board.cannot-open"
    assert info.value.cause.startswith(f"{url}: link lost: cannot open the port (")


def test_a_full_modem_gives_the_cme_cause_and_its_own_remedy_as_messages(make_modem: ModemFactory) -> None:
    modem = make_modem()
    with open_driver(modem) as drv:
        cert, _ = certificate_for(drv.generate_csr("thing-1"))
        modem.modem_faults.update(full=True)
        with pytest.raises(ModemRefused) as info:
            drv.write_object(ObjectKind.CERT, cert)
    error = info.value
    assert isinstance(error, BoardLinkError)
    assert error.cause == f"{modem.url}: board refused 'AT%CMNG=0,201,1': 515: the modem's credential memory is full"
    assert ids_of(error.cause_message) == {"board.on-port", "board.refused", "nrf91.cme.cmng-full"}
    # The remedy the window shows is the CME table's, not the link's default (English and message agree).
    assert error.remedy_message.id == "remedy.nrf91.cmng-full"
    assert error.remedy == error.remedy_message.text() == (
        "Delete unused credentials from the modem (e.g. with nrfcredstore 'delete'), or re-flash it; then retry "
        "the unit.")


def test_the_pipeline_refuses_a_serial_with_a_newline_in_catalogued_words(
        profile: Profile, embedded: EmbeddedCloud) -> None:
    assert embedded.cloud is not None
    faults = {0: FaultPlan(duplicate_serial="AB12\n")}
    with VirtualFleet(specs=[BoardSpec("sensor-a", "B")], faults=faults, run_agent=False) as fleet:
        summary, events, _ = run_station(profile, embedded.cloud, fleet, timeout=60)
    failed = [e for e in events if isinstance(e, UnitFailed)]
    assert summary.failed == 1 and len(failed) == 1, summary.units
    event = failed[0]
    assert event.cause_message is not None and event.remedy_message is not None
    assert event.cause_message.id == "pipeline.bad-identity"
    assert event.cause_message.values["field"] == "serial number"
    assert event.cause == event.cause_message.text() and event.cause.startswith("the board's serial number 'AB12\\n' ")
    assert event.remedy == event.remedy_message.text() == (
        "Set the board aside; its factory firmware must report the serial number without spaces or other such "
        "characters (the line engineer can fix the firmware or its settings).")
    assert_catalogued(event.cause_message)
    assert_catalogued(event.remedy_message)
    assert event.to_json()["cause_message"]["id"] == "pipeline.bad-identity"  # what the records keep
    assert cloud_inventory(iot_client(embedded.cloud))["things"] == []


def test_a_units_write_progress_comes_in_words(profile: Profile, embedded: EmbeddedCloud) -> None:
    assert embedded.cloud is not None
    with VirtualFleet(specs=[BoardSpec("sensor-a", "B")], run_agent=False) as fleet:
        summary, events, _ = run_station(profile, embedded.cloud, fleet, timeout=60, until="registered")
    assert summary.passed == 1, summary.units
    writes = [e for e in events if isinstance(e, Progress) and e.step == UnitState.WRITING]
    assert writes
    for event in writes:
        assert event.note_message is not None and event.note_message.id == "progress.now"
        assert_catalogued(event.note_message)
    said = {e.note: e.note_message.text() for e in writes if e.note_message is not None}
    assert said["cert"] == "now: device certificate" and said["ca"] == "now: CA certificate"


def test_a_unit_waiting_for_a_throttled_cloud_says_why_as_a_message(profile: Profile, embedded: EmbeddedCloud) -> None:
    assert embedded.cloud is not None and embedded.endpoints is not None
    with FaultProxy(embedded.endpoints.http_url) as proxy:
        cloud = IotCloud(dataclasses.replace(embedded.cloud.target, endpoint_url=proxy.url))
        proxy.throttle(2, match=lambda method, path: method in ("POST", "PUT", "PATCH"))
        with VirtualFleet(specs=[BoardSpec("sensor-a", "B")], run_agent=False) as fleet:
            summary, events, _ = run_station(profile, cloud, fleet, timeout=60, until="registered")
    assert summary.passed == 1, summary.units
    waits = [e for e in events if isinstance(e, Waiting)]
    assert len(waits) == 2
    for wait in waits:
        assert wait.reason_message is not None and wait.reason_message.id == "cloud.waiting"
        assert ids_of(wait.reason_message) == {"cloud.waiting", "cloud.throttled"}
        assert wait.reason == wait.reason_message.text()
        assert wait.reason.startswith("waiting for AWS: AWS is throttling requests (")
        assert_catalogued(wait.reason_message)
