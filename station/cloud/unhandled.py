"""AWS answers no code path handled, still in plain words: a missing resource names what bootstrap creates."""

# The last line of defence before a unit reports "internal error": whatever AWS refused is AWS's answer, not
# a bug of the station, so it reaches the operator with the operation, AWS's own words (which name the
# resource) and who fixes it. Credentials, AccessDenied, invalid input and limits keep their translations
# (station.cloud.gateway.explain_cloud_error); this adds "not found" and everything else.

from __future__ import annotations

from botocore.exceptions import BotoCoreError, ClientError, ParamValidationError

from station.cloud.gateway import explain_cloud_error
from station.errors import CloudError

#: Operation -> the resource it needs that `station cloud bootstrap` creates (AWS's message names which one).
BOOTSTRAPPED = {
    "CreateThing": "thing type",
    "UpdateThing": "thing type",
    "AddThingToThingGroup": "thing group",
    "AttachPolicy": "device policy",
    "AttachThingPrincipal": "thing",
    "CreateJob": "thing group",
}
BOOTSTRAP_REMEDY = ("The line engineer runs 'station cloud bootstrap --profile <the station profile>' (it creates "
                    "the thing types, groups and the device policy the profile names), checks with "
                    "'station cloud check', then retries the unit.")


def explain_unhandled(exc: BaseException, profile_name: str = "") -> CloudError | None:
    """The operator-facing error for an AWS answer (or botocore failure) that escaped every handler; else None."""
    # First the gateway's own words (retries spent, credentials, AccessDenied/invalid/limits): one wording.
    known = explain_cloud_error("", exc, profile_name=profile_name)
    if isinstance(known, CloudError):
        return known
    if isinstance(exc, ClientError):
        op = exc.operation_name or "a call"
        err = exc.response.get("Error", {})
        code, message = str(err.get("Code", "")), str(err.get("Message", "")).strip()
        if code == "ResourceNotFoundException" or code.endswith("NotFound"):
            kind = BOOTSTRAPPED.get(op, "resource")
            return CloudError(f"AWS refused {op}: the {kind} it needs does not exist in this AWS account and "
                              f"region ({message or code})", remedy=BOOTSTRAP_REMEDY, detail=f"{op}: {code}")
        return CloudError(f"AWS refused {op}: {message or code} ({code})",
                          remedy="Retry the unit; if AWS refuses it again, set the board aside and give the "
                                 "line engineer this message and the log file.", detail=f"{op}: {code}")
    if isinstance(exc, ParamValidationError):  # refused before sending: a value from the board or the profile
        return CloudError(f"a value for AWS is invalid before it was even sent: {exc}",
                          remedy="Check the value it names (board identity or profile naming); if it came from "
                                 "the board, set the board aside for the line engineer.", detail=type(exc).__name__)
    if isinstance(exc, BotoCoreError):
        return CloudError(f"the AWS client failed: {exc}",
                          remedy="Check the station's network and AWS settings (region, endpoint), then retry "
                                 "the unit.", detail=type(exc).__name__)
    return None
