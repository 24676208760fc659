"""Screenshot sidecars: a window's widget tree and visible text, normalized so that timing never shows in it."""

from __future__ import annotations

import difflib
import json
import re
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTableWidget,
    QTextEdit,
    QWidget,
)

REGENERATE = "python scripts/screenshots.py"

# Applied in order to every visible text. Only what depends on the moment or the machine is masked: clock times,
# dates, durations, rates, the ports and network ports a demo happens to get, ids the cloud makes up.
_MASKS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\b\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"), "<time>"),
    (re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\b"), "<time>"),
    (re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b", re.I), "<uuid>"),
    (re.compile(r"\b(?=[0-9a-f]*[a-f])[0-9a-f]{12,}\b", re.I), "<hex>"),  # certificate ids (an IMEI stays)
    (re.compile(r"socket://[^\s,;)]+|(?:/dev/)?(?:pts/\d+|tty\w+)|\bCOM\d+\b|loop://\S*"), "<port>"),
    # Unit numbers are given in the order the boards were detected, which is not the same in every run.
    # (The word "unit" in the shipped languages: resources/i18n/*.ts.)
    (re.compile(r"(\b(?:unit|gerät|einheit|unidad|unité|thiết bị)|设备|单元|单位)(\s*)\d+", re.I), r"\1\2<n>"),
    (re.compile(r"(\w+://[^\s/:]+):\d+"), r"\1:<port>"),
    (re.compile(r"\b(127\.0\.0\.1|localhost):\d+"), r"\1:<port>"),
    # Durations and rates: a number followed by a unit of time, or by a "per time" unit (units/hour, /h).
    (re.compile(r"\d+(?:[.,]\d+)?\s?(?:ms|s|sec|min|h|seconds?|minutes?|hours?|Sek\w*|Min\w*|Std\w*|秒|分钟|小时|giây|phút|giờ)"
                r"(?![\w/])"), "<duration>"),
    (re.compile(r"\d+(?:[.,]\d+)?(\s*[^\W\d_]+/\s?\S+)"), r"<rate>\1"),
    # Sizes of what was written: a certificate the station signs (factory-ca) has a random serial number and an
    # ECDSA signature whose DER length varies by a byte or two from one run to the next.
    (re.compile(r"\b\d+(\s?(?:bytes?|Bytes|字节))"), r"<size>\1"),
]


def normalize(text: str) -> str:
    for pattern, replacement in _MASKS:
        text = pattern.sub(replacement, text)
    return " ".join(text.split())


def _texts(widget: QWidget) -> list[str]:
    """The text a person sees on this widget itself (not its children)."""
    if isinstance(widget, QLabel):
        return [widget.text()]
    if isinstance(widget, QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QLineEdit):
        return [widget.text() or widget.placeholderText()]
    if isinstance(widget, QComboBox):
        return [widget.currentText()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QTabBar):
        return [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QTextEdit):
        return [widget.toPlainText()]
    if isinstance(widget, QPlainTextEdit):
        return [widget.toPlainText() or widget.placeholderText()]
    if isinstance(widget, QAbstractSpinBox):
        return [widget.text()]
    if isinstance(widget, QTableWidget):
        header = [widget.horizontalHeaderItem(c) for c in range(widget.columnCount())]
        rows = []
        for r in range(widget.rowCount()):
            if not widget.isRowHidden(r):
                items = [widget.item(r, c) for c in range(widget.columnCount())]
                rows.append(normalize(" | ".join(item.text() if item is not None else "" for item in items)))
        # Rows sorted once masked: a table sorted by port name has another order when the demo got other ports.
        return [" | ".join(h.text() if h else "" for h in header), *sorted(rows)]
    return []


def _class(widget: QWidget) -> str:
    return widget.metaObject().className()


def tree(widget: QWidget) -> dict[str, Any]:
    """One node per widget: class, object name, visible, its own visible text and its children.

    A hidden widget is listed without its children (nothing of it shows). Scroll bars are left out: whether they
    show depends on the fonts of the machine. Siblings are sorted by their content, so that the order in which
    slots were detected (which board answered first) does not matter.
    """
    visible = widget.isVisible()
    node: dict[str, Any] = {"class": _class(widget), "name": widget.objectName(), "visible": visible}
    if not visible:
        return node
    text = [normalize(t) for t in _texts(widget) if t and t.strip()]
    if text:
        node["text"] = text
    children = [tree(c) for c in widget.children() if isinstance(c, QWidget) and not c.isWindow()
                and not isinstance(c, QScrollBar)]
    if children:
        node["children"] = sorted(children, key=lambda n: json.dumps(n, sort_keys=True, ensure_ascii=False))
    return node


def sidecar(widget: QWidget, *, name: str, language: str, size: tuple[int, int]) -> dict[str, Any]:
    return {"name": name, "language": language, "size": list(size), "tree": tree(widget)}


def dumps(data: dict[str, object]) -> str:
    return json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def write(path: Path, data: dict[str, object]) -> Path:
    path.write_text(dumps(data), encoding="utf-8")
    return path


def _lines(node: dict[str, Any], depth: int = 0) -> list[str]:
    """The tree as indented lines: a diff of these reads like the window's outline."""
    head = f"{'  ' * depth}{node['class']}{'#' + node['name'] if node['name'] else ''}"
    if not node["visible"]:
        return [head + " (hidden)"]
    lines = [head] + [f"{'  ' * depth}  = {t!r}" for t in node.get("text", [])]
    for child in node.get("children", []):
        lines += _lines(child, depth + 1)
    return lines


def difference(expected: dict[str, Any], actual: dict[str, Any]) -> str:
    """"" when the tree and text match, else a unified diff of the two outlines."""
    if expected.get("tree") == actual.get("tree"):
        return ""
    name = actual.get("name", "?")
    return "\n".join(difflib.unified_diff(_lines(expected["tree"]), _lines(actual["tree"]),
                                          f"committed docs/screenshots/{name}.json", f"rendered {name}",
                                          lineterm="", n=2))
