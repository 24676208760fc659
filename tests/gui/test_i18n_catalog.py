"""Translations: core messages round-trip through the .ts/.qm (context core, id as disambiguation), the committed
.qm files are the release of the committed .ts, {fields} survive, the language is chosen and switched live."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTranslator
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from station.messages import load_catalog
from tests.gui.harness import settings_at
from tests.i18n_script import load as load_i18n_script
from ui.i18n import NATIVE_NAMES, SHIPPED, choose_language, current_language, install_language, normalize, tr_message
from ui.language import SETTINGS_KEY, LanguageSwitch, remembered_language, start_language

i18n = load_i18n_script()


@pytest.fixture
def english(qapp: QApplication) -> Iterator[QApplication]:
    """Whatever a test switches to, the shared QApplication is English again afterwards."""
    yield qapp
    install_language(qapp, "en")


def test_a_core_message_round_trips_through_ts_and_qm(tmp_path: Path, english: QApplication) -> None:
    """The export writes context "core", source = template, comment = id; Qt's lookup (translate("core",
    template, id)) finds exactly that entry, and tr_message formats the same parameters into it."""
    catalog = load_catalog()
    gone = catalog["board.gone"] if "board.gone" in catalog else next(
        d for mid, d in catalog.items() if mid != "plain" and d.fields)
    ts = tmp_path / "station_de.ts"
    i18n.lupdate([ts])
    tree = ET.parse(ts)
    entry = next(m for c in tree.getroot().iter("context") if c.findtext("name") == "core"
                 for m in c.iter("message") if m.findtext("comment") == gone.id)
    assert entry.findtext("source") == gone.template
    assert entry.find("location") is None  # no pointer into the temp file the export went through
    translation = entry.find("translation")
    assert translation is not None
    translation.text = "ÜBERSETZT " + " ".join("{" + f + "}" for f in sorted(gone.fields))
    translation.attrib.pop("type")
    # The same English under another id (two messages may share a template) keeps its own translation.
    twin = ET.fromstring(ET.tostring(entry))
    twin.find("comment").text = "another.id"  # type: ignore[union-attr]
    twin.find("translation").text = "ANDERS"  # type: ignore[union-attr]
    next(c for c in tree.getroot().iter("context") if c.findtext("name") == "core").append(twin)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = tmp_path / "station_de.qm"
    i18n.lrelease(ts, qm)
    translator = QTranslator()
    assert translator.load(str(qm))
    english.installTranslator(translator)
    try:
        assert QCoreApplication.translate("core", gone.template, gone.id).startswith("ÜBERSETZT")
        # The id is part of the key: the same template under another id finds that id's translation.
        assert QCoreApplication.translate("core", gone.template, "another.id") == "ANDERS"
        params = {f: f"<{f}>" for f in gone.fields}
        assert tr_message(gone(**params)) == "ÜBERSETZT " + " ".join(f"<{f}>" for f in sorted(gone.fields))
    finally:
        english.removeTranslator(translator)
    assert tr_message(gone(**params)) == gone(**params).text()


def test_every_core_message_and_ui_string_is_in_the_committed_sources() -> None:
    """`scripts/i18n.py update` was run: nothing the code uses is missing from a .ts."""
    used = i18n.used_messages()
    assert len(used) > 50
    terms = i18n.load_glossary()
    for lang in i18n.LANGUAGES:
        missing = i18n.check_language(lang, used, terms).missing
        assert not missing, f"{lang}: {len(missing)} message(s) not in the .ts (run scripts/i18n.py update): " \
            f"{missing[:10]}"


def test_committed_qm_files_are_the_release_of_the_committed_ts(tmp_path: Path) -> None:
    for lang in i18n.LANGUAGES:
        fresh = tmp_path / f"station_{lang}.qm"
        i18n.lrelease(i18n.ts_path(lang), fresh)
        # lrelease is deterministic (checked: two releases of one .ts give the same bytes), so bytes compare.
        assert fresh.read_bytes() == i18n.qm_path(lang).read_bytes(), \
            f"{lang}: run scripts/i18n.py release after editing station_{lang}.ts"


def test_translations_keep_the_fields_of_their_source() -> None:
    terms = i18n.load_glossary()
    broken = [line for lang in i18n.LANGUAGES
              for line in i18n.check_language(lang, [], terms).broken_fields]
    assert not broken, "\n".join(broken[:30])


@pytest.mark.parametrize(("profile", "cli", "os_locale", "remembered", "expected"), [
    ("", "", "de_DE.UTF-8", "", "de"),          # "" in the profile = the OS locale
    ("", "", "fr_FR", "", "en"),                # a language that does not ship: English
    ("", "", "", "", "en"),
    ("es", "", "de_DE", "", "es"),              # the profile beats the OS
    ("es", "", "de_DE", "vi", "vi"),            # the choice made in the window on this PC beats the profile
    ("es", "zh_CN", "de_DE", "vi", "zh_CN"),    # the command line beats everything
    ("", "", "zh_CN", "", "zh_CN"),
    ("", "", "zh-Hans-CN", "", "zh_CN"),
    ("", "", "zh_TW", "", "en"),                # Traditional Chinese is not Simplified Chinese
    ("", "", "vi_VN", "", "vi"),
    ("", "", "es_MX", "", "es"),
    ("", "", "C", "", "en"),
])
def test_choose_language(profile: str, cli: str, os_locale: str, remembered: str, expected: str) -> None:
    assert choose_language(profile, cli, os_locale, remembered=remembered) == expected


def test_every_shipped_language_is_named_in_itself_and_normalizes_to_itself() -> None:
    from station.profile_schema import LANGUAGES

    assert SHIPPED == ("en", "de", "es", "zh_CN", "vi")
    assert ("", *SHIPPED) == LANGUAGES  # what a profile may name is what ships
    assert NATIVE_NAMES == {"en": "English", "de": "Deutsch", "es": "Español", "zh_CN": "简体中文",
                            "vi": "Tiếng Việt"}
    assert all(normalize(code) == code for code in SHIPPED)
    assert all(i18n.qm_path(code).exists() for code in i18n.LANGUAGES)


class _Reworded(QWidget):
    """A widget as the views are written: texts set in retranslate(), re-run on LanguageChange."""

    def __init__(self) -> None:
        super().__init__()
        self.changes = 0

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.changes += 1
        super().changeEvent(event)


def test_the_switch_installs_the_language_live_and_remembers_it(qtbot: QtBot, tmp_path: Path,
                                                                english: QApplication) -> None:
    settings = settings_at(tmp_path / "station.ini")
    switch = LanguageSwitch(settings)
    watcher = _Reworded()
    qtbot.addWidget(switch)
    qtbot.addWidget(watcher)
    assert [switch.itemText(i) for i in range(switch.count())] == [NATIVE_NAMES[c] for c in SHIPPED]
    for code in ("de", "vi", "zh_CN", "es", "en"):
        before = watcher.changes
        with qtbot.waitSignal(switch.language_changed, timeout=5000) as signal:
            assert switch.choose(code)
        assert signal.args == [code] and current_language() == code
        qtbot.waitUntil(lambda b=before: watcher.changes > b, timeout=5000)  # Qt told every widget
        assert remembered_language(settings_at(tmp_path / "station.ini")) == code
        assert switch.currentData() == code
    assert settings.value(SETTINGS_KEY) == "en"
    assert not install_language(english, "fr") and current_language() == "en"


def test_start_up_uses_this_pcs_last_choice_over_the_profile(tmp_path: Path, english: QApplication) -> None:
    settings = settings_at(tmp_path / "station.ini")
    assert start_language(english, settings, "de", os_locale="es_ES") == "de"
    assert QCoreApplication.translate("ConfirmBar", "Cancel") == "Abbrechen"
    settings.setValue(SETTINGS_KEY, "vi")
    assert start_language(english, settings, "de", os_locale="es_ES") == "vi" and current_language() == "vi"
    assert start_language(english, settings, "de", "zh_CN", os_locale="es_ES") == "zh_CN"
    assert start_language(english, settings_at(tmp_path / "other.ini"), "", os_locale="fr_FR") == "en"
    assert QCoreApplication.translate("ConfirmBar", "Cancel") == "Cancel"


def test_an_action_is_shown_translated_and_audited_in_english(english: QApplication) -> None:
    from ui.acting import Actor
    from ui.roles import Role

    assert install_language(english, "de")
    outcome = Actor._refusal("release", Role.ENGINEER, Role.QA)
    assert outcome.text == "release abgelehnt: erfordert die Rolle Ingenieur (jetzt entsperrt: QA)."
    assert outcome.english == "release refused: it needs the Engineer role (unlocked now: QA)."
    assert Role.OPERATOR.label == "Bediener" and Role.OPERATOR.english == "Operator"


def test_the_cloud_label_is_worded_in_the_windows_language(english: QApplication) -> None:
    from ui.session import label_text

    demo, aws, other = "demo: embedded cloud, 8 virtual boards", "AWS default credentials, eu-west-1", "odd"
    assert [label_text(x) for x in (demo, aws, other)] == [demo, aws, other]
    assert install_language(english, "de")
    assert label_text(demo) == "Demo: eingebettete Cloud, 8 virtuelle Platinen"
    assert label_text(aws) == "AWS Standard-Anmeldedaten, eu-west-1"
    assert label_text("AWS line-3, us-east-1") == "AWS line-3, us-east-1"  # a profile name is data
    assert label_text(other) == other
