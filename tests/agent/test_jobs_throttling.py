"""Transient MQTT Jobs rejections (RequestThrottled, InternalError) are asked again, not taken as "job over"."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from station.domain import ObjectKind
from station.virtual.board import VirtualBoard
from tests.agent.conftest import Cloud, connected
from tests.agent.jobs_fault_relay import JobsFaultRelay

Make = Callable[..., VirtualBoard]


@pytest.fixture
def relayed_board(cloud: Cloud, make_board: Make, tmp_path: Path) -> Iterator[tuple[VirtualBoard, JobsFaultRelay]]:
    """A board whose agent reaches the broker through a JobsFaultRelay (it trusts the relay's CA)."""
    board = make_board(provision=False)
    cloud.provision(board)  # learn the board's certificate; the agent's first session goes direct
    connected(board)
    cert, key = tmp_path / "device-cert.pem", tmp_path / "device-key.pem"
    cert.write_bytes(board.stored(ObjectKind.CERT) or b"")
    key.touch(mode=0o600)
    key.write_bytes(board.private_key_pem())  # the relay speaks for the device; a test key in tmp only
    assert cloud.embedded.endpoints is not None
    relay = JobsFaultRelay(cloud.embedded.endpoints.mqtt_port, cloud.embedded.local.ca_pem(), cert, key, tmp_path)
    try:
        board.stop_agent()
        board.load_credentials(cert=cert.read_bytes(), ca=relay.ca_pem, endpoint=f"127.0.0.1:{relay.port}",
                               thing=(board.stored(ObjectKind.THING) or b"").decode(),
                               key_pem=board.private_key_pem())
        board.start_agent()
        yield board, relay
    finally:
        board.stop_agent()
        relay.close()


def test_throttled_and_failed_requests_are_asked_again(cloud: Cloud,
                                                       relayed_board: tuple[VirtualBoard, JobsFaultRelay]) -> None:
    board, relay = relayed_board
    agent = connected(board)
    relay.reject("start-next", "RequestThrottled")
    relay.reject("update", "RequestThrottled", "InternalError", "RequestThrottled")
    job = cloud.job(board, cloud.image("11.0.0"))
    ex = cloud.wait(board, job, timeout=90)
    assert ex["status"] == "SUCCEEDED", ex
    assert relay.injected == [("start-next", "RequestThrottled"), ("update", "RequestThrottled"),
                              ("update", "InternalError"), ("update", "RequestThrottled")]
    # Nothing was abandoned or started over: one job, one download, no new session before the reboot.
    kinds = [e.kind for e in agent.events]
    assert "job-gone" not in kinds and "error" not in kinds, agent.events
    assert [e.details.get("percent") for e in agent.events if e.kind == "report"].count("0") == 1
    rebooting = next(i for i, e in enumerate(agent.events) if e.details.get("step") == "rebooting")
    assert "disconnected" not in kinds[:rebooting]
    retries = [e.message for e in agent.events if e.kind == "retry"]
    assert len(retries) == 4 and "RequestThrottled" in retries[0] and "InternalError" in retries[2], retries
    assert board.firmware.running_version == "11.0.0"
