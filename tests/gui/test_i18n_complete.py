"""Every message the window can show (ui strings and core messages) has a finished translation in every shipped
language: a new string fails here until its translators have been (scripts/i18n.py update, translate, release)."""

from __future__ import annotations

import pytest

from tests.i18n_script import load as load_i18n_script

i18n = load_i18n_script()


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
