"""AWS refusals in plain words: an AccessDenied names the action and resource the station's identity lacks."""

# An AWS refusal is not a bug of the station: it reaches the operator (window, CLI, records) with the step
# it happened in, the missing permission or resource, and who fixes it. Only refusals nobody upstream
# handles by code are translated: "not found"/"already exists" answers stay ClientErrors for the idempotent
# adapter methods that turn them into results.

from __future__ import annotations

import re

from botocore.exceptions import ClientError

from station.errors import CloudError

ACCESS_DENIED = frozenset({"AccessDeniedException", "AccessDenied", "UnauthorizedException",
                           "UnauthorizedOperation", "AuthorizationError"})
_INVALID = frozenset({"InvalidRequestException", "ValidationException", "InvalidParameterException"})
_LIMIT = frozenset({"LimitExceededException"})
# AWS's message: "User: ARN is not authorized to perform: iot:CreateThing on resource: ARN because ..."
_DENIED_TEXT = re.compile(r"not authorized to perform:?\s*(?P<action>[\w-]+:[\w*]+)"
                          r"(?:\s+on resource:?\s*(?P<resource>\S+))?")


class AccessDenied(CloudError):
    """The station's AWS identity lacks a permission; names the action and the resource."""

    def __init__(self, cause: str, *, action: str, resource: str, remedy: str) -> None:
        super().__init__(cause, remedy=remedy)
        self.action = action
        self.resource = resource


def _code_and_message(exc: ClientError) -> tuple[str, str]:
    err = exc.response.get("Error", {})
    return str(err.get("Code", "")), str(err.get("Message", ""))


def explain_refusal(operation: str, exc: BaseException) -> CloudError | None:
    """The operator-facing error for an AWS refusal of ``operation``, or None when callers handle it by code."""
    if not isinstance(exc, ClientError):
        return None
    code, message = _code_and_message(exc)
    status = int(exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0) or 0)
    if code in ACCESS_DENIED or (status == 403 and operation not in ("HeadObject", "HeadBucket")):
        found = _DENIED_TEXT.search(message)
        action = found.group("action") if found else ""
        resource = (found.group("resource") or "").rstrip(".,;") if found else ""
        on = f" on {resource}" if resource else ""
        what = f"may not {action}{on}" if action else f"lacks the permission for {operation}{on}"
        grant = action or f"the permission for {operation}"
        return AccessDenied(
            f"AWS refused {operation}: the station's identity {what}",
            action=grant, resource=resource,
            remedy=f"The line engineer grants {grant}{on} to the station's role (the policy "
                   "resources/station-iam-policy.json rendered for this profile), checks it with "
                   "'station cloud check', then retries the unit.")
    if code in _INVALID:
        return CloudError(f"AWS refused {operation} as invalid: {message or code}",
                          remedy="Check the value AWS names (board identity, profile naming or batch); "
                                 "if it came from the board, set the board aside for the line engineer.")
    if code in _LIMIT:
        return CloudError(f"AWS refused {operation}: an account limit is reached ({message or code})",
                          remedy="The line engineer raises the limit in AWS Service Quotas or frees resources; "
                                 "then retry the unit.")
    return None
