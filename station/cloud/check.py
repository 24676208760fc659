"""`station cloud check`: is this account ready for the first unit? And the quick check the station runs at start.

Every check gives a typed :class:`CheckResult` (ok / problem / unchecked, detail, remedy). Nothing is created
or changed: only reads, IAM's policy simulator, and TCP/TLS probes of the device endpoint. Written against
:class:`IotCloud`, so it works with whatever credentials the target carries (a line engineer's SSO session,
the station's IAM user, the embedded cloud's).
"""

from __future__ import annotations

import contextlib
import enum
import json
import logging
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC
from email.utils import parsedate_to_datetime
from functools import partial
from pathlib import Path
from typing import Any

from botocore.exceptions import (
    BotoCoreError,
    ClientError,
    ConnectTimeoutError,
    EndpointConnectionError,
    NoCredentialsError,
    NoRegionError,
    PartialCredentialsError,
    ProfileNotFound,
    ReadTimeoutError,
)

from station.cloud.adapter import IotCloud
from station.cloud.credentials import INVALID_CODES, explain_credentials_error
from station.cloud.gateway import Gateway
from station.cloud.quotas import default_quotas
from station.cloud.reachability import MQTT_ALPN, split_host_port, tcp_probe, tls_probe
from station.cloud.refusals import ACCESS_DENIED as REFUSED_CODES
from station.cloud.retry import error_code
from station.errors import CloudError
from station.messages import Message, message, plain
from station.profile import Profile

log = logging.getLogger("station.cloud.check")

#: SigV4 rejects requests signed more than 5 minutes away from AWS's clock.
MAX_CLOCK_SKEW = 300.0

_CHECK_PROBLEM = message("cloud.check-problem", "{where}: {check}: {detail}")
_CHECK_REMEDY = CloudError.default_remedy
_NO_AWS_PROFILE = message("cloud.no-aws-profile", "AWS profile {profile}, region {region}: the AWS profile "
                          "'{profile}' is not configured on this PC")
_NO_AWS_PROFILE_REMEDY = message("remedy.no-aws-profile", "Create it with `aws configure sso --profile {profile}` (or "
                                 "`aws configure --profile {profile}`), or fix [cloud] profile in the station "
                                 "profile.")
_PROFILE_NOT_CONFIGURED = message("cloud.profile-not-configured",
                                  "the AWS profile '{profile}' is not configured on this PC")
_INDICATOR = message("cloud.indicator", "{where} · {state}")
_WHERE_EMBEDDED_DEMO = message("cloud.where-embedded-demo", "embedded demo")
_WHERE_EMBEDDED = message("cloud.where-embedded", "embedded cloud")
_WHERE_AWS = message("cloud.where-aws", "AWS {account} · {region}")
# The window's cloud indicator: a few words per state.
_STATE_OK = message("cloud.state.ok", "ok")()
_STATE_PROBLEM = message("cloud.state.problem", "problem")()
_STATE_PROFILE_MISSING = message("cloud.state.profile-missing", "AWS profile missing")()
_STATE_NO_CREDENTIALS = message("cloud.state.no-credentials", "no credentials")()
_STATE_CREDENTIALS_BROKEN = message("cloud.state.credentials-broken", "credentials broken")()
_STATE_CREDENTIALS_REJECTED = message("cloud.state.credentials-rejected", "credentials rejected")()
_STATE_CREDENTIALS_EXPIRED = message("cloud.state.credentials-expired", "credentials expired")()
_STATE_CLOUD_UNREACHABLE = message("cloud.state.unreachable", "cloud unreachable")()
_STATE_NO_REGION = message("cloud.state.no-region", "no region")()
_STATE_BAD_REGION = message("cloud.state.bad-region", "bad region")()
_STATE_CLOCK_WRONG = message("cloud.state.clock-wrong", "clock wrong")()
_STATE_ENDPOINT_UNKNOWN = message("cloud.state.endpoint-unknown", "endpoint unknown")()
_STATE_ENDPOINT_UNREACHABLE = message("cloud.state.endpoint-unreachable", "endpoint unreachable")()
_STATE_ENDPOINT_TLS_BROKEN = message("cloud.state.endpoint-tls-broken", "endpoint TLS broken")()
# What the quick check (and the full one) found, and what to do.
_LOGIN_SSO = message("remedy.login-sso", "Log in again: run `aws sso login --profile {profile}`, then check again.")
_LOGIN_SSO_OR_KEYS = message("remedy.login-sso-or-keys", "Log in again: run `aws sso login --profile {profile}` "
                             "(AWS IAM Identity Center / SSO), or refresh the keys of profile '{profile}' with "
                             "`aws configure --profile {profile}`; then check again.")
_NAME_THE_PROFILE = message("remedy.name-aws-profile", "Name the line's AWS profile: set [cloud] profile in the "
                            "station profile or AWS_PROFILE, then run `aws sso login --profile NAME` (SSO) or `aws "
                            "configure` (access keys); then check again.")
_CANNOT_REACH = message("cloud.check.cannot-reach", "cannot reach {where}: {problem}")
_CANNOT_REACH_REMEDY = message("remedy.check-network-aws", "Check the PC's network, proxy (HTTPS_PROXY) and firewall: "
                               "the station needs HTTPS to sts, iot, s3 and iam in {region}; then check again.")
_NO_REGION = message("cloud.check.no-region", "no region configured")
_SET_REGION_IN_PROFILE = message("remedy.set-region-in-profile", "Set [cloud] region in the profile.")
_SET_REGION = message("remedy.set-region", "Set [cloud] region.")
_REGION_AT = message("cloud.check.region-at", "{region} (control plane at {endpoint})")
_NOT_AN_IOT_REGION = message("cloud.check.not-an-iot-region",
                             "'{region}' is not a region where AWS IoT Core is offered")
_FIX_REGION = message("remedy.fix-region", "Fix [cloud] region in the station profile (e.g. eu-west-1).")
_NO_DATE_HEADER = message("cloud.check.no-date-header", "the answer carried no Date header to compare with")
_BAD_DATE_HEADER = message("cloud.check.bad-date-header", "unreadable Date header {date}")
_CLOCK_AHEAD = message("cloud.check.clock-ahead", "this PC's clock is {seconds} s ahead of the cloud's clock; AWS "
                       "rejects signatures more than 5 minutes off")
_CLOCK_BEHIND = message("cloud.check.clock-behind", "this PC's clock is {seconds} s behind the cloud's clock; AWS "
                        "rejects signatures more than 5 minutes off")
_SET_CLOCK = message("remedy.set-clock", "Set the PC's clock (enable time sync / NTP) and check again.")
_CLOCK_WITHIN = message("cloud.check.clock-within", "within {seconds} s of the cloud's clock")
_STS_FAILED = message("cloud.check.sts-failed", "sts GetCallerIdentity failed: {problem}")
_WHO_AM_I_FAILED = message("cloud.check.who-am-i-failed", "cannot ask AWS who this is: {error}: {problem}")
_NO_ENDPOINT = message("cloud.check.no-endpoint", "DescribeEndpoint iot:Data-ATS failed ({code})")
_ALLOW_DESCRIBE_ENDPOINT = message("remedy.allow-describe-endpoint",
                                   "Allow iot:DescribeEndpoint to the station (station IAM policy).")
_CHECK_REGION_NETWORK = message("remedy.check-region-network", "Check the region and the network.")
_DESCRIBE_ENDPOINT_FAILED = message("cloud.check.describe-endpoint-failed", "DescribeEndpoint failed: {problem}")
_CHECK_NETWORK = message("remedy.check-network", "Check the network, proxy and firewall.")
_ENDPOINT_UNREACHABLE = message("cloud.check.endpoint-unreachable",
                                "the device endpoint {host}:{port} is unreachable: {error}")
_EMBEDDED_MQTT_UNREACHABLE = message("cloud.check.embedded-mqtt-unreachable", "the embedded cloud's MQTT (mTLS) port "
                                     "{host}:{port} is unreachable: {error}")
