"""JITR activation Lambda: completes a unit the line CA signed when AWS IoT publishes its registered event.

Deployed alone (docs/jitr-lambda.md): it imports only the standard library and boto3/botocore, which the
Lambda Python runtime provides, and it never calls the station, which may be gone when a unit first connects.

Flow for ``$aws/events/certificates/registered/<caCertificateId>`` (AWS IoT developer guide,
auto-register-device-cert): DescribeCertificate; its CA must be one of ``STATION_JITR_CA_IDS``; the subject
fields (the same table the JITP template reads: CN thing, serialNumber, OU model, dnQualifier hardware revision,
O "<station>/<batch>", ST group) are read from certificatePem; then CreateThing (type, attributes), add to
the group, AttachPolicy when configured, AttachThingPrincipal, and UpdateCertificate ACTIVE last, so a unit
never connects to a half-made thing. Idempotent: only a PENDING_ACTIVATION certificate is worked on, and
every write is one AWS answers the same way when repeated.

Refusals: a subject that does not fit the table can never fit (it is signed into the certificate), so the
certificate is REVOKED and the unit must be signed again; a CA, model, group or thing name outside this
deployment's settings may be a settings lag, so the certificate is left PENDING_ACTIVATION (the unit's next
connect publishes the event again, after the settings are fixed).

Environment (``settings_from_environment``): STATION_JITR_CA_IDS (comma-separated CA certificate ids,
required), STATION_JITR_THING_TYPES (JSON {model: thing type}, required), STATION_JITR_GROUPS (comma-separated
allowed groups; empty = any), STATION_JITR_THING_PREFIXES (comma-separated allowed thing name prefixes; empty =
any), STATION_JITR_POLICY (an IoT policy attached to each certificate; empty = none, group policies apply).
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

log = logging.getLogger("station.jitr")
log.setLevel(logging.INFO)

#: Subject attribute OIDs (DER content bytes of the OBJECT IDENTIFIER) -> our field names.
_OIDS = {
    bytes([0x55, 0x04, 0x03]): "thing_name",  # 2.5.4.3 commonName
    bytes([0x55, 0x04, 0x05]): "serial",  # 2.5.4.5 serialNumber
    bytes([0x55, 0x04, 0x0B]): "model",  # 2.5.4.11 organizationalUnitName
    bytes([0x55, 0x04, 0x2E]): "hw_revision",  # 2.5.4.46 dnQualifier
    bytes([0x55, 0x04, 0x0A]): "station_batch",  # 2.5.4.10 organizationName
    bytes([0x55, 0x04, 0x08]): "group",  # 2.5.4.8 stateOrProvinceName
}
#: String types a subject value may have: UTF8String, PrintableString, IA5String.
_STRING_TAGS = {0x0C: "utf-8", 0x13: "ascii", 0x16: "ascii"}
#: AWS IoT's patterns: thing and group names, attribute values.
_NAME = re.compile(r"[a-zA-Z0-9:_-]{1,128}")
_ATTRIBUTE = re.compile(r"[a-zA-Z0-9_.,@/:#=\[\]-]{1,800}")

ENV_CA_IDS = "STATION_JITR_CA_IDS"
ENV_THING_TYPES = "STATION_JITR_THING_TYPES"
ENV_GROUPS = "STATION_JITR_GROUPS"
ENV_PREFIXES = "STATION_JITR_THING_PREFIXES"
ENV_POLICY = "STATION_JITR_POLICY"


class MalformedSubject(ValueError):
    """The certificate's subject does not fit the station's table (or is not a certificate at all)."""


@dataclass(frozen=True)
class Settings:
    ca_ids: frozenset[str]
    thing_types: Mapping[str, str]
    groups: frozenset[str] = frozenset()  # empty: any group
    thing_prefixes: tuple[str, ...] = ()  # empty: any name
    policy: str = ""


@dataclass(frozen=True)
class Subject:
    thing_name: str
    serial: str
    model: str
    hw_revision: str
    station: str
    batch: str
    group: str


def settings_from_environment(env: Mapping[str, str] | None = None) -> Settings:
    env = os.environ if env is None else env

    def items(name: str) -> list[str]:
        return [x.strip() for x in env.get(name, "").split(",") if x.strip()]

    types = json.loads(env.get(ENV_THING_TYPES) or "{}")
    if not items(ENV_CA_IDS) or not isinstance(types, dict) or not types:
        raise RuntimeError(f"{ENV_CA_IDS} and {ENV_THING_TYPES} must be set (docs/jitr-lambda.md)")
    return Settings(frozenset(items(ENV_CA_IDS)), {str(k): str(v) for k, v in types.items()},
                    frozenset(items(ENV_GROUPS)), tuple(items(ENV_PREFIXES)), env.get(ENV_POLICY, "").strip())


# -- the subject, with the standard library only -----------------------------------------------------------


def _tlv(data: bytes, pos: int) -> tuple[int, bytes, int]:
    """One DER element at ``pos``: (tag, content, position after it); bounds-checked."""
    if pos + 2 > len(data):
        raise MalformedSubject("truncated DER")
    tag, length = data[pos], data[pos + 1]
    pos += 2
    if tag & 0x1F == 0x1F:
        raise MalformedSubject("multi-byte DER tags are not used in certificates")
    if length & 0x80:
        count = length & 0x7F
        if count == 0 or count > 4 or pos + count > len(data):
            raise MalformedSubject("bad DER length")
        length = int.from_bytes(data[pos:pos + count], "big")
        pos += count
    end = pos + length
    if end > len(data):
        raise MalformedSubject("truncated DER")
    return tag, data[pos:end], end


def _children(content: bytes) -> list[tuple[int, bytes]]:
    out, pos = [], 0
    while pos < len(content):
        tag, value, pos = _tlv(content, pos)
        out.append((tag, value))
    return out


def _der_from_pem(pem: str) -> bytes:
    match = re.search(r"-----BEGIN CERTIFICATE-----(.+?)-----END CERTIFICATE-----", pem, re.DOTALL)
    if match is None:
        raise MalformedSubject("no PEM certificate")
    try:
        return base64.b64decode("".join(match.group(1).split()), validate=True)
    except (binascii.Error, ValueError):
        raise MalformedSubject("bad base64 in the PEM certificate") from None


def subject_fields(certificate_pem: str) -> dict[str, str]:
    """The subject attributes this station uses, by field name; each must occur at most once."""
    tag, cert, _ = _tlv(_der_from_pem(certificate_pem), 0)
    if tag != 0x30:
        raise MalformedSubject("not a certificate")
    tbs = _children(cert)
    if not tbs or tbs[0][0] != 0x30:
        raise MalformedSubject("not a certificate")
    parts = _children(tbs[0][1])
    if parts and parts[0][0] == 0xA0:  # [0] version
        parts = parts[1:]
    # serialNumber, signature, issuer, validity, subject
    if len(parts) < 5 or parts[4][0] != 0x30:
        raise MalformedSubject("no subject")
    found: dict[str, str] = {}
    for set_tag, rdn in _children(parts[4][1]):
        if set_tag != 0x31:
            raise MalformedSubject("bad subject")
        for seq_tag, atv in _children(rdn):
            pair = _children(atv) if seq_tag == 0x30 else []
            if len(pair) != 2 or pair[0][0] != 0x06:
                raise MalformedSubject("bad subject attribute")
            name = _OIDS.get(pair[0][1])
            if name is None:
                continue  # an attribute the station does not use (e.g. C): not ours to judge
            value_tag, raw = pair[1]
            if value_tag not in _STRING_TAGS:
                raise MalformedSubject(f"subject {name} is not a UTF8, Printable or IA5 string")
            if name in found:
                raise MalformedSubject(f"subject {name} occurs twice")
            try:
                found[name] = raw.decode(_STRING_TAGS[value_tag])
            except UnicodeDecodeError:
                raise MalformedSubject(f"subject {name} is not valid text") from None
    return found


def parse_subject(certificate_pem: str) -> Subject:
    """The station's subject table, checked as strictly as JITP would need it (every field, AWS patterns)."""
    f = subject_fields(certificate_pem)
    missing = [k for k in ("thing_name", "serial", "model", "hw_revision", "station_batch", "group") if not f.get(k)]
    if missing:
        raise MalformedSubject(f"subject lacks {', '.join(missing)}")
    station, sep, batch = f["station_batch"].partition("/")
    if not sep or not station or not batch or "/" in batch:
        raise MalformedSubject("subject O is not '<station>/<batch>'")
    for key in ("thing_name", "group"):
        if not _NAME.fullmatch(f[key]):
            raise MalformedSubject(f"subject {key} is not a valid AWS IoT name")
    for key, value in (("serial", f["serial"]), ("hw_revision", f["hw_revision"]), ("station", station),
                       ("batch", batch), ("model", f["model"])):
        if not _ATTRIBUTE.fullmatch(value):
            raise MalformedSubject(f"subject {key} has characters AWS IoT attributes do not take")
    return Subject(f["thing_name"], f["serial"], f["model"], f["hw_revision"], station, batch, f["group"])


