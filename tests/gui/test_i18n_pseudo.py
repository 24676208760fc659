"""Every visible string goes through Qt's translation: under a pseudo-translation (each ui and core message
becomes ⟦message⟧), walk the real window's views and find text that is not inside the markers.

The pseudo .qm is generated at test time from the current sources (scripts/i18n.py pseudo), so a string
that reaches the screen without tr()/translate()/tr_message() shows up here, whether or not translators
have seen it yet. Data (serials, ports, thing names, versions, numbers, AWS/MQTT) is allowed unmarked.
"""

from __future__ import annotations

import contextlib
import html
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from station.profile import Profile
from tests.gui.harness import GuiHarness
from tests.i18n_script import load as load_i18n_script
from ui.audit import os_user
from ui.i18n import NATIVE_NAMES, install_language
from ui.roles import Role

pytest.importorskip("ministack")
pytestmark = [pytest.mark.gui, pytest.mark.cloud, pytest.mark.timeout(180)]


i18n = load_i18n_script()
OPEN, CLOSE = i18n.MARK_OPEN, i18n.MARK_CLOSE
_MARKED = re.compile(re.escape(OPEN) + "[^" + OPEN + CLOSE + "]*" + re.escape(CLOSE))
#: Words that are names, not language: the cloud's and the protocols'.
DATA_WORDS = {"AWS", "IoT", "MQTT", "PIN", "QR", "ZPL", "USB", "SHA", "S3", "JSON", "CSV", "PDF", "HTML", "TCP",
              "CSR", "X.509", "UTC", "ID", "IMEI"}
#: A token that carries a digit or one of these is an identifier (serial, port, thing name, version, path, time).
_IDENTIFIER = re.compile(r"[0-9_./:@\\\-#=+]")


@pytest.fixture(scope="module")
def pseudo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pseudo")
    i18n.pseudo_qm(folder, "de")
    return folder


def data_words(profile: Profile) -> set[str]:
    """The profile's own values (ids, names, modes) appear as data."""
    words = {profile.station_id, profile.batch, profile.cert_mode, profile.policy_name, profile.policy_attach_to,
             *profile.all_groups(), *profile.models, *(m.thing_type for m in profile.models.values())}
    words |= {w for name in NATIVE_NAMES.values() for w in name.split()}
    words.add(os_user())  # the QA "your name" field's placeholder
    return {w for w in words if w} | DATA_WORDS


def unmarked(text: str, allowed: set[str]) -> list[str]:
    """The words of ``text`` outside the pseudo-translation's markers that are not data."""
    rest, previous = text, None
    while rest != previous:  # innermost first: a translated message can carry a translated parameter
        previous, rest = rest, _MARKED.sub(" ", rest)
    bad = []
    for token in rest.split():
        word = token.strip("()[]{}<>,;:!?.…·—–-\"'✔✖⛔⚠•→←|%")
        if len(word) <= 1 or word in allowed or _IDENTIFIER.search(word) or not any(c.isalpha() for c in word):
            continue
        bad.append(word)
    return bad


