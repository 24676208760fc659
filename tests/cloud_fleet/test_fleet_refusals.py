"""A refusal the board reports (ProvisioningStatus) becomes a named cause and remedy; the board's text is data."""

from __future__ import annotations

import dataclasses
import uuid

import pytest

from station.cloud.claims import ClaimSource
from station.cloud.connect import EmbeddedCloud
from station.cloud.fleet import fleet_parameters
from station.cloud.fleet_refusals import FleetRefusal, explain_fleet_refusal
from station.domain import BoardIdentity, ProvisioningStatus
from station.errors import StationError
from station.messages import Message
from station.profile import Profile
from tests.cloud_fleet.mqtt import register_with_create_json

TEMPLATE = "provisioning-station-fleet"


def refused(step: str, code: str, text: str = "as AWS said it") -> StationError:
    return explain_fleet_refusal(ProvisioningStatus("refused", step=step, code=code, message=text), TEMPLATE)


@pytest.mark.parametrize(("step", "code", "message_id", "retryable"), [
    ("register-thing", "InvalidParametersException", "fleet.refused-parameters", False),
    ("register-thing", "InvalidParameters", "fleet.refused-parameters", False),
    ("register-thing", "400", "fleet.refused-parameters", False),
    ("register-thing", "ProvisioningFailed", "fleet.refused-parameters", False),
    ("register-thing", "ResourceNotFoundException", "fleet.refused-no-template", False),
    ("register-thing", "404", "fleet.refused-no-template", False),
    ("register-thing", "AccessDenied", "fleet.refused-role", False),
    ("register-thing", "InvalidCertificateOwnershipToken", "fleet.refused-token", True),
    ("connect", "", "fleet.refused-claim", True),
    ("connect", "NotAuthorized", "fleet.refused-claim", True),
    ("create-from-csr", "InvalidCsr", "fleet.refused-csr", True),
    ("create-from-csr", "400", "fleet.refused-csr", True),
    ("register-thing", "ThrottlingException", "fleet.refused-throttled", True),
    ("create-from-csr", "429", "fleet.refused-throttled", True),
    ("register-thing", "500", "fleet.refused-aws", True),
    ("register-thing", "SomethingNew", "fleet.refused-unknown", True),
])
def test_each_refusal_has_a_named_cause_and_remedy(step: str, code: str, message_id: str, retryable: bool) -> None:
    err = refused(step, code)
    assert isinstance(err, FleetRefusal) and err.step == "connecting"
    assert err.cause_message.id == message_id and err.retryable is retryable
    assert err.remedy_message.id == message_id.replace("fleet.", "remedy.fleet-")
    assert "as AWS said it" in err.cause
    if message_id in ("fleet.refused-parameters", "fleet.refused-no-template", "fleet.refused-role"):
        assert "station cloud bootstrap" in err.remedy and "board is fine" in err.remedy
    if message_id == "fleet.refused-unknown":
        assert code in err.cause  # the code is shown, as data


def test_invalid_template_is_told_apart_by_what_failed() -> None:
    missing = refused("register-thing", "InvalidTemplate", f"Template with name {TEMPLATE} does not exist.")
    disabled = refused("register-thing", "InvalidTemplate", f"Template {TEMPLATE} is not enabled.")
    bad_map = refused("register-thing", "InvalidTemplate", f"Template {TEMPLATE} has an invalid Fn::FindInMap.")
    assert missing.cause_message.id == disabled.cause_message.id == "fleet.refused-no-template"
    assert bad_map.cause_message.id == "fleet.refused-parameters"


def test_board_text_is_data_never_a_template() -> None:
    hostile = "{template}{code}\x1b[2J\u202e" + "x" * 1000
    err = refused("register-thing", "{answer}\n", hostile)
    answer = dict(err.cause_message.params)["answer"]
    assert isinstance(answer, Message) and answer.id == "plain"  # shown as is, never formatted or translated
    assert "\x1b" not in err.cause and "\u202e" not in err.cause and "\n" not in err.cause
    assert "{template}{code}" in err.cause and len(err.cause) < 700
    assert "\n" not in err.detail


@pytest.mark.timeout(240)
def test_a_refused_template_parameter_in_the_embedded_cloud_is_explained(embedded: EmbeddedCloud,
                                                                         profile: Profile) -> None:
    """A model the template's Mappings lack (the profile changed after bootstrap): AWS refuses RegisterThing;
    what the board would report is explained as the template and profile disagreeing, with bootstrap as remedy."""
    ident = BoardIdentity(serial=f"SN{uuid.uuid4().hex[:8]}", model="sensor-a", hw_revision="B", fw_version="1")
    thing = profile.thing_name(ident)
    params = {**fleet_parameters(profile, ident, thing, profile.group_for(ident)), "Model": "sensor-z"}
    claim = ClaimSource(embedded.as_role("station"), profile.fleet_claim).current()
    _, (topic, answer) = register_with_create_json(embedded, claim.certificate_pem, claim.private_key_pem, thing,
                                                   profile.fleet_claim.template, params)
    assert topic.endswith("/rejected"), answer
    status = ProvisioningStatus("refused", thing_name=thing, step="register-thing", code=str(answer["errorCode"]),
                                message=str(answer["errorMessage"]))
    err = explain_fleet_refusal(status, profile.fleet_claim.template)
    assert err.cause_message.id == "fleet.refused-parameters", (answer, err.cause)
    assert "station cloud bootstrap" in err.remedy
    # A missing parameter (a board that dropped one) is the same refusal, named the same way.
    del params["Group"]
    params["Model"] = "sensor-a"
    _, (topic, answer) = register_with_create_json(embedded, claim.certificate_pem, claim.private_key_pem, thing,
                                                   profile.fleet_claim.template, params)
    assert topic.endswith("/rejected"), answer
    status = dataclasses.replace(status, code=str(answer["errorCode"]), message=str(answer["errorMessage"]))
    assert explain_fleet_refusal(status, profile.fleet_claim.template).cause_message.id == "fleet.refused-parameters"