_OPEN_8883 = message("remedy.open-8883", "Boards could not connect: open outbound TCP 8883 (MQTT over TLS) to the "
                     "endpoint, or check [cloud] mqtt_endpoint.")
_RESTART_STATION = message("remedy.restart-embedded", "Restart the station (the embedded cloud is not answering).")
_REACHABLE = message("cloud.check.reachable", "{host}:{port} reachable ({ms} ms)")
_TLS_OK = message("cloud.check.tls-ok", "TLS {version} handshake with {host}:{port}, server trusted by the device CA")
_TLS_OK_ASKS_CERT = message("cloud.check.tls-ok-asks-cert", "TLS {version} handshake with {host}:{port}, server "
                            "trusted by the device CA; asks for a device certificate")
_TLS_FAILED = message("cloud.check.tls-failed", "{host}:{port}: {error}")
_CHECK_CA_FILE = message("remedy.check-ca-file", "Boards verify the endpoint with the device CA: check [cloud] "
                         "ca_file, and that no proxy intercepts TLS to the endpoint.")
_ALPN_NA_EMBEDDED = message("cloud.check.alpn-na-embedded", "embedded cloud: not applicable")
_ALPN_NA_CUSTOM = message("cloud.check.alpn-na-custom",
                          "custom device endpoint ([cloud] mqtt_endpoint): not applicable")
_ALPN_OK = message("cloud.check.alpn-ok", "{host}:{port} negotiates ALPN {alpn}")
_ALPN_MISSING = message("cloud.check.alpn-missing", "{host}:{port} answered TLS but did not negotiate ALPN {alpn} "
                        "(got {got}: a TLS-inspecting proxy in between?)")
_ALPN_NOT_NEEDED = message("cloud.check.alpn-not-needed", "{why}; not needed while port 8883 works (boards dial 8883)")
_STATE_NOT_SET_UP = message("cloud.state.not-set-up", "not set up")()
_STATE_ACCESS_DENIED = message("cloud.state.access-denied", "access denied")()
_STATE_JOB_EVENTS_OFF = message("cloud.state.job-events-off", "job events off")()
_STATE_PERMISSION_MISSING = message("cloud.state.permission-missing", "permission missing")()
_RUN_BOOTSTRAP = message("remedy.run-bootstrap",
                         "Run `station cloud bootstrap` as the line engineer (it creates what is missing).")
_RUN_BOOTSTRAP_WITH = message("remedy.run-bootstrap-with", "Run `station cloud bootstrap --profile {profile}` as the "
                              "line engineer (it creates what is missing).")
_DOES_NOT_EXIST = message("cloud.check.does-not-exist", "does not exist")
_EXISTS = message("cloud.check.exists", "exists")
_MAY_NOT_READ = message("cloud.check.may-not-read", "access denied ({code}): this identity may not read it")
_ATTACH_IAM_POLICY = message("remedy.attach-iam-policy", "Attach the station IAM policy for this profile "
                             "(resources/station-iam-policy.json) to the station's user or role.")
_NEED_NOT_READ = message("cloud.check.need-not-read", "this identity may not read it ({code}); the station does not "
                         "need to: run the check as the line engineer to see it")
_CANNOT_READ = message("cloud.check.cannot-read", "cannot read it: {problem}")
_CANNOT_REACH_SERVICE = message("cloud.check.cannot-reach-service", "cannot reach the service: {problem}")
_EVENTS_ON = message("cloud.check.events-on",
                     "enabled: units are followed to ready by events, with a slow safety poll")
_EVENTS_OFF = message("cloud.check.events-off", "not enabled in this account and region: the station follows every "
                      "unit by polling (more AWS calls, slower ready)")
_ENABLE_EVENTS = message("remedy.enable-events", "{bootstrap} It enables them account-wide; AWS bills each event as "
                         "a published message.")
_DEPRECATED = message("cloud.check.deprecated", "is deprecated: CreateThing with it fails")
_UNDEPRECATE = message("remedy.undeprecate", "Undeprecate it (`aws iot deprecate-thing-type --thing-type-name "
                       "{thing_type} --undo-deprecate`) or name another thing type in the profile.")
_CANNOT_LIST_GROUP_POLICIES = message("cloud.check.cannot-list-group-policies",
                                      "cannot list the group's policies ({code})")
_POLICY_ATTACHED = message("cloud.check.policy-attached", "{policy} attached")
_POLICY_NOT_ATTACHED = message("cloud.check.policy-not-attached", "{policy} is not attached to the group "
                               "(policy.attach_to = \"group\"): its devices could not connect")
_NO_BUCKET = message("cloud.check.no-bucket", "the bucket {bucket} does not exist")
_BUCKET_DENIED = message("cloud.check.bucket-denied", "access denied ({code}): the bucket belongs to another account, "
                         "or this identity may not list the prefix")
_CHECK_BUCKET = message("remedy.check-bucket", "Check [{section}] bucket/prefix in the profile and the station IAM "
                        "policy (s3:ListBucket with the prefix).")
_CANNOT_LIST = message("cloud.check.cannot-list", "cannot list it: {problem}")
_CANNOT_REACH_S3 = message("cloud.check.cannot-reach-s3", "cannot reach S3: {problem}")
_EMPTY_CATALOG = message("cloud.check.empty-catalog",
                         "exists; nothing under the prefix yet (upload firmware with `station catalog upload`)")
_EMPTY_PREFIX = message("cloud.check.empty-prefix", "exists; nothing under the prefix yet")
_HAS_OBJECTS = message("cloud.check.has-objects", "exists, has objects")
_NOT_TRUSTED = message("cloud.check.not-trusted", "its trust policy does not let iot.amazonaws.com assume it: job "
                       "documents could not get pre-signed download URLs")
_SET_TRUST = message("remedy.set-trust", "Set the role's trust policy to allow the service iot.amazonaws.com "
                     "sts:AssumeRole (`station cloud bootstrap` creates it so).")
_TRUSTED = message("cloud.check.trusted", "exists; trusted by iot.amazonaws.com")
_INDICATIVE = message("cloud.check.indicative", "indicative: service control policies and permission boundaries are "
                      "not seen by the simulator")()
_NOT_SIMULATED = message("cloud.check.not-simulated", "not simulated: {why}")
_NO_SIMULATOR = message("cloud.check.no-simulator", "could not simulate: the station identity lacks "
                        "iam:SimulatePrincipalPolicy; grant it or check by running one unit")
_GRANT_SIMULATOR = message("remedy.grant-simulator", "Grant iam:SimulatePrincipalPolicy on {principal} to this "
                           "identity, or provision one unit and look at its result.")
_SIMULATION_FAILED = message("cloud.check.simulation-failed", "could not simulate {principal}: {code}: {problem}")
_IAM_UNREACHABLE = message("cloud.check.iam-unreachable", "could not reach IAM to simulate: {problem}")
_CALLS_ALLOWED = message("cloud.check.calls-allowed", "{allowed} of {needed} calls allowed for {principal} ({note})")
_PERMISSION_DENIED = message("cloud.check.permission-denied", "{principal} may not {action} on {resources} ({note})")
_ALLOW_ACTION = message("remedy.allow-action", "Allow {action} there: attach the station IAM policy rendered for this "
                        "profile (resources/station-iam-policy.json) to the station's user or role.")
_CONDITIONS_UNVERIFIED = message("cloud.check.conditions-unverified", "{actions}: granted only under a condition "
                                 "(s3:prefix, iam:PassedToService, iot:thingArn) that this control plane's simulator "
                                 "does not evaluate")
_QUOTAS_DENIED = message("cloud.check.quotas-denied", "this identity may not read them ({code})")
_QUOTAS_SILENT = message("cloud.check.quotas-silent", "Service Quotas did not answer ({code})")
_QUOTAS_UNAVAILABLE = message("cloud.check.quotas-unavailable",
                              "account quotas not available: {why}; using the shipped defaults")
