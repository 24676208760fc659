"""Feedback the operator notices: a pass and a fail cue that differ, switched by the profile; a failed slot
flashes until acknowledged."""

from __future__ import annotations

import io
import os
import stat
import sys
import wave
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from station.pipeline.events import StepStarted, UnitDetected, UnitFailed, UnitPassed
from station.pipeline.states import UnitState
from station.profile import OperatorSettings
from ui.app import create_app
from ui.feedback import TONES, BeepPlayer, CommandPlayer, Cue, default_player, tone_wav
from ui.operator.model import WallModel
from ui.operator.view import OperatorView

pytestmark = pytest.mark.gui


class RecordingPlayer:
    """Remembers the cues it was asked to play (the window's player interface, ui.feedback.CuePlayer)."""

    def __init__(self) -> None:
        self.cues: list[Cue] = []

    def play(self, cue: Cue) -> None:
        self.cues.append(cue)


def view_for(qtbot: QtBot, settings: OperatorSettings, player: RecordingPlayer) -> tuple[OperatorView, WallModel]:
    create_app()
    model = WallModel()
    view = OperatorView(model, settings=settings, player=player)
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    return view, model


def start(model: WallModel, unit: int) -> str:
    port = f"/dev/ttyUSB{unit}"
    model.apply(UnitDetected(port=port, unit=unit))
    model.apply(StepStarted(port=port, unit=unit, step=UnitState.REGISTERING))
    return port


def passed(model: WallModel, port: str, unit: int) -> None:
    model.apply(UnitPassed(port=port, unit=unit, serial=f"SN-{unit}", thing_name="t", certificate_id="c",
                           group="g", seconds=1.0, round_trips=1))


def failed(model: WallModel, port: str, unit: int) -> None:
    model.apply(UnitFailed(port=port, unit=unit, step=UnitState.REGISTERING, cause="refused", remedy="ask QA"))


def test_a_pass_and_a_fail_sound_different_and_a_burst_is_one_cue(qtbot: QtBot) -> None:
    player = RecordingPlayer()
    _view, model = view_for(qtbot, OperatorSettings(sounds=True), player)
    one = start(model, 1)
    passed(model, one, 1)
    qtbot.waitUntil(lambda: player.cues == [Cue.PASS])
    two = start(model, 2)
    failed(model, two, 2)
    qtbot.waitUntil(lambda: player.cues == [Cue.PASS, Cue.FAIL])
    # 64 units finishing together are one cue, and a fail among them is what is heard.
    ports = [start(model, u) for u in range(3, 7)]
    for unit, port in enumerate(ports[:-1], start=3):
        passed(model, port, unit)
    failed(model, ports[-1], 6)
    qtbot.waitUntil(lambda: len(player.cues) == 3)
    assert player.cues[-1] == Cue.FAIL
    # The two tones themselves differ (pitch pattern and length), and are valid 16-bit mono WAV.
    pass_wav, fail_wav = tone_wav(TONES[Cue.PASS]), tone_wav(TONES[Cue.FAIL])
    assert pass_wav != fail_wav
    for data in (pass_wav, fail_wav):
        with wave.open(io.BytesIO(data)) as wav:
            assert wav.getnchannels() == 1 and wav.getsampwidth() == 2 and wav.getnframes() > 0
    assert sum(s for _, s in TONES[Cue.FAIL]) > sum(s for _, s in TONES[Cue.PASS])


def test_the_profile_switches_the_sounds_off(qtbot: QtBot) -> None:
    player = RecordingPlayer()
    view, model = view_for(qtbot, OperatorSettings(sounds=False), player)
    port = start(model, 1)
    failed(model, port, 1)
    qtbot.waitUntil(lambda: view.slots.get(port) is not None and view.slots[port].word.text() == "FAIL")
    with qtbot.waitSignal(view.tick.timeout, timeout=5000):
        pass  # a turn of the loop later there is still no cue
    assert player.cues == []


@pytest.mark.skipif(sys.platform == "win32", reason="the Linux players; Windows uses winsound")
def test_the_linux_player_runs_in_a_child_process_with_the_cue_file(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    # A stand-in for paplay on PATH: it copies the file it was given, as the real one would play it.
    got = tmp_path / "played.wav"
    player_bin = tmp_path / "bin"
    player_bin.mkdir()
    script = player_bin / "paplay"
    script.write_text(f"#!{sys.executable}\nimport shutil, sys\nshutil.copy(sys.argv[1], {str(got)!r})\n")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", str(player_bin))
    player = default_player()
    assert isinstance(player, CommandPlayer) and player.command.endswith("paplay")
    player.play(Cue.FAIL)  # returns at once; the child does the playing
    for child in player._running:
        child.wait(timeout=30)
    assert got.read_bytes() == tone_wav(TONES[Cue.FAIL])
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    assert isinstance(default_player(), BeepPlayer)  # no player at all: the desktop's beep
    assert os.environ["PATH"] == str(tmp_path / "empty")


def test_a_failed_slot_flashes_until_it_is_acknowledged(qtbot: QtBot) -> None:
    view, model = view_for(qtbot, OperatorSettings(sounds=False, flash_failures=True), RecordingPlayer())
    port = start(model, 1)
    failed(model, port, 1)
    qtbot.waitUntil(lambda: port in view.slots and view.slots[port].flashing, timeout=10_000)
    tile = view.slots[port]
    qtbot.waitUntil(lambda: not tile.flashing, timeout=5000)  # it flashes: on, off …
    qtbot.waitUntil(lambda: tile.flashing, timeout=5000)  # … and on again, until someone looks
    assert tile.banner.property("flash") is True
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)  # the operator taps the slot
    assert not model.slots[port].unacknowledged and view.selected == port
    qtbot.waitUntil(lambda: not tile.flashing and not view.flash_timer.isActive(), timeout=5000)
    with qtbot.waitSignal(view.tick.timeout, timeout=5000):
        pass
    assert not tile.flashing and tile.word.text() == "FAIL"  # the result stays; only the alarm stopped


def test_flashing_is_off_when_the_profile_says_so(qtbot: QtBot) -> None:
    view, model = view_for(qtbot, OperatorSettings(sounds=False, flash_failures=False), RecordingPlayer())
    port = start(model, 1)
    failed(model, port, 1)
    qtbot.waitUntil(lambda: port in view.slots and view.slots[port].word.text() == "FAIL", timeout=10_000)
    with qtbot.waitSignal(view.tick.timeout, timeout=5000):
        pass
    assert not view.flash_timer.isActive() and not view.slots[port].flashing
