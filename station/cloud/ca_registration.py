"""The line CA in AWS IoT: registration with verification, the JITP template and role, status and rotation."""

# AWS sources (docs/aws.md, "Factory CA in AWS IoT"): developer guide pages jit-provisioning (template
# parameters are only the AWS::IoT::Certificate::* subject fields; "the certificate must contain values for all
# of the parameters in the template body"; templateBody is an escaped JSON string; roleArn names a role IoT
# assumes), provision-template (Resources thing/certificate/policy, PolicyName of an existing policy,
# OverrideSettings, Mappings + Fn::FindInMap/Fn::Split/Fn::Select), auto-register-device-cert (JITR) and the
# API reference of RegisterCACertificate/UpdateCACertificate/ListCertificatesByCA.

from __future__ import annotations

import hashlib
import json
import re
import ssl
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from botocore.exceptions import ClientError

from station.cloud.adapter import IotCloud
from station.cloud.bootstrap import BootstrapAction, as_policy_dict
from station.cloud.policy import thing_name_prefixes
from station.cloud.throttle import error_code
from station.errors import CloudError, StationError
from station.messages import message
from station.profile import Profile

#: The JITP template's parameters, one per subject field of a device certificate (docs: jit-provisioning).
P_THING = "AWS::IoT::Certificate::CommonName"
P_SERIAL = "AWS::IoT::Certificate::SerialNumber"
P_MODEL = "AWS::IoT::Certificate::OrganizationalUnit"
P_HW_REVISION = "AWS::IoT::Certificate::DistinguishedNameQualifier"
P_STATION_BATCH = "AWS::IoT::Certificate::Organization"
P_GROUP = "AWS::IoT::Certificate::StateName"
P_CERT_ID = "AWS::IoT::Certificate::Id"
#: The Mappings table the template finds a model's thing type in.
THING_TYPES_MAP = "ThingTypes"
#: AWS's limit on a registrationConfig's templateBody (RegistrationConfig: 10240 characters).
MAX_TEMPLATE_BODY = 10240

#: The IAM role AWS IoT assumes to apply the JITP template, and its one inline policy.
JITP_ROLE = "provisioning-station-jitp"
JITP_ROLE_POLICY = "jitp-writes"
#: The status shown for the profile's CA when AWS IoT does not know it.
NOT_REGISTERED = "NOT REGISTERED"

_NOT_REGISTERED = message("ca.not-registered", "the line CA {ca_id} is not registered with AWS IoT in {region}")
_NOT_REGISTERED_REMEDY = message("remedy.ca-not-registered", "Run 'station cloud bootstrap' with the factory-ca "
                                 "profile as the line engineer: it registers the CA.")()
_CODE_REFUSED = message("ca.code-refused", "AWS IoT refused the line CA's verification certificate: {reason}")
_CODE_REFUSED_REMEDY = message("remedy.ca-code-refused", "Run bootstrap again: it asks AWS for this account's "
                               "registration code and signs a fresh verification certificate with the CA's key.")()
_CA_REFUSED = message("ca.refused", "AWS IoT refused the line CA certificate: {reason}")
_CA_REFUSED_REMEDY = message("remedy.ca-refused", "Check the profile's [certificates.factory_ca] ca_certificate: "
                             "it must be the CA certificate whose key is in the token (v3, CA:true, not expired).")()
_TEMPLATE_TOO_BIG = message("ca.template-too-big", "the JITP template for this profile is {size} characters; "
                            "AWS IoT takes at most {limit}")
_TEMPLATE_TOO_BIG_REMEDY = message("remedy.ca-template-too-big", "Use fewer models in the factory-ca profile "
                                   "(each adds a thing type mapping), or choose registration = \"jitr\".")()
_NO_CA_FILE = message("ca.no-file", "the line CA certificate '{path}' cannot be read: {reason}")
_NO_CA_FILE_REMEDY = message("remedy.ca-no-file", "Set [certificates.factory_ca] ca_certificate in the profile to "
                             "the line CA's PEM file (relative to the profile's folder).")()
