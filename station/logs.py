"""Logging set-up: a rotating file under the user log dir, with secrets redacted before anything is written."""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

from station import paths

# Defence in depth: no code path should log key material, but if one ever does
# the record is scrubbed before it reaches a file or the console.
_PRIVATE_KEY = re.compile(r"-----BEGIN ([A-Z ]*)PRIVATE KEY-----.*?(-----END \1PRIVATE KEY-----|$)", re.S)
_SECRET_KEY = re.compile(r"(?i)(aws_secret_access_key|secretaccesskey|secret_access_key)(['\"]?\s*[:=]\s*['\"]?)"
                         r"[A-Za-z0-9/+=]{16,}")
_SESSION_TOKEN = re.compile(r"(?i)(aws_session_token|sessiontoken|x-amz-security-token)(['\"]?\s*[:=]\s*['\"]?)"
                            r"[A-Za-z0-9/+=]{16,}")


def redact(text: str) -> str:
    text = _PRIVATE_KEY.sub("[REDACTED PRIVATE KEY]", text)
    text = _SECRET_KEY.sub(r"\1\2[REDACTED]", text)
    return _SESSION_TOKEN.sub(r"\1\2[REDACTED]", text)


class RedactingFormatter(logging.Formatter):
    """Redacts the whole formatted line, so a secret in an exception's text or a stack never reaches the file
    (the filter below sees only the message, not the traceback the formatter appends)."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = redact(message)
        if clean != message:
            record.msg, record.args = clean, None
        return True


def setup_logging(level: int = logging.INFO, directory: Path | None = None) -> Path:
    """Log to <log dir>/station.log (5 x 2 MB, rotated); returns the file's path."""
    directory = directory or paths.log_dir()
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "station.log"
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_station", False):
            root.removeHandler(handler)
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    handler._station = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(min(root.level or level, level) if root.handlers[:-1] else level)
    # botocore logs request bodies at DEBUG (a CreateKeysAndCertificate answer holds a key).
    logging.getLogger("botocore").setLevel(logging.WARNING)
    logging.getLogger("urllib3").setLevel(logging.WARNING)
    return path
