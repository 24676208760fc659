"""The CLI's live table (rich): redrawn on a terminal, plain lines on pipes and dumb terminals, board text inert."""

from __future__ import annotations

import io
import os
import re
from collections.abc import Iterator

import pytest
from rich.console import Console

from station.cli.render import JsonRenderer, LineRenderer, LiveRenderer, choose_renderer
from station.pipeline.events import Identified, StepStarted, UnitFailed, UnitPassed
from station.pipeline.states import UnitState as S


@pytest.fixture(autouse=True)
def _no_terminal_overrides(monkeypatch: pytest.MonkeyPatch) -> None:
    # rich treats these as "this is a terminal" / "this is not"; the operator's shell must not decide the test.
    for name in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "NO_COLOR", "JUPYTER_COLUMNS", "COLUMNS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")


@pytest.fixture
def pty_out() -> Iterator[io.TextIOWrapper]:
    """The writing end of a real pseudo-terminal, as a text stream (what an operator's terminal gives us)."""
    pty = pytest.importorskip("pty")
    main, secondary = pty.openpty()
    out = open(secondary, "w", encoding="utf-8", closefd=True)  # noqa: SIM115 - closed below
    try:
        yield out
    finally:
        out.close()
        os.close(main)


def test_a_terminal_gets_the_live_table(pty_out: io.TextIOWrapper) -> None:
    assert isinstance(choose_renderer(json_lines=False, plain=False, out=pty_out), LiveRenderer)
    assert isinstance(choose_renderer(json_lines=False, plain=True, out=pty_out), LineRenderer)
    assert isinstance(choose_renderer(json_lines=True, plain=False, out=pty_out), JsonRenderer)


def test_a_pipe_or_a_dumb_terminal_gets_plain_lines(pty_out: io.TextIOWrapper,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    read, write = os.pipe()
    with open(write, "w", encoding="utf-8") as pipe:
        assert isinstance(choose_renderer(json_lines=False, plain=False, out=pipe), LineRenderer)
    os.close(read)
    assert isinstance(choose_renderer(json_lines=False, plain=False, out=io.StringIO()), LineRenderer)
    monkeypatch.setenv("TERM", "dumb")  # cannot move the cursor: a redrawn table would smear
    assert isinstance(choose_renderer(json_lines=False, plain=False, out=pty_out), LineRenderer)


HOSTILE = "[bold red]x[/] \x1b[2J\x1bc\u202epwned"


def _run(console: Console) -> str:
    renderer = LiveRenderer(console=console, min_interval=0)
    renderer(StepStarted(port="COM12", unit=1, step=S.IDENTIFYING))
    renderer(Identified(port="COM12", unit=1, serial=HOSTILE, model="m", hw_revision="B", fw_version="1.0.0",
                        thing_name="thing-1"))
    renderer(StepStarted(port="COM13", unit=2, step=S.IDENTIFYING))
    renderer(UnitPassed(port="COM12", unit=1, serial="A1", thing_name="thing-1", certificate_id="ab" * 32,
                        group="g", seconds=1.25, round_trips=4, ready=True))
    renderer(UnitFailed(port="COM13", unit=2, step=S.REGISTERING, cause="no answer", remedy="replug"))
    renderer.close()
    return console.file.getvalue()  # type: ignore[attr-defined]


def _vt(width: int) -> Console:
    """A VT terminal, as Windows Terminal and xterm are (rich's legacy-console path needs the Win32 API)."""
    return Console(file=io.StringIO(), force_terminal=True, legacy_windows=False, width=width,
                   color_system="standard")


def test_the_table_redraws_in_place_and_shows_every_unit() -> None:
    out = _run(_vt(140))
    text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", out)
    assert "\x1b[2K" in out and re.search(r"\x1b\[\d+A", out)  # rich erased and moved up: redrawn, not appended
    final = text[text.rindex("unit"):]  # the last drawing of the table
    for word in ("unit", "serial", "step", "port", "READY", "FAILED", "COM12", "COM13", "thing-1 in 1.2 s",
                 "registering: no answer"):
        assert word in final, word


def test_board_text_is_shown_not_obeyed() -> None:
    out = _run(_vt(200))
    assert "[bold red]x[/]" in out  # rich markup in a serial is shown as typed, not interpreted
    assert "\x1b[2J" not in out and "\x1bc" not in out and "\u202e" not in out  # escaped by clean_fields
    # Only rich's own sequences: colours, erase line, cursor up, cursor hide/show.
    assert set(re.findall(r"\x1b\[[0-9;?]*([A-Za-z])", out)) <= {"m", "K", "A", "l", "h"}
    assert re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", out).count("\x1b") == 0


def test_without_a_terminal_the_table_is_printed_once_at_the_end() -> None:
    out = _run(Console(file=io.StringIO(), force_terminal=False, width=140))
    assert "\x1b" not in out
    assert out.count("READY") == 1 and out.count("FAILED") == 1