_OLD_STILL_USED = message("ca.old-still-used", "{count} certificate(s) signed by the old CA {ca_id} are still "
                          "ACTIVE; setting the CA INACTIVE would refuse those units' next connect")
_OLD_STILL_USED_REMEDY = message("remedy.ca-old-still-used", "Re-key those units with the new CA first (station "
                                 "rework), or pass --force if they are retired.")()
_SAME_CA = message("ca.same", "the new CA is the CA already registered for this line ({ca_id})")
_SAME_CA_REMEDY = message("remedy.ca-same", "Give --new-ca the new CA's certificate (its key in a new token).")()


class RegistrableCa(Protocol):
    """What registration needs of the line CA (station.ca.signer.LineCa has it): its certificate and a
    verification certificate signed by its key for AWS's registration code."""

    @property
    def ca_pem(self) -> bytes: ...

    @property
    def ca_certificate_id(self) -> str: ...

    def verification_certificate(self, registration_code: str) -> bytes: ...


# -- documents ---------------------------------------------------------------------------------------------


def _ref(parameter: str) -> dict[str, str]:
    return {"Ref": parameter}


def _org_part(index: int) -> dict[str, Any]:
    # O = "<station id>/<batch>": JITP takes parameters only from subject fields, so two attributes share one.
    return {"Fn::Select": [str(index), {"Fn::Split": ["/", _ref(P_STATION_BATCH)]}]}


def jitp_template_body(profile: Profile, *, partition: str, region: str, account: str) -> dict[str, Any]:
    """The JITP template AWS IoT applies at a device's first connect, from the subject fields alone.

    Thing = CN, type = the model's (OU) via the Mappings table, attributes serial/hw_revision/station/batch,
    group = ST; the device policy by name when it sits on certificates (on groups it applies through ST).
    ``partition``/``region``/``account`` are taken for a template that names ARNs; this one names none.
    """
    del partition, region, account  # the policy is referred to by name, which needs no ARN
    params = (P_THING, P_SERIAL, P_MODEL, P_HW_REVISION, P_STATION_BATCH, P_GROUP, P_CERT_ID)
    resources: dict[str, Any] = {
        "thing": {
            "Type": "AWS::IoT::Thing",
            "Properties": {
                "ThingName": _ref(P_THING),
                "ThingTypeName": {"Fn::FindInMap": [THING_TYPES_MAP, _ref(P_MODEL), "type"]},
                "AttributePayload": {"serial": _ref(P_SERIAL), "hw_revision": _ref(P_HW_REVISION),
                                     "station": _org_part(0), "batch": _org_part(1)},
                "ThingGroups": [_ref(P_GROUP)],
            },
            # A reworked unit (same thing, new certificate): its attributes and group follow the new
            # certificate, other attributes and groups set since are kept, the type follows the model.
            "OverrideSettings": {"AttributePayload": "MERGE", "ThingTypeName": "REPLACE", "ThingGroups": "MERGE"},
        },
        "certificate": {
            "Type": "AWS::IoT::Certificate",
            "Properties": {"CertificateId": _ref(P_CERT_ID), "Status": "ACTIVE"},
        },
    }
    if profile.policy_attach_to == "certificate":
        # An existing policy by name, no PolicyDocument (provision-template: "not both").
        resources["policy"] = {"Type": "AWS::IoT::Policy", "Properties": {"PolicyName": profile.policy_name}}
    return {
        "Parameters": {name: {"Type": "String"} for name in params},
        # Mappings hold data only (no Ref, no functions): one row per model of the profile.
        "Mappings": {THING_TYPES_MAP: {model: {"type": m.thing_type} for model, m in sorted(profile.models.items())}},
        "Resources": resources,
    }


def template_body_text(body: dict[str, Any]) -> str:
    """The templateBody string AWS takes (an escaped JSON string), refused when over AWS's limit."""
    text = json.dumps(body, separators=(",", ":"), sort_keys=True)
    if len(text) > MAX_TEMPLATE_BODY:
        raise CloudError(_TEMPLATE_TOO_BIG(size=len(text), limit=MAX_TEMPLATE_BODY), step="bootstrap",
                         remedy=_TEMPLATE_TOO_BIG_REMEDY)
    return text


