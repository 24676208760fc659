"""Integration fixtures: a real embedded cloud (ministack child process) per test, bootstrapped."""

from __future__ import annotations

import pytest

pytest.importorskip("ministack")




