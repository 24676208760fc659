"""Just-in-time provisioning (JITP) in the embedded broker: apply a CA's registrationConfig at a device's connect."""

# ministack 1.5.33 stores a CA's ``registrationConfig`` (RegisterCACertificate /
# UpdateCACertificate) but never applies it: an unknown certificate signed by an
# auto-registering CA only becomes PENDING_ACTIVATION, the registered event is
# published and the connection is closed (JITR, ``ministack.services.iot.
# _mtls_auto_register``). AWS's developer guide, "Just-in-time provisioning"
# (jit-provisioning.html), says that when such a CA carries a provisioning
# template, AWS IoT registers the certificate PENDING_ACTIVATION, applies the
# template as RegisterThing does with the parameters it extracts from the
# certificate's subject (only those), under the template's role, and the
# certificate becomes ACTIVE when the flow completes; a parameter the
# certificate lacks fails the provisioning.
#
# We wrap ``_mtls_auto_register`` (the mTLS listener looks it up as a module
# global at call time): the original still registers the certificate and
# publishes ``$aws/events/certificates/registered/<caId>`` (AWS's
# auto-register-device-cert page: the event is published whenever AWS
# auto-registers a certificate or one PENDING_ACTIVATION is presented), then,
# for a CA with a registrationConfig, the template is applied with ministack's
# own ``_provisioning_plan`` / ``_apply_provisioning_plan`` (the RegisterThing
# code path). The connection is still closed without a CONNACK, as AWS drops
# the first JITP connection; the device connects again and is then ACTIVE.
# A failed provisioning leaves the certificate PENDING_ACTIVATION and is tried
# again at the device's next connect.

from __future__ import annotations

import functools
import hashlib
import inspect
import json
import logging
import ssl
from collections.abc import Awaitable, Callable
from typing import Any

from cryptography import x509
from cryptography.x509.oid import NameOID

#: The ministack internals JITP relies on; a ministack without one is refused at start.
REQUIRED = ("_mtls_auto_register", "_mtls_serve_conn", "_mtls_active_registrations", "_ca_certificates",
            "_certificates", "_provisioning_templates", "_provisioning_plan", "_apply_provisioning_plan",
            "_ProvisioningRejected", "request_scope", "publishing_events")
_SIGNATURE = ("der", "peername", "server_name")
_MARK = "_station_jitp"

CERTIFICATE_ID = "AWS::IoT::Certificate::Id"
#: The template parameters JITP fills, and the subject attribute each one is read from (jit-provisioning.html).
SUBJECT_PARAMETERS: dict[str, x509.ObjectIdentifier] = {
    "AWS::IoT::Certificate::Country": NameOID.COUNTRY_NAME,
    "AWS::IoT::Certificate::Organization": NameOID.ORGANIZATION_NAME,
    "AWS::IoT::Certificate::OrganizationalUnit": NameOID.ORGANIZATIONAL_UNIT_NAME,
    "AWS::IoT::Certificate::DistinguishedNameQualifier": NameOID.DN_QUALIFIER,
    "AWS::IoT::Certificate::StateName": NameOID.STATE_OR_PROVINCE_NAME,
    "AWS::IoT::Certificate::CommonName": NameOID.COMMON_NAME,
    "AWS::IoT::Certificate::SerialNumber": NameOID.SERIAL_NUMBER,  # the subject's serialNumber, not the cert's
}

log = logging.getLogger("station.localcloud.jitp")


class JitpFailed(Exception):
    """The CA's template cannot be applied to this certificate; it stays PENDING_ACTIVATION."""


def subject_parameters(cert_pem: str) -> dict[str, str]:
    """The JITP parameters this certificate's subject provides (the first value of each attribute)."""
    cert = x509.load_pem_x509_certificate(cert_pem.encode("ascii"))
    found: dict[str, str] = {}
    for parameter, oid in SUBJECT_PARAMETERS.items():
        values = cert.subject.get_attributes_for_oid(oid)
        if values:
            value = values[0].value
            found[parameter] = value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
    return found


def template_parameters(body: dict[str, Any], available: dict[str, str]) -> dict[str, str]:
    """The parameters for ``body``: every declared one must come from the certificate, else JitpFailed.

    AWS: "The certificate must contain values for all of the parameters in the template body", and the
    values "are limited to what JITP can extract from the subject field" -- so a declared parameter that
    is not one of the certificate parameters, or that the subject lacks, fails the provisioning (a
    Default does not stand in for it).
    """
    declared = body.get("Parameters")
    names = list(declared) if isinstance(declared, dict) else []
    missing = [n for n in names if n != CERTIFICATE_ID and n not in available]
    if missing:
        raise JitpFailed(f"the certificate has no value for template parameter(s) {', '.join(missing)}")
    return {n: available[n] for n in names if n in available}


