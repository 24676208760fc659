"""Child-process entry for the embedded cloud: ministack, forced onto loopback and client-certificate-only."""

# Run as ``python -m station.localcloud.server`` (or a frozen exe that calls
# ``main()``); configured entirely through the environment the launcher sets.
#
# Why not the plain ``ministack`` console script: ministack 1.5.33 binds its
# mTLS MQTT listener on 0.0.0.0 whatever BIND_HOST says
# (``ministack.services.iot._mtls_start_locked`` calls
# ``loop.create_server(..., host="0.0.0.0")``), and its TLS context
# (``ministack.services.iot._mtls_build_ssl_context``) uses CERT_OPTIONAL, so
# a client without a certificate gets in. A station must not open a port to
# the factory LAN and must refuse anonymous MQTT clients, so before ministack
# starts we (1) guard ``socket.socket.bind`` so nothing in this process can
# listen beyond loopback and (2) wrap the context builder to require a
# certificate. If a ministack upgrade renames those internals we exit non-zero
# with a clear message rather than run open.
#
# (3) ministack also speaks MQTT over WebSocket on its HTTP gateway port. Under
# AUTH=true it verifies a SigV4-signed upgrade and holds that session to the
# signer's IAM policy, but an upgrade that carries no signature at all is let in
# as a session that evaluates no policy (``ministack.services.iot.
# _ws_handshake_check`` returns None), so anyone on the host could subscribe to
# ``$aws/events/jobExecution/#`` or publish to any device's jobs topics. We wrap
# that check so an upgrade without a verified credential is refused (403).
#
# (4) Two AWS behaviours ministack lacks are added in this process, each checked
# against ministack's internals at start (a moved internal stops the server):
# just-in-time provisioning from a CA's registrationConfig (jitp.py) and the
# fleet provisioning MQTT API's CreateCertificateFromCsr (fleet_csr.py).

from __future__ import annotations

import contextlib
import functools
import ipaddress
import os
import signal
import socket
import ssl
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from station.localcloud import fleet_csr, jitp
from station.localcloud.group_policies import install as install_group_policies

#: Exit codes the launcher maps to operator-facing causes.
EXIT_NO_MINISTACK = 71
EXIT_HOOKS_MISSING = 72

#: Set by the launcher: "1" installs strict mode (station/localcloud/strict) before ministack serves.
STRICT_ENV = "STATION_STRICT"

#: Set by the launcher: the child watches its stdin pipe and exits at EOF (parent gone).
WATCH_STDIN_ENV = "STATION_LOCALCLOUD_WATCH_STDIN"

#: Frozen bundle: there is no ``python -m``, so the launcher re-invokes the bundle's own
#: executable with this first argument and the entry script (ui/entry.py) calls ``main()``.
FROZEN_FLAG = "--localcloud-server"

_WILDCARDS_V4 = {"", "0.0.0.0"}
_WILDCARDS_V6 = {"::", "::0"}
_guard_installed = False


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        # Strip an IPv6 zone ("fe80::1%eth0") before parsing.
        return ipaddress.ip_address(host.split("%", 1)[0]).is_loopback
    except ValueError:
        return False


def loopback_address(family: int, address: Any) -> Any:
    """Map a bind address to loopback: wildcards become 127.0.0.1/::1, anything else non-loopback raises."""
    if family not in (socket.AF_INET, socket.AF_INET6):
        return address  # AF_UNIX paths and the like never reach the network.
    host = address[0]
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    if family == socket.AF_INET and host in _WILDCARDS_V4:
        return ("127.0.0.1", *address[1:])
    if family == socket.AF_INET6 and (host in _WILDCARDS_V6 or host == ""):
        return ("::1", *address[1:])
    if not _is_loopback(host):
        raise PermissionError(f"loopback guard: refusing to bind {host!r}; the station listens on loopback")
    return address


def install_loopback_guard() -> None:
    """Wrap socket.socket.bind so no listener in this process can reach beyond loopback.

    Hooking bind (not create_server) catches every path to a listening socket —
    asyncio, hypercorn, socketserver, a future ministack listener — because
    they all end in ``socket.socket.bind``. Idempotent.
    """
    global _guard_installed
    if _guard_installed:
        return
    original: Callable[[socket.socket, Any], None] = socket.socket.bind

    @functools.wraps(original)
    def guarded_bind(self: socket.socket, address: Any) -> None:
        original(self, loopback_address(self.family, address))

    socket.socket.bind = guarded_bind  # type: ignore[method-assign,assignment]
    _guard_installed = True


def require_client_certificates(iot_module: Any) -> None:
    """Wrap ministack's mTLS context builder so the broker refuses clients without a certificate."""
    original = getattr(iot_module, "_mtls_build_ssl_context", None)
    if not callable(original) or not hasattr(iot_module, "_mtls_start_locked"):
        raise RuntimeError(
            "ministack.services.iot no longer has _mtls_build_ssl_context/_mtls_start_locked; "
            "the certificate-required patch cannot be applied (ministack upgraded?)"
        )
    if getattr(original, "_station_cert_required", False):
        return

    @functools.wraps(original)
    def build_cert_required() -> ssl.SSLContext:
        ctx = original()
        if not isinstance(ctx, ssl.SSLContext):
            raise RuntimeError("ministack _mtls_build_ssl_context did not return an SSLContext")
        # ministack keeps CERT_OPTIONAL so its WebSocket path can fall back to
        # anonymous; on the TLS port that means anyone on the host gets in.
        ctx.verify_mode = ssl.CERT_REQUIRED
        return ctx

    build_cert_required._station_cert_required = True  # type: ignore[attr-defined]
    # ministack looks the builder up as a module global at call time
    # (``_mtls_context`` → ``asyncio.to_thread(_mtls_build_ssl_context)``), so
    # replacing the module attribute is enough.
    iot_module._mtls_build_ssl_context = build_cert_required


