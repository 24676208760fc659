"""Untrusted text at the sinks: control and bidi characters escaped for the terminal and the log; secrets redacted;
the log readable by the station's user only."""

from __future__ import annotations

import io
import logging
import os
import re
import stat
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from station.cli.render import JsonRenderer, LineRenderer, LiveRenderer
from station.cloud.rules import identity_problem
from station.domain import BoardIdentity
from station.logs import redact, setup_logging
from station.pipeline.events import Identified, Progress, StepFinished, UnitFailed, UnitPassed
from station.pipeline.states import UnitState as S
from station.safetext import clean, clean_fields, is_clean, one_line
from tests.logfiles import flushed

#: What a hostile board reports: clear the screen, set the terminal title, a C1 CSI, a right-to-left override.
HOSTILE = "SN\x1b[2J\x1b[H\x1b]0;pwned\x07\x9b31m\u202eexe.txt\u2066\r\x00"
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def test_clean_escapes_controls_and_bidi_visibly() -> None:
    assert clean("a\x1b[2Jb") == "a\\x1b[2Jb"
    assert clean("\u202eabc\u2069") == "\\u202eabc\\u2069"
    assert clean("\x9b\x85\x7f") == "\\x9b\\x85\\x7f"
    assert clean("line 1\nline 2\tx\r") == "line 1\nline 2\tx\\x0d"
    assert one_line("a\nb\tc") == "a\\nb\\tc"
    assert clean("plain café ✔ 1.2.3") == "plain café ✔ 1.2.3"
    assert UNSAFE.search(clean(HOSTILE)) is None and is_clean(one_line(HOSTILE))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec=None, exclude_categories=())))
def test_no_text_gets_through_clean_with_a_control_or_bidi_character(text: str) -> None:
    assert UNSAFE.search(clean(text).replace("\n", "").replace("\t", "")) is None
    assert is_clean(one_line(text)) and "\n" not in one_line(text)
    if is_clean(text):
        assert one_line(text) == text  # clean text is left alone


def test_clean_fields_cleans_every_string_of_an_event_but_not_its_enums() -> None:
    e = UnitFailed(port="p", unit=1, step=S.WRITING, cause=HOSTILE, remedy="r\x1b[1m", created=[HOSTILE])
    c = clean_fields(e)
    assert c.step is S.WRITING and c.port == "p" and c.unit == 1
    assert UNSAFE.search(c.cause) is None and UNSAFE.search(c.remedy) is None and UNSAFE.search(c.created[0]) is None
    assert clean_fields(c) is c  # nothing left to change: the same object


def _events() -> list[object]:
    return [Identified(port="/dev/pts/3", unit=1, serial=HOSTILE, model="m\x1b[8m", hw_revision="B\u202e",
                       fw_version="1\x1b[2J", thing_name="t\x1bc"),
            StepFinished(port="/dev/pts/3", unit=1, step=S.IDENTIFYING, seconds=0.1, detail=HOSTILE),
            Progress(port="/dev/pts/3", unit=1, step=S.CONNECTING, done=1, total=2, note=HOSTILE),
            UnitFailed(port="/dev/pts/3", unit=1, step=S.UPDATING, cause=HOSTILE, remedy=HOSTILE, created=[HOSTILE]),
            UnitPassed(port="/dev/pts/3", unit=2, serial=HOSTILE, thing_name=HOSTILE, certificate_id="ab" * 32,
                       group=HOSTILE, seconds=1.0, round_trips=2, versions={"firmware": HOSTILE})]


def test_the_line_and_json_renderers_write_no_control_or_bidi_character() -> None:
    for renderer_type in (LineRenderer, JsonRenderer):
        out = io.StringIO()
        renderer = renderer_type(out)
        for event in _events():
            renderer(event)  # type: ignore[arg-type]
        text = out.getvalue()
        assert "\x1b" not in text and UNSAFE.search(text.replace("\n", "")) is None, renderer_type
        assert "pwned" in text  # escaped, not dropped: the engineer still sees what the board sent


def test_the_live_table_writes_only_its_own_escape_codes() -> None:
    out = io.StringIO()
    renderer = LiveRenderer(out, min_interval=0)
    for event in _events():
        renderer(event)  # type: ignore[arg-type]
    renderer.close()
    # The table redraws itself with "cursor up N lines" and "erase line"; nothing else may reach the terminal.
    own = re.sub(r"\x1b\[\d+F|\x1b\[2K", "", out.getvalue())
    assert UNSAFE.search(own.replace("\n", "")) is None