_GRANT_QUOTAS = message("remedy.grant-quotas", "Grant servicequotas:ListServiceQuotas and "
                        "servicequotas:ListAWSDefaultServiceQuotas to see the account's own values.")
_QUOTAS_READ = message("cloud.check.quotas-read", "read from Service Quotas ({rates} IoT API rates)")
_QUOTAS_READ_SOME = message("cloud.check.quotas-read-some", "read from Service Quotas ({rates} IoT API rates); "
                            "{missing} from the shipped defaults")
_LINE_RATE = message("cloud.check.line-rate", "at most {units} units/hour for every station of this account and "
                     "region together, bound by {binding} ({tps} TPS, {source})")
_LINE_RATE_UNBOUND = message("cloud.check.line-rate-unbound", "no AWS call on a unit's critical path in "
                             "certificates.mode {mode}: the line's rate is bound by the serial link, the board's key "
                             "generation and the station's own work, not by the account's API quotas")
_SIMULATING_AS = message("cloud.check.simulating-as", "simulating as {principal}")
_EXEMPT_ENDPOINT = message("remedy.exempt-endpoint", "Boards that use MQTT on 443 need ALPN x-amzn-mqtt-ca passed "
                           "untouched: ask the network team to exempt the IoT endpoint from TLS inspection, or open "
                           "port 8883.")

ACCESS_DENIED = REFUSED_CODES | {"403", "Forbidden"}
NETWORK_ERRORS = (EndpointConnectionError, ConnectTimeoutError, ReadTimeoutError)

#: The calls on a fresh unit's critical path, whose quotas bound the line rate.
QUOTA_OPERATIONS = ("CreateThing", "AttachThingPrincipal", "AddThingToThingGroup", "AttachPolicy",
                    "CreateCertificateFromCsr", "ListThingPrincipals")


class Status(enum.StrEnum):
    OK = "ok"
    PROBLEM = "problem"
    UNCHECKED = "unchecked"


@dataclass(frozen=True)
class CheckResult:
    """One check: what was looked at, what was found and, for a problem, what to do."""

    name: str
    status: Status
    detail: str
    remedy: str = ""
    #: True: without this nothing else could be checked (no credentials, STS unreachable): exit 2.
    blocking: bool = False
    #: A few words for the window's cloud indicator ("credentials expired").
    short: str = ""
    #: A machine-readable value where there is one (account id, region, principal ARN, endpoint).
    value: str = ""
    #: The detail, remedy and short state as messages for the window to translate (None: show the English str;
    #: a detail that is only data, an ARN or an account id, has none).
    detail_message: Message | None = field(default=None, compare=False)
    remedy_message: Message | None = field(default=None, compare=False)
    short_message: Message | None = field(default=None, compare=False)

    @classmethod
    def said(cls, name: str, status: Status, detail: Message, remedy: Message | None = None, *,
             blocking: bool = False, short: Message | None = None, value: str = "") -> CheckResult:
        """A result worded by messages; its English fields are their text."""
        return cls(name, status, detail.text(), remedy.text() if remedy is not None else "", blocking,
                   short.text() if short is not None else "", value, detail, remedy, short)

    @property
    def ok(self) -> bool:
        return self.status == Status.OK

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        for key in ("detail_message", "remedy_message", "short_message"):
            del out[key]  # the JSON keeps the English; the messages are for the window
        out["status"] = self.status.value
        return out


@dataclass(frozen=True)
class LineRate:
    """The line-rate ceiling the account's API rates allow (shared by every station of the account/region)."""

    units_per_hour: float
    binding: str  # the call that binds
    tps: dict[str, float]
    sources: dict[str, str]  # per call: "account quota" or where the default came from
    calls: dict[str, int]  # per call: how many a fresh unit makes

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class CheckReport:
    target: str
    results: list[CheckResult] = field(default_factory=list)
    line_rate: LineRate | None = None

    @property
    def blocked(self) -> bool:
        return any(r.blocking for r in self.results)

    @property
    def problems(self) -> list[CheckResult]:
        return [r for r in self.results if r.status == Status.PROBLEM]

    @property
    def exit_code(self) -> int:
        """0 ready, 1 problems found, 2 could not check at all."""
        if self.blocked:
            return 2
        return 1 if self.problems else 0

    def to_json(self) -> dict[str, Any]:
        return {"event": "summary", "target": self.target, "ready": self.exit_code == 0, "exit": self.exit_code,
                "problems": len(self.problems),
                "unchecked": sum(1 for r in self.results if r.status == Status.UNCHECKED),
                "line_rate": self.line_rate.to_json() if self.line_rate else None}


@dataclass(frozen=True)
class CloudHealth:
    """What the window shows: which cloud, and whether the station may start units on it."""

    ok: bool
    where: str  # "AWS 123456789012 · eu-west-1" or "embedded demo"
    state: str  # "ok", "credentials expired", "endpoint unreachable", …
    problems: tuple[CheckResult, ...] = ()
    checked_at: float = 0.0
    #: ``where`` and ``state`` as messages for the window to translate (None: show the English str).
    where_message: Message | None = field(default=None, compare=False)
    state_message: Message | None = field(default=None, compare=False)

    @property
    def indicator(self) -> str:
        return f"{self.where} · {self.state}"

    @property
    def indicator_message(self) -> Message:
        """:attr:`indicator` as a message: "AWS 123456789012 · eu-west-1 · credentials expired"."""
        return _INDICATOR(where=self.where_message or plain(self.where), state=self.state_message or plain(self.state))


# -- credentials -----------------------------------------------------------------------------------
def _is_sso_profile(cloud: IotCloud) -> bool:
    try:
        config = cloud.session._session.get_scoped_config()  # botocore: the profile's own settings
    except Exception:  # a missing/broken profile is reported elsewhere
        return False
    return any(key in config for key in ("sso_start_url", "sso_session", "sso_account_id"))


def login_remedy_message(cloud: IotCloud) -> Message:
    """The command that (re)creates credentials for the profile's AWS profile."""
    name = cloud.target.profile
    if name and _is_sso_profile(cloud):
        return _LOGIN_SSO(profile=name)
    if name:
        return _LOGIN_SSO_OR_KEYS(profile=name)
    return _NAME_THE_PROFILE()


def login_remedy(cloud: IotCloud) -> str:
    """:func:`login_remedy_message` in English."""
    return login_remedy_message(cloud).text()


def explain_credentials(exc: BaseException, cloud: IotCloud) -> CheckResult | None:
    """A credential failure in words, with the command that fixes it; None if ``exc`` is something else.

    The words come from the one translation every AWS call uses (station.cloud.credentials); the check adds
    only the profile that is not configured at all, and the short state the window's indicator shows.
    """
    name = cloud.target.profile
    if isinstance(exc, ProfileNotFound):
        return CheckResult.said("credentials", Status.PROBLEM, _PROFILE_NOT_CONFIGURED(profile=name),
                                _NO_AWS_PROFILE_REMEDY(profile=name), blocking=True, short=_STATE_PROFILE_MISSING)
    explained = explain_credentials_error(exc, name)
    if explained is None:
        return None
    code = error_code(exc)
    if isinstance(exc, NoCredentialsError):
        short = _STATE_NO_CREDENTIALS
    elif isinstance(exc, PartialCredentialsError):
        short = _STATE_CREDENTIALS_BROKEN
    elif code in INVALID_CODES and not any(w in str(exc).lower() for w in ("expired", "token")):
        short = _STATE_CREDENTIALS_REJECTED  # a wrong key; an invalid session token is an expired login
    else:
        short = _STATE_CREDENTIALS_EXPIRED
    remedy = login_remedy_message(cloud) if isinstance(exc, NoCredentialsError) else explained.remedy_message
    return CheckResult.said("credentials", Status.PROBLEM, explained.cause_message, remedy, blocking=True,
                            short=short)


