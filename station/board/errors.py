"""Typed board-link errors; each names the port and says what was wrong with the link or frame."""

from __future__ import annotations

from station.errors import StationError


class BoardLinkError(StationError):
    """Base of every failure on the serial link to a board."""

    default_remedy = "Reseat the board's USB cable and retry; if it persists, try another port or cable."

    def __init__(self, port: str, problem: str, *, step: str = "", remedy: str = "",
                 retryable: bool = True, detail: str = "") -> None:
        super().__init__(f"{port}: {problem}", step=step, remedy=remedy, retryable=retryable, detail=detail)
        self.port = port
        self.problem = problem


class FrameError(BoardLinkError):
    """A frame that cannot be accepted (base for malformed, corrupt, truncated, unexpected)."""


class MalformedFrame(FrameError):
    """Bytes that do not follow the frame grammar (bad start, header, JSON, length)."""


class CorruptFrame(FrameError):
    """A frame whose CRC does not match its content: bytes were damaged on the line."""


class TruncatedFrame(FrameError):
    """A frame that started but did not end before the timeout or the link closed."""


class UnexpectedFrame(FrameError):
    """A well-formed frame the host did not ask for: wrong request id, command or kind."""


class BoardTimeout(BoardLinkError):
    """The board did not answer a command within its timeout (silent board)."""

    default_remedy = "Check that the board is powered and running its factory firmware, then retry."


class LinkLost(BoardLinkError):
    """The port went away (board unplugged, cable pulled, link dropped)."""

    default_remedy = "Plug the board back in; the station resumes it from where it stopped."


class BoardRefused(BoardLinkError):
    """The board answered a command with an error frame (it understood and said no)."""

    def __init__(self, port: str, command: str, code: str, message: str, *, step: str = "") -> None:
        super().__init__(port, f"board refused '{command}': {code}: {message}", step=step,
                         retryable=False)
        self.command = command
        self.code = code
        self.message = message


class ProtocolMismatch(BoardLinkError):
    """The board speaks a protocol version or lacks a capability the station needs."""

    default_remedy = "Flash the factory firmware the station profile expects, or change the driver."