def jitp_role_trust(*, account: str) -> dict[str, Any]:
    """Only AWS IoT may assume the JITP role, and only for this account (confused-deputy protection)."""
    return {"Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Principal": {"Service": "iot.amazonaws.com"},
                           "Action": "sts:AssumeRole",
                           "Condition": {"StringEquals": {"aws:SourceAccount": account}}}]}


def jitp_role_policy(profile: Profile, *, partition: str, region: str, account: str) -> dict[str, Any]:
    """The writes the JITP template makes, and no more (a subset of AWS's AWSIoTThingsRegistration).

    Things only under the profile's name prefixes, only its groups and thing types: a certificate the CA
    signed with a foreign CN cannot create or take over any other thing of the account.
    """
    iot = f"arn:{partition}:iot:{region}:{account}"
    things = [f"{iot}:thing/{p}*" for p in thing_name_prefixes(profile)]
    groups = [f"{iot}:thinggroup/{g}" for g in profile.all_groups()]
    types = [f"{iot}:thingtype/{t}" for t in sorted({m.thing_type for m in profile.models.values()})]
    certs = f"{iot}:cert/*"  # the device certificates are unknown until they connect
    statements: list[dict[str, Any]] = [
        {"Sid": "ProvisionTheLineThings", "Effect": "Allow",
         "Action": ["iot:CreateThing", "iot:DescribeThing", "iot:UpdateThing", "iot:ListThingGroupsForThing"],
         "Resource": things},
        {"Sid": "IntoTheLineGroups", "Effect": "Allow",
         "Action": ["iot:AddThingToThingGroup", "iot:RemoveThingFromThingGroup"], "Resource": [*things, *groups]},
        {"Sid": "ReadTheGroupsAndTypes", "Effect": "Allow",
         "Action": ["iot:DescribeThingGroup", "iot:DescribeThingType"], "Resource": [*groups, *types]},
        {"Sid": "ActivateAndAttachTheCertificate", "Effect": "Allow",
         "Action": ["iot:DescribeCertificate", "iot:UpdateCertificate", "iot:AttachThingPrincipal"],
         "Resource": [certs, *things]},
    ]
    if profile.policy_attach_to == "certificate":
        statements.append({"Sid": "AttachTheDevicePolicy", "Effect": "Allow",
                           "Action": ["iot:AttachPolicy", "iot:GetPolicy"],
                           "Resource": [certs, f"{iot}:policy/{profile.policy_name}"]})
    return {"Version": "2012-10-17", "Statement": statements}


def registration_config(profile: Profile, *, partition: str, region: str, account: str) -> dict[str, str] | None:
    """RegisterCACertificate's registrationConfig: the JITP template and role, or None for JITR."""
    if profile.factory_ca.registration != "jitp":
        return None
    where = {"partition": partition, "region": region, "account": account}
    return {"templateBody": template_body_text(jitp_template_body(profile, **where)),
            "roleArn": f"arn:{partition}:iam::{account}:role/{JITP_ROLE}"}


def engineer_ca_statements(profile: Profile, *, partition: str, region: str, account: str) -> list[dict[str, Any]]:
    """What `cloud bootstrap` (factory-ca) and `cloud ca status|rotate` need, for the engineer's IAM policy.

    GetRegistrationCode, RegisterCACertificate, ListCACertificates and ListCertificatesByCA take no resource
    (Service Authorization Reference); the CA's id is its certificate's hash, unknown to the profile, so
    Describe/UpdateCACertificate are on cacert/*. The JITP role only with registration = "jitp", and PassRole
    only to AWS IoT.
    """
    iot = f"arn:{partition}:iot:{region}:{account}"
    out: list[dict[str, Any]] = [
        {"Sid": "RegisterTheLineCa", "Effect": "Allow",
         "Action": ["iot:GetRegistrationCode", "iot:RegisterCACertificate", "iot:ListCACertificates",
                    "iot:ListCertificatesByCA"], "Resource": "*"},
        {"Sid": "ConfigureTheLineCa", "Effect": "Allow",
         "Action": ["iot:DescribeCACertificate", "iot:UpdateCACertificate"], "Resource": f"{iot}:cacert/*"},
    ]
    if profile.factory_ca.registration == "jitp":
        role = f"arn:{partition}:iam::{account}:role/{JITP_ROLE}"
        out += [
            {"Sid": "CreateTheJitpRole", "Effect": "Allow",
             "Action": ["iam:GetRole", "iam:CreateRole", "iam:GetRolePolicy", "iam:PutRolePolicy"],
             "Resource": role},
            {"Sid": "PassTheJitpRoleToIotOnly", "Effect": "Allow", "Action": "iam:PassRole", "Resource": role,
             "Condition": {"StringEquals": {"iam:PassedToService": "iot.amazonaws.com"}}},
        ]
    return out