def test_the_log_holds_no_control_or_bidi_character(log_file: Path) -> None:
    log = logging.getLogger("station.test")
    log.warning("unit 1 on %s failed: %s", "/dev/pts/3", HOSTILE)
    log.info(f"identified {HOSTILE}")
    try:
        raise RuntimeError(HOSTILE)
    except RuntimeError:
        log.exception("write failed")
    text = flushed(log_file)
    assert UNSAFE.search(text) is None
    assert text.count("\\x1b[2J") == 3 and "write failed" in text and "Traceback" in text


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_the_log_is_readable_by_the_station_user_only(tmp_path: Path) -> None:
    old = os.umask(0o022)  # a typical umask would make both world-readable
    root = logging.getLogger()
    level = root.level
    try:
        path = setup_logging(logging.INFO, tmp_path / "deep" / "logs")
        logging.getLogger("station.test").info("hello")
        handler = next(h for h in root.handlers if getattr(h, "_station", False))
        assert isinstance(handler, logging.handlers.RotatingFileHandler)
        handler.doRollover()  # the rotated file and the new one keep the mode
        logging.getLogger("station.test").info("again")
    finally:
        os.umask(old)
        for h in [h for h in root.handlers if getattr(h, "_station", False)]:
            root.removeHandler(h)
            h.close()
        root.setLevel(level)
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    for f in (path, path.with_name("station.log.1")):
        assert stat.S_IMODE(f.stat().st_mode) == 0o600, f


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_an_existing_log_and_folder_are_tightened(tmp_path: Path) -> None:
    directory = tmp_path / "logs"
    directory.mkdir(mode=0o755)
    (directory / "station.log").write_text("old\n")
    os.chmod(directory / "station.log", 0o644)
    root = logging.getLogger()
    level = root.level
    try:
        path = setup_logging(logging.INFO, directory)
    finally:
        for h in [h for h in root.handlers if getattr(h, "_station", False)]:
            root.removeHandler(h)
            h.close()
        root.setLevel(level)
    assert stat.S_IMODE(directory.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


SIG = "b2d1c1a3f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3"
TOKEN = "IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQDexample+token="
TOKEN_URL = TOKEN.replace("/", "%2F").replace("+", "%2B").replace("=", "%3D")


@pytest.mark.parametrize("line", [
    f"GET https://b.s3.amazonaws.com/fw.bin?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature={SIG}&x=1",
    f"url https://b.s3.amazonaws.com/fw.bin?X-Amz-Security-Token={TOKEN_URL}&X-Amz-Signature={SIG}",
    # A presigned URL inside another URL's query: "=" itself is encoded (%3D), the value twice (%253D).
    f"redirect?to=https%3A%2F%2Fb%2Ffw.bin%3FX-Amz-Security-Token%3D{TOKEN_URL.replace('%', '%25')}"
    f"%26X-Amz-Signature%3D{SIG}",
    f"config {{'secret_key': '{TOKEN}', 'access_key': 'AKIAEXAMPLE'}}",
    f"secret_key={TOKEN}",
])
def test_redaction_covers_presigned_urls_and_secret_key(line: str) -> None:
    text = redact(line)
    assert SIG not in text and TOKEN not in text and TOKEN_URL not in text
    assert TOKEN_URL.replace("%", "%25") not in text and TOKEN[:24] not in text
    assert "[REDACTED]" in text


def test_redaction_reaches_the_log_file(log_file: Path) -> None:
    logging.getLogger("station.test").info("downloading https://b/fw.bin?X-Amz-Security-Token=%s&X-Amz-Signature=%s",
                                           TOKEN_URL, SIG)
    text = flushed(log_file)
    assert SIG not in text and TOKEN_URL not in text and "X-Amz-Signature=[REDACTED]" in text


@pytest.mark.parametrize(("ident", "field"), [
    (BoardIdentity("AB12\n", "sensor-a", "B", "1.0.0"), "serial number"),
    (BoardIdentity("", "sensor-a", "B", "1.0.0"), "serial number"),
    (BoardIdentity("AB12", "sensor-a", "B\n", "1.0.0"), "hardware revision"),
    (BoardIdentity("AB12", "sensor-a\n", "B", "1.0.0"), "model"),
    (BoardIdentity("AB12", "sensor-a", "B", "<b><font color=green size=7>PASS"), "firmware version"),
    (BoardIdentity("AB12", "sensor-a", "B", "1.0.0\n"), "firmware version"),
    (BoardIdentity("AB12", "sensor-a", "B", ""), "firmware version"),
    (BoardIdentity("AB12", "sensor-a", "B", "1.0.0", "sensors\x1b[2J"), "product line"),
    (BoardIdentity("AB12", "sensor-a", "B", "1.0.0", "-x"), "product line"),
])
def test_identity_fields_are_checked_whole_against_a_character_set(ident: BoardIdentity, field: str) -> None:
    problem = identity_problem(ident)
    assert problem is not None and problem[0] == field


@pytest.mark.parametrize("ident", [
    BoardIdentity("VBSENSORA-0001", "sensor-a", "B", "1.0.0"),
    BoardIdentity("SN:12/34#5", "gw_2.x", "rev-C", "1.4.2-rc1+build.5", "gateways"),
])
def test_ordinary_identities_pass(ident: BoardIdentity) -> None:
    assert identity_problem(ident) is None
