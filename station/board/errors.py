"""Typed board-link errors; each names the port and says what was wrong with the link or frame."""

from __future__ import annotations

from station.errors import StationError
from station.messages import Message, as_message, message

#: Every link error's cause: the port, then what went wrong on it (itself a message, translated in its turn).
_ON_PORT = message("board.on-port", "{port}: {problem}")
#: A board's own refusal: command and code are data, ``answer`` is what the board said (or our reading of a code).
_REFUSED = message("board.refused", "board refused '{command}': {code}: {answer}")


class BoardLinkError(StationError):
    """Base of every failure on the serial link to a board."""

    default_remedy = message("remedy.board-link",
                             "Reseat the board's USB cable and retry; if it persists, try another port or cable.")()

    def __init__(self, port: str, problem: str | Message, *, step: str = "", remedy: str | Message = "",
                 retryable: bool = True, detail: str = "") -> None:
        problem_message = as_message(problem)
        super().__init__(_ON_PORT(port=port, problem=problem_message), step=step, remedy=remedy,
                         retryable=retryable, detail=detail)
        self.port = port
        #: What went wrong, without the port: English (logs) and as a message (re-raised with another remedy).
        self.problem = problem_message.text()
        self.problem_message = problem_message


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

    default_remedy = message("remedy.board-timeout",
                             "Check that the board is powered and running its factory firmware, then retry.")()


class LinkLost(BoardLinkError):
    """The port went away (board unplugged, cable pulled, link dropped)."""

    default_remedy = message("remedy.link-lost",
                             "Plug the board back in; the station resumes it from where it stopped.")()


class BoardRefused(BoardLinkError):
    """The board answered a command with an error frame (it understood and said no)."""

    def __init__(self, port: str, command: str, code: str, message: str | Message, *, step: str = "",
                 remedy: str | Message = "") -> None:
        # A str is the board's own words (untrusted data, shown as is); a Message is our reading of its code.
        answer = as_message(message)
        super().__init__(port, _REFUSED(command=command, code=code, answer=answer), step=step, remedy=remedy,
                         retryable=False)
        self.command = command
        self.code = code
        self.message = answer.text()
        self.answer = answer


class ProtocolMismatch(BoardLinkError):
    """The board speaks a protocol version or lacks a capability the station needs."""

    default_remedy = message("remedy.protocol-mismatch",
                             "Flash the factory firmware the station profile expects, or change the driver.")()
