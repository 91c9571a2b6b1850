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
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
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
    """

    def __init__(self, params: KeypadParams | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.params = params or KeypadParams()
        self._collector = KeypadCollector(self.params)
        self._ready: collections.deque[KeypadInput] = collections.deque()
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._bot_speaking = False
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
        elif isinstance(frame, InputDTMFFrame):
            await self._on_key(frame.button.value)
        await self.push_frame(frame, direction)

    async def cleanup(self) -> None:
        await super().cleanup()
        await self._stop()

    async def _on_key(self, key: str) -> None:
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
                text = await self.params.on_entry(entry)
            except Exception as exc:
                # the app's exception may quote the keys (a PIN): its type at ERROR, its
                # message and traceback only at DEBUG, the level that logs a call's content
                logger.error(
                    f"{self}: on_entry failed ({type(exc).__name__}); the model is told "
                    "how many keys were entered"
                )
                logger.opt(exception=exc).debug(f"{self}: on_entry's exception")
                text = entry_text(entry, mask=True)
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
