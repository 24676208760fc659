"""`station` entry point: chooses the GUI or the headless CLI before anything imports Qt."""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

# Nothing from PySide6 or qasync at module level: the headless CLI goes through here too
# and must start on a machine without a display (or without Qt at all).


def _gui_parser(prog: str, *, demo: bool) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog=prog, description="Open the station window.")
    p.add_argument("--profile", help="station profile (TOML); default: the packaged demo profile")
    p.add_argument("--until", choices=("registered", "ready"), help="where a unit counts as passed")
    p.add_argument("--verbose", "-v", action="store_true", help="log at DEBUG")
    p.add_argument("--language", default="", choices=("", "en", "de", "es", "zh_CN", "vi"), metavar="CODE",
                   help="the window's language: en, de, es, zh_CN or vi (default: the last choice on this PC, "
                        "then the profile's operator.language, then the PC's locale); the CLI stays English")
    p.add_argument("--time-to-window", action="store_true",
                   help="benchmark: print start-up timings as one JSON line once the station runs, then close")
    if demo:
        p.add_argument("--gui", action="store_true", help="open the window (this parser only runs with it)")
        from station.cli.main import board_count

        p.add_argument("--boards", type=board_count, default=8, help="number of virtual boards, 1-256 (default 8)")
        p.add_argument("--transport", choices=("pty", "socket"),
                       default="pty" if sys.platform != "win32" else "socket")
        p.add_argument("--nrf91", type=int, default=0, metavar="N",
                       help="make N of the boards virtual Nordic nRF91 modems (AT commands)")
        p.add_argument("--fault", action="append", default=[], metavar="BOARD=SPEC",
                       help="inject a fault into board BOARD (1-based), e.g. 3=corrupt:50 or 2=silent")
        p.add_argument("--state-dir", type=Path, help="keep the embedded cloud's state here")
        from station.profile_schema import CERT_MODES

        p.add_argument("--cert-mode", choices=CERT_MODES, help="certificate mode (default: the profile's); "
                                                               "factory-ca makes the demo a SoftHSM2 line CA")
    return p


_T = TypeVar("_T")


class _StartupProbe:
    """--time-to-window: when the window came up and when the station ran, as one JSON line; then close.

    Times are wall-clock epochs so the launching process (scripts/build_bundle.py) can subtract its
    own launch time and get the cold start including the bundle's bootloader.
    """

    def __init__(self) -> None:
        self.main_at = time.time()
        self.window_at: float | None = None

    def wrap(self, make_backend: Callable[[], _T]) -> Callable[[], _T]:
        def timed() -> _T:
            # StationSession.run() calls make_backend first thing, and ui.app starts that coroutine
            # right before window.show(): this runs on the first loop turn with the window shown.
            self.window_at = time.time()
            return make_backend()

        return timed

    def on_state(self, state: Any) -> None:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        from ui.main_window import MainWindow
        from ui.session import SessionState

        if state not in (SessionState.RUNNING, SessionState.ERROR):
            return
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        print(json.dumps({"event": "startup", "state": str(state), "main_at": self.main_at,
                          "window_at": self.window_at, "running_at": time.time(),
                          "title": windows[0].windowTitle() if windows else None},
                         ensure_ascii=False), flush=True)
        for window in windows:
            QTimer.singleShot(0, window.close)


