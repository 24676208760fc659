"""Entry script of the bundle's windowed executable `station-gui` (pyinstaller.spec): the window, no console."""

from __future__ import annotations

import sys

from ui.entry import windowed_main

if __name__ == "__main__":
    sys.exit(windowed_main())
