"""Translation sources of the window: update the .ts files, release the .qm files, check them, make the font subset.

    python scripts/i18n.py update     # ui strings (pyside6-lupdate over ui/**/*.py) + the core catalog -> .ts
    python scripts/i18n.py release    # .ts -> .qm (pyside6-lrelease); the .qm files are committed
    python scripts/i18n.py check      # unfinished/missing messages, broken {fields}, glossary terms, per language
    python scripts/i18n.py fonts      # the CJK/Vietnamese font subset for the characters the .ts files use
    python scripts/i18n.py pseudo DIR # a marked pseudo-translation (.qm) into DIR, for the untranslated-string check
    python scripts/i18n.py apply LANG FILE.json  # fill translations: {"context|source|comment": "text", ...}

docs/i18n.md explains the translator's round trip. The core's messages (station.messages.load_catalog()) are
exported into context "core", source = the English template, comment (Qt's disambiguation) = the message id:
exactly what ``QCoreApplication.translate("core", template, id)`` in ui/i18n.py looks up.
"""

from __future__ import annotations

import argparse
import json
import re
import string
import subprocess
import sys
import tempfile
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
FONTS = ROOT / "resources" / "fonts"
BIN = Path(sys.executable).parent
#: The languages translated (English is the source language).
LANGUAGES = ("de", "es", "zh_CN", "vi")
CORE_CONTEXT = "core"
GLOSSARY = I18N / "glossary.toml"
#: The pseudo-translation's markers: a visible string not inside them did not go through Qt's translation.
MARK_OPEN, MARK_CLOSE = "⟦", "⟧"

#: Where the font subset comes from (Debian's fonts-noto-cjk, SIL OFL 1.1) and which face of the collection.
SOURCE_FONT = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
SOURCE_FACE = "Noto Sans CJK SC"
SOURCE_LICENCE = Path("/usr/share/doc/fonts-noto-cjk/copyright")
FONT_FILE = "StationNotoSansCJKsc-Subset.otf"
FONT_FAMILY = "Station Noto Sans CJK SC"
#: Always in the subset: Latin with Vietnamese (incl. combining marks), digits, punctuation, CJK punctuation.
BASE_RANGES = [(0x20, 0x7E), (0xA0, 0x17F), (0x1A0, 0x1B0), (0x300, 0x323), (0x1EA0, 0x1EF9),
               (0x2000, 0x206F), (0x2190, 0x2193), (0x3000, 0x303F), (0xFF01, 0xFF5E)]

Key = tuple[str, str, str]  # (context, source, comment)


def tool(name: str) -> str:
    """A Qt tool of the venv (pyside6-lupdate, pyside6-lrelease), else the one on PATH."""
    path = BIN / name
    return str(path) if path.exists() else name


def ts_path(lang: str, folder: Path = I18N) -> Path:
    return folder / f"station_{lang}.ts"


def qm_path(lang: str, folder: Path = I18N) -> Path:
    return folder / f"station_{lang}.qm"


def ui_sources() -> list[str]:
    return sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "ui").rglob("*.py"))


def core_catalog() -> dict[str, str]:
    """id -> English template of every core message a person can see (plain data excluded).

    Messages are defined with station.messages.message() in station/ (load_catalog) and in a few ui modules
    (e.g. the QA lookup's): every ui module is imported too, so the export never depends on what happened to
    be imported before.
    """
    import importlib
    import pkgutil

    sys.path.insert(0, str(ROOT))
    import ui
    from station.messages import load_catalog

    for info in pkgutil.walk_packages(ui.__path__, "ui."):
        importlib.import_module(info.name)
    return {mid: d.template for mid, d in sorted(load_catalog().items()) if mid != "plain"}


def _core_source(catalog: Mapping[str, str]) -> str:
    # lupdate reads Python: one translate() call per message, the literal strings as Python writes them.
    lines = ["from PySide6.QtCore import QCoreApplication", ""]
    lines += [f"QCoreApplication.translate({CORE_CONTEXT!r}, {template!r}, {mid!r})"
              for mid, template in catalog.items()]
    return "\n".join(lines) + "\n"


