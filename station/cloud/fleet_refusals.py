"""A board's fleet provisioning refusal (reported over the serial link) in plain words: named cause and remedy."""

# AWS answers a board's claim connect, create-from-csr and RegisterThing on MQTT, so only the board hears the
# refusal; it reports step, code and message back (ProvisioningStatus). Those three are board data: the step
# and code only choose which of our explanations applies, and AWS's message is shown as data, never parsed
# as a template. Codes come as AWS's errorCode ("InvalidParameters", with or without "Exception") or its
# statusCode ("400"); both are understood.

from __future__ import annotations

from station.domain import ProvisioningStatus
from station.errors import CloudError, StationError
from station.messages import Message, message, plain
from station.safetext import one_line

#: The pipeline state a fleet refusal is seen in (the board reports it after its reboot).
STEP = "connecting"
#: Longest code and message kept from the board (AWS's own are far shorter).
MAX_CODE = 64
MAX_TEXT = 300

_PARAMETERS = message("fleet.refused-parameters", "AWS refused to register the thing with template '{template}': "
                      "the template and this profile disagree on the unit's parameters ({code}: {answer})")
_PARAMETERS_REMEDY = message("remedy.fleet-refused-parameters", "The board is fine. The line engineer runs 'station "
                             "cloud bootstrap' with this profile (it updates the template, thing types and groups), "
                             "then retries the unit.")()
_NO_TEMPLATE = message("fleet.refused-no-template", "AWS has no enabled provisioning template '{template}' "
                       "({code}: {answer})")
_NO_TEMPLATE_REMEDY = message("remedy.fleet-refused-no-template", "The board is fine. The line engineer runs "
                              "'station cloud bootstrap' with this profile (it creates and enables the template), "
                              "then retries the unit.")()
_ROLE = message("fleet.refused-role", "AWS IoT could not apply template '{template}': its provisioning role may "
                "not make the writes the template asks for ({code}: {answer})")
_ROLE_REMEDY = message("remedy.fleet-refused-role", "The board is fine. The line engineer runs 'station cloud "
                       "bootstrap' with this profile (it sets the fleet provisioning role's policy), then retries "
                       "the unit.")()
_CLAIM = message("fleet.refused-claim", "AWS refused the board's connection with the claim certificate (expired, "
                 "or not allowed by its policy) ({code}: {answer})")
_CLAIM_REMEDY = message("remedy.fleet-refused-claim", "Retry the unit: the station writes a fresh claim. If it "
                        "is refused again, check the station computer's clock and the board's, and have the line "
                        "engineer run 'station cloud bootstrap' (the claim policy).")()
_CSR = message("fleet.refused-csr", "AWS refused the board's certificate request (create-from-csr): the key or "
               "CSR the board made is not acceptable ({code}: {answer})")
_CSR_REMEDY = message("remedy.fleet-refused-csr", "Retry the unit once; if AWS refuses its CSR again, set the "
                      "board aside for the line engineer (its firmware's key generation).")()
_TOKEN = message("fleet.refused-token", "AWS refused the board's registration: the certificate ownership token "
                 "was invalid or expired ({code}: {answer})")
_TOKEN_REMEDY = message("remedy.fleet-refused-token", "Retry the unit: the board asks for a new certificate and "
                        "registers at once.")()
_THROTTLED = message("fleet.refused-throttled", "AWS is throttling fleet provisioning in this account "
                     "({code}: {answer})")
_THROTTLED_REMEDY = message("remedy.fleet-refused-throttled", "Retry the unit later; if it keeps happening, "
                            "lower the line's pace or ask AWS for a higher fleet provisioning quota.")()
_AWS_FAILED = message("fleet.refused-aws", "AWS failed the board's registration on its side ({code}: {answer})")
_AWS_FAILED_REMEDY = message("remedy.fleet-refused-aws", "Retry the unit; if AWS keeps failing, check the AWS "
                             "Health Dashboard for AWS IoT in this region.")()
_UNKNOWN = message("fleet.refused-unknown", "AWS refused the board's fleet provisioning at step '{where}' "
                   "({code}: {answer})")