def _network_result(exc: BaseException, what: str, cloud: IotCloud) -> CheckResult:
    where = cloud.target.endpoint_url or f"{what}.{cloud.target.region}.amazonaws.com"
    return CheckResult.said("credentials", Status.PROBLEM, _CANNOT_REACH(where=where, problem=str(exc)),
                            _CANNOT_REACH_REMEDY(region=cloud.target.region), blocking=True,
                            short=_STATE_CLOUD_UNREACHABLE)


# -- identity, region, clock -------------------------------------------------------------------------
def region_result(cloud: IotCloud) -> CheckResult:
    region = cloud.target.region
    if not region:
        return CheckResult.said("region", Status.PROBLEM, _NO_REGION(), _SET_REGION_IN_PROFILE(), blocking=True,
                                short=_STATE_NO_REGION)
    if cloud.target.endpoint_url:
        return CheckResult.said("region", Status.OK, _REGION_AT(region=region, endpoint=cloud.target.endpoint_url),
                                value=region)
    known = cloud.session.get_available_regions("iot", partition_name=cloud.partition)
    if known and region not in known:
        return CheckResult.said("region", Status.PROBLEM, _NOT_AN_IOT_REGION(region=region), _FIX_REGION(),
                                blocking=True, short=_STATE_BAD_REGION, value=region)
    return CheckResult("region", Status.OK, region, value=region)


def clock_result(headers: dict[str, Any], now: float | None = None) -> CheckResult:
    """Local clock against the Date header of an AWS answer."""
    date = headers.get("date") or headers.get("Date")
    if not date:
        return CheckResult.said("clock", Status.UNCHECKED, _NO_DATE_HEADER())
    try:
        server = parsedate_to_datetime(str(date)).astimezone(UTC).timestamp()
    except (TypeError, ValueError):
        return CheckResult.said("clock", Status.UNCHECKED, _BAD_DATE_HEADER(date=repr(date)))
    skew = (time.time() if now is None else now) - server
    if abs(skew) > MAX_CLOCK_SKEW:
        off = _CLOCK_AHEAD if skew > 0 else _CLOCK_BEHIND
        return CheckResult.said("clock", Status.PROBLEM, off(seconds=f"{abs(skew):.0f}"), _SET_CLOCK(),
                                short=_STATE_CLOCK_WRONG, value=f"{skew:.0f}")
    return CheckResult.said("clock", Status.OK, _CLOCK_WITHIN(seconds=f"{max(abs(skew), 1):.0f}"),
                            value=f"{skew:.0f}")


def identity_results(cloud: IotCloud) -> tuple[list[CheckResult], dict[str, Any] | None]:
    """sts GetCallerIdentity: credentials, account and clock; blocking results when it fails."""
    try:
        answer = dict(cloud.client("sts").get_caller_identity())
    except NETWORK_ERRORS as exc:
        return [_network_result(exc, "sts", cloud)], None
    except ClientError as exc:
        if error_code(exc) in ("RequestExpired", "SignatureDoesNotMatch", "InvalidSignatureException") and \
                "expired" in str(exc).lower():
            headers = exc.response.get("ResponseMetadata", {}).get("HTTPHeaders", {})
            clock = clock_result(headers)
            if clock.status == Status.PROBLEM and clock.detail_message is not None:
                return [CheckResult.said("clock", Status.PROBLEM, clock.detail_message, clock.remedy_message,
                                         blocking=True, short=_STATE_CLOCK_WRONG)], None
        explained = explain_credentials(exc, cloud)
        if explained is not None:
            return [explained], None
        return [CheckResult.said("credentials", Status.PROBLEM, _STS_FAILED(problem=str(exc)),
                                 login_remedy_message(cloud), blocking=True, short=_STATE_CREDENTIALS_REJECTED)], None
    except (BotoCoreError, ValueError) as exc:  # the SSO token errors are BotoCoreErrors
        explained = explain_credentials(exc, cloud)
        if explained is not None:
            return [explained], None
        if isinstance(exc, NoRegionError):
            return [CheckResult.said("region", Status.PROBLEM, _NO_REGION(), _SET_REGION(), blocking=True,
                                     short=_STATE_NO_REGION)], None
        return [CheckResult.said("credentials", Status.PROBLEM,
                                 _WHO_AM_I_FAILED(error=type(exc).__name__, problem=str(exc)),
                                 login_remedy_message(cloud), blocking=True, short=_STATE_CREDENTIALS_BROKEN)], None
    arn, account = str(answer.get("Arn", "")), str(answer.get("Account", ""))
    results = [CheckResult("credentials", Status.OK, arn, value=arn),
               CheckResult("account", Status.OK, account, value=account)]
    results.append(clock_result(answer.get("ResponseMetadata", {}).get("HTTPHeaders", {})))
    return results, answer


# -- who to simulate -----------------------------------------------------------------------------------
SSO_ROLE_PATH = "/aws-reserved/sso.amazonaws.com/"


def role_arn_from_session(arn: str) -> str | None:
    """The IAM role behind an assumed-role session ARN; an IAM user/role ARN as it is; None for the rest.

    ``arn:aws:sts::ACCT:assumed-role/ROLE/SESSION`` -> ``arn:aws:iam::ACCT:role/ROLE``; the session ARN does not
    carry the role's path, so AWS IAM Identity Center roles (``AWSReservedSSO_…``) get the path SSO always uses,
    ``aws-reserved/sso.amazonaws.com/``. Prefer :func:`simulation_principal`, which asks IAM for the real ARN.
    """
    parts = arn.split(":", 5)
    if len(parts) != 6 or parts[0] != "arn":
        return None
    _, partition, service, _region, account, resource = parts
    if service == "iam" and (resource.startswith("user/") or resource.startswith("role/")):
        return arn
    if service == "sts" and resource.startswith("assumed-role/"):
        role = resource.split("/")[1]
        path = SSO_ROLE_PATH if role.startswith("AWSReservedSSO_") else "/"
        return f"arn:{partition}:iam::{account}:role{path}{role}"
    return None


def simulation_principal(cloud: IotCloud, arn: str) -> tuple[str | None, str]:
    """(ARN to simulate, why not): the caller's IAM user or role, with the role's real path where IAM says it."""
    resource = arn.split(":", 5)[-1]
    if resource == "root":
        return None, ("these are the account's root credentials: they may do anything, so there is nothing to "
                      "simulate; never run the station as root")
    if resource.startswith("federated-user/"):
        return None, "a federated-user session cannot be simulated"
    guessed = role_arn_from_session(arn)
    if guessed is None:
        return None, f"cannot tell which IAM user or role {arn} is"
    if arn.split(":")[2] == "sts":
        role = resource.split("/")[1]
        with contextlib.suppress(ClientError, BotoCoreError):
            return str(cloud.client("iam").get_role(RoleName=role)["Role"]["Arn"]), ""
    return guessed, ""


# -- bootstrap resources ----------------------------------------------------------------------------------
def _bootstrap_remedy(profile: Profile) -> Message:
    if profile.path and not profile.path.startswith("<"):
        return _RUN_BOOTSTRAP_WITH(profile=profile.path)
    return _RUN_BOOTSTRAP()


def _read(name: str, call: Callable[[], Any], *, missing: tuple[str, ...], profile: Profile,
          station_may: bool = True, ok: Callable[[Any], str] | None = None) -> CheckResult:
    try:
        answer = call()
    except ClientError as exc:
        code = error_code(exc)
        if code in missing:
            return CheckResult.said(name, Status.PROBLEM, _DOES_NOT_EXIST(), _bootstrap_remedy(profile),
                                    short=_STATE_NOT_SET_UP)
        if code in ACCESS_DENIED:
            if station_may:
                return CheckResult.said(name, Status.PROBLEM, _MAY_NOT_READ(code=code), _ATTACH_IAM_POLICY(),
                                        short=_STATE_ACCESS_DENIED)
            return CheckResult.said(name, Status.UNCHECKED, _NEED_NOT_READ(code=code))
        return CheckResult.said(name, Status.PROBLEM, _CANNOT_READ(problem=code or str(exc)),
                                _bootstrap_remedy(profile))
    except NETWORK_ERRORS as exc:
        return CheckResult.said(name, Status.PROBLEM, _CANNOT_REACH_SERVICE(problem=str(exc)), _CHECK_NETWORK())
    found = ok(answer) if ok else "exists"
    if found == "exists":
        return CheckResult.said(name, Status.OK, _EXISTS())
    return CheckResult(name, Status.OK, found)  # a keyword the caller reads back and rewords (deprecated, trusted)


