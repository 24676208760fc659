"""Role-gated action buttons: disabled until a handler is wired and the unlocked role allows them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton

from ui.i18n import QT_TRANSLATE_NOOP
from ui.roles import Role


@dataclass
class Action:
    button: QPushButton
    role: Role
    dangerous: bool = False
    handler: Callable[[], object] | None = None
    pending: str = QT_TRANSLATE_NOOP("ActionSet", "Not connected yet: arrives with the jobs API")


class ActionSet:
    """The buttons of one view; ``wire`` connects a handler, ``set_role`` applies the unlocked role.

    A button's ``tip`` is given already translated; ``retranslate(name, tip)`` re-words it after a language change.
    """

    def __init__(self) -> None:
        self.actions: dict[str, Action] = {}
        self.role = Role.OPERATOR

    def add(self, name: str, button: QPushButton, role: Role, *, dangerous: bool = False, tip: str = "") -> QPushButton:
        action = Action(button, role, dangerous)
        self.actions[name] = action
        button.setProperty("baseTip", tip)
        button.clicked.connect(lambda: self._run(name))
        self._apply(action)
        return button

    def wire(self, name: str, handler: Callable[[], object]) -> None:
        action = self.actions[name]
        action.handler = handler
        self._apply(action)

    def set_role(self, role: Role) -> None:
        self.role = role
        for action in self.actions.values():
            self._apply(action)

    def retranslate(self, name: str, tip: str) -> None:
        """A new (translated) base tooltip for ``name``; the role note is re-worded with it."""
        action = self.actions[name]
        action.button.setProperty("baseTip", tip)
        self._apply(action)

    def retranslate_all(self) -> None:
        """Re-word the role notes of every button (after a language change)."""
        for action in self.actions.values():
            self._apply(action)

    def enabled(self, name: str) -> bool:
        return self.actions[name].button.isEnabled()

    def _run(self, name: str) -> None:
        action = self.actions[name]
        # Checked again here: a button enabled a moment ago must not act after the role was locked.
        if action.handler is not None and self.role >= action.role:
            action.handler()

    def _apply(self, action: Action) -> None:
        allowed = self.role >= action.role
        action.button.setEnabled(allowed and action.handler is not None)
        tip = str(action.button.property("baseTip") or "")
        if not allowed:
            tip += "\n" + QCoreApplication.translate("ActionSet", "Needs the {role} role.").format(
                role=action.role.label)
        elif action.handler is None:
            tip += "\n" + QCoreApplication.translate("ActionSet", action.pending)
        action.button.setToolTip(tip.strip())
