"""The caller's keypad entries to the realtime model: the pipecat adapter of :mod:`.keypad`.

:class:`KeypadProcessor` sits between the user aggregator and the realtime service. Each
complete entry (:class:`~.keypad.KeypadCollector`) goes to the model as a message from
the caller and a reply request: ``LLMMessagesAppendFrame(run_llm=True)``, which the
realtime service sends as a ``conversation.item.create`` and the assistant aggregator
(recording it in the context) answers with the context frame that asks for the response.
Placement matters: before the user aggregator the append would be absorbed into the
context and never sent, and pipecat's ``DTMFAggregator`` route (a ``TranscriptionFrame``)
never reaches a realtime service at all.

The keys are a secret as often as not (a PIN): nothing here logs them; the INFO line says
how many keys an entry had.

**A muted caller's keys reach no one.** pipecat's ``user_mute_strategies`` (the user
aggregator's: while the bot speaks, until its first words end, during a function call) mute
the caller; pipecat's ``DTMFAggregator``, before the user aggregator, is muted with the rest.
This processor sits after it, so it follows the aggregator's ``UserMuteStartedFrame`` /
``UserMuteStoppedFrame``: while the caller is muted a key stops no bot and joins no entry, and
an entry being typed when the mute begins is dropped.

**A caller typing is not idle.** The user aggregator's idle timer (``user_idle_timeout``,
``on_user_turn_idle``) runs from the bot's last words until the caller speaks; keys are no
speech to it. Given that timeout (``user_idle_timeout``; :func:`~.pipeline.realtime_call_processors`
passes the user aggregator's), each key the caller presses restarts the timer, as an
unchanged ``UserIdleTimeoutUpdateFrame`` pushed upstream to the aggregator does (the
timeouts those frames set later are followed): the caller is idle only once the keys stop.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import inspect
import time
from typing import Any

from loguru import logger
from pipecat.frames.frames import (
    BotStartedSpeakingFrame,
    BotStoppedSpeakingFrame,
    CancelFrame,
    EndFrame,
    Frame,
    InputDTMFFrame,
    LLMMessagesAppendFrame,
    StartFrame,
    UserIdleTimeoutUpdateFrame,
    UserMuteStartedFrame,
    UserMuteStoppedFrame,
)
from pipecat.processors.aggregators.llm_context import LLMContextMessage
from pipecat.processors.frame_processor import FrameDirection, FrameProcessor

from pipecat_rt_best.call_pipeline.keypad import (
    KeypadCollector,
    KeypadInput,
    KeypadParams,
    entry_text,
)

__all__ = ["KeypadProcessor"]


class KeypadProcessor(FrameProcessor):
    """Turns the caller's ``InputDTMFFrame``\\ s into keypad entries the model answers.

    ``params``: :class:`~.keypad.KeypadParams` (finish keys, idle timeout, whether a key
    stops the bot, masking, the ``on_entry`` hook). The key frames themselves go on
    downstream. Entries are told to the model in the order they were typed; a slow
    ``on_entry`` (a back-office check) holds later entries, not the pipeline. An entry
    still being typed when the call ends is dropped (nobody is there to answer).
    ``user_idle_timeout``: the user aggregator's (0: none); each key restarts its idle timer.
    """

    def __init__(
        self,
        params: KeypadParams | None = None,
        *,
        user_idle_timeout: float = 0.0,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.params = params or KeypadParams()
        self._user_idle_timeout = user_idle_timeout
        self._collector = KeypadCollector(self.params)
        self._ready: collections.deque[KeypadInput] = collections.deque()
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._bot_speaking = False
        self._muted = False  # the user aggregator's mute strategies mute the caller
        self.entries = 0  # entries told to the model (or handled by on_entry)

    async def process_frame(self, frame: Frame, direction: FrameDirection) -> None:
        await super().process_frame(frame, direction)
        if isinstance(frame, StartFrame):
            await self.push_frame(frame, direction)
            if self._task is None:
                self._task = self.create_task(self._deliver_entries())
            return
        if isinstance(frame, EndFrame | CancelFrame):
            await self._stop()
        elif isinstance(frame, BotStartedSpeakingFrame):
            self._bot_speaking = True
        elif isinstance(frame, BotStoppedSpeakingFrame):
            self._bot_speaking = False
        elif isinstance(frame, UserMuteStartedFrame):
            self._muted = True
            self._collector.clear()  # the rest of the entry would be muted
        elif isinstance(frame, UserMuteStoppedFrame):
            self._muted = False
        elif isinstance(frame, UserIdleTimeoutUpdateFrame):
            self._user_idle_timeout = frame.timeout
        elif isinstance(frame, InputDTMFFrame):
            if self._muted:
                logger.debug(f"{self}: a key pressed while the caller is muted; ignored")
            else:
                await self._on_key(frame.button.value)
        await self.push_frame(frame, direction)

    async def cleanup(self) -> None:
        await super().cleanup()
        await self._stop()

    async def _on_key(self, key: str) -> None:
        if self._user_idle_timeout > 0:
            # the caller is answering: the aggregator's idle timer starts again from this key
            await self.push_frame(
                UserIdleTimeoutUpdateFrame(timeout=self._user_idle_timeout),
                FrameDirection.UPSTREAM,
            )
        first = not self._collector.pending
        entry = self._collector.press(key, time.monotonic())
        if first and self.params.interrupts and self._bot_speaking:
            # the caller types over the bot: it stops, as an IVR prompt does
            await self.broadcast_interruption()
        if entry is not None:
            self._ready.append(entry)
        self._wake.set()  # a new deadline, or an entry to deliver

    async def _deliver_entries(self) -> None:
        """Tells the model each entry as it completes (a finish key, or the idle timeout)."""
        while True:
            due = self._collector.deadline()
            timeout = None if due is None else max(0.0, due - time.monotonic())
            with contextlib.suppress(TimeoutError):  # the entry being typed timed out
                await asyncio.wait_for(self._wake.wait(), timeout)
            self._wake.clear()
            expired = self._collector.expire(time.monotonic())
            if expired is not None:
                self._ready.append(expired)
            while self._ready:
                await self._deliver(self._ready.popleft())

    async def _deliver(self, entry: KeypadInput) -> None:
        text: str | None = None
        if self.params.on_entry is not None:
            try:
                told: Any = self.params.on_entry(entry)
                if inspect.isawaitable(told):  # an async def; a plain def's value is used as is
                    told = await told
            except Exception as exc:
                # the app's exception may quote the keys (a PIN): its type at ERROR, its
                # message and traceback only at DEBUG, the level that logs a call's content
                logger.error(
                    f"{self}: on_entry failed ({type(exc).__name__}); the model is told "
                    "how many keys were entered"
                )
                logger.opt(exception=exc).debug(f"{self}: on_entry's exception")
                told = entry_text(entry, mask=True)
            if told is not None and not isinstance(told, str):
                # not a text: the model would be asked to answer a message it never gets
                logger.error(
                    f"{self}: on_entry returned a {type(told).__name__}, not the text the model "
                    "is told (str; None: the default; '': nothing); it is told how many keys "
                    "were entered"
                )
                told = entry_text(entry, mask=True)
            text = told
        if text is None:
            text = entry_text(entry, mask=self.params.mask)
        self.entries += 1
        how = f"ended by {entry.finished_by}" if entry.finished_by else "ended by the timeout"
        logger.info(f"{self}: keypad entry of {len(entry.keys)} key(s), {how}")
        if text:
            message: LLMContextMessage = {"role": "user", "content": text}
            await self.push_frame(LLMMessagesAppendFrame(messages=[message], run_llm=True))

    async def _stop(self) -> None:
        self._collector.clear()
        self._ready.clear()
        if self._task is not None:
            task, self._task = self._task, None
            await self.cancel_task(task)
