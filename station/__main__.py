"""Allows `python -m station` as well as the `station` entry point."""

import sys

from station.cli.main import main

# Guarded: station.messages.load_catalog imports every station module, this one included.
if __name__ == "__main__":
    sys.exit(main())
