"""Test profiles with kind = "aws": the demo's PIN hashes are refused there, so give them hashes of their own."""

from __future__ import annotations

import functools
import re

from station.pins import hash_pin

#: The PIN the demo uses; line profiles of the tests keep it, under their own salted hashes.
TEST_PIN = "0000"


@functools.cache
def _own_hash(role: str) -> str:
    return hash_pin(TEST_PIN, iterations=1000)  # few iterations: tests hash and verify it often


def with_own_pins(text: str) -> str:
    """``text`` (a profile made from the demo's) with [roles] hashes of PIN 0000 that are not the demo's."""
    for role in ("qa_pin", "engineer_pin"):
        text = re.sub(rf'(?m)^{role} = ".*"$', f'{role} = "{_own_hash(role)}"', text)
    return text
