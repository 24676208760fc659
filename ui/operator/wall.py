"""The wall: one tile per port, sized so that every tile shows without scrolling (ui.operator.tiling)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QScrollArea, QWidget

from ui.operator.slot import SlotWidget
from ui.operator.tiling import Grid, choose_grid
from ui.plaintext import PlainLabel
from ui.style import font


class WallWidget(QScrollArea):
    """Holds one SlotWidget per port; ``arrange`` sizes and places them so that all fit its viewport.

    The tiles are placed by hand (no QGridLayout): the grid is computed for the number of slots the wall is
    about to hold, so tiles joining a few per frame get their final size at once, and nothing else moves.
    Scrolling is only the fallback for a window too small for even the smallest tile.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(False)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._inner = QWidget()
        self.setWidget(self._inner)
        self.placeholder = PlainLabel("", self._inner)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setFont(font(16))
        self.placeholder.setWordWrap(True)
        self.placeholder.setEnabled(False)  # greyed text, it is a hint
        self._order: list[SlotWidget] = []
        self._total = 0
        self._placed: tuple[int, int, int] | None = None
        self.grid: Grid | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.placeholder.setText(self.tr("No boards yet.\nPlug a board into the fixture: it appears here and starts."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def arrange(self, slots: list[SlotWidget], *, total: int | None = None, force: bool = False) -> None:
        """Place ``slots`` in order, sized for ``total`` slots (the model's count; default: these)."""
        total = max(len(slots), total or 0)
        width, height = self.viewport().width(), self.viewport().height()
        key = (total, width, height)
        if not force and slots == self._order and key == self._placed:
            return
        known = len(self._order)
        same_grid = key == self._placed and slots[:known] == self._order
        self._placed, self._total = key, total
        for widget in self._order:
            if widget not in slots:
                widget.hide()
        if not slots:
            self._order = []
            self.grid = None
            self._inner.resize(width, height)
            self.placeholder.setGeometry(0, 0, width, height)
            self.placeholder.show()
            return
        self.placeholder.hide()
        grid = choose_grid(total, width, height)
        self.grid = grid
        start = known if same_grid and not force else 0
        inner_h = max(height, grid.spacing + grid.rows * (grid.tile_h + grid.spacing))
        if self._inner.size().width() != width or self._inner.height() != inner_h:
            self._inner.resize(width, inner_h)
        for index in range(start, len(slots)):
            widget = slots[index]
            if widget.parent() is not self._inner:
                widget.setParent(self._inner)
            x, y, w, h = grid.cell(index, grid.spacing)
            widget.setGeometry(x, y, w, h)
            widget.show()
        self._order = list(slots)

    @property
    def columns(self) -> int:
        return self.grid.columns if self.grid is not None else 0

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.arrange(self._order, total=self._total)