def gui_main(argv: Sequence[str], *, demo: bool, qt_lookup: Callable[[str], bool] | None = None) -> int:
    """The window; ``qt_lookup`` finds a system library by soname (default: the dynamic loader, ui.qtcheck)."""
    from station.cli.main import EXIT_ERROR, parse_fault_flags
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
        faults = parse_fault_flags(args.fault) if demo else {}
    except argparse.ArgumentTypeError as exc:
        parser.error(str(exc))
    except StationError as exc:
        logging.getLogger("station").error("the window did not start: %s (remedy: %s)", exc.cause, exc.remedy)
        print(f"error: {exc.cause}\nremedy: {exc.remedy}", file=sys.stderr)
        return EXIT_ERROR

    from ui import qtcheck

    # Before anything imports Qt: a missing X11 library would make QApplication abort with a core dump.
    problem = qtcheck.check(os.environ, qt_lookup or qtcheck.loadable)
    if problem:
        logging.getLogger("station").error(problem)
        print(problem, file=sys.stderr)
        return EXIT_ERROR

    from ui.app import run
    from ui.session import SessionOptions, StationSession, cloud_label, demo_backend, profile_backend

    options = SessionOptions(until=args.until or "")
    probe = _StartupProbe() if args.time_to_window else None
    if demo:
        boards, transport, state_dir, nrf91 = args.boards, args.transport, args.state_dir, args.nrf91
        cert_mode = args.cert_mode or ""
        if cert_mode:  # the window's steps and counters follow the mode, as the demo's station does
            profile = dataclasses.replace(profile, cert_mode=cert_mode)

        def make() -> Any:
            return demo_backend(boards, profile=profile, faults=faults, transport=transport, state_dir=state_dir,
                                nrf91=nrf91, cert_mode=cert_mode)

        label = cloud_label(profile, demo_boards=boards)
    else:
        path = args.profile

        def make() -> Any:
            return profile_backend(path)

        label = cloud_label(profile)
    session = StationSession(probe.wrap(make) if probe else make, profile, label, options)
    if probe is not None:
        session.subscribe(probe.on_state)
    return run(session, [sys.argv[0]], language=args.language)


#: Must equal station.localcloud.server.FROZEN_FLAG; spelled out so that this check runs before any
#: station import (the embedded cloud's child is latency-sensitive and needs none of the GUI/CLI).
_LOCALCLOUD_FLAG = "--localcloud-server"


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == [_LOCALCLOUD_FLAG]:
        # A frozen bundle re-invoking itself as the embedded cloud (station.localcloud.launcher).
        from station.localcloud.server import main as localcloud_main

        return localcloud_main()
    if args[:1] == ["--self-test"]:
        from station.selftest import main as selftest_main

        return selftest_main(args[1:])
    if not args or args[0] == "gui":
        return gui_main(args[1:], demo=False)
    if args[0] == "demo" and "--gui" in args:
        return gui_main(args[1:], demo=True)
    from station.cli.main import main as cli_main

    return cli_main(args)


def windowed_main(argv: Sequence[str] | None = None) -> int:
    """`station-gui`, the bundle's windowed executable (no console window on Windows): always the window.

    ``station-gui`` opens the station window, ``station-gui demo [...]`` the demo window (``--gui`` implied);
    ``--localcloud-server`` is the embedded cloud re-invoking this same executable (so its child has no
    console window either). Command-line work (provision, records, --self-test) is the console executable's.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    _output_to_a_file_without_console()
    if args[:1] == [_LOCALCLOUD_FLAG]:
        from station.localcloud.server import main as localcloud_main

        return localcloud_main()
    if args[:1] == ["demo"]:
        return gui_main([a for a in args[1:] if a != "--gui"], demo=True)
    return gui_main(args[1:] if args[:1] == ["gui"] else args, demo=False)


def _output_to_a_file_without_console() -> None:
    # A windowed Windows executable started from Explorer has no stdout/stderr (None): argparse's usage errors,
    # the startup error lines and any traceback would vanish or crash the print. They go to a file in the log
    # folder instead. With a console or a redirection (line scripts, the build's smoke test) nothing changes.
    if sys.stdout is not None and sys.stderr is not None:
        return
    from station import paths

    stream = open(paths.private_file(paths.log_dir() / "station-gui-output.log"), "a",  # noqa: SIM115 - process-long
                  encoding="utf-8", buffering=1)
    sys.stdout = sys.stdout or stream
    sys.stderr = sys.stderr or stream


if __name__ == "__main__":
    sys.exit(main())
