"""`station` entry point: chooses the GUI or the headless CLI before anything imports Qt."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

# Nothing from PySide6 or qasync at module level: the headless CLI goes through here too
# and must start on a machine without a display (or without Qt at all).


def _gui_parser(prog: str, *, demo: bool) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog=prog, description="Open the station window.")
    p.add_argument("--profile", help="station profile (TOML); default: the packaged demo profile")
    p.add_argument("--until", choices=("registered", "ready"), help="where a unit counts as passed")
    p.add_argument("--verbose", "-v", action="store_true", help="log at DEBUG")
    if demo:
        p.add_argument("--gui", action="store_true", help="open the window (this parser only runs with it)")
        p.add_argument("--boards", type=int, default=8, help="number of virtual boards (default 8)")
        p.add_argument("--transport", choices=("pty", "socket"),
                       default="pty" if sys.platform != "win32" else "socket")
        p.add_argument("--fault", action="append", default=[], metavar="BOARD=SPEC",
                       help="inject a fault into board BOARD (1-based), e.g. 3=corrupt:50 or 2=silent")
        p.add_argument("--state-dir", type=Path, help="keep the embedded cloud's state here")
    return p


def gui_main(argv: Sequence[str], *, demo: bool) -> int:
    from station.cli.main import EXIT_ERROR, _parse_faults
    from station.errors import StationError
    from station.logs import setup_logging
    from station.profile import load_profile

    parser = _gui_parser("station demo" if demo else "station gui", demo=demo)
    args = parser.parse_args(argv)
    setup_logging(logging.DEBUG if args.verbose else logging.INFO)
    try:
        profile = load_profile(args.profile)
        if demo and not profile.embedded:
            raise StationError("the demo runs on the embedded cloud; its profile has cloud.kind = \"aws\"",
                               step="profile", remedy="Use the demo profile (omit --profile).")
        faults = _parse_faults(args.fault) if demo else {}
    except argparse.ArgumentTypeError as exc:
        parser.error(str(exc))
    except StationError as exc:
        print(f"error: {exc.cause}\nremedy: {exc.remedy}", file=sys.stderr)
        return EXIT_ERROR

    from ui.app import run
    from ui.session import SessionOptions, StationSession, cloud_label, demo_backend, profile_backend

    options = SessionOptions(until=args.until or "")
    if demo:
        boards, transport, state_dir = args.boards, args.transport, args.state_dir
        session = StationSession(
            lambda: demo_backend(boards, profile=profile, faults=faults, transport=transport, state_dir=state_dir),
            profile, cloud_label(profile, demo_boards=boards), options)
    else:
        path = args.profile
        session = StationSession(lambda: profile_backend(path), profile, cloud_label(profile), options)
    return run(session, [sys.argv[0]])


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] == "gui":
        return gui_main(args[1:], demo=False)
    if args[0] == "demo" and "--gui" in args:
        return gui_main(args[1:], demo=True)
    from station.cli.main import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
