"""Running a QA/engineer action from a view: role re-check, confirmation, worker thread, plain words, audit entry."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from botocore.exceptions import BotoCoreError, ClientError
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit

from station.cloud.gateway import Gateway, WaitFn
from station.cloud.retry import error_code
from station.cloud.unhandled import explain_unhandled
from station.errors import StationError
from ui.audit import AuditTrail, os_user
from ui.confirm import ConfirmBar
from ui.i18n import QT_TRANSLATE_NOOP, tr_message
from ui.roles import Role
from ui.session import Backend, SessionState, StationSession

log = logging.getLogger("station.ui.actions")
T = TypeVar("T")

OK, REFUSED, DECLINED, FAILED = "ok", "refused", "declined", "failed"


# What an action tells the user, as templates: shown translated, written to the audit trail in English.
_T = {
    "station": QT_TRANSLATE_NOOP("Actor", "{where}{cause}\nDo this: {remedy}"),
    "client": QT_TRANSLATE_NOOP("Actor", "the cloud refused the request ({code}: {message})\nDo this: check the name "
                                "and version, then try again; if it keeps failing, call the line engineer."),
    "botocore": QT_TRANSLATE_NOOP("Actor", "the cloud could not be reached ({error})\nDo this: check the network, "
                                  "then try again."),
    "bug": QT_TRANSLATE_NOOP("Actor", "unexpected error {kind}: {error}\nDo this: report it with the log file to "
                             "the developers."),
    "needs": QT_TRANSLATE_NOOP("Actor", "{action} refused: it needs the {role} role (unlocked now: {current})."),
    "offline": QT_TRANSLATE_NOOP("Actor", "{action} not done: the station is not connected to the cloud yet."),
    "busy": QT_TRANSLATE_NOOP("Actor", "{action} not started: another action is still running; wait for it."),
    "declined": QT_TRANSLATE_NOOP("Actor", "{action} not done: not confirmed."),
    "working": QT_TRANSLATE_NOOP("Actor", "… {action} {target}: working"),
    "waiting": QT_TRANSLATE_NOOP("Actor", "… {action} {target}: waiting for AWS ({why}; {op} again in {delay} s)"),
    "failed": QT_TRANSLATE_NOOP("Actor", "{action} failed: {error}"),
}


def say(key: str, **params: object) -> tuple[str, str]:
    """(translated, English) text of one of the templates above; English too where a translation breaks."""
    english = _T[key].format(**params)
    try:
        return QCoreApplication.translate("Actor", _T[key]).format(**params), english
    except (KeyError, IndexError, ValueError):
        return english, english


def _said(status: str, key: str, **params: object) -> Outcome:
    shown, english = say(key, **params)
    return Outcome(status, shown, english=english)


def plain_error_both(exc: BaseException) -> tuple[str, str]:
    """A failure in words (translated, English): step, cause and what to do, never a traceback."""
    explained = explain_unhandled(exc) if isinstance(exc, (ClientError, BotoCoreError)) else None
    if explained is not None:
        exc = explained
    if isinstance(exc, StationError):
        where = f"{exc.step}: " if exc.step else ""
        shown, _ = say("station", where=where, cause=tr_message(exc.cause_message, exc.cause),
                       remedy=tr_message(exc.remedy_message, exc.remedy))
        return shown, say("station", where=where, cause=exc.cause, remedy=exc.remedy)[1]
    if isinstance(exc, ClientError):
        message = exc.response.get("Error", {}).get("Message", "")
        return say("client", code=error_code(exc), message=message)
    if isinstance(exc, BotoCoreError):
        return say("botocore", error=exc)
    return say("bug", kind=type(exc).__name__, error=exc)


def plain_error(exc: BaseException) -> str:
    """A failure in words, in the window's language (plain_error_both gives the English too)."""
    return plain_error_both(exc)[0]


class Tasks:
    """Coroutines started from Qt slots; kept referenced until done so they are not collected mid-way."""

    def __init__(self) -> None:
        self._tasks: set[asyncio.Task[Any]] = set()

    def spawn(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._done)
        return task

    def _done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("action task failed", exc_info=task.exception())


@dataclass
class Outcome:
    """How one action ended: ``status`` is ok/refused/declined/failed; ``text`` is what the user read."""

    status: str
    text: str
    value: Any = None
    #: The same in English, for the audit trail ("" = ``text``, e.g. a view's own words).
    english: str = ""

    @property
    def ok(self) -> bool:
        return self.status == OK


