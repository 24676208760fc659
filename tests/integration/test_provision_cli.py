"""Acceptance: 8 virtual boards provisioned at once through the CLI, checked independently with boto3 and MQTT."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from station.cloud.connect import EmbeddedCloud
from station.cloud.csr import certificate_public_key
from station.demo import DEMO_MODELS
from station.domain import ObjectKind
from station.profile import default_profile_text, load_profile
from station.virtual.device import DeviceConnection, DeviceLinkError
from station.virtual.fleet import VirtualFleet
from tests.integration.helpers import active_certs, cloud_inventory, iot_client
from tests.line_pins import with_own_pins

pytestmark = pytest.mark.timeout(240)


def line_profile(tmp_path: Path, embedded: EmbeddedCloud, *, http_url: str = "", name: str = "line.toml") -> Path:
    """A real-line profile (kind = aws) pointed at the embedded cloud through the endpoint overrides
    (``http_url``: another control-plane URL, e.g. one nothing answers on)."""
    assert embedded.endpoints is not None
    ca = tmp_path / "device-ca.pem"
    ca.write_bytes(embedded.local.ca_pem())
    text = with_own_pins(default_profile_text()).replace('kind = "embedded"', 'kind = "aws"').replace(
        '# endpoint_url = ""', f'endpoint_url = "{http_url or embedded.endpoints.http_url}"').replace(
        '# mqtt_endpoint = ""', f'mqtt_endpoint = "{embedded.endpoints.mqtt_endpoint}"').replace(
        '# ca_file = ""', f'ca_file = "{ca.as_posix()}"').replace('id = "demo-station"', 'id = "line-1-pc-2"')
    path = tmp_path / name
    path.write_text(text)
    # As on a real line: the station's policy is rendered for this profile (its station id scopes iot:Connect).
    embedded.grant(load_profile(path))
    return path


def run_cli(profile: Path, urls: list[str], home: Path,
            credentials: dict[str, str]) -> tuple[int, list[dict[str, Any]], str]:
    # Credentials reach boto3 through its normal chain (here: the environment), never from a project file.
    env = {**os.environ, **credentials, "STATION_HOME": str(home)}
    cmd = [sys.executable, "-m", "station", "provision", "--profile", str(profile), "--json",
           "--count", str(len(urls))]
    for url in urls:
        cmd += ["--port", url]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=180)
    events = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    return proc.returncode, events, proc.stderr


def test_eight_boards_through_the_cli(tmp_path: Path, embedded: EmbeddedCloud, station_home: Path) -> None:
    assert embedded.cloud is not None and embedded.endpoints is not None and embedded.admin_cloud is not None
    # The device policy per certificate (the demo puts it on the groups): one AttachPolicy per unit, off the
    # critical path. Taken off the groups here, so the devices below connect with their certificate's policy only.
    profile_path = line_profile(tmp_path, embedded)
    profile_path.write_text(profile_path.read_text().replace('attach_to = "group"', 'attach_to = "certificate"'))
    per_cert = load_profile(profile_path)
    assert per_cert.policy_attach_to == "certificate"
    embedded.grant(per_cert)
    for group in per_cert.all_groups():
        embedded.admin_cloud.iot.detach_policy(policyName=per_cert.policy_name,
                                               target=embedded.admin_cloud.arn(f"thinggroup/{group}"))
    iot = iot_client(embedded.cloud)
    with VirtualFleet(8, transport="pty", models=DEMO_MODELS) as fleet:
        code, events, stderr = run_cli(profile_path, fleet.urls(), station_home, embedded.credentials_env())
        assert code == 0, stderr
        summary = events[-1]
        assert summary["event"] == "summary" and summary["passed"] == 8 and summary["failed"] == 0, summary
        passed = {e["serial"]: e for e in events if e["event"] == "passed"}
        assert len(passed) == 8
        assert max(e["round_trips"] for e in passed.values()) <= 2  # thing ‖ cert, then principal ‖ group
        # The units ran at the same time: every unit started before the first one passed.
        first_pass = min(i for i, e in enumerate(events) if e["event"] == "passed")
        starts = [i for i, e in enumerate(events) if e["event"] == "step-started" and e["step"] == "identifying"]
        assert len(starts) == 8 and max(starts) < first_pass

        for board in fleet.boards:
            ident = board.identity
            thing = f"{ident.model}-{ident.serial}"
            d = iot.describe_thing(thingName=thing)
            assert d["thingTypeName"] == ident.model
            assert d["attributes"]["serial"] == ident.serial
            assert d["attributes"]["hw_revision"] == ident.hw_revision
            assert d["attributes"]["station"] == "line-1-pc-2"
            assert d["attributes"]["batch"]
            certs = active_certs(iot, thing)
            assert len(certs) == 1, f"{thing}: {len(certs)} active certificates"
            cert = certs[0]
            assert certificate_public_key(cert["certificatePem"]) == board.public_key_der
            assert passed[ident.serial]["certificate_id"] == cert["certificateId"]
            policies = iot.list_attached_policies(target=cert["certificateArn"])["policies"]
            assert [p["policyName"] for p in policies] == ["provisioning-station-device"]
            groups = [g["groupName"] for g in iot.list_thing_groups_for_thing(thingName=thing)["thingGroups"]]
            expected_group = {("sensor-a", "B"): "sensor-a-rev-b", ("sensor-a", "A"): "sensor-a",
                              ("gateway-x", "2"): "gateways"}[(ident.model, ident.hw_revision)]
            assert groups == [expected_group]
            # The board holds what the station wrote and verified.
            assert board.stored(ObjectKind.CERT) == cert["certificatePem"].encode()
            assert board.stored(ObjectKind.THING) == thing.encode()
            assert board.stored(ObjectKind.ENDPOINT) == embedded.endpoints.mqtt_endpoint.encode()
            assert board.stored(ObjectKind.CA) == embedded.local.ca_pem()
        verified = [e for e in events if e["event"] == "step-finished" and e["step"] == "verifying"]
        assert len(verified) == 8

        # The station rebooted each board into its application firmware, whose agent holds the thing's
        # client id; stop it so this test's own client is the only one using the credentials.
        for board in fleet.boards:
            board.stop_agent()
        # The credentials work: each board connects over mTLS with what it was given, and the broker
        # (AUTH=true, policy evaluation on) accepts it on its own jobs topics.
        for board in fleet.boards[:3]:
            conn = DeviceConnection(board)
            conn.connect()
            conn.subscribe(f"$aws/things/{conn.thing_name}/jobs/notify-next")
            conn.disconnect()
        # ... refuses a subscription to another thing's jobs topics ...
        nosy = DeviceConnection(fleet.boards[2])
        nosy.connect()
        with pytest.raises(DeviceLinkError):
            nosy.subscribe(f"$aws/things/{fleet.boards[0].identity.model}-{fleet.boards[0].identity.serial}/jobs/notify")
        nosy.disconnect()
        # ... and refuses a board that connects under another thing's client id.
        other = f"{fleet.boards[1].identity.model}-{fleet.boards[1].identity.serial}"
        impostor = DeviceConnection(fleet.boards[0], client_id=other)
        with pytest.raises(DeviceLinkError):
            impostor.connect()
        impostor.disconnect()

        # A re-run on the same boards creates nothing new.
        before = cloud_inventory(iot)
        code, events2, stderr = run_cli(profile_path, fleet.urls(), station_home, embedded.credentials_env())
        assert code == 0, stderr
        assert events2[-1]["passed"] == 8
        assert cloud_inventory(iot) == before
        writes = [e for e in events2 if e["event"] == "step-finished" and e["step"] == "writing"]
        assert all("0 object(s)" in e["detail"] for e in writes), writes
