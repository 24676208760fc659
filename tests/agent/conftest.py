"""Agent fixtures: one embedded cloud per module, boards provisioned over their serial link, jobs made with boto3."""

from __future__ import annotations

import hashlib
import json
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import boto3
import pytest
from botocore.config import Config

from station.board.reference import ReferenceDriver
from station.cloud.bootstrap import bootstrap
from station.cloud.connect import EmbeddedCloud
from station.domain import ObjectKind
from station.jobs.documents import JobDocument, placeholder_url
from station.profile import Profile, load_profile
from station.virtual.agent import DeviceAgent
from station.virtual.board import VirtualBoard
from station.virtual.faults import FaultPlan

pytest.importorskip("ministack")

BUCKET = "agent-test-catalog"
TERMINAL = ("SUCCEEDED", "FAILED", "REJECTED", "CANCELED", "TIMED_OUT", "REMOVED")


@dataclass
class Cloud:
    """The embedded cloud as a line engineer's boto3 sees it, plus the catalog the jobs pre-sign from."""

    embedded: EmbeddedCloud
    profile: Profile
    iot: Any
    s3: Any
    iam: Any
    role_arn: str
    boards: list[VirtualBoard] = field(default_factory=list)

    # -- catalog and jobs --------------------------------------------------------------------

    def put(self, key: str, data: bytes) -> tuple[str, int]:
        self.s3.put_object(Bucket=BUCKET, Key=key, Body=data)
        return hashlib.sha256(data).hexdigest(), len(data)

    def image(self, version: str, size: int = 64 * 1024) -> JobDocument:
        """An image in S3 and the install document for it (url = placeholder IoT Jobs pre-signs)."""
        data = (f"firmware {version} ".encode() * (size // 10 + 1))[:size]
        key = f"firmware/{version}-{uuid.uuid4().hex[:6]}.bin"
        sha, n = self.put(key, data)
        return JobDocument("install", placeholder_url(BUCKET, key), version=version, sha256=sha, size=n,
                           model="sensor-a")

    def job(self, board_or_thing: VirtualBoard | str, document: str | JobDocument, *,
            job_id: str | None = None, continuous_group: str | None = None) -> str:
        job_id = job_id or f"job-{uuid.uuid4().hex[:10]}"
        if continuous_group is not None:
            target = self.iot.describe_thing_group(thingGroupName=continuous_group)["thingGroupArn"]
            selection = "CONTINUOUS"
        else:
            thing = board_or_thing if isinstance(board_or_thing, str) else thing_name(board_or_thing)
            target = self.iot.describe_thing(thingName=thing)["thingArn"]
            selection = "SNAPSHOT"
        text = document.to_json() if isinstance(document, JobDocument) else document
        self.iot.create_job(jobId=job_id, targets=[target], targetSelection=selection, document=text,
                            presignedUrlConfig={"roleArn": self.role_arn, "expiresInSec": 300})
        return job_id

    def execution(self, board: VirtualBoard, job_id: str) -> dict[str, Any]:
        ex: dict[str, Any] = self.iot.describe_job_execution(jobId=job_id,
                                                             thingName=thing_name(board))["execution"]
        return ex

    def wait(self, board: VirtualBoard, job_id: str, statuses: tuple[str, ...] = TERMINAL,
             timeout: float = 20.0) -> dict[str, Any]:
        """Poll DescribeJobExecution (as the station does) until the execution reaches one of statuses."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                ex = self.execution(board, job_id)
                if ex["status"] in statuses:
                    return ex
            except self.iot.exceptions.ResourceNotFoundException:
                ex = {}
            if time.monotonic() > deadline:
                events = [(e.kind, e.job_id, e.status, e.details, e.message)
                          for e in (board.agent.events if board.agent else [])]
                raise AssertionError(f"{job_id} still {ex.get('status')} after {timeout} s; agent events: {events}")
            time.sleep(0.1)

    # -- boards ----------------------------------------------------------------------------------

    def board(self, serial: str | None = None, *, fw: str = "1.0.0", faults: str = "",
              provision: bool = True, endpoint: str | None = None, ca: bytes | None = None,
              **kwargs: Any) -> VirtualBoard:
        """A sensor-a board on a pty; provisioned (CSR on the board) and rebooted so its agent runs.

        endpoint and ca replace the broker's address and CA (a relay in front of the broker)."""
        opts: dict[str, Any] = {"keygen_time": 0.0, "reboot_time": 0.2, "download_rate": 1024 * 1024, **kwargs}
        board = VirtualBoard(serial or f"SN{uuid.uuid4().hex[:8].upper()}", "sensor-a", "B", fw,
                             faults=FaultPlan.parse(faults), **opts)
        self.boards.append(board)
        board.start("pty")
        if provision:
            self.provision(board, endpoint, ca)
        return board

    def provision(self, board: VirtualBoard, endpoint: str | None = None, ca: bytes | None = None) -> None:
        """What the station's pipeline does, reduced to the calls that matter to the agent."""
        thing = thing_name(board)
        assert board.url is not None
        endpoints = self.embedded.endpoints
        assert endpoints is not None
        with ReferenceDriver(board.url) as link:
            link.hello()
            csr = link.generate_csr(thing)
            self.iot.create_thing(thingName=thing, thingTypeName=board.identity.model)
            cert = self.iot.create_certificate_from_csr(certificateSigningRequest=csr.decode(), setAsActive=True)
            self.iot.attach_policy(policyName=self.profile.policy_name, target=cert["certificateArn"])
            self.iot.attach_thing_principal(thingName=thing, principal=cert["certificateArn"])
            link.write_object(ObjectKind.CERT, cert["certificatePem"].encode())
            link.write_object(ObjectKind.CA, ca or self.embedded.local.ca_pem())
            link.write_object(ObjectKind.ENDPOINT, (endpoint or f"127.0.0.1:{endpoints.mqtt_port}").encode())
            link.write_object(ObjectKind.THING, thing.encode())
            link.reboot()  # the application firmware (the agent) starts on this boot


def thing_name(board: VirtualBoard) -> str:
    return f"{board.identity.model}-{board.identity.serial}"


def connected(board: VirtualBoard, timeout: float = 30.0) -> DeviceAgent:
    """The board's agent once it is connected, subscribed and told that no job is pending ("idle").

    Not merely ``agent.connected``: that is true from CONNACK on, while the subscriptions are still
    in flight, and a test that cuts or takes over the connection then races the agent's set-up.
    """
    deadline = time.monotonic() + timeout
    while board.agent is None:  # the board thread starts the agent when it boots after provisioning
        if time.monotonic() > deadline:
            raise AssertionError(f"{board.identity.serial}: no agent after {timeout} s")
        time.sleep(0.05)
    agent = board.agent
    if agent.wait_for(lambda e: e.kind == "idle", max(0.0, deadline - time.monotonic())) is None:
        raise AssertionError(f"{board.identity.serial}: agent not idle after {timeout} s: {agent.events}")
    return agent


@pytest.fixture(scope="module")
def cloud(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cloud]:
    profile = load_profile(None)
    embedded = EmbeddedCloud(tmp_path_factory.mktemp("cloud"), profile=profile)
    embedded.start()
    try:
        bootstrap(embedded.as_role("engineer"), profile)
        # The tests arrange jobs, buckets and roles the station may not: as the account administrator.
        assert embedded.admin_cloud is not None
        t = embedded.admin_cloud.target
        kw: dict[str, Any] = {"endpoint_url": t.endpoint_url, "region_name": t.region,
                              "aws_access_key_id": t.access_key_id, "aws_secret_access_key": t.secret_access_key}
        iot = boto3.client("iot", **kw)
        s3 = boto3.client("s3", config=Config(signature_version="s3v4", s3={"addressing_style": "path"}), **kw)
        iam = boto3.client("iam", **kw)
        s3.create_bucket(Bucket=BUCKET)
        trust = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole",
                                                         "Principal": {"Service": "iot.amazonaws.com"}}]}
        role = iam.create_role(RoleName="agent-test-presign", AssumeRolePolicyDocument=json.dumps(trust))
        iam.put_role_policy(RoleName="agent-test-presign", PolicyName="read-catalog", PolicyDocument=json.dumps(
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject",
                                                    "Resource": f"arn:aws:s3:::{BUCKET}/*"}]}))
        c = Cloud(embedded, profile, iot, s3, iam, role["Role"]["Arn"])
        try:
            yield c
        finally:
            for board in c.boards:
                board.close()
    finally:
        embedded.close()


@pytest.fixture
def make_board(cloud: Cloud) -> Iterator[Callable[..., VirtualBoard]]:
    """cloud.board, closing the test's boards at its end (so a failure does not leak running agents)."""
    mine: list[VirtualBoard] = []

    def make(*args: Any, **kwargs: Any) -> VirtualBoard:
        board = cloud.board(*args, **kwargs)
        mine.append(board)
        return board

    yield make
    for board in mine:
        board.close()
