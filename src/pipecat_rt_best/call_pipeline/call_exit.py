"""The model leaves the conversation's graph (``end``, a transfer target): the call ends.

The structured prompt's state tool accepts a move to ``end`` or to a transfer target
(``human_agent``) as an exit (:class:`~pipecat_rt_best.realtime_prompt.ConversationStateController`).
If the response that carried the move had spoken, those words were the goodbye and its
result asks for no further reply; if not (the model called the tool first), it asks for one
closing reply (goodbye, or "I'm connecting you now"), unless that response speaks on after
the call (those words are then the goodbye), and the realtime service creates no response
after the last words (:meth:`~pipecat_rt_best.realtime.closing_turn.ClosingTurnMixin.last_replies`).
:class:`CallExitProcessor` then ends the call once the bot's last words have gone out:

* the exit pushes an :class:`ExitMarkerFrame` downstream from the realtime service;
  :class:`ExitGate`, just before the output transport, holds it until the last words are
  out of the bot (:class:`~.exit_turn.ExitTurn`: the end of the exit's response, or of the
  closing reply after it; ``exit_reply_max_s`` after the exit if no words are being spoken
  by then), so it travels behind all of them; :class:`CallExitProcessor`, after the output
  transport, gets it once the audio before it is written to the line, and waits until the
  provider has played it (:class:`~.exit_turn.LastWordsPlayout`: the line's playout
  confirmations, mark echoes, as the realtime service's playout clock has them, reach the
  end of that audio; bounded, and on a line that confirms nothing its declared playout
  delay, else a short tail): closing the socket at write time cut off the provider's
  buffer, the goodbye's last syllable.
  The caller cutting those last words ends the call there (the marker is not dropped by
  the interruption); the caller talking before the closing reply came out (text
  modality: before the voice began it) gets it as the answer to their turn (the gate tells
  the realtime service that reply is not spent);
* a transfer target's handler (``transfer_handlers[target]``, the app's) runs then: the
  provider moves the caller (Twilio: update the call with ``<Dial>`` TwiML through its REST
  API; Plivo: its transfer API to an answer URL that dials the agent; Exotel: nothing, the
  media socket closing moves the call to the flow's next applet, say a Connect applet);
  a handler that fails, or has not returned ``transfer_timeout_s`` after it began (a REST
  call stuck on the network), is logged as an error; with ``on_transfer_failed``
  (:func:`~.assembly.phone_call`'s ``transfer_failed_instruction`` and
  ``transfer_timeout_instruction``) the caller, who was told they are being connected, is
  told in the model's voice that the transfer did not go through (the handler raised) or
  is taking longer than expected (it timed out: cancelling the await does not stop a REST
  call made in a thread, ``asyncio.to_thread``, so it may still move the caller): the
  realtime service is asked for one more reply
  (:meth:`~pipecat_rt_best.realtime.closing_turn.ClosingTurnMixin.one_more_reply` and a
  message with the instruction), and a second :class:`ExitMarkerFrame` (``follow_up``) goes
  through the gate and this processor as the first did: held until that reply is out of
  the bot (or cut by the caller, or ``exit_reply_max_s`` passed with none), then played
  out; without it (None) the call ends at once, without another word;
* then an ``EndWorkerFrame`` ends the pipeline: the realtime session closes (no more
  billing, no bot talking over the agent) and the passthrough transport closes the media
  socket, which ends the stream (on Twilio's ``<Connect><Stream>`` with nothing after it,
  and on Telnyx and Plivo streams, the call).

``end``, and a transfer target with no handler, just end the call after the bot's words.
A tool the prompt names as an exit (the seed's ``transferAgents``) is the tool handler's:
the call goes on.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Collection, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from loguru import logger
from pipecat.frames.frames import (
    BotStartedSpeakingFrame,
    DataFrame,
    EndWorkerFrame,
    Frame,
    InterruptionFrame,
    LLMFullResponseEndFrame,
    LLMFullResponseStartFrame,
    OutputAudioRawFrame,
)
from pipecat.processors.frame_processor import FrameDirection, FrameProcessor

from pipecat_rt_best.base.frames import is_bot_speech_audio
from pipecat_rt_best.call_pipeline.exit_turn import EXIT_REPLY_MAX_S, ExitTurn, LastWordsPlayout
from pipecat_rt_best.interruption_truncation.clock import PlayoutClock
from pipecat_rt_best.interruption_truncation.processors import PlayoutTracker
from pipecat_rt_best.realtime_prompt.frames import ConversationStateFrame
from pipecat_rt_best.realtime_prompt.model import END

__all__ = [
    "TRANSFER_TIMEOUT_S",
    "CallExitProcessor",
    "ExitGate",
    "ExitMarkerFrame",
    "TransferFailed",
    "TransferHandler",
    "call_ending_exits",
]

TRANSFER_TIMEOUT_S = 10.0
"""How long a transfer handler may run before the call ends without it (logged as an error)."""

TransferFailed = Callable[[ConversationStateFrame, bool], Awaitable[bool]]
"""Asks for the bot's words after the hand-off to ``frame.exit`` failed; the second argument,
``timed_out``: False when the handler raised (the transfer did not happen), True when it was
given up on at ``transfer_timeout_s`` (the outcome is unknown: a REST call the handler made in
a thread goes on after the await is cancelled and may still move the caller). True once one
more reply is asked for and a ``follow_up`` :class:`ExitMarkerFrame` pushed ahead of it (the
call ends when that marker comes); False: the call ends now."""

_TransferOutcome = Literal["done", "raised", "timed_out"]
"""How a transfer handler ended: it returned, it raised, or it was given up on at the timeout
(cancelled; what it started in a thread may still complete)."""

TransferHandler = Callable[[ConversationStateFrame], Awaitable[None]]
"""The app's hand-off to a transfer target, given the accepted move (``frame.exit`` is the
target, ``frame.current`` the state it left from). Called once the bot's last words have
gone out, before the media socket closes."""

_PLAYOUT_POLL_S = 0.02  # how often the playout clock is read while the last words play

_warned_targets: set[str] = set()  # transfer targets already warned about (once a process)
_handing_off: set[asyncio.Future[None]] = set()  # hand-offs outliving their call (kept alive)


def call_ending_exits(
    transfer_targets: Collection[str], handlers: Mapping[str, Any]
) -> frozenset[str]:
    """The exits that end the call: ``end`` and every transfer target. A handler for a name
    that is no transfer target is a ``ValueError`` (a typo would never be called); a target
    with no handler is warned about once a process: a move there ends the call after the
    bot's words, and nobody takes the caller."""
    unknown = sorted(set(handlers) - set(transfer_targets))
    if unknown:
        raise ValueError(
            f"transfer_handlers for {', '.join(map(repr, unknown))}: not a transfer target of "
            f"the prompt (its targets: {', '.join(map(repr, sorted(transfer_targets))) or 'none'})"
        )
    missing = sorted(set(transfer_targets) - set(handlers) - _warned_targets)
    if missing:  # one line for them all, once a process
        _warned_targets.update(missing)
        plural = len(missing) > 1
        logger.warning(
            f"no transfer handler for the prompt's transfer target{'s' if plural else ''} "
            f"{', '.join(map(repr, missing))}: a move there ends the call after the bot's "
            "words (pass transfer_handlers={...} to hand the caller over)"
        )
    return frozenset({END, *transfer_targets})


