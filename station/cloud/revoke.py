"""Revoking a unit's certificates: UpdateCertificate REVOKED where AWS knows them, RegisterCertificate REVOKED where
it never saw them (factory-ca, provisioned offline), so that the board's first connect is refused."""

# A factory-ca certificate exists only on the board and in the station's records until the board first connects:
# AWS then registers it (JITP) and it works. Revoking such a certificate therefore cannot be an UpdateCertificate
# (AWS answers ResourceNotFound); registering it now with status REVOKED makes AWS know it, and a registered
# certificate that is not ACTIVE is refused at connect and never provisioned just in time.

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from botocore.exceptions import ClientError
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization

from station.cloud.adapter import IotCloud, certificate_id_from_arn
from station.cloud.csr import certificate_id
from station.cloud.throttle import error_code
from station.errors import StationError
from station.messages import message
from station.profile import Profile
from station.records.model import UnitRecord
from station.records.reconcile import signed_here
from station.records.store import RecordStore

STEP = "revoke"
WRITING_STEP = "writing"
#: The audit trail's action for one certificate revoked (the command or view adds its own entry around it).
AUDIT_ACTION = "certificate-revoked"

_NOTHING = message("revoke.nothing", "no certificate of serial {serial} in this station's records or in the cloud")
_NOTHING_REMEDY = message("remedy.revoke-nothing", "Check the serial (scan the label again); 'station records "
                          "search' shows what this station recorded. A unit provisioned by another station is "
                          "revoked there, or by its thing's certificates once it has connected.")
_NO_PEM = message("revoke.no-pem", "certificate {certificate} of serial {serial} was never seen by AWS, and the "
                  "records do not keep the certificate itself, which registering it as revoked needs")
_NO_PEM_REMEDY = message("remedy.revoke-no-pem", "Give the unit's certificate (it is public: read it from the board, "
                         "or from the station that signed it) with --certificate FILE, then revoke again.")
_OTHER_PEM = message("revoke.other-pem", "the certificate given for {certificate} is another certificate (its id "
                     "is {actual})")
_OTHER_PEM_REMEDY = message("remedy.revoke-other-pem", "Give this unit's own certificate (the first one of the "
                            "chain the board holds), then revoke again.")
_NO_CA = message("revoke.no-ca", "certificate {certificate} was never seen by AWS and no known line CA certificate "
                 "issued it, so it cannot be registered as revoked")
_NO_CA_REMEDY = message("remedy.revoke-no-ca", "Run the command with the factory-ca profile whose "
                        "[certificates.factory_ca] ca_certificate signed this unit, then revoke again.")
_CA_UNKNOWN = message("revoke.ca-unknown", "certificate {certificate} was never seen by AWS, and its line CA is not "
                      "registered with AWS IoT")
_CA_UNKNOWN_REMEDY = message("remedy.revoke-ca-unknown", "No board it signed can connect yet. The line engineer "
                             "runs 'station cloud bootstrap' with the factory-ca profile (it registers the line CA), "
                             "then revoke again before any of these boards goes online.")
_CA_INACTIVE = message("revoke.ca-inactive", "certificate {certificate} was never seen by AWS, and AWS refuses to "
                       "register it because its line CA is not ACTIVE ({answer})")
_CA_INACTIVE_REMEDY = message("remedy.revoke-ca-inactive", "While the line CA is INACTIVE no certificate it signed "
                              "is provisioned. Before it is set ACTIVE again ('station cloud ca'), revoke this unit "
                              "again in the same change, with auto-registration off until it is done.")


class RevokeError(StationError):
    """A unit's certificate could not be revoked; names the certificate and what to do."""

    default_remedy = message("remedy.revoke", "Check the station's network and AWS credentials, then revoke again; "
                             "'station records search SERIAL' lists the unit's certificates.")()


@dataclass(frozen=True)
class Actor:
    """Who revokes, for the audit trail: a person, the role they unlocked, and how (cli, window)."""

    who: str
    role: str
    via: str = "cli"


@dataclass(frozen=True)
class Revoked:
    """One certificate's revocation; ``previous`` is its status before ("" when AWS did not know it). ``how``:
    "updated" (UpdateCertificate), "registered" (RegisterCertificate of a factory-ca certificate AWS never saw),
    "already" (it was REVOKED), "gone" (AWS issued it and it was deleted since: nothing can connect with it) or
    "unused" (signed here, never seen by AWS, and its attempt never wrote it to the board)."""

    certificate_id: str
    how: str
    previous: str
    thing_name: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"event": "revoked", "certificate_id": self.certificate_id, "how": self.how,
                "previous": self.previous, "thing": self.thing_name}


@dataclass(frozen=True)
class Revocation:
    """What revoke_unit did to one serial."""

    serial: str
    reason: str
    certificates: tuple[Revoked, ...]

    @property
    def changed(self) -> tuple[Revoked, ...]:
        """The certificates this revocation made unusable (not those already revoked, deleted or never used)."""
        return tuple(r for r in self.certificates if r.how in ("updated", "registered"))