@dataclass
class Actor:
    """Runs the actions of one view the same way, so none of them forgets the role, the confirmation or the audit.

    ``role`` is read when the action runs (not when the button was drawn): a
    handler called after the role was locked, or directly, is refused and the
    refusal is written to the audit trail too.
    """

    session: StationSession | None
    audit: AuditTrail
    confirm: ConfirmBar
    result: QLabel
    role: Callable[[], Role]
    who_field: QLineEdit | None = None
    busy: bool = False
    history: list[Outcome] = field(default_factory=list)

    def who(self) -> str:
        typed = self.who_field.text().strip() if self.who_field is not None else ""
        return typed or os_user() or "unknown"

    def backend(self) -> Backend | None:
        if self.session is None or self.session.state != SessionState.RUNNING:
            return None
        return self.session.backend

    def show(self, text: str, *, status: str = OK) -> None:
        mark = {OK: "✔", REFUSED: "⛔", DECLINED: "–", FAILED: "✖"}.get(status, "…")
        self.result.setText(f"{mark} {text}")
        self.result.setProperty("status", status)
        colour = {OK: "#14632f", FAILED: "#b3261e", REFUSED: "#b3261e"}.get(status, "")
        self.result.setStyleSheet(f"color: {colour};" if colour else "")

    def _waiting(self, action: str, target: str, op: str, why: str, delay: float, attempt: int) -> None:
        if self.busy:
            self.result.setText(say("waiting", action=action, target=target, why=why, op=op, delay=f"{delay:.1f}")[0])

    async def refuse(self, action: str, target: str, parameters: Mapping[str, Any], *,
                     needs: Role = Role.QA) -> Outcome | None:
        """The refusal (shown and audited) if the unlocked role may not do ``action``; None if it may."""
        role = self.role()
        if role >= needs:
            return None
        outcome = self._refusal(action, needs, role)
        await self._finish(outcome, action, target, parameters, role)
        return outcome

    @staticmethod
    def _refusal(action: str, needs: Role, role: Role) -> Outcome:
        shown = say("needs", action=action, role=needs.label, current=role.label)[0]
        return Outcome(REFUSED, shown, english=say("needs", action=action, role=needs.english,
                                                   current=role.english)[1])

    async def _finish(self, outcome: Outcome, action: str, target: str, parameters: Mapping[str, Any],
                      role: Role) -> None:
        self.show(outcome.text, status=outcome.status)
        await self.audit.record(who=self.who(), role=role.name.lower(), action=action, target=target,
                                parameters=dict(parameters),
                                outcome=f"{outcome.status}: {outcome.english or outcome.text}"[:2000])
        self.history.append(outcome)

    async def run(self, action: str, target: str, parameters: Mapping[str, Any], work: Callable[[Backend], T], *,
                  needs: Role = Role.QA, confirm: str = "", confirm_button: str = "",
                  done: Callable[[T], str] | None = None) -> Outcome:
        """Check the role, ask (if ``confirm``), run ``work`` in a worker thread, show and audit the outcome."""
        role = self.role()
        params = dict(parameters)
        backend = self.backend()
        if role < needs:
            outcome = self._refusal(action, needs, role)
        elif backend is None:
            outcome = _said(FAILED, "offline", action=action)
        elif self.busy:
            outcome = _said(REFUSED, "busy", action=action)
        elif confirm and not await self.confirm.ask(confirm, confirm_button):
            outcome = _said(DECLINED, "declined", action=action)
        else:
            self.busy = True
            self.result.setText(say("working", action=action, target=target)[0])
            self.result.setStyleSheet("")
            try:
                # boto3 blocks: the call runs in the loop's executor, the window stays responsive; the
                # gateway's retries while AWS throttles show here as waiting, as they do on a unit's card.
                loop = asyncio.get_running_loop()

                def waiting(op: str, why: str, delay: float, attempt: int) -> None:
                    loop.call_soon_threadsafe(self._waiting, action, target, op, why, delay, attempt)
                value = await loop.run_in_executor(None, _reporting_waits, waiting, work, backend)
            except Exception as exc:
                if not isinstance(exc, (StationError, ClientError, BotoCoreError)):
                    log.exception("%s %s failed", action, target)
                shown, english = plain_error_both(exc)
                outcome = Outcome(FAILED, say("failed", action=action, error=shown)[0],
                                  english=say("failed", action=action, error=english)[1])
            else:
                text = done(value) if done is not None else QCoreApplication.translate("Actor", "done")
                outcome = Outcome(OK, text, value)
            finally:
                self.busy = False
        await self._finish(outcome, action, target, params, role)
        return outcome


def _reporting_waits(on_wait: WaitFn, work: Callable[[Backend], T], backend: Backend) -> T:
    with Gateway.waiting_reported_to(on_wait):
        return work(backend)
