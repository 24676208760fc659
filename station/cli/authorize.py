"""The QA and engineer roles on the command line: the PIN, the lockout, and the audit entry of every action.

The PIN comes, in this order, from ``--pin-stdin`` (one line on standard input), the ``STATION_PIN``
environment variable (automation), or a getpass prompt when a terminal is attached. Every unlock, right or
wrong, and every action with its outcome is written to the audit trail with the OS user, the role, how the
PIN was given, and ``via: cli``; then the chain's head is anchored in S3 when the profile has a records prefix.
Wrong PINs count against the same lockout as the window's (station.lockout, state read from the audit trail).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from station.errors import StationError
from station.lockout import LockoutPolicy, PinAttempts, wait_text
from station.pins import verify_pin
from station.records.store import RecordStore

if TYPE_CHECKING:
    from station.cloud.adapter import IotCloud
    from station.profile import Profile

PIN_ENV = "STATION_PIN"
ROLES = ("qa", "engineer")  # ordered: the engineer may do everything QA may


class RoleRefused(StationError):
    """The command needs the QA or engineer role and it was not unlocked."""

    default_remedy = (f"Give the role's PIN: typed at the prompt, in the {PIN_ENV} environment variable, or on "
                      "standard input with --pin-stdin.")


def os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""


def add_pin_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--pin-stdin", action="store_true",
                   help=f"read the QA/engineer PIN from standard input (else ${PIN_ENV}, else a prompt)")


def _read_pin(args: argparse.Namespace, role: str) -> tuple[str, str]:
    """(PIN, where it came from); refuses when there is no way to get one."""
    if getattr(args, "pin_stdin", False):
        return sys.stdin.readline(), "stdin"
    value = os.environ.get(PIN_ENV)
    if value is not None:
        return value, "environment"
    if sys.stdin.isatty():
        return getpass.getpass(f"{role} PIN: "), "prompt"
    raise RoleRefused(f"this command needs the {role} role and no PIN was given (no terminal to ask on)",
                      step="role")


def _hashes(profile: Profile, needs: str) -> list[tuple[str, str]]:
    """(role, hash) pairs that may unlock ``needs``, lowest role first; roles without a hash are left out."""
    by_role = {"qa": profile.roles.qa_pin, "engineer": profile.roles.engineer_pin}
    return [(r, by_role[r]) for r in ROLES[ROLES.index(needs):] if by_role[r]]


@dataclass
class Authorized:
    """An unlocked role for one command: writes the action's entry when the command ends."""

    store: RecordStore
    who: str
    role: str
    credential: str

    def audit(self, action: str, target: str, parameters: Mapping[str, Any], outcome: str) -> None:
        self.store.audit(who=self.who, role=self.role, action=action, target=target,
                         parameters={**parameters, "via": "cli", "credential": self.credential}, outcome=outcome)


def unlock(args: argparse.Namespace, profile: Profile, needs: str, store: RecordStore, *,
           policy: LockoutPolicy | None = None) -> Authorized:
    """Check the PIN for ``needs`` ("qa" or "engineer"), auditing the attempt; raises RoleRefused."""
    who = os_user() or "unknown"
    candidates = _hashes(profile, needs)
    if not candidates:
        store.audit(who=who, role=needs, action="unlock", target=needs, parameters={"via": "cli"},
                    outcome="no PIN in the profile")
        raise RoleRefused(f"this profile sets no {needs} PIN, so the {needs} commands are locked", step="role",
                          remedy=f"Set [roles] {needs}_pin in the profile (make the hash with 'station hash-pin').")
    attempts = PinAttempts.replay(store.failed_unlocks("cli"), policy)
    wait = attempts.locked_for()
    if wait > 0:
        store.audit(who=who, role=needs, action="unlock", target=needs, parameters={"via": "cli"},
                    outcome="locked out")
        raise RoleRefused(f"too many wrong PINs: the {needs} role is locked for {wait_text(wait)} more",
                          step="role", remedy="Wait, then give the right PIN; every attempt is in the audit trail.")
    try:
        pin, credential = _read_pin(args, needs)
    except RoleRefused:
        store.audit(who=who, role=needs, action="unlock", target=needs, parameters={"via": "cli"},
                    outcome="no PIN given")
        raise
    role = next((r for r, h in candidates if verify_pin(pin, h)), None)
    params = {"via": "cli", "credential": credential}
    if role is None:
        store.audit(who=who, role=needs, action="unlock", target=needs, parameters=params, outcome="wrong PIN")
        wait = attempts.failed()
        more = f"; locked for {wait_text(wait)}" if wait > 0 else ""
        raise RoleRefused(f"wrong {needs} PIN{more}", step="role")
    store.audit(who=who, role=role, action="unlock", target=needs, parameters=params, outcome="ok")
    return Authorized(store, who, role, credential)


@contextmanager
def role_action(args: argparse.Namespace, profile: Profile, cloud: IotCloud, needs: str, action: str, target: str,
                parameters: Mapping[str, Any]) -> Iterator[Authorized]:
    """Unlock ``needs``, run the body, and audit its outcome (done, or the error); then anchor the chain."""
    from station.records.anchor import AuditAnchor, anchor_quietly

    with RecordStore() as store:
        anchor = AuditAnchor.for_profile(cloud, profile)
        try:
            auth = unlock(args, profile, needs, store)
        except RoleRefused:
            anchor_quietly(anchor, store)
            raise
        with _audited(auth, anchor, action, target, parameters):
            yield auth


@contextmanager
def credential_action(profile: Profile, cloud: IotCloud, role: str, credential: str, action: str, target: str,
                      parameters: Mapping[str, Any]) -> Iterator[Authorized]:
    """An action whose credential is not a PIN but an AWS identity of its own (bootstrap runs as the
    engineer's): audited the same way, with the OS user and ``credential`` naming that identity."""
    from station.records.anchor import AuditAnchor

    with RecordStore() as store:
        auth = Authorized(store, os_user() or "unknown", role, credential)
        with _audited(auth, AuditAnchor.for_profile(cloud, profile), action, target, parameters):
            yield auth


@contextmanager
def _audited(auth: Authorized, anchor: Any, action: str, target: str,
             parameters: Mapping[str, Any]) -> Iterator[None]:
    from station.records.anchor import anchor_quietly

    try:
        yield
    except BaseException as exc:
        cause = exc.cause if isinstance(exc, StationError) else f"{type(exc).__name__}: {exc}"[:300]
        auth.audit(action, target, parameters, f"failed: {cause}")
        anchor_quietly(anchor, auth.store)
        raise
    auth.audit(action, target, parameters, "done")
    anchor_quietly(anchor, auth.store)
