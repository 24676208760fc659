"""Audible pass and fail cues: two distinct tones made in memory, played without blocking the window.

PySide6-Essentials has no QtMultimedia (no QSoundEffect), and adding PySide6-Addons for two short sounds would
add tens of megabytes to the bundle. The tones are written as WAV with the standard library (``wave``) and
played by what the OS already has: ``winsound`` on Windows, a PulseAudio/PipeWire/ALSA player (paplay, pw-play,
aplay) as a child process on Linux, else ``QApplication.beep()`` (one beep for a pass, two for a fail).
See docs/gui.md, "Feedback the operator notices".
"""

from __future__ import annotations

import array
import contextlib
import enum
import io
import math
import shutil
import subprocess
import sys
import tempfile
import wave
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

RATE = 22050  # samples per second: plenty for tones under 2 kHz, and small files


class Cue(enum.StrEnum):
    PASS = "pass"
    FAIL = "fail"


#: (frequency Hz, seconds) segments; 0 Hz is silence. A pass rises (two short high notes), a fail is low,
#: longer and repeated: told apart without looking, and by ear from the line's other beeps.
TONES: dict[Cue, tuple[tuple[float, float], ...]] = {
    Cue.PASS: ((880.0, 0.09), (0.0, 0.03), (1318.5, 0.14)),
    Cue.FAIL: ((220.0, 0.22), (0.0, 0.08), (196.0, 0.22), (0.0, 0.08), (174.6, 0.30)),
}


def tone_wav(segments: Sequence[tuple[float, float]], *, volume: float = 0.5) -> bytes:
    """A mono 16-bit WAV of the segments, each faded in and out over 5 ms so it does not click."""
    samples = array.array("h")
    fade = int(RATE * 0.005)
    for frequency, seconds in segments:
        count = int(RATE * seconds)
        for i in range(count):
            if frequency <= 0:
                samples.append(0)
                continue
            envelope = min(1.0, i / fade, (count - 1 - i) / fade) if fade else 1.0
            samples.append(int(32767 * volume * envelope * math.sin(2 * math.pi * frequency * i / RATE)))
    if sys.byteorder == "big":
        samples.byteswap()  # WAV samples are little-endian
    out = io.BytesIO()
    with wave.open(out, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(samples.tobytes())
    return out.getvalue()


class CuePlayer(Protocol):
    """Plays a cue and returns at once (the GUI thread never waits for a sound)."""

    def play(self, cue: Cue) -> None: ...


class _ToneFiles:
    """The two tones written once to a private temporary folder (players take a file name)."""

    def __init__(self) -> None:
        self._dir = tempfile.TemporaryDirectory(prefix="station-cues-")
        self.paths: dict[Cue, Path] = {}
        for cue, segments in TONES.items():
            path = Path(self._dir.name) / f"{cue.value}.wav"
            path.write_bytes(tone_wav(segments))
            self.paths[cue] = path


class WinsoundPlayer:
    """Windows: PlaySound from a file, asynchronously (winsound cannot play a memory image asynchronously)."""

    def __init__(self) -> None:
        self._files = _ToneFiles()

    def play(self, cue: Cue) -> None:
        if sys.platform == "win32":  # winsound exists only there (and mypy checks this branch only there)
            import winsound

            flags = winsound.SND_FILENAME | winsound.SND_ASYNC | winsound.SND_NODEFAULT
            winsound.PlaySound(str(self._files.paths[cue]), flags)


class CommandPlayer:
    """Linux (and other Unixes): a sound player started as a child process, never waited for on the GUI thread."""

    def __init__(self, command: str) -> None:
        self.command = command
        self._files = _ToneFiles()
        self._running: list[subprocess.Popen[bytes]] = []

    def play(self, cue: Cue) -> None:
        self._running = [p for p in self._running if p.poll() is None]  # reap the finished ones
        # A sound that cannot play is no reason to disturb the line: the wall still shows the result.
        with contextlib.suppress(OSError):
            self._running.append(subprocess.Popen(
                [self.command, str(self._files.paths[cue])], stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))


class BeepPlayer(QObject):
    """The last resort: the desktop's beep, once for a pass and twice for a fail."""

    def play(self, cue: Cue) -> None:
        QApplication.beep()
        if cue == Cue.FAIL:
            QTimer.singleShot(250, QApplication.beep)


#: Linux players, in order of preference: PulseAudio, PipeWire, ALSA.
LINUX_PLAYERS = ("paplay", "pw-play", "aplay")


def default_player() -> CuePlayer:
    """The best player this machine has (see the module docstring)."""
    if sys.platform == "win32":
        return WinsoundPlayer()
    for command in LINUX_PLAYERS:
        path = shutil.which(command)
        if path:
            return CommandPlayer(path)
    return BeepPlayer()


class Feedback(QObject):
    """Turns finished runs into cues: a burst (64 units done together) is one cue, a fail wins over a pass."""

    def __init__(self, player: CuePlayer | None, *, enabled: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.player = player
        self.enabled = enabled and player is not None
        self._pending: set[Cue] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)  # the end of this turn of the loop: results that arrive together coalesce
        self._timer.timeout.connect(self._play)

    def cue(self, cue: Cue) -> None:
        if not self.enabled:
            return
        self._pending.add(cue)
        if not self._timer.isActive():
            self._timer.start()

    def _play(self) -> None:
        pending, self._pending = self._pending, set()
        if self.player is not None and pending:
            self.player.play(Cue.FAIL if Cue.FAIL in pending else Cue.PASS)
