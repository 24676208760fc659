"""What the reference device agent fetches: URL policy (https, loopback, same-host redirects) and safe text."""

# A job document, and every server it points at, is untrusted input: whoever can
# create a job or answer its URL must not be able to make the device fetch from
# elsewhere, hang in an endless download, or crash the agent into a reconnect loop.

from __future__ import annotations

import http.client
import unicodedata
import urllib.error
import urllib.request
from typing import Any
from urllib.parse import SplitResult, urlsplit

#: Hosts where plain http is allowed: the embedded cloud's S3 listens on loopback without TLS.
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "::1", "localhost"})


class UrlError(ValueError):
    """A URL the agent will not fetch (malformed, or plain http off loopback): the job is REJECTED."""


class DownloadError(Exception):
    """The transfer failed (network, HTTP status, refused redirect); ``status`` is the HTTP status if any."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


def check_url(url: object) -> SplitResult:
    """The parsed URL if the agent may fetch it, else UrlError naming what is wrong."""
    if not isinstance(url, str) or not url:
        raise UrlError("the URL is empty")
    bad = next((c for c in url if ord(c) <= 0x20 or ord(c) >= 0x7F), None)
    if bad is not None:
        # A pre-signed URL is percent-encoded ASCII; anything else would be sent raw (header injection).
        raise UrlError(f"the URL contains the character {bad!r}")
    try:
        parts = urlsplit(url)
        port = parts.port  # raises ValueError on a port that is not a number in 0..65535
    except ValueError as exc:
        raise UrlError(f"the URL is malformed: {exc}") from None
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("https", "http") or not host:
        raise UrlError(f"the URL must be https://host/…, got scheme {parts.scheme!r}")
    if parts.scheme == "http" and host not in LOOPBACK_HOSTS:
        raise UrlError(f"the URL must use https (plain http only to loopback), got http://{host}")
    if parts.username is not None or parts.password is not None:
        raise UrlError("the URL must not carry a user name or password")
    if port == 0:
        raise UrlError("the URL's port must be 1..65535")
    return parts


def _origin(parts: SplitResult) -> tuple[str, str, int]:
    return parts.scheme, (parts.hostname or "").lower(), parts.port or (443 if parts.scheme == "https" else 80)


class _SameHostRedirects(urllib.request.HTTPRedirectHandler):
    """Follows a redirect only to the same scheme, host and port (S3 never sends a device elsewhere)."""

    def redirect_request(self, req: urllib.request.Request, fp: Any, code: int, msg: str,
                         headers: Any, newurl: str) -> urllib.request.Request | None:
        try:
            target = check_url(newurl)
        except UrlError as exc:
            raise DownloadError(f"redirect refused: {exc}", code) from None
        if _origin(target) != _origin(urlsplit(req.full_url)):
            raise DownloadError(f"redirect to another host refused: {target.hostname}:{target.port or ''}"
                                .rstrip(":"), code)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def open_url(url: str, *, timeout: float, data: bytes | None = None, method: str | None = None,
             headers: dict[str, str] | None = None) -> http.client.HTTPResponse:
    """Open url under the agent's policy; UrlError for the URL itself, DownloadError for everything else."""
    check_url(url)
    request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    opener = urllib.request.build_opener(_SameHostRedirects)
    try:
        response: http.client.HTTPResponse = opener.open(request, timeout=timeout)
    except (DownloadError, UrlError):
        raise
    except urllib.error.HTTPError as exc:
        exc.close()
        raise DownloadError(f"HTTP {exc.code} {exc.reason}", exc.code) from None
    except urllib.error.URLError as exc:
        raise DownloadError(str(exc.reason)) from None
    except Exception as exc:  # untrusted input: any failure ends the job, never the agent
        raise DownloadError(f"{type(exc).__name__}: {exc}") from None
    return response


def read_chunk(response: http.client.HTTPResponse, size: int) -> bytes:
    """One chunk of the body; DownloadError on any transfer failure (cut, bad chunking, timeout)."""
    try:
        return response.read(size)
    except Exception as exc:  # a hostile server must not crash the agent
        raise DownloadError(f"download interrupted: {type(exc).__name__}: {exc}") from None


def printable(text: str) -> str:
    """text without control, format (bidi overrides), private-use or unassigned characters.

    AWS IoT Jobs refuses a statusDetails value holding any of them (pattern ``[^\\p{C}]+``), and a
    station shows these values to operators. Line breaks and tabs become spaces so words stay apart.
    """
    out = []
    for ch in text:
        if ch in "\t\r\n":
            out.append(" ")
        elif not unicodedata.category(ch).startswith("C"):
            out.append(ch)
    return "".join(out)
