"""The playout clock: which part of the bot's audio the caller has heard (pure logic).

Three positions are tracked for the bot's audio, all in milliseconds:

* **received** — per assistant item, the audio the realtime service got from the
  server (counted in the model's own format: 48 bytes/ms PCM 24 kHz, 8 bytes/ms G.711);
* **handed** — the output timeline position the output transport has written up to
  (see :mod:`pipecat_rt_best.interruption_truncation.frames` for the timeline);
* **confirmed** — the output timeline position the far end confirmed it has played.

Audio items are laid on the output timeline as *segments*: the service opens one when
an item's first audio arrives and the transport reports where the segment's marker
came out of its queue. A segment starts at ``max(marker, end of the previous
segment)``: the transport cuts audio into fixed-size chunks, so the tail of the
previous item (less than a chunk) can still follow the marker.

The heard position on the timeline comes from the best source available:

``confirmed``
    last confirmation, optionally extrapolated in real time while the far end keeps
    playing contiguous audio (off by default; up to ``max_extrapolation_ms``, capped at the
    end of the contiguous audio and what had been written *on pace* when it confirmed: a
    write reported more than half a chunk later than the one before it may have found the
    far end dry, and a far end that ran dry re-buffers), and a *lag model*: the largest
    delay between a chunk being written and its confirmation arriving seen in the last
    ``lag_window_s``, applied to the written-position history (this covers the start of
    a new reply, where the last confirmation lies before a gap; the largest lag, because
    a far end that had to re-fill its jitter buffer is slower than one that was still
    playing). The larger of the two is used; neither can pass the audio written. Before
    any echo came, a lag of :data:`NO_ECHO_S` stands in once audio was written that long
    ago (a line that never echoes its marks would otherwise have the caller hear nothing
    all call long; :attr:`PlayoutClock.echoes_missing` then says so).
``handed``
    what the output transport has written, each chunk playing during the chunk's
    duration after it was reported (pipecat's websocket transports write a chunk, then
    sleep for its duration), ``playout_delay_ms`` later still: a transport that plays as
    it writes needs 0; a far end that buffers (telephony without confirmations) needs
    its largest buffering delay, or the estimate runs ahead of what was heard.
``wallclock``
    no tracker in the pipeline: real time since the transport reported the bot started
    speaking, minus ``playout_delay_ms`` and ``wallclock_margin_ms`` (one output chunk,
    which may still be playing from the previous run), laid over the segments back to
    back.

Nothing here knows about asyncio or pipecat; time is passed in (seconds, monotonic).
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

__all__ = [
    "ItemDecision",
    "PlayoutClock",
    "Segment",
    "TruncationEvent",
    "TruncationMethod",
    "TruncationPlan",
]

TruncationMethod = Literal["confirmed", "handed", "wallclock", "text-replace", "late"]
TruncationAction = Literal["truncate", "delete", "keep", "replace"]

_EPS_MS = 0.5
_HISTORY = 4096
NO_ECHO_S = 2.0
"""Confirmed mode, before any echo: audio written this long ago counts as played (the bound
on a line's confirmation, as ``call_pipeline.exit_turn.PLAYOUT_CONFIRM_MAX_S``)."""


@dataclass(frozen=True)
class TruncationEvent:
    """One decision about one assistant item after an interruption.

    ``heard_ms`` is the playout clock's estimate of what the caller heard of the item,
    ``received_ms`` how much audio of it the service had received, ``audio_end_ms`` what
    the model was told (the ``conversation.item.truncate`` value; for a ``text-replace``
    replace, the heard position its words were cut at; 0 for a delete).
    ``method`` says where the heard position came from: ``confirmed`` (transport
    playout confirmations), ``handed`` (audio the output transport had written, paced
    in real time), ``wallclock`` (time since the bot started speaking; no tracker in the
    pipeline), ``text-replace`` (text modality, from TTS word timings), ``late`` (audio
    of an interrupted response that arrived afterwards and was never played).
    """

    item_id: str
    action: TruncationAction
    method: TruncationMethod
    heard_ms: float
    received_ms: float
    audio_end_ms: int
    response_id: str = ""
    content_index: int = 0
    heard_text: str | None = None


@dataclass
class Segment:
    """A run of one assistant item's audio, as pushed to the output transport."""

    segment_id: str
    item_id: str
    content_index: int
    response_id: str
    bytes_per_ms: float
    item_offset_ms: float = 0.0
    received_bytes: int = 0
    audio_done: bool = False
    marker_ms: float | None = None
    start_ms: float | None = None  # resolved position on the output timeline
    wall_played_ms: float = 0.0  # wallclock mode: played before the transport last ran dry

    @property
    def received_ms(self) -> float:
        return self.received_bytes / self.bytes_per_ms

    @property
    def end_ms(self) -> float | None:
        return None if self.start_ms is None else self.start_ms + self.received_ms


@dataclass(frozen=True)
class ItemDecision:
    """What to tell the server about one assistant item."""

    item_id: str
    content_index: int
    response_id: str
    action: TruncationAction  # truncate | delete | keep
    heard_ms: float
    received_ms: float
    audio_end_ms: int


@dataclass(frozen=True)
class TruncationPlan:
    """Decisions for every assistant item still in play, at one instant."""

    method: TruncationMethod
    heard_timeline_ms: float | None
    decisions: list[ItemDecision] = field(default_factory=list)

    @property
    def actionable(self) -> list[ItemDecision]:
        return [d for d in self.decisions if d.action != "keep"]


class PlayoutClock:
    """Tracks received / handed / confirmed audio and turns it into truncation decisions."""

    def __init__(
        self,
        *,
        playout_delay_ms: float = 0.0,
        max_extrapolation_ms: float = 0.0,
        wallclock_margin_ms: float = 40.0,
        lag_window_s: float = 60.0,
        max_segments: int = 256,
    ) -> None:
        if min(playout_delay_ms, max_extrapolation_ms, wallclock_margin_ms) < 0:
            raise ValueError(
                "playout_delay_ms, max_extrapolation_ms, wallclock_margin_ms must be >= 0"
            )
        self.playout_delay_ms = playout_delay_ms
        self.wallclock_margin_ms = wallclock_margin_ms
        self.max_extrapolation_ms = max_extrapolation_ms
        self._max_segments = max_segments
        self._segments: list[Segment] = []
        self._by_id: dict[str, Segment] = {}
        self._unvoiced: dict[str, str] = {}  # assistant items announced, no audio yet -> response
        self._done_responses: deque[str] = deque(maxlen=64)
        self._counter = 0
        self._pruned_end_ms: float | None = None
        # transport side
        self.tracker_seen = False
        self.handed_ms = 0.0
        self._hist_t: list[float] = []  # when each written position was reported
        self._hist_pos: list[float] = []  # the written position (strictly increasing)
        self._confirmed_ms: float | None = None
        self._confirmed_at: float | None = None
        self._confirmed_cap = 0.0  # written on pace past the last confirmation when it arrived
        # the furthest heard_timeline_ms has said, and by which method
        self._heard_high: tuple[TruncationMethod, float] | None = None
        # confirmed mode: written audio went unconfirmed for NO_ECHO_S and no echo ever came
        self.echoes_missing = False
        self._last_chunk_ms = 0.0
        self._stop_marks: deque[str] = deque()  # wallclock: last segment before each TTS stop
        self._last_stop_mark: str | None = None
        # sliding-window maximum of the measured lags: (time, lag), lags decreasing
        self._lag_window_s = lag_window_s
        self._lags: deque[tuple[float, float]] = deque()
        # wallclock mode: when the current run started (running) or the last one stopped
        self._wall_t: float | None = None
        self._wall_running = False
        self._wall_shift_ms = 0.0  # where the run's first segment starts, past what it played

    # -- service side ------------------------------------------------------------------

    @property
    def segments(self) -> list[Segment]:
        return list(self._segments)

    def on_item_added(self, item_id: str, response_id: str) -> None:
        """An assistant message item was announced; it has no audio here yet."""
        if item_id not in self._by_item_ids():
            self._unvoiced[item_id] = response_id

    def on_audio(
        self,
        item_id: str,
        content_index: int,
        nbytes: int,
        bytes_per_ms: float,
        response_id: str = "",
    ) -> tuple[Segment, bool]:
        """Audio of ``item_id`` arrived; returns its segment and whether it is a new one."""
        if bytes_per_ms <= 0:
            raise ValueError("bytes_per_ms must be > 0")
        self._unvoiced.pop(item_id, None)
        last = self._segments[-1] if self._segments else None
        if (
            last is not None
            and last.item_id == item_id
            and last.content_index == content_index
            and last.bytes_per_ms == bytes_per_ms
        ):
            last.received_bytes += nbytes
            return last, False
        if last is not None and last.response_id == response_id:
            last.audio_done = True  # a response's items come one after the other
        offset = sum(
            s.received_ms
            for s in self._segments
            if s.item_id == item_id and s.content_index == content_index
        )
        self._counter += 1
        seg = Segment(
            segment_id=f"seg-{self._counter}",
            item_id=item_id,
            content_index=content_index,
            response_id=response_id,
            bytes_per_ms=bytes_per_ms,
            item_offset_ms=offset,
            received_bytes=nbytes,
            audio_done=response_id in self._done_responses,
        )
        self._segments.append(seg)
        self._by_id[seg.segment_id] = seg
        if len(self._segments) > self._max_segments:
            self._drop(self._segments[0])
        return seg, True

    def on_response_done(self, response_id: str) -> None:
        """The server finished the response: its items' audio is all received."""
        self._done_responses.append(response_id)
        for seg in self._segments:
            if seg.response_id == response_id:
                seg.audio_done = True
        for item_id, rid in list(self._unvoiced.items()):
            if rid == response_id:
                del self._unvoiced[item_id]

    def reset(self, keep: Mapping[str, str] | None = None) -> None:
        """Forget every item in play (after an interruption was handled).

        ``keep`` (old item id -> new item id): items whose audio still plays out under another
        id — a reply a reconnect carried to a new session
        (:mod:`~pipecat_rt_best.interruption_truncation.carry_over`): their segments stay on
        the timeline, renamed, their audio complete (the lost session sends no more), and so
        does what places them (the wall clock's run, the TTS stops, the pruned end)."""
        kept = [seg for seg in self._segments if keep and seg.item_id in keep]
        if kept:
            # the kept audio stays where it was on the timeline: what went before it counts
            # as pruned (tracker), or shifts the back-to-back run (wall clock)
            self._resolve_starts()
            before = self._segments[: self._segments.index(kept[0])]
            ends = [seg.end_ms for seg in before if seg.end_ms is not None]
            if ends:
                self._pruned_end_ms = ends[-1]
            self._wall_shift_ms += sum(seg.received_ms - seg.wall_played_ms for seg in before)
        self._segments.clear()
        self._by_id.clear()
        self._unvoiced.clear()
        for seg in kept:
            assert keep is not None
            seg.item_id = keep[seg.item_id]
            seg.audio_done = True
            self._segments.append(seg)
            self._by_id[seg.segment_id] = seg
        if kept:
            return
        self._wall_shift_ms = 0.0
        self._pruned_end_ms = None
        self._wall_t = None
        self._wall_running = False
        self._stop_marks.clear()

    # -- transport side ------------------------------------------------------------------

    def on_segment_marker(self, segment_id: str, timeline_ms: float, now: float) -> None:
        """The segment's marker came out of the output transport at ``timeline_ms``."""
        self.on_handed(timeline_ms, now)
        seg = self._by_id.get(segment_id)
        if seg is not None and seg.marker_ms is None:
            seg.marker_ms = timeline_ms

    def on_handed(self, timeline_ms: float, now: float) -> None:
        """The output transport has written audio up to ``timeline_ms``."""
        self.tracker_seen = True
        if timeline_ms > self.handed_ms:
            self._last_chunk_ms = timeline_ms - self.handed_ms
            self.handed_ms = timeline_ms
            self._hist_t.append(now)
            self._hist_pos.append(timeline_ms)
            if len(self._hist_t) > _HISTORY:
                del self._hist_t[: _HISTORY // 2]
                del self._hist_pos[: _HISTORY // 2]
        self._prune(now)

    def on_confirmed(self, played_ms: float, now: float) -> None:
        """The far end confirmed playing up to ``played_ms`` (output timeline)."""
        if self._confirmed_ms is not None and played_ms <= self._confirmed_ms:
            return  # stale, reordered or repeated: the first report of a position counts
        written_at = self._written_at(played_ms)
        if written_at is not None:
            lag = max(0.0, now - written_at)
            while self._lags and self._lags[-1][1] <= lag:
                self._lags.pop()
            self._lags.append((now, lag))
        self._confirmed_ms = played_ms
        self._confirmed_at = now
        # the cap bounds only the extrapolation: with none (the default), skip the scan
        extrapolating = self.max_extrapolation_ms > 0
        self._confirmed_cap = self._written_on_pace(played_ms) if extrapolating else played_ms
        self._prune(now)

    def on_bot_started(self, now: float) -> None:
        """The output transport started writing a run of bot audio."""
        if not self._wall_running:
            self._wall_running = True
            self._wall_t = now

    def on_tts_stopped(self) -> None:
        """The service pushed a ``TTSStoppedFrame``: the transport stops after the audio so far."""
        if self._segments and self._segments[-1].segment_id != self._last_stop_mark:
            self._last_stop_mark = self._segments[-1].segment_id
            self._stop_marks.append(self._last_stop_mark)

    def on_bot_stopped(self, now: float) -> None:
        """The output transport ran out of audio: what it was given before it stopped is written."""
        self._wall_running = False
        self._wall_t = now
        if self.tracker_seen:
            self._stop_marks.clear()
            self._prune(now)
            return
        # wallclock mode: the transport stops after a TTS stop (the audio before it is
        # written; audio pushed after it starts the next run) or when it runs dry (all)
        played = list(self._segments)
        while self._stop_marks:
            mark = self._stop_marks.popleft()
            ids = [s.segment_id for s in self._segments]
            if mark in ids:
                played = self._segments[: ids.index(mark) + 1]
                break
        for seg in played:
            seg.wall_played_ms = seg.received_ms
        if played:
            self._wall_shift_ms = 0.0  # what went before the first segment played too
        self._prune(now)

    # -- queries -------------------------------------------------------------------------

    @property
    def method(self) -> TruncationMethod:
        if self._confirmed_at is not None:
            return "confirmed"
        if self.tracker_seen:
            return "handed"
        return "wallclock"

    @property
    def confirmed_ms(self) -> float | None:
        return self._confirmed_ms

    def heard_position(self, now: float) -> tuple[float | None, TruncationMethod]:
        """The heard position on the timeline (run-relative in wallclock mode)."""
        self._resolve_starts()
        method = self.method
        if method == "wallclock":
            # position 0 is the end of the audio written in earlier runs; the last chunk
            # written may still be playing (one chunk ahead), hence the margin
            if self._wall_t is None:
                return None, method
            elapsed = (now - self._wall_t) * 1000.0
            heard = elapsed - self.wallclock_margin_ms - self.playout_delay_ms
            return (heard if self._wall_running else min(0.0, heard)), method
        if method == "handed":
            # pipecat's websocket transports write a chunk, then sleep for its duration
            # before reporting it: a chunk reported at t plays during [t, t + chunk]
            # and a far end that buffers plays it playout_delay_ms later still
            shift = (self._last_chunk_ms + self.playout_delay_ms) / 1000.0
            return self._position_at(now - shift), method
        assert self._confirmed_ms is not None and self._confirmed_at is not None
        conf = self._confirmed_ms
        elapsed = max(0.0, (now - self._confirmed_at) * 1000.0)
        extrapolated = conf + min(elapsed, self.max_extrapolation_ms)
        # the far end cannot play on past what had been written when it confirmed: if it
        # had caught up, it waits for (and re-buffers) what comes next
        extrapolated = min(extrapolated, self._confirmed_cap)
        block_end = self._contiguous_end(conf)
        extrapolated = min(extrapolated, conf if block_end is None else max(conf, block_end))
        heard = extrapolated
        while len(self._lags) > 1 and self._lags[0][0] < now - self._lag_window_s:
            self._lags.popleft()
        if self._lags:
            lag = self._lags[0][1]
            heard = max(heard, self._position_at(now - lag))
        elif self._hist_t and self._hist_t[0] <= now - NO_ECHO_S:
            # no echo has confirmed a chunk yet, though audio was written NO_ECHO_S ago: a
            # line that never echoes its marks (a gateway dropping them) must not leave every
            # reply unheard; what was written that long ago has played on any far end
            self.echoes_missing = True
            heard = max(heard, self._position_at(now - NO_ECHO_S))
        if self.tracker_seen:
            heard = min(heard, self.handed_ms)
        return heard, method

    def heard_timeline_ms(self, now: float) -> float | None:
        """The heard position on the output timeline (:meth:`heard_position`), or None
        without a ``PlayoutTracker`` (wallclock positions are run-relative, on no timeline).

        For whatever else lays its audio on the same timeline: a TTS speaking the model's
        text reads the line's playout through this (confirmations included) rather than
        what the transport merely wrote.

        By one method it never goes back, though the estimate may (a confirmation with a
        longer lag than those before it): a ``PlayoutTracker`` lets a TTS's words into the
        context by it as they are heard, which it cannot undo, and the TTS tells the model of
        a cut by it; read as is, the model was told less than the context kept. The output
        timeline only grows, a clear included, so the furthest position said stays a
        position on it. The line's first confirmation, which ends the estimate from the
        writes alone (a far end that buffers is behind it), starts afresh.
        """
        heard, method = self.heard_position(now)
        if method == "wallclock" or heard is None:
            return None
        if self._heard_high is not None and self._heard_high[0] == method:
            heard = max(heard, self._heard_high[1])
        self._heard_high = (method, heard)
        return heard

    def plan(self, now: float) -> TruncationPlan:
        """What the model should be told about each item in play, if interrupted now."""
        heard, method = self.heard_position(now)
        return TruncationPlan(method=method, heard_timeline_ms=heard, decisions=self._decide(heard))

    def item_decision(self, item_id: str, now: float) -> ItemDecision | None:
        """:meth:`plan`'s decision on ``item_id`` alone, without a plan (None: not in play —
        played out and let go, or never on the clock)."""
        heard, _ = self.heard_position(now)
        return next((d for d in self._decide(heard) if d.item_id == item_id), None)

    def _decide(self, heard: float | None) -> list[ItemDecision]:
        """The decision on each item in play when the caller has heard up to ``heard``."""
        order: list[str] = []
        acc: dict[str, list[float]] = {}  # item -> [heard, received]
        meta: dict[str, Segment] = {}
        done: dict[str, bool] = {}
        for seg in self._segments:
            start = seg.start_ms
            if heard is None or start is None:
                seg_heard = 0.0
            else:
                seg_heard = min(max(heard - start, 0.0), seg.received_ms)
            if seg.item_id not in acc:
                order.append(seg.item_id)
                acc[seg.item_id] = [0.0, 0.0]
                meta[seg.item_id] = seg
                done[seg.item_id] = True
            acc[seg.item_id][0] += seg_heard
            acc[seg.item_id][1] += seg.received_ms
            done[seg.item_id] = done[seg.item_id] and seg.audio_done
        decisions = []
        for item_id in order:
            item_heard, received = acc[item_id]
            seg = meta[item_id]
            end = min(math.floor(item_heard + 1e-6), math.floor(received + 1e-6))
            if end <= 0:
                action: TruncationAction = "delete"
                end = 0
            elif done[item_id] and item_heard >= received - 1e-6:
                action = "keep"
            else:
                action = "truncate"
            decisions.append(
                ItemDecision(
                    item_id, seg.content_index, seg.response_id, action, item_heard, received, end
                )
            )
        for item_id, response_id in self._unvoiced.items():
            decisions.append(ItemDecision(item_id, 0, response_id, "delete", 0.0, 0.0, 0))
        return decisions

    # -- internals -------------------------------------------------------------------------

    def _by_item_ids(self) -> set[str]:
        return {s.item_id for s in self._segments}

    def _drop(self, seg: Segment) -> None:
        self._segments.remove(seg)
        self._by_id.pop(seg.segment_id, None)
        if seg.end_ms is not None:
            self._pruned_end_ms = seg.end_ms

    def _resolve_starts(self) -> None:
        if not self.tracker_seen:
            # wallclock: back to back, what earlier runs wrote ending at 0
            pos = self._wall_shift_ms - sum(seg.wall_played_ms for seg in self._segments)
            for seg in self._segments:
                seg.start_ms = pos
                pos += seg.received_ms
            return
        prev_end = self._pruned_end_ms
        for seg in self._segments:
            if seg.marker_ms is None:
                seg.start_ms = None
                prev_end = None
                continue
            seg.start_ms = seg.marker_ms if prev_end is None else max(seg.marker_ms, prev_end)
            prev_end = seg.start_ms + seg.received_ms

    def _contiguous_end(self, position: float) -> float | None:
        """End of the back-to-back run of segments holding ``position`` (None: in no segment)."""
        end: float | None = None
        for seg in self._segments:
            if seg.start_ms is None:
                break
            seg_end = seg.start_ms + seg.received_ms
            if end is None:
                if seg.start_ms - _EPS_MS <= position <= seg_end + _EPS_MS:
                    end = seg_end
            elif abs(seg.start_ms - end) <= _EPS_MS:
                end = seg_end
            else:
                break
        return end

    def _written_at(self, timeline_ms: float) -> float | None:
        """When the transport reported writing up to ``timeline_ms`` (first report at/after it)."""
        i = bisect_left(self._hist_pos, timeline_ms - _EPS_MS)
        return self._hist_t[i] if i < len(self._hist_t) else None

    def _written_on_pace(self, position: float) -> float:
        """The written position past ``position`` up to the first write reported more than
        half a chunk later than its duration after the write before it (a stall that may
        have let the far end run dry)."""
        i = bisect_right(self._hist_pos, position + _EPS_MS)
        end = position
        for j in range(i, len(self._hist_pos)):
            if j > 0:
                chunk_ms = self._hist_pos[j] - self._hist_pos[j - 1]
                if (self._hist_t[j] - self._hist_t[j - 1]) * 1000.0 > 1.5 * chunk_ms:
                    break
            end = self._hist_pos[j]
        return max(end, position)

    def _position_at(self, t: float) -> float:
        """The timeline position at time ``t`` if each reported chunk took, in real time,
        the chunk's duration up to its report time."""
        i = bisect_right(self._hist_t, t)
        before = self._hist_pos[i - 1] if i else 0.0
        if i == len(self._hist_t):
            return before
        chunk_ms = self._hist_pos[i] - before
        started = self._hist_t[i] - chunk_ms / 1000.0
        return before + min(chunk_ms, max(0.0, (t - started) * 1000.0))

    def _prune(self, now: float) -> None:
        """Forget leading items that are complete and fully heard."""
        if not self._segments or not self._segments[0].audio_done:
            return
        first = self._segments[0]
        if self.tracker_seen and (
            first.marker_ms is None or first.marker_ms + first.received_ms > self.handed_ms
        ):
            return  # not even written yet (cheap check before the full estimate)
        heard, _ = self.heard_position(now)
        if heard is None:
            return
        while self._segments:
            seg = self._segments[0]
            end = seg.end_ms
            if not seg.audio_done or end is None or end > heard + 1e-6:
                break
            self._drop(seg)
