"""AWS answers no code path handled, still in plain words: a missing resource names what bootstrap creates."""

# The last line of defence before a unit reports "internal error": whatever AWS refused is AWS's answer, not
# a bug of the station, so it reaches the operator with the operation, AWS's own words (which name the
# resource) and who fixes it. Credentials, AccessDenied, invalid input and limits keep their translations
# (station.cloud.gateway.explain_cloud_error); this adds "not found" and everything else.

from __future__ import annotations

from botocore.exceptions import BotoCoreError, ClientError, ParamValidationError

from station.cloud.gateway import explain_cloud_error
from station.errors import CloudError
from station.messages import MessageDef, message

_MISSING = "AWS refused {op}: the %s it needs does not exist in this AWS account and region ({answer})"
#: Operation -> the resource it needs that `station cloud bootstrap` creates (AWS's message names which one);
#: one whole sentence per kind of resource, so that translators can inflect it.
_MISSING_THING_TYPE = message("cloud.missing-thing-type", _MISSING % "thing type")
_MISSING_THING_GROUP = message("cloud.missing-thing-group", _MISSING % "thing group")
BOOTSTRAPPED: dict[str, MessageDef] = {
    "CreateThing": _MISSING_THING_TYPE,
    "UpdateThing": _MISSING_THING_TYPE,
    "AddThingToThingGroup": _MISSING_THING_GROUP,
    "AttachPolicy": message("cloud.missing-device-policy", _MISSING % "device policy"),
    "AttachThingPrincipal": message("cloud.missing-thing", _MISSING % "thing"),
    "CreateJob": _MISSING_THING_GROUP,
}
_MISSING_RESOURCE = message("cloud.missing-resource", _MISSING % "resource")
BOOTSTRAP_REMEDY = message("remedy.bootstrap", "The line engineer runs 'station cloud bootstrap --profile <the "
                           "station profile>' (it creates the thing types, groups and the device policy the profile "
                           "names), checks with 'station cloud check', then retries the unit.")()
_REFUSED = message("cloud.refused", "AWS refused {op}: {answer} ({code})")
_REFUSED_REMEDY = message("remedy.aws-refused", "Retry the unit; if AWS refuses it again, set the board aside and "
                          "give the line engineer this message and the log file.")()
_INVALID_BEFORE_SENT = message("cloud.invalid-before-sent", "a value for AWS is invalid before it was even sent: "
                               "{problem}")
_INVALID_BEFORE_SENT_REMEDY = message("remedy.invalid-before-sent", "Check the value it names (board identity or "
                                      "profile naming); if it came from the board, set the board aside for the "
                                      "line engineer.")()
_CLIENT_FAILED = message("cloud.client-failed", "the AWS client failed: {problem}")
_CLIENT_FAILED_REMEDY = message("remedy.client-failed", "Check the station's network and AWS settings (region, "
                                "endpoint), then retry the unit.")()


def explain_unhandled(exc: BaseException, profile_name: str = "") -> CloudError | None:
    """The operator-facing error for an AWS answer (or botocore failure) that escaped every handler; else None."""
    # First the gateway's own words (retries spent, credentials, AccessDenied/invalid/limits): one wording.
    known = explain_cloud_error("", exc, profile_name=profile_name)
    if isinstance(known, CloudError):
        return known
    if isinstance(exc, ClientError):
        op = exc.operation_name or "a call"
        err = exc.response.get("Error", {})
        code, answer = str(err.get("Code", "")), str(err.get("Message", "")).strip()
        if code == "ResourceNotFoundException" or code.endswith("NotFound"):
            cause = (BOOTSTRAPPED[op](op=op, answer=answer or code) if op in BOOTSTRAPPED
                     else _MISSING_RESOURCE(op=op, answer=answer or code))
            return CloudError(cause, remedy=BOOTSTRAP_REMEDY, detail=f"{op}: {code}")
        return CloudError(_REFUSED(op=op, answer=answer or code, code=code), remedy=_REFUSED_REMEDY,
                          detail=f"{op}: {code}")
    if isinstance(exc, ParamValidationError):  # refused before sending: a value from the board or the profile
        return CloudError(_INVALID_BEFORE_SENT(problem=str(exc)), remedy=_INVALID_BEFORE_SENT_REMEDY,
                          detail=type(exc).__name__)
    if isinstance(exc, BotoCoreError):  # botocore's own English: data, shown as is
        return CloudError(_CLIENT_FAILED(problem=str(exc)), remedy=_CLIENT_FAILED_REMEDY, detail=type(exc).__name__)
    return None
