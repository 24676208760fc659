"""Render docs/screenshots/*.png from the real window driven by a real demo (embedded cloud, virtual boards)."""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync  # after the platform is chosen: Qt reads QT_QPA_PLATFORM when it loads
from PySide6.QtCore import QSettings

from station.pipeline.states import UnitState
from station.profile import load_profile
from ui.app import create_app
from ui.audit import AuditTrail
from ui.main_window import MainWindow
from ui.operator.model import Result
from ui.roles import DEV_PIN, Role
from ui.session import SessionOptions, SessionState, StationSession, cloud_label, demo_backend

ROOT = Path(__file__).resolve().parents[1]
BOARDS = 8
FAULTY = 4  # 0-based: the fifth board answers with damaged frames until the station gives up
NRF91 = 3  # the last three are virtual nRF91 modems: a mixed line, each slot showing its driver
SIZE = (1920, 1080)


async def until(predicate: Callable[[], bool], timeout: float, what: str) -> None:  # noqa: ASYNC109
    # Plain asyncio waiting: inside the qasync loop a nested Qt wait would deadlock.
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


def save(window: MainWindow, out: Path, name: str) -> None:
    window.operator.flush()  # draw the model's latest state, not the last coalesced frame
    path = out / name
    if not window.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


async def scenario(out: Path, state_dir: Path) -> None:
    profile = load_profile(None)
    # A slower line rate and staggered starts so the "running" shot shows every stage at once.
    profile = dataclasses.replace(profile, serial=dataclasses.replace(profile.serial, baud=9600))
    session = StationSession(
        lambda: demo_backend(BOARDS, profile=profile, faults={FAULTY: "corrupt:50"}, state_dir=state_dir,
                             nrf91=NRF91),
        profile, cloud_label(profile, demo_boards=BOARDS),
        SessionOptions(auto_start=False, poll_interval=0.1))
    # Fresh settings: a developer's saved window layout must not change the pictures.
    settings = QSettings(str(state_dir.parent / "station.ini"), QSettings.Format.IniFormat)
    # The lookup writes an audit entry: into a throwaway records file, not the developer's.
    window = MainWindow(session, settings=settings, audit=AuditTrail(state_dir.parent / "records.sqlite"))
    window.resize(*SIZE)
    window.show()
    runner = asyncio.ensure_future(session.run())
    try:
        await until(lambda: session.state == SessionState.RUNNING, 60, "the station")
        model, view = window.model, window.operator
        await until(lambda: len(model.slots) == BOARDS, 30, "all boards detected")
        fleet = session.backend.fleet if session.backend else None
        assert fleet is not None
        ports = model.order()
        # Labels scanned by the operator: all right but one, to show the mismatch warning.
        for index, port in enumerate(ports):
            board = fleet.board_for_port(port)
            assert board is not None
            serial = board.identity.serial if index != 6 else "VBSENSORA-0099"
            view.select(port)
            view.scan(serial)
        view.select(None)
        for index, port in enumerate(ports):
            session.start(port)
            await asyncio.sleep(0.35 if index < 3 else 0.6)

        def mid_run() -> bool:
            states = {s.state for s in model.slots.values()}
            return UnitState.UPDATING in states and len(states) >= 3
        await until(mid_run, 90, "a mixed wall")
        updating = next(s for s in model.slots.values() if s.state == UnitState.UPDATING)
        view.select(updating.port)
        save(window, out, "operator-running.png")

        await until(lambda: model.passed + model.failed == BOARDS, 120, "every unit finished")
        failed = next(s for s in model.slots.values() if s.result == Result.FAIL)
        view.select(failed.port)
        await asyncio.sleep(0.1)
        save(window, out, "operator-finished.png")

        window.roles.unlock(Role.QA, DEV_PIN)
        window.tabs.setCurrentWidget(window.qa)
        passed = next(s.serial for s in model.slots.values() if s.result in (Result.PASS, Result.READY))
        window.qa.serial.setText(passed)
        await window.qa.look_up()  # cloud-wide lookup: identity, certificates, job history
        await asyncio.sleep(0.1)
        save(window, out, "qa.png")

        window.roles.lock()
        window.roles.unlock(Role.ENGINEER, DEV_PIN)
        window.tabs.setCurrentWidget(window.engineer)
        try:  # demo catalog content, if the jobs package in this tree provides it
            from station.jobs.demo_content import seed_demo_catalog

            backend = session.backend
            assert backend is not None
            await asyncio.get_running_loop().run_in_executor(None, seed_demo_catalog, backend.cloud, profile)
        except Exception as exc:
            print(f"(no demo catalog content: {exc})", file=sys.stderr)
        await window.engineer.check_connection()
        await window.engineer.refresh_catalog()
        save(window, out, "engineer.png")
    finally:
        window.close()
        session.request_stop()
        await runner


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    import tempfile

    app = create_app(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with tempfile.TemporaryDirectory(prefix="station-shots-") as tmp, loop:
        loop.run_until_complete(scenario(args.out, Path(tmp) / "cloud"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
