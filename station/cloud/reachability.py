"""Can a board reach the device endpoint? TCP connect, TLS handshake, and ALPN on 443 (blocking, short timeouts).

Only the network is probed: no certificate of a device is used, so a server that demands one (AWS IoT, the
embedded cloud's mTLS port) is counted as reached once it has authenticated itself or asked for a certificate.
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
import time
from dataclasses import dataclass

#: The ALPN protocol AWS IoT uses for MQTT over TLS on port 443 with X.509 client certificates.
MQTT_ALPN = "x-amzn-mqtt-ca"
DEFAULT_TIMEOUT = 5.0


@dataclass(frozen=True)
class Probe:
    """What one probe found: reached or not, in how long, and in words why not."""

    ok: bool
    host: str
    port: int
    millis: float = 0.0
    error: str = ""
    alpn: str | None = None  # the negotiated ALPN protocol (TLS probes that asked for one)
    tls_version: str = ""


def split_host_port(address: str, default_port: int) -> tuple[str, int]:
    """'host:port', '[v6]:port' or 'host' -> (host, port)."""
    address = address.strip()
    if address.startswith("["):
        host, _, rest = address[1:].partition("]")
        return host, int(rest[1:]) if rest.startswith(":") and rest[1:].isdigit() else default_port
    host, sep, port = address.rpartition(":")
    if sep and port.isdigit() and ":" not in host:
        return host, int(port)
    return address, default_port


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def tcp_probe(host: str, port: int, timeout: float = DEFAULT_TIMEOUT) -> Probe:
    started = time.monotonic()
    try:
        with socket.create_connection((host, port), timeout=timeout):
            pass
    except OSError as exc:
        return Probe(False, host, port, error=_os_words(exc, host, port))
    return Probe(True, host, port, millis=(time.monotonic() - started) * 1000)


def tls_probe(host: str, port: int, *, ca_pem: bytes | None = None, alpn: str | None = None,
              server_hostname: str | None = None, timeout: float = DEFAULT_TIMEOUT,
              check_hostname: bool = True) -> Probe:
    """TLS handshake to host:port verifying the server against ``ca_pem`` (None: the system's CAs).

    With ``alpn`` the protocol is offered and the negotiated one is returned in ``Probe.alpn`` (None: the server
    or something in between did not accept it). A server that rejects the handshake only because no client
    certificate was sent has still proven who it is: that counts as reached.
    """
    context = ssl.create_default_context(cadata=ca_pem.decode("ascii") if ca_pem else None)
    name = server_hostname or host
    context.check_hostname = check_hostname and not _is_ip(name)
    if alpn:
        context.set_alpn_protocols([alpn])
    started = time.monotonic()
    try:
        raw = socket.create_connection((host, port), timeout=timeout)
    except OSError as exc:
        return Probe(False, host, port, error=_os_words(exc, host, port))
    tls: ssl.SSLSocket | None = None
    try:
        tls = context.wrap_socket(raw, server_hostname=name, do_handshake_on_connect=False)
        tls.do_handshake()
        millis = (time.monotonic() - started) * 1000
        return Probe(True, host, port, millis=millis, alpn=tls.selected_alpn_protocol(),
                     tls_version=tls.version() or "")
    except ssl.SSLCertVerificationError as exc:
        return Probe(False, host, port, error=f"the server's certificate is not trusted: "
                                              f"{exc.verify_message or exc.reason}")
    except ssl.SSLError as exc:
        if _client_cert_demanded(exc):
            # TLS 1.2: the server asked for a device certificate and ended the handshake without one; it got
            # as far as authenticating itself (and choosing the ALPN protocol), which is what this probe is about.
            return Probe(True, host, port, millis=(time.monotonic() - started) * 1000,
                         error="server requires a client certificate",
                         alpn=tls.selected_alpn_protocol() if tls is not None else None)
        return Probe(False, host, port, error=f"TLS handshake failed: {exc.reason or exc}")
    except OSError as exc:
        return Probe(False, host, port, error=_os_words(exc, host, port))
    finally:
        if tls is not None:
            tls.close()
        raw.close()


def _client_cert_demanded(exc: ssl.SSLError) -> bool:
    reason = (exc.reason or str(exc)).upper()
    return any(word in reason for word in ("CERTIFICATE_REQUIRED", "PEER_DID_NOT_RETURN_A_CERTIFICATE",
                                           "SSLV3_ALERT_HANDSHAKE_FAILURE", "BAD_CERTIFICATE"))


def _os_words(exc: OSError, host: str, port: int) -> str:
    if isinstance(exc, socket.gaierror):
        return f"the name {host} does not resolve (DNS): {exc.strerror or exc}"
    if isinstance(exc, TimeoutError | socket.timeout):
        return f"no answer from {host}:{port} (timed out; a firewall dropping the port?)"
    if isinstance(exc, ConnectionRefusedError):
        return f"{host}:{port} refused the connection (nothing listens there, or a firewall rejects it)"
    return f"cannot connect to {host}:{port}: {exc.strerror or exc}"
