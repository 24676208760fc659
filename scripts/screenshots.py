"""Render docs/screenshots/*.png (+ a .json sidecar each) from the real window driven by a real demo.

Every view: the operator wall with 8 and with 64 units, QA with a unit's job history, engineer, the shift
dashboard, and a factory-ca wall with units stored while the cloud does not see them; each in English and German.
The sidecar holds the widget tree and the visible text (timing masked, scripts/screenshot_tree.py);
tests/gui/test_screenshots.py renders again and compares them, so a view that changed without new screenshots
fails the tests.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import os
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))  # screenshot_tree, also when imported by a test

import qasync  # after the platform is chosen: Qt reads QT_QPA_PLATFORM when it loads
import screenshot_tree
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QWidget

from station.profile import Profile, load_profile
from ui.app import create_app
from ui.main_window import MainWindow
from ui.operator.model import Result
from ui.roles import DEV_PIN, Role
from ui.session import SessionOptions, SessionState, StationSession, cloud_label, demo_backend

ROOT = Path(__file__).resolve().parents[1]
BOARDS = 8
MANY = 64
FAULTY = 4  # 0-based: the fifth board answers with damaged frames until the station gives up
NRF91 = 3  # the last three are virtual nRF91 modems: a mixed line, each slot showing its driver
#: The README's screen: a 1080p line PC (our own constant, not the wall tests' screen configs).
SIZE = (1920, 1080)
LANGUAGES = ("en", "de")
VIEWS = ("operator-8", "qa", "engineer", "dashboard", "operator-64", "operator-factory-ca")
#: The factory-ca wall: these boards (0-based) stay off the network, so AWS never sees them in time and they end
#: "provisioned, waiting for the cloud" (STORED) beside units registered at their first connect.
OFFLINE = (2, 5)


async def until(predicate: Callable[[], bool], timeout: float, what: str) -> None:  # noqa: ASYNC109
    # Plain asyncio waiting: inside the qasync loop a nested Qt wait would deadlock.
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


def set_language(code: str) -> bool:
    """Switch the running app's language (ui.i18n); False when it does not ship (yet): the shot stays English."""
    import ui.i18n

    install = getattr(ui.i18n, "install_language", None)
    if install is None:
        return code == "en"
    app = QCoreApplication.instance()
    assert app is not None
    return bool(install(app, code))


async def settle() -> None:
    """Let Qt deliver LanguageChange and the repaints it queued."""
    # Plain asyncio sleeps: qasync runs Qt's events meanwhile (processEvents here would re-enter the loop).
    for _ in range(3):
        await asyncio.sleep(0.05)


async def steady(window: MainWindow, name: str, code: str) -> dict[str, object]:
    """The window once it stopped changing: views re-word and redraw in coalesced frames after a switch, so the
    sidecar is taken when two looks in a row agree (every 0.1 s, for up to 20 s)."""
    last: dict[str, object] | None = None
    deadline = time.monotonic() + 20
    while True:
        window.operator.flush()  # draw the model's latest state, not the last coalesced frame
        await settle()
        now = screenshot_tree.sidecar(window, name=name, language=code, size=SIZE)
        if now == last or time.monotonic() > deadline:
            return now
        last = now
        await asyncio.sleep(0.1)


class Shots:
    """Saves each view once per language: the PNG and its sidecar."""

    def __init__(self, out: Path, languages: Sequence[str], only: Sequence[str]) -> None:
        self.out = out
        self.languages = tuple(languages)
        self.only = set(only)
        self.written: list[Path] = []

    def wanted(self, view: str) -> bool:
        return not self.only or view in self.only

    async def take(self, window: MainWindow, view: str, widget: QWidget) -> None:
        for code in self.languages:
            if not set_language(code) and code != "en":
                print(f"(no {code} translation shipped: {view} stays English)", file=sys.stderr)
            name = view if code == "en" else f"{view}-{code}"
            tree = await steady(window, name, code)
            png = self.out / f"{name}.png"
            if not window.grab().save(str(png)):  # right after the last look: nothing ran in between
                raise OSError(f"could not write {png}")
            screenshot_tree.write(self.out / f"{name}.json", tree)
            self.written.append(png)
            print(f"wrote {png.relative_to(ROOT) if png.is_relative_to(ROOT) else png} (+ .json)", flush=True)
        set_language("en")
        await settle()


def dashboard_of(window: MainWindow, session: StationSession) -> QWidget:
    """The window's dashboard tab."""
    return window.dashboard


async def refreshed(view: QWidget) -> None:
    """Read the records again and wait until the dashboard shows them."""
    done = asyncio.Event()
    signal = view.refreshed  # type: ignore[attr-defined]
    signal.connect(done.set)
    view.refresh()  # type: ignore[attr-defined]
    await asyncio.wait_for(done.wait(), 30)
    signal.disconnect(done.set)


def open_window(session: StationSession, state_dir: Path) -> MainWindow:
    # Fresh settings: a developer's saved window layout must not change the pictures.
    settings = QSettings(str(state_dir / "station.ini"), QSettings.Format.IniFormat)
    window = MainWindow(session, settings=settings)
    window.resize(*SIZE)
    window.show()
    return window


