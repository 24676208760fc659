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


def renew_command(profile_name: str) -> str:
    """The remedy: the command that renews the login of the station's AWS profile."""
    profile = profile_name or os.environ.get("AWS_PROFILE", "")
    if profile:
        return (f"Renew the station's AWS login: run 'aws sso login --profile {profile}' (or refresh the "
                f"credentials of profile '{profile}' the way your company issues them), then retry the unit.")
    return ("Give the station AWS credentials: set AWS_PROFILE (or [cloud] profile in the station profile) "
            "to a configured profile, or run 'aws configure' / 'aws sso login', then retry the unit.")


def explain_credentials_error(exc: BaseException, profile_name: str = "") -> CredentialsError | None:
    """A StationError naming the credentials problem behind ``exc``; None if ``exc`` is about something else."""
    remedy = renew_command(profile_name)
    profile = profile_name or os.environ.get("AWS_PROFILE", "")
    who = f"AWS profile '{profile}'" if profile else "the station's AWS credentials"
    if isinstance(exc, ClientError):
        code = str(exc.response.get("Error", {}).get("Code", ""))
        op = getattr(exc, "operation_name", "") or "a call"
        detail = f"{op}: {code}: {exc.response.get('Error', {}).get('Message', '')}"
        if code in EXPIRED_CODES:
            cause = f"the login of {who} has expired (AWS answered {code}); waiting for a renewed login"
        elif code in INVALID_CODES:
            cause = (f"AWS does not accept {who} (it answered {code}): the access key or session token is "
                     "unknown, revoked or from another account; waiting for a renewed login")
        elif code in CLOCK_CODES:
            cause = (f"AWS refused a request as expired ({code}): the station PC's clock is wrong, or the "
                     f"login of {who} is stale; waiting for a renewed login")
            remedy = "Check the station PC's date, time and time zone. " + remedy
        else:
            return None
        return CredentialsError(cause, step=STEP, remedy=remedy, retryable=True, detail=detail)
    if isinstance(exc, (NoCredentialsError, PartialCredentialsError)):
        kind = "no AWS credentials were found" if isinstance(exc, NoCredentialsError) \
            else "the AWS credentials found are incomplete"
        return CredentialsError(f"{kind} for {who}; waiting for a login", step=STEP, remedy=remedy,
                                retryable=True, detail=str(exc))
    if isinstance(exc, CREDENTIAL_EXCEPTIONS):
        return CredentialsError(f"the login of {who} has expired or could not be refreshed "
                                f"({type(exc).__name__}); waiting for a renewed login",
                                step=STEP, remedy=remedy, retryable=True, detail=str(exc))
    return None
