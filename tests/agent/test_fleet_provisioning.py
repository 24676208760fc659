"""Fleet provisioning by claim, device side: the reference agent registers itself with the embedded cloud.

The station's part is reduced to what the board needs (claim written over the serial link, then a reboot); the
cloud is set up by `station cloud bootstrap` for a fleet-claim profile and inspected with plain boto3.
"""

from __future__ import annotations

import dataclasses
import json
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import boto3
import pytest

from station.board.reference import ReferenceDriver
from station.cloud.bootstrap import bootstrap
from station.cloud.connect import EmbeddedCloud
from station.cloud.fleet import fleet_parameters
from station.domain import ObjectKind, ProvisioningStatus
from station.profile import Profile, load_profile
from station.virtual.board import VirtualBoard
from tests.agent.conftest import connected

pytest.importorskip("ministack")
pytestmark = pytest.mark.timeout(120)


@dataclass
class FleetCloud:
    embedded: EmbeddedCloud
    profile: Profile
    iot: Any  # the account administrator's boto3 client: claims and inspection

    def claim(self) -> tuple[bytes, bytes]:
        """A provisioning claim for the profile's template (what the station's ClaimSource gets)."""
        claim = self.iot.create_provisioning_claim(templateName=self.profile.fleet_claim.template)
        return claim["certificatePem"].encode(), claim["keyPair"]["PrivateKey"].encode()


@pytest.fixture(scope="module")
def fleet(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FleetCloud]:
    profile = dataclasses.replace(load_profile(None), cert_mode="fleet-claim")
    embedded = EmbeddedCloud(tmp_path_factory.mktemp("fleet-cloud"), profile=profile)
    embedded.start()
    try:
        bootstrap(embedded.as_role("engineer"), profile)  # template, claim policy, provisioning role
        assert embedded.admin_cloud is not None
        t = embedded.admin_cloud.target
        iot = boto3.client("iot", endpoint_url=t.endpoint_url, region_name=t.region,
                           aws_access_key_id=t.access_key_id, aws_secret_access_key=t.secret_access_key)
        yield FleetCloud(embedded, profile, iot)
    finally:
        embedded.close()


@pytest.fixture
def boards() -> Iterator[list[VirtualBoard]]:
    made: list[VirtualBoard] = []
    yield made
    for board in made:
        board.close()


def claim_board(fleet: FleetCloud, boards: list[VirtualBoard], claim: tuple[bytes, bytes] | None = None,
                **parameter_changes: str) -> tuple[VirtualBoard, str]:
    """A sensor-a board with a claim written over its serial link and rebooted: its agent registers itself."""
    board = VirtualBoard(f"SN{uuid.uuid4().hex[:8].upper()}", "sensor-a", "B", keygen_time=0.0, reboot_time=0.1)
    boards.append(board)
    url = board.start("pty")
    profile = fleet.profile
    thing = profile.thing_name(board.identity)
    parameters = {**fleet_parameters(profile, board.identity, thing, profile.group_for(board.identity)),
                  **parameter_changes}
    cert, key = claim or fleet.claim()
    endpoints = fleet.embedded.endpoints
    assert endpoints is not None
    with ReferenceDriver(url) as link:
        link.hello()
        assert link.provisioning_status() == ProvisioningStatus("idle")
        link.write_object(ObjectKind.CA, fleet.embedded.local.ca_pem())
        link.write_object(ObjectKind.ENDPOINT, f"127.0.0.1:{endpoints.mqtt_port}".encode())
        link.write_object(ObjectKind.CLAIM_CERT, cert)
        link.write_object(ObjectKind.CLAIM_KEY, key)
        link.write_object(ObjectKind.FLEET, json.dumps(
            {"template": profile.fleet_claim.template, "parameters": parameters}).encode())
        link.reboot()  # the application starts on this boot and registers the board
    return board, thing


