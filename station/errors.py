"""Error types: operator-facing failures (step, cause, remedy) versus programming bugs."""

from __future__ import annotations

from typing import ClassVar

from station.messages import Message, as_message, message


class StationError(Exception):
    """A failure an operator can act on.

    Every such failure says which step it happened in, what went wrong in
    plain words and what to do about it; anything else that escapes is a bug.
    """

    #: Default remedy when the raiser has nothing more specific to say.
    default_remedy: ClassVar[str | Message] = message(
        "remedy.default", "Retry the unit; if it fails again, set it aside and call the line engineer.")()

    def __init__(self, cause: str | Message, *, step: str = "", remedy: str | Message = "",
                 retryable: bool = False, detail: str = "") -> None:
        #: The cause and remedy as messages (the window translates them) and as English text (CLI, logs,
        #: records). A plain ``str`` is accepted while raise sites move to messages; it is shown untranslated.
        self.cause_message = as_message(cause)
        self.remedy_message = as_message(remedy or self.default_remedy)
        super().__init__(self.cause_message.text())
        self.cause = self.cause_message.text()
        self.step = step
        self.remedy = self.remedy_message.text()
        self.retryable = retryable
        #: Technical detail for the log and the engineer (raw frames, codes); never shown as the cause.
        self.detail = detail

    def __str__(self) -> str:
        where = f"[{self.step}] " if self.step else ""
        return f"{where}{self.cause}"


_PROFILE_KEY = message("profile.key", "profile key '{key}': {problem}")
_PROFILE_KEY_IN = message("profile.key-in", "profile key '{key}' in {path}: {problem}")


class ProfileError(StationError):
    """The station profile is missing, unreadable or invalid; names the key at fault."""

    default_remedy = message("remedy.profile",
                             "Fix the station profile (ask the line engineer) and start the station again.")()

    def __init__(self, key: str, problem: str, *, path: str = "") -> None:
        # The problem is the validator's English detail (names a value or a rule): passed on as data.
        cause = (_PROFILE_KEY_IN(key=key, path=path, problem=problem) if path
                 else _PROFILE_KEY(key=key, problem=problem))
        super().__init__(cause, step="profile")
        self.key = key
        self.problem = problem


class CloudError(StationError):
    """A cloud call failed for a reason other than throttling."""

    default_remedy = message("remedy.cloud", "Check the station's network and AWS credentials, then retry the unit.")()


class LocalCloudError(StationError):
    """The embedded local cloud could not be started or reached."""

    default_remedy = message("remedy.local-cloud",
                             "Install the 'cloud' extra (pip install -e .[cloud]) and check the log it names.")()


class CredentialsError(CloudError):
    """The station's AWS credentials are missing, expired or not accepted (an SSO login ran out, mostly).

    Not a fault of the unit or of AWS: every cloud call fails the same way until
    someone renews the login, so the remedy names the command that does it.
    """

    default_remedy = message("remedy.credentials", "Renew the station's AWS login (aws sso login, or set "
                             "AWS_PROFILE / run aws configure), then retry the unit.")()
