"""Server errors are reported, not fatal; the receive loop survives what it cannot read.

pipecat stops reading the socket after the first ``error`` event, which leaves the call
silent. Here each error becomes a non-fatal ``ErrorFrame`` (category ``SERVER`` for a
``server_error``, else ``APPLICATION``) plus an ``on_server_error`` event, and reading goes
on. That frame, and pipecat's report of a ``response.done`` whose status is ``failed``, is a
:class:`~pipecat_rt_best.base.frames.ModelErrorFrame` with the API's error code (one of a
small fixed set), so the call's end line and ``/metrics`` count the model's errors by code; an
``insufficient_quota`` one is of category ``QUOTA``, which ends a guarded call (a
``rate_limit_exceeded`` or ``server_error`` one is then asked for again: :mod:`.response_retry`). A server event that cannot be handled is logged and skipped — unless handling fails so
often that the loop clearly cannot read at all. When the loop ends for good, the end is
reported as a lost connection (:mod:`.connection_loss`).

An event pipecat's models refuse (a field the API added, an item type they do not list) was
read off a working socket: it is skipped and never counts as the loop failing. Two kinds
cannot simply be skipped, because they end a response and the next ``response.create``
waits for that end: a ``response.done`` is read leniently (the parts the models accept, so
the response still ends and its usage is counted) and so is an ``error`` (a null message);
so are ``session.created`` and ``session.updated`` (skipped, the session never became ready
and the bot never spoke), also the pooled session's ``session.created`` a call adopts.

One error is not survivable: the server refusing the ``session.update`` that sets a
session up (a voice or format the deployment does not offer). The session never becomes
ready — the greeting waits for it forever — and turns would go to a session on the
server's defaults (another audio format, no instructions). It is reported as a permanent
failure (the service becomes unusable), so the call ends or falls back instead of idling
in silence; the same refusal on an established session stays a reported error.

A refused ``session.update`` is not kept: pipecat merged the delta into the service's
settings before sending it, so every later update (a structured prompt's next state's
instructions) and a reconnect's setup would carry it again, and be refused again. The
settings go back to those the server last accepted. A new session (a reconnect or a move)
whose setup carries a change the server refuses — an update the app sent while the socket
was down — is set up again with the call's last accepted settings, the refusal reported as
an error, not as the end of the call.
"""

from __future__ import annotations

import copy
import json
import time
from collections import Counter, deque
from typing import Any

from loguru import logger
from pipecat.services.openai.realtime import events
from pipecat.utils.errors import ErrorCategory
from pydantic import BaseModel, ValidationError
from websockets.exceptions import ConnectionClosed

from pipecat_rt_best.base.frames import ModelErrorFrame, model_error_code
from pipecat_rt_best.realtime.connection_loss import ConnectionLossMixin

# the service settings a session.update is built from: session_properties, system_instruction
_Settings = tuple[Any, Any]

# this many unreadable server events within a second: the receive loop is broken, not an event
_MAX_RECEIVE_FAILURES_PER_S = 20
# an account out of quota answers no response on any session: the error's category says so,
# and a call guard ends the call at once (the fallback) rather than after bot_timeout_s of silence
_QUOTA_CATEGORY = {"insufficient_quota": ErrorCategory.QUOTA}


def _refuses_setup(error: Any, setup_update_ids: set[str]) -> bool:
    """Whether ``error`` refuses a ``session.update`` that set the session up: it names that
    update's ``event_id``, or, naming none (a server that does not echo it), it comes while
    such an update is unanswered and its ``param`` is one of the session's."""
    if not setup_update_ids:
        return False
    if error.event_id:
        return error.event_id in setup_update_ids
    return (error.param or "").startswith("session")


def _close_reason(exc: ConnectionClosed) -> str:
    """Who closed the realtime socket, and why: the server (its close code), or this side
    (its code and reason: 1009 for a server event over the socket's size limit, 1011 for a
    keepalive that timed out), or nobody (the connection dropped)."""
    if exc.rcvd is not None:
        return f"closed by server ({exc.rcvd.code})"
    if exc.sent is not None:
        reason = f": {exc.sent.reason}" if exc.sent.reason else ""
        return f"closed by this client ({exc.sent.code}{reason})"
    return "closed by server (no close frame)"


