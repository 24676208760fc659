"""The bundled font renders every shipped translation: Chinese and Vietnamese on a PC without such fonts."""

from __future__ import annotations

from fontTools.ttLib import TTFont
from PySide6.QtGui import QFontDatabase, QRawFont
from PySide6.QtWidgets import QApplication

from tests.i18n_script import load as load_i18n_script
from ui.i18n import FONT_FILE, fonts_dir, install_fonts

i18n = load_i18n_script()
FONT = fonts_dir() / FONT_FILE


def test_the_font_covers_every_character_of_every_translation() -> None:
    """A new Chinese string needs `scripts/i18n.py fonts` run again, or this fails naming the characters."""
    cmap = TTFont(str(FONT)).getBestCmap()
    missing: dict[str, set[str]] = {}
    for lang in i18n.LANGUAGES:
        for msg in i18n.read_ts(i18n.ts_path(lang)):
            if not msg.live:
                continue
            # Characters the English has too (✔, →) are drawn by the UI's own font as they are in English.
            lacking = {c for c in msg.translation if not c.isspace() and c not in msg.source and ord(c) not in cmap}
            if lacking:
                missing.setdefault(lang, set()).update(lacking)
    assert not missing, f"not in {FONT.name} (run scripts/i18n.py fonts): " + \
        "; ".join(f"{lang}: {''.join(sorted(chars))}" for lang, chars in missing.items())


def test_the_font_has_latin_vietnamese_and_cjk_punctuation_and_its_licence() -> None:
    cmap = TTFont(str(FONT)).getBestCmap()
    for text in ("Chứng chỉ", "Thiết bị đã sẵn sàng", "Trạm ỨNG DỤNG ơ ư Đ", "0123456789", "，。：；（）"):
        assert all(ord(c) in cmap for c in text if not c.isspace()), text
    licence = (fonts_dir() / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence and FONT_FILE in licence


def test_qt_registers_the_font_as_a_fallback_after_the_ui_font(qapp: QApplication) -> None:
    family = install_fonts(qapp)
    assert family == i18n.FONT_FAMILY
    assert family in QFontDatabase.families()
    families = qapp.font().families()
    assert families[-1] == family and families[0] != family  # Latin keeps the platform's UI font
    raw = QRawFont(str(FONT), 16)
    assert raw.isValid() and raw.familyName() == family
    assert all(raw.supportsCharacter(ord(c)) for c in "Chứng chỉ" + "证书" if not c.isspace())
    zh = "".join(sorted({c for m in i18n.read_ts(i18n.ts_path("zh_CN")) for c in m.translation
                         if "\u4e00" <= c <= "\u9fff"}))
    assert all(raw.supportsCharacter(ord(c)) for c in zh), zh
    assert install_fonts(qapp) == family and qapp.font().families() == families  # once is enough