async def line_of_eight(shots: Shots, profile: Profile, state_dir: Path) -> None:
    """8 units (one faulty, three nRF91 modems) to the end; then QA, engineer and the dashboard."""
    session = StationSession(
        lambda: demo_backend(BOARDS, profile=profile, faults={FAULTY: "corrupt:50"}, state_dir=state_dir / "cloud",
                             nrf91=NRF91),
        profile, cloud_label(profile, demo_boards=BOARDS), SessionOptions(auto_start=False, poll_interval=0.1))
    window = open_window(session, state_dir)
    runner = asyncio.ensure_future(session.run())
    try:
        await until(lambda: session.state == SessionState.RUNNING, 60, "the station")
        model, view = window.model, window.operator
        await until(lambda: len(model.slots) == BOARDS, 30, "all boards detected")
        fleet = session.backend.fleet if session.backend else None
        assert fleet is not None
        # Labels scanned by the operator: all right but one (the board with the highest serial), to show the
        # mismatch warning; chosen by serial, not by port, so the same board gets it in every run.
        boards = {port: fleet.board_for_port(port) for port in model.order()}
        serials = {port: board.identity.serial for port, board in boards.items() if board is not None}
        odd = max(serials, key=lambda port: serials[port])
        for port, serial in sorted(serials.items(), key=lambda item: item[1]):  # the odd one last
            view.select(port)
            view.scan(serial if port != odd else "VBSENSORA-0099")
        view.select(None)
        for port in model.order():
            session.start(port)
        await until(lambda: model.passed + model.failed == BOARDS, 180, "every unit finished")
        failed = next(s for s in model.slots.values() if s.result == Result.FAIL)
        view.select(failed.port)
        if shots.wanted("operator-8"):
            await shots.take(window, "operator-8", view)

        if shots.wanted("qa"):
            window.roles.unlock(Role.QA, DEV_PIN)
            window.tabs.setCurrentWidget(window.qa)
            first = min(s.serial for s in model.slots.values() if s.result in (Result.PASS, Result.READY))
            window.qa.serial.setText(first)
            await window.qa.look_up()  # cloud-wide lookup: identity, certificates, job history
            await shots.take(window, "qa", window.qa)
            window.roles.lock()

        if shots.wanted("engineer"):
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
            await shots.take(window, "engineer", window.engineer)
            window.roles.lock()

        if shots.wanted("dashboard"):
            dashboard = dashboard_of(window, session)
            window.tabs.setCurrentWidget(dashboard)
            await refreshed(dashboard)
            await shots.take(window, "dashboard", dashboard)
    finally:
        window.close()
        session.request_stop()
        await runner


async def line_of_many(shots: Shots, profile: Profile, state_dir: Path) -> None:
    """64 units at once, all to the end: the wall at its fullest."""
    session = StationSession(
        lambda: demo_backend(MANY, profile=profile, state_dir=state_dir / "cloud-64"),
        profile, cloud_label(profile, demo_boards=MANY), SessionOptions(auto_start=True, poll_interval=0.1))
    window = open_window(session, state_dir)
    runner = asyncio.ensure_future(session.run())
    try:
        await until(lambda: session.state == SessionState.RUNNING, 60, "the station")
        model = window.model
        await until(lambda: len(model.slots) == MANY, 60, "all boards detected")
        await until(lambda: model.passed + model.failed == MANY, 300, "every unit finished")
        await shots.take(window, "operator-64", window.operator)
    finally:
        window.close()
        session.request_stop()
        await runner


async def factory_ca_line(shots: Shots, profile: Profile, state_dir: Path) -> None:
    """factory-ca on 8 units: signed on the line, registered at first connect; two never reach AWS (STORED)."""
    line = dataclasses.replace(profile, cert_mode="factory-ca", factory_ca=dataclasses.replace(
        profile.factory_ca, register_timeout=8.0))  # how long the station follows a unit before storing it
    session = StationSession(
        lambda: demo_backend(BOARDS, profile=line, faults={i: "offline" for i in OFFLINE},
                             state_dir=state_dir / "cloud-ca", cert_mode="factory-ca"),
        line, cloud_label(line, demo_boards=BOARDS), SessionOptions(auto_start=True, poll_interval=0.1))
    window = open_window(session, state_dir)
    runner = asyncio.ensure_future(session.run())
    try:
        await until(lambda: session.state == SessionState.RUNNING, 90, "the station")
        model = window.model
        await until(lambda: len(model.slots) == BOARDS, 30, "all boards detected")
        await until(lambda: model.passed + model.failed + model.stored == BOARDS and all(
            s.result.final for s in model.slots.values()), 240, "every unit finished or stored")
        # The same stored unit in every run (the wall's order follows detection, the serials do not).
        stored = min((s for s in model.slots.values() if s.result == Result.PROVISIONED), key=lambda s: s.serial)
        window.operator.select(stored.port)
        await shots.take(window, "operator-factory-ca", window.operator)
    finally:
        window.close()
        session.request_stop()
        await runner


async def scenario(shots: Shots, state_dir: Path) -> None:
    profile = load_profile(None)
    if any(shots.wanted(v) for v in VIEWS[:4]):
        # A slower line on the 8-unit wall, as a real one: the nRF91 modems and the faulty board take their time.
        slow = dataclasses.replace(profile, serial=dataclasses.replace(profile.serial, baud=9600))
        await line_of_eight(shots, slow, state_dir / "eight")
    if shots.wanted("operator-64"):
        await line_of_many(shots, profile, state_dir / "many")
    if shots.wanted("operator-factory-ca"):
        await factory_ca_line(shots, profile, state_dir / "factory-ca")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", action="append", choices=None, metavar="CODE",
                        help=f"a language to render (repeatable; default: {' '.join(LANGUAGES)})")
    parser.add_argument("--only", action="append", choices=VIEWS, help="render only this view (repeatable)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="station-shots-") as tmp:
        # The demo's records (which the dashboard shows) and audit entries go to a throwaway home, never the
        # developer's: the figures then depend on this run only.
        os.environ["STATION_HOME"] = str(Path(tmp) / "home")
        app = create_app(sys.argv[:1])
        app.setQuitOnLastWindowClosed(False)
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        shots = Shots(args.out, args.lang or LANGUAGES, args.only or ())
        with loop:
            loop.run_until_complete(scenario(shots, Path(tmp)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
