"""The records keep each unit's certificate (public): the chain a factory-ca station signed, the certificate AWS
issued; by certificate id, only when it is that certificate, and nothing but certificates."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import sqlite3
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from station.pipeline.events import CertificateIssued, Event, EventBus, UnitWaitingCloud
from station.profile import load_profile
from station.records.run import RunRecords, ThreadedRunRecords
from station.records.store import RecordStore
from tests.records.test_waiting_cloud import PORT, waiting

KEY_MARK = "PRIVATE KEY"


def chain(thing: str) -> tuple[str, str, str]:
    """A line CA and a device certificate it signed: (certificate id, device+CA chain PEM, device key PEM)."""
    now = dt.datetime.now(dt.UTC)
    ca_key, key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())

    def cert(subject: str, public: Any, issuer: str, signer: Any) -> x509.Certificate:
        return (x509.CertificateBuilder().subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)]))
                .issuer_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, issuer)])).public_key(public)
                .serial_number(x509.random_serial_number()).not_valid_before(now)
                .not_valid_after(now + dt.timedelta(days=1)).sign(signer, hashes.SHA256()))
    ca = cert("line-ca", ca_key.public_key(), "line-ca", ca_key)
    device = cert(thing, key.public_key(), "line-ca", ca_key)
    pem = b"".join(c.public_bytes(serialization.Encoding.PEM) for c in (device, ca)).decode()
    key_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption()).decode()
    return hashlib.sha256(device.public_bytes(serialization.Encoding.DER)).hexdigest(), pem, key_pem


def issued(certificate_id: str, pem: str) -> CertificateIssued:
    return CertificateIssued(port=PORT, unit=1, thing_name="sensor-a-SN-0001", certificate_id=certificate_id,
                             certificate_pem=pem)


def waiting_with(certificate_id: str) -> list[Event]:
    """The waiting factory-ca unit of test_waiting_cloud, its certificate announced once signed (as the pipeline)."""
    return [dataclasses.replace(e, certificate_id=certificate_id) if isinstance(e, UnitWaitingCloud) else e
            for e in waiting(1, "SN-0001")]


def test_the_store_keeps_only_the_certificates_of_the_right_id(store: RecordStore) -> None:
    cid, pem, key_pem = chain("sensor-a-SN-0001")
    aid = store.begin_attempt(run_id="r", port=PORT, unit=1, at=1.0)
    store.set_certificate(aid, thing_name="sensor-a-SN-0001", certificate_id=cid)
    assert store.certificate_pem(cid) == ""
    other_id, other_pem, _ = chain("sensor-a-SN-0002")
    assert not store.keep_certificate_pem(cid, other_pem)  # another certificate: not kept under this id
    assert not store.keep_certificate_pem(cid, "not a certificate")
    assert not store.keep_certificate_pem(other_id, other_pem)  # no attempt holds it
    # A key pasted along by mistake never reaches the records: only the certificates are kept.
    assert store.keep_certificate_pem(cid.upper(), pem + key_pem)
    kept = store.certificate_pem(cid)
    assert kept == pem and KEY_MARK not in kept
    assert store.certificate_pem(cid.upper()) == pem and store.certificate_pem(other_id) == ""


def test_the_runs_records_keep_the_certificate_the_pipeline_announced(tmp_path: Path) -> None:
    profile = load_profile(None)
    cid, pem, _ = chain("sensor-a-SN-0001")
    records = RunRecords(profile, None, quiet=True)  # type: ignore[arg-type]  # no S3 in the demo profile
    bus = EventBus()
    records.attach(SimpleNamespace(bus=bus))  # type: ignore[arg-type]  # attach needs only the bus
    events = waiting_with(cid)
    for event in events[:4]:
        bus.emit(event)
    bus.emit(issued(cid, pem))
    for event in events[4:]:
        bus.emit(event)
    assert records.sqlite.store.certificate_pem(cid) == pem
    records.close()

    threaded = ThreadedRunRecords(profile, None, quiet=True, path=tmp_path / "window.sqlite")  # type: ignore[arg-type]
    bus = EventBus()
    threaded.attach(SimpleNamespace(bus=bus))  # type: ignore[arg-type]
    try:
        for event in events[:4]:
            bus.emit(event)
        bus.emit(issued(cid, pem))
        for event in events[4:]:
            bus.emit(event)
        threaded.writer.flush()
    finally:
        threaded.close()
    with RecordStore(tmp_path / "window.sqlite") as store:
        assert store.certificate_pem(cid) == pem
    # On disk too, nothing of a private key (the board's stays on the board; none was ever given here).
    assert KEY_MARK.encode() not in b"".join(p.read_bytes() for p in tmp_path.glob("window.sqlite*"))


def test_the_v6_attempts_table_has_the_certificate_column(db_path: Path) -> None:
    RecordStore(db_path).close()
    columns = {r[1] for r in sqlite3.connect(db_path).execute("PRAGMA table_info(attempts)")}
    assert "certificate_pem" in columns
