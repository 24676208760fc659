"""The label's preview: drawn with QPainter from the same placed fields the ZPL is made of (no ZPL renderer needed)."""

from __future__ import annotations

import segno
from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from station.labels.template import LabelData, PlacedField, layout
from station.labels.zpl import QR_ERROR
from station.profile import LabelSettings


def qr_matrix(text: str) -> list[list[bool]]:
    """The QR code's modules (True = dark), without quiet zone, at the error level the printer is asked for."""
    code = segno.make_qr(text or " ", error=QR_ERROR.lower(), boost_error=False)
    return [[bool(v) for v in row] for row in code.matrix]


class LabelPreview(QWidget):
    """Paints one label at the widget's size, keeping the label's aspect ratio; empty until ``set_label``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings: LabelSettings | None = None
        #: What is drawn: the profile's fields filled with the unit's data (the printer gets the same).
        self.fields: list[PlacedField] = []
        self.setMinimumSize(QSize(160, 80))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.retranslate()

    def retranslate(self) -> None:
        self.setToolTip(self.tr("Preview of the unit's label, drawn from the profile's label template"))
        self.setAccessibleName(self.tr("Label preview"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_label(self, settings: LabelSettings | None, data: LabelData | None) -> None:
        """Show ``data`` on the profile's label (None: nothing to show)."""
        self.settings = settings
        self.fields = layout(settings, data) if settings is not None and data is not None else []
        self.updateGeometry()
        self.update()

    def hasHeightForWidth(self) -> bool:
        return self.settings is not None

    def heightForWidth(self, width: int) -> int:
        if self.settings is None:
            return 0
        return round(width * self.settings.height_mm / self.settings.width_mm)

    def sizeHint(self) -> QSize:
        return QSize(300, self.heightForWidth(300) or 150)

    def label_rect(self) -> QRectF:
        """Where the label is drawn in the widget (mm scaled to fit, centred)."""
        if self.settings is None:
            return QRectF()
        s = self.settings
        scale = min((self.width() - 2) / s.width_mm, (self.height() - 2) / s.height_mm)
        w, h = s.width_mm * scale, s.height_mm * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self.paint(painter)
        finally:
            painter.end()

    def paint(self, painter: QPainter) -> None:
        if self.settings is None or not self.fields:
            return
        area = self.label_rect()
        scale = area.width() / self.settings.width_mm  # pixels per mm
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#888888"), 1))
        painter.setBrush(QColor("white"))
        painter.drawRoundedRect(area, 4, 4)
        painter.setPen(QColor("black"))
        for placed in self.fields:
            x, y = area.left() + placed.x_mm * scale, area.top() + placed.y_mm * scale
            if placed.kind == "qr":
                self._qr(painter, placed.text, x, y, placed.size_mm * scale)
            else:
                font = QFont(self.font())
                font.setPixelSize(max(1, round(placed.size_mm * scale)))
                painter.setFont(font)
                # drawText with a rect and no markup: data is drawn as plain text (never rich text).
                box = QRectF(x, y, area.right() - x, placed.size_mm * scale * 1.4)
                painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), placed.text)

    @staticmethod
    def _qr(painter: QPainter, text: str, x: float, y: float, side: float) -> None:
        matrix = qr_matrix(text)
        module = side / len(matrix)
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("black"))
        for r, row in enumerate(matrix):
            for c, dark in enumerate(row):
                if dark:
                    painter.drawRect(QRectF(x + c * module, y + r * module, module, module))
        painter.restore()

    def render_image(self, width: int = 400) -> QImage:
        """The label alone as an image ``width`` pixels wide (tests, screenshots)."""
        height = self.heightForWidth(width) or width // 2
        image = QImage(width, height, QImage.Format.Format_ARGB32)
        image.fill(QColor("transparent"))
        size = self.size()
        self.resize(width, height)
        painter = QPainter(image)
        try:
            self.paint(painter)
        finally:
            painter.end()
            self.resize(size)
        return image
