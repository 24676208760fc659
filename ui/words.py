"""Plain words for the operator: unit states and results as short phrases anyone on the line understands."""

from __future__ import annotations

from station.pipeline.states import UnitState

S = UnitState

#: What a unit is doing, in words (no AWS vocabulary on the operator's screen).
STATE_WORDS: dict[UnitState, str] = {
    S.CONNECTED: "Plugged in, not started",
    S.IDENTIFYING: "Reading the board's identity",
    S.GENERATING_KEY: "Board is making its key",
    S.REGISTERING: "Registering in the cloud",
    S.ATTACHING: "Linking certificate and group",
    S.WRITING: "Writing the certificate to the board",
    S.VERIFYING: "Checking what the board stored",
    S.CONNECTING: "Waiting for the device to come online",
    S.UPDATING: "Installing firmware and configuration",
    S.PASSED: "Finished",
    S.FAILED: "Stopped with an error",
    S.REMOVED: "Board removed",
}

#: Short step names for the failure line and the timeline ("failed while ...").
STEP_NAMES: dict[UnitState, str] = {
    S.CONNECTED: "start",
    S.IDENTIFYING: "identify",
    S.GENERATING_KEY: "key generation",
    S.REGISTERING: "cloud registration",
    S.ATTACHING: "certificate and group",
    S.WRITING: "writing to the board",
    S.VERIFYING: "read-back check",
    S.CONNECTING: "device online",
    S.UPDATING: "firmware and config update",
    S.PASSED: "passed",
    S.FAILED: "failed",
    S.REMOVED: "removed",
}


def state_words(state: UnitState) -> str:
    return STATE_WORDS.get(state, state.value)


def step_name(state: UnitState) -> str:
    return STEP_NAMES.get(state, state.value)


def duration(seconds: float) -> str:
    """Elapsed time as m:ss (h:mm:ss past an hour); never negative."""
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


#: What the station writes to a board (Progress notes of the writing step), in words.
OBJECT_WORDS = {"cert": "device certificate", "ca": "CA certificate", "endpoint": "cloud address",
                "thing": "thing name", "key": "private key", "CSR": "key and CSR"}


def progress_words(step: UnitState, note: str) -> str:
    """A Progress note for the operator: job notes are already words; object kinds are not."""
    if step == S.WRITING and note in OBJECT_WORDS:
        return f"now: {OBJECT_WORDS[note]}"
    if step == S.GENERATING_KEY:
        return ""
    return note