def resource_results(cloud: IotCloud, profile: Profile) -> list[CheckResult]:
    """Everything `station cloud bootstrap` creates, read back."""
    iot = cloud.iot
    name = profile.policy_name
    out = [_read(f"policy {name}", lambda: iot.get_policy(policyName=name),
                 missing=("ResourceNotFoundException",), profile=profile)]
    for thing_type in sorted({m.thing_type for m in profile.models.values()}):
        out.append(_thing_type(cloud, thing_type, profile))
    for group in profile.all_groups():
        out.append(_read(f"thing group {group}", partial(iot.describe_thing_group, thingGroupName=group),
                         missing=("ResourceNotFoundException",), profile=profile))
        if profile.policy_attach_to == "group" and out[-1].ok:
            out.append(_group_policy(cloud, group, profile))
    out.append(_listing(cloud, "catalog", profile.catalog.bucket, profile.catalog.prefix, profile))
    if profile.records.enabled:
        out.append(_listing(cloud, "records", profile.records_bucket, profile.records.s3_prefix, profile))
    out.append(_presign_role(cloud, profile))
    if profile.jobs.events:
        out.append(_job_events(cloud, profile))
    return out


def _job_events(cloud: IotCloud, profile: Profile) -> CheckResult:
    """JOB_EXECUTION events on: the station follows units to ready by them instead of polling each unit."""
    from station.cloud.bootstrap import job_execution_events_enabled

    name = "job execution events"
    enabled: list[bool] = []
    result = _read(name, lambda: enabled.append(job_execution_events_enabled(cloud)), missing=(), profile=profile)
    if not result.ok or not enabled:
        return result
    if enabled[0]:
        return CheckResult.said(name, Status.OK, _EVENTS_ON(), value="enabled")
    return CheckResult.said(name, Status.PROBLEM, _EVENTS_OFF(), _ENABLE_EVENTS(bootstrap=_bootstrap_remedy(profile)),
                            short=_STATE_JOB_EVENTS_OFF, value="disabled")


def _thing_type(cloud: IotCloud, thing_type: str, profile: Profile) -> CheckResult:
    result = _read(f"thing type {thing_type}", lambda: cloud.iot.describe_thing_type(thingTypeName=thing_type),
                   missing=("ResourceNotFoundException",), profile=profile,
                   ok=lambda a: "deprecated" if a.get("thingTypeMetadata", {}).get("deprecated") else "exists")
    if result.ok and result.detail == "deprecated":
        return CheckResult.said(result.name, Status.PROBLEM, _DEPRECATED(), _UNDEPRECATE(thing_type=thing_type),
                                short=_STATE_NOT_SET_UP)
    return result


def _group_policy(cloud: IotCloud, group: str, profile: Profile) -> CheckResult:
    name = f"policy on group {group}"
    try:
        attached = cloud.iot.list_attached_policies(target=cloud.arn(f"thinggroup/{group}"), recursive=False)
    except ClientError as exc:
        return CheckResult.said(name, Status.UNCHECKED, _CANNOT_LIST_GROUP_POLICIES(code=error_code(exc)))
    names = {p.get("policyName") for p in attached.get("policies", [])}
    if profile.policy_name in names:
        return CheckResult.said(name, Status.OK, _POLICY_ATTACHED(policy=profile.policy_name))
    return CheckResult.said(name, Status.PROBLEM, _POLICY_NOT_ATTACHED(policy=profile.policy_name),
                            _bootstrap_remedy(profile), short=_STATE_NOT_SET_UP)


def _listing(cloud: IotCloud, what: str, bucket: str, prefix: str, profile: Profile) -> CheckResult:
    name = f"{what} s3://{bucket}/{prefix}"
    try:
        # ListObjectsV2 with the prefix, not HeadBucket: the station may list only its prefix (s3:prefix
        # condition), which is exactly what it needs and what HeadBucket would be refused.
        answer = cloud.client("s3").list_objects_v2(Bucket=bucket, Prefix=prefix, MaxKeys=1)
    except ClientError as exc:
        code = error_code(exc)
        if code in ("NoSuchBucket", "404", "NotFound"):
            return CheckResult.said(name, Status.PROBLEM, _NO_BUCKET(bucket=bucket), _bootstrap_remedy(profile),
                                    short=_STATE_NOT_SET_UP)
        if code in ACCESS_DENIED:
            return CheckResult.said(name, Status.PROBLEM, _BUCKET_DENIED(code=code), _CHECK_BUCKET(section=what),
                                    short=_STATE_ACCESS_DENIED)
        return CheckResult.said(name, Status.PROBLEM, _CANNOT_LIST(problem=code or str(exc)),
                                _bootstrap_remedy(profile))
    except NETWORK_ERRORS as exc:
        return CheckResult.said(name, Status.PROBLEM, _CANNOT_REACH_S3(problem=str(exc)), _CHECK_NETWORK())
    if int(answer.get("KeyCount", 0) or 0) == 0:
        return CheckResult.said(name, Status.OK, _EMPTY_CATALOG() if what == "catalog" else _EMPTY_PREFIX())
    return CheckResult.said(name, Status.OK, _HAS_OBJECTS())


def _policy_doc(doc: object) -> dict[str, Any]:
    if isinstance(doc, str):
        from urllib.parse import unquote

        loaded = json.loads(unquote(doc))
        return loaded if isinstance(loaded, dict) else {}
    return doc if isinstance(doc, dict) else {}


def trust_allows_iot(doc: object) -> bool:
    """Whether a role trust policy lets iot.amazonaws.com assume the role."""
    statements = _policy_doc(doc).get("Statement", [])
    for st in [statements] if isinstance(statements, dict) else statements:
        if not isinstance(st, dict) or st.get("Effect") != "Allow":
            continue
        actions = st.get("Action", [])
        actions = [actions] if isinstance(actions, str) else actions
        services = (st.get("Principal") or {}).get("Service", []) if isinstance(st.get("Principal"), dict) else []
        services = [services] if isinstance(services, str) else services
        if "iot.amazonaws.com" in services and any(a in ("sts:AssumeRole", "sts:*", "*") for a in actions):
            return True
    return False


def _presign_role(cloud: IotCloud, profile: Profile) -> CheckResult:
    role = profile.catalog.presign_role
    result = _read(f"pre-sign role {role}", lambda: cloud.client("iam").get_role(RoleName=role),
                   missing=("NoSuchEntity", "NoSuchEntityException"), profile=profile, station_may=False,
                   ok=lambda a: "trusted" if trust_allows_iot(a["Role"].get("AssumeRolePolicyDocument")) else "")
    if result.ok and result.detail != "trusted":
        return CheckResult.said(result.name, Status.PROBLEM, _NOT_TRUSTED(), _SET_TRUST(), short=_STATE_NOT_SET_UP)
    if result.ok:
        return CheckResult.said(result.name, Status.OK, _TRUSTED())
    return result


# -- permissions -------------------------------------------------------------------------------------------
Context = tuple[tuple[str, str], ...]  # (condition key, value) pairs passed to the simulator


@dataclass(frozen=True)
class Need:
    """An action the station calls, and where: granted if allowed on any one of ``choices``.

    A choice is (resource ARN, condition context). Several choices cover the ways a policy may grant the
    same call (e.g. AttachThingPrincipal on the thing, or on cert/* with an iot:thingArn condition).
    """

    action: str
    choices: tuple[tuple[str, Context], ...]

    @classmethod
    def on(cls, action: str, resource: str, context: Context = ()) -> Need:
        return cls(action, ((resource, context),))


