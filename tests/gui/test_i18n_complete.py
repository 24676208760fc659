"""Every message the window can show (ui strings and core messages) has a finished translation in every shipped
language: a new string fails here until its translators have been (scripts/i18n.py update, translate, release)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _script() -> ModuleType:
    name = "station_i18n_script"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / "i18n.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


i18n = _script()


@pytest.fixture(scope="module")
def used() -> list[object]:
    return i18n.used_messages()  # type: ignore[no-any-return]


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_every_visible_message_is_translated(lang: str, used: list[object]) -> None:
    report = i18n.check_language(lang, used, i18n.load_glossary())
    lines = [f"missing (run scripts/i18n.py update): {key}" for key in report.missing]
    lines += [f"unfinished: {key}" for key in report.unfinished]
    assert not lines, f"{lang}: {len(report.missing)} missing and {len(report.unfinished)} unfinished of " \
        f"{len(used)}:\n" + "\n".join(lines[:30])
