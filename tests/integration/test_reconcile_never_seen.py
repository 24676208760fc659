"""`station reconcile` reports the certificates this station signed (factory-ca) that AWS has never seen, with the
serial, thing, certificate id, when the board was provisioned and what to do; --fix changes nothing for them."""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from station.cloud.connect import EmbeddedCloud
from station.cloud.csr import certificate_id
from station.profile import load_profile
from station.records import RecordStore
from station.records.reconcile import NEVER_SEEN, reconcile
from tests.integration.helpers import cloud_inventory, iot_client
from tests.security.line_roles import roles_profile

pytestmark = [pytest.mark.cloud, pytest.mark.timeout(180)]


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def signed_certificate(ca_key: ec.EllipticCurvePrivateKey, ca_name: str, thing: str) -> str:
    """A device certificate as a line CA signs it: the thing name as its CN (the board's key is thrown away)."""
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(_name(thing)).issuer_name(_name(ca_name))
            .public_key(ec.generate_private_key(ec.SECP256R1()).public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=30)).sign(ca_key, hashes.SHA256()))
    return cert.public_bytes(serialization.Encoding.PEM).decode()


def factory_ca_attempt(store: RecordStore, station: str, serial: str, thing: str, cert_pem: str, *,
                       waiting: bool = True, mode: str = "factory-ca", signed: bool = True) -> int:
    """An attempt as the pipeline records it: identified, signed here (factory-ca), written; then waiting for the
    cloud (or failed after the certificate was issued)."""
    t = time.time()
    aid = store.begin_attempt(run_id="run-1", port="/dev/ttyUSB0", unit=1, at=t, station_id=station)
    store.identify(aid, serial=serial, model="sensor-a", hw_revision="B", fw_version="1.0.0", thing_name=thing,
                   cert_mode=mode)
    if signed:
        store.step_started(aid, "signing", t + 1)
        store.step_finished(aid, "signing", t + 1.02, 0.02)
    store.set_certificate(aid, thing_name=thing, certificate_id=certificate_id(cert_pem))
    if waiting:
        store.finish_waiting_cloud(aid, at=t + 3, serial=serial, thing_name=thing,
                                   certificate_id=certificate_id(cert_pem), groups=["sensor-a"], seconds=3,
                                   round_trips=0)
    else:
        store.finish_failed(aid, at=t + 3, step="writing", cause="the board stopped answering", remedy="re-run",
                            created=[])
    return aid


def test_reconcile_reports_a_factory_ca_certificate_aws_never_saw_and_fix_leaves_it(
        tmp_path: Path, embedded: EmbeddedCloud, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = roles_profile(tmp_path, embedded)
    profile = load_profile(path)
    embedded.grant(profile)
    cloud = embedded.cloud
    assert cloud is not None
    ca_key = ec.generate_private_key(ec.SECP256R1())
    store = RecordStore(tmp_path / "records.sqlite")
    station = profile.station_id

    waiting = signed_certificate(ca_key, "Line CA", "sensor-a-NS0001")
    factory_ca_attempt(store, station, "NS0001", "sensor-a-NS0001", waiting)
    # Not reported: a csr-mode certificate AWS issued and that is gone (deleted in the cloud, not "never seen") ...
    issued = signed_certificate(ca_key, "Line CA", "sensor-a-NS0002")
    factory_ca_attempt(store, station, "NS0002", "sensor-a-NS0002", issued, waiting=False, mode="csr", signed=False)
    # ... a factory-ca certificate of an attempt re-run later to a pass (the board's key was replaced) ...
    replaced = signed_certificate(ca_key, "Line CA", "sensor-a-NS0003")
    factory_ca_attempt(store, station, "NS0003", "sensor-a-NS0003", replaced, waiting=False)
    later = store.begin_attempt(run_id="run-2", port="/dev/ttyUSB0", unit=1, at=time.time(), station_id=station)
    store.identify(later, serial="NS0003", model="sensor-a", hw_revision="B", fw_version="1.0.0",
                   thing_name="sensor-a-NS0003", cert_mode="factory-ca")
    store.finish_passed(later, at=time.time(), serial="NS0003", thing_name="sensor-a-NS0003",
                        certificate_id="ab" * 32, groups=["sensor-a"], versions={}, ready=False, seconds=3,
                        round_trips=0)
    # ... and another station's unit.
    factory_ca_attempt(store, "other-station", "NS0004", "sensor-a-NS0004",
                       signed_certificate(ca_key, "Line CA", "sensor-a-NS0004"))

    before = cloud_inventory(iot_client(cloud))
    found = [f for f in reconcile(cloud, store, station) if f.kind == NEVER_SEEN]
    assert [(f.serial, f.resource, f.thing, f.action) for f in found] == [
        ("NS0001", certificate_id(waiting), "sensor-a-NS0001", "reported")]
    [finding] = found
    assert finding.at is not None and abs(finding.at - time.time()) < 120
    assert "never seen by AWS" in finding.detail and "never connected" in finding.detail
    assert "station rework revoke --serial NS0001" in finding.detail

    # --fix retires nothing of these (they are not in AWS): reported again, the cloud unchanged.
    fixed = [f for f in reconcile(cloud, store, station, fix=True) if f.kind == NEVER_SEEN]
    assert [(f.resource, f.action) for f in fixed] == [(certificate_id(waiting), "reported")]
    assert cloud_inventory(iot_client(cloud)) == before
    store.close()

    # The command says the same, as JSON a line controller reads.
    from station.cli.main import main

    monkeypatch.setenv("AWS_ACCESS_KEY_ID", embedded.credentials_env()["AWS_ACCESS_KEY_ID"])
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", embedded.credentials_env()["AWS_SECRET_ACCESS_KEY"])
    capsys.readouterr()
    assert main(["reconcile", "--profile", str(path), "--db", str(tmp_path / "records.sqlite"), "--json"]) == 1
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.startswith("{")]
    [never] = [x for x in lines if x["kind"] == NEVER_SEEN]
    assert never["certificate_id"] == certificate_id(waiting) and never["serial"] == "NS0001"
    assert never["thing"] == "sensor-a-NS0001" and never["provisioned_at"] == finding.at