def example_thing_names(profile: Profile) -> list[str]:
    """One thing name per model as the naming pattern makes it, with a made-up serial."""
    names = []
    for model, settings in profile.models.items():
        try:
            pattern = settings.thing_name or profile.thing_name_pattern
            names.append(pattern.format(model=model, serial="CHECK0001", hw="A", line=settings.product_line,
                                        imei="352656100000001"))
        except (KeyError, IndexError, ValueError):
            names.append(f"{model}-CHECK0001")
    return list(dict.fromkeys(names))


def required_permissions(profile: Profile, *, partition: str, region: str, account: str) -> list[Need]:
    """Every call the station makes for this profile, with the resources it makes it on (a made-up thing name
    from the naming pattern per model, cert/*, the groups, job/*, catalog objects, the pre-sign role)."""
    iot = f"arn:{partition}:iot:{region}:{account}"
    needs: list[Need] = []
    certs = f"{iot}:cert/*"
    # factory-ca and fleet-claim: AWS IoT creates the thing and attaches the certificate (JITP, the JITR Lambda
    # or RegisterThing), so the station makes no per-unit write (station.cloud.policy, docs/provisioning-modes.md).
    writes = profile.cert_mode not in ("factory-ca", "fleet-claim")
    for thing in example_thing_names(profile):
        arn = f"{iot}:thing/{thing}"
        needs += [Need.on(f"iot:{a}", arn) for a in (
            *(("CreateThing", "UpdateThing") if writes else ()), "DescribeThing", "ListThingPrincipals",
            "DescribeJobExecution", "ListJobExecutionsForThing")]
        if writes:
            needs += [Need(f"iot:{a}", ((arn, ()), (certs, (("iot:thingArn", arn),))))
                      for a in ("AttachThingPrincipal", "DetachThingPrincipal")]
    for thing_type in sorted({m.thing_type for m in profile.models.values()}):
        needs.append(Need.on("iot:DescribeThingType", f"{iot}:thingtype/{thing_type}"))
    if profile.cert_mode in ("csr", "csr-or-cloud-keys"):
        needs.append(Need.on("iot:CreateCertificateFromCsr", "*"))
    if profile.cert_mode in ("cloud-keys", "csr-or-cloud-keys"):
        needs.append(Need.on("iot:CreateKeysAndCertificate", "*"))
    if profile.cert_mode == "factory-ca":
        needs.append(Need.on("iot:RegisterCertificate", "*"))  # revoking a certificate AWS has never seen
    if profile.cert_mode == "fleet-claim":
        needs.append(Need.on("iot:CreateProvisioningClaim",
                             f"{iot}:provisioningtemplate/{profile.fleet_claim.template}"))
    needs += [Need.on(f"iot:{a}", certs) for a in ("DescribeCertificate", "UpdateCertificate")]
    policy = f"{iot}:policy/{profile.policy_name}"
    needs.append(Need.on("iot:GetPolicy", policy))
    if profile.policy_attach_to != "group" and writes:
        needs.append(Need("iot:AttachPolicy", ((certs, ()), (policy, ()))))
    for group in profile.all_groups():
        needs += [Need.on(f"iot:{a}", f"{iot}:thinggroup/{group}") for a in (
            *(("AddThingToThingGroup",) if writes else ()), "DescribeThingGroup", "CreateJob")]
    needs += [Need.on(f"iot:{a}", f"{iot}:job/*") for a in (
        "CreateJob", "CancelJob", "DescribeJob", "GetJobDocument", "ListJobExecutionsForJob")]
    needs.append(Need.on("iot:DescribeEndpoint", "*"))
    if profile.jobs.events:
        # The one job-event subscriber: its own client id pattern, the job execution event topics only.
        events = "$aws/events/jobExecution/check-job/succeeded"
        needs += [Need.on("iot:DescribeEventConfigurations", "*"),
                  Need.on("iot:Connect", f"{iot}:client/station-{profile.station_id}-check"),
                  Need.on("iot:Subscribe", f"{iot}:topicfilter/$aws/events/jobExecution/+/+"),
                  Need.on("iot:Receive", f"{iot}:topic/{events}")]
    s3 = f"arn:{partition}:s3:::"
    cat = profile.catalog
    obj = f"{s3}{cat.bucket}/{cat.prefix}firmware/check.bin"
    needs += [Need.on(f"s3:{a}", obj) for a in ("GetObject", "PutObject")]
    needs.append(Need.on("s3:ListBucket", f"{s3}{cat.bucket}", (("s3:prefix", cat.prefix),)))
    if profile.records.enabled:
        rec = f"{s3}{profile.records_bucket}"
        record = f"{rec}/{profile.records.s3_prefix}check.json"
        needs += [Need.on(f"s3:{a}", record) for a in ("PutObject", "GetObject")]
        needs.append(Need.on("s3:ListBucket", rec, (("s3:prefix", profile.records.s3_prefix),)))
    needs.append(Need.on("iam:PassRole", f"arn:{partition}:iam::{account}:role/{cat.presign_role}",
                         (("iam:PassedToService", "iot.amazonaws.com"),)))
    return needs


INDICATIVE = _INDICATIVE.text()


def permission_results(cloud: IotCloud, profile: Profile, principal_arn: str | None, why_not: str,
                       account: str) -> list[CheckResult]:
    """iam SimulatePrincipalPolicy on the caller's own identity for every :func:`required_permissions` pair."""
    if principal_arn is None:
        return [CheckResult.said("permissions", Status.UNCHECKED, _NOT_SIMULATED(why=plain(why_not)))]
    needs = required_permissions(profile, partition=cloud.partition, region=cloud.target.region, account=account)
    calls: dict[tuple[str, Context], list[str]] = {}
    for need in needs:
        for choice in need.choices:
            calls.setdefault(choice, []).append(need.action)
    iam = cloud.client("iam")
    allowed: set[tuple[str, str, Context]] = set()
    for (resource, context), actions in calls.items():
        # One resource per call: every action is evaluated against it (the embedded cloud reads only the first).
        kwargs: dict[str, Any] = {"PolicySourceArn": principal_arn, "ActionNames": list(dict.fromkeys(actions)),
                                  "ResourceArns": [resource]}
        if context:
            kwargs["ContextEntries"] = [{"ContextKeyName": k, "ContextKeyValues": [v], "ContextKeyType": "string"}
                                        for k, v in context]
        try:
            answer = iam.simulate_principal_policy(**kwargs)
        except ClientError as exc:
            code = error_code(exc)
            if code in ACCESS_DENIED:
                return [CheckResult.said("permissions", Status.UNCHECKED, _NO_SIMULATOR(),
                                         _GRANT_SIMULATOR(principal=principal_arn))]
            return [CheckResult.said("permissions", Status.UNCHECKED,
                                     _SIMULATION_FAILED(principal=principal_arn, code=code, problem=str(exc)))]
        except NETWORK_ERRORS as exc:
            return [CheckResult.said("permissions", Status.UNCHECKED, _IAM_UNREACHABLE(problem=str(exc)))]
        for evaluation in answer.get("EvaluationResults", []):
            if evaluation.get("EvalDecision") == "allowed":
                allowed.add((str(evaluation.get("EvalActionName")), resource, context))
    # AWS's simulator evaluates the condition context given; another AWS-compatible control plane (the
    # embedded cloud) may not: there a refusal that hinges on a condition is not counted as a problem.
    partial = bool(cloud.target.endpoint_url)
    denied: dict[str, list[str]] = {}
    unverified: dict[str, list[str]] = {}
    for need in needs:
        if any((need.action, resource, context) in allowed for resource, context in need.choices):
            continue
        where = [resource for resource, _ in need.choices[:1]]
        if partial and any(context for _, context in need.choices):
            unverified.setdefault(need.action, []).extend(where)
        else:
            denied.setdefault(need.action, []).extend(where)
    out: list[CheckResult] = []
    ok_count = len(needs) - sum(len(v) for v in denied.values()) - sum(len(v) for v in unverified.values())
    if not denied:
        out.append(CheckResult.said("permissions", Status.OK, _CALLS_ALLOWED(
            allowed=ok_count, needed=len(needs), principal=principal_arn, note=_INDICATIVE), value=principal_arn))
    for action, where in sorted(denied.items()):
        out.append(CheckResult.said(f"permission {action}", Status.PROBLEM, _PERMISSION_DENIED(
            principal=principal_arn, action=action, resources=", ".join(dict.fromkeys(where)), note=_INDICATIVE),
            _ALLOW_ACTION(action=action), short=_STATE_PERMISSION_MISSING, value=action))
    if unverified:
        names = ", ".join(sorted(unverified))
        out.append(CheckResult.said("permission conditions", Status.UNCHECKED, _CONDITIONS_UNVERIFIED(actions=names)))
    return out


