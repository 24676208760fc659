"""The shift report: the dashboard's figures and charts as one self-contained HTML file, or as a PDF."""

from __future__ import annotations

import base64
import html
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument


@dataclass(frozen=True)
class ReportText:
    """What the report says, already in the window's language (the view builds it: step names, causes)."""

    title: str
    window: str  # "from ... to ..."
    figures: Sequence[tuple[str, str]]  # (caption, value) of the big numbers
    tables: Sequence[tuple[str, Sequence[str], Sequence[Sequence[str]]]]  # (title, header, rows)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; PySide wants str
    buffer.close()
    return bytes(data.data())


def report_html(text: ReportText, charts: Mapping[str, QImage], src: Callable[[str], str]) -> str:
    """The report as HTML; ``src(name)`` says where chart ``name``'s image is (a data URI, or a resource)."""
    e = html.escape  # causes and ports are data from boards and records: never markup
    parts = ["<!DOCTYPE html>", '<html><head><meta charset="utf-8">', f"<title>{e(text.title)}</title>",
             "<style>body{font-family:sans-serif;margin:24px;color:#222}"
             "table{border-collapse:collapse;margin:8px 0 18px}td,th{border:1px solid #bbb;padding:3px 8px}"
             "th{background:#eee}.figure{display:inline-block;margin:0 28px 12px 0}"
             ".value{font-size:28pt;font-weight:bold}</style></head><body>",
             f"<h1>{e(text.title)}</h1>", f"<p>{e(text.window)}</p>", "<p>"]
    parts += [f'<span class="figure"><span class="value">{e(value)}</span><br>{e(caption)}</span>'
              for caption, value in text.figures]
    parts.append("</p>")
    # A table of the big numbers too: QTextDocument (the PDF) has no inline-block.
    parts.append("<table>" + "".join(f"<tr><th>{e(c)}</th><td>{e(v)}</td></tr>" for c, v in text.figures)
                 + "</table>")
    for name in charts:
        parts.append(f'<p><img src="{src(name)}" alt="{e(name)}" width="640"></p>')
    for title, header, rows in text.tables:
        parts.append(f"<h2>{e(title)}</h2><table><tr>" + "".join(f"<th>{e(h)}</th>" for h in header) + "</tr>")
        parts += ["<tr>" + "".join(f"<td>{e(cell)}</td>" for cell in row) + "</tr>" for row in rows]
        parts.append("</table>")
    parts.append("</body></html>")
    return "\n".join(parts)


def write_html(path: Path, text: ReportText, charts: Mapping[str, QImage]) -> Path:
    """One file, nothing beside it: the charts are embedded as base64 PNG."""
    images = {name: base64.b64encode(png_bytes(image)).decode("ascii") for name, image in charts.items()}
    path.write_text(report_html(text, charts, lambda name: f"data:image/png;base64,{images[name]}"),
                    encoding="utf-8")
    return path


def report_document(text: ReportText, charts: Mapping[str, QImage]) -> QTextDocument:
    """The report as a QTextDocument with the charts as its image resources (what the PDF prints)."""
    document = QTextDocument()
    for name, image in charts.items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"chart:{name}"), image)
    document.setHtml(report_html(text, charts, lambda name: f"chart:{name}"))
    return document


def write_pdf(path: Path, text: ReportText, charts: Mapping[str, QImage]) -> Path:
    writer = QPdfWriter(str(path))
    writer.setTitle(text.title)
    writer.setCreator("provisioning station")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    writer.setResolution(150)
    document = report_document(text, charts)
    # Lay the document out on the printable page (points), so that print_ paginates it.
    document.setPageSize(QSizeF(writer.pageLayout().paintRect(QPageLayout.Unit.Point).size()))
    document.print_(writer)
    return path


def write_report(path: Path, text: ReportText, charts: Mapping[str, QImage]) -> Path:
    """HTML or PDF by the file's suffix (.pdf = PDF, anything else = HTML)."""
    if path.suffix.lower() == ".pdf":
        return write_pdf(path, text, charts)
    return write_html(path, text, charts)

