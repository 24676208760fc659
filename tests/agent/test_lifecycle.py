"""Agent lifecycle against the real cloud: offline units, jobs canceled under the agent, version races, power."""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
import uuid
from collections.abc import Callable

import boto3
import pytest

from station.board.reference import ReferenceDriver
from station.virtual.board import VirtualBoard
from station.virtual.device import DeviceConnection, DeviceLinkError
from tests.agent.conftest import Cloud, connected, thing_name

Make = Callable[..., VirtualBoard]


def test_offline_unit_gets_the_continuous_job_when_it_comes_online(cloud: Cloud, make_board: Make) -> None:
    group = f"line-{uuid.uuid4().hex[:6]}"
    cloud.iot.create_thing_group(thingGroupName=group)
    board = make_board(faults="offline")
    cloud.iot.add_thing_to_thing_group(thingGroupName=group, thingName=thing_name(board))
    job = cloud.job(board, cloud.image("3.0.0"), continuous_group=group)
    time.sleep(0.5)
    assert board.agent is not None and board.agent.running and not board.agent.connected
    assert cloud.execution(board, job)["status"] == "QUEUED"
    board.go_online()
    ex = cloud.wait(board, job)
    assert ex["status"] == "SUCCEEDED" and board.firmware.running_version == "3.0.0"


def test_job_canceled_during_the_reboot(cloud: Cloud, make_board: Make) -> None:
    board = make_board(reboot_time=1.5)
    agent = board.agent
    assert agent is not None
    first = cloud.job(board, cloud.image("4.0.0"))
    assert agent.wait_for(lambda e: e.kind == "rebooting", 15) is not None
    cloud.iot.cancel_job(jobId=first, force=True)
    second = cloud.job(board, cloud.image("4.0.1"))
    ex = cloud.wait(board, second)
    assert ex["status"] == "SUCCEEDED", ex
    assert cloud.execution(board, first)["status"] == "CANCELED"
    # The canceled job's image had been staged and booted; its breadcrumb was dropped, not reported.
    gone = [e for e in agent.events if e.kind == "job-gone"]
    assert [e.job_id for e in gone] == [first]
    assert board.firmware.breadcrumb is None and board.firmware.running_version == "4.0.1"
    assert agent.running


def test_job_canceled_during_the_download_is_dropped(cloud: Cloud, make_board: Make) -> None:
    board = make_board(download_rate=64 * 1024)  # 256 KiB: about 4 s
    agent = board.agent
    assert agent is not None
    first = cloud.job(board, cloud.image("5.0.0", size=256 * 1024))
    assert agent.wait_for(lambda e: e.details.get("percent") == "25", 15) is not None
    cloud.iot.cancel_job(jobId=first, force=True)
    second = cloud.job(board, cloud.image("5.0.1", size=8 * 1024))
    ex = cloud.wait(board, second, timeout=30)
    assert ex["status"] == "SUCCEEDED", ex
    # Canceling bumped the execution's version: the agent's next update is refused (VersionMismatch here,
    # InvalidStateTransition on a service that checks the state first), its re-read says the job is over.
    rejected = [e for e in agent.events if e.kind == "rejected-update"]
    assert rejected and {e.job_id for e in rejected} == {first}
    gone = [e for e in agent.events if e.kind == "job-gone"]
    assert [e.job_id for e in gone] == [first] and "Terminal" in gone[0].message
    assert board.firmware.running_version == "5.0.1" and board.firmware.slots[0] == "1.0.0"
    assert "5.0.0" not in board.firmware.slots  # the canceled image was never staged


def test_version_mismatch_is_resolved(cloud: Cloud, make_board: Make) -> None:
    board = make_board(download_rate=64 * 1024)
    agent = board.agent
    assert agent is not None
    job = cloud.job(board, cloud.image("6.0.0", size=128 * 1024))
    assert agent.wait_for(lambda e: e.details.get("percent") == "25", 15) is not None
    # Another writer (here: the HTTP data plane) moves the execution's version on under the agent.
    t = cloud.embedded.admin_cloud.target  # type: ignore[union-attr]
    data = boto3.client("iot-jobs-data", endpoint_url=t.endpoint_url, region_name=t.region,
                        aws_access_key_id=t.access_key_id, aws_secret_access_key=t.secret_access_key)
    data.update_job_execution(jobId=job, thingName=thing_name(board), status="IN_PROGRESS",
                              statusDetails={"step": "download", "note": "someone-else"})
    ex = cloud.wait(board, job, timeout=30)
    assert ex["status"] == "SUCCEEDED", ex
    mismatches = [e for e in agent.events if e.kind == "rejected-update" and "VersionMismatch" in e.message]
    assert len(mismatches) == 1