def pem_certificates(text: str | bytes) -> list[x509.Certificate]:
    """Every certificate of a PEM text (a chain: the device's first, then its CA)."""
    data = text.encode() if isinstance(text, str) else text
    return list(x509.load_pem_x509_certificates(data)) if b"-----BEGIN CERTIFICATE-----" in data else []


def _pem(cert: x509.Certificate) -> str:
    return cert.public_bytes(serialization.Encoding.PEM).decode("ascii")


def recorded_pem(records: RecordStore, cert_id: str) -> str:
    """The certificate (or the chain the board got) the records keep for ``cert_id``; "" when they keep none.

    Certificates are public; the records keep those the station signed (factory-ca), so that one AWS never saw can
    be registered as revoked. A records database that predates that keeps none.
    """
    reader = getattr(records, "certificate_pem", None)  # RecordStore.certificate_pem (station.records, factory-ca)
    if not callable(reader):
        return ""
    found = reader(cert_id)
    return found if isinstance(found, str) else (found.decode("ascii") if isinstance(found, bytes) else "")


def issuer_of(cert: x509.Certificate, candidates: Iterable[x509.Certificate]) -> x509.Certificate | None:
    """The candidate CA certificate that issued ``cert`` (subject = issuer and the signature verifies)."""
    for ca in candidates:
        if ca.subject != cert.issuer:
            continue
        try:
            cert.verify_directly_issued_by(ca)
        except (InvalidSignature, ValueError, TypeError):  # another CA of the same name, or a key type it cannot use
            continue
        return ca
    return None


def profile_ca_pems(profile: Profile) -> list[bytes]:
    """The profile's line CA certificate (public; no token needed), which a never-seen factory-ca certificate is
    registered under; none when the profile names none or the file is missing."""
    path = profile.factory_ca.ca_certificate
    return [Path(path).read_bytes()] if path and Path(path).is_file() else []


def _written(attempt: UnitRecord) -> bool:
    """Whether the attempt got its certificate onto the board: its write finished, or it ended provisioned."""
    return attempt.outcome.value in ("passed", "ready", "waiting-cloud") or any(
        s.step == WRITING_STEP and s.finished_at is not None for s in attempt.steps)


def _not_found(exc: ClientError) -> bool:
    return error_code(exc) == "ResourceNotFoundException"