# -- activation -----------------------------------------------------------------------------------------------


def _code(exc: Exception) -> str:
    response = getattr(exc, "response", None)
    return str((response or {}).get("Error", {}).get("Code", "")) if isinstance(response, dict) else ""


def _result(outcome: str, certificate_id: str, reason: str = "", thing: str = "") -> dict[str, str]:
    out = {"outcome": outcome, "certificateId": certificate_id}
    if reason:
        out["reason"] = reason
    if thing:
        out["thingName"] = thing
    log.info(json.dumps(out, sort_keys=True))
    return out


def activate(event: Mapping[str, Any], iot: Any, settings: Settings) -> dict[str, str]:
    """Complete one auto-registered certificate. Returns {"outcome": ...}:

    "activated"; "already-active" / "not-pending" (a repeated event, or a certificate someone retired: left
    alone); "revoked" (malformed subject); "left-pending" (CA, model, group or name outside the settings).
    Errors of AWS other than these propagate, so Lambda's retry runs it again.
    """
    certificate_id = str(event.get("certificateId") or "")
    if not re.fullmatch(r"[0-9a-f]{64}", certificate_id):
        return _result("ignored", certificate_id, "the event names no certificate id")
    d = iot.describe_certificate(certificateId=certificate_id)["certificateDescription"]
    # The described certificate is the truth; the event only names it.
    ca_id = str(d.get("caCertificateId") or "")
    if ca_id not in settings.ca_ids:
        return _result("left-pending", certificate_id, f"its CA {ca_id or '(none)'} is not in {ENV_CA_IDS}")
    status = str(d.get("status"))
    if status == "ACTIVE":
        return _result("already-active", certificate_id)
    if status != "PENDING_ACTIVATION":
        return _result("not-pending", certificate_id, f"it is {status}; never re-activated here")
    try:
        subject = parse_subject(str(d.get("certificatePem") or ""))
    except MalformedSubject as exc:
        iot.update_certificate(certificateId=certificate_id, newStatus="REVOKED")
        return _result("revoked", certificate_id, str(exc))
    thing_type = settings.thing_types.get(subject.model)
    if thing_type is None:
        return _result("left-pending", certificate_id, f"model {subject.model} is not in {ENV_THING_TYPES}",
                       subject.thing_name)
    if settings.groups and subject.group not in settings.groups:
        return _result("left-pending", certificate_id, f"group {subject.group} is not in {ENV_GROUPS}",
                       subject.thing_name)
    if settings.thing_prefixes and not subject.thing_name.startswith(settings.thing_prefixes):
        return _result("left-pending", certificate_id, f"thing {subject.thing_name} is outside {ENV_PREFIXES}",
                       subject.thing_name)
    _ensure_thing(iot, subject, thing_type)
    iot.add_thing_to_thing_group(thingGroupName=subject.group, thingName=subject.thing_name)
    certificate_arn = str(d["certificateArn"])
    if settings.policy:
        iot.attach_policy(policyName=settings.policy, target=certificate_arn)
    _attach(iot, subject.thing_name, certificate_arn)
    iot.update_certificate(certificateId=certificate_id, newStatus="ACTIVE")
    return _result("activated", certificate_id, thing=subject.thing_name)


