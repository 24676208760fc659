"""Layering rules: the core never imports Qt or the UI; every module starts with a docstring."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN = ("PySide6", "PyQt5", "PyQt6", "qasync", "ui")


def modules(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


def test_core_never_imports_qt_or_the_ui() -> None:
    offenders = []
    for path in modules("station"):
        for node in ast.walk(ast.parse(path.read_text())):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            offenders += [f"{path.relative_to(ROOT)}: {n}" for n in names if n.split(".")[0] in FORBIDDEN]
    assert offenders == []


def test_every_module_has_a_docstring() -> None:
    missing = [str(p.relative_to(ROOT)) for pkg in ("station", "ui", "resources") for p in modules(pkg)
               if not ast.get_docstring(ast.parse(p.read_text()))]
    assert missing == []