def _plain(text: str) -> str:
    """A tooltip's text (ui.plaintext.tip wraps markup-looking text in an escaped paragraph)."""
    return html.unescape(re.sub(r"<[^>]+>", " ", text)) if text.lstrip().startswith("<") else text


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a person can see in ``root``: labels, buttons, group titles, placeholders,
    combo items, tab texts, tooltips, table headers and cells."""
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        where = f"{type(w).__name__}#{w.objectName() or '?'}"
        if isinstance(w, (QLabel, QAbstractButton)):
            yield where, w.text()
        elif isinstance(w, QGroupBox):
            yield where, w.title()
        elif isinstance(w, QLineEdit) and not w.text():
            yield where + " placeholder", w.placeholderText()
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield f"{where} item {i}", w.itemText(i)
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                yield f"{where} tab {i}", w.tabText(i)
                yield f"{where} tab {i} tooltip", _plain(w.tabToolTip(i))
        elif isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView) and w.model() is not None:
            model = w.model()
            for c in range(model.columnCount()):
                yield f"{where} header {c}", str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                for r in range(model.rowCount()):
                    yield f"{where} cell {r},{c}", str(model.index(r, c).data() or "")
        if w.toolTip():
            yield where + " tooltip", _plain(w.toolTip())


def offenders(root: QWidget, allowed: set[str]) -> list[str]:
    return [f"{where}: {text!r} -> {bad}" for where, text in visible_texts(root)
            if (bad := unmarked(text, allowed))]


def _walk_tab(h: GuiHarness, index: int, allowed: set[str]) -> list[str]:
    window = h.window
    window.tabs.setCurrentIndex(index)
    h.until(lambda: window.tabs.currentIndex() == index and window.tabs.widget(index).isVisible(), 10,
            f"tab {index} shown")
    found: list[str] = []

    def clean() -> bool:
        found[:] = offenders(window.tabs.widget(index), allowed)
        return not found
    # Dynamic texts re-render on the views' next refresh after the language change.
    with contextlib.suppress(h.qtbot.TimeoutError):
        h.qtbot.waitUntil(clean, timeout=5000)
    return [f"tab {window.tabs.tabText(index)!r}: {line}" for line in found]


@pytest.fixture
def harness(qtbot: QtBot, qloop: qasync.QEventLoop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
            qapp: QApplication) -> Iterator[GuiHarness]:
    monkeypatch.setenv("STATION_HOME", str(tmp_path / "home"))
    made: list[GuiHarness] = []

    def make(boards: int, **kw: object) -> GuiHarness:
        h = GuiHarness(qtbot, qloop, tmp_path, boards, **kw)  # type: ignore[arg-type]
        made.append(h)
        return h
    try:
        yield make  # type: ignore[misc]
    finally:
        install_language(qapp, "en")  # the QApplication is shared with the next tests
        for h in made:
            h.close()


def test_engineer_view_shows_only_translated_text(harness, pseudo: Path, qapp: QApplication) -> None:  # type: ignore[no-untyped-def]
    h = harness(1)
    h.running()
    assert h.window.roles.unlock(Role.ENGINEER, "0000")
    assert install_language(qapp, "de", qm_dir=pseudo)
    index = h.window.tabs.indexOf(h.window.engineer)
    bad = _walk_tab(h, index, data_words(h.profile))
    assert not bad, f"{len(bad)} text(s) not translated:\n" + "\n".join(bad)
    # Data stays data: the profile's values and the endpoint are not wrapped.
    assert h.window.engineer.profile_labels[0][0].text().startswith(OPEN)
    # Back to English live: the same labels are English again.
    assert install_language(qapp, "en")
    h.until(lambda: h.window.engineer.check_button.text() == "Check connection", 10, "English again")


def test_every_view_of_the_window_shows_only_translated_text(harness, pseudo: Path,  # type: ignore[no-untyped-def]
                                                             qapp: QApplication) -> None:
    """Operator wall with passed and failed units (a cause from the core), QA, engineer and every other tab
    (iterated generically), the role bar and the title: switched live to the pseudo-translation."""
    h = harness(3, faults={0: "silent", 2: "silent:keygen"})
    h.running()
    h.until(lambda: h.model.passed + h.model.failed == 3, 90, "all three units finished")
    failed = next(port for port, slot in h.model.slots.items() if slot.failure is not None)
    h.view.select(failed)
    allowed = data_words(h.profile)
    assert install_language(qapp, "de", qm_dir=pseudo)
    window = h.window
    bad = _walk_tab(h, 0, allowed)  # the operator's wall, operator role
    bad += [f"role bar: {line}" for line in offenders(window.roles, allowed)]
    assert window.roles.unlock(Role.ENGINEER, "0000")
    for index in range(1, window.tabs.count()):
        bad += _walk_tab(h, index, allowed)
    bad += [f"role bar: {line}" for line in offenders(window.roles, allowed)]
    bad += [f"tab bar: {line}" for line in offenders(window.tabs.tabBar(), allowed)]
    if unmarked(window.windowTitle(), allowed):
        bad.append(f"window title: {window.windowTitle()!r}")
    assert not bad, f"{len(bad)} text(s) not translated:\n" + "\n".join(bad)
