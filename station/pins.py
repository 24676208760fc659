"""PIN hashes for the QA and engineer roles: salted PBKDF2-SHA256, so a profile never holds a PIN."""

from __future__ import annotations

import hashlib
import hmac
import os
import re

SCHEME = "pbkdf2-sha256"
ITERATIONS = 200_000
FORMAT = re.compile(rf"^{SCHEME}\$(\d{{4,7}})\$([0-9a-f]{{16,64}})\$([0-9a-f]{{64}})$")


def normalise_pin(pin: str) -> str:
    """The PIN as hashed and as checked: surrounding whitespace (a pasted newline, a stray space) is not part of it.

    Both hash_pin and verify_pin go through here, so a PIN hashed with a trailing newline still unlocks.
    """
    return pin.strip()


def hash_pin(pin: str, *, iterations: int = ITERATIONS, salt: bytes | None = None) -> str:
    pin = normalise_pin(pin)
    if not pin:
        raise ValueError("an empty PIN (or only whitespace) cannot be hashed")
    salt = salt if salt is not None else os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, iterations)
    return f"{SCHEME}${iterations}${salt.hex()}${digest.hex()}"


def is_pin_hash(value: str) -> bool:
    return bool(FORMAT.fullmatch(value))


def verify_pin(pin: str, stored: str) -> bool:
    """True if ``pin`` matches ``stored`` (a hash_pin() string); False for anything malformed or empty."""
    m = FORMAT.fullmatch(stored)
    pin = normalise_pin(pin)
    if not m or not pin:
        return False
    iterations, salt, expected = int(m.group(1)), bytes.fromhex(m.group(2)), m.group(3)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, iterations).hex()
    return hmac.compare_digest(digest, expected)