class _Revoker:
    def __init__(self, cloud: IotCloud, records: RecordStore, serial: str, reason: str, actor: Actor,
                 ca_pems: Sequence[bytes], given: Mapping[str, str]) -> None:
        self.cloud = cloud
        self.records = records
        self.serial = serial
        self.reason = reason
        self.actor = actor
        self.cas = [c for pem in ca_pems for c in pem_certificates(pem)]
        self.given = given
        #: Certificate id -> the newest attempt that recorded it (the records' view of where it came from).
        self.attempt_of: dict[str, UnitRecord] = {}

    def certificates(self, attempts: Sequence[UnitRecord]) -> dict[str, str]:
        """Certificate id -> thing name: every certificate the records name for the serial, and every certificate
        the cloud attaches to its thing(s) (one the station never recorded, e.g. a re-keyed unit's)."""
        found: dict[str, str] = {}
        for rec in attempts:
            if rec.certificate_id:
                found.setdefault(rec.certificate_id.lower(), rec.thing_name)
                self.attempt_of.setdefault(rec.certificate_id.lower(), rec)
        things = [r.thing_name for r in attempts if r.thing_name] or self.things_of_serial()
        for thing in dict.fromkeys(things):
            for arn in self.cloud.thing_principals(thing):
                if ":cert/" in arn:
                    found.setdefault(certificate_id_from_arn(arn).lower(), thing)
        return found

    def things_of_serial(self) -> list[str]:
        """Things whose ``serial`` attribute is this serial (a unit another station provisioned, or one JITP made
        before this station recorded it); none when the identity may not list things."""
        try:
            pages = self.cloud.iot.get_paginator("list_things").paginate(attributeName="serial",
                                                                         attributeValue=self.serial)
            return [t["thingName"] for page in pages for t in page.get("things", [])]
        except ClientError as exc:
            if error_code(exc) in ("AccessDeniedException", "AccessDenied", "UnauthorizedException"):
                return []
            raise

    def revoke(self, cert_id: str, thing: str) -> Revoked:
        try:
            info = self.cloud.describe_certificate(cert_id)
        except ClientError as exc:
            if not _not_found(exc):
                raise
            attempt = self.attempt_of.get(cert_id)
            if attempt is None or signed_here(attempt) is None:
                # AWS issued it (csr modes) and it is gone: deleted, so no board can connect with it.
                return Revoked(cert_id, "gone", "", thing)
            return self.register_revoked(cert_id, thing, attempt)
        if info.status == "REVOKED":
            return Revoked(cert_id, "already", info.status, thing)
        self.cloud.deactivate_certificate(cert_id, "REVOKED")
        return Revoked(cert_id, "updated", info.status, thing)

    def register_revoked(self, cert_id: str, thing: str, attempt: UnitRecord) -> Revoked:
        """RegisterCertificate(status REVOKED) of a certificate AWS never saw, under the line CA that signed it."""
        chain = pem_certificates(self.given.get(cert_id, "") or recorded_pem(self.records, cert_id))
        if not chain and not _written(attempt):
            return Revoked(cert_id, "unused", "", thing)  # signed, never on a board: no one holds it with its key
        if not chain:
            raise RevokeError(_NO_PEM(certificate=cert_id, serial=self.serial), step=STEP, remedy=_NO_PEM_REMEDY())
        device = chain[0]
        actual = certificate_id(_pem(device))
        if actual != cert_id:
            raise RevokeError(_OTHER_PEM(certificate=cert_id, actual=actual), step=STEP, remedy=_OTHER_PEM_REMEDY())
        ca = issuer_of(device, [*chain[1:], *self.cas])
        if ca is None:
            raise RevokeError(_NO_CA(certificate=cert_id), step=STEP, remedy=_NO_CA_REMEDY())
        try:
            self.cloud.iot.register_certificate(certificatePem=_pem(device), caCertificatePem=_pem(ca),
                                                status="REVOKED")
        except ClientError as exc:
            code = error_code(exc)
            if code == "ResourceAlreadyExistsException":
                # The board connected meanwhile and AWS provisioned it: revoke what AWS now holds.
                return self.revoke(cert_id, thing)
            answer = str(exc.response.get("Error", {}).get("Message", "")) or code
            if code == "CertificateStateException" and "not active" in answer.lower():
                raise RevokeError(_CA_INACTIVE(certificate=cert_id, answer=answer), step=STEP,
                                  remedy=_CA_INACTIVE_REMEDY()) from exc
            if code == "CertificateStateException":
                raise RevokeError(_CA_UNKNOWN(certificate=cert_id), step=STEP, remedy=_CA_UNKNOWN_REMEDY()) from exc
            raise
        return Revoked(cert_id, "registered", "", thing)

    def write(self, attempts: Sequence[UnitRecord], done: Revoked) -> None:
        """The audit entry and the unit's history (a ``revoke`` step on the attempt that holds the certificate)."""
        params = {"serial": self.serial, "thing": done.thing_name, "reason": self.reason, "how": done.how,
                  "previous": done.previous, "via": self.actor.via}
        outcome = {"already": "already revoked", "gone": "not in AWS: deleted", "unused": "never used: not registered"}
        self.records.audit(who=self.actor.who, role=self.actor.role, action=AUDIT_ACTION, target=done.certificate_id,
                           parameters=params, outcome=outcome.get(done.how, "revoked"))
        holder = next((r for r in attempts if r.certificate_id.lower() == done.certificate_id), None)
        holder = holder or (attempts[0] if attempts else None)
        if holder is None:
            return
        verb = {"updated": f"revoked (was {done.previous})", "registered": "registered as revoked (never seen by AWS)",
                "already": "already revoked", "gone": "not in AWS (deleted)",
                "unused": "never written to the board, not registered"}[done.how]
        self.records.step_finished(holder.attempt_id, STEP, time.time(), 0.0,
                                   f"certificate {done.certificate_id}: {verb}; {self.actor.who} "
                                   f"({self.actor.role}, {self.actor.via}): {self.reason or 'no reason given'}")


def revoke_unit(cloud: IotCloud, records: RecordStore, serial: str, reason: str, actor: Actor, *,
                ca_pems: Sequence[bytes] = (), certificates: Sequence[str] = ()) -> Revocation:
    """Revoke every certificate of ``serial``: those the records name and those the cloud attaches to its thing.

    ``ca_pems``: line CA certificates (the profile's) to register a never-seen certificate under, beside the chain
    the records keep; ``certificates``: certificates or chains given by hand (PEM), for records that keep none.
    Each certificate revoked is written to the audit trail and to the unit's history. Raises RevokeError.
    """
    serial = serial.strip()
    attempts = records.by_serial(serial) if serial else []
    given = {certificate_id(_pem(chain[0])): text for text in certificates if (chain := pem_certificates(text))}
    revoker = _Revoker(cloud, records, serial, reason, actor, ca_pems, given)
    found = revoker.certificates(attempts)
    if not found:
        raise RevokeError(_NOTHING(serial=serial), step=STEP, remedy=_NOTHING_REMEDY())
    done: list[Revoked] = []
    for cert_id, thing in found.items():
        result = revoker.revoke(cert_id, thing)
        revoker.write(attempts, result)
        done.append(result)
    return Revocation(serial, reason, tuple(done))