_UNKNOWN_REMEDY = message("remedy.fleet-refused-unknown", "Retry the unit once; if it is refused the same way "
                          "again, set it aside and give the line engineer the code shown.")()

_THROTTLE_CODES = frozenset({"throttling", "throttled", "toomanyrequests", "limitexceeded", "429"})
_PARAMETER_CODES = frozenset({"invalidparameters", "invalidparameter", "provisioningfailed",
                              "resourceregistrationfailure", "invalidrequest", "400"})
_TEMPLATE_CODES = frozenset({"invalidtemplate", "resourcenotfound", "notfound", "404"})
_DENIED_CODES = frozenset({"accessdenied", "unauthorized", "forbidden", "403"})
_TOKEN_CODES = frozenset({"invalidcertificateownershiptoken"})
_AWS_SIDE_CODES = frozenset({"internalfailure", "internalerror", "serviceunavailable"})


def _normal(code: str) -> str:
    """"InvalidParametersException" -> "invalidparameters"; "400" stays "400"."""
    lowered = code.strip().lower()
    return lowered[:-len("exception")] if lowered.endswith("exception") else lowered


def _data(text: str, limit: int) -> Message:
    # Untrusted: escaped to one line, cut to a length, shown as data (never a template).
    text = one_line(text.strip())
    return plain(text if len(text) <= limit else text[:limit] + "…")


def _invalid_content(code: str, answer: str) -> bool:
    """InvalidTemplate is AWS's answer both for a missing or disabled template and for one whose functions
    fail on these parameters (e.g. a model the Mappings lack): only the wording tells them apart. Used to
    choose an explanation, never shown as anything but data; both explanations send the engineer to bootstrap."""
    text = answer.lower()
    return code == "invalidtemplate" and "does not exist" not in text and "not enabled" not in text


def explain_fleet_refusal(status: ProvisioningStatus, template: str) -> StationError:
    """The named cause and remedy for a refused fleet provisioning step the board reported."""
    code = _normal(status.code)
    where = status.step.strip().lower()
    fields = {"code": _data(status.code or "-", MAX_CODE), "answer": _data(status.message or "-", MAX_TEXT)}
    if code in _THROTTLE_CODES:
        cause, remedy, retry = _THROTTLED(**fields), _THROTTLED_REMEDY, True
    elif (code.isdigit() and code.startswith("5")) or code in _AWS_SIDE_CODES:
        cause, remedy, retry = _AWS_FAILED(**fields), _AWS_FAILED_REMEDY, True
    elif where == "connect":
        cause, remedy, retry = _CLAIM(**fields), _CLAIM_REMEDY, True
    elif where == "create-from-csr":
        cause, remedy, retry = _CSR(**fields), _CSR_REMEDY, True
    elif code in _TOKEN_CODES:
        cause, remedy, retry = _TOKEN(**fields), _TOKEN_REMEDY, True
    elif code in _TEMPLATE_CODES and not _invalid_content(code, status.message):
        cause, remedy, retry = _NO_TEMPLATE(template=template, **fields), _NO_TEMPLATE_REMEDY, False
    elif code in _DENIED_CODES:
        cause, remedy, retry = _ROLE(template=template, **fields), _ROLE_REMEDY, False
    elif code in _PARAMETER_CODES or code in _TEMPLATE_CODES:
        cause, remedy, retry = _PARAMETERS(template=template, **fields), _PARAMETERS_REMEDY, False
    else:
        cause, remedy, retry = _UNKNOWN(where=_data(status.step or "-", MAX_CODE), **fields), _UNKNOWN_REMEDY, True
    return FleetRefusal(cause, remedy=remedy, retryable=retry, code=status.code, where=status.step)


class FleetRefusal(CloudError):
    """AWS refused a board's own fleet provisioning; the board reported it over the serial link."""

    def __init__(self, cause: Message, *, remedy: Message, retryable: bool, code: str, where: str) -> None:
        detail = f"board-reported step={one_line(where)[:MAX_CODE]!r} code={one_line(code)[:MAX_CODE]!r}"
        super().__init__(cause, step=STEP, remedy=remedy, retryable=retryable, detail=detail)
        self.code = code
        self.where = where