_CORE_FILE = "core_messages_generated.py"


def lupdate(ts_files: list[Path], *, extra: Iterable[str] = ()) -> None:
    """Run lupdate over ui/ and the core catalog into ``ts_files`` (merging: translations kept, gone ones obsolete)."""
    with tempfile.TemporaryDirectory(prefix="station-i18n-") as tmp:
        core = Path(tmp) / _CORE_FILE
        core.write_text(_core_source(core_catalog()), encoding="utf-8")
        cmd = [tool("pyside6-lupdate"), "-silent", "-source-language", "en", *ui_sources(), *extra, str(core),
               "-ts", *map(str, ts_files)]
        subprocess.run(cmd, cwd=ROOT, check=True)
    for ts in ts_files:  # the generated file is gone: no location pointing into a temp dir
        text = ts.read_text(encoding="utf-8")
        ts.write_text(re.sub(r'\n\s*<location filename="[^"]*' + _CORE_FILE + r'"[^>]*/>', "", text),
                      encoding="utf-8")


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], cwd=ROOT, check=True)


# -- reading .ts files ----------------------------------------------------------------------------------------

@dataclass
class TsMessage:
    context: str
    source: str
    comment: str
    translation: str
    state: str  # "" (finished), "unfinished", "obsolete", "vanished"

    @property
    def key(self) -> Key:
        return (self.context, self.source, self.comment)

    @property
    def finished(self) -> bool:
        return self.state == "" and self.translation != ""

    @property
    def live(self) -> bool:
        return self.state not in ("obsolete", "vanished")


def read_ts(path: Path) -> list[TsMessage]:
    out = []
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name", "")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            state = "" if tr is None else tr.get("type", "")
            out.append(TsMessage(name, msg.findtext("source", ""), msg.findtext("comment", ""),
                                 "" if tr is None else (tr.text or ""), state))
    return out


def used_messages() -> list[TsMessage]:
    """Every message the ui sources and the core catalog use now (from a fresh lupdate into a temp file)."""
    with tempfile.TemporaryDirectory(prefix="station-i18n-") as tmp:
        ts = Path(tmp) / "station_de.ts"
        lupdate([ts])
        return read_ts(ts)


def fields(text: str) -> set[str]:
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError:
        return {"<unbalanced braces>"}


# -- the glossary ---------------------------------------------------------------------------------------------

@dataclass
class Term:
    term: str
    notes: str
    forms: dict[str, list[str]] = field(default_factory=dict)  # lang -> accepted forms (first = the term)

    def pattern(self) -> re.Pattern[str]:
        words = [self.term.replace("-", " "), *self.forms.get("en", [])]
        return re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


#: Not words of the sentence: {fields} (data: "{key}" is no mention of a key), dotted or underscored
#: settings and identifiers (rework.policy, config-upload, thing/NAME), [sections], --options, CLI metavariables
#: (KEY, FILE), quoted values and commands ("csr-or-cloud-keys",
#: 'station cloud check', `aws sso login`); an apostrophe inside a word (station's) opens no quote.
_FIELD = re.compile("|".join((
    r"\{[^{}]*\}", r"--[\w-]+", r"\S*\w[._/-][\w{]\S*", r"\b[A-Z][A-Z_]{2,}\b", r"\[[^\]]*\]",
    r'"[^"]*"', r"`[^`]*`", r"(?<!\w)'[^']*'(?!\w)")))


def load_glossary(path: Path = GLOSSARY) -> list[Term]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    terms = []
    for name, entry in data.get("term", {}).items():
        forms = {lang: [entry[lang], *entry.get(f"{lang}_forms", [])] for lang in LANGUAGES if lang in entry}
        forms["en"] = list(entry.get("en_forms", []))
        terms.append(Term(name, entry.get("notes", ""), forms))
    return terms