def _template_and_role(iot: Any, config: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """The template record ``_provisioning_plan`` takes, and the role it runs under, from a registrationConfig."""
    name = config.get("templateName")
    if isinstance(name, str) and name:
        template = iot._provisioning_templates.get(name)
        if not isinstance(template, dict):
            raise JitpFailed(f"provisioning template {name} does not exist")
        role = template.get("provisioningRoleArn") or config.get("roleArn") or ""
        return template, str(role)
    body = config.get("templateBody")
    if not isinstance(body, str) or not body:
        raise JitpFailed("the registrationConfig has neither templateBody nor templateName")
    # A body held on the CA record, shaped like a stored template (one default version).
    template = {"templateName": "JITP", "defaultVersionId": 1, "versions": {"1": {"templateBody": body}}}
    return template, str(config.get("roleArn") or "")


def registration_config(iot: Any, account_id: str, region: str, ca_id: str | None) -> dict[str, Any] | None:
    """The CA's registrationConfig when it provisions (templateBody or templateName), else None (JITR)."""
    if not ca_id:
        return None
    ca = iot._ca_certificates.get_scoped(account_id, region, ca_id)
    config = ca.get("registrationConfig") if isinstance(ca, dict) else None
    if isinstance(config, dict) and (config.get("templateBody") or config.get("templateName")):
        return config
    return None


async def provision(iot: Any, account_id: str, region: str, cert_id: str, config: dict[str, Any]) -> str | None:
    """Apply the CA's template to the PENDING_ACTIVATION certificate ``cert_id``; the thing name, or JitpFailed."""
    with iot.request_scope(account_id, region):
        cert = iot._certificates.get(cert_id)
        if not isinstance(cert, dict) or cert.get("status") != "PENDING_ACTIVATION":
            raise JitpFailed("the certificate is not PENDING_ACTIVATION")
        template, role = _template_and_role(iot, config)
        raw = template["versions"][str(template["defaultVersionId"])]["templateBody"]
        try:
            body = json.loads(raw) if isinstance(raw, str) else raw
        except ValueError as e:
            raise JitpFailed(f"the template body is not JSON: {e}") from e
        if not isinstance(body, dict):
            raise JitpFailed("the template body is not a JSON object")
        parameters = template_parameters(body, subject_parameters(cert["certificatePem"]))
        try:
            # publishing_events: the registry events the plan raises (thing created, group membership).
            async with iot.publishing_events():
                plan = iot._provisioning_plan(template, parameters, cert_id)
                thing: str | None = await iot._apply_provisioning_plan(plan, cert, role)
        except iot._ProvisioningRejected as e:
            raise JitpFailed(str(e)) from e
    return thing


def install(iot_module: Any) -> None:
    """Wrap ``iot_module._mtls_auto_register`` with JITP; idempotent; RuntimeError if ministack's internals moved."""
    missing = [name for name in REQUIRED if not hasattr(iot_module, name)]
    if missing:
        raise RuntimeError(f"ministack.services.iot no longer has {', '.join(missing)}; "
                           "just-in-time provisioning cannot be applied (ministack upgraded?)")
    if not callable(getattr(iot_module._ca_certificates, "get_scoped", None)):
        raise RuntimeError("ministack's CA store has no get_scoped(); "
                           "just-in-time provisioning cannot be applied (ministack upgraded?)")
    original: Callable[..., Awaitable[bool]] = iot_module._mtls_auto_register
    if getattr(original, _MARK, False):
        return
    try:
        params = tuple(inspect.signature(original).parameters)
    except (TypeError, ValueError) as e:
        raise RuntimeError(f"cannot inspect ministack _mtls_auto_register: {e}") from e
    if params != _SIGNATURE or not inspect.iscoroutinefunction(original):
        raise RuntimeError(f"ministack _mtls_auto_register takes {params}, expected async {_SIGNATURE}; "
                           "just-in-time provisioning cannot be applied (ministack upgraded?)")

    @functools.wraps(original)
    async def auto_register_and_provision(der: bytes, peername: Any, server_name: str | None = None) -> bool:
        # ministack registers (or finds) the certificate PENDING_ACTIVATION and publishes the event.
        if not await original(der, peername, server_name):
            return False
        cert_id = hashlib.sha256(der).hexdigest()
        held = iot_module._mtls_active_registrations(cert_id, status="PENDING_ACTIVATION")
        if len(held) != 1:
            return True
        account_id, region, record = held[0]
        config = registration_config(iot_module, account_id, region, record.get("caCertificateId"))
        if config is None:
            return True  # plain JITR: the certificate waits for an activation handler
        try:
            thing = await provision(iot_module, account_id, region, cert_id, config)
        except (JitpFailed, ValueError, KeyError, TypeError, ssl.SSLError) as e:
            log.warning("JITP of certificate %s under CA %s failed: %s; it stays PENDING_ACTIVATION",
                        cert_id, record.get("caCertificateId"), e)
            return True
        log.info("JITP provisioned certificate %s (thing %s); closing the first connection", cert_id, thing)
        return True  # AWS drops the connection that triggered JITP; the device connects again

    setattr(auto_register_and_provision, _MARK, True)
    iot_module._mtls_auto_register = auto_register_and_provision