class ServerErrorMixin(ConnectionLossMixin):
    """Keeps the receive loop going through server errors. Must precede pipecat's class."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._keep_receiving = False
        self._unreadable: Counter[tuple[str, str]] = Counter()
        self._setup_update_ids: set[str] = set()  # session.updates sent before it was ready
        # the session.updates the server has not answered (event_id → the settings they were
        # built from, in the order sent) and the settings the server last accepted
        self._unanswered_updates: dict[str, _Settings] = {}
        self._accepted_settings: _Settings | None = None
        self._failing_response: str | None = None  # a failed response.done's code, being read
        self._register_event_handler("on_server_error")  # type: ignore[attr-defined]

    async def send_client_event(self, event: Any) -> None:
        if isinstance(event, events.SessionUpdateEvent):
            # an update the app sends while the socket is down waits for the new session,
            # which its own setup update configures first: not a setup
            in_gap = self._replacing_session() and not self._restoring_session()
            if not self._api_session_ready and not in_gap:  # type: ignore[attr-defined]
                self._setup_update_ids.add(event.event_id)
            self._unanswered_updates[event.event_id] = self._settings_now()
        await super().send_client_event(event)  # type: ignore[misc]

    def _forget_unanswered_updates(self) -> None:
        """A new session replaces the one the unanswered session.updates were sent to (the
        reconnect's): none of them will be answered."""
        self._unanswered_updates.clear()
        self._setup_update_ids.clear()

    def _settings_now(self) -> _Settings:
        settings = self._settings  # type: ignore[attr-defined]
        return copy.deepcopy(settings.session_properties), settings.system_instruction

    def _use_settings(self, accepted: _Settings) -> None:
        session_properties, instruction = copy.deepcopy(accepted)
        self._settings.session_properties = session_properties  # type: ignore[attr-defined]
        self._settings.system_instruction = instruction  # type: ignore[attr-defined]

    async def _handle_evt_session_updated(self, evt: Any) -> None:
        self._setup_update_ids.clear()
        if self._unanswered_updates:  # the server answers in order: the oldest was accepted
            oldest = next(iter(self._unanswered_updates))
            self._accepted_settings = self._unanswered_updates.pop(oldest)
        await super()._handle_evt_session_updated(evt)  # type: ignore[misc]

    def _refused_update(self, error: Any) -> _Settings | None:
        """The settings of the unanswered ``session.update`` that ``error`` refuses (it names
        its ``event_id``; naming none, an error about the session refuses the oldest), taken
        off the unanswered ones; None if it refuses none."""
        event_id = error.event_id
        if not event_id:
            if not (error.param or "").startswith("session") or not self._unanswered_updates:
                return None
            event_id = next(iter(self._unanswered_updates))
        return self._unanswered_updates.pop(event_id, None)

    async def _handle_evt_error(self, evt: events.ErrorEvent) -> None:
        error = evt.error
        category = (
            ErrorCategory.SERVER if error.type == "server_error" else ErrorCategory.APPLICATION
        )
        label = error.code or error.type
        code = model_error_code(error.code, error.type)
        category = _QUOTA_CATEGORY.get(code, category)
        refused_setup = _refuses_setup(error, self._setup_update_ids)
        refused = self._refused_update(error)
        accepted = self._accepted_settings
        # a new session refusing a setup that carries a change the call's earlier session
        # never accepted: set up again with what it did accept
        set_up_again = refused_setup and None not in (refused, accepted) and refused != accepted
        note = ""
        if set_up_again:
            note = (
                " (the new session refused the call's latest settings: set up with the ones "
                "last accepted)"
            )
        elif refused_setup:
            note = " (the session's setup was refused: it cannot serve this call)"
        elif refused is not None and accepted is not None and not self._unanswered_updates:
            note = " (the session keeps the settings it last accepted)"
            self._use_settings(accepted)  # not carried by every later update, nor a reconnect
        frame = ModelErrorFrame(
            error=f"Realtime server error [{label}]: {error.message}{note}",
            category=category,
            code=code,
        )
        if refused_setup and not set_up_again:
            await self.push_error_frame(frame, force_treat_as_permanent=True)  # type: ignore[attr-defined]
        else:
            await self.push_error_frame(frame)  # type: ignore[attr-defined]
        await self._call_event_handler("on_server_error", error)  # type: ignore[attr-defined]
        self._keep_receiving = True  # pipecat stops reading after an error; we go on
        if set_up_again:
            assert accepted is not None
            self._use_settings(accepted)
            await self._send_session_update()  # type: ignore[attr-defined]

    async def _handle_evt_response_done(self, evt: Any) -> None:
        # pipecat reports a failed response with push_error and no code: the code is kept
        # here for push_error, while pipecat's handler runs
        if evt.response.status == "failed":
            error = (evt.response.status_details or {}).get("error") or {}
            self._failing_response = model_error_code(error.get("code"), error.get("type"))
        try:
            await super()._handle_evt_response_done(evt)  # type: ignore[misc]
        finally:
            self._failing_response = None

    async def push_error(
        self,
        error_msg: str,
        exception: Exception | None = None,
        fatal: bool = False,
        category: ErrorCategory | None = None,
        force_treat_as_permanent: bool = False,
    ) -> None:
        """pipecat's ``push_error``; pipecat's report of a failed response goes as a
        :class:`ModelErrorFrame` with the response's error code."""
        code, self._failing_response = self._failing_response, None
        if code is None:
            await super().push_error(  # type: ignore[misc]
                error_msg,
                exception=exception,
                fatal=fatal,
                category=category,
                force_treat_as_permanent=force_treat_as_permanent,
            )
            return
        frame = ModelErrorFrame(
            error=f"Realtime response failed [{code}]: {error_msg}",
            exception=exception,
            category=_QUOTA_CATEGORY.get(code, category),
            code=code,
        )
        if force_treat_as_permanent:
            await self.push_error_frame(frame, force_treat_as_permanent=True)  # type: ignore[attr-defined]
        else:
            await self.push_error_frame(frame)  # type: ignore[attr-defined]

    async def _receive_task_handler(self) -> None:
        failures: deque[float] = deque(maxlen=_MAX_RECEIVE_FAILURES_PER_S)
        while True:
            self._keep_receiving = False
            try:
                await super()._receive_task_handler()  # type: ignore[misc]
            except ConnectionClosed as exc:
                await self._connection_lost(_close_reason(exc))
                return
            except Exception as exc:
                if self._websocket is None or self._disconnecting:
                    return
                unreadable = unreadable_event(exc)
                if unreadable is not None:
                    await self._unreadable_event(unreadable, exc)
                    continue  # the socket reads fine: this is no failing loop
                logger.opt(exception=exc).warning(
                    f"{self}: skipped a server event it could not handle"
                )
                failures.append(time.monotonic())
                if len(failures) == failures.maxlen and failures[-1] - failures[0] < 1.0:
                    # not one bad event but a receive loop that cannot read at all
                    await self._connection_lost(f"receive loop failing ({type(exc).__name__})")
                    return
                continue
            if not self._keep_receiving:
                break
        if not self._disconnecting and self._websocket is not None:
            await self._connection_lost("closed by server")

    async def _unreadable_event(self, event: dict[str, Any], exc: Exception) -> None:
        """A server event pipecat's models refused: those whose loss would stall the call
        (:func:`lenient_event`) are read leniently and handled as pipecat would; anything
        else is skipped (logged at 1, 10, 100, …)."""
        kind = event["type"]
        problem = str(exc).split("\n", 1)[0]  # "1 validation error for ResponseDone", no content
        salvaged = lenient_event(event)
        done = "read in part" if salvaged is not None else "skipped"
        self._unreadable[kind, done] += 1
        n = self._unreadable[kind, done]
        if n == 10 ** (len(str(n)) - 1):  # 1, 10, 100, ...: a changed API is not a log flood
            logger.warning(f"{self}: {done} {n} {kind} event(s) it could not parse ({problem})")
        if isinstance(salvaged, events.ResponseDone):
            await self._handle_evt_response_done(salvaged)  # type: ignore[attr-defined]
        elif isinstance(salvaged, events.SessionCreatedEvent):
            await self._handle_evt_session_created(salvaged)  # type: ignore[attr-defined]
        elif isinstance(salvaged, events.SessionUpdatedEvent):
            await self._handle_evt_session_updated(salvaged)  # type: ignore[attr-defined]
        elif isinstance(salvaged, events.ErrorEvent):
            await self._handle_error_as_pipecat_does(salvaged)

    async def _handle_error_as_pipecat_does(self, evt: events.ErrorEvent) -> None:
        """pipecat's receive loop's dispatch of an ``error`` event."""
        if await self._maybe_handle_evt_retrieve_conversation_item_error(evt):  # type: ignore[attr-defined]
            return
        if evt.error.code in (
            "response_cancel_not_active",
            "conversation_already_has_active_response",
        ):
            logger.debug(f"{self} {evt.error.message}")
            return
        await self._handle_evt_error(evt)


def unreadable_event(exc: Exception) -> dict[str, Any] | None:
    """The server event a parse failure was about, or None if ``exc`` is no parse failure:
    pipecat's ``parse_server_event`` raises with the event's text after a blank line (the
    contract test holds it to that)."""
    _, sep, raw = str(exc).rpartition(" \n\n")
    if not sep:
        return None
    try:
        event = json.loads(raw)
    except ValueError:
        return None
    if not isinstance(event, dict) or not isinstance(event.get("type"), str):
        return None
    return event


_SESSION_EVENTS: dict[str, type[BaseModel]] = {
    "session.created": events.SessionCreatedEvent,
    "session.updated": events.SessionUpdatedEvent,
}


def read_server_event(event: dict[str, Any]) -> events.ServerEvent | None:
    """``event`` as pipecat reads it, or leniently (:func:`lenient_event`) when pipecat's
    models refuse it; None for an event type pipecat has no model for."""
    try:
        return events.parse_server_event(json.dumps(event))
    except Exception:
        return lenient_event(event)


def lenient_event(event: dict[str, Any]) -> events.ServerEvent | None:
    """``event`` read with what pipecat's models accept of it, if it is one whose loss would
    stall the call — ``response.done`` and ``error`` (they end a response), ``session.created``
    and ``session.updated`` (they make the session ready); else None."""
    try:
        session_event = _SESSION_EVENTS.get(event["type"])
        if session_event is not None:
            session = event.get("session")
            model = session_event.model_fields["session"].annotation
            kept = _accepted(model, session) if isinstance(session, dict) else {}  # type: ignore[arg-type]
            return session_event.model_validate({**event, "session": kept})  # type: ignore[return-value]
        if event["type"] == "response.done":
            response = event.get("response")
            kept = _accepted(events.Response, response if isinstance(response, dict) else {})
            output = response.get("output") if isinstance(response, dict) else None
            if isinstance(output, list):
                kept["output"] = [i for i in map(_lenient_item, output) if i is not None]
            return events.ResponseDone.model_validate({**event, "response": kept})
        if event["type"] == "error":
            error = event.get("error")
            error = error if isinstance(error, dict) else {}
            fixed = {k: None if v is None else str(v) for k, v in error.items()}
            fixed["type"] = fixed.get("type") or "unknown"
            fixed["message"] = fixed.get("message") or "(no message)"
            return events.ErrorEvent.model_validate({**event, "error": fixed})
    except ValidationError:
        return None
    return None


def _accepted(model: type[BaseModel], data: dict[str, Any]) -> dict[str, Any]:
    """The fields of ``data`` that ``model`` accepts, added one at a time."""
    kept: dict[str, Any] = {}
    for key, value in data.items():
        try:
            model.model_validate({**kept, key: value})
        except ValidationError:
            continue
        kept[key] = value
    return kept


def _lenient_item(item: Any) -> dict[str, Any] | None:
    """An output item as pipecat's model accepts it: its content parts that it accepts, or
    None for an item type it does not know."""
    if not isinstance(item, dict):
        return None
    content = item.get("content")
    if isinstance(content, list):
        item = {**item, "content": [p for p in content if _accepts_part(item, p)]}
    try:
        events.ConversationItem.model_validate(item)
    except ValidationError:
        kept = _accepted(events.ConversationItem, item)
        try:
            events.ConversationItem.model_validate(kept)
        except ValidationError:
            return None
        return kept
    return item


def _accepts_part(item: dict[str, Any], part: Any) -> bool:
    try:
        events.ConversationItem.model_validate({**item, "content": [part]})
    except ValidationError:
        return False
    return True
