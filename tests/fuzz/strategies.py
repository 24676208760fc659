"""Hypothesis strategies and the three targets fuzzed: frame decoder, job-document parser, profile loader."""

from __future__ import annotations

import json

from hypothesis import strategies as st

from station.board.errors import BoardLinkError
from station.board.protocol import MAX_LINE, Frame, Kind, LineReader, decode_frame, encode_frame
from station.errors import ProfileError
from station.jobs.documents import DocumentError, JobDocument, parse_document
from station.profile import default_profile_text, parse_profile

PORT = "fuzz"
TEXT = default_profile_text()

json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
                           lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                                        max_size=4),
                           max_leaves=12)

frames = st.builds(Frame, rid=st.integers(0, 0xFFFF), kind=st.sampled_from(list(Kind)),
                   cmd=st.sampled_from(["hello", "identify", "keygen", "read", "wchunk", "readback", "boot"]),
                   body=st.dictionaries(st.sampled_from(["off", "data", "obj", "size", "eof"]),
                                        st.integers(0, 1 << 20) | st.text(max_size=60) | st.booleans(), max_size=4))


@st.composite
def damaged_lines(draw: st.DrawFn) -> bytes:
    """Valid frames with bytes flipped, cut, inserted or duplicated — what a noisy UART produces."""
    try:
        line = bytearray(encode_frame(draw(frames)))
    except ValueError:
        line = bytearray(b"@1 0001 Q hello {}*00000000\n")
    damage(draw, line)
    return bytes(line)


def damage(draw: st.DrawFn, data: bytearray) -> None:
    """Up to 4 bytes-level accidents of a noisy UART, in place: a flipped byte, a cut, an insertion, a repeat."""
    for _ in range(draw(st.integers(0, 4))):
        op = draw(st.sampled_from(["flip", "cut", "insert", "dup"]))
        i = draw(st.integers(0, max(0, len(data) - 1)))
        if op == "flip" and data:
            data[i] ^= draw(st.integers(1, 255))
        elif op == "cut":
            del data[i:i + draw(st.integers(1, 8))]
        elif op == "insert":
            data[i:i] = draw(st.binary(min_size=1, max_size=8))
        else:
            data[i:i] = data[i:i + 8]


def check_frame(data: bytes) -> None:
    """Either a Frame or a BoardLinkError naming the port; nothing else may escape."""
    reader = LineReader()
    for line in reader.feed(data) or [data]:
        try:
            frame = decode_frame(line, PORT)
        except BoardLinkError as exc:
            assert PORT in str(exc)
        else:
            assert isinstance(frame, Frame) and len(line) <= MAX_LINE + 2


documents = st.one_of(
    st.binary(max_size=200),
    st.text(max_size=200),
    json_values.map(json.dumps),
    st.fixed_dictionaries({"operation": st.sampled_from(["install", "config-download", "config-upload", "x"])},
                          optional={"url": st.text(max_size=40) | st.just("https://s3/x"),
                                    "version": json_values, "sha256": st.text(max_size=70), "size": json_values,
                                    "forced": json_values, "model": json_values}).map(json.dumps),
)


def check_document(raw: str | bytes) -> None:
    try:
        doc = parse_document(raw)
    except DocumentError as exc:
        assert str(exc)
    else:
        assert isinstance(doc, JobDocument)
        assert parse_document(doc.to_json()) == doc  # what the station writes, the device reads back


@st.composite
def profile_texts(draw: st.DrawFn) -> str:
    """The demo profile with one line replaced by a random key = value, or random text."""
    lines = TEXT.splitlines()
    if draw(st.booleans()):
        return draw(st.text(max_size=300))
    i = draw(st.integers(0, len(lines) - 1))
    key = lines[i].split("=", 1)[0].strip() if "=" in lines[i] else draw(st.text(max_size=10))
    value = draw(st.one_of(st.integers(), st.floats().map(repr),  # nan, inf too
                           st.text(max_size=20).map(json.dumps), st.just("[]"), st.just("{}"), st.just("true")))
    lines[i] = f"{key} = {value}"
    return "\n".join(lines)


@st.composite
def nested(draw: st.DrawFn) -> str:
    """The demo profile with a value, a table or a key nested hundreds to thousands deep."""
    depth = draw(st.integers(1, 3000))
    shape = draw(st.sampled_from(["array", "inline", "header"]))
    key = draw(st.sampled_from(["parallel", "extra", "thing_type", "ports"]))
    if shape == "array":
        value = "[" * depth + "1" + "]" * depth
    elif shape == "inline":
        value = "{a = " * depth + "1" + "}" * depth
    else:
        section = draw(st.sampled_from(["models", "cloud", "serial.timeouts", "x"]))
        return TEXT + f"\n[{section}." + ".".join(["a"] * depth) + "]\nb = 1\n"
    return TEXT.replace("parallel = 8", f"{key} = {value}", 1)


@st.composite
def damaged_bytes(draw: st.DrawFn) -> bytes:
    """The demo profile's bytes with some flipped, cut or inserted: mostly not UTF-8 any more."""
    data = bytearray(TEXT.encode())
    for _ in range(draw(st.integers(1, 6))):
        i = draw(st.integers(0, len(data) - 1))
        op = draw(st.sampled_from(["flip", "cut", "insert"]))
        if op == "flip":
            data[i] ^= draw(st.integers(1, 255))
        elif op == "cut":
            del data[i:i + draw(st.integers(1, 16))]
        else:
            data[i:i] = draw(st.binary(min_size=1, max_size=8))
    return bytes(data)


#: What a profile file may hold: edited text, raw bytes (often not UTF-8) and deeply nested tables.
profile_inputs = st.one_of(profile_texts(), st.binary(max_size=300), damaged_bytes(), nested(),
                           profile_texts().map(lambda t: t.encode("utf-8", "surrogatepass")))


def check_profile(raw: str | bytes) -> None:
    """A Profile or a ProfileError naming its key; never a traceback (UnicodeDecodeError, RecursionError)."""
    try:
        parse_profile(raw, source="fuzz.toml")
    except ProfileError as exc:
        assert exc.key and str(exc)