def glossary_problems(lang: str, messages: Iterable[TsMessage], terms: list[Term]) -> list[str]:
    """Finished translations whose English source names a glossary term the translation does not use."""
    problems = []
    for msg in messages:
        if not (msg.live and msg.finished):
            continue
        for term in terms:
            wanted = term.forms.get(lang, [])
            if (wanted and term.pattern().search(_FIELD.sub(" ", msg.source))
                    and not any(form.lower() in msg.translation.lower() for form in wanted)):
                problems.append(f"{lang}: {msg.source!r} -> {msg.translation!r} lacks {term.term!r} "
                                f"({' / '.join(wanted)})")
    return problems


# -- check ------------------------------------------------------------------------------------------------------

@dataclass
class Report:
    lang: str
    missing: list[Key]
    unfinished: list[Key]
    broken_fields: list[str]
    glossary: list[str]

    @property
    def ok(self) -> bool:
        return not (self.missing or self.unfinished or self.broken_fields or self.glossary)


def check_language(lang: str, used: list[TsMessage], terms: list[Term], folder: Path = I18N) -> Report:
    have = {m.key: m for m in read_ts(ts_path(lang, folder)) if m.live} if ts_path(lang, folder).exists() else {}
    missing = [m.key for m in used if m.key not in have]
    unfinished = [m.key for m in used if m.key in have and not have[m.key].finished]
    broken = [f"{lang}: {m.source!r} -> {m.translation!r}" for m in have.values()
              if m.finished and fields(m.translation) != fields(m.source)]
    return Report(lang, missing, unfinished, broken, glossary_problems(lang, have.values(), terms))


# -- the pseudo-translation -------------------------------------------------------------------------------------

def pseudo_qm(out_dir: Path, lang: str = "de") -> Path:
    """A .qm translating every ui and core message to MARK_OPEN + source + MARK_CLOSE ({fields} kept)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    ts = out_dir / f"station_{lang}.ts"
    lupdate([ts])
    tree = ET.parse(ts)
    for msg in tree.getroot().iter("message"):
        tr = msg.find("translation")
        assert tr is not None
        tr.text = MARK_OPEN + msg.findtext("source", "") + MARK_CLOSE
        tr.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = qm_path(lang, out_dir)
    lrelease(ts, qm)
    return qm


# -- applying translations ----------------------------------------------------------------------------------------

def apply(lang: str, translations: Mapping[str, str]) -> int:
    """Fill translations into station_<lang>.ts: keys "context|source|comment" (comment may be empty)."""
    path = ts_path(lang)
    tree = ET.parse(path)
    done = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name", "")
        for msg in ctx.iter("message"):
            key = f"{name}|{msg.findtext('source', '')}|{msg.findtext('comment', '')}"
            if translations.get(key):
                tr = msg.find("translation")
                assert tr is not None
                if tr.get("type") in ("obsolete", "vanished"):
                    continue
                tr.text = translations[key]
                tr.attrib.pop("type", None)
                done += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return done


# -- fonts ----------------------------------------------------------------------------------------------------

def translated_characters(folder: Path = I18N) -> set[str]:
    """Every character of every shipped translation (finished or not: a draft must render too)."""
    chars: set[str] = set()
    for lang in LANGUAGES:
        if ts_path(lang, folder).exists():
            for m in read_ts(ts_path(lang, folder)):
                if m.live:
                    chars.update(m.translation)
    return {c for c in chars if c.isprintable() and c != " "}


def make_font(out_dir: Path = FONTS) -> Path:
    """Subset the OFL source font to BASE_RANGES + the .ts characters, renamed so it never shadows the original."""
    from fontTools import subset
    from fontTools.ttLib import TTCollection

    collection = TTCollection(str(SOURCE_FONT))
    font = next(f for f in collection.fonts if f["name"].getDebugName(1) == SOURCE_FACE)
    wanted = {cp for lo, hi in BASE_RANGES for cp in range(lo, hi + 1)} | {ord(c) for c in translated_characters()}
    cmap = font.getBestCmap()
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(cp for cp in wanted if cp in cmap))
    subsetter.subset(font)
    names = font["name"]
    for rec in list(names.names):
        if rec.nameID in (1, 4, 16):
            names.setName(FONT_FAMILY, rec.nameID, rec.platformID, rec.platEncID, rec.langID)
        elif rec.nameID in (3, 6):
            names.setName(FONT_FAMILY.replace(" ", "") + "-Regular", rec.nameID, rec.platformID, rec.platEncID,
                          rec.langID)
    if "CFF " in font:  # the PostScript name inside the CFF table too
        cff = font["CFF "].cff
        cff.fontNames = [FONT_FAMILY.replace(" ", "") + "-Regular"]
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / FONT_FILE
    font.recalcTimestamp = False  # regenerating the same subset gives the same bytes
    font.save(str(out))
    licence = _ofl_text()
    notice = names.getDebugName(0) or ""
    (out_dir / "OFL.txt").write_text(
        f"{FONT_FILE}: a subset of {SOURCE_FACE} (Debian fonts-noto-cjk), renamed {FONT_FAMILY!r}, made by\n"
        f"scripts/i18n.py fonts.\n{notice} Noto CJK's licence reserves the font name \"Source\" (not used here).\n\n"
        f"{licence}", encoding="utf-8")
    missing = sorted(c for c in translated_characters() if ord(c) not in cmap)
    if missing:
        print(f"not in {SOURCE_FACE} (the platform's font must render them): {''.join(missing)}")
    return out


def _ofl_text() -> str:
    """The SIL Open Font License text as Debian's copyright file of the source font carries it."""
    lines = SOURCE_LICENCE.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("License: SIL-1.1") and i + 1 < len(lines)
                 and lines[i + 1].strip().startswith("---"))
    out = []
    for line in lines[start + 1:]:
        if line and not line.startswith(" "):
            break
        out.append("" if line.strip() == "." else line[1:])
    return "\n".join(out).strip() + "\n"


