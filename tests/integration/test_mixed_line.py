"""Acceptance: a mixed line, 4 virtual nRF91 modems and 4 reference boards, through the CLI; checked with boto3."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from station.cloud.connect import EmbeddedCloud
from station.cloud.csr import certificate_public_key
from station.demo import DEMO_MODELS
from station.domain import ObjectKind
from station.jobs.demo_content import seed_demo_catalog
from station.profile import load_profile
from station.virtual.fleet import VirtualFleet
from station.virtual.modem import VirtualModem
from tests.integration.helpers import active_certs, cloud_inventory, iot_client
from tests.integration.test_provision_cli import line_profile, run_cli

pytestmark = pytest.mark.timeout(300)

SEC_TAG = 201
CA_TYPE, CERT_TYPE = 0, 1


def with_port_rules(path: Path, rules: dict[str, str]) -> None:
    """Bind named ports to drivers ([[serial.rules]]): a pty has no USB ids to choose a driver by."""
    text = path.read_text()
    for port, driver in rules.items():
        text += f'\n[[serial.rules]]\nport = "{port}"\ndriver = "{driver}"\n'
    path.write_text(text)


def test_four_nrf91_modems_and_four_reference_boards_through_the_cli(
        tmp_path: Path, embedded: EmbeddedCloud, station_home: Path) -> None:
    assert embedded.cloud is not None and embedded.endpoints is not None
    profile_path = line_profile(tmp_path, embedded)
    profile = load_profile(profile_path)
    seed_demo_catalog(embedded.cloud, profile)  # firmware 1.1.0 and config "1" released to every group
    iot = iot_client(embedded.cloud)
    with VirtualFleet(4, transport="pty", models=DEMO_MODELS, nrf91=4,
                      modem_options={"app_endpoint": embedded.endpoints.mqtt_endpoint, "sec_tag": SEC_TAG}) as fleet:
        modems = [b for b in fleet.boards if isinstance(b, VirtualModem)]
        boards = [b for b in fleet.boards if not isinstance(b, VirtualModem)]
        assert len(modems) == 4 and len(boards) == 4
        with_port_rules(profile_path, {m.url: "nrf91" for m in modems if m.url})
        code, events, stderr = run_cli(profile_path, fleet.urls(), station_home, embedded.credentials_env())
        assert code == 0, stderr
        summary = events[-1]
        assert summary["passed"] == 8 and summary["failed"] == 0 and summary["ready"] == 8, summary
        passed = {e["serial"]: e for e in events if e["event"] == "passed"}
        drivers = {e["port"]: e["driver"] for e in events if e["event"] == "detected"}
        assert all(e["ready"] and e["versions"] == {"firmware": "1.1.0", "config": "1"} for e in passed.values())

        for modem in modems:
            assert drivers[modem.url] == "nrf91"
            thing = f"nrf-{modem.imei}"  # the profile's pattern for the model: the firmware's MQTT client id
            d = iot.describe_thing(thingName=thing)
            assert d["thingTypeName"] == "nrf9160" and d["attributes"]["serial"] == modem.imei
            [cert] = active_certs(iot, thing)  # one ACTIVE certificate per thing
            # Its key is the one the modem generated (and never let out): the station could not read it back,
            # it checked the CSR's key against the certificate.
            assert certificate_public_key(cert["certificatePem"]) == modem.key_public_der(SEC_TAG)
            assert passed[modem.imei]["certificate_id"] == cert["certificateId"]
            # The modem's %CMNG hashes are those of what was issued: the PEM as written (trailing newline
            # stripped, nrfcredstore's convention) and the CA the cloud serves.
            stored_cert = modem.credential(SEC_TAG, CERT_TYPE)
            assert stored_cert is not None
            assert hashlib.sha256(stored_cert).hexdigest() == \
                hashlib.sha256(cert["certificatePem"].rstrip().encode()).hexdigest()
            stored_ca = modem.credential(SEC_TAG, CA_TYPE)
            assert stored_ca == embedded.local.ca_pem().rstrip()
            groups = [g["groupName"] for g in iot.list_thing_groups_for_thing(thingName=thing)["thingGroups"]]
            assert groups == ["trackers"]
            # The device policy comes from the group (the demo's choice), applied because the client id is the
            # thing name: the modem's agent reached "ready" through the same jobs flow.
            assert iot.list_attached_policies(target=cert["certificateArn"])["policies"] == []
            assert modem.stored(ObjectKind.THING) == thing.encode()

        for board in boards:
            ident = board.identity
            assert drivers[board.url] == "reference"
            thing = f"{ident.model}-{ident.serial}"
            [cert] = active_certs(iot, thing)
            assert certificate_public_key(cert["certificatePem"]) == board.public_key_der
            assert board.stored(ObjectKind.CERT) == cert["certificatePem"].encode()

        group_policies = iot.list_attached_policies(target=embedded.cloud.arn("thinggroup/trackers"))["policies"]
        assert [p["policyName"] for p in group_policies] == ["provisioning-station-device"]

        # A re-run on the same boards: the reference boards reuse their certificates; each modem cannot report
        # its key, so it makes a new one and its old certificate is retired, with the reason in the record.
        before = cloud_inventory(iot)
        code, events2, stderr = run_cli(profile_path, fleet.urls(), station_home, embedded.credentials_env())
        assert code == 0, stderr
        assert events2[-1]["passed"] == 8
        after = cloud_inventory(iot)
        assert after["things"] == before["things"]
        for modem in modems:
            thing = f"nrf-{modem.imei}"
            [cert] = active_certs(iot, thing)
            assert certificate_public_key(cert["certificatePem"]) == modem.key_public_der(SEC_TAG)
            assert len(after["principals"][thing]) == 1  # the old certificate was detached ...
            retired = [c for c, status in after["certs"] if status == "INACTIVE"]
            assert before["principals"][thing][0].rsplit("/", 1)[-1] in retired  # ... and set INACTIVE
            why = [e["detail"] for e in events2 if e["event"] == "step-finished" and e["step"] == "attaching"
                   and e["port"] == modem.url]
            assert why and "cannot report the key" in why[0]
        for board in boards:
            thing = f"{board.identity.model}-{board.identity.serial}"
            assert after["principals"][thing] == before["principals"][thing]
