"""When a phone call must end: the deadlines of one call, as a pure state machine.

A call fed by a model can go wrong in ways nobody on the line notices: the model session
never comes, or it is lost and not restored, and the caller hears nothing for as long as
they stay; a stream whose provider went quiet holds a slot and a paid model session.
:class:`CallDeadlines` takes what happened (times in seconds, any monotonic clock) and
says, when asked, whether the call must end and why:

* ``bot_failed`` — the model reported it cannot serve the call (a rejected key, no
  connection, a session lost and not restored): at once;
* ``bot_silent`` — the bot owes an answer (the greeting at the start, unless
  ``greeting_owed`` is off; a reply after the caller stopped speaking) and has sent no
  audio for ``bot_timeout_s`` since the caller's last turn ended; or, however often the
  caller spoke meanwhile, for :data:`DEAD_AIR_FACTOR` × ``bot_timeout_s`` of the time
  since it first began to owe, the caller's speech not counted ("hello? hello?" into dead
  air ends, after a few; a caller dictating an address to a slow model, whose pauses are
  shorter than its replies take to start, is not hung up on at the first ones). Only bot
  audio pays the debt;
* ``stream_quiet`` — no caller media for ``media_timeout_s`` (a provider sends 50 packets
  a second, silence included; a quiet socket is not a live call);
* ``caller_silent`` — neither side spoke, and the caller pressed no key, for
  ``caller_silence_timeout_s``.

The first two are failures of the bot: the caller should hear a short apology
(:attr:`EndReason.plays_fallback`) before the line closes. Each deadline is optional
(``None`` turns it off).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

__all__ = ["CallDeadlines", "DeadlineConfig", "EndReason"]


class EndReason(StrEnum):
    """Why the server ended a call (the provider's ``stop`` and hang-ups are not here)."""

    BOT_FAILED = "bot_failed"
    BOT_SILENT = "bot_silent"
    STREAM_QUIET = "stream_quiet"
    CALLER_SILENT = "caller_silent"

    @property
    def plays_fallback(self) -> bool:
        """Whether the caller should hear the fallback prompt before the line closes."""
        return self in (EndReason.BOT_FAILED, EndReason.BOT_SILENT)


DEAD_AIR_FACTOR = 3.0
"""The bot's debt, the caller's speech not counted, ends the call at this many
``bot_timeout_s`` whatever the caller's turns (each of which gives the bot ``bot_timeout_s``
afresh): a review found a talkative caller hung up on when the pauses alone counted."""


@dataclass(frozen=True)
class DeadlineConfig:
    """The deadlines, in seconds (``None``: no such deadline)."""

    bot_timeout_s: float | None = 8.0
    media_timeout_s: float | None = 10.0
    caller_silence_timeout_s: float | None = 60.0
    greeting_owed: bool | None = None
    """Whether the bot speaks first, so owes a greeting from the start. None: as the
    telephony server's pipeline factory says (``g711_pipeline_factory(greet=...)``; a
    factory that does not say is taken to greet)."""

    def __post_init__(self) -> None:
        for name in ("bot_timeout_s", "media_timeout_s", "caller_silence_timeout_s"):
            value = getattr(self, name)
            if value is not None and not value > 0:  # NaN too: it would never fire
                raise ValueError(f"{name} must be positive or None, not {value}")


class CallDeadlines:
    """The deadlines of one call. Feed it events; ask :meth:`check` for a verdict."""

    def __init__(self, config: DeadlineConfig, now: float) -> None:
        self.config = config
        self._last_media = now
        self._last_speech = now  # caller or bot speech, or a key the caller pressed
        # what the bot owes: since when (None: nothing), and how much of that time the
        # caller spoke (not counted: the bot cannot be expected to talk over the caller)
        self._owed_since: float | None = now if config.greeting_owed is not False else None
        self._owed_what = "the greeting"
        self._due_since = now  # the latest turn's end (the greeting: the call's start)
        self._caller_spoke_s = 0.0  # while owed, in turns that ended
        self._user_started_at: float | None = None
        self._bot_speaking = False
        self._user_speaking = False
        self._failure: str | None = None
        self.detail: str = ""  # words for the log line about the verdict

    # -- events ---------------------------------------------------------------------------

    def on_media(self, now: float) -> None:
        """Caller media arrived (any packet, silence included)."""
        self._last_media = now

    def on_user_started(self, now: float) -> None:
        """The caller started speaking: while they do, an answer owed is not yet late (the
        bot cannot talk over them), but what it owed before stays owed."""
        if not self._user_speaking:
            self._user_started_at = now
        self._user_speaking = True
        self._last_speech = now

    def on_user_stopped(self, now: float) -> None:
        """The caller stopped: the bot owes an answer within ``bot_timeout_s``; its debt
        counts from when it first began to owe (for :data:`DEAD_AIR_FACTOR`)."""
        self._user_speaking = False
        self._last_speech = now
        self._due_since = now  # each turn gives the bot bot_timeout_s to answer it
        if self._owed_since is None:
            self._owed_since = now
            self._owed_what = "an answer"
            self._caller_spoke_s = 0.0
        elif self._user_started_at is not None:
            self._caller_spoke_s += now - max(self._user_started_at, self._owed_since)
        self._user_started_at = None

    def on_caller_input(self, now: float) -> None:
        """The caller pressed a key (DTMF): they are on the line, as when they speak. What
        the bot owes is unchanged (a key is not a turn; a keypad entry's answer is a reply
        like any other, and a bot that ignores keys owes nothing for them)."""
        self._last_speech = now

    def on_bot_audio(self, now: float) -> None:
        """The bot's speech went out (or it started speaking); an output mixer's silence
        between replies is not bot audio."""
        self._last_speech = now
        self._owed_since = None
        self._caller_spoke_s = 0.0

    def on_bot_started(self, now: float) -> None:
        self._bot_speaking = True
        self.on_bot_audio(now)

    def on_bot_stopped(self, now: float) -> None:
        self._bot_speaking = False
        self._last_speech = now
        if self._owed_since is not None:
            # the caller's turn ended while the bot spoke on (it did not interrupt): its answer
            # is owed from here, the caller having heard the bot until now
            self._owed_since = self._due_since = now
            self._caller_spoke_s = 0.0

    def on_bot_failure(self, reason: str) -> None:
        """The model said it cannot serve this call (first reason kept)."""
        if self._failure is None:
            self._failure = reason

    # -- verdict --------------------------------------------------------------------------

    def owed_for(self, now: float) -> float:
        """How long the bot has owed audio at ``now``, the caller's speech not counted (0
        when it owes nothing, or is speaking)."""
        if self._owed_since is None or self._bot_speaking:
            return 0.0
        spoke = self._caller_spoke_s
        if self._user_speaking and self._user_started_at is not None:
            spoke += now - max(self._user_started_at, self._owed_since)
        return max(0.0, now - self._owed_since - spoke)

    def check(self, now: float) -> EndReason | None:
        """The reason the call must end now, or None."""
        cfg = self.config
        if self._failure is not None:
            self.detail = self._failure
            return EndReason.BOT_FAILED
        owed = self.owed_for(now)
        late = (
            self._owed_since is not None
            and not self._bot_speaking
            and not self._user_speaking
            and now - self._due_since >= (cfg.bot_timeout_s or 0.0)
        )
        dead_air = owed >= DEAD_AIR_FACTOR * (cfg.bot_timeout_s or 0.0)
        if cfg.bot_timeout_s is not None and (late or dead_air):
            since = now - (self._owed_since if self._owed_since is not None else now)
            if late:
                self.detail = (
                    f"no bot audio {cfg.bot_timeout_s:g} s after it owed {self._owed_what}"
                )
            else:
                self.detail = (
                    f"no bot audio in {owed:.1f} s of the caller's pauses since it owed "
                    f"{self._owed_what} ({since:.1f} s, the caller speaking the rest)"
                )
            return EndReason.BOT_SILENT
        if cfg.media_timeout_s is not None and now - self._last_media >= cfg.media_timeout_s:
            self.detail = f"no caller media for {cfg.media_timeout_s:g} s"
            return EndReason.STREAM_QUIET
        if (
            cfg.caller_silence_timeout_s is not None
            and not self._bot_speaking
            and not self._user_speaking
            and now - self._last_speech >= cfg.caller_silence_timeout_s
        ):
            silence = cfg.caller_silence_timeout_s
            self.detail = f"nobody spoke or pressed a key for {silence:g} s"
            return EndReason.CALLER_SILENT
        return None
