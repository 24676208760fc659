"""Cloud, local-cloud, CSR and lockout texts reach the window as message ids with parameters, same English.

Real botocore clients against the scripted HTTP server of test_gateway (throttling, refusals, retries spent),
a real CSR, a real (never started) LocalCloud: the cause/remedy Messages carry AWS's or the board's words only
as parameters, and their English is what the CLI, the logs and the records always said.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from botocore.exceptions import ClientError, NoCredentialsError
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import Encoding

from station.cloud.credentials import explain_credentials_error
from station.cloud.csr import CsrRejected, check_csr
from station.cloud.gateway import waiting_message
from station.cloud.refusals import AccessDenied
from station.cloud.retry import CloudCaller
from station.cloud.throttle import wait_reason_message
from station.cloud.unhandled import explain_unhandled
from station.errors import CloudError, LocalCloudError
from station.localcloud.launcher import LocalCloud
from station.lockout import idle_relock_message, locked_message, wait_message, wait_text, wrong_pin_message
from station.messages import Message
from station.records.reconcile import LOST_KEYS_ANSWER
from tests.core.test_aws_csr import _csr
from tests.core.test_gateway import Scripted, cloud_at, refuse, server, throttle

__all__ = ["server"]  # the fixture, used by name


def _params(message: Message) -> dict[str, object]:
    return message.values


def test_a_throttled_wait_carries_its_message(server: Scripted) -> None:
    cloud = cloud_at(server)
    server.answers = [throttle(), refuse("ServiceUnavailableException", 503), (200, {"thingName": "t"}, {})]
    waits: list[tuple[str, str]] = []
    asyncio.run(CloudCaller(None, gateway=cloud.gateway).call(
        "DescribeThing", cloud.describe_thing, "t", on_wait=lambda op, why, *_: waits.append((op, why))))
    (op, throttled), (_, server_error) = waits
    assert wait_reason_message(throttled).id == "cloud.throttled"
    assert wait_reason_message(server_error).id == "cloud.server-error"
    assert _params(wait_reason_message(server_error)) == {"code": "ServiceUnavailableException"}
    shown = waiting_message(op, throttled)
    assert shown.id == "cloud.waiting" and _params(shown)["op"] == "DescribeThing"
    # The English the pipeline's Waiting event always carried, and the str listeners always received.
    assert shown.text() == "waiting for AWS: AWS is throttling requests (DescribeThing)"
    assert throttled == "AWS is throttling requests"
    assert waiting_message("X", "said elsewhere").text() == "waiting for AWS: said elsewhere (X)"


def test_retries_spent_and_a_lost_answer_are_messages(server: Scripted) -> None:
    cloud = cloud_at(server, max_wait=0.05)
    server.answers = [throttle() for _ in range(200)]
    with pytest.raises(CloudError) as info:
        asyncio.run(CloudCaller(None, gateway=cloud.gateway).call("DescribeThing", cloud.describe_thing, "t"))
    cause = info.value.cause_message
    assert cause.id == "cloud.not-accepted-within"
    assert info.value.cause == "AWS did not accept DescribeThing within 0 s (AWS is throttling requests)"
    assert info.value.remedy_message.id == "remedy.cloud-not-accepted"

    server.answers = [refuse("InternalFailureException", 500)]
    with pytest.raises(CloudError) as lost:
        asyncio.run(CloudCaller(None, gateway=cloud.gateway).call(
            "CreateKeysAndCertificate", cloud.create_keys_and_certificate))
    assert lost.value.cause_message.id == "cloud.answer-lost"
    assert lost.value.remedy_message.id == "remedy.cloud-answer-lost"
    assert LOST_KEYS_ANSWER in lost.value.cause  # what `station reconcile` looks for in the records


def test_access_denied_keeps_aws_words_out_of_the_template(server: Scripted) -> None:
    cloud = cloud_at(server)
    server.answers = [refuse("AccessDeniedException", 403, (
        "User: arn:aws:iam::1:user/s is not authorized to perform: iot:CreateThing on resource: "
        "arn:aws:iot:us-east-1:1:thing/x because no identity-based policy allows the iot:CreateThing action"))]
    with pytest.raises(AccessDenied) as refused:
        asyncio.run(CloudCaller(None, gateway=cloud.gateway).call("CreateThing", cloud.create_thing, "x", None, {}))
    cause, remedy = refused.value.cause_message, refused.value.remedy_message
    assert cause.id == "cloud.denied-action-on" and remedy.id == "remedy.grant-action-on"
    assert _params(cause) == {"operation": "CreateThing", "action": "iot:CreateThing",
                              "resource": "arn:aws:iot:us-east-1:1:thing/x"}
    assert "iot:" not in cause.template and "arn:" not in remedy.template
    assert refused.value.cause == ("AWS refused CreateThing: the station's identity may not iot:CreateThing on "
                                   "arn:aws:iot:us-east-1:1:thing/x")

    server.answers = [refuse("AccessDeniedException", 403, "Forbidden")]
    with pytest.raises(AccessDenied) as bare:
        asyncio.run(CloudCaller(None, gateway=cloud.gateway).call("CreateThing", cloud.create_thing, "y", None, {}))
    assert bare.value.cause == "AWS refused CreateThing: the station's identity lacks the permission for CreateThing"
    assert bare.value.remedy_message.id == "remedy.grant-operation"

    server.answers = [refuse("InvalidRequestException", 400, "thingName bad")]
    with pytest.raises(CloudError) as invalid:
        asyncio.run(CloudCaller(None, gateway=cloud.gateway).call("CreateThing", cloud.create_thing, "z", None, {}))
    assert invalid.value.cause_message.id == "cloud.refused-invalid"
    assert _params(invalid.value.cause_message)["answer"] == "thingName bad"


def test_credentials_problems_are_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AWS_PROFILE", raising=False)
    expired = ClientError({"Error": {"Code": "RequestExpired", "Message": "expired"},
                           "ResponseMetadata": {"HTTPStatusCode": 400}}, "CreateThing")
    err = explain_credentials_error(expired, "line-3")
    assert err is not None and err.cause_message.id == "cloud.request-expired"
    who = _params(err.cause_message)["who"]
    assert isinstance(who, Message) and who.id == "cloud.who-profile"
    assert err.remedy_message.id == "remedy.check-clock"
    assert err.remedy.startswith("Check the station PC's date, time and time zone. Renew the station's AWS login: "
                                 "run 'aws sso login --profile line-3'")
    missing = explain_credentials_error(NoCredentialsError(), "")
    assert missing is not None and missing.cause_message.id == "cloud.no-credentials"
    assert missing.cause == "no AWS credentials were found for the station's AWS credentials; waiting for a login"
    assert missing.remedy_message.id == "remedy.give-credentials"


def test_an_unhandled_missing_resource_names_what_bootstrap_creates() -> None:
    exc = ClientError({"Error": {"Code": "ResourceNotFoundException", "Message": "Thing type lamp not found"},
                       "ResponseMetadata": {"HTTPStatusCode": 404}}, "CreateThing")
    err = explain_unhandled(exc)
    assert err is not None and err.cause_message.id == "cloud.missing-thing-type"
    assert err.cause == ("AWS refused CreateThing: the thing type it needs does not exist in this AWS account and "
                         "region (Thing type lamp not found)")
    assert err.remedy_message.id == "remedy.bootstrap"


def test_a_csr_refusal_is_a_message() -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    with pytest.raises(CsrRejected) as info:
        check_csr(_csr(key, cn="someone-else").public_bytes(Encoding.PEM), thing_name="lamp-1", board_public_key=None)
    assert info.value.cause_message.id == "csr.wrong-cn"
    assert _params(info.value.cause_message) == {"cn": "someone-else", "thing_name": "lamp-1"}
    assert info.value.remedy_message.id == "remedy.csr"  # the class's default remedy, a message too


def test_a_local_cloud_not_running_is_a_message(tmp_path: Path) -> None:
    with pytest.raises(LocalCloudError) as info:
        _ = LocalCloud(tmp_path / "state").endpoints
    assert info.value.cause_message.id == "localcloud.not-running"
    assert (info.value.cause, info.value.remedy) == ("the local cloud is not running", "Start it first.")


def test_lockout_texts_are_messages_and_the_cli_keeps_its_english() -> None:
    assert [wait_text(s) for s in (45, 125, 120, 0.2)] == ["45 s", "2 min 5 s", "2 min", "1 s"]
    assert wait_message(125).id == "lockout.wait-minutes-seconds" and wait_message(120).id == "lockout.wait-minutes"
    assert locked_message(125).text() == "too many wrong PINs: try again in 2 min 5 s"
    assert wrong_pin_message(0).text() == "wrong PIN"
    assert wrong_pin_message(30).text() == "wrong PIN: locked for 30 s"
    relocked = idle_relock_message("QA", 300)
    assert relocked.id == "lockout.idle-relocked" and relocked.text() == "QA locked after 5 min without input"


def test_the_cloud_check_words_its_findings_and_the_indicator_as_messages() -> None:
    from email.utils import formatdate

    from station.cloud.check import CheckResult, Status, clock_result, health

    now = 1_800_000_000.0
    skewed = clock_result({"Date": formatdate(now - 600, usegmt=True)}, now=now)
    assert skewed.status == Status.PROBLEM and skewed.detail_message is not None
    assert skewed.detail_message.id == "cloud.check.clock-ahead"
    assert skewed.detail == ("this PC's clock is 600 s ahead of the cloud's clock; AWS rejects signatures more than "
                             "5 minutes off")
    assert skewed.remedy_message is not None and skewed.remedy_message.text() == skewed.remedy
    assert "detail_message" not in skewed.to_json()  # the CLI's JSON keeps its English fields only

    shown = health([CheckResult("account", Status.OK, "123456789012", value="123456789012"), skewed],
                   embedded=False, region="eu-west-1")
    assert shown.state_message is not None and shown.state_message.id == "cloud.state.clock-wrong"
    assert shown.where_message is not None and shown.where_message.id == "cloud.where-aws"
    assert shown.indicator_message.text() == shown.indicator == "AWS 123456789012 · eu-west-1 · clock wrong"
    fine = health([], embedded=True, region="", demo=True)
    assert fine.indicator_message.text() == "embedded demo · ok"
