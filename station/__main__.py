"""Allows `python -m station` as well as the `station` entry point."""

import sys

from station.cli.main import main

sys.exit(main())
