"""Long fuzz run (not in CI): `python -m tests.fuzz.long_run [--cases 100000]` per decoder, prints figures."""

from __future__ import annotations

import argparse
import time

from hypothesis import HealthCheck, given, settings

from tests.fuzz.strategies import (
    check_document,
    check_frame,
    check_profile,
    damaged_lines,
    documents,
    profile_inputs,
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=100_000)
    args = parser.parse_args()
    runs = [("board frame decoder", damaged_lines(), check_frame),
            ("job document parser", documents, check_document),
            ("profile loader", profile_inputs, check_profile)]
    for name, strategy, check in runs:
        started = time.monotonic()
        run = settings(max_examples=args.cases, deadline=2000, database=None,  # a hang fails the run
                       suppress_health_check=list(HealthCheck))(given(strategy)(check))
        run()
        took = time.monotonic() - started
        print(f"{name:<22} {args.cases:>8} cases in {took:7.1f} s ({args.cases / took:,.0f}/s): no crash, no hang")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
