"""A revoked unit is refused: `station rework revoke` (QA role) on the strict embedded cloud, checked with an mTLS
connect with the unit's own credentials. factory-ca (a SoftHSM2 line CA signing a real CSR, JITP at first connect),
a factory-ca certificate AWS never saw (RegisterCertificate REVOKED: its first connect is refused, no JITP), and a
csr-mode unit (UpdateCertificate)."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from botocore.exceptions import ClientError
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from station.cloud.connect import EmbeddedCloud
from station.cloud.revoke import Actor, RevokeError, revoke_unit
from station.profile import Profile, load_profile
from station.records import RecordStore
from tests.integration.helpers import iot_client
from tests.security.line_roles import QA_PIN, roles_profile

pytestmark = [pytest.mark.cloud, pytest.mark.timeout(300)]


class Board:
    """A board's key (made here, as the board makes it on chip) and the certificate chain it was given."""

    def __init__(self, thing: str) -> None:
        self.thing = thing
        self.key = ec.generate_private_key(ec.SECP256R1())
        self.chain = b""

    def csr(self) -> bytes:
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, self.thing)])
        return x509.CertificateSigningRequestBuilder().subject_name(name).sign(self.key, hashes.SHA256()).public_bytes(
            serialization.Encoding.PEM)

    def key_pem(self) -> bytes:
        return self.key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                      serialization.NoEncryption())


def connects(embedded: EmbeddedCloud, board: Board) -> bool:
    """An MQTT mTLS connect with the board's chain and key, client id = thing name: True if the broker accepts it."""
    from awsiot import mqtt_connection_builder

    ep = embedded.endpoints
    assert ep is not None
    conn: Any = mqtt_connection_builder.mtls_from_bytes(
        endpoint=ep.mqtt_host, port=ep.mqtt_port, cert_bytes=board.chain, pri_key_bytes=board.key_pem(),
        ca_bytes=embedded.local.ca_pem(), client_id=board.thing, clean_session=True, keep_alive_secs=30)
    try:
        conn.connect().result(20)
    except Exception:  # refused: closed without a CONNACK, or a "not authorized" one
        return False
    with contextlib.suppress(Exception):
        conn.disconnect().result(10)
    return True


def status(embedded: EmbeddedCloud, certificate_id: str) -> str:
    assert embedded.cloud is not None
    d = iot_client(embedded.cloud).describe_certificate(certificateId=certificate_id)["certificateDescription"]
    return str(d["status"])


def record(store: RecordStore, profile: Profile, serial: str, thing: str, certificate_id: str, *, mode: str,
           waiting: bool = False) -> int:
    """The unit's attempt as the pipeline records it (identified, certificate, passed or waiting for the cloud)."""
    t = time.time()
    aid = store.begin_attempt(run_id="line-run", port="/dev/ttyUSB0", unit=1, at=t, station_id=profile.station_id)
    store.identify(aid, serial=serial, model="sensor-a", hw_revision="B", fw_version="1.0.0", thing_name=thing,
                   cert_mode=mode)
    if mode == "factory-ca":
        store.step_started(aid, "signing", t)
        store.step_finished(aid, "signing", t + 0.02, 0.02)
    store.set_certificate(aid, thing_name=thing, certificate_id=certificate_id)
    if waiting:
        store.finish_waiting_cloud(aid, at=t + 1, serial=serial, thing_name=thing, certificate_id=certificate_id,
                                   groups=["sensor-a"], seconds=1, round_trips=0)
    else:
        store.finish_passed(aid, at=t + 1, serial=serial, thing_name=thing, certificate_id=certificate_id,
                            groups=["sensor-a"], versions={}, ready=False, seconds=1, round_trips=0)
    return aid