# -- device endpoint -----------------------------------------------------------------------------------------
def endpoint_results(cloud: IotCloud, *, embedded: bool, full: bool = True) -> list[CheckResult]:
    """DescribeEndpoint, TCP (and in the full check TLS) to it; TLS with ALPN x-amzn-mqtt-ca on 443 for AWS."""
    try:
        address = cloud.endpoint()
    except ClientError as exc:
        if explain_credentials(exc, cloud) is not None:
            return [explain_credentials(exc, cloud)]  # type: ignore[list-item]
        code = error_code(exc)
        return [CheckResult.said("endpoint", Status.PROBLEM, _NO_ENDPOINT(code=code),
                                 _ALLOW_DESCRIBE_ENDPOINT() if code in ACCESS_DENIED else _CHECK_REGION_NETWORK(),
                                 short=_STATE_ENDPOINT_UNKNOWN)]
    except (BotoCoreError, OSError) as exc:
        return [CheckResult.said("endpoint", Status.PROBLEM, _DESCRIBE_ENDPOINT_FAILED(problem=str(exc)),
                                 _CHECK_NETWORK(), short=_STATE_CLOUD_UNREACHABLE)]
    custom = embedded or bool(cloud.target.mqtt_endpoint)
    host, port = split_host_port(address, 8883)
    tcp = tcp_probe(host, port)
    if not tcp.ok:
        unreachable = _EMBEDDED_MQTT_UNREACHABLE if embedded else _ENDPOINT_UNREACHABLE
        out = [CheckResult.said("endpoint", Status.PROBLEM, unreachable(host=host, port=port, error=tcp.error),
                                _RESTART_STATION() if embedded else _OPEN_8883(),
                                short=_STATE_ENDPOINT_UNREACHABLE, value=address)]
    else:
        out = [CheckResult.said("endpoint", Status.OK, _REACHABLE(host=host, port=port, ms=f"{tcp.millis:.0f}"),
                                value=address)]
    if not full:
        return out
    if tcp.ok:
        tls = tls_probe(host, port, ca_pem=cloud.ca_pem(), check_hostname=not custom)
        if tls.ok:
            handshake = _TLS_OK_ASKS_CERT if tls.error or custom else _TLS_OK
            out.append(CheckResult.said("endpoint TLS", Status.OK,
                                        handshake(version=tls.tls_version or "", host=host, port=port)))
        else:
            out.append(CheckResult.said("endpoint TLS", Status.PROBLEM, _TLS_FAILED(host=host, port=port,
                                                                                   error=tls.error),
                                        _CHECK_CA_FILE(), short=_STATE_ENDPOINT_TLS_BROKEN))
    if custom:
        out.append(CheckResult.said("endpoint 443 ALPN", Status.UNCHECKED,
                                    _ALPN_NA_EMBEDDED() if embedded else _ALPN_NA_CUSTOM()))
        return out
    out.append(alpn_result(host, 443, ca_pem=cloud.ca_pem(), fallback_ok=tcp.ok))
    return out


def alpn_result(host: str, port: int = 443, *, ca_pem: bytes | None, fallback_ok: bool = False,
                check_hostname: bool = True) -> CheckResult:
    """MQTT over TLS on 443 needs ALPN x-amzn-mqtt-ca to get through to AWS IoT untouched.

    ``fallback_ok``: boards can use 8883 instead, so a failure here alone does not stop the line.
    """
    probe = tls_probe(host, port, ca_pem=ca_pem, alpn=MQTT_ALPN, check_hostname=check_hostname)
    name = "endpoint 443 ALPN"
    if probe.ok and probe.alpn == MQTT_ALPN:
        return CheckResult.said(name, Status.OK, _ALPN_OK(host=host, port=port, alpn=MQTT_ALPN))
    why = plain(probe.error) if not probe.ok else _ALPN_MISSING(host=host, port=port, alpn=MQTT_ALPN,
                                                                 got=probe.alpn or "none")
    if fallback_ok:
        return CheckResult.said(name, Status.OK, _ALPN_NOT_NEEDED(why=why))
    return CheckResult.said(name, Status.PROBLEM, why, _EXEMPT_ENDPOINT(), short=_STATE_ENDPOINT_UNREACHABLE)


# -- quotas and line rate --------------------------------------------------------------------------------------
QUOTA_FILE_SOURCE = "shipped default (resources/aws-quotas.json)"


@dataclass(frozen=True)
class QuotaTable:
    tps: dict[str, float]
    sources: dict[str, str]
    codes: dict[str, str]


def shipped_defaults() -> QuotaTable:
    """The default AWS IoT API rates shipped with the station (resources/aws-quotas.json, one shared reader)."""
    quotas = default_quotas()
    return QuotaTable({op: q.tps for op, q in quotas.items()}, dict.fromkeys(quotas, QUOTA_FILE_SOURCE),
                      {op: q.quota_code for op, q in quotas.items() if q.quota_code})


def _quota_op(quota: dict[str, Any], codes: dict[str, str]) -> str | None:
    by_code = {code: op for op, code in codes.items()}
    if quota.get("QuotaCode") in by_code:
        return by_code[str(quota["QuotaCode"])]
    name = str(quota.get("QuotaName", ""))
    for op in QUOTA_OPERATIONS:
        if re.search(rf"(?<![A-Za-z]){op}(?![A-Za-z0-9])", name):
            return op
    return None


#: Service Quotas' code for AWS IoT Core is "iotcore"; "iot" is tried as well.
QUOTA_SERVICE_CODES = ("iotcore", "iot")


def account_quotas(cloud: IotCloud, codes: dict[str, str] | None = None) -> dict[str, float]:
    """Per-operation TPS from Service Quotas (AWS defaults, then the account's applied values); raises on refusal."""
    sq = cloud.client("service-quotas")
    found: dict[str, float] = {}
    for service in QUOTA_SERVICE_CODES:
        for method in ("list_aws_default_service_quotas", "list_service_quotas"):
            try:
                for page in sq.get_paginator(method).paginate(ServiceCode=service):
                    for quota in page.get("Quotas", []):
                        op = _quota_op(quota, codes or {})
                        value = quota.get("Value")
                        if op and isinstance(value, int | float) and value > 0:
                            found[op] = float(value)
            except ClientError as exc:
                if error_code(exc) != "NoSuchResourceException":  # an unknown service code: try the next
                    raise
        if found:
            break
    return found


def critical_calls(profile: Profile) -> dict[str, int]:
    """Calls a fresh unit makes on its critical path, per operation (none in factory-ca and fleet-claim).

    factory-ca signs on the line; its duplicate-serial lookup runs beside key generation and falls back to the
    records when AWS does not answer in time, so it never holds a unit. fleet-claim's one CreateProvisioningClaim
    serves every unit of a claim's lifetime (docs/provisioning-modes.md).
    """
    if profile.cert_mode in ("factory-ca", "fleet-claim"):
        return {}
    calls = {"CreateThing": 1, "CreateCertificateFromCsr": 1, "AttachThingPrincipal": 1, "AddThingToThingGroup": 1}
    if profile.policy_attach_to != "group":
        calls["AttachPolicy"] = 1
    return calls


