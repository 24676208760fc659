"""Expired or missing AWS credentials, explained: which login ran out and the command that renews it."""

from __future__ import annotations

import os

from botocore.exceptions import (
    ClientError,
    CredentialRetrievalError,
    NoCredentialsError,
    PartialCredentialsError,
    SSOError,
    TokenRetrievalError,
)

from station.errors import CredentialsError
from station.messages import Message, message

STEP = "AWS credentials"

#: Error codes AWS answers with when the caller's credentials expired (SSO / assumed-role sessions).
EXPIRED_CODES = frozenset({"ExpiredToken", "ExpiredTokenException", "TokenRefreshRequired"})
#: ... when the key or token is not (or no longer) known: a deleted access key, a token from elsewhere.
INVALID_CODES = frozenset({"InvalidClientTokenId", "UnrecognizedClientException", "InvalidAccessKeyId",
                           "InvalidToken", "AuthFailure", "SignatureDoesNotMatch"})
#: ... when the request's timestamp is too old: the PC's clock, or a request signed with stale credentials.
CLOCK_CODES = frozenset({"RequestExpired", "RequestTimeTooSkewed", "RequestTimeTooSkewedException"})
CREDENTIAL_CODES = EXPIRED_CODES | INVALID_CODES | CLOCK_CODES

#: botocore's own exceptions when it cannot find or refresh credentials (raised before any request).
CREDENTIAL_EXCEPTIONS: tuple[type[Exception], ...] = (
    TokenRetrievalError, SSOError,  # SSOError covers UnauthorizedSSOTokenError and SSOTokenLoadError
    NoCredentialsError, PartialCredentialsError, CredentialRetrievalError,
)


_RENEW_PROFILE = message("remedy.renew-profile", "Renew the station's AWS login: run 'aws sso login --profile "
                         "{profile}' (or refresh the credentials of profile '{profile}' the way your company issues "
                         "them), then retry the unit.")
_GIVE_CREDENTIALS = message("remedy.give-credentials", "Give the station AWS credentials: set AWS_PROFILE (or "
                            "[cloud] profile in the station profile) to a configured profile, or run 'aws configure' "
                            "/ 'aws sso login', then retry the unit.")
_CHECK_CLOCK = message("remedy.check-clock", "Check the station PC's date, time and time zone. {renew}")
_WHO_PROFILE = message("cloud.who-profile", "AWS profile '{profile}'")
_WHO_STATION = message("cloud.who-station", "the station's AWS credentials")
_EXPIRED = message("cloud.login-expired",
                   "the login of {who} has expired (AWS answered {code}); waiting for a renewed login")
_NOT_ACCEPTED = message("cloud.login-not-accepted", "AWS does not accept {who} (it answered {code}): the access key "
                        "or session token is unknown, revoked or from another account; waiting for a renewed login")
_CLOCK = message("cloud.request-expired", "AWS refused a request as expired ({code}): the station PC's clock is "
                 "wrong, or the login of {who} is stale; waiting for a renewed login")
_NO_CREDENTIALS = message("cloud.no-credentials", "no AWS credentials were found for {who}; waiting for a login")
_PARTIAL_CREDENTIALS = message("cloud.partial-credentials",
                               "the AWS credentials found are incomplete for {who}; waiting for a login")
_NOT_REFRESHED = message("cloud.login-not-refreshed", "the login of {who} has expired or could not be refreshed "
                         "({error}); waiting for a renewed login")


def renew_message(profile_name: str) -> Message:
    """The remedy: the command that renews the login of the station's AWS profile."""
    profile = profile_name or os.environ.get("AWS_PROFILE", "")
    return _RENEW_PROFILE(profile=profile) if profile else _GIVE_CREDENTIALS()


def renew_command(profile_name: str) -> str:
    """:func:`renew_message` in English."""
    return renew_message(profile_name).text()


def explain_credentials_error(exc: BaseException, profile_name: str = "") -> CredentialsError | None:
    """A StationError naming the credentials problem behind ``exc``; None if ``exc`` is about something else."""
    remedy = renew_message(profile_name)
    profile = profile_name or os.environ.get("AWS_PROFILE", "")
    who = _WHO_PROFILE(profile=profile) if profile else _WHO_STATION()
    cause: Message
    if isinstance(exc, ClientError):
        code = str(exc.response.get("Error", {}).get("Code", ""))
        op = getattr(exc, "operation_name", "") or "a call"
        detail = f"{op}: {code}: {exc.response.get('Error', {}).get('Message', '')}"
        if code in EXPIRED_CODES:
            cause = _EXPIRED(who=who, code=code)
        elif code in INVALID_CODES:
            cause = _NOT_ACCEPTED(who=who, code=code)
        elif code in CLOCK_CODES:
            cause = _CLOCK(code=code, who=who)
            remedy = _CHECK_CLOCK(renew=remedy)
        else:
            return None
        return CredentialsError(cause, step=STEP, remedy=remedy, retryable=True, detail=detail)
    if isinstance(exc, (NoCredentialsError, PartialCredentialsError)):
        cause = _NO_CREDENTIALS(who=who) if isinstance(exc, NoCredentialsError) else _PARTIAL_CREDENTIALS(who=who)
        return CredentialsError(cause, step=STEP, remedy=remedy, retryable=True, detail=str(exc))
    if isinstance(exc, CREDENTIAL_EXCEPTIONS):
        return CredentialsError(_NOT_REFRESHED(who=who, error=type(exc).__name__), step=STEP, remedy=remedy,
                                retryable=True, detail=str(exc))
    return None