def revoke_cli(profile_path: Path, embedded: EmbeddedCloud, home: Path, *args: str,
               pin: str | None = QA_PIN, expect: int = 0) -> tuple[list[dict[str, Any]], str]:
    """The real `station rework revoke` in a subprocess, as the station's identity, QA PIN in STATION_PIN."""
    environ = {k: v for k, v in os.environ.items() if k != "STATION_PIN"}
    # No token PIN: revoking needs only the line CA's certificate (public), never its key.
    environ = {k: v for k, v in environ.items() if k != "STATION_CA_PIN"}
    environ.update({**embedded.credentials_env(), "STATION_HOME": str(home)})
    if pin is not None:
        environ["STATION_PIN"] = pin
    proc = subprocess.run([sys.executable, "-m", "station", "rework", "revoke", *args, "--profile",
                           str(profile_path), "--json"], stdin=subprocess.DEVNULL, capture_output=True, text=True,
                          env=environ, timeout=120)
    assert proc.returncode == expect, (proc.stdout, proc.stderr)
    return [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")], proc.stderr


@pytest.fixture
def factory_line(tmp_path: Path, embedded: EmbeddedCloud, monkeypatch: pytest.MonkeyPatch
                 ) -> Iterator[tuple[Path, Profile, Any]]:
    """A factory-ca line profile (kind aws, aimed at the strict embedded cloud) with its own SoftHSM2 line CA,
    bootstrapped by the engineer (the CA registered with its JITP template); the station's identity granted."""
    from station.ca.softhsm import create_line_ca_token, softhsm_library

    if softhsm_library() is None:
        pytest.skip("SoftHSM2 is not installed (python3 run.py installs it)")
    token = create_line_ca_token(tmp_path / "token")
    for key, value in token.environment().items():  # the PIN, for bootstrap and LineCa.open here
        monkeypatch.setenv(key, value)
    path = roles_profile(tmp_path, embedded)
    text = path.read_text().replace('mode = "csr"', 'mode = "factory-ca"', 1).replace(
        "[certificates.factory_ca]\n",
        f'[certificates.factory_ca]\nca_certificate = "{token.ca_certificate.as_posix()}"\n', 1)
    path.write_text(text)
    profile = load_profile(path)
    assert profile.cert_mode == "factory-ca"
    embedded.grant(profile)
    from station.cloud.bootstrap import bootstrap

    bootstrap(embedded.as_role("engineer"), profile)
    from station.ca.signer import LineCa

    line_ca = LineCa.open(profile.factory_ca)
    yield path, profile, line_ca
    line_ca.close()


def _subject(profile: Profile, serial: str) -> Any:
    from station.ca.signer import DeviceSubject

    return DeviceSubject(thing_name=f"sensor-a-{serial}", serial=serial, model="sensor-a", hw_revision="B",
                         station=profile.station_id, batch="batch-7", group="sensor-a")


def test_a_revoked_factory_ca_unit_is_refused_and_a_never_seen_one_at_its_first_connect(
        factory_line: tuple[Path, Profile, Any], embedded: EmbeddedCloud, station_home: Path,
        tmp_path: Path) -> None:
    path, profile, line_ca = factory_line
    # A unit that went online: the line CA signed its board's CSR, its first connect provisioned it (JITP).
    online = Board("sensor-a-RV0001")
    signed = line_ca.sign_csr(online.csr(), _subject(profile, "RV0001"))
    online.chain = signed.chain_pem
    assert not connects(embedded, online)  # AWS closes the connect that provisions it just in time
    assert connects(embedded, online), "provisioned by JITP, the board connects"
    assert status(embedded, signed.certificate_id) == "ACTIVE"
    # A unit provisioned while the cloud was away: signed and written, never connected.
    offline = Board("sensor-a-RV0002")
    unseen = line_ca.sign_csr(offline.csr(), _subject(profile, "RV0002"))
    offline.chain = unseen.chain_pem
    with RecordStore() as store:
        record(store, profile, "RV0001", online.thing, signed.certificate_id, mode="factory-ca")
        record(store, profile, "RV0002", offline.thing, unseen.certificate_id, mode="factory-ca", waiting=True)

    # The QA role is needed: without its PIN nothing is revoked.
    _, err = revoke_cli(path, embedded, station_home, "--serial", "RV0001", pin=None, expect=2)
    assert "needs the qa role" in err
    assert connects(embedded, online)

    [done], _ = revoke_cli(path, embedded, station_home, "--serial", "RV0001", "--reason", "returned, key exposed")
    assert (done["certificate_id"], done["how"], done["previous"]) == (signed.certificate_id, "updated", "ACTIVE")
    assert status(embedded, signed.certificate_id) == "REVOKED"
    assert not connects(embedded, online), "a revoked certificate must be refused"

    # Never seen by AWS: registered as REVOKED under the line CA (the certificate is public), so the board's first
    # connect is refused and JITP never provisions it. The records keep no PEM here: it is given as a file.
    cert_file = tmp_path / "RV0002.pem"
    cert_file.write_bytes(offline.chain)
    [done], _ = revoke_cli(path, embedded, station_home, "--serial", "RV0002", "--reason", "scrapped",
                           "--certificate", str(cert_file))
    assert (done["certificate_id"], done["how"]) == (unseen.certificate_id, "registered")
    assert status(embedded, unseen.certificate_id) == "REVOKED"
    assert not connects(embedded, offline)
    assert not connects(embedded, offline), "still refused: no just-in-time provisioning of a revoked certificate"
    assert status(embedded, unseen.certificate_id) == "REVOKED"
    assert embedded.cloud is not None
    with pytest.raises(ClientError) as info:
        iot_client(embedded.cloud).describe_thing(thingName=offline.thing)
    assert info.value.response["Error"]["Code"] == "ResourceNotFoundException"

    # Written to the records: the unit's history and the audit trail (the command's entry and each certificate's).
    with RecordStore() as store:
        history = {s.step: s.detail for r in store.by_serial("RV0002") for s in r.steps}
        assert "registered as revoked (never seen by AWS)" in history["revoke"] and "scrapped" in history["revoke"]
        entries = store.audit_entries()
    revoked = [(e.target, e.role, e.outcome, e.parameters["serial"]) for e in entries
               if e.action == "certificate-revoked"]
    assert revoked == [(signed.certificate_id, "qa", "revoked", "RV0001"),
                       (unseen.certificate_id, "qa", "revoked", "RV0002")]
    commands = [(e.target, e.outcome) for e in entries if e.action == "rework-revoke"]
    assert commands == [("RV0001", "done"), ("RV0002", "done")]

    # Revoking again changes nothing and says so.
    [again], _ = revoke_cli(path, embedded, station_home, "--serial", "RV0002")
    assert again["how"] == "already"


def test_a_never_seen_certificate_without_its_pem_is_refused_with_the_remedy(
        factory_line: tuple[Path, Profile, Any], embedded: EmbeddedCloud, tmp_path: Path) -> None:
    _, profile, line_ca = factory_line
    board = Board("sensor-a-RV0003")
    unseen = line_ca.sign_csr(board.csr(), _subject(profile, "RV0003"))
    assert embedded.cloud is not None
    with RecordStore(tmp_path / "records.sqlite") as store:
        record(store, profile, "RV0003", board.thing, unseen.certificate_id, mode="factory-ca", waiting=True)
        with pytest.raises(RevokeError) as info:
            revoke_unit(embedded.cloud, store, "RV0003", "test", Actor("qa-person", "qa"))
        assert "never seen by AWS" in info.value.cause and "--certificate FILE" in info.value.remedy
        with pytest.raises(RevokeError) as info:
            revoke_unit(embedded.cloud, store, "NO-SUCH", "test", Actor("qa-person", "qa"))
        assert "no certificate of serial NO-SUCH" in info.value.cause
        # Another unit's certificate given by mistake is named, not registered.
        other = line_ca.sign_csr(Board("sensor-a-RV0004").csr(), _subject(profile, "RV0004"))
        with pytest.raises(RevokeError) as info:
            revoke_unit(embedded.cloud, store, "RV0003", "test", Actor("qa-person", "qa"),
                        certificates=[other.chain_pem.decode()], ca_pems=[line_ca.ca_pem])
        assert "never seen by AWS" in info.value.cause  # the given one is another certificate: still no PEM
        done = revoke_unit(embedded.cloud, store, "RV0003", "test", Actor("qa-person", "qa"),
                           certificates=[unseen.certificate_pem], ca_pems=[line_ca.ca_pem])
    assert [(r.certificate_id, r.how) for r in done.certificates] == [(unseen.certificate_id, "registered")]
    assert status(embedded, unseen.certificate_id) == "REVOKED"

    # Certificates nobody can connect with do not stop the revocation: a csr certificate AWS issued and that was
    # deleted since, and a factory-ca one whose attempt failed before it reached the board (its PEM unknown).
    unused = line_ca.sign_csr(Board("sensor-a-RV0005").csr(), _subject(profile, "RV0005"))
    with RecordStore(tmp_path / "records.sqlite") as store:
        t = time.time()
        deleted = store.begin_attempt(run_id="old-run", port="/dev/ttyUSB1", unit=1, at=t - 60,
                                      station_id=profile.station_id)
        store.identify(deleted, serial="RV0005", model="sensor-a", hw_revision="B", fw_version="1.0.0",
                       thing_name="sensor-a-RV0005", cert_mode="csr")
        store.set_certificate(deleted, thing_name="sensor-a-RV0005", certificate_id="cd" * 32)
        store.finish_failed(deleted, at=t - 50, step="attaching", cause="x", remedy="y", created=[])
        failed = store.begin_attempt(run_id="line-run", port="/dev/ttyUSB1", unit=2, at=t,
                                     station_id=profile.station_id)
        store.identify(failed, serial="RV0005", model="sensor-a", hw_revision="B", fw_version="1.0.0",
                       thing_name="sensor-a-RV0005", cert_mode="factory-ca")
        store.step_started(failed, "signing", t)
        store.step_finished(failed, "signing", t + 0.02, 0.02)
        store.set_certificate(failed, thing_name="sensor-a-RV0005", certificate_id=unused.certificate_id)
        store.finish_failed(failed, at=t + 1, step="writing", cause="the board stopped answering", remedy="re-run",
                            created=[])
        nothing = revoke_unit(embedded.cloud, store, "RV0005", "test", Actor("qa-person", "qa"))
    assert sorted((r.certificate_id, r.how) for r in nothing.certificates) == sorted(
        [("cd" * 32, "gone"), (unused.certificate_id, "unused")])
    assert nothing.changed == ()


def test_revoke_on_a_csr_line_updates_the_certificate_and_the_unit_is_refused(
        tmp_path: Path, embedded: EmbeddedCloud, station_home: Path) -> None:
    path = roles_profile(tmp_path, embedded)
    profile = load_profile(path)
    embedded.grant(profile)
    assert embedded.cloud is not None
    iot = iot_client(embedded.cloud)
    # A csr-line unit as the station leaves it (arranged by the administrator): its thing in its group (which
    # carries the device policy), its certificate from its CSR, attached.
    board = Board("sensor-a-RV0010")
    made = iot.create_certificate_from_csr(certificateSigningRequest=board.csr().decode(), setAsActive=True)
    board.chain = made["certificatePem"].encode()
    iot.create_thing(thingName=board.thing, thingTypeName="sensor-a", attributePayload={"attributes": {
        "serial": "RV0010", "station": profile.station_id}})
    iot.add_thing_to_thing_group(thingName=board.thing, thingGroupName="sensor-a")
    iot.attach_thing_principal(thingName=board.thing, principal=made["certificateArn"])
    with RecordStore() as store:
        record(store, profile, "RV0010", board.thing, made["certificateId"], mode="csr")
    assert connects(embedded, board)

    [done], _ = revoke_cli(path, embedded, station_home, "--serial", "RV0010", "--reason", "failed burn-in")
    assert (done["certificate_id"], done["how"], done["thing"]) == (made["certificateId"], "updated", board.thing)
    assert status(embedded, made["certificateId"]) == "REVOKED"
    assert not connects(embedded, board)


def test_a_never_seen_certificate_the_records_keep_is_revoked_without_a_file(
        factory_line: tuple[Path, Profile, Any], embedded: EmbeddedCloud, station_home: Path) -> None:
    """The records keep the chain the station signed (RecordStore.certificate_pem): QA's "Revoke certificate…"
    (revoke_unit with the profile's line CA, as ui/qa/view.py calls it) and `station rework revoke` need no file."""
    from station.cloud.revoke import profile_ca_pems

    path, profile, line_ca = factory_line
    offline, other = Board("sensor-a-RV0020"), Board("sensor-a-RV0021")
    for board, serial in ((offline, "RV0020"), (other, "RV0021")):
        board.chain = line_ca.sign_csr(board.csr(), _subject(profile, serial)).chain_pem
    unseen = x509.load_pem_x509_certificates(offline.chain)[0]
    unseen_id = unseen.fingerprint(hashes.SHA256()).hex()
    other_id = x509.load_pem_x509_certificates(other.chain)[0].fingerprint(hashes.SHA256()).hex()
    assert embedded.cloud is not None
    with RecordStore() as store:
        for board, serial, cid in ((offline, "RV0020", unseen_id), (other, "RV0021", other_id)):
            record(store, profile, serial, board.thing, cid, mode="factory-ca", waiting=True)
            assert store.keep_certificate_pem(cid, board.chain.decode())
        done = revoke_unit(embedded.cloud, store, "RV0020", "lost in transit", Actor("qa-person", "qa", "window"),
                           ca_pems=profile_ca_pems(profile))
    assert [(r.certificate_id, r.how) for r in done.certificates] == [(unseen_id, "registered")]
    assert status(embedded, unseen_id) == "REVOKED"
    assert not connects(embedded, offline), "registered REVOKED: its first connect is refused, no JITP"

    [cli], _ = revoke_cli(path, embedded, station_home, "--serial", "RV0021", "--reason", "scrapped")
    assert (cli["certificate_id"], cli["how"]) == (other_id, "registered")
    assert status(embedded, other_id) == "REVOKED"
    assert not connects(embedded, other)
