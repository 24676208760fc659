"""Opening and closing a board's serial port (device path, pty or socket:// URL) the same way for every driver."""

from __future__ import annotations

import contextlib
from typing import Any

import serial

from station.board.driver import LinkSettings
from station.board.errors import LinkLost
from station.messages import message

#: pyserial read timeout: short, so that command deadlines are honoured to about this precision.
POLL = 0.02
#: The operating system's reason is data (its own words, in its own language).
_CANNOT_OPEN = message("board.cannot-open", "link lost: cannot open the port ({error})")
#: What every driver says when the link goes away mid-conversation (``command`` is what it was saying).
LOST_SENDING = message("board.lost-sending", "link lost while sending '{command}': {error}")
LOST_WAITING = message("board.lost-waiting", "link lost while waiting for '{command}': {error}")
PORT_NOT_OPEN = message("board.not-open", "the port is not open")


def open_port(port: str, settings: LinkSettings) -> Any:
    """The open pyserial port (pyserial ships no type hints); LinkLost if it cannot be opened."""
    try:
        ser = serial.serial_for_url(port, baudrate=settings.baud, timeout=POLL,
                                    write_timeout=max(settings.timeouts.values()), do_not_open=True)
        ser.open()
    except (serial.SerialException, OSError, ValueError) as exc:
        raise LinkLost(port, _CANNOT_OPEN(error=str(exc))) from exc
    return ser


def close_port(ser: Any) -> None:
    """Close best effort: the port may already be gone (board unplugged)."""
    if ser is not None:
        with contextlib.suppress(serial.SerialException, OSError):
            ser.close()