def jitr_lambda_policy(profile: Profile, *, partition: str, region: str, account: str) -> dict[str, Any]:
    """The JITR activation Lambda's role policy (docs/jitr-lambda.md): what activate() calls, scoped like JITP's."""
    doc = jitp_role_policy(profile, partition=partition, region=region, account=account)
    for st in doc["Statement"]:
        if st["Sid"] == "ActivateAndAttachTheCertificate":
            st["Action"] = [*st["Action"], "iot:ListThingPrincipals"]
    doc["Statement"].append({"Sid": "WriteItsLogs", "Effect": "Allow",
                             "Action": ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"],
                             "Resource": f"arn:{partition}:logs:{region}:{account}:log-group:/aws/lambda/*"})
    return doc


def jitr_environment(profile: Profile, ca_ids: Iterable[str]) -> dict[str, str]:
    """The activation Lambda's environment for this profile (station.cloud.jitr_activation reads it)."""
    return {
        "STATION_JITR_CA_IDS": ",".join(ca_ids),
        "STATION_JITR_THING_TYPES": json.dumps({model: m.thing_type for model, m in sorted(profile.models.items())},
                                               separators=(",", ":")),
        "STATION_JITR_GROUPS": ",".join(profile.all_groups()),
        "STATION_JITR_THING_PREFIXES": ",".join(thing_name_prefixes(profile)),
        "STATION_JITR_POLICY": profile.policy_name if profile.policy_attach_to == "certificate" else "",
    }


# -- registration ------------------------------------------------------------------------------------------


def certificate_id(pem: bytes | str) -> str:
    """AWS IoT's certificateId: the SHA-256 of the (first) certificate's DER, in hex."""
    text = pem.decode("ascii") if isinstance(pem, bytes) else pem
    match = re.search(r"-----BEGIN CERTIFICATE-----.+?-----END CERTIFICATE-----", text, re.DOTALL)
    if match is None:
        raise ValueError("no PEM certificate")
    return hashlib.sha256(ssl.PEM_cert_to_DER_cert(match.group(0))).hexdigest()


def ca_resource(ca_id: str) -> str:
    return f"CA certificate {ca_id}"


def _describe_ca(cloud: IotCloud, ca_id: str) -> dict[str, Any] | None:
    try:
        return dict(cloud.iot.describe_ca_certificate(certificateId=ca_id))
    except ClientError as exc:
        if error_code(exc) == "ResourceNotFoundException":
            return None
        raise


def _same_config(have: dict[str, Any] | None, want: dict[str, str] | None) -> bool:
    """Equal registrationConfigs: the template compared as JSON (AWS may store it re-serialized)."""
    have = {k: v for k, v in (have or {}).items() if v not in (None, "")}
    if want is None:
        return not have.get("templateBody") and not have.get("templateName")
    if have.get("roleArn") != want["roleArn"] or have.get("templateName"):
        return False
    try:
        return bool(json.loads(str(have.get("templateBody") or "null")) == json.loads(want["templateBody"]))
    except ValueError:
        return False


