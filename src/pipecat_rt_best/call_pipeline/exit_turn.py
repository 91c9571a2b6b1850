"""When a call that took an exit ends (pure: no pipecat; :mod:`.call_exit` is its adapter).

The model moved to ``end`` or a transfer target. Either the response that carried the
move already spoke (its words are the goodbye: no further reply is asked), or it spoke
nothing before the call (the model called the state tool first, as the tool asks): the tool
result then asks for one closing reply, and the call ends once that reply has played;
unless the exit's response speaks after the call, its words then being the goodbye (the
realtime service creates no reply after them).

:class:`ExitTurn` is fed what the bot's output does after the exit, in the order it reaches
the output transport (a response starting, its words, its end, the caller interrupting,
the bound running out), and answers each with whether the call ends now, behind the output
so far:

* no closing reply asked: the call ends at the end of the exit's response (at once, when it
  is already done), or when the caller cuts those last words;
* a closing reply asked: the exit's own response ends first; if it spoke (after the call,
  before the exit reached the output, or on), those words were the last, as above; if not, the
  next response that speaks is the closing reply, and the call ends at its end, or when
  the caller cuts it: a goodbye cut short is not said again.
  A reply that ends or is cut before it spoke (silent, failed, cancelled) leaves the wait
  open: the caller's turn, if any, gets the closing reply (the tool result said so);
* the bound (``exit_reply_max_s``): past it, the call ends at once unless words are being
  spoken, and then at their response's end: never mid-word, never open for good.

Those words are then out of the bot, written to the line, but the provider plays them a
buffer later: :class:`LastWordsPlayout` tells when the line has played them (its playout
confirmations, mark echoes, reached their end), so the media socket closes after the
goodbye's last syllable, not before; with a bound: a line that confirms nothing is given
its declared playout delay (or :data:`UNCONFIRMED_TAIL_MS`), one that stops confirming
:data:`PLAYOUT_CONFIRM_MAX_S`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

__all__ = [
    "EXIT_REPLY_MAX_S",
    "PLAYOUT_CONFIRM_MAX_S",
    "UNCONFIRMED_TAIL_MS",
    "ExitTurn",
    "LastWordsPlayout",
]

EXIT_REPLY_MAX_S = 10.0
"""How long after the exit the call waits for the closing reply's words before it ends
anyway (words being spoken then are let finish)."""

PLAYOUT_CONFIRM_MAX_S = 2.0
"""On a line that confirms playout: the longest the call waits, once its last words are
written, for the confirmation that they played (beyond the line's declared playout delay)."""

UNCONFIRMED_TAIL_MS = 200.0
"""On a line that confirms nothing and declares no playout delay: how long the call still
waits once its last words are written (the provider's buffer)."""

_EPS_MS = 0.5


class _Phase(Enum):
    LAST_WORDS = "last_words"  # the exit's response spoke (before or after the call): its end
    EXIT = "exit"  # a reply asked: the exit's own response is still running
    AWAITING = "awaiting"  # a reply asked, none speaking
    CLOSING = "closing"  # a response after the exit is running
    ENDED = "ended"


class ExitTurn:
    """One call's exit, from the move to the call's end.

    ``closing_reply``: the exit's tool result asked the model for one closing reply (its
    response spoke no words before the call). ``exit_response_open``: the response that
    carried the exit was still running when the exit reached the output.
    ``exit_response_spoke``: that response had spoken by then, before the call or after it
    (the realtime service's account of that response: the output's audio before the exit
    may be an earlier reply's): its words are the last, whatever the result asked. Call
    :meth:`start` first; every method returns True exactly once over the turn: when the
    call ends (behind the output so far).
    """

    def __init__(
        self, *, closing_reply: bool, exit_response_open: bool, exit_response_spoke: bool = False
    ) -> None:
        self.closing_reply = closing_reply
        self._open_at_start = exit_response_open
        last_words = not closing_reply or exit_response_spoke
        self._phase = _Phase.LAST_WORDS if last_words else _Phase.EXIT
        self._words = False  # the closing reply has spoken
        self._overdue = False  # the bound ran out while words were being spoken
        self.reason = ""  # why the call ended ("" until it does)

    @property
    def ended(self) -> bool:
        return self._phase is _Phase.ENDED

    @property
    def awaiting_reply(self) -> bool:
        """The closing reply is awaited: none of it has reached the output (none began, or
        the one that began was cut or ended before its words did)."""
        return self._phase is _Phase.AWAITING

    def _end(self, reason: str) -> bool:
        if self.ended:
            return False
        self._phase, self.reason = _Phase.ENDED, reason
        return True

    def start(self) -> bool:
        """The exit reached the output. True: end now (nothing more to say or wait for)."""
        if self._open_at_start:
            return False
        if self._phase is _Phase.LAST_WORDS:
            return self._end("the last words went out")
        self._phase = _Phase.AWAITING
        return False

    def response_started(self) -> bool:
        """A bot response starts (again, for each of its items: counted once)."""
        if self._phase is _Phase.AWAITING:
            self._phase, self._words = _Phase.CLOSING, False
        return False

    def spoke(self) -> bool:
        """Words (audio) of the running response reach the output."""
        if self._phase is _Phase.EXIT:
            # the exit's response speaks after its call: these are the last words (no
            # closing reply follows them)
            self._phase = _Phase.LAST_WORDS
        elif self._phase is _Phase.CLOSING:
            self._words = True
        return False

    def response_ended(self) -> bool:
        """The running response is done (all its words ahead of here)."""
        if self._phase is _Phase.LAST_WORDS:
            return self._end("the last words went out")
        if self._overdue:
            return self._end("the words spoken past the bound went out")
        if self._phase is _Phase.EXIT:
            self._phase, self._words = _Phase.AWAITING, False
        elif self._phase is _Phase.CLOSING:
            if self._words:
                return self._end("the closing reply went out")
            self._phase = _Phase.AWAITING  # it said nothing: the wait goes on
        return False

    def interrupted(self) -> bool:
        """The caller cut in: last words being spoken end the call there."""
        if self._phase is _Phase.LAST_WORDS:
            return self._end("the caller cut the last words")
        if self._phase is _Phase.CLOSING and self._words:
            return self._end("the caller cut the closing reply")
        if self._overdue:
            return self._end("the caller cut the words spoken past the bound")
        if self._phase in (_Phase.EXIT, _Phase.CLOSING):
            # cut before it spoke: the caller's turn gets the closing reply
            self._phase, self._words = _Phase.AWAITING, False
        return False

    def timed_out(self) -> bool:
        """The bound ran out. Words being spoken finish first (their end ends the call)."""
        if self.ended:
            return False
        if self._phase is _Phase.LAST_WORDS or self._words:
            self._overdue = True
            return False
        return self._end("no closing reply within the bound")


@dataclass(frozen=True)
class LastWordsPlayout:
    """Whether the line has played the call's last words, to close its media socket after.

    ``written_ms``: the output timeline (ms of bot speech written to the line) when the exit
    came out of the output, so the end of the last words. ``confirms``: the line confirms
    playout (mark echoes, on the same timeline). ``playout_delay_ms``: the line's declared
    playout delay (how long it holds audio before playing it).
    """

    written_ms: float
    confirms: bool
    playout_delay_ms: float = 0.0

    def played(self, confirmed_ms: float | None, cleared_ms: float) -> bool:
        """``confirmed_ms``: the line's latest confirmation (None: none yet);
        ``cleared_ms``: the output timeline at the caller's latest interruption (the line
        dropped what it had not played by then: nothing written before it is waited for).
        On a line that confirms nothing, only a cleared line says played: the rest is the
        bound's (:attr:`max_wait_s`)."""
        if self.written_ms <= cleared_ms + _EPS_MS:
            return True
        return (
            self.confirms and confirmed_ms is not None and confirmed_ms >= self.written_ms - _EPS_MS
        )

    @property
    def max_wait_s(self) -> float:
        """How long to wait at most, from when the last words were written."""
        if self.confirms:
            return PLAYOUT_CONFIRM_MAX_S + self.playout_delay_ms / 1000.0
        return (self.playout_delay_ms or UNCONFIRMED_TAIL_MS) / 1000.0
