"""The wall: slot widgets in a grid that reflows to the window width, inside a scroll area."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QScrollArea, QWidget

from ui.operator.slot import SLOT_WIDTH, SlotWidget
from ui.plaintext import PlainLabel
from ui.style import font

SPACING = 12


class WallWidget(QScrollArea):
    """Holds one SlotWidget per port; ``arrange`` places them in as many columns as fit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._inner = QWidget()
        self._grid = QGridLayout(self._inner)
        self._grid.setSpacing(SPACING)
        self._grid.setContentsMargins(SPACING, SPACING, SPACING, SPACING)
        self._grid.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setWidget(self._inner)
        self.placeholder = PlainLabel("No boards yet.\nPlug a board into the fixture: it appears here and starts.")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setFont(font(16))
        self.placeholder.setEnabled(False)  # greyed text, it is a hint
        self._order: list[SlotWidget] = []
        self._columns = 0

    def columns_for(self, width: int) -> int:
        usable = width - 2 * SPACING
        return max(1, (usable + SPACING) // (SLOT_WIDTH + SPACING))

    def arrange(self, slots: list[SlotWidget], *, force: bool = False) -> None:
        """Place ``slots`` in order; only touches the layout when the order or the column count changed."""
        columns = self.columns_for(self.viewport().width())
        if not force and slots == self._order and columns == self._columns:
            return
        known = len(self._order)
        if not force and self._order and columns == self._columns and slots[:known] == self._order:
            # Boards joined at the end (64 plugged at once arrive a few per frame): place only those.
            for index, widget in enumerate(slots[known:], start=known):
                self._grid.addWidget(widget, index // columns, index % columns, Qt.AlignmentFlag.AlignTop)
                widget.show()
            self._order = list(slots)
            return
        while self._grid.count():
            self._grid.takeAt(0)
        self._order, self._columns = list(slots), columns
        if not slots:
            self._grid.addWidget(self.placeholder, 0, 0)
            self.placeholder.show()
            return
        self.placeholder.hide()
        for index, widget in enumerate(slots):
            self._grid.addWidget(widget, index // columns, index % columns, Qt.AlignmentFlag.AlignTop)
            widget.show()

    @property
    def columns(self) -> int:
        return self._columns

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.arrange(self._order)
