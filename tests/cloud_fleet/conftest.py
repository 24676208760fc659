"""Fleet-claim tests: the demo profile in fleet-claim mode, so the `embedded` fixture bootstraps the template."""

from __future__ import annotations

import dataclasses

import pytest

from station.profile import Profile, load_profile

pytest.importorskip("ministack")


@pytest.fixture
def profile() -> Profile:
    """The demo profile with certificates.mode = "fleet-claim" (its identities and bootstrap follow it)."""
    return dataclasses.replace(load_profile(None), cert_mode="fleet-claim")
