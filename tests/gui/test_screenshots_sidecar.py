"""Screenshot sidecars (scripts/screenshot_tree.py): what they keep, what they mask, and how a change reads."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.test_screenshots import tree_module

tree = tree_module()


def test_timing_and_machine_details_are_masked() -> None:
    n = tree.normalize
    assert n("Updated 2026-11-30 01:05") == "Updated <time>"
    assert n("started 13:04:55, took 12.5 s") == "started <time>, took <duration>"
    assert n("480 units/hour") == "<rate> units/hour"
    assert n("/dev/pts/5: garbled data") == "<port>: garbled data"
    assert n("unit 8 (pts/6) on socket://127.0.0.1:7001") == "unit <n> (<port>) on <port>"
    assert n("Gerät 25") == "Gerät <n>" and n("单元 3") == "单元 <n>"
    assert n("endpoint http://127.0.0.1:45123/api") == "endpoint http://127.0.0.1:<port>/api"
    assert n("certificate 3f3f3f3f3f3f3f3f ACTIVE") == "certificate <hex> ACTIVE"
    # A certificate the station signs (factory-ca) differs in size from run to run by a byte or two.
    assert n("4 object(s), 2625 bytes") == "4 object(s), <size> bytes" and n("2621 Bytes") == "<size> Bytes"
    # What the picture is about stays: counts, percentages, serials (an IMEI is all digits, not an id).
    assert n("7 passed, 1 failed, 87.5 %") == "7 passed, 1 failed, 87.5 %"
    assert n("352656100000069  VBSENSORA-0001") == "352656100000069 VBSENSORA-0001"


def _window(qtbot: QtBot, texts: list[str], hidden: str = "") -> QWidget:
    window = QWidget()
    window.setObjectName("root")
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    for text in texts:
        layout.addWidget(QLabel(text))
    button = QPushButton("Start all")
    layout.addWidget(button)
    if hidden:
        secret = QWidget()
        secret.setObjectName("hiddenPage")
        QVBoxLayout(secret).addWidget(QLabel(hidden))
        layout.addWidget(secret)
        secret.hide()
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_tree_ignores_sibling_order_and_hidden_contents(qtbot: QtBot) -> None:
    one = tree.tree(_window(qtbot, ["READY", "FAIL"], hidden="not shown"))
    other = tree.tree(_window(qtbot, ["FAIL", "READY"], hidden="something else"))
    assert one == other
    assert one["class"] == "QWidget" and one["name"] == "root"
    assert {"class": "QWidget", "name": "hiddenPage", "visible": False} in one["children"]
    assert {"class": "QPushButton", "name": "", "visible": True, "text": ["Start all"]} in one["children"]


def test_a_changed_text_fails_with_a_readable_diff(qtbot: QtBot) -> None:
    before = tree.sidecar(_window(qtbot, ["Passed"]), name="dashboard", language="en", size=(1920, 1080))
    after = tree.sidecar(_window(qtbot, ["Units passed"]), name="dashboard", language="en", size=(1920, 1080))
    assert tree.difference(before, before) == ""
    diff = tree.difference(before, after)
    assert "-    = 'Passed'" in diff and "+    = 'Units passed'" in diff
    assert "committed docs/screenshots/dashboard.json" in diff
