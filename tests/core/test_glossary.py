"""The glossary of domain terms: every finished translation uses its language's word for each term its English has."""

from __future__ import annotations

import pytest

from tests.i18n_script import load as load_i18n_script

i18n = load_i18n_script()


def test_every_term_has_a_word_and_notes_in_every_language() -> None:
    terms = i18n.load_glossary()
    assert {"thing", "certificate", "slot", "remedy", "unit", "board", "station", "cloud", "group", "firmware",
            "job", "key", "qa", "operator", "engineer"} <= {t.term for t in terms}
    for term in terms:
        assert term.notes, term.term
        for lang in i18n.LANGUAGES:
            assert term.forms.get(lang) and term.forms[lang][0], f"{term.term} has no {lang} word"


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_finished_translations_use_the_glossary_words(lang: str) -> None:
    messages = i18n.read_ts(i18n.ts_path(lang))
    problems = i18n.glossary_problems(lang, messages, i18n.load_glossary())
    assert not problems, f"{len(problems)} translation(s) break the glossary:\n" + "\n".join(problems[:40])


def test_a_translation_without_the_term_is_named_with_language_source_and_term() -> None:
    terms = i18n.load_glossary()
    source = "The certificate on {port} does not match its key"
    wrong = i18n.TsMessage("core", source, "x.y", "Das Dokument auf {port} passt nicht zu seinem Schlüssel", "")
    problems = i18n.glossary_problems("de", [wrong], terms)
    assert len(problems) == 1 and problems[0].startswith("de: ") and source in problems[0]
    assert "'certificate'" in problems[0] and "Zertifikat" in problems[0]
    inflected = i18n.TsMessage("core", source, "x.y", "Die Zertifikate auf {port} passen nicht zum Schlüssel", "")
    assert i18n.glossary_problems("de", [inflected], terms) == []
    # Unfinished drafts are not judged yet; a {field} named like a term is data, not a mention of it.
    draft = i18n.TsMessage("core", source, "x.y", "Das Dokument", "unfinished")
    field = i18n.TsMessage("core", "profile value {key}: {problem}", "p", "Profilwert {key}: {problem}", "")
    assert i18n.glossary_problems("de", [draft, field], terms) == []
    # Whole words only: "dashboard" is no board.
    dash = i18n.TsMessage("Dashboard", "Open the dashboard", "", "Übersicht öffnen", "")
    assert i18n.glossary_problems("de", [dash], terms) == []


def test_settings_and_quoted_values_are_not_mentions_of_a_term() -> None:
    terms = i18n.load_glossary()
    source = 'Set the board aside, or the line engineer enables certificates.mode = "csr-or-cloud-keys".'
    translated = "Platine beiseitelegen, oder der Linieningenieur aktiviert certificates.mode = \"csr-or-cloud-keys\"."
    assert i18n.glossary_problems("de", [i18n.TsMessage("core", source, "r", translated, "")], terms) == []
