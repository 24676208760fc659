"""Operator-facing text as message ids with parameters: the core stays Qt-free and English, the window translates.

Every step name, state word, cause and remedy the core hands to a person is a :class:`Message`: an id, the
English template (a ``str.format`` string with named fields) and the parameter values. The CLI, the logs and
the records print :meth:`Message.text` (English); the window looks the template up in its translations
(context ``core``, disambiguation = the id, see ``ui/i18n.py``) and formats the same parameters into it.

Templates are defined once, at module level, with :func:`message`; ``scripts/i18n.py`` imports every
``station`` module and exports :data:`CATALOG` into the ``.ts`` sources, so a new message cannot miss its
translators. Parameter values are data (serials, ports, codes, counts), never translated, and may be
untrusted: they are formatted into the template, never parsed as one.
"""

from __future__ import annotations

import importlib
import pkgutil
import string
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Union

#: A parameter: data, or another message (translated in its turn, e.g. a step name inside a cause).
Param = Union[str, int, float, "Message"]

_ID_CHARS = frozenset(string.ascii_lowercase + string.digits + "._-")


@dataclass(frozen=True)
class Message:
    """One piece of text for a person: ``id`` names it, ``template`` is its English form, ``params`` its data."""

    id: str
    template: str
    params: tuple[tuple[str, Param], ...] = ()

    def text(self) -> str:
        """The English text (CLI, logs, records)."""
        return self.template.format(**{k: v.text() if isinstance(v, Message) else v for k, v in self.params})

    def __str__(self) -> str:
        return self.text()

    @property
    def values(self) -> dict[str, Param]:
        return dict(self.params)

    def to_json(self) -> dict[str, Any]:
        """A JSON-able form (records keep it beside the English text, so QA sees old failures translated)."""
        return {"id": self.id, "template": self.template,
                "params": {k: v.to_json() if isinstance(v, Message) else v for k, v in self.params}}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Message:
        params = data.get("params", {})
        return cls(str(data["id"]), str(data["template"]), tuple(
            (str(k), cls.from_json(v) if isinstance(v, Mapping) else v) for k, v in params.items()))


@dataclass(frozen=True)
class MessageDef:
    """A defined message: call it with its parameters to get a :class:`Message`."""

    id: str
    template: str
    fields: frozenset[str]

    def __call__(self, **params: Param) -> Message:
        if set(params) != self.fields:  # a programming error: caught by the tests that raise it
            raise TypeError(f"message {self.id!r} takes {sorted(self.fields)}, got {sorted(params)}")
        return Message(self.id, self.template, tuple(sorted(params.items())))


#: Every message the core defines, by id (filled as modules are imported; :func:`load_catalog` imports all).
CATALOG: dict[str, MessageDef] = {}


def message(id: str, template: str) -> MessageDef:
    """Define a message once, at module level: ``BOARD_GONE = message("board.gone", "The board on {port} ...")``."""
    if not id or not set(id) <= _ID_CHARS or id[0] in "._-":
        raise ValueError(f"message id {id!r}: lower-case letters, digits and . _ - only")
    fields = frozenset(name for _, name, _, _ in string.Formatter().parse(template) if name)
    if any(not f.isidentifier() for f in fields):
        raise ValueError(f"message {id!r}: fields must be names, e.g. {{port}}, not positional or indexed")
    known = CATALOG.get(id)
    if known is not None and known.template != template:
        raise ValueError(f"message id {id!r} is defined twice with different text")
    CATALOG[id] = MessageDef(id, template, fields)
    return CATALOG[id]


#: Text the core passes on without knowing its language: what a board, a device or AWS said. Shown as is.
_PLAIN = message("plain", "{text}")


def plain(text: str) -> Message:
    """Text that is data, not a sentence of ours (a device's own refusal, AWS's error message): never translated."""
    return _PLAIN(text=text)


def as_message(value: str | Message) -> Message:
    return value if isinstance(value, Message) else plain(value)


def load_catalog() -> dict[str, MessageDef]:
    """Import every ``station`` module, so :data:`CATALOG` holds every message the core can send."""
    import station

    for info in pkgutil.walk_packages(station.__path__, "station."):
        importlib.import_module(info.name)
    return dict(CATALOG)