def final_status(board: VirtualBoard, timeout: float = 60.0) -> ProvisioningStatus:
    """Poll prov-status over the serial link, as the station does, until registered or refused."""
    assert board.url is not None
    deadline = time.monotonic() + timeout
    with ReferenceDriver(board.url) as link:
        while True:
            status = link.provisioning_status()
            if status.state in ("registered", "refused"):
                return status
            if time.monotonic() > deadline:
                events = board.agent.events if board.agent else []
                raise AssertionError(f"still {status} after {timeout} s; agent events: {events}")
            time.sleep(0.1)


def test_board_registers_itself_with_its_own_key_and_then_runs_as_its_thing(
        fleet: FleetCloud, boards: list[VirtualBoard]) -> None:
    board, thing = claim_board(fleet, boards)
    status = final_status(board)
    assert status.state == "registered", status
    assert status.thing_name == thing
    # What AWS holds, seen with plain boto3: the thing, and the board's certificate ACTIVE on it.
    described = fleet.iot.describe_thing(thingName=thing)
    assert described["thingTypeName"] == fleet.profile.thing_type("sensor-a")
    assert described["attributes"]["serial"] == board.identity.serial
    cert = fleet.iot.describe_certificate(certificateId=status.certificate_id)["certificateDescription"]
    assert cert["status"] == "ACTIVE"
    assert cert["certificateArn"] in fleet.iot.list_thing_principals(thingName=thing)["principals"]
    # The certificate is for the key the board made itself; the claim key is gone from the board.
    assert cert["certificatePem"].strip() == (board.stored(ObjectKind.CERT) or b"").decode().strip()
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    public = x509.load_pem_x509_certificate(cert["certificatePem"].encode()).public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    assert public == board.public_key_der and board.keygens == 1
    assert board.stored(ObjectKind.THING) == thing.encode()
    assert not board.has_claim and board.has_device_credentials
    # Then it connects as the thing and runs its jobs (subscribed, start-next answered: "idle").
    agent = connected(board)
    kinds = [e.kind for e in agent.events]
    assert kinds.index("registered") < kinds.index("connected") < kinds.index("idle")


def test_a_refused_template_parameter_is_reported_over_the_serial_link_and_not_retried(
        fleet: FleetCloud, boards: list[VirtualBoard]) -> None:
    # The template maps the model to a thing type (Fn::FindInMap): a model it does not know is refused.
    board, thing = claim_board(fleet, boards, Model="no-such-model")
    status = final_status(board)
    assert status.state == "refused", status
    assert status.step == "register-thing"
    assert status.code and status.message  # AWS's errorCode (or statusCode) and errorMessage, as data
    with pytest.raises(fleet.iot.exceptions.ResourceNotFoundException):
        fleet.iot.describe_thing(thingName=thing)
    # The claim is kept for a later attempt (a reboot), and nothing retries behind the station's back.
    assert board.has_claim and not board.has_device_credentials
    assert board.agent is not None
    assert [e.kind for e in board.agent.events].count("registering") == 1
    # A reboot clears the status and the board tries again (refused again: the parameter is the same).
    assert board.url is not None
    with ReferenceDriver(board.url) as link:
        link.reboot()
    again = final_status(board)
    assert (again.state, again.step, again.code) == ("refused", "register-thing", status.code)
    assert [e.kind for e in board.agent.events].count("registering") == 2


def test_a_refused_claim_connect_is_reported_and_not_retried(fleet: FleetCloud, boards: list[VirtualBoard]) -> None:
    from tests.board.test_provisioning_status import claim_pair

    board, _thing = claim_board(fleet, boards, claim=claim_pair())  # a claim AWS never registered
    status = final_status(board)
    assert (status.state, status.step) == ("refused", "connect"), status
    assert status.code  # the MQTT library's reason, e.g. AWS_ERROR_MQTT_UNEXPECTED_HANGUP
    assert board.has_claim and board.keygens == 0  # it never got as far as making its key
    assert board.agent is not None and not [e for e in board.agent.events if e.kind == "connected"]
