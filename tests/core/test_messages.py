"""Messages (station.messages): parameters checked, nesting, JSON round trip, plain data; the catalog; words."""

from __future__ import annotations

import string

import pytest

from station.messages import CATALOG, Message, MessageDef, as_message, load_catalog, message, plain
from station.pipeline import words
from station.pipeline.states import UnitState

S = UnitState
# Built directly, not with message(): test texts must not join the catalog the translators get (.ts export).
_PORT_GONE = MessageDef("test-messages.port-gone", "the board on {port} went away after {seconds} s",
                        frozenset({"port", "seconds"}))
_WHILE = MessageDef("test-messages.while", "failed while {step}: {cause}", frozenset({"step", "cause"}))


def test_a_definition_checks_its_parameters() -> None:
    assert _PORT_GONE.fields == frozenset({"port", "seconds"})
    made = _PORT_GONE(port="/dev/ttyACM0", seconds=3)
    assert made.id == "test-messages.port-gone" and made.values == {"port": "/dev/ttyACM0", "seconds": 3}
    assert made.text() == str(made) == "the board on /dev/ttyACM0 went away after 3 s"
    with pytest.raises(TypeError, match="port-gone"):
        _PORT_GONE(port="/dev/ttyACM0")  # one missing
    with pytest.raises(TypeError, match="port-gone"):
        _PORT_GONE(port="p", seconds=1, extra="x")  # one too many


def test_definitions_refuse_bad_ids_positional_fields_and_a_second_text() -> None:
    before = dict(CATALOG)
    for bad in ("", "Upper.case", ".dot-first", "spaces here"):
        with pytest.raises(ValueError):
            message(bad, "text")
    with pytest.raises(ValueError, match="fields must be names"):
        message("test-messages.positional", "board {0}")
    with pytest.raises(ValueError, match="defined twice"):
        message("step.writing", "another text for the same id")
    assert before == CATALOG  # nothing refused was registered
    # The same text again is the same definition (a module imported twice, a shared wording).
    assert message("step.writing", "writing to the board") == words.STEP_NAMES[S.WRITING]


def test_a_message_inside_a_message_is_rendered_and_survives_json() -> None:
    step = words.step_name(S.WRITING)
    made = _WHILE(step=step, cause=plain("E 0003 write: flash busy"))
    assert made.text() == "failed while writing to the board: E 0003 write: flash busy"
    data = made.to_json()
    assert data["params"]["step"] == {"id": "step.writing", "template": "writing to the board", "params": {}}
    back = Message.from_json(data)
    assert back == made and back.text() == made.text()


def test_untrusted_text_is_a_parameter_never_a_template() -> None:
    hostile = "{port} {0} {__class__}"  # a board answering with format fields
    assert plain(hostile).text() == hostile
    assert _PORT_GONE(port=hostile, seconds=1).text() == f"the board on {hostile} went away after 1 s"
    assert as_message(hostile) == plain(hostile) and as_message(plain("x")) == plain("x")


def test_the_catalog_holds_every_station_message_once_with_its_fields() -> None:
    catalog = load_catalog()
    assert catalog == CATALOG or set(catalog) <= set(CATALOG)
    for message_id, definition in catalog.items():
        assert isinstance(definition, MessageDef) and definition.id == message_id
        parsed = {name for _, name, _, _ in string.Formatter().parse(definition.template) if name}
        assert definition.fields == parsed, message_id
        assert definition.template.strip(), message_id
    # The core's words for every state and step (the window translates them), and this helper's areas.
    for state in UnitState:
        assert f"state.{state.value}" in catalog and f"step.{state.value}" in catalog
    for prefix in ("board.", "nrf91.", "pipeline.", "jobs.", "object.", "remedy.board-", "remedy.nrf91.",
                   "remedy.pipeline.", "remedy.jobs."):
        assert any(i.startswith(prefix) for i in catalog), prefix


#: The words as the window showed them before they moved into the core (ui/words.py): English unchanged.
STATE_ENGLISH = {
    S.CONNECTED: "Plugged in, not started", S.IDENTIFYING: "Reading the board's identity",
    S.GENERATING_KEY: "Board is making its key", S.REGISTERING: "Registering in the cloud",
    S.ATTACHING: "Linking certificate and group", S.WRITING: "Writing the certificate to the board",
    S.VERIFYING: "Checking what the board stored", S.CONNECTING: "Waiting for the device to come online",
    S.UPDATING: "Installing firmware and configuration", S.PASSED: "Finished", S.FAILED: "Stopped with an error",
    S.REMOVED: "Board removed", S.WAITING_CLOUD: "Provisioned, waiting for the cloud",
    S.SIGNING: "Signing the board's certificate"}
STEP_ENGLISH = {
    S.CONNECTED: "start", S.IDENTIFYING: "identify", S.GENERATING_KEY: "key generation",
    S.REGISTERING: "cloud registration", S.ATTACHING: "certificate and group", S.WRITING: "writing to the board",
    S.VERIFYING: "read-back check", S.CONNECTING: "device online", S.UPDATING: "firmware and config update",
    S.PASSED: "passed", S.FAILED: "failed", S.REMOVED: "removed", S.WAITING_CLOUD: "waiting for the cloud",
    S.SIGNING: "certificate signing"}


def test_state_words_and_step_names_are_core_messages_with_the_same_english() -> None:
    for state in UnitState:
        said, step = words.state_words(state), words.step_name(state)
        assert (said.id, said.text()) == (f"state.{state.value}", STATE_ENGLISH[state])
        assert (step.id, step.text()) == (f"step.{state.value}", STEP_ENGLISH[state])


def test_progress_notes_in_words() -> None:
    now = words.progress_message(S.WRITING, "cert")
    assert now is not None and now.id == "progress.now" and now.text() == "now: device certificate"
    assert dict(now.params)["object"] == words.OBJECT_WORDS["cert"]()
    assert words.progress_message(S.GENERATING_KEY, "CSR") is None  # the state says it all
    job = words.progress_message(S.UPDATING, "firmware 1.2.0: download")
    assert job == plain("firmware 1.2.0: download")  # a job's progress is the device's data, shown as is
    assert words.progress_message(S.UPDATING, "") is None


def test_the_window_words_keep_their_english() -> None:
    """ui/words.py, with no translator installed, says exactly what it said before the words moved."""
    ui_words = pytest.importorskip("ui.words")
    for state in UnitState:
        assert ui_words.state_words(state) == STATE_ENGLISH[state]
        assert ui_words.step_name(state) == STEP_ENGLISH[state]
    assert ui_words.progress_words(S.WRITING, "endpoint") == "now: cloud address"
    assert ui_words.progress_words(S.WRITING, "CSR") == "now: key and CSR"
    assert ui_words.progress_words(S.GENERATING_KEY, "CSR") == ""
    assert ui_words.progress_words(S.UPDATING, "config 7: apply") == "config 7: apply"
    assert ui_words.duration(3725) == "1:02:05" and ui_words.duration(-4) == "0:00"
