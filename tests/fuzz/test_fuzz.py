"""Short fuzz runs in CI: decoders and loaders never crash or hang, they raise their typed error."""

from __future__ import annotations

from hypothesis import example, given, settings

from tests.fuzz.strategies import (
    TEXT,
    check_document,
    check_frame,
    check_profile,
    damaged_lines,
    documents,
    profile_inputs,
)

CI = settings(max_examples=400, deadline=500)


@CI
@given(damaged_lines())
def test_frame_decoder_on_damaged_frames(data: bytes) -> None:
    check_frame(data)


@CI
@given(documents)
def test_job_document_parser(raw: str | bytes) -> None:
    check_document(raw)


@settings(max_examples=200, deadline=1000)
@given(profile_inputs)
@example(TEXT.replace("demo-station", "d\xe9mo").encode("latin-1"))  # not UTF-8: was a UnicodeDecodeError
@example(TEXT.replace("parallel = 8", "parallel = " + "[" * 2000 + "]" * 2000))  # was a RecursionError
@example(TEXT.replace("parallel = 8", "parallel = nan"))
def test_profile_loader(raw: str | bytes) -> None:
    check_profile(raw)
