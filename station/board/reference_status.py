"""The reference protocol's ``prov-status`` answer, checked field by field: board data is untrusted."""

from __future__ import annotations

import re
from typing import Any

from station.board.errors import MalformedFrame
from station.domain import ProvisioningStatus
from station.messages import message
from station.safetext import one_line

STATES = ("idle", "connecting", "registered", "refused")
STEPS = ("", "connect", "create-from-csr", "register-thing")
#: AWS IoT thing names: 1-128 of letters, digits, ":", "_" and "-".
_THING_RE = re.compile(r"[A-Za-z0-9:_-]{1,128}")
_CERT_ID_RE = re.compile(r"[0-9a-f]{64}")
#: errorCode ("InvalidParametersException"), a statusCode ("400") or a board's own code ("bad-fleet").
_CODE_RE = re.compile(r"[A-Za-z0-9._:-]{1,64}")
#: Longest message kept; a longer one cannot come from a conforming board (one 512-byte line).
MAX_MESSAGE = 360

_FIELD = message("board.prov-status-field", "prov-status answer: bad '{field}' {value}")
_INCOMPLETE = message("board.prov-status-incomplete",
                      "prov-status answer: state '{state}' without '{field}'")


def parse_provisioning_status(body: dict[str, Any], port: str) -> ProvisioningStatus:
    """A ProvisioningStatus from an answer body; MalformedFrame naming the first bad field.

    Identifiers (state, step, thing, certificate id, code) must match their grammar whole; the message is AWS's
    (or the board's) prose: any length up to MAX_MESSAGE, its control and bidi characters escaped.
    """

    def text(key: str) -> str:
        value = body.get(key, "")
        if not isinstance(value, str):
            raise MalformedFrame(port, _FIELD(field=key, value=_show(value)))
        return value

    def matching(key: str, pattern: re.Pattern[str]) -> str:
        value = text(key)
        if value and not pattern.fullmatch(value):
            raise MalformedFrame(port, _FIELD(field=key, value=_show(value)))
        return value

    state = text("state")
    if state not in STATES:
        raise MalformedFrame(port, _FIELD(field="state", value=_show(state)))
    step = text("step")
    if step not in STEPS:
        raise MalformedFrame(port, _FIELD(field="step", value=_show(step)))
    thing = matching("thing", _THING_RE)
    cert_id = matching("certificate_id", _CERT_ID_RE)
    code = matching("code", _CODE_RE)
    msg = text("message")
    if len(msg) > MAX_MESSAGE:
        raise MalformedFrame(port, _FIELD(field="message", value=f"({len(msg)} characters)"))
    if state == "registered":
        for key, value in (("thing", thing), ("certificate_id", cert_id)):
            if not value:
                raise MalformedFrame(port, _INCOMPLETE(state=state, field=key))
    if state == "refused" and not step:
        raise MalformedFrame(port, _INCOMPLETE(state=state, field="step"))
    return ProvisioningStatus(state, thing_name=thing, certificate_id=cert_id, step=step, code=code,
                              message=one_line(msg))


def _show(value: object, limit: int = 40) -> str:
    """The offending value as data for the operator: repr'd, escaped and cut short."""
    text = one_line(repr(value))
    return text if len(text) <= limit else text[:limit] + "…"