# -- command line ------------------------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update", help="extract ui + core messages into the .ts files")
    sub.add_parser("release", help="compile the .ts files into .qm files")
    sub.add_parser("check", help="report missing/unfinished/broken translations per language")
    sub.add_parser("fonts", help="regenerate the font subset from the OFL source font")
    pseudo = sub.add_parser("pseudo", help="write a marked pseudo-translation into a folder")
    pseudo.add_argument("folder", type=Path)
    fill = sub.add_parser("apply", help="fill translations from a JSON file into a .ts")
    fill.add_argument("lang", choices=LANGUAGES)
    fill.add_argument("file", type=Path)
    args = parser.parse_args(argv)
    if args.command == "update":
        lupdate([ts_path(lang) for lang in LANGUAGES])
    elif args.command == "release":
        for lang in LANGUAGES:
            lrelease(ts_path(lang), qm_path(lang))
    elif args.command == "check":
        used, terms, ok = used_messages(), load_glossary(), True
        for lang in LANGUAGES:
            report = check_language(lang, used, terms)
            ok = ok and report.ok
            print(f"{lang}: {len(used) - len(report.missing) - len(report.unfinished)}/{len(used)} finished, "
                  f"{len(report.unfinished)} unfinished, {len(report.missing)} missing (run update), "
                  f"{len(report.broken_fields)} with wrong {{fields}}, {len(report.glossary)} glossary problems")
            for line in report.broken_fields + report.glossary:
                print("   ", line)
        return 0 if ok else 1
    elif args.command == "fonts":
        print(make_font())
    elif args.command == "pseudo":
        print(pseudo_qm(args.folder))
    elif args.command == "apply":
        print(apply(args.lang, json.loads(args.file.read_text(encoding="utf-8"))), "translations filled")
    return 0


if __name__ == "__main__":
    sys.exit(main())
