"""The pipecat side of :mod:`.call_deadlines`: who spoke when, and when the bot failed.

:class:`CallGuardObserver` is a pipecat observer feeding a call's
:class:`~.call_deadlines.CallDeadlines` from the frames it sees (user and bot speaking, the
caller's keypad presses);
:func:`bot_failure` says whether an ``ErrorFrame`` that reached the pipeline's top
means the model cannot serve the call (a rejected key, no connection, a lost session
not restored, or a processor pipecat marks unusable). An error its processor recovers from
by itself (a :class:`~pipecat_rt_best.base.frames.RecoverableErrorFrame`: the voice's
connection dropped mid-sentence and the next sentence reconnects) does not end the call.
"""

from __future__ import annotations

import time

from pipecat.frames.frames import (
    BotStartedSpeakingFrame,
    BotStoppedSpeakingFrame,
    ErrorFrame,
    InputDTMFFrame,
    UserStartedSpeakingFrame,
    UserStoppedSpeakingFrame,
)
from pipecat.observers.base_observer import BaseObserver, FramePushed
from pipecat.utils.errors import ErrorCategory

from pipecat_rt_best.base.frames import RecoverableErrorFrame
from pipecat_rt_best.g711_passthrough.call_deadlines import CallDeadlines

__all__ = ["CallGuardObserver", "bot_failure"]

# errors that leave the model unable to serve this call (a retry would not help it now)
_FAILURE_CATEGORIES = frozenset(
    {
        ErrorCategory.AUTHENTICATION,
        ErrorCategory.AUTHORIZATION,
        ErrorCategory.CONNECTIVITY,
        ErrorCategory.QUOTA,
    }
)


def bot_failure(frame: ErrorFrame) -> str | None:
    """Why this error ends the call (a short phrase), or None if the call can go on.

    A fatal error, a processor left unusable, or a failure of a category in
    ``_FAILURE_CATEGORIES`` ends it, whichever processor pushed it, except an error that
    processor says it recovers from (a :class:`RecoverableErrorFrame`) while it is usable.
    """
    processor = frame.processor
    name = processor.name if processor is not None else "pipeline"
    if frame.fatal:
        return f"fatal error in {name}"
    usable = processor is None or processor.is_usable
    if isinstance(frame, RecoverableErrorFrame) and usable:
        return None
    if frame.category in _FAILURE_CATEGORIES:
        assert frame.category is not None
        return f"{frame.category.value} error in {name}"
    if not usable:
        return f"{name} can no longer do its job"
    return None


class CallGuardObserver(BaseObserver):
    """Feeds user/bot speaking frames and the caller's keypad presses (``InputDTMFFrame``: a
    caller answering on the keypad is on the line) to a call's deadlines (monotonic clock)."""

    def __init__(self, deadlines: CallDeadlines) -> None:
        super().__init__()
        self._deadlines = deadlines

    async def on_push_frame(self, data: FramePushed) -> None:
        if not data.first_push:
            return
        frame = data.frame
        if isinstance(frame, UserStartedSpeakingFrame):
            self._deadlines.on_user_started(time.monotonic())
        elif isinstance(frame, UserStoppedSpeakingFrame):
            self._deadlines.on_user_stopped(time.monotonic())
        elif isinstance(frame, BotStartedSpeakingFrame):
            self._deadlines.on_bot_started(time.monotonic())
        elif isinstance(frame, BotStoppedSpeakingFrame):
            self._deadlines.on_bot_stopped(time.monotonic())
        elif isinstance(frame, InputDTMFFrame):
            self._deadlines.on_caller_input(time.monotonic())
