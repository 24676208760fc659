"""AWS refusals in plain words: an AccessDenied names the action and resource the station's identity lacks."""

# An AWS refusal is not a bug of the station: it reaches the operator (window, CLI, records) with the step
# it happened in, the missing permission or resource, and who fixes it. Only refusals nobody upstream
# handles by code are translated: "not found"/"already exists" answers stay ClientErrors for the idempotent
# adapter methods that turn them into results.

from __future__ import annotations

import re

from botocore.exceptions import ClientError

from station.errors import CloudError
from station.messages import Message, message

ACCESS_DENIED = frozenset({"AccessDeniedException", "AccessDenied", "UnauthorizedException",
                           "UnauthorizedOperation", "AuthorizationError"})
_INVALID = frozenset({"InvalidRequestException", "ValidationException", "InvalidParameterException"})
_LIMIT = frozenset({"LimitExceededException"})
# AWS's message: "User: ARN is not authorized to perform: iot:CreateThing on resource: ARN because ..."
_DENIED_TEXT = re.compile(r"not authorized to perform:?\s*(?P<action>[\w-]+:[\w*]+)"
                          r"(?:\s+on resource:?\s*(?P<resource>\S+))?")


_MAY_NOT = message("cloud.denied-action", "AWS refused {operation}: the station's identity may not {action}")
_MAY_NOT_ON = message("cloud.denied-action-on",
                      "AWS refused {operation}: the station's identity may not {action} on {resource}")
_LACKS = message("cloud.denied-operation",
                 "AWS refused {operation}: the station's identity lacks the permission for {operation}")
_LACKS_ON = message("cloud.denied-operation-on", "AWS refused {operation}: the station's identity lacks the "
                    "permission for {operation} on {resource}")
_GRANT_ACTION = message("remedy.grant-action", "The line engineer grants {action} to the station's role (the policy "
                        "resources/station-iam-policy.json rendered for this profile), checks it with 'station cloud "
                        "check', then retries the unit.")
_GRANT_ACTION_ON = message("remedy.grant-action-on", "The line engineer grants {action} on {resource} to the "
                           "station's role (the policy resources/station-iam-policy.json rendered for this profile), "
                           "checks it with 'station cloud check', then retries the unit.")
_GRANT_OPERATION = message("remedy.grant-operation", "The line engineer grants the permission for {operation} to "
                           "the station's role (the policy resources/station-iam-policy.json rendered for this "
                           "profile), checks it with 'station cloud check', then retries the unit.")
_GRANT_OPERATION_ON = message("remedy.grant-operation-on", "The line engineer grants the permission for {operation} "
                              "on {resource} to the station's role (the policy resources/station-iam-policy.json "
                              "rendered for this profile), checks it with 'station cloud check', then retries the "
                              "unit.")
_INVALID_REFUSAL = message("cloud.refused-invalid", "AWS refused {operation} as invalid: {answer}")
_INVALID_REMEDY = message("remedy.aws-invalid", "Check the value AWS names (board identity, profile naming or "
                          "batch); if it came from the board, set the board aside for the line engineer.")()
_LIMIT_REFUSAL = message("cloud.refused-limit", "AWS refused {operation}: an account limit is reached ({answer})")
_LIMIT_REMEDY = message("remedy.aws-limit", "The line engineer raises the limit in AWS Service Quotas or frees "
                        "resources; then retry the unit.")()


class AccessDenied(CloudError):
    """The station's AWS identity lacks a permission; names the action and the resource."""

    def __init__(self, cause: Message, *, action: str, resource: str, remedy: Message) -> None:
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
        # AWS's action and resource are data; the sentence around them is ours (four shapes, each whole).
        cause: Message
        remedy: Message
        if action and resource:
            cause = _MAY_NOT_ON(operation=operation, action=action, resource=resource)
            remedy = _GRANT_ACTION_ON(action=action, resource=resource)
        elif action:
            cause, remedy = _MAY_NOT(operation=operation, action=action), _GRANT_ACTION(action=action)
        elif resource:
            cause = _LACKS_ON(operation=operation, resource=resource)
            remedy = _GRANT_OPERATION_ON(operation=operation, resource=resource)
        else:
            cause, remedy = _LACKS(operation=operation), _GRANT_OPERATION(operation=operation)
        grant = action or f"the permission for {operation}"
        return AccessDenied(cause, action=grant, resource=resource, remedy=remedy)
    if code in _INVALID:
        return CloudError(_INVALID_REFUSAL(operation=operation, answer=message or code), remedy=_INVALID_REMEDY)
    if code in _LIMIT:
        return CloudError(_LIMIT_REFUSAL(operation=operation, answer=message or code), remedy=_LIMIT_REMEDY)
    return None
