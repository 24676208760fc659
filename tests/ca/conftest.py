"""Fixtures for the line CA tests: a real SoftHSM2 token per test, in tmp_path, with its own SOFTHSM2_CONF."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from station.ca import LineCa, LineCaToken, create_line_ca_token, softhsm_library


@pytest.fixture
def ca_token(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> LineCaToken:
    """A new line CA token in tmp_path/token; its SOFTHSM2_CONF and PIN set in this test's environment."""
    if softhsm_library() is None:
        pytest.skip("SoftHSM2 is not installed (python3 run.py installs it)")
    token = create_line_ca_token(tmp_path / "token")
    for name, value in token.environment().items():
        monkeypatch.setenv(name, value)
    return token


@pytest.fixture
def line_ca(ca_token: LineCaToken) -> Iterator[LineCa]:
    ca = LineCa.open(ca_token.settings())
    yield ca
    ca.close()
