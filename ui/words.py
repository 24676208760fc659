"""Plain words for the operator: states, step names and progress in the window's language (station.pipeline.words)."""

from __future__ import annotations

from station.pipeline import words
from station.pipeline.states import UnitState
from ui.i18n import tr_message


def state_words(state: UnitState) -> str:
    return tr_message(words.state_words(state))


def step_name(state: UnitState) -> str:
    return tr_message(words.step_name(state))


def duration(seconds: float) -> str:
    """Elapsed time as m:ss (h:mm:ss past an hour); never negative."""
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def progress_words(step: UnitState, note: str) -> str:
    """A Progress note for the operator: job notes are already words; object kinds are not."""
    return tr_message(words.progress_message(step, note))
