"""`station reconcile`: cloud things and certificates this station created without a finished record, and
certificates it signed itself (factory-ca) that AWS has never seen."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from botocore.exceptions import ClientError
from cryptography import x509
from cryptography.x509.oid import NameOID

from station.cloud.adapter import IotCloud
from station.cloud.throttle import error_code
from station.records.model import Outcome, UnitRecord
from station.records.store import RecordStore

FINISHED = (Outcome.PASSED, Outcome.READY)
#: In a failure's cause when a cloud-keys certificate may exist that the station never saw (station.cloud.gateway).
LOST_KEYS_ANSWER = "CreateKeysAndCertificate"
#: The pipeline step in which the station signs a board's CSR with its line CA (factory-ca): an attempt that has it
#: holds a certificate AWS learns of only when the board first connects.
SIGNING_STEP = "signing"
FACTORY_CA = "factory-ca"
NEVER_SEEN = "never-seen-by-aws"


@dataclass(frozen=True)
class Finding:
    # orphan-certificate, unrecorded-certificate, unfinished-thing, two-active-certificates, never-seen-by-aws
    kind: str
    resource: str
    serial: str
    detail: str
    action: str  # reported, deactivated, would-deactivate
    thing: str = ""  # never-seen-by-aws: the thing the certificate names
    at: float | None = None  # never-seen-by-aws: when the station signed it (provisioned the board)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"event": "finding", "kind": self.kind, "resource": self.resource, "serial": self.serial,
               "detail": self.detail, "action": self.action}
        if self.kind == NEVER_SEEN:
            out.update(certificate_id=self.resource, thing=self.thing, provisioned_at=self.at)
        return out


def signed_here(record: UnitRecord) -> float | None:
    """When this station signed the attempt's certificate itself (factory-ca), or None (AWS issued it).

    The attempt's mode says so, or (records older than the mode column) its signing step; the time is the end of
    that step, else the attempt's end or start.
    """
    ends = [s.finished_at for s in record.steps if s.step == SIGNING_STEP and s.finished_at is not None]
    if not record.certificate_id or not (ends or record.cert_mode == FACTORY_CA):
        return None
    return ends[-1] if ends else (record.finished_at or record.started_at)


def _cn(pem: str) -> str:
    names = x509.load_pem_x509_certificate(pem.encode()).subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else ""


class Reconciler:
    """Compares this station's records with what the cloud holds. Dry run unless ``fix``.

    The only fix it makes is setting an unattached, unfinished certificate INACTIVE: the station role
    may not delete anything, so leftover things are reported for an engineer.
    """

    def __init__(self, cloud: IotCloud, store: RecordStore, station_id: str, *, fix: bool = False) -> None:
        self.cloud = cloud
        self.iot = cloud.iot
        self.store = store
        self.station_id = station_id
        self.fix = fix
        self.findings: list[Finding] = []

    def run(self) -> list[Finding]:
        # Units provisioned while the cloud was away (factory-ca) that AWS has registered since are brought up to
        # date first: a unit whose board connected is registered, not an "unfinished thing" to re-run. This writes
        # what AWS says into the records only; nothing changes in the cloud.
        from station.pipeline.waiting_cloud import follow_records

        follow_records(self.store, self.cloud, by="station reconcile")
        mine = [r for r in self.store.query(newest_first=False) if r.station_id == self.station_id]
        finished_certs = {r.certificate_id for r in self.store.query() if r.outcome in FINISHED}
        finished_serials = {r.serial for r in self.store.query() if r.outcome in FINISHED}
        recorded = {r.certificate_id for r in mine if r.certificate_id}
        last_finished: dict[str, int] = {}
        for r in self.store.query():
            if r.outcome in FINISHED and r.serial:
                last_finished[r.serial] = max(last_finished.get(r.serial, 0), r.attempt_id)
        for record in mine:
            if record.outcome not in FINISHED and record.certificate_id:
                # A unit re-run later to a finished attempt has a new key: its old, never-seen certificate is dead.
                superseded = last_finished.get(record.serial, 0) > record.attempt_id
                self._check_recorded_certificate(record, finished_certs, report_never_seen=not superseded)
        unfinished = [r for r in mine if r.outcome not in FINISHED and r.thing_name]
        self._unrecorded_certificates(unfinished, recorded | finished_certs)
        self._things(finished_serials)
        return self.findings

    def _add(self, kind: str, resource: str, serial: str, detail: str, *, fixable: bool = False) -> None:
        action = "reported"
        if fixable:
            if self.fix:
                self.cloud.deactivate_certificate(resource)
                action = "deactivated"
            else:
                action = "would-deactivate"
        self.findings.append(Finding(kind, resource, serial, detail, action))

    def _pages(self, operation: str, key: str, **kwargs: Any) -> Iterator[Any]:
        """Every item of a listing, page after page (boto3's paginator; the gateway limits and retries)."""
        for page in self.iot.get_paginator(operation).paginate(**kwargs):
            yield from page.get(key, [])

    def _attached_things(self, certificate_arn: str) -> list[str]:
        return list(self._pages("list_principal_things", "things", principal=certificate_arn))

    def _check_recorded_certificate(self, record: UnitRecord, finished_certs: set[str], *,
                                    report_never_seen: bool = True) -> None:
        if record.certificate_id in finished_certs:
            return  # a later attempt finished with this very certificate (a resumed unit)
        try:
            info = self.cloud.describe_certificate(record.certificate_id)
        except ClientError as exc:
            if error_code(exc) == "ResourceNotFoundException":
                if report_never_seen:
                    self._never_seen(record)
                return
            raise
        if info.status != "ACTIVE":
            return
        things = self._attached_things(info.certificate_arn)
        if not things:
            self._add("orphan-certificate", info.certificate_id, record.serial,
                      f"ACTIVE, attached to nothing; issued by attempt {record.attempt_id} "
                      f"({record.outcome.value}) for {record.thing_name}", fixable=True)
        else:
            self._add("unfinished-thing", record.thing_name, record.serial,
                      f"certificate {info.certificate_id[:12]} is ACTIVE and attached but attempt "
                      f"{record.attempt_id} ended {record.outcome.value}: re-run the board or check it")

    def _never_seen(self, record: UnitRecord) -> None:
        """A certificate this station signed (factory-ca) that AWS does not know: reported, never "fixed" (there
        is nothing in AWS to retire; revoking it is `station rework revoke`)."""
        signed = signed_here(record)
        if signed is None:
            return  # AWS issued it and it is gone: deleted in the cloud, nothing left to reconcile
        when = _dt.datetime.fromtimestamp(signed).astimezone().strftime("%Y-%m-%d %H:%M:%S %z")
        self.findings.append(Finding(
            NEVER_SEEN, record.certificate_id, record.serial,
            f"signed by this station for thing {record.thing_name or '?'} on {when} (attempt {record.attempt_id}, "
            f"{record.outcome.value}), never seen by AWS: the board was never connected, or the cloud never got "
            f"it. Connect the board to a network (its first connect registers it), then run 'station reconcile' "
            f"again; a unit that is scrapped or lost: 'station rework revoke --serial {record.serial}'",
            "reported", thing=record.thing_name, at=signed))

    def _unrecorded_certificates(self, unfinished: list[UnitRecord], known: set[str]) -> None:
        """ACTIVE unattached certificates made during an unfinished attempt for its thing (a crash between the
        cloud's answer and the record). Matched by time window AND common name, so another station's
        certificate in flight is never touched."""
        if not unfinished:
            return
        # A lost CreateKeysAndCertificate answer leaves a certificate named "AWS IoT Certificate", not after
        # the thing: for an attempt whose failure says so, any unknown certificate of its window matches.
        windows = [(r.thing_name, r.serial, r.started_at - 5, (r.finished_at or _dt.datetime.now().timestamp()) + 5,
                    r.error is not None and LOST_KEYS_ANSWER in r.error.cause)
                   for r in unfinished]
        for summary in self._pages("list_certificates", "certificates"):
            cid, created = summary["certificateId"], summary.get("creationDate")
            if created is None:
                continue
            stamp = created.timestamp() if isinstance(created, _dt.datetime) else float(created)
            if summary.get("status") != "ACTIVE" or cid in known:
                continue
            matches = [w for w in windows if w[2] <= stamp <= w[3]]
            if not matches:
                continue
            info = self.cloud.describe_certificate(cid)
            cn = _cn(info.certificate_pem)
            hit = next((w for w in matches if w[0] == cn), None) or next((w for w in matches if w[4]), None)
            if hit is not None and not self._attached_things(info.certificate_arn):
                self._add("unrecorded-certificate", cid, hit[1],
                          f"ACTIVE, attached to nothing, common name {cn}: issued during an attempt that "
                          "never finished, before it could be recorded (or its answer was lost)", fixable=True)

    def _things(self, finished_serials: set[str]) -> None:
        for thing in self._pages("list_things", "things", attributeName="station", attributeValue=self.station_id):
            name, serial = thing["thingName"], thing.get("attributes", {}).get("serial", "")
            active = [c for c in (self.cloud.describe_certificate(p.rsplit("/", 1)[-1])
                                  for p in self.cloud.thing_principals(name)) if c.status == "ACTIVE"]
            if len(active) > 1:
                self._add("two-active-certificates", name, serial,
                          f"{len(active)} ACTIVE certificates: {', '.join(c.certificate_id[:12] for c in active)}")
            if serial and serial not in finished_serials:
                self._add("unfinished-thing", name, serial,
                          "made by this station, no finished record: re-run the board, or an engineer removes it")


def reconcile(cloud: IotCloud, store: RecordStore, station_id: str, *, fix: bool = False) -> list[Finding]:
    return Reconciler(cloud, store, station_id, fix=fix).run()
