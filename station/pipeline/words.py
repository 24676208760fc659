"""Plain words for a unit's states, step names and write progress, as messages the window translates."""

from __future__ import annotations

from station.messages import Message, MessageDef, message, plain
from station.pipeline.states import UnitState

S = UnitState

#: What a unit is doing, in words (no AWS vocabulary on the operator's screen).
STATE_WORDS: dict[UnitState, MessageDef] = {
    S.CONNECTED: message("state.connected", "Plugged in, not started"),
    S.IDENTIFYING: message("state.identifying", "Reading the board's identity"),
    S.GENERATING_KEY: message("state.generating-key", "Board is making its key"),
    S.REGISTERING: message("state.registering", "Registering in the cloud"),
    S.ATTACHING: message("state.attaching", "Linking certificate and group"),
    S.SIGNING: message("state.signing", "Signing the board's certificate"),
    S.WRITING: message("state.writing", "Writing the certificate to the board"),
    S.VERIFYING: message("state.verifying", "Checking what the board stored"),
    S.CONNECTING: message("state.connecting", "Waiting for the device to come online"),
    S.UPDATING: message("state.updating", "Installing firmware and configuration"),
    S.WAITING_CLOUD: message("state.waiting-cloud", "Provisioned, waiting for the cloud"),
    S.PASSED: message("state.passed", "Finished"),
    S.FAILED: message("state.failed", "Stopped with an error"),
    S.REMOVED: message("state.removed", "Board removed"),
}

#: Short step names for the failure line and the timeline ("failed while ...").
STEP_NAMES: dict[UnitState, MessageDef] = {
    S.CONNECTED: message("step.connected", "start"),
    S.IDENTIFYING: message("step.identifying", "identify"),
    S.GENERATING_KEY: message("step.generating-key", "key generation"),
    S.REGISTERING: message("step.registering", "cloud registration"),
    S.ATTACHING: message("step.attaching", "certificate and group"),
    S.SIGNING: message("step.signing", "certificate signing"),
    S.WRITING: message("step.writing", "writing to the board"),
    S.VERIFYING: message("step.verifying", "read-back check"),
    S.CONNECTING: message("step.connecting", "device online"),
    S.UPDATING: message("step.updating", "firmware and config update"),
    S.WAITING_CLOUD: message("step.waiting-cloud", "waiting for the cloud"),
    S.PASSED: message("step.passed", "passed"),
    S.FAILED: message("step.failed", "failed"),
    S.REMOVED: message("step.removed", "removed"),
}

#: What the station writes to a board (the writing step's Progress notes are object kinds), in words.
OBJECT_WORDS: dict[str, MessageDef] = {
    "cert": message("object.cert", "device certificate"),
    "ca": message("object.ca", "CA certificate"),
    "endpoint": message("object.endpoint", "cloud address"),
    "thing": message("object.thing", "thing name"),
    "key": message("object.key", "private key"),
    "claim-cert": message("object.claim-cert", "claim certificate"),
    "claim-key": message("object.claim-key", "claim key"),
    "fleet": message("object.fleet", "registration template"),
    "CSR": message("object.csr", "key and CSR"),
}
_NOW = message("progress.now", "now: {object}")


def state_words(state: UnitState) -> Message:
    known = STATE_WORDS.get(state)
    return known() if known is not None else plain(state.value)


def step_name(state: UnitState) -> Message:
    known = STEP_NAMES.get(state)
    return known() if known is not None else plain(state.value)


def progress_message(step: UnitState, note: str) -> Message | None:
    """A Progress note for the operator, or None when there is nothing to show.

    The writing step's notes are object kinds (said in words); key generation says nothing beyond its state;
    any other note (a job's progress: kind, version and the device's own step) is data, shown as it came.
    """
    if step == S.WRITING and note in OBJECT_WORDS:
        return _NOW(object=OBJECT_WORDS[note]())
    if step == S.GENERATING_KEY or not note:
        return None
    return plain(note)
