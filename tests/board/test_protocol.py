"""Frame codec of the reference protocol: round trips and every malformed-frame class."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from station.board.errors import CorruptFrame, MalformedFrame, ProtocolMismatch
from station.board.protocol import MAX_LINE, Frame, Kind, LineReader, crc_of, decode_frame, encode_frame
from station.virtual.board import corrupt
from station.virtual.faults import FaultPlan

PORT = "/dev/ttyTEST"


def raw(content: str, *, crc: str | None = None) -> bytes:
    """A line with a correct CRC over content (or the given one)."""
    data = content.encode()
    return data + b"*" + (crc or crc_of(data)).encode() + b"\n"


def test_encode_matches_the_documented_example() -> None:
    line = encode_frame(Frame(0x1A, Kind.REQUEST, "hello", {}))
    assert line == raw("@1 001A Q hello {}")
    assert line.endswith(b"\n") and line.count(b"\n") == 1


@pytest.mark.parametrize("kind", list(Kind))
def test_round_trip_every_kind(kind: Kind) -> None:
    frame = Frame(0xFFFF, kind, "wchunk", {"obj": "cert", "off": 192, "data": "QUJD", "ok": True, "n": None})
    assert decode_frame(encode_frame(frame), PORT) == frame


@given(rid=st.integers(0, 0xFFFF),
       body=st.dictionaries(st.text(max_size=8), st.one_of(st.integers(), st.text(max_size=30),
                                                           st.booleans(), st.none()), max_size=5))
def test_round_trip_property(rid: int, body: dict[str, object]) -> None:
    frame = Frame(rid, Kind.ANSWER, "identify", body)
    assert decode_frame(encode_frame(frame)) == frame


def test_crlf_and_junk_before_the_marker_are_tolerated() -> None:
    line = encode_frame(Frame(7, Kind.ANSWER, "hello", {"protocol": 1}))
    assert decode_frame(b"\x00\xffboot noise" + line[:-1] + b"\r\n", PORT).body == {"protocol": 1}


def test_encode_refuses_an_over_long_frame() -> None:
    with pytest.raises(ValueError, match="512"):
        encode_frame(Frame(1, Kind.REQUEST, "wchunk", {"data": "A" * 600}))


@pytest.mark.parametrize(("line", "error", "words"), [
    (b"hello there\n", MalformedFrame, "start marker"),
    (raw("#1 0001 Q hello {}").replace(b"#", b"x"), MalformedFrame, "start marker"),
    (b"@1 0001 Q hello {}\n", MalformedFrame, "CRC trailer"),
    (b"@1 0001 Q hello {}*1234\n", MalformedFrame, "CRC trailer"),
    (raw("@x 0001 Q hello {}"), MalformedFrame, "version"),
    (raw("@2 0001 Q hello {}"), ProtocolMismatch, "version 2"),
    (raw("@1 01 Q hello {}"), MalformedFrame, "request id"),
    (raw("@1 00ab Q hello {}"), MalformedFrame, "request id"),
    (raw("@1 0001 X hello {}"), MalformedFrame, "kind"),
    (raw("@1 0001 Q Hello {}"), MalformedFrame, "command"),
    (raw("@1 0001 Q hello {nope}"), MalformedFrame, "JSON"),
    (raw("@1 0001 Q hello [1,2]"), MalformedFrame, "JSON object"),
    (raw("@1 0001 Q hello"), MalformedFrame, "header"),
    (raw("@1 0001 Q hello {}", crc="DEADBEEF"), CorruptFrame, "CRC check failed"),
    (raw('@1 0001 Q wchunk {"data":"' + "A" * 520 + '"}'), MalformedFrame, "512"),
])
def test_malformed_classes(line: bytes, error: type[Exception], words: str) -> None:
    with pytest.raises(error) as info:
        decode_frame(line, PORT)
    assert PORT in str(info.value)
    # Plain words in the cause; the raw frame only in the detail (for the log).
    assert words in str(info.value) + " " + getattr(info.value, "detail", "")


def test_corrupt_frame_cause_is_plain_and_detail_is_technical() -> None:
    with pytest.raises(CorruptFrame) as info:
        decode_frame(raw("@1 0001 Q hello {}", crc="DEADBEEF"), PORT)
    assert info.value.cause == f"{PORT}: garbled data on the serial line (CRC check failed)"
    assert "DEADBEEF" in info.value.detail and "hello" in info.value.detail


def test_virtual_corruption_always_breaks_the_crc() -> None:
    for n in range(200):
        line = encode_frame(Frame(n, Kind.ANSWER, "read", {"off": n, "data": "+/=" * (n % 40), "eof": False}))
        with pytest.raises(CorruptFrame):
            decode_frame(corrupt(line), PORT)


def test_line_reader_splits_resyncs_and_reports_partial_frames() -> None:
    reader = LineReader()
    one = encode_frame(Frame(1, Kind.ANSWER, "hello", {}))
    assert reader.feed(one[:5]) == []
    assert reader.frame_started()
    assert reader.feed(one[5:] + b"\r\n" + one) == [one, one]
    # Over-long: reported once as a too-long line, then everything up to the newline is dropped.
    lines = reader.feed(b"@" + b"x" * (MAX_LINE + 100))
    assert len(lines) == 1 and len(lines[0]) == MAX_LINE + 1
    assert reader.feed(b"y" * 1000) == []
    assert reader.feed(b"tail\n" + one) == [one]
    with pytest.raises(MalformedFrame):
        decode_frame(lines[0], PORT)
    reader.feed(b"junk")
    assert not reader.frame_started() and reader.pending == b"junk"
    reader.clear()
    assert reader.pending == b""


def test_fault_spec_parser() -> None:
    plan = FaultPlan.parse("corrupt:2,drop:cert:1,silent:keygen,refuse-csr,dup-serial:SN123")
    assert plan.corrupt_frames == 2 and plan.drop_link_at == ("cert", 1)
    assert plan.silent_from == "keygen" and plan.refuse_csr and plan.duplicate_serial == "SN123"
    assert FaultPlan.parse("silent").silent_from == "*"
    assert FaultPlan.parse("") == FaultPlan()
    for bad in ("corrupt:x", "drop:csr:1", "drop:cert:0", "explode", "dup-serial", "refuse-csr:1"):
        with pytest.raises(ValueError, match="fault spec"):
            FaultPlan.parse(bad)


def test_fault_knobs_at_run_time() -> None:
    plan = FaultPlan(corrupt_frames=1)
    assert plan.take_corruption() and not plan.take_corruption()
    plan.update(silent_from="keygen")
    assert not plan.is_silent("hello") and plan.is_silent("keygen") and plan.is_silent("hello")
    plan.update(silent_from=None)
    assert not plan.is_silent("keygen")
    plan.update(drop_link_at=("ca", 2))
    assert [plan.should_drop("ca") for _ in range(3)] == [False, True, False]
    with pytest.raises(AttributeError):
        plan.update(explode=True)
