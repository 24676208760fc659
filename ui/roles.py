"""Roles and their PINs: operator by default, QA and engineer unlocked with a PIN (dev stop-gap, see docs/gui.md)."""

from __future__ import annotations

import enum
import hmac
import os


class Role(enum.IntEnum):
    """Ordered: a higher role may do everything a lower one may."""

    OPERATOR = 0
    QA = 1
    ENGINEER = 2

    @property
    def label(self) -> str:
        return {Role.OPERATOR: "Operator", Role.QA: "QA", Role.ENGINEER: "Engineer"}[self]


#: Stop-gap until the profile carries PIN hashes: a development PIN, overridable per role from the environment.
DEV_PIN = "0000"
PIN_ENV = {Role.QA: "STATION_QA_PIN", Role.ENGINEER: "STATION_ENGINEER_PIN"}


def expected_pin(role: Role) -> str | None:
    if role is Role.OPERATOR:
        return None
    return os.environ.get(PIN_ENV[role]) or DEV_PIN


def check_pin(role: Role, pin: str) -> bool:
    """True if ``pin`` unlocks ``role``; the operator role needs none."""
    expected = expected_pin(role)
    if expected is None:
        return True
    return hmac.compare_digest(pin.strip().encode(), expected.encode())