def line_rate(profile: Profile, tps: dict[str, float], sources: dict[str, str]) -> LineRate:
    """units/hour = 3600 * min over the critical-path calls of TPS / calls per unit; ties all bind."""
    calls = critical_calls(profile)
    per_op = {op: 3600.0 * tps[op] / n for op, n in calls.items() if op in tps}
    lowest = min(per_op.values())
    binding = " and ".join(op for op, rate in per_op.items() if rate == lowest)
    return LineRate(lowest, binding, {op: tps[op] for op in calls if op in tps},
                    {op: sources.get(op, "") for op in calls if op in tps}, calls)


def quota_results(cloud: IotCloud, profile: Profile, *,
                  embedded: bool) -> tuple[list[CheckResult], LineRate | None]:
    shipped = shipped_defaults()
    tps, sources = dict(shipped.tps), dict(shipped.sources)
    # Raised quotas the line engineer wrote into the profile ([cloud.quotas]) stand in for the defaults;
    # the account's own values from Service Quotas, where readable, stand above both.
    for op, value in profile.cloud.quotas.items():
        tps[op], sources[op] = value, "profile [cloud.quotas]"
    out: list[CheckResult] = []
    try:
        if embedded:
            raise LookupError("embedded cloud: no Service Quotas service")
        found = account_quotas(cloud, shipped.codes)
        if not found:
            raise LookupError("Service Quotas listed no IoT API rate")
    except (ClientError, BotoCoreError, LookupError) as exc:
        code = error_code(exc) if isinstance(exc, ClientError) else ""
        why = (plain(str(exc)) if isinstance(exc, LookupError) else _QUOTAS_DENIED(code=code)
               if code in ACCESS_DENIED else _QUOTAS_SILENT(code=code or type(exc).__name__))
        out.append(CheckResult.said("quotas", Status.UNCHECKED, _QUOTAS_UNAVAILABLE(why=why),
                                    _GRANT_QUOTAS() if code in ACCESS_DENIED else None))
    else:
        for op, value in found.items():
            tps[op], sources[op] = value, "account quota"
        missing = [op for op in critical_calls(profile) if op not in found]
        read = (_QUOTAS_READ_SOME(rates=len(found), missing=", ".join(missing)) if missing
                else _QUOTAS_READ(rates=len(found)))
        out.append(CheckResult.said("quotas", Status.OK, read))
    if not critical_calls(profile):
        out.append(CheckResult.said("line rate", Status.OK, _LINE_RATE_UNBOUND(mode=profile.cert_mode)))
        return out, None
    rate = line_rate(profile, tps, sources)
    first = rate.binding.split(" and ")[0]
    # The binding calls and the quota's source are data (operation names, "account quota", a file name).
    out.append(CheckResult.said("line rate", Status.OK, _LINE_RATE(
        units=f"{rate.units_per_hour:,.0f}", binding=rate.binding, tps=f"{rate.tps[first]:g}",
        source=rate.sources[first]), value=f"{rate.units_per_hour:.0f}"))
    return out, rate


# -- the checks ---------------------------------------------------------------------------------------------------
def describe_target(cloud: IotCloud, *, embedded: bool) -> str:
    if embedded:
        return f"embedded cloud at {cloud.target.endpoint_url or 'loopback'}"
    who = f"AWS profile {cloud.target.profile}" if cloud.target.profile else "AWS (default credential chain)"
    via = f" via {cloud.target.endpoint_url}" if cloud.target.endpoint_url else ""
    return f"{who}, region {cloud.target.region}{via}"


def quick_check(cloud: IotCloud, *, embedded: bool = False) -> list[CheckResult]:
    """Credentials, account, region and the device endpoint's TCP reachability: a second or two, run at start."""
    region = region_result(cloud)
    if region.blocking:
        return [region]
    results, answer = identity_results(cloud)
    results.insert(0, region)
    if answer is None:
        return results
    results.extend(endpoint_results(cloud, embedded=embedded, full=False))
    return results


#: Seconds one request of a check may spend in the gateway's retries before its failure is the finding:
#: a check reports an unreachable endpoint in seconds (cloud.max_wait is for units, which wait out hiccups).
CHECK_BUDGET_S = 5.0


@Gateway.within_budget(CHECK_BUDGET_S)
def check_cloud(cloud: IotCloud, profile: Profile, *, embedded: bool | None = None,
                progress: Callable[[CheckResult], None] | None = None) -> CheckReport:
    """The full preflight: identity, clock, bootstrap resources, permissions, endpoint, quotas and line rate."""
    embedded = profile.embedded if embedded is None else embedded
    report = CheckReport(describe_target(cloud, embedded=embedded))

    def add(results: list[CheckResult]) -> None:
        for result in results:
            report.results.append(result)
            if progress is not None:
                progress(result)

    region = region_result(cloud)
    add([region])
    if region.blocking:
        return report
    identity, answer = identity_results(cloud)
    add(identity)
    if answer is None:
        return report
    arn, account = str(answer.get("Arn", "")), str(answer.get("Account", ""))
    principal, why_not = simulation_principal(cloud, arn)
    if principal is not None and principal != arn:
        add([CheckResult.said("principal", Status.OK, _SIMULATING_AS(principal=principal), value=principal)])
    add(resource_results(cloud, profile))
    add(permission_results(cloud, profile, principal, why_not, account))
    add(endpoint_results(cloud, embedded=embedded, full=True))
    quotas, rate = quota_results(cloud, profile, embedded=embedded)
    add(quotas)
    report.line_rate = rate
    return report


def health(results: list[CheckResult], *, embedded: bool, region: str, demo: bool = False) -> CloudHealth:
    """The window's one-line verdict from a quick check."""
    values = {r.name: r.value for r in results if r.value}
    if embedded:
        where = _WHERE_EMBEDDED_DEMO() if demo else _WHERE_EMBEDDED()
    else:
        where = _WHERE_AWS(account=values.get("account", "…"), region=values.get("region", region))
    problems = tuple(r for r in results if r.status == Status.PROBLEM)
    if not problems:
        state = _STATE_OK
    elif problems[0].short:
        state = problems[0].short_message or plain(problems[0].short)
    else:
        state = _STATE_PROBLEM
    return CloudHealth(not problems, where.text(), state.text(), problems, time.time(), where, state)


@Gateway.within_budget(CHECK_BUDGET_S)
def require_cloud(cloud: IotCloud, *, embedded: bool) -> list[CheckResult]:
    """The quick check, raising the first problem as a CloudError (the headless `station provision` start)."""
    results = quick_check(cloud, embedded=embedded)
    for result in results:
        if result.status == Status.PROBLEM:
            where = describe_target(cloud, embedded=embedded)
            # The check's detail and remedy are English text of their own (CheckResult), passed on as such.
            detail = result.detail_message or plain(result.detail)
            remedy = result.remedy_message or (plain(result.remedy) if result.remedy else _CHECK_REMEDY)
            raise CloudError(_CHECK_PROBLEM(where=where, check=result.name, detail=detail), step="cloud check",
                             remedy=remedy)
    return results


@contextlib.contextmanager
def checked_cloud(profile_path: str | Path | None) -> Iterator[tuple[Profile, IotCloud]]:
    """:func:`station.cloud.connect.profile_cloud`, plus the quick check; an unusable cloud is a CloudError."""
    from station.cloud.connect import profile_cloud
    from station.profile import load_profile

    settings = load_profile(profile_path).cloud  # a bad profile is a ProfileError before any cloud is touched
    try:
        with profile_cloud(profile_path) as (profile, cloud):
            require_cloud(cloud, embedded=profile.embedded)
            yield profile, cloud
    except ProfileNotFound:
        raise CloudError(_NO_AWS_PROFILE(profile=settings.profile, region=settings.region), step="cloud check",
                         remedy=_NO_AWS_PROFILE_REMEDY(profile=settings.profile)) from None
