"""Expired or missing AWS credentials reach the operator as a named cause with the command that renews them."""

from __future__ import annotations

import asyncio

import pytest
from botocore.exceptions import (
    ClientError,
    NoCredentialsError,
    PartialCredentialsError,
    SSOTokenLoadError,
    TokenRetrievalError,
    UnauthorizedSSOTokenError,
)

from station.cloud.credentials import STEP, explain_credentials_error
from station.cloud.gateway import Gateway
from station.cloud.retry import CloudCaller
from station.errors import CloudError, CredentialsError, StationError


def client_error(code: str, status: int = 400, op: str = "CreateThing") -> ClientError:
    return ClientError({"Error": {"Code": code, "Message": "The security token included in the request is expired"},
                        "ResponseMetadata": {"HTTPStatusCode": status}}, op)


@pytest.fixture(autouse=True)
def _no_aws_profile(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AWS_PROFILE", raising=False)


@pytest.mark.parametrize("code", ["ExpiredToken", "ExpiredTokenException", "RequestExpired",
                                  "InvalidClientTokenId", "UnrecognizedClientException"])
def test_client_errors_name_the_profile_and_the_login_command(code: str) -> None:
    err = explain_credentials_error(client_error(code, 403), "factory-line")
    assert isinstance(err, CredentialsError) and isinstance(err, StationError)
    assert err.step == STEP == "AWS credentials"
    assert "aws sso login --profile factory-line" in err.remedy
    assert code in err.cause and "factory-line" in err.cause
    assert "waiting for a renewed login" in err.cause
    assert "CreateThing" in err.detail


def test_request_expired_also_points_at_the_clock() -> None:
    err = explain_credentials_error(client_error("RequestExpired"), "p")
    assert err is not None and "clock" in err.cause and "date, time" in err.remedy


@pytest.mark.parametrize("exc", [
    TokenRetrievalError(provider="sso", error_msg="token expired"),
    UnauthorizedSSOTokenError(),
    SSOTokenLoadError(error_msg="no cached token"),
])
def test_sso_exceptions_are_an_expired_login(exc: Exception) -> None:
    err = explain_credentials_error(exc, "line-3")
    assert err is not None and "expired" in err.cause and type(exc).__name__ in err.cause
    assert "aws sso login --profile line-3" in err.remedy


@pytest.mark.parametrize("exc", [NoCredentialsError(), PartialCredentialsError(provider="env", cred_var="secret")])
def test_missing_credentials_without_a_profile_say_how_to_configure(exc: Exception) -> None:
    err = explain_credentials_error(exc, "")
    assert err is not None and "credentials" in err.cause
    assert "AWS_PROFILE" in err.remedy and "aws configure" in err.remedy and "aws sso login" in err.remedy
    assert "--profile" not in err.remedy


def test_aws_profile_from_the_environment_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_PROFILE", "from-env")
    err = explain_credentials_error(NoCredentialsError(), "")
    assert err is not None and "aws sso login --profile from-env" in err.remedy


@pytest.mark.parametrize("exc", [client_error("AccessDeniedException", 403), client_error("ThrottlingException"),
                                 ValueError("x")])
def test_other_errors_are_not_credentials(exc: Exception) -> None:
    assert explain_credentials_error(exc, "p") is None


def test_caller_raises_the_explained_error_at_once() -> None:
    calls: list[int] = []
    waits: list[object] = []

    def expired() -> None:
        calls.append(1)
        raise client_error("ExpiredTokenException", 403)

    caller = CloudCaller(None, gateway=Gateway(profile_name="factory-line"))
    with pytest.raises(CredentialsError) as err:
        asyncio.run(caller.call("CreateThing", expired, on_wait=lambda *a: waits.append(a)))
    assert calls == [1] and waits == []  # not retried: nothing changes until someone logs in
    assert isinstance(err.value, CloudError)
    assert isinstance(err.value.__cause__, ClientError)
    assert "aws sso login --profile factory-line" in err.value.remedy


def test_caller_explains_botocore_credential_exceptions() -> None:
    def no_token() -> None:
        raise UnauthorizedSSOTokenError()

    caller = CloudCaller(None)
    with pytest.raises(CredentialsError, match="expired"):
        asyncio.run(caller.call("DescribeEndpoint", no_token))


def test_caller_leaves_other_errors_alone() -> None:
    def conflict() -> None:
        raise client_error("VersionConflictException", 409)

    with pytest.raises(ClientError):
        asyncio.run(CloudCaller(None).call("UpdateThing", conflict))
