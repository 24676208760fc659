"""Make the embedded broker apply thing-group IoT policies as AWS IoT does (client id == attached thing)."""

# ministack 1.5.33's broker authorizes every MQTT action through
# ``ministack.services.iot._mqtt_policy_allows``, which reads only the policies
# attached to the connecting certificate (its ``attachedPolicies``). AWS IoT also
# applies the policies attached to the thing groups of the thing the connection
# is associated with, and to their ancestor groups (a parent group's policy is
# inherited by its child groups) -- but only when the MQTT client id equals the
# name of a thing the certificate is attached to ("When you attach things to a
# static thing group with an AWS IoT Core policy attached, the thing name must
# match the client ID", AWS IoT developer guide, Static thing groups). Without
# this, a profile with ``policy.attach_to = "group"`` could not run locally.
#
# We replace that module global (the broker's session class looks it up at call
# time) with a wrapper: when group policies apply, the certificate's and the
# groups' documents are evaluated together, so an explicit Deny in either wins
# as on AWS; otherwise the original runs untouched.

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Iterable
from typing import Any

#: The ministack internals the wrapper reads; a ministack that lacks one is refused.
REQUIRED = ("_mqtt_policy_allows", "_parsed_iot_policy", "request_scope", "EvalContext", "evaluate",
            "_certificates", "_policies", "_things", "_thing_groups")
#: ``_mqtt_policy_allows``'s parameters, in order: the broker calls it positionally.
_SIGNATURE = ("account_id", "region", "certificate_id", "context", "action", "resource", "provisioning_template")
#: AWS caps a group hierarchy's depth at 7; a bound also stops a corrupt parent cycle.
_MAX_DEPTH = 32
_MARK = "_station_group_policies"


def _group_names_with_ancestors(groups: Any, direct: Iterable[str]) -> list[str]:
    """The thing's groups and every parent above them (a parent's policy is inherited by its children)."""
    out: list[str] = []
    for name in direct:
        depth = 0
        while name and name not in out and depth < _MAX_DEPTH:
            out.append(name)
            record = groups.get(name) or {}
            name = (record.get("thingGroupMetadata") or {}).get("parentGroupName") or ""
            depth += 1
    return out


def _target_group(target: str) -> str | None:
    """The group name of a ``arn:<partition>:iot:<region>:<account>:thinggroup/<name>`` target, else None."""
    parts = target.split(":", 5)
    if len(parts) == 6 and parts[5].startswith("thinggroup/"):
        return parts[5][len("thinggroup/"):]
    return None  # a certificate ARN or a Cognito identity: not a group


def group_policy_documents(iot: Any, certificate_id: str, client_id: str | None) -> list[str]:
    """The default-version documents of the policies on the groups of thing ``client_id``.

    Empty unless ``client_id`` names a thing the certificate is attached to right now: that is AWS's
    condition for group policies, and it is checked live, so detaching the thing or leaving the group
    takes effect at the next authorization. Call inside ``iot.request_scope``.
    """
    if not client_id:
        return []
    thing = iot._things.get(client_id)
    record = iot._certificates.get(certificate_id) or {}
    if not thing or thing.get("thingArn") not in record.get("attachedThings", []):
        return []
    names = set(_group_names_with_ancestors(iot._thing_groups, thing.get("thingGroupNames") or []))
    if not names:
        return []
    documents: list[str] = []
    for policy in iot._policies.values():
        if any(_target_group(t) in names for t in policy.get("targets", [])):
            documents.append(policy["versions"][policy["defaultVersionId"]]["document"])
    return documents


def install(iot_module: Any) -> None:
    """Wrap ``iot_module._mqtt_policy_allows`` to add thing-group policies; idempotent.

    Raises RuntimeError if ministack's internals moved: the server then refuses to start rather than
    run a broker that silently ignores group policies.
    """
    missing = [name for name in REQUIRED if not hasattr(iot_module, name)]
    if missing:
        raise RuntimeError(f"ministack.services.iot no longer has {', '.join(missing)}; "
                           "thing-group policies cannot be applied at the broker (ministack upgraded?)")
    original: Callable[..., bool] = iot_module._mqtt_policy_allows
    if getattr(original, _MARK, False):
        return
    try:
        params = tuple(inspect.signature(original).parameters)
    except (TypeError, ValueError) as e:
        raise RuntimeError(f"cannot inspect ministack _mqtt_policy_allows: {e}") from e
    if params != _SIGNATURE:
        raise RuntimeError(f"ministack _mqtt_policy_allows takes {params}, expected {_SIGNATURE}; "
                           "thing-group policies cannot be applied at the broker (ministack upgraded?)")

    @functools.wraps(original)
    def allows_with_group_policies(account_id: str, region: str, certificate_id: str, context: dict[str, Any],
                                   action: str, resource: str, provisioning_template: str | None = None) -> bool:
        if provisioning_template is not None:
            # A fleet-provisioning claim is held to its template's policy only, as on AWS.
            return original(account_id, region, certificate_id, context, action, resource, provisioning_template)
        context = context or {}
        with iot_module.request_scope(account_id, region):
            extra = group_policy_documents(iot_module, certificate_id, context.get("iot:clientid"))
            record = iot_module._certificates.get(certificate_id) or {}
            own = [iot_module._policies.get(name) for name in record.get("attachedPolicies", [])]
        if not extra:
            return original(account_id, region, certificate_id, context, action, resource, None)
        documents = [p["versions"][p["defaultVersionId"]]["document"] for p in own if p] + extra
        # Mirrors the original's evaluation, over the union: one evaluation, so a Deny anywhere wins.
        ctx = iot_module.EvalContext(
            principal_arn=f"arn:aws:iot:{region}:{account_id}:cert/{certificate_id}",
            principal_type="Certificate",
            principal_account=account_id,
            action=action,
            resource_arn=f"arn:aws:iot:{region}:{account_id}:{resource}",
            region=region,
            service_context=context,
        )
        variables = tuple(sorted(context.items()))
        parsed = [iot_module._parsed_iot_policy(doc, variables) for doc in documents]
        return bool(iot_module.evaluate(ctx, parsed).decision == "Allow")

    setattr(allows_with_group_policies, _MARK, True)
    iot_module._mqtt_policy_allows = allows_with_group_policies
