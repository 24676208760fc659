"""Third-party board drivers, registered through the ``provisioning_station.drivers`` entry-point group.

Convention (docs/drivers.md): each entry point names a callable ``register(register_driver)``; the station
calls it once with a registration function of ``station.board.driver.register_driver``'s signature, minus
``origin`` (set to the plug-in's distribution name). A plug-in's drivers count only if its whole ``register``
call succeeds; a plug-in that fails to load or register is logged and skipped, and a name that is already
registered (a built-in driver, or another plug-in's) is refused.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib.metadata import EntryPoint, entry_points
from typing import Any

from station.board import driver as registry
from station.board.driver import DriverFactory, ProbeFn

log = logging.getLogger("station.board")

#: The entry-point group a driver distribution declares (see docs/drivers.md).
ENTRY_POINT_GROUP = "provisioning_station.drivers"


@dataclass
class PluginLoad:
    """What became of one entry point: the drivers it registered, or why it was skipped."""

    distribution: str
    entry_point: str  # "name = module:attr"
    drivers: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # names it tried to take from a registered driver
    error: str = ""


_lock = threading.RLock()
_loaded = False
_results: list[PluginLoad] = []


def load_plugin_drivers() -> None:
    """Register the drivers of every installed plug-in distribution, once per process."""
    global _loaded
    with _lock:  # re-entrant: a plug-in's register() may look up drivers, which lands here again
        if _loaded:
            return
        _loaded = True
        for ep in entry_points(group=ENTRY_POINT_GROUP):
            _results.append(_load(ep))


def plugin_loads() -> list[PluginLoad]:
    """The outcome of each plug-in entry point (for diagnostics; empty before the first load)."""
    with _lock:
        return list(_results)


def _distribution(ep: EntryPoint) -> str:
    name = ep.dist.name if ep.dist is not None else None
    return str(name) if name else f"an unknown distribution ({ep.value})"


def _plain_name(name: object) -> bool:
    return (isinstance(name, str) and 0 < len(name) <= 40 and name.isascii() and name[0].isalpha()
            and all(c.isalnum() or c in "-_" for c in name) and name != "ignore")


def _load(ep: EntryPoint) -> PluginLoad:
    result = PluginLoad(_distribution(ep), f"{ep.name} = {ep.value}")
    where = f"board driver plug-in '{ep.name}' of {result.distribution}"
    staged: list[tuple[str, DriverFactory, dict[str, Any]]] = []

    def register_driver(name: str, factory: DriverFactory, *, usb_ids: Sequence[str] = (),
                        probe: ProbeFn | None = None, description: str = "") -> None:
        if not _plain_name(name):
            raise ValueError(f"driver name {name!r} is not a plain name (letters, digits, '-', '_'; "
                             f"profiles write it as a TOML key; \"ignore\" is taken by [[serial.rules]])")
        if not callable(factory) or (probe is not None and not callable(probe)):
            raise TypeError(f"driver '{name}': factory and probe must be callables")
        if isinstance(usb_ids, str) or not all(isinstance(u, str) and ":" in u for u in usb_ids):
            raise ValueError(f"driver '{name}': usb_ids must be a tuple of \"vid:pid\" globs such as \"1915:*\"")
        staged.append((name, factory, {"usb_ids": tuple(usb_ids), "probe": probe, "description": description}))

    try:
        hook = ep.load()
        if not callable(hook):
            raise TypeError(f"{ep.value} is not a callable register(register_driver)")
        hook(register_driver)
    except (Exception, SystemExit) as exc:  # SystemExit too: a plug-in must never end the station
        result.error = f"{type(exc).__name__}: {exc}"
        log.error("%s skipped: it failed to load or register (%s); the station runs without it",
                  where, result.error)
        return result
    for name, factory, kwargs in staged:
        # known_drivers() also imports the built-in drivers first, so none can be shadowed by load order.
        if name in registry.known_drivers():
            result.refused.append(name)
            log.error("%s: refused to register driver '%s': that name already belongs to a driver from %s",
                      where, name, registry.driver_spec(name).origin)
            continue
        registry.register_driver(name, factory, origin=result.distribution, **kwargs)
        result.drivers.append(name)
        log.info("%s registered driver '%s'", where, name)
    return result
