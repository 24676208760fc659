"""Roles: operator by default; QA and engineer unlocked with a PIN whose hash the profile's [roles] holds."""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication

from station.pins import verify_pin
from station.profile import Profile
from ui.i18n import QT_TRANSLATE_NOOP


class Role(enum.IntEnum):
    """Ordered: a higher role may do everything a lower one may."""

    OPERATOR = 0
    QA = 1
    ENGINEER = 2

    @property
    def label(self) -> str:
        """The role's name in the window's language."""
        return QCoreApplication.translate("Role", _LABELS[self.value])

    @property
    def english(self) -> str:
        """The role's name in English (audit trail, logs)."""
        return _LABELS[self.value]


_LABELS = {0: QT_TRANSLATE_NOOP("Role", "Operator"), 1: QT_TRANSLATE_NOOP("Role", "QA"),
           2: QT_TRANSLATE_NOOP("Role", "Engineer")}


#: The PIN of the packaged demo profile (its [roles] hashes are of this PIN); never used by a line profile.
DEV_PIN = "0000"


def pin_hash(role: Role, profile: Profile) -> str:
    return {Role.QA: profile.roles.qa_pin, Role.ENGINEER: profile.roles.engineer_pin}.get(role, "")


def check_pin(role: Role, pin: str, profile: Profile) -> bool:
    """True if ``pin`` unlocks ``role`` by the profile's [roles] hashes; the operator role needs none.

    A role without a configured hash cannot be unlocked at all.
    """
    if role is Role.OPERATOR:
        return True
    return verify_pin(pin, pin_hash(role, profile))