def ensure_line_ca(cloud: IotCloud, profile: Profile, line_ca: RegistrableCa) -> list[BootstrapAction]:
    """Register the line CA with AWS IoT (verified, active, auto-registering), or bring its set-up up to date.

    Idempotent: the CA's id is its certificate's hash, so DescribeCACertificate finds an earlier registration.
    jitp: the provisioning role first, then the CA with the template and that role; jitr: the CA alone (the
    activation Lambda, docs/jitr-lambda.md, completes each unit). An INACTIVE CA is reported, never
    re-activated or changed here: rotation retires CAs on purpose.
    """
    where = {"partition": cloud.partition, "region": cloud.target.region, "account": cloud.account_id()}
    done: list[BootstrapAction] = []
    if profile.factory_ca.registration == "jitp":
        done += ensure_jitp_role(cloud, profile)
    config = registration_config(profile, **where)
    ca_id = line_ca.ca_certificate_id
    resource = ca_resource(ca_id)
    kind = "JITP template" if config else "JITR (activation Lambda)"
    described = _describe_ca(cloud, ca_id)
    if described is None:
        try:
            _register(cloud, line_ca, config)
            done.append(BootstrapAction(resource, "created", f"verified, ACTIVE, auto-registration on, {kind}"))
            return done
        except ClientError as exc:
            if error_code(exc) != "ResourceAlreadyExistsException":  # another engineer just registered it
                raise
        described = _describe_ca(cloud, ca_id) or {}
    description = described.get("certificateDescription") or {}
    if description.get("status") != "ACTIVE":
        # Left exactly as it is, set-up included: rotation retires CAs on purpose.
        return [*done, BootstrapAction(resource, "differs", f"it is {description.get('status') or 'not ACTIVE'}: "
                                       "units it signed are refused; left as is (a retired CA?); if it is the "
                                       "line's current CA, activate it with UpdateCACertificate")]
    update: dict[str, Any] = {}
    if description.get("autoRegistrationStatus") != "ENABLE":
        update["newAutoRegistrationStatus"] = "ENABLE"
    if config is not None and not _same_config(described.get("registrationConfig"), config):
        update["registrationConfig"] = config
    notes: list[str] = []
    if config is None and not _same_config(described.get("registrationConfig"), None):
        # AWS documents no way to remove a template from a CA: say so rather than guess.
        notes.append("it carries a JITP template, so AWS provisions by it instead of leaving units to the "
                     "activation Lambda; remove the template (console) or keep registration = \"jitp\"")
    if update:
        cloud.iot.update_ca_certificate(certificateId=ca_id, **update)
        what = " and ".join(x for x in (("auto-registration on" if "newAutoRegistrationStatus" in update else ""),
                                         ("registration config refreshed" if "registrationConfig" in update
                                          else "")) if x)
        done.append(BootstrapAction(resource, "updated", "; ".join([what, *notes])))
    elif notes:
        done.append(BootstrapAction(resource, "differs", "; ".join(notes)))
    else:
        done.append(BootstrapAction(resource, "exists", kind))
    return done


def _register(cloud: IotCloud, line_ca: RegistrableCa, config: dict[str, str] | None) -> None:
    code = str(cloud.iot.get_registration_code()["registrationCode"])
    verification = line_ca.verification_certificate(code)
    kwargs: dict[str, Any] = {"caCertificate": line_ca.ca_pem.decode("ascii"),
                              "verificationCertificate": verification.decode("ascii"),
                              "setAsActive": True, "allowAutoRegistration": True, "certificateMode": "DEFAULT"}
    if config is not None:
        kwargs["registrationConfig"] = config
    try:
        cloud.iot.register_ca_certificate(**kwargs)
    except ClientError as exc:
        code_name = error_code(exc)
        reason = str(exc.response.get("Error", {}).get("Message") or code_name)
        if code_name == "RegistrationCodeValidationException":
            raise CloudError(_CODE_REFUSED(reason=reason), step="bootstrap", remedy=_CODE_REFUSED_REMEDY) from None
        if code_name in ("CertificateValidationException", "CertificateConflictException"):
            raise CloudError(_CA_REFUSED(reason=reason), step="bootstrap", remedy=_CA_REFUSED_REMEDY) from None
        raise


