"""An inline confirmation bar: ask a yes/no question from a coroutine without a modal dialog."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from ui.plaintext import PlainLabel
from ui.style import font


class ConfirmBar(QFrame):
    """Hidden until ``ask``; the coroutine awaits the answer while the Qt loop keeps running.

    Not QDialog.exec(): that nests a Qt loop inside a qasync callback, which
    deadlocks. A new question withdraws an unanswered one (answer: no).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirmBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#confirmBar { background: #fff4ce; border: 2px solid #c47f00; border-radius: 4px; }")
        row = QHBoxLayout(self)
        self.text = PlainLabel()
        self.text.setWordWrap(True)
        self.text.setFont(font(11, bold=True))
        self.yes = QPushButton()
        self.no = QPushButton()
        self._confirm_text = ""  # the asker's own button text ("" = the translated "Confirm")
        row.addWidget(self.text, 1)
        row.addWidget(self.yes)
        row.addWidget(self.no)
        self.yes.clicked.connect(lambda: self._answer(True))
        self.no.clicked.connect(lambda: self._answer(False))
        self._pending: asyncio.Future[bool] | None = None
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.yes.setText(self._confirm_text or self.tr("Confirm"))
        self.no.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def asking(self) -> bool:
        return self._pending is not None and not self._pending.done()

    async def ask(self, question: str, confirm: str = "") -> bool:
        """Show ``question`` (translated by the asker); True on the confirm button ("" = "Confirm"), False on Cancel.
        """
        self._answer(False)
        future: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        self._pending = future
        self.text.setText(question)
        self._confirm_text = confirm
        self.retranslate()
        self.show()
        try:
            return await future
        finally:
            if self._pending is future:
                self._pending = None
                self.hide()

    def _answer(self, yes: bool) -> None:
        if self._pending is not None and not self._pending.done():
            self._pending.set_result(yes)
