"""CreateCertificateFromCsr over MQTT (``$aws/certificates/create-from-csr/json``) in the embedded broker."""

# ministack 1.5.33 answers the fleet provisioning MQTT API's
# CreateKeysAndCertificate (``$aws/certificates/create/json``) and RegisterThing,
# and its claim policy allows ``$aws/certificates/create-from-csr/*``, but it
# never answers CreateCertificateFromCsr: a device that keeps its key on board
# waits forever. AWS's developer guide, "Device provisioning MQTT API"
# (fleet-provision-api.html), documents it: publish {"certificateSigningRequest":
# PEM} on ``$aws/certificates/create-from-csr/json``; the answer comes on
# ``.../accepted`` ({certificateOwnershipToken, certificateId, certificatePem};
# the certificate is PENDING_ACTIVATION until RegisterThing applies the
# template's status) or on ``.../rejected`` ({statusCode, errorCode,
# errorMessage}); the token expires after one hour.
#
# Two module globals the broker looks up at call time are wrapped:
# ``_parse_fleet_provisioning_topic`` so the topic counts as a fleet
# provisioning request (the same AUTH rule then applies to it as to create/json:
# an authenticated certificate whose policy allows iot:Publish on the topic,
# and the reply only to a session that subscribed to it), and
# ``_fleet_provisioning_reply`` to issue the certificate with the embedded
# cloud's CA (ministack's own ``sign_certificate_request``, as the REST
# CreateCertificateFromCsr uses) and store the token where RegisterThing looks.

from __future__ import annotations

import asyncio
import functools
import inspect
import json
import secrets
import time
from collections.abc import Awaitable, Callable
from typing import Any

TOPIC = "$aws/certificates/create-from-csr/json"
OPERATION = "create-from-csr"
#: AWS: "the certificateOwnershipToken returned by CreateCertificateFromCsr expires after one hour".
TOKEN_SECONDS = 3600

REQUIRED = ("_parse_fleet_provisioning_topic", "_fleet_provisioning_reply", "_fleet_rejected", "_ensure_ca",
            "sign_certificate_request", "get_certificate_id", "_certificate_record", "_certificates",
            "_ownership_tokens", "_drop_expired", "request_scope")
_REPLY_SIGNATURE = ("account_id", "region", "operation", "template_name", "payload", "connection")
_MARK = "_station_create_from_csr"


def _csr_from(payload: bytes) -> str | None:
    """The request's CSR PEM, or None when the payload is not the documented JSON object."""
    try:
        request = json.loads(payload)
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(request, dict):
        return None
    csr = request.get("certificateSigningRequest")
    return csr if isinstance(csr, str) else ""


async def create_from_csr(iot: Any, account_id: str, region: str, payload: bytes) -> tuple[str, dict[str, Any]]:
    """("accepted", {certificateId, certificatePem, certificateOwnershipToken}) or ("rejected", {...})."""
    csr = _csr_from(payload)
    if csr is None:
        return iot._fleet_rejected("InvalidPayload", "Message cannot be parsed")  # type: ignore[no-any-return]
    if not csr.strip():
        return iot._fleet_rejected(  # type: ignore[no-any-return]
            "InvalidCsr", "certificateSigningRequest is required")

    def issue() -> str:
        ca_cert_pem, ca_key_pem = iot._ensure_ca()
        return str(iot.sign_certificate_request(ca_cert_pem, ca_key_pem, csr))

    try:
        cert_pem = await asyncio.to_thread(issue)  # signing stays off the broker's loop
    except ValueError:
        # Not a PEM CSR, a self-signature that does not verify, or a key AWS does not accept.
        return iot._fleet_rejected("InvalidCsr", "CSR violates constraints")  # type: ignore[no-any-return]
    except RuntimeError as e:
        return iot._fleet_rejected("InternalFailure", str(e), 500)  # type: ignore[no-any-return]
    cert_id = str(iot.get_certificate_id(cert_pem))
    token = secrets.token_urlsafe(48)
    with iot.request_scope(account_id, region):
        iot._certificates[cert_id] = iot._certificate_record(cert_id, cert_pem, "PENDING_ACTIVATION")
        iot._drop_expired(iot._ownership_tokens)
        iot._ownership_tokens[token] = {"certificateId": cert_id, "expiration": time.time() + TOKEN_SECONDS}
    return "accepted", {"certificateOwnershipToken": token, "certificateId": cert_id, "certificatePem": cert_pem}


def install(iot_module: Any) -> None:
    """Make the broker answer create-from-csr; idempotent; RuntimeError if ministack's internals moved."""
    missing = [name for name in REQUIRED if not hasattr(iot_module, name)]
    if missing:
        raise RuntimeError(f"ministack.services.iot no longer has {', '.join(missing)}; "
                           "create-from-csr cannot be answered (ministack upgraded?)")
    parse: Callable[[str], tuple[str, str | None] | None] = iot_module._parse_fleet_provisioning_topic
    reply: Callable[..., Awaitable[tuple[str, dict[str, Any]]]] = iot_module._fleet_provisioning_reply
    if getattr(reply, _MARK, False):
        return
    try:
        params = tuple(inspect.signature(reply).parameters)
    except (TypeError, ValueError) as e:
        raise RuntimeError(f"cannot inspect ministack _fleet_provisioning_reply: {e}") from e
    if params != _REPLY_SIGNATURE or not inspect.iscoroutinefunction(reply):
        raise RuntimeError(f"ministack _fleet_provisioning_reply takes {params}, expected async "
                           f"{_REPLY_SIGNATURE} (ministack upgraded?)")

    @functools.wraps(parse)
    def parse_with_csr(topic: str) -> tuple[str, str | None] | None:
        return (OPERATION, None) if topic == TOPIC else parse(topic)

    @functools.wraps(reply)
    async def reply_with_csr(account_id: str, region: str, operation: str, template_name: str | None,
                             payload: bytes, connection: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        if operation == OPERATION:
            return await create_from_csr(iot_module, account_id, region, payload)
        return await reply(account_id, region, operation, template_name, payload, connection)

    setattr(reply_with_csr, _MARK, True)
    iot_module._parse_fleet_provisioning_topic = parse_with_csr
    iot_module._fleet_provisioning_reply = reply_with_csr