def test_unplug_stops_the_agent_and_plug_restarts_it(cloud: Cloud, make_board: Make) -> None:
    board = make_board()
    connected(board)
    first_agent = board.agent
    board.unplug()
    assert first_agent is not None and not first_agent.running and not first_agent.connected
    job = cloud.job(board, cloud.image("7.0.0"))
    time.sleep(0.5)
    assert cloud.execution(board, job)["status"] == "QUEUED"  # no power, no agent
    board.plug()
    ex = cloud.wait(board, job)
    assert ex["status"] == "SUCCEEDED" and board.agent is not first_agent


def test_serial_link_works_while_the_agent_runs_and_reboot_restarts_it(cloud: Cloud, make_board: Make) -> None:
    board = make_board(download_rate=128 * 1024)
    connected(board)
    agent = board.agent
    assert agent is not None and board.url is not None
    job = cloud.job(board, cloud.image("8.0.0", size=256 * 1024))
    assert agent.wait_for(lambda e: e.details.get("percent") == "25", 15) is not None
    with ReferenceDriver(board.url) as link:
        assert link.identify().fw_version == "1.0.0"
        link.reboot()  # resets the MCU mid-download: the job starts over from the IN_PROGRESS execution
        assert agent.wait_for(lambda e: e.kind == "booted" and e.message == "reset", 5) is not None
        ex = cloud.wait(board, job, timeout=30)
        assert ex["status"] == "SUCCEEDED" and link.identify().fw_version == "8.0.0"
    assert board.agent is agent and agent.running
    assert [e.details.get("percent") for e in agent.events if e.details.get("percent") == "0"] == ["0", "0"]


def test_device_policy_confines_the_agent_to_its_own_topics(cloud: Cloud, make_board: Make) -> None:
    policy = json.loads(cloud.iot.get_policy(policyName=cloud.profile.policy_name)["policyDocument"])
    actions = {a for s in policy["Statement"] for a in ([s["Action"]] if isinstance(s["Action"], str) else s["Action"])}
    assert actions == {"iot:Connect", "iot:Publish", "iot:Subscribe", "iot:Receive"}
    board = make_board()
    connected(board)
    # Another client id than the thing name is refused; so is another thing's jobs topic.
    with pytest.raises(DeviceLinkError):
        DeviceConnection(board, client_id="intruder", timeout=3).connect()
    other = DeviceConnection(board, client_id=thing_name(board), timeout=3)
    other.connect()  # takes over the client id: the agent is kicked off and reconnects by itself
    try:
        with pytest.raises(DeviceLinkError):
            other.subscribe("$aws/things/some-other-thing/jobs/notify-next")
    finally:
        other.disconnect()
    job = cloud.job(board, cloud.image("9.0.0"))
    assert cloud.wait(board, job, timeout=30)["status"] == "SUCCEEDED"


class Relay:
    """A TCP relay in front of the broker whose connections the test can cut (a broker restart, a lost link)."""

    def __init__(self, port: int) -> None:
        self.upstream = port
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.socks: list[socket.socket] = []
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(("127.0.0.1", self.upstream))
            with self._lock:
                self.socks += [client, server]
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    @staticmethod
    def _pump(src: socket.socket, dst: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while data := src.recv(65536):
                dst.sendall(data)
        for s in (src, dst):
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)

    def cut(self) -> None:
        with self._lock:
            socks, self.socks = self.socks, []
        for s in socks:
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            s.close()

    def close(self) -> None:
        self.listener.close()
        self.cut()


def test_agent_resumes_after_the_connection_is_cut(cloud: Cloud, make_board: Make) -> None:
    # Waits are on the agent's own events, with generous bounds: under load (two busy cores) the
    # set-up alone takes several seconds, and every step below has a definite event to wait for.
    assert cloud.embedded.endpoints is not None
    relay = Relay(cloud.embedded.endpoints.mqtt_port)
    try:
        board = make_board(endpoint=f"127.0.0.1:{relay.port}")
        # Cut only once the agent is subscribed and idle. Cutting right after CONNACK (what this test
        # once did) lands in the middle of its SUBSCRIBEs; awscrt fails those, and the agent then
        # rightly starts a new session instead of resuming the old one.
        agent = connected(board)
        relay.cut()
        assert agent.wait_for(lambda e: e.kind == "interrupted", 30) is not None
        resumed = agent.wait_for(lambda e: e.kind == "resumed", 60)
        assert resumed is not None, agent.events
        # A clean session comes back without subscriptions: the agent subscribes again and asks for
        # its next job ("idle" after the resume); only then can it hear of a new job.
        assert agent.wait_for(lambda e: e.kind == "idle" and e.at >= resumed.at, 60) is not None, agent.events
        job = cloud.job(board, cloud.image("10.0.0"))
        assert cloud.wait(board, job, timeout=60)["status"] == "SUCCEEDED"
        assert agent.running and board.agent is agent
        # Resumed in place (awscrt reconnected by itself): no new session was needed before the job.
        kinds = [e.kind for e in agent.events]
        assert "disconnected" not in kinds[kinds.index("interrupted"):kinds.index("job")], agent.events
        assert "error" not in kinds
    finally:
        relay.close()
