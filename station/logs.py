"""Logging set-up: a rotating file under the user log dir, with secrets redacted before anything is written."""

from __future__ import annotations

import io
import logging
import logging.handlers
import re
from pathlib import Path

from station import paths
from station.safetext import clean

# Defence in depth: no code path should log key material, but if one ever does
# the record is scrubbed before it reaches a file or the console.
_PRIVATE_KEY = re.compile(r"-----BEGIN ([A-Z ]*)PRIVATE KEY-----.*?(-----END \1PRIVATE KEY-----|$)", re.S)
# A name, then ":" or "=" (also URL-encoded, "%3D", as in a presigned URL inside another URL's query),
# then the value: base64, hex or URL-encoded characters, up to the next "&", quote or space. The names are
# the secret access key, the session token and a presigned URL's signature (which, with the rest of the
# URL, lets anyone fetch the object until it expires).
_SECRET = re.compile(r"(?i)(aws_secret_access_key|secretaccesskey|secret_access_key|secret_key|aws_session_token"
                     r"|sessiontoken|session_token|x-amz-security-token|x-amz-signature)"
                     r"(['\"]?\s*(?:[:=]|%3D|%253D)\s*['\"]?)"
                     r"[A-Za-z0-9/+=%._~-]+")


def redact(text: str) -> str:
    """``text`` with private keys, AWS secrets, session tokens and presigned-URL signatures replaced."""
    text = _PRIVATE_KEY.sub("[REDACTED PRIVATE KEY]", text)
    return _SECRET.sub(r"\1\2[REDACTED]", text)


class RedactingFormatter(logging.Formatter):
    """Redacts the whole formatted line, so a secret in an exception's text or a stack never reaches the file
    (the filter below sees only the message, not the traceback the formatter appends)."""

    def format(self, record: logging.LogRecord) -> str:
        # Board and device text reaches log lines too: control and bidi characters are escaped, so a
        # board's escape codes cannot act on whoever reads the log with `cat` or `tail -f`.
        return clean(redact(super().format(record)))


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = redact(message)
        if clean != message:
            record.msg, record.args = clean, None
        return True


class PrivateFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files are readable by the station's user only (0600 on POSIX): the log names
    things, certificates, operators and cloud endpoints."""

    def _open(self) -> io.TextIOWrapper:
        # Created 0600 before it is opened for writing (no moment in which it is world-readable); an older
        # file written with the umask's mode is tightened. Runs again for each new file after a rotation.
        paths.private_file(Path(self.baseFilename))
        return super()._open()


def setup_logging(level: int = logging.INFO, directory: Path | None = None) -> Path:
    """Log to <log dir>/station.log (5 x 2 MB, rotated); returns the file's path."""
    directory = directory or paths.log_dir()
    paths.private_dir(directory)
    path = directory / "station.log"
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_station", False):
            root.removeHandler(handler)
    handler = PrivateFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    handler._station = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(min(root.level or level, level) if root.handlers[:-1] else level)
    # botocore logs request bodies at DEBUG (a CreateKeysAndCertificate answer holds a key).
    logging.getLogger("botocore").setLevel(logging.WARNING)
    logging.getLogger("urllib3").setLevel(logging.WARNING)
    return path
