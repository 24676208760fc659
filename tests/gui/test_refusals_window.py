"""The window shows an AWS refusal as the failed step, the cause naming what is missing and the remedy; the record
says the same. Never "internal error … report to the developers" (strict embedded cloud, real window)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import qasync
from pytestqt.qtbot import QtBot

from station.cloud.adapter import IotCloud
from station.cloud.connect import EmbeddedCloud
from station.localcloud.faultproxy import FaultProxy, operation
from station.localcloud.identities import STATION_POLICY, STATION_USER, put_policy, station_policy
from station.profile import Profile
from station.records import RecordStore
from station.virtual.fleet import BoardSpec, VirtualFleet
from tests.gui.harness import settings_at
from ui.app import create_app
from ui.main_window import MainWindow
from ui.operator.model import Result
from ui.session import Backend, SessionOptions, SessionState, StationSession

pytest.importorskip("ministack")
pytestmark = [pytest.mark.gui, pytest.mark.cloud, pytest.mark.timeout(120)]

#: (arrange the account, given the station's cloud and a proxy in front of it) -> the profile and the cloud
#: the window uses.
Arrange = Callable[[EmbeddedCloud, Profile, FaultProxy], tuple[Profile, IotCloud]]


def _without_create_thing(embedded: EmbeddedCloud, profile: Profile, proxy: FaultProxy) -> tuple[Profile, IotCloud]:
    assert embedded.admin_cloud is not None and embedded.cloud is not None
    doc = station_policy(embedded.admin_cloud, profile)
    put_policy(embedded.admin_cloud, STATION_USER, STATION_POLICY,
               {**doc, "Statement": [s for s in doc["Statement"] if s["Sid"] != "ThingsUnderTheStationPrefixOnly"]})
    return profile, embedded.cloud


def _thing_type_never_bootstrapped(embedded: EmbeddedCloud, profile: Profile,
                                   proxy: FaultProxy) -> tuple[Profile, IotCloud]:
    assert embedded.cloud is not None
    changed = dataclasses.replace(profile, models={
        **profile.models, "sensor-a": dataclasses.replace(profile.models["sensor-a"], thing_type="sensor-a-v2")})
    embedded.grant(changed)  # the station may create it: only the type itself is missing
    return changed, embedded.cloud


def _group_deleted(embedded: EmbeddedCloud, profile: Profile, proxy: FaultProxy) -> tuple[Profile, IotCloud]:
    assert embedded.admin_cloud is not None and embedded.cloud is not None
    embedded.admin_cloud.iot.delete_thing_group(thingGroupName="sensor-a-rev-b")
    return profile, embedded.cloud


def _proxy_answers(status: int, code: str, message: str, op: str) -> Arrange:
    # Answers the embedded cloud never gives by itself (an account limit, an expired session token, a value
    # refused): the proxy in front of it gives AWS IoT's exact answer, once.
    def arrange(embedded: EmbeddedCloud, profile: Profile, proxy: FaultProxy) -> tuple[Profile, IotCloud]:
        assert embedded.cloud is not None
        proxy.refuse(1, code, status, message, match=operation(op))
        if op == "AttachPolicy":  # only made with the device policy per certificate (the demo's is on the groups)
            profile = dataclasses.replace(profile, policy_attach_to="certificate")
            embedded.grant(profile)
        return profile, IotCloud(dataclasses.replace(embedded.cloud.target, endpoint_url=proxy.url))
    return arrange


CASES: dict[str, tuple[Arrange, str, tuple[str, ...], tuple[str, ...]]] = {
    # name: (arrange, "Failed at ..." words, in the cause, in the remedy)
    "access-denied": (_without_create_thing, "Failed at cloud registration",
                      ("iot:CreateThing", "may not"), ("station-iam-policy",)),
    "group-not-bootstrapped": (_group_deleted, "Failed at certificate and group", ("sensor-a-rev-b", "does not exist"),
                               ("station cloud bootstrap",)),
    "limit-exceeded": (_proxy_answers(410, "LimitExceededException", "Policy targets limit exceeded",
                                      "AttachPolicy"),
                       "Failed at certificate and group", ("AttachPolicy", "limit"), ("Service Quotas",)),
    "thing-type-not-bootstrapped": (_thing_type_never_bootstrapped, "Failed at cloud registration",
                                    ("thing type 'sensor-a-v2' does not exist",), ("station cloud bootstrap",)),
    "invalid-request": (_proxy_answers(400, "InvalidRequestException", "The certificate signing request is not valid",
                                       "CreateCertificateFromCsr"),
                        "Failed at cloud registration", ("CreateCertificateFromCsr", "invalid"),
                        ("set the board aside",)),
    "expired-credentials": (_proxy_answers(403, "ExpiredTokenException", "The security token included in the "
                                           "request is expired", "CreateThing"),
                            "Failed at cloud registration", ("expired", "ExpiredTokenException"), ("aws sso login",)),
}


@pytest.fixture
def window_on(qtbot: QtBot, qloop: qasync.QEventLoop, tmp_path: Path, embedded: EmbeddedCloud,
              profile: Profile) -> Iterator[Callable[[Arrange], tuple[MainWindow, StationSession, str]]]:
    """A real MainWindow whose session runs one virtual sensor-a rev B board against the arranged cloud."""
    assert embedded.endpoints is not None
    create_app()
    opened: list[tuple[MainWindow, object]] = []
    with FaultProxy(embedded.endpoints.http_url) as proxy, VirtualFleet(specs=[BoardSpec("sensor-a", "B")]) as fleet:
        def open_window(arrange: Arrange) -> tuple[MainWindow, StationSession, str]:
            used, cloud = arrange(embedded, profile, proxy)
            session = StationSession(lambda: Backend(used, cloud, [fleet.provider], lambda: None, fleet),
                                     used, "refusals", SessionOptions(until="registered", poll_interval=0.1))
            window = MainWindow(session, settings=settings_at(tmp_path / "station.ini"))
            window.show()
            opened.append((window, qloop.create_task(session.run())))
            return window, session, fleet.boards[0].url

        yield open_window
        for window, runner in opened:
            window.close()
            qtbot.waitUntil(runner.done, timeout=30_000)  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", list(CASES))
def test_the_window_and_the_record_explain_the_refusal(name: str, window_on, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    arrange, step, cause_words, remedy_words = CASES[name]
    window, session, port = window_on(arrange)
    model = window.model
    qtbot.waitUntil(lambda: session.state == SessionState.RUNNING, timeout=30_000)
    qtbot.waitUntil(lambda: port in model.slots and model.slots[port].result == Result.FAIL, timeout=60_000)
    widget = window.operator.slots[port]
    # The widget repaints on a coalesced timer: wait for it to show the failure, not for a fixed time.
    qtbot.waitUntil(lambda: widget.word.text() == "FAIL" and widget.remedy.text().startswith("Do this:"),
                    timeout=10_000)
    assert widget.step.text() == step, widget.step.text()
    for words in cause_words:
        assert words in widget.cause.text(), (words, widget.cause.text())
    for words in remedy_words:
        assert words in widget.remedy.text(), (words, widget.remedy.text())
    assert "internal error" not in widget.cause.text() and "developers" not in widget.remedy.text()

    with RecordStore() as store:
        qtbot.waitUntil(lambda: any(r.outcome.value == "failed" for r in store.query()), timeout=10_000)
        [record] = store.query()
    assert record.error is not None and record.error.cause == model.slots[port].failure.cause
    assert record.error.remedy == model.slots[port].failure.remedy