def ensure_jitp_role(cloud: IotCloud, profile: Profile) -> list[BootstrapAction]:
    """The role AWS IoT assumes to apply the template: created, or its trust and policy brought up to date."""
    iam = cloud.client("iam")
    account = cloud.account_id()
    trust = jitp_role_trust(account=account)
    wanted = jitp_role_policy(profile, partition=cloud.partition, region=cloud.target.region, account=account)
    out: list[BootstrapAction] = []
    resource = f"role {JITP_ROLE}"
    try:
        current = iam.get_role(RoleName=JITP_ROLE)["Role"]
        if as_policy_dict(current.get("AssumeRolePolicyDocument")) != trust:
            out.append(BootstrapAction(resource, "differs", "its trust policy is not exactly iot.amazonaws.com for "
                                                            f"account {account}; left unchanged, review it"))
        else:
            out.append(BootstrapAction(resource, "exists"))
    except ClientError as exc:
        if error_code(exc) not in ("NoSuchEntity", "NoSuchEntityException"):
            raise
        iam.create_role(RoleName=JITP_ROLE, AssumeRolePolicyDocument=json.dumps(trust),
                        Description="AWS IoT applies the line CA's just-in-time provisioning template with this "
                                    "role (provisioning station)")
        out.append(BootstrapAction(resource, "created"))
    presource = f"role policy {JITP_ROLE}/{JITP_ROLE_POLICY}"
    try:
        have = as_policy_dict(iam.get_role_policy(RoleName=JITP_ROLE, PolicyName=JITP_ROLE_POLICY)["PolicyDocument"])
    except ClientError as exc:
        if error_code(exc) not in ("NoSuchEntity", "NoSuchEntityException"):
            raise
        have = None
    if have == wanted:
        out.append(BootstrapAction(presource, "exists"))
    else:
        # Derived from the profile alone (its prefixes, groups, types): a changed profile refreshes it.
        iam.put_role_policy(RoleName=JITP_ROLE, PolicyName=JITP_ROLE_POLICY, PolicyDocument=json.dumps(wanted))
        out.append(BootstrapAction(presource, "created" if have is None else "updated",
                                   "" if have is None else "refreshed for this profile's things, groups and types"))
    return out


# -- status and rotation -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class CaStatus:
    """One registered CA as AWS IoT sees it, and the device certificates it signed, per status."""

    certificate_id: str
    status: str
    auto_registration: str
    registration: str  # "jitp template", "jitp template <name>", "jitr"
    created: str
    current: bool  # the profile's ca_certificate
    certificates: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"ca": self.certificate_id, "status": self.status, "auto_registration": self.auto_registration,
                "registration": self.registration, "created": self.created, "current": self.current,
                "certificates": dict(self.certificates)}


def profile_ca_id(profile: Profile) -> str:
    """The certificate id of the profile's line CA ([certificates.factory_ca] ca_certificate)."""
    path = profile.factory_ca.ca_certificate
    try:
        return certificate_id(Path(path).read_bytes())
    except (OSError, ValueError) as exc:
        raise StationError(_NO_CA_FILE(path=path or "(not set)", reason=str(exc) or type(exc).__name__),
                           step="profile", remedy=_NO_CA_FILE_REMEDY) from None


def certificates_by_status(cloud: IotCloud, ca_id: str) -> dict[str, list[str]]:
    """status -> ids of the device certificates the CA signed that AWS knows (ListCertificatesByCA)."""
    out: dict[str, list[str]] = {}
    pages = cloud.iot.get_paginator("list_certificates_by_ca").paginate(
        caCertificateId=ca_id, PaginationConfig={"PageSize": 250})
    for page in pages:
        for cert in page.get("certificates", []):
            out.setdefault(str(cert.get("status")), []).append(str(cert.get("certificateId")))
    return out