def refuse_unsigned_websockets(iot_module: Any) -> None:
    """Wrap ministack's WebSocket handshake check so an upgrade without a verified SigV4 credential gets a 403.

    A signed upgrade still goes through ministack's own verification, so its
    session stays held to the signer's IAM policy; only the "no credential, no
    policy" case changes. With AUTH off ministack verifies nothing, so every
    upgrade is refused then: the station itself never uses MQTT over WebSocket.
    """
    original = getattr(iot_module, "_ws_handshake_check", None)
    auth_error = getattr(iot_module, "AuthError", None)
    if not callable(original) or not isinstance(auth_error, type) or not callable(
            getattr(iot_module, "handle_websocket", None)):
        raise RuntimeError(
            "ministack.services.iot no longer has _ws_handshake_check/AuthError/handle_websocket; "
            "the signed-WebSocket-only patch cannot be applied (ministack upgraded?)"
        )
    if getattr(original, "_station_signed_only", False):
        return

    @functools.wraps(original)
    def signed_only(scope: dict[str, Any]) -> Any:
        checked = original(scope)
        if checked is None:  # no signature (or AUTH off): a session that would evaluate no policy
            return auth_error("MissingAuthenticationToken",
                              "MQTT over WebSocket needs a SigV4-signed upgrade on this embedded cloud")
        return checked

    signed_only._station_signed_only = True  # type: ignore[attr-defined]
    # handle_websocket looks the check up as a module global at call time.
    iot_module._ws_handshake_check = signed_only


def _watch_parent_stdin() -> None:
    """Exit when the launcher's stdin pipe reaches EOF, i.e. the parent died or let go.

    Chosen over prctl(PR_SET_PDEATHSIG): a pipe closes on parent death on
    every OS (Windows included) and whatever the child argv is (a frozen exe
    too), and needs no preexec_fn (unsafe with threads in the parent).
    """
    # os.read on the raw fd, not sys.stdin: a daemon thread parked inside the
    # buffered reader holds its lock, and interpreter shutdown then aborts
    # ("could not acquire lock for <stdin>") instead of exiting 0.
    try:
        while os.read(0, 4096):
            pass
    except OSError:
        pass
    # SIGTERM first: ministack's handler saves persisted state on the way out.
    with contextlib.suppress(OSError, ValueError):
        signal.raise_signal(signal.SIGTERM)
    time.sleep(10.0)
    os._exit(1)  # graceful shutdown hung; do not outlive the parent


def _fail(code: int, message: str) -> int:
    print(f"station.localcloud.server: {message}", file=sys.stderr, flush=True)
    return code


def main() -> int:
    """Install the guards, then run ministack in the foreground; returns an exit code."""
    install_loopback_guard()
    try:
        import ministack.app as ministack_app
    except ImportError as e:
        return _fail(EXIT_NO_MINISTACK, f"ministack is not installed in {sys.executable} ({e})")
    try:
        # Imported eagerly (ministack would import it lazily at lifespan) so
        # the patch is in place before the listener can build a context.
        import ministack.services.iot as iot_module

        require_client_certificates(iot_module)
        refuse_unsigned_websockets(iot_module)
        install_group_policies(iot_module)
        jitp.install(iot_module)
        fleet_csr.install(iot_module)
        ministack_main = ministack_app.main
        if not callable(ministack_main):
            raise RuntimeError("ministack.app.main is not callable")
    except (ImportError, RuntimeError, AttributeError) as e:
        return _fail(EXIT_HOOKS_MISSING, f"refusing to start an unguarded broker: {e}")
    strict = os.environ.get(STRICT_ENV) == "1"
    if strict:
        try:
            # Before ministack serves: every hook must be in place for the first request, and a
            # ministack whose internals moved must stop here, never run half-strict.
            from station.localcloud.strict.install import install as install_strict

            install_strict()
        except Exception as e:  # StrictInstallError, or an import/data failure inside it
            return _fail(EXIT_HOOKS_MISSING, f"refusing to start without strict mode: {type(e).__name__}: {e}")
    # ministack will still log "client certificate optional"; this line is the truth.
    print("station.localcloud.server: loopback-only binds; MQTT client certificate required; "
          "MQTT over WebSocket only SigV4-signed; JITP and create-from-csr answered"
          + ("; strict mode on" if strict else ""), flush=True)
    if os.environ.get(WATCH_STDIN_ENV) == "1":
        threading.Thread(target=_watch_parent_stdin, name="parent-watchdog", daemon=True).start()
    # ministack.app.main parses sys.argv; give it none of ours.
    sys.argv = [sys.argv[0]]
    try:
        ministack_main()
    except SystemExit as e:
        return e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
