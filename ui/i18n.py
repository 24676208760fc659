"""The window's language: Qt translators for ui strings and the core's messages (station.messages)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from station.messages import Message

#: The context the core's messages live in, in the .ts sources (scripts/i18n.py exports them there).
CORE_CONTEXT = "core"


def tr_message(message: Message | None, fallback: str = "") -> str:
    """A core message in the window's language (``fallback``, English, when there is no message).

    The template is looked up by its English text with the id as disambiguation, then the same parameters are
    formatted in; a translation that does not fit its parameters shows the English text rather than nothing.
    """
    if message is None:
        return fallback
    if message.id == "plain":  # data, not a sentence of ours: what a board or AWS said
        return message.text()
    template = QCoreApplication.translate(CORE_CONTEXT, message.template, message.id)
    params = {k: tr_message(v) if isinstance(v, Message) else v for k, v in message.params}
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return message.text()
