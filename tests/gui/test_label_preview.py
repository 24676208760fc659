"""The label's preview and status in the operator's detail panel, fed by the real label service and printer.

The preview is drawn with QPainter from the same placed fields the ZPL is made of (there is no offline ZPL
renderer); the status line follows the unit's LabelStatus: queued while the printer is offline (and why),
printed once it is back.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from station.labels import LabelData, attach, layout
from station.pipeline.events import EventBus, Identified, StepStarted, UnitDetected, UnitPassed
from station.pipeline.states import UnitState
from station.profile import Profile
from station.virtual.printer import VirtualPrinter
from ui.labels.preview import LabelPreview
from ui.operator.detail import DetailPanel
from ui.operator.model import WallModel

UNIT = LabelData(serial="SN-0042", thing_name="demo-SN-0042", firmware="1.1.0", model="sensor-a", hw="B")


@pytest.fixture
def printer() -> Iterator[VirtualPrinter]:
    with VirtualPrinter() as p:
        yield p


def dark_pixels(image: object, x0: int, y0: int, x1: int, y1: int) -> int:
    return sum(1 for x in range(x0, x1) for y in range(y0, y1)
               if image.pixelColor(x, y).alpha() > 0 and image.pixelColor(x, y).lightness() < 100)  # type: ignore[attr-defined]


def test_preview_draws_the_template_fields_and_the_qr(qtbot: QtBot, profile: Profile) -> None:
    preview = LabelPreview()
    qtbot.addWidget(preview)
    preview.set_label(profile.labels, UNIT)
    # The same fields the printer gets: serial, thing, versions line, QR of the thing name.
    assert [(f.kind, f.text) for f in preview.fields] == [(f.kind, f.text) for f in layout(profile.labels, UNIT)]
    assert [f.text for f in preview.fields] == ["SN-0042", "demo-SN-0042", "fw 1.1.0  sensor-a rev B",
                                                "demo-SN-0042"]
    image = preview.render_image(500)  # 50 mm wide: 10 px a mm
    assert (image.width(), image.height()) == (500, 250)
    # The QR at 30..48 mm, 3..21 mm is drawn; the empty band below the text (2..28 mm, 19..24 mm) is not.
    qr = dark_pixels(image, 300, 30, 480, 210)
    assert qr > 0.3 * 180 * 180
    assert dark_pixels(image, 20, 190, 280, 240) == 0
    # The serial's text (3 mm from the left and top, 4 mm high) is drawn where the template puts it.
    assert dark_pixels(image, 30, 30, 200, 70) > 0


def test_detail_panel_shows_the_label_queued_then_printed(qtbot: QtBot, qloop: object, printer: VirtualPrinter,
                                                          profile: Profile) -> None:
    labels = dataclasses.replace(profile.labels, printer=printer.address, retry_seconds=0.05)
    bus = EventBus()
    model = WallModel(follows_jobs=True)
    bus.subscribe(model.apply)
    service = attach(bus, dataclasses.replace(profile, labels=labels))
    assert service is not None
    panel = DetailPanel()
    qtbot.addWidget(panel)
    panel.set_labels(labels, station="line-1", batch="b-7")
    printer.offline()
    port = "loop://1"
    bus.emit(UnitDetected(port=port, unit=1))
    bus.emit(StepStarted(port=port, unit=1, step=UnitState.IDENTIFYING))
    bus.emit(Identified(port=port, unit=1, serial="SN-0042", model="sensor-a", hw_revision="B", fw_version="1.0.0",
                        thing_name="demo-SN-0042"))
    bus.emit(UnitPassed(port=port, unit=1, serial="SN-0042", thing_name="demo-SN-0042", certificate_id="c" * 64,
                        group="sensors", seconds=1.0, round_trips=3, ready=True,
                        versions={"firmware": "1.1.0", "config": "1"}))

    def shown() -> str:
        panel.show_slot(model.slots[port])
        return panel.label_status.text()

    try:
        qtbot.waitUntil(lambda: "offline" in shown(), timeout=10_000)
        assert "queued" in shown().lower() and not panel.label_box.isHidden()
        assert [f.text for f in panel.preview.fields][:3] == ["SN-0042", "demo-SN-0042", "fw 1.1.0  sensor-a rev B"]
        printer.online()
        qtbot.waitUntil(lambda: "printed" in shown().lower(), timeout=10_000)
        assert printer.wait_for_jobs(1, 5) and b"SN-0042" in printer.jobs[0]
        # QA's reprint shows as such on the same unit.
        assert service.reprint("SN-0042")
        qtbot.waitUntil(lambda: "Reprint" in shown() and "printed" in shown().lower(), timeout=10_000)
    finally:
        service.close()


def test_no_label_box_when_labels_are_off(qtbot: QtBot, profile: Profile) -> None:
    panel = DetailPanel()
    qtbot.addWidget(panel)
    panel.set_labels(dataclasses.replace(profile.labels, enabled=False))
    model = WallModel()
    model.apply(UnitDetected(port="p", unit=1))
    model.apply(Identified(port="p", unit=1, serial="S", model="m", hw_revision="1", fw_version="1", thing_name="t"))
    panel.show_slot(model.slots["p"])
    assert panel.label_box.isHidden() and panel.preview.fields == []