def ca_status(cloud: IotCloud, ca_id: str, *, current: bool = False) -> CaStatus:
    described = _describe_ca(cloud, ca_id)
    if described is None:
        raise CloudError(_NOT_REGISTERED(ca_id=ca_id, region=cloud.target.region), step="cloud",
                         remedy=_NOT_REGISTERED_REMEDY)
    d = described.get("certificateDescription") or {}
    config = described.get("registrationConfig") or {}
    if config.get("templateName"):
        registration = f"jitp template {config['templateName']}"
    elif config.get("templateBody"):
        registration = "jitp template"
    else:
        registration = "jitr"
    created: Any = d.get("creationDate")
    counts = {status: len(ids) for status, ids in sorted(certificates_by_status(cloud, ca_id).items())}
    return CaStatus(ca_id, str(d.get("status")), str(d.get("autoRegistrationStatus")), registration,
                    created.isoformat() if created is not None and hasattr(created, "isoformat")
                    else str(created or ""), current, counts)


def line_ca_statuses(cloud: IotCloud, profile: Profile) -> list[CaStatus]:
    """Every CA registered in the account and region (ListCACertificates), the profile's marked current."""
    current = profile_ca_id(profile) if profile.factory_ca.ca_certificate else ""
    ids: list[str] = []
    for page in cloud.iot.get_paginator("list_ca_certificates").paginate(PaginationConfig={"PageSize": 250}):
        ids += [str(c["certificateId"]) for c in page.get("certificates", [])]
    out = [ca_status(cloud, ca_id, current=ca_id == current) for ca_id in ids]
    if current and current not in ids:
        # Shown, not raised: the other CAs are still worth seeing (bootstrap registers this one).
        out.insert(0, CaStatus(current, NOT_REGISTERED, "", "", "", True))
    return out


@dataclass(frozen=True)
class Rotation:
    """What a rotation step did: the new CA's registration, the old CA's units, and its status after."""

    new_ca: str
    actions: list[BootstrapAction]
    old_ca: str
    old_certificates: dict[str, list[str]]
    old_status: str
    deactivated: bool

    @property
    def old_active(self) -> int:
        return len(self.old_certificates.get("ACTIVE", []))

    def to_json(self) -> dict[str, Any]:
        return {"new_ca": self.new_ca, "old_ca": self.old_ca, "old_status": self.old_status,
                "deactivated": self.deactivated,
                "old_certificates": {k: len(v) for k, v in sorted(self.old_certificates.items())},
                "old_active_ids": list(self.old_certificates.get("ACTIVE", [])),
                "actions": [{"resource": a.resource, "action": a.action, "detail": a.detail} for a in self.actions]}


def rotate_line_ca(cloud: IotCloud, profile: Profile, new_ca: RegistrableCa, *, old_ca_id: str,
                   deactivate_old: bool = False, force: bool = False) -> Rotation:
    """One step of CA rotation (docs/aws.md): register ``new_ca`` beside the old one, report the old CA's units.

    The old CA is set INACTIVE only with ``deactivate_old``, and then only when none of its certificates is
    ACTIVE any more, unless ``force`` (its units are retired): an INACTIVE CA's units are refused at connect.
    """
    if new_ca.ca_certificate_id == old_ca_id:
        raise StationError(_SAME_CA(ca_id=old_ca_id), step="cloud", remedy=_SAME_CA_REMEDY)
    actions = ensure_line_ca(cloud, profile, new_ca)
    old = _describe_ca(cloud, old_ca_id)
    if old is None:
        raise CloudError(_NOT_REGISTERED(ca_id=old_ca_id, region=cloud.target.region), step="cloud",
                         remedy=_NOT_REGISTERED_REMEDY)
    status = str((old.get("certificateDescription") or {}).get("status"))
    certs = certificates_by_status(cloud, old_ca_id)
    active = len(certs.get("ACTIVE", []))
    deactivated = False
    if deactivate_old and status != "INACTIVE":
        if active and not force:
            raise StationError(_OLD_STILL_USED(count=active, ca_id=old_ca_id), step="cloud",
                               remedy=_OLD_STILL_USED_REMEDY)
        # Auto-registration off too: no new unit can enter through the retired CA.
        cloud.iot.update_ca_certificate(certificateId=old_ca_id, newStatus="INACTIVE",
                                        newAutoRegistrationStatus="DISABLE")
        status, deactivated = "INACTIVE", True
    return Rotation(new_ca.ca_certificate_id, actions, old_ca_id, certs, status, deactivated)
