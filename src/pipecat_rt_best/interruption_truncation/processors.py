"""``PlayoutTracker``: tells the realtime service what the output transport has written.

pipecat's output transport has no "played" callback, but after writing each audio chunk
it pushes that chunk on downstream. Placed right after ``transport.output()``, this
processor sees every chunk at the moment it was written (websocket transports sleep
inside the write to pace audio in real time, so that is also the moment it is due to
play) and every :class:`PlayoutSegmentFrame` marker in order with the audio, and reports
both upstream as :class:`PlayoutProgressFrame` (a system frame, so it overtakes queued
data on the way back to the service). Only bot speech counts (:func:`is_bot_speech_audio`):
the silence an output mixer writes while the transport has nothing queued (between
sentences, while a reply stalls) is not the reply's audio, and no caller heard any of it::

    Pipeline([transport.input(), user_aggregator, llm, transport.output(),
              PlayoutTracker(), assistant_aggregator])

Placed anywhere else it would count the audio as fast as the model sends it, and the
service would take all of it for heard. The tracker therefore reports nothing until it
knows it sits after an output transport: pipecat's output transport pushes a
``BotStartedSpeakingFrame`` downstream before the first chunk of speech it writes, so a
tracker after it sees that frame first (the reports it held back until then go up at
once). A tracker before the output sees the bot's audio go by and then the output's
``BotStartedSpeakingFrame`` come back *upstream*, never downstream: it logs one warning
naming the fix and stays silent, and the service truncates by the wall clock since the
bot started speaking, as it does without a tracker.

The transport lets a reply's text through ahead of what the caller hears: the realtime
model's transcript runs seconds ahead of its audio, and a TTS's words go through as their
audio is *written*, before the line's jitter buffer plays it. The assistant aggregator after
the tracker commits what came through, and at a barge-in its ``on_assistant_turn_stopped``
would report words the caller never heard. Given a :class:`HeardTextSource` (the realtime
service hands it down as a :class:`HeardTextSourceFrame` right behind the ``StartFrame``), the
tracker holds each text frame of a reply (a ``TextFrame`` that goes to the context) until the
source says its words were heard — a frame the service tagged (:data:`HEARD_AT`: its
transcript) by the service's playout clock, any other once the heard position passes where the
frame came out of the transport, halfway to the next one's (a word counts once half of it
played) — and releases it then, in order; every frame but audio and system frames that comes
behind a held one waits behind it (a reply's end stays after its words), and so does the
output's ``BotStoppedSpeakingFrame`` (and a ``BotStartedSpeakingFrame`` behind it: the audio
ran dry mid-reply and came back). It checks on each frame that goes by and every
:data:`_POLL_S` while it holds one, and lets everything go once the line has played out (the
bot stopped speaking and all written audio was heard), at an ``EndFrame`` or ``StopFrame``,
or when it finds itself misplaced. An ``InterruptionFrame`` lets what was heard by then go
on ahead of it and drops the rest, as the output transport drops its queue: the frames
pipecat never drops go on, system ones ahead of it and uninterruptible ones right behind it
(as a processor's own queue keeps them), the reply's unheard words never; nor the word
pipecat's output had in hand at the cut, which it delivers after the ``InterruptionFrame``
(reply text made before the latest interruption is dropped: held, it would never be heard,
and would hold up all behind it). Reply text the source says can never be heard
(:meth:`HeardTextSource.text_lost`: a reconnect lost the session sending the reply before the
audio of those words came) is dropped too, whenever it would go on (heard text before it, the
line played out, the call's end), so it holds up nothing behind it. Without a source (or
without the realtime service) nothing is held. The start of a tool call whose cancel already went by
(``FunctionCallInProgressFrame`` after its ``FunctionCallCancelFrame``) is dropped, held or late:
the aggregator ignores a cancel for a call it has not seen, and kept the call "IN_PROGRESS".
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from typing import Any

from loguru import logger
from pipecat.frames.frames import (
    AudioRawFrame,
    BotStartedSpeakingFrame,
    BotStoppedSpeakingFrame,
    CancelFrame,
    EagerTranscriptionFrame,
    EndFrame,
    Frame,
    FunctionCallCancelFrame,
    FunctionCallInProgressFrame,
    InterimTranscriptionFrame,
    InterruptionFrame,
    LLMFullResponseEndFrame,
    StopFrame,
    SystemFrame,
    TextFrame,
    TranscriptionFrame,
    TranslationFrame,
    TTSStoppedFrame,
)
from pipecat.processors.frame_processor import FrameDirection, FrameProcessor

from pipecat_rt_best.base.audio_format import duration_ms
from pipecat_rt_best.base.frames import (
    HEARD_AT_CUT,
    WORD_AUDIO_SPAN,
    PlayoutProgressFrame,
    PlayoutSegmentFrame,
    WordAudioSpan,
    is_bot_speech_audio,
)
from pipecat_rt_best.base.word_timing import WordTiming, word_heard
from pipecat_rt_best.interruption_truncation.frames import (
    HEARD_AT,
    HeardTextSource,
    HeardTextSourceFrame,
)

__all__ = ["PlayoutTracker"]

# reports held back while the tracker does not yet know where it sits: a tracker after the
# output holds at most what precedes the first chunk (a segment marker or two)
_MAX_HELD = 256
_MAX_TEXT_HELD = 4096  # frames waiting behind unheard text (minutes of a reply's text)
_POLL_S = 0.02  # how often held text is checked while no frame goes by
_CANCELLED_KEPT = 64  # tool calls a cancel went by for, remembered for their late start
_HALF_WORD_MAX_MS = 300.0  # a word counts once half of it played: half of a long word at most
_SEGMENTS_KEPT = 16  # where the latest replies' audio started on the timeline
# the longest an interruption the source passed on caps the heard position before it reaches
# the tracker (a TTS stops its synthesis first, up to a second or so); one that never comes
# (dropped on the way) holds the text no longer
_CUT_IN_FLIGHT_MAX_S = 3.0
_REPLY_ENDS = (TTSStoppedFrame, LLMFullResponseEndFrame, BotStoppedSpeakingFrame)
_NOT_REPLY_TEXT = (
    TranscriptionFrame,
    InterimTranscriptionFrame,
    EagerTranscriptionFrame,
    TranslationFrame,
)  # the text frames the assistant aggregator does not write (the caller's)


class PlayoutTracker(FrameProcessor):
    """Reports the output timeline upstream. Place it right after ``transport.output()``."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._timeline_ms = 0.0
        self._after_output = False  # a downstream BotStartedSpeakingFrame went by
        self._misplaced = False  # the output's BotStartedSpeakingFrame came back upstream
        self._saw_bot_audio = False
        self._held: list[PlayoutProgressFrame] = []
        # the reply text the caller has not heard yet, and the frames behind it, each with
        # the timeline position it came out of the transport at
        self._source: HeardTextSource | None = None
        self._text_queue: deque[tuple[Frame, float]] = deque()
        self._text_lock = asyncio.Lock()
        self._poll_task: asyncio.Task[None] | None = None
        self._warned_held = False
        self._cut_id = -1  # the latest InterruptionFrame's id: text made before it was cut
        # an interruption the source passed on that has not come here yet: its id, and since when
        self._in_flight: tuple[int, float] | None = None
        # segment id -> where its audio starts on the timeline (a TTS's reply: its words'
        # WORD_AUDIO_SPAN counts from there)
        self._segment_starts: dict[str, float] = {}
        self._cancelled_calls: deque[str] = deque(maxlen=_CANCELLED_KEPT)

    @property
    def timeline_ms(self) -> float:
        """Milliseconds of bot speech the output transport has written so far."""
        return self._timeline_ms

    @property
    def misplaced(self) -> bool:
        """Whether the tracker found itself before the output transport (it then reports nothing)."""
        return self._misplaced

    @property
    def held_text(self) -> int:
        """How many frames the tracker holds until the caller hears the text before them."""
        return len(self._text_queue)

    async def process_frame(self, frame: Frame, direction: FrameDirection) -> None:
        await super().process_frame(frame, direction)
        if direction == FrameDirection.DOWNSTREAM and isinstance(frame, HeardTextSourceFrame):
            self._source = frame.source
            return  # addressed to this tracker
        if isinstance(frame, BotStartedSpeakingFrame):
            await self._locate(direction)
            if direction == FrameDirection.DOWNSTREAM and await self._hold_text(frame):
                return  # the bot starting again, behind the stop it held
        elif direction == FrameDirection.DOWNSTREAM:
            if isinstance(frame, PlayoutSegmentFrame):
                self._segment_starts[frame.segment_id] = self._timeline_ms
                if len(self._segment_starts) > _SEGMENTS_KEPT:
                    del self._segment_starts[next(iter(self._segment_starts))]
                await self._report(
                    PlayoutProgressFrame(timeline_ms=self._timeline_ms, segment_id=frame.segment_id)
                )
                return  # the marker's job ends here
            if is_bot_speech_audio(frame) and frame.audio:
                self._saw_bot_audio = True
                self._timeline_ms += duration_ms(
                    len(frame.audio), frame.sample_rate, num_channels=frame.num_channels
                )
                await self._report(PlayoutProgressFrame(timeline_ms=self._timeline_ms))
            if await self._cancelled_call(frame) or await self._hold_text(frame):
                return
        await self.push_frame(frame, direction)
        if direction == FrameDirection.DOWNSTREAM and self._text_queue:
            await self._release_heard()

    async def cleanup(self) -> None:
        await super().cleanup()
        if self._poll_task is not None:
            await self.cancel_task(self._poll_task)
            self._poll_task = None

    # -- a tool call cancelled before its start reached the context ----------------------

    async def _cancelled_call(self, frame: Frame) -> bool:
        """Whether ``frame`` (downstream) is the start of a tool call whose cancel already went
        on (dropped). The assistant aggregator settles a call as cancelled only if it saw the call
        start, and ignores a cancel for a call it does not know; the start
        (``FunctionCallInProgressFrame``, uninterruptible) waits in the output transport's queue
        behind the reply's audio and here behind its unheard words, while the cancel (a system
        frame) overtakes it: the call then stayed "IN_PROGRESS" in the context for the rest of the
        call (what a reconnect restores the model from). Dropped, the call never reaches the
        context, as the realtime service deletes a cancelled response's items from the server's.
        """
        if isinstance(frame, FunctionCallCancelFrame):
            self._cancelled_calls.append(frame.tool_call_id)
            async with self._text_lock:
                self._text_queue = deque(
                    (f, at) for f, at in self._text_queue if not self._cancelled_start(f)
                )
            return False
        if self._cancelled_start(frame):
            logger.debug(f"{self}: dropping the start of a tool call cancelled before it")
            return True
        return False

    def _cancelled_start(self, frame: Frame) -> bool:
        return (
            isinstance(frame, FunctionCallInProgressFrame)
            and frame.tool_call_id in self._cancelled_calls
        )

    # -- reply text: held until heard --------------------------------------------------

    def _is_reply_text(self, frame: Frame) -> bool:
        return (
            isinstance(frame, TextFrame)
            and not isinstance(frame, _NOT_REPLY_TEXT)
            and frame.append_to_context
            and bool(frame.text)
        )

    async def _hold_text(self, frame: Frame) -> bool:
        """Whether the tracker took ``frame`` (downstream): reply text it holds, a frame that
        waits behind held text, or an interruption, which it pushes itself between the held
        frames pipecat never drops."""
        if isinstance(frame, CancelFrame):
            async with self._text_lock:
                self._text_queue = deque()
            return False
        if isinstance(frame, InterruptionFrame):
            if self._text_queue:
                # what the caller heard up to the cut goes on first, ahead of it (it was held
                # only until the next frame or poll would have said so); up to where a TTS
                # reported the cut to the model, if one did, not to where the line has got
                # since (a loaded CI run: the context kept a word more than the model)
                await self._release_heard(cut_ms=frame.metadata.get(HEARD_AT_CUT))
            async with self._text_lock:
                held, self._text_queue = self._text_queue, deque()
            # what pipecat never drops at an interruption goes on: a system frame (the
            # output's BotStoppedSpeakingFrame) ahead of it, an uninterruptible one (a function
            # call's, a call-exit marker) behind it, as a processor's own queue keeps it (ahead,
            # a call-exit marker started waiting for a playout the cut then ended unfinished:
            # the call never hung up)
            for f, _ in held:
                if isinstance(f, SystemFrame):
                    await self.push_frame(f)
            await self.push_frame(frame)
            for f, _ in held:
                if not isinstance(f, SystemFrame) and not f.interruptible:
                    await self.push_frame(f)
            self._cut_id = frame.id
            return True
        if isinstance(frame, EndFrame | StopFrame):
            await self._release_heard(everything=True)
            return False
        if self._source is None or self._misplaced:
            return False
        if self._is_reply_text(frame) and frame.id < self._cut_id:
            # made before the latest interruption: the cut reply's word that pipecat's output
            # had in hand at the cut and delivers after it; never heard (the line was
            # cleared), dropped as the rest of the reply was (held, it would hold up all
            # behind it: the call-exit marker of a goodbye the caller cut)
            logger.debug(f"{self}: dropping a cut reply's word that came after the cut")
            return True
        if not self._text_queue:
            if not self._is_reply_text(frame):
                return False
        elif isinstance(frame, AudioRawFrame) or (
            isinstance(frame, SystemFrame) and not self._waits(frame)
        ):
            return False  # audio and system frames never wait (a recorder, the interruption)
        async with self._text_lock:
            self._text_queue.append((frame, self._timeline_ms))
            if len(self._text_queue) > _MAX_TEXT_HELD:  # a source that never says heard
                if not self._warned_held:
                    self._warned_held = True
                    logger.warning(
                        f"{self}: {_MAX_TEXT_HELD} frames wait for the caller to hear the "
                        "reply's text before them: letting the oldest go unheard"
                    )
                await self.push_frame(self._text_queue.popleft()[0])
        if self._poll_task is None:
            self._poll_task = self.create_task(self._poll_held_text(), f"{self}::held_text")
        await self._release_heard()
        return True

    def _waits(self, frame: SystemFrame) -> bool:
        """Whether a system frame waits behind held text: the output's
        ``BotStoppedSpeakingFrame``, and a ``BotStartedSpeakingFrame`` behind a held one (the
        output's audio ran dry and came back: the bot's start never goes on before its stop)."""
        if isinstance(frame, BotStoppedSpeakingFrame):
            return True
        return isinstance(frame, BotStartedSpeakingFrame) and any(
            isinstance(f, BotStoppedSpeakingFrame) for f, _ in self._text_queue
        )

    async def _poll_held_text(self) -> None:
        try:
            while self._text_queue:
                await asyncio.sleep(_POLL_S)
                await self._release_heard()
        finally:
            self._poll_task = None

    async def _release_heard(
        self, *, everything: bool = False, cut_ms: float | None = None
    ) -> None:
        """Push on, in order, the held frames up to the first text not heard yet (all of them
        with ``everything``; those before the output's ``BotStoppedSpeakingFrame`` once the
        caller heard all the audio written before it: the reply played out), dropping the text
        the source says can never be heard."""
        async with self._text_lock:
            everything = everything or self._source is None or self._misplaced
            played_out = -1 if everything else self._played_out(cut_ms)
            while self._text_queue:
                frame, _ = self._text_queue[0]
                if self._lost(frame):
                    # never heard: dropped, whatever lets the frames behind it go
                    self._text_queue.popleft()
                    played_out -= 1
                    logger.debug(f"{self}: dropping reply text whose audio never came")
                    continue
                if (
                    not everything
                    and played_out < 0
                    and self._is_reply_text(frame)
                    and not self._heard(0, cut_ms)
                ):
                    break
                self._text_queue.popleft()
                played_out -= 1
                await self.push_frame(frame)

    def _lost(self, frame: Frame) -> bool:
        """Whether ``frame`` is reply text its source says can never be heard (the session
        sending the reply was lost before the audio of these words came)."""
        if self._source is None or self._misplaced or not self._is_reply_text(frame):
            return False
        tag = frame.metadata.get(HEARD_AT)
        return tag is not None and self._source.text_lost(tag)

    def _heard_timeline_ms(self, cut_ms: float | None) -> float | None:
        """The source's heard position, no later than ``cut_ms`` when given, else no later than
        where the line was when the source passed on an interruption still on its way here."""
        assert self._source is not None
        heard = self._source.heard_timeline_ms()
        if cut_ms is None:
            cut_ms = self._cut_in_flight()
        return heard if cut_ms is None or heard is None else min(heard, cut_ms)

    def _cut_in_flight(self) -> float | None:
        """The heard position when the source passed on an ``InterruptionFrame`` that has not
        reached this tracker yet (None: none is on its way, or it has been longer than
        ``_CUT_IN_FLIGHT_MAX_S``). A TTS between reads the position at the cut and tells the
        model by it, then stops its synthesis before it pushes the frame on; the line plays on
        meanwhile (a loaded CI run: the context kept "lakh", the model "Your loan of four")."""
        assert self._source is not None
        cut = self._source.heard_at_interruption()
        if cut is None or cut[0] <= self._cut_id:
            return None
        now = time.monotonic()
        if self._in_flight is None or self._in_flight[0] != cut[0]:
            self._in_flight = (cut[0], now)
        elif now - self._in_flight[1] > _CUT_IN_FLIGHT_MAX_S:
            return None  # it never came: dropped on the way
        return cut[1]

    def _played_out(self, cut_ms: float | None = None) -> int:
        """The index of the last held ``BotStoppedSpeakingFrame`` whose audio the caller heard
        all of (-1: none)."""
        stops = [
            i for i, (f, _) in enumerate(self._text_queue) if isinstance(f, BotStoppedSpeakingFrame)
        ]
        if not stops:
            return -1
        heard = self._heard_timeline_ms(cut_ms)
        for i in reversed(stops):
            if heard is None or heard >= self._text_queue[i][1] - 0.5:
                return i
        return -1

    def _heard(self, index: int, cut_ms: float | None = None) -> bool:
        """Whether the caller heard the held text frame at ``index`` (by ``cut_ms`` at most)."""
        assert self._source is not None
        frame, at = self._text_queue[index]
        tag = frame.metadata.get(HEARD_AT)
        if tag is not None:
            return self._source.text_heard(tag)
        heard = self._heard_timeline_ms(cut_ms)
        if heard is None:
            return True  # the source cannot tell: nothing to hold it to
        # a word counts once half of it played (the rule the model's copy is cut by): where a
        # TTS placed it in its reply's audio, when it did; else it starts where it came out of
        # the transport and ends where the next word (or the reply's audio) came out, and
        # until that is known it is not heard
        place: WordAudioSpan | None = frame.metadata.get(WORD_AUDIO_SPAN)
        if place is not None:
            span = place()
            if span is None:
                return False  # its end is not known yet
            segment, begins, word_ends = span
            start = self._segment_starts.get(segment)
            if start is not None:
                word = WordTiming("", begins, word_ends - begins)  # the rule reads only its timing
                return word_heard(word, heard - start)
        ends = (
            end
            for f, end in list(self._text_queue)[index + 1 :]
            if self._is_reply_text(f) or isinstance(f, _REPLY_ENDS)
        )
        nxt = next(ends, None)
        if nxt is None:
            return False
        return heard >= at + min((nxt - at) / 2, _HALF_WORD_MAX_MS)

    async def _locate(self, direction: FrameDirection) -> None:
        """Learn the tracker's place from the output transport's ``BotStartedSpeakingFrame``."""
        if self._after_output or self._misplaced:
            return
        if direction == FrameDirection.DOWNSTREAM:
            self._after_output = True
            held, self._held = self._held, []
            for report in held:
                await self.push_frame(report, FrameDirection.UPSTREAM)
        elif self._saw_bot_audio:
            # an output transport downstream of this tracker wrote the audio it saw go by
            self._misplaced = True
            self._held = []
            await self._release_heard(everything=True)  # held text waits for nothing now
            logger.warning(
                f"{self} is before the output transport: it sees the bot's audio as fast as "
                "the model sends it, not as the caller hears it, so it reports nothing and "
                "truncation falls back to the wall clock. Place it right after "
                "transport.output(): [..., llm, transport.output(), PlayoutTracker(), ...]"
            )

    async def _report(self, report: PlayoutProgressFrame) -> None:
        if self._after_output:
            await self.push_frame(report, FrameDirection.UPSTREAM)
        elif not self._misplaced:
            if self._held and self._held[-1].segment_id is None and report.segment_id is None:
                self._held[-1] = report  # a later timeline supersedes an earlier one
            elif len(self._held) < _MAX_HELD:
                self._held.append(report)