@dataclass
class ExitMarkerFrame(DataFrame):
    """Where in the bot's output the exit came: pushed downstream by the realtime service
    when the model's exit is accepted, so it travels behind the audio sent before it.
    ``response_running``: the model's response was still producing then (its words may
    follow the call). ``response_spoke``: that response had spoken by then, before or after
    the call (the realtime service's account of that response, not the output's audio, which
    may be an earlier reply's): its words are the last. ``closing_reply``: the exit's tool
    result asked for one closing reply (:class:`ExitGate` holds the marker until it has gone
    out). ``follow_up``: the marker of one more reply after the call's last words (a failed
    transfer's news), pushed once the first marker has ended its turn: held as a closing
    reply's. Not dropped by an interruption: the caller cutting the last words ends the
    call there."""

    exit: str = ""
    response_running: bool = False
    response_spoke: bool = False
    closing_reply: bool = False
    follow_up: bool = False
    interruptible: bool = field(default=False, init=False)


class ExitGate(FrameProcessor):
    """Holds an :class:`ExitMarkerFrame` until the call's last words are out of the bot, so
    the marker follows every one of them (when: :class:`~.exit_turn.ExitTurn`): the exit's
    response, or the closing reply after it, or until ``reply_max_s`` passes with no words
    being spoken. Place it just before the output transport (after a TTS: the text's audio
    comes out of the TTS before the response's end). ``on_reply_unheard`` (the realtime
    service's ``closing_reply_unheard``): called when the caller cuts in, or a response
    ends, and the closing reply is still awaited: none of it reached the output (text
    modality: its text came, the voice had not begun it), so it is not spent and the
    caller's turn gets it."""

    def __init__(
        self,
        reply_max_s: float = EXIT_REPLY_MAX_S,
        *,
        on_reply_unheard: Callable[[], None] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.reply_max_s = reply_max_s
        self.on_reply_unheard = on_reply_unheard
        self._response_open = False
        self._held: ExitMarkerFrame | None = None
        self._turn: ExitTurn | None = None
        self._bound: asyncio.Task[None] | None = None

    @property
    def turn(self) -> ExitTurn | None:
        """The call's exit turn, once the exit reached the gate."""
        return self._turn

    async def process_frame(self, frame: Frame, direction: FrameDirection) -> None:
        await super().process_frame(frame, direction)
        if isinstance(frame, ExitMarkerFrame):
            if self._turn is not None and not (frame.follow_up and self._turn.ended):
                return  # the call is ending already
            self._held = frame
            self._turn = ExitTurn(
                closing_reply=frame.closing_reply,
                exit_response_open=self._response_open or frame.response_running,
                exit_response_spoke=frame.response_spoke,
            )
            if self._turn.start():
                await self._release()
            else:
                self._bound = self.create_task(self._end_after_bound(), name="exit-reply-bound")
            return
        await self.push_frame(frame, direction)
        if direction is not FrameDirection.DOWNSTREAM:
            return
        turn = self._turn
        end = unheard = False
        if isinstance(frame, LLMFullResponseStartFrame):
            self._response_open = True
            end = turn is not None and turn.response_started()
        elif isinstance(frame, OutputAudioRawFrame):
            end = turn is not None and turn.spoke()
        elif isinstance(frame, LLMFullResponseEndFrame):
            self._response_open = False
            if turn is not None:
                awaiting = turn.awaiting_reply
                end = turn.response_ended()
                # a reply (the exit's, or the closing one) ended before its words came out
                unheard = not awaiting and turn.awaiting_reply
        elif isinstance(frame, InterruptionFrame):
            self._response_open = False
            if turn is not None:
                end = turn.interrupted()
                # the caller cut in before any closing words came out: what the service
                # had of the reply (its text) was not heard, and is cancelled
                unheard = turn.awaiting_reply
        if unheard and self.on_reply_unheard is not None:
            self.on_reply_unheard()
        if end:
            await self._release()

    async def _end_after_bound(self) -> None:
        await asyncio.sleep(self.reply_max_s)
        self._bound = None
        if self._turn is not None and self._turn.timed_out():
            logger.info(f"{self}: no closing words within {self.reply_max_s:g} s: ending the call")
            await self._release()

    async def _release(self) -> None:
        held, self._held = self._held, None
        if held is not None:
            await self.push_frame(held)
        bound, self._bound = self._bound, None
        if bound is not None and bound is not asyncio.current_task():
            await self.cancel_task(bound)

    async def cleanup(self) -> None:
        bound, self._bound = self._bound, None
        if bound is not None:
            await self.cancel_task(bound)
        await super().cleanup()


class CallExitProcessor(FrameProcessor):
    """Ends the call after an exit, once the bot's last words have gone out.

    :func:`~.assembly.phone_call` is the supported place: it wires this processor, the gate
    and the realtime service together. By hand, place it right after the output
    transport's :class:`PlayoutTracker` and an :class:`ExitGate` just before the output:
    nothing checks it, and without the gate the marker reaches this processor before the
    last words do, so the call ends before its goodbye. ``handlers``: the transfer handlers, by target;
    ``transfer_timeout_s``: how long one may run before it is given up on.
    ``on_transfer_failed``: called when a handler failed or was given up on (which of the
    two it is told), to have the caller told (:data:`TransferFailed`; None: the call ends
    at once).
    ``tracker`` and ``clock`` (the realtime service's ``playout_clock``): what was written
    to the line and what it confirmed playing, to end the call once the last words played
    (without them: :data:`~.exit_turn.UNCONFIRMED_TAIL_MS` after they were written).
    :meth:`exit_accepted` arms it (call it from the controller's ``on_state_changed``)."""

    def __init__(
        self,
        handlers: Mapping[str, TransferHandler] | None = None,
        *,
        transfer_timeout_s: float = TRANSFER_TIMEOUT_S,
        tracker: PlayoutTracker | None = None,
        clock: PlayoutClock | None = None,
        on_transfer_failed: TransferFailed | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        if not transfer_timeout_s > 0:
            raise ValueError(f"transfer_timeout_s must be > 0, not {transfer_timeout_s!r}")
        self.handlers = dict(handlers or {})
        self.transfer_timeout_s = transfer_timeout_s
        self.tracker = tracker
        self.clock = clock
        self.on_transfer_failed = on_transfer_failed
        self._reply_asked = False  # a failed transfer's reply is awaited (its marker)
        self._cleared_ms = 0.0  # the output timeline at the caller's latest interruption
        self._cut_tail = False  # since that interruption, the output has not begun speaking
        self._exit: ConversationStateFrame | None = None
        self.ended_by: str | None = None  # the exit that ended the call

    def exit_accepted(self, frame: ConversationStateFrame) -> None:
        """The model's exit ``frame.exit`` was accepted: end the call after this reply."""
        if self._exit is None:
            self._exit = frame

    async def process_frame(self, frame: Frame, direction: FrameDirection) -> None:
        await super().process_frame(frame, direction)
        if isinstance(frame, InterruptionFrame) and self.tracker is not None:
            # the output dropped what it held and the line what it had not played
            self._cleared_ms = self.tracker.timeline_ms
            self._cut_tail = True
        elif isinstance(frame, BotStartedSpeakingFrame):
            self._cut_tail = False  # new words: they are played out
        elif self._cut_tail and self.tracker is not None and is_bot_speech_audio(frame):
            # the chunk pipecat's output had in hand at the cut goes out after the line's
            # clear, its mark written off by that clear: the cut words' tail, whose playout
            # no line confirms (waiting for it held the call up in silence)
            self._cleared_ms = self.tracker.timeline_ms
        if not isinstance(frame, ExitMarkerFrame):  # the marker goes no further
            await self.push_frame(frame, direction)
        elif self._exit is None:
            return
        elif self.ended_by is None:
            # the bot's last words went out (or the caller cut them short, or none came)
            await self._end(self._exit)
        elif self._reply_asked and frame.follow_up:
            # the failed transfer's news went out (or was cut, or none came in the bound)
            self._reply_asked = False
            await self._last_words_played()
            await self._hang_up(self.ended_by)

    async def _last_words_played(self) -> None:
        """Wait until the line has played what was written to it (bounded)."""
        tracker, clock = self.tracker, self.clock
        confirmed = clock.confirmed_ms if clock is not None else None
        playout = LastWordsPlayout(
            written_ms=tracker.timeline_ms if tracker is not None else float("inf"),
            confirms=tracker is not None and confirmed is not None,
            playout_delay_ms=clock.playout_delay_ms if clock is not None else 0.0,
        )
        loop = asyncio.get_running_loop()
        deadline = loop.time() + playout.max_wait_s
        while not playout.played(clock.confirmed_ms if clock else None, self._cleared_ms):
            left = deadline - loop.time()
            if left <= 0:
                if playout.confirms:
                    logger.warning(
                        f"{self}: the line confirmed no playout of the last words within "
                        f"{playout.max_wait_s:g} s: ending the call"
                    )
                return
            await asyncio.sleep(min(_PLAYOUT_POLL_S, left))

    async def _end(self, frame: ConversationStateFrame) -> None:
        target = frame.exit or END
        self.ended_by = target
        await self._last_words_played()  # the caller hears them before the hand-off/hang-up
        handler = self.handlers.get(target)
        if handler is None:
            logger.info(f"{self}: the conversation ended ({target!r}): ending the call")
        else:
            outcome = await self._transfer(handler, frame)
            timed_out = outcome == "timed_out"  # it may still complete: the news is hedged
            if outcome != "done" and await self._tell_transfer_failed(frame, timed_out):
                self._reply_asked = True  # the call ends once that reply has gone out
                return
        await self._hang_up(target)

    async def _transfer(
        self, handler: TransferHandler, frame: ConversationStateFrame
    ) -> _TransferOutcome:
        """Run the target's handler, bounded by ``transfer_timeout_s``: how it ended.

        In a task of its own, which the call's end does not cancel: moving the caller ends
        the media stream (a Twilio call update ends its ``<Connect><Stream>``), often before
        the handler's REST call has returned, and the stream's end cancels the call; the
        hand-off (the app's code after that REST call) still runs to its end, and its
        outcome is logged."""
        target = frame.exit or END
        logger.info(f"{self}: transferring the caller to {target!r}")

        async def hand_off() -> None:  # the handler called in the task: all it raises is its
            await asyncio.wait_for(handler(frame), self.transfer_timeout_s)

        running = asyncio.ensure_future(hand_off())
        try:
            await asyncio.shield(running)
        except asyncio.CancelledError:
            if not running.done():  # the call ended first (the stream closed)
                _handing_off.add(running)
                running.add_done_callback(lambda task: self._handed_off(task, target))
            raise
        except Exception:
            pass  # its outcome, below
        then = "telling the caller" if self.on_transfer_failed is not None else "ending the call"
        return self._outcome(running, target, then)

    def _handed_off(self, task: asyncio.Future[None], target: str) -> None:
        """A hand-off that outlived its call has ended."""
        _handing_off.discard(task)
        self._outcome(task, target, "the call had ended")

    def _outcome(self, task: asyncio.Future[None], target: str, then: str) -> _TransferOutcome:
        """How the hand-off ``task`` (done) ended, logged."""
        exc = asyncio.CancelledError() if task.cancelled() else task.exception()
        if isinstance(exc, TimeoutError):
            logger.error(
                f"{self}: the transfer to {target!r} did not finish within "
                f"{self.transfer_timeout_s:g} s (transfer_timeout_s; it may still complete): {then}"
            )
            return "timed_out"
        if exc is not None:
            # one line, its type only: the app's exception may quote the number dialled (a
            # provider's REST error: "invalid 'To' number +1…"), personal data; its message
            # and traceback only at DEBUG, the level that logs a call's content
            logger.error(
                f"{self}: the transfer to {target!r} failed ({type(exc).__name__}): {then}"
            )
            logger.opt(exception=exc).debug(f"{self}: the transfer handler's exception")
            return "raised"
        logger.info(f"{self}: the transfer to {target!r} is done")
        return "done"

    async def _tell_transfer_failed(self, frame: ConversationStateFrame, timed_out: bool) -> bool:
        """Ask for the failed (or timed-out) transfer's reply: True if one was asked for."""
        if self.on_transfer_failed is None:
            return False
        try:
            return await self.on_transfer_failed(frame, timed_out)
        except Exception as exc:
            logger.opt(exception=exc).error(f"{self}: on_transfer_failed failed: ending the call")
            return False

    async def _hang_up(self, target: str) -> None:
        await self.push_frame(EndWorkerFrame(reason=f"conversation exit {target!r}"))
