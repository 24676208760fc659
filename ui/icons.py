"""Icons drawn from the packaged SVGs (resources/icons) at any size and device pixel ratio, cached."""

from __future__ import annotations

from functools import cache
from importlib import resources

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer


@cache
def svg_bytes(name: str) -> bytes:
    return resources.files("resources").joinpath("icons", f"{name}.svg").read_bytes()


@cache
def pixmap(name: str, size: int, ratio: float = 1.0) -> QPixmap:
    """The icon rendered for ``size`` logical pixels; drawn at the screen's ratio so it stays sharp on high DPI."""
    # Rendering the SVG ourselves avoids depending on the qsvg image-format plugin in a frozen build.
    renderer = QSvgRenderer(QByteArray(svg_bytes(name)))
    side = max(1, round(size * ratio))
    pm = QPixmap(side, side)
    pm.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pm)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, side, side))
    painter.end()
    pm.setDevicePixelRatio(ratio)
    return pm


def icon(name: str) -> QIcon:
    result = QIcon()
    for size in (16, 24, 32, 48, 64, 128):
        result.addPixmap(pixmap(name, size))
    return result
