"""Firmware version ordering: semver by default, PEP 440 when the profile's [catalog] versioning chooses it."""

from __future__ import annotations

import re
from typing import Any

import packaging.version
import semver

VERSIONING = ("semver", "pep440")
DEFAULT_VERSIONING = "semver"

#: A sort key: (1, parsed version, (), text) for versions the scheme reads, (0, None, label parts, text) for
#: labels it cannot (a board's "factory-1.0"); the text breaks ties such as 1.2.0 and 1.2.0+build7.
VersionKey = tuple[int, Any, tuple[tuple[int, str], ...], str]


def parse_version(version: str, scheme: str = DEFAULT_VERSIONING) -> semver.Version | packaging.version.Version | None:
    """The version as ``scheme`` reads it, or None when it is not one."""
    try:
        if scheme == "pep440":
            return packaging.version.Version(version)
        if scheme == "semver":
            # 1 and 1.4 are read as 1.0.0 and 1.4.0: short versions are common for configurations.
            return semver.Version.parse(version, optional_minor_and_patch=True)
    except (ValueError, TypeError):
        return None
    raise ValueError(f"unknown versioning '{scheme}' (known: {', '.join(VERSIONING)})")


def version_problem(version: str, scheme: str = DEFAULT_VERSIONING) -> str | None:
    """Why ``version`` cannot be ordered under ``scheme``, or None."""
    if parse_version(version, scheme) is not None:
        return None
    example = "1.4.2, 1.4.2-rc1 or 1.4.2+build7" if scheme == "semver" else "1.4.2, 1.4.2rc1 or 1.4.2.post1"
    return f"'{version}' is not a {scheme} version (e.g. {example})"


def _label_parts(label: str) -> tuple[tuple[int, str], ...]:
    # Labels no scheme reads are only ever compared among themselves: numbers as numbers, the rest as text.
    return tuple((int(p), "") if p.isdigit() else (-1, p) for p in re.split(r"[.+_-]", label))


def version_key(version: str, scheme: str = DEFAULT_VERSIONING) -> VersionKey:
    """Sort key ordering versions by ``scheme`` (1.4.2-rc1 < 1.4.2 < 1.4.10); labels it cannot read sort first."""
    parsed = parse_version(version, scheme)
    if parsed is None:
        return 0, None, _label_parts(version), version
    return 1, parsed, (), version


def is_downgrade(current: str, new: str, scheme: str = DEFAULT_VERSIONING) -> bool:
    """True when installing ``new`` over ``current`` goes back; the same version is not a downgrade."""
    old_key, new_key = version_key(current, scheme), version_key(new, scheme)
    return new_key[:3] < old_key[:3]
