"""GUI tests run offscreen unless a platform is chosen explicitly (CI has no display)."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
