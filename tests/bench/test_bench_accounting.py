"""The benchmarks' accounting: every board in the records and the cloud, and an orphan or a lost record is caught."""

from __future__ import annotations

import dataclasses

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from bench.accounting import account
from station.cloud.connect import EmbeddedCloud
from station.demo import DEMO_MODELS
from station.profile import Profile
from station.records.model import Outcome, UnitRecord

pytestmark = pytest.mark.cloud


def csr_for(cn: str) -> bytes:
    key = ec.generate_private_key(ec.SECP256R1())  # stands in for a board's key; never written anywhere
    csr = x509.CertificateSigningRequestBuilder().subject_name(
        x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])).sign(key, hashes.SHA256())
    return csr.public_bytes(serialization.Encoding.PEM)


def provision(embedded: EmbeddedCloud, profile: Profile, serial: str, group: str) -> UnitRecord:
    """What a passed unit leaves, made with the station's identity: thing, certificate, group, policy."""
    cloud = embedded.as_role("station")
    thing = f"{DEMO_MODELS[0].model}-{serial}"  # the station's IAM policy allows only its models' names
    cloud.create_thing(thing, None, {"serial": serial})
    cert = cloud.create_certificate_from_csr(csr_for(thing))
    cloud.attach_principal(thing, cert.certificate_arn)
    cloud.add_to_group(thing, group)
    if profile.policy_attach_to != "group":
        cloud.attach_policy(profile.policy_name, cert.certificate_arn)
    return UnitRecord(attempt_id=0, serial=serial, attempt=1, outcome=Outcome.PASSED, started_at=0.0,
                      thing_name=thing, certificate_id=cert.certificate_id, groups=(group,))


def test_passed_units_are_verified_and_orphans_and_missing_records_are_anomalies(
        embedded: EmbeddedCloud, profile: Profile) -> None:
    group = profile.all_groups()[0]
    records = [provision(embedded, profile, s, group) for s in ("A1", "A2")]
    assert embedded.admin_cloud is not None
    clean = account(["A1", "A2"], records, embedded.admin_cloud, profile)
    assert clean.ok, clean.anomalies
    assert clean.passed_cloud_ok == 2 and clean.things == 2

    # A second certificate on A1's thing that no record knows (a lost answer the station never recorded).
    station = embedded.as_role("station")
    a1 = records[0].thing_name
    extra = station.create_certificate_from_csr(csr_for(a1))
    station.attach_principal(a1, extra.certificate_arn)
    # A board plugged whose record is gone, and a record that says a different certificate.
    wrong = dataclasses.replace(records[1], certificate_id="0" * 64)
    broken = account(["A1", "A2", "A3"], [records[0], wrong], embedded.admin_cloud, profile)
    assert not broken.ok
    text = "\n".join(broken.anomalies)
    assert "A3: 0 records" in text
    assert "ACTIVE attached certificates" in text and a1 in text and records[1].thing_name in text
    assert f"certificate {extra.certificate_id} is ACTIVE on a thing of this run and no record knows it" in text
