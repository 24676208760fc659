"""AWS answers no handler translated still reach the operator in plain words; a bug of the station stays a bug."""

from __future__ import annotations

import pytest
from botocore.exceptions import ClientError, ParamValidationError

from station.cloud.credentials import STEP
from station.cloud.refusals import AccessDenied
from station.cloud.unhandled import explain_unhandled


def refusal(code: str, message: str, op: str, status: int = 400) -> ClientError:
    return ClientError({"Error": {"Code": code, "Message": message}, "ResponseMetadata": {"HTTPStatusCode": status}},
                       op)


def test_a_missing_group_names_it_and_bootstrap() -> None:
    err = explain_unhandled(refusal("ResourceNotFoundException", "Thing group sensor-a-rev-b not found",
                                    "AddThingToThingGroup", 404))
    assert err is not None
    assert err.cause == ("AWS refused AddThingToThingGroup: the thing group it needs does not exist in this AWS "
                         "account and region (Thing group sensor-a-rev-b not found)")
    assert "station cloud bootstrap" in err.remedy


def test_the_known_refusals_keep_their_own_words() -> None:
    message = "User: arn:aws:iam::1:user/s is not authorized to perform: iot:AttachPolicy on resource: p"
    denied = explain_unhandled(refusal("AccessDeniedException", message, "AttachPolicy", 403))
    assert isinstance(denied, AccessDenied) and denied.action == "iot:AttachPolicy"
    expired = explain_unhandled(refusal("ExpiredTokenException", "expired", "CreateThing", 403), "line-3")
    assert expired is not None and expired.step == STEP and "aws sso login --profile line-3" in expired.remedy


def test_any_other_answer_is_named_not_an_internal_error() -> None:
    err = explain_unhandled(refusal("VersionConflictException", "The version does not match", "UpdateThing", 409))
    assert err is not None
    assert err.cause == "AWS refused UpdateThing: The version does not match (VersionConflictException)"
    invalid = explain_unhandled(ParamValidationError(report="Invalid length for parameter thingName"))
    assert invalid is not None and "thingName" in invalid.cause


@pytest.mark.parametrize("exc", [ValueError("x"), KeyError("k"), AssertionError()])
def test_a_bug_is_left_alone(exc: Exception) -> None:
    assert explain_unhandled(exc) is None
