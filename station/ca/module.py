"""One loaded PKCS#11 module per library path in this process, shared by every user and initialised once.

Why a registry: ``pkcs11.lib(path)`` hands every caller the same cached object, so one user finalising or
unloading it breaks every other; and SoftHSM2 crashes when it is unloaded and loaded again in one process.
So each path is loaded once and never unloaded, users are counted, the last one to leave finalises it
(C_Finalize) and the next one initialises it again (C_Initialize).

SoftHSM2 reads ``SOFTHSM2_CONF`` (its token directory) from the process environment at C_Initialize only.
A user passes the configuration it wants (``conf``; ``None`` = the environment as it is): while the module
is initialised with one configuration, a user wanting another is refused, since one process can only see
one SoftHSM2 token directory at a time. When ``conf`` is given it is put in the environment only for the
C_Initialize call, under this registry's lock, then the environment is restored.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pkcs11
from pkcs11.exceptions import PKCS11Error

from station.ca.errors import STEP, CaError
from station.messages import message

if TYPE_CHECKING:
    from pkcs11._pkcs11 import lib as Pkcs11Lib

#: SoftHSM2's configuration variable (other modules ignore it).
CONF_ENV = "SOFTHSM2_CONF"

_MODULE_MISSING = message("ca.module-missing", "the PKCS#11 module '{library}' cannot be loaded "
                          "(certificates.factory_ca.pkcs11_library): {problem}")
_MODULE_MISSING_REMEDY = message("remedy.ca-module-missing", "Install the token's PKCS#11 module (its vendor's "
                                 "driver, or the softhsm2 package) and set certificates.factory_ca.pkcs11_library "
                                 "to its path.")()
_MODULE_BUSY = message("ca.module-busy", "the PKCS#11 module '{library}' is already open in this station with "
                       "SOFTHSM2_CONF '{current}', so the token of SOFTHSM2_CONF '{wanted}' cannot be opened beside "
                       "it (certificates.factory_ca.pkcs11_library)")
_MODULE_BUSY_REMEDY = message("remedy.ca-module-busy", "Close the other line CA first: one station process uses "
                              "one SoftHSM2 configuration at a time.")()


@dataclass
class _Loaded:
    lib: Pkcs11Lib
    conf: str
    users: int = 0


_LOADED: dict[str, _Loaded] = {}
_LOCK = threading.Lock()


@contextmanager
def _environment(value: str | None) -> Iterator[None]:
    """``SOFTHSM2_CONF`` = ``value`` during the block (``None``: leave the environment alone)."""
    if value is None:
        yield
        return
    before = os.environ.get(CONF_ENV)
    os.environ[CONF_ENV] = value
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(CONF_ENV, None)
        else:
            os.environ[CONF_ENV] = before


def check_free(library: str, conf: str) -> None:
    """Refuse (CaError) now when ``library`` is open with another configuration, before work that needs it."""
    with _LOCK:
        loaded = _LOADED.get(library)
        if loaded is not None and loaded.users and loaded.conf != conf:
            raise CaError(_MODULE_BUSY(library=library, current=loaded.conf, wanted=conf), step=STEP,
                          remedy=_MODULE_BUSY_REMEDY)


def acquire(library: str, conf: str | None = None) -> Pkcs11Lib:
    """The module at ``library``, initialised with ``conf`` (``None``: the current SOFTHSM2_CONF); pair with release."""
    wanted = os.environ.get(CONF_ENV, "") if conf is None else conf
    with _LOCK:
        loaded = _LOADED.get(library)
        if loaded is not None and loaded.users and loaded.conf != wanted:
            raise CaError(_MODULE_BUSY(library=library, current=loaded.conf, wanted=wanted), step=STEP,
                          remedy=_MODULE_BUSY_REMEDY)
        try:
            with _environment(conf):
                if loaded is None:
                    if not os.path.isfile(library):  # dlopen would also search the library path: say it plainly
                        raise CaError(_MODULE_MISSING(library=library, problem="no such file"), step=STEP,
                                      remedy=_MODULE_MISSING_REMEDY)
                    loaded = _Loaded(pkcs11.lib(library), wanted)
                    _LOADED[library] = loaded
                elif not loaded.lib.initialized:
                    loaded.lib.initialize()
                    loaded.conf = wanted
        except PKCS11Error as exc:
            raise CaError(_MODULE_MISSING(library=library, problem=str(exc) or type(exc).__name__), step=STEP,
                          remedy=_MODULE_MISSING_REMEDY) from exc
        loaded.users += 1
        return loaded.lib


def release(library: str) -> None:
    """One user of ``library`` is done; the last one finalises it (the token's sessions and locks go)."""
    with _LOCK:
        loaded = _LOADED.get(library)
        if loaded is None or loaded.users == 0:
            return
        loaded.users -= 1
        if loaded.users == 0 and loaded.lib.initialized:
            with contextlib.suppress(PKCS11Error):  # a removed token: nothing left to release
                loaded.lib.finalize()