def _ensure_thing(iot: Any, subject: Subject, thing_type: str) -> None:
    attributes = {"serial": subject.serial, "hw_revision": subject.hw_revision, "station": subject.station,
                  "batch": subject.batch}
    try:
        iot.create_thing(thingName=subject.thing_name, thingTypeName=thing_type,
                         attributePayload={"attributes": attributes})
    except Exception as exc:
        if _code(exc) != "ResourceAlreadyExistsException":
            raise
        # A reworked unit: the thing exists with other values; the same merge the JITP template does.
        iot.update_thing(thingName=subject.thing_name, thingTypeName=thing_type,
                         attributePayload={"attributes": attributes, "merge": True})


def _attach(iot: Any, thing_name: str, certificate_arn: str) -> None:
    try:
        iot.attach_thing_principal(thingName=thing_name, principal=certificate_arn,
                                   thingPrincipalType="EXCLUSIVE_THING")
    except Exception as exc:
        if _code(exc) not in ("InvalidRequestException", "ResourceAlreadyExistsException", "ConflictException"):
            raise
        # Refused as already attached: success only when it is attached to this very thing.
        pages = iot.get_paginator("list_thing_principals").paginate(thingName=thing_name)
        if not any(certificate_arn in page.get("principals", []) for page in pages):
            raise


def handler(event: dict[str, Any], context: object) -> dict[str, str]:
    """The Lambda entry point (an IoT rule on $aws/events/certificates/registered/<caId> invokes it)."""
    import boto3

    del context
    return activate(event, boto3.client("iot"), settings_from_environment())
