"""`station rework` commands (issue 14: being written)."""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: Any) -> None:  # argparse's _SubParsersAction
    """Add the command's parsers to ``sub``."""
    _ = argparse
