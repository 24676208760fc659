"""`station reconcile`: finds certificates and things an interrupted attempt left; --fix retires certificates."""

from __future__ import annotations

import time
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from station.cloud.connect import EmbeddedCloud
from station.pipeline.events import CertificateIssued, Identified, StepStarted
from station.pipeline.states import UnitState
from station.records import RecordStore, SqliteSink
from station.records.reconcile import reconcile
from tests.integration.helpers import iot_client


def csr_for(cn: str) -> bytes:
    key = ec.generate_private_key(ec.SECP256R1())  # a test stand-in for a board's key; never written anywhere
    csr = x509.CertificateSigningRequestBuilder().subject_name(
        x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])).sign(key, hashes.SHA256())
    return csr.public_bytes(serialization.Encoding.PEM)


def crashed_attempt(store: RecordStore, serial: str, thing: str, certificate_id: str = "") -> None:
    """What a station killed after REGISTERING leaves in its records: a 'running' attempt."""
    sink = SqliteSink(store, station_id="line-1", batch="b1", operator="op")
    sink.on_event(StepStarted(port="/dev/ttyUSB0", unit=1, step=UnitState.IDENTIFYING))
    sink.on_event(Identified(port="/dev/ttyUSB0", unit=1, serial=serial, model="sensor-a", hw_revision="B",
                             fw_version="1.0.0", thing_name=thing))
    sink.on_event(StepStarted(port="/dev/ttyUSB0", unit=1, step=UnitState.REGISTERING))
    if certificate_id:
        sink.on_event(CertificateIssued(port="/dev/ttyUSB0", unit=1, thing_name=thing,
                                        certificate_id=certificate_id))
    # no close(): the process died


def test_reconcile_reports_then_retires_what_a_crash_left(tmp_path: Path, embedded: EmbeddedCloud) -> None:
    cloud = embedded.cloud
    assert cloud is not None
    iot = iot_client(cloud)
    store = RecordStore(tmp_path / "records.sqlite")
    recorded = cloud.create_certificate_from_csr(csr_for("sensor-a-SN1"))
    crashed_attempt(store, "SN1", "sensor-a-SN1", recorded.certificate_id)
    # Killed between the cloud's answer and the record: known only by its common name and time.
    crashed_attempt(store, "SN2", "sensor-a-SN2")
    time.sleep(0.05)
    unrecorded = cloud.create_certificate_from_csr(csr_for("sensor-a-SN2"))
    # Another station's certificate in flight at the same time: never touched.
    foreign = cloud.create_certificate_from_csr(csr_for("sensor-a-OTHER"))
    cloud.create_thing("sensor-a-SN1", "sensor-a", {"serial": "SN1", "station": "line-1"})

    dry = reconcile(cloud, store, "line-1")
    kinds = {(f.kind, f.resource, f.action) for f in dry}
    assert ("orphan-certificate", recorded.certificate_id, "would-deactivate") in kinds
    assert ("unrecorded-certificate", unrecorded.certificate_id, "would-deactivate") in kinds
    assert ("unfinished-thing", "sensor-a-SN1", "reported") in kinds
    assert all(f.resource != foreign.certificate_id for f in dry)
    status = {c["certificateId"]: c["status"] for c in iot.list_certificates()["certificates"]}
    assert set(status.values()) == {"ACTIVE"}  # the dry run changed nothing

    fixed = reconcile(cloud, store, "line-1", fix=True)
    assert {f.action for f in fixed if "certificate" in f.kind} == {"deactivated"}
    status = {c["certificateId"]: c["status"] for c in iot.list_certificates()["certificates"]}
    assert status[recorded.certificate_id] == status[unrecorded.certificate_id] == "INACTIVE"
    assert status[foreign.certificate_id] == "ACTIVE"
    again = reconcile(cloud, store, "line-1")
    assert [f.kind for f in again] == ["unfinished-thing"]  # deleting things is for an engineer
