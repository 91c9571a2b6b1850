"""bench/load soak: one phone call of 60 simulated minutes, compressed, across session recycles.

Everything runs in this process on one event loop whose clock *fast-forwards*: when no
socket has data, no callback is ready and no worker thread (the VAD's) is busy, the clock
jumps to the next timer instead of sleeping (:class:`WarpLoop`; ``time.monotonic`` /
``time.time`` / ``time.perf_counter`` follow it). Nothing is modelled: the whole path runs —

* a simulated Twilio caller (``MediaStreamSimulator``: 20 ms media, a 100 ms jitter
  buffer that echoes marks as it plays and empties on ``clear``), over a real WebSocket to
* the telephony server (``production_telephony_app`` + ``g711_pipeline_factory``: the
  pack's VAD deciding manual turns, the realtime service with interruption truncation,
  playout marks), whose realtime service starts on a pooled session and moves to a fresh
  one every ``--rotate-after`` simulated seconds at a quiet moment (``ReconnectParams(
  rotate_after_s=...)``), over real WebSockets to
* the realtime emulator (replies of ~9 s, each a unique text so its audio is unique).

The caller's script repeats every 30 s: a 1.5 s question; 1–6 s into the bot's answer
it barges in (1.5 s of speech); the bot answers that in full. So a barge-in every 30 s,
after the bot's greeting (a full reply) in the first 12 s.

Measured: **memory** — the Python heap allocated by everything *but* the harness
(tracemalloc, traces with a frame in ``pipecat_rt_best/testing`` or this bench left out)
and the process RSS (harness included: the emulator and the caller keep every byte), each
simulated minute; growth from a reference minute to the end: minute 5, or for a run
shorter than 25 minutes its first fifth (at least minute 1) — see ``reference_minute``. **Truncation drift** per barge-in =
``|audio_end_ms`` the service sent − what the caller's jitter buffer actually played of
that item``, the played bytes matched against the item's known audio (exact to 1/8 ms);
before and after each session recycle. **Sessions used** by the call.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import gc
import json
import os
import random
import selectors
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from concurrent.futures import Executor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from bench import provenance

HERE = Path(__file__).resolve().parent
KEY = "soak-key"
CYCLE_S = 30.0
GREETING_S = 12.0
QUESTION_S = 1.5
BARGE_S = 1.5
RATE = 8000
FRAME_S = 0.02
_WORDS = tuple(
    [
        "your",
        "loan",
        "of",
        "four",
        "lakh",
        "fifty",
        "thousand",
        "rupees",
        "was",
        "approved",
        "yesterday",
        "and",
        "the",
        "money",
        "reaches",
        "your",
        "account",
        "within",
        "two",
        "working",
        "days",
        "the",
        "first",
        "instalment",
        "is",
        "due",
        "on",
        "the",
        "fifth",
        "of",
        "next",
        "month",
        "please",
        "keep",
        "your",
        "account",
        "number",
        "ready",
    ]
)


# -- a fast-forwarding event loop ---------------------------------------------------------------


class Warp:
    """The clock offset the patched ``time`` functions add, and busy worker threads."""

    def __init__(self) -> None:
        self.offset = 0.0
        self.busy = 0
        self._saved: dict[str, Callable[[], Any]] = {}

    def install(self) -> None:
        names = ("monotonic", "time", "perf_counter")
        self._saved = {n: getattr(time, n) for n in names}
        mono, wall, perf = (self._saved[n] for n in names)
        time.monotonic = lambda: mono() + self.offset
        time.time = lambda: wall() + self.offset
        time.perf_counter = lambda: perf() + self.offset

    def uninstall(self) -> None:
        for name, fn in self._saved.items():
            setattr(time, name, fn)
        self._saved = {}


class _WarpSelector(selectors.EpollSelector):
    def __init__(self, warp: Warp) -> None:
        super().__init__()
        self._warp = warp

    def select(self, timeout: float | None = None) -> list[tuple[selectors.SelectorKey, int]]:
        ready = super().select(0)
        if ready or timeout == 0:
            return ready
        if self._warp.busy or timeout is None:
            return super().select(timeout)  # a worker thread will wake the loop: wait for it
        self._warp.offset += timeout  # nothing can happen before the next timer: jump to it
        return []


class WarpLoop(asyncio.SelectorEventLoop):
    """An event loop whose idle waits take no real time (see the module docstring).

    Work handed to threads (``run_in_executor``, the VAD's model) is waited for in real
    time: the clock does not jump while any is in flight."""

    def __init__(self, warp: Warp) -> None:
        super().__init__(selector=_WarpSelector(warp))
        self.warp = warp

    def run_in_executor(  # type: ignore[override]
        self, executor: Executor | None, func: Callable[..., Any], *args: Any
    ) -> asyncio.Future[Any]:
        future = super().run_in_executor(executor, func, *args)
        self.warp.busy += 1

        def done(_: asyncio.Future[Any]) -> None:
            self.warp.busy -= 1

        future.add_done_callback(done)  # runs on the loop, after the result is delivered
        return future


# -- the caller's script ------------------------------------------------------------------------


@dataclass(frozen=True)
class Script:
    """When the caller speaks (seconds from the call's start): (start, length, is barge-in)."""

    turns: tuple[tuple[float, float, bool], ...]
    seconds: float


def caller_script(minutes: float, seed: int, answer_s: float) -> Script:
    """A question at the start of every 30 s cycle; a barge-in 1–6 s into the bot's answer
    (which starts ~1 s after the question ends: the VAD's stop time, then the reply)."""
    rng = random.Random(seed)
    turns: list[tuple[float, float, bool]] = []
    t = GREETING_S  # the bot greets first (a full reply): the first question comes after it
    end = minutes * 60.0
    while t + CYCLE_S - GREETING_S <= end + 1e-9:
        turns.append((t, QUESTION_S, False))
        barge = t + QUESTION_S + 1.0 + rng.uniform(1.0, min(6.0, answer_s - 1.5))
        turns.append((barge, BARGE_S, True))
        t += CYCLE_S
    return Script(tuple(turns), end)


def caller_line_audio(script: Script) -> bytes:
    """The caller's line (μ-law): silence with the script's speech in it."""
    # lazy-import-free bench module: the harness pieces are imported where used
    from pipecat_rt_best.base import g711
    from pipecat_rt_best.testing.simulated_call.caller_audio import synth_utterance

    pcm = np.zeros(int(script.seconds * RATE), dtype=np.int16)
    for i, (start, length, _) in enumerate(script.turns):
        speech = synth_utterance(length, RATE, seed=i % 32)
        a = int(start * RATE)
        b = min(len(pcm), a + len(speech))
        pcm[a:b] = speech[: b - a]
    return g711.encode(pcm, "ulaw")


# -- ground truth -------------------------------------------------------------------------------


def heard_stream(
    played: bytes, frames: Sequence[tuple[float, int]], clears: Sequence[float]
) -> tuple[bytes, dict[int, float]]:
    """What the caller heard: every frame that started playing, the frame playing at a
    ``clear`` cut where the clear came (1 byte = 1/8 ms at 8 kHz G.711); and where in that
    stream each cut fell (byte offset → the clear's time)."""
    out = bytearray()
    cuts: dict[int, float] = {}
    pos = 0
    ci = 0
    for start, nbytes in frames:
        end = start + nbytes / RATE
        while ci < len(clears) and clears[ci] <= start:
            ci += 1
        keep = nbytes
        if ci < len(clears) and clears[ci] < end:
            keep = max(0, min(nbytes, round((clears[ci] - start) * RATE)))
            cuts[len(out) + keep] = clears[ci]
        out += played[pos : pos + keep]
        pos += nbytes
    return bytes(out), cuts


_SILENT = (0xFF, 0x7F)  # μ-law zero (either sign)


def _silent_lead(data: bytes, limit: int) -> int:
    n = 0
    while n < min(limit, len(data)) and data[n] in _SILENT:
        n += 1
    return n


KEY_BYTES = 64  # 8 ms: a reply's first sound after its fade-in identifies it


def _find_reply(stream: bytes, audio: bytes, pos: int) -> tuple[int, int] | None:
    """Where ``audio`` starts in ``stream`` at or after ``pos``, found by its first 8 ms of
    sound (each reply's first word is unique), and how many bytes of it match there:
    (start, heard bytes), or None when it is not there."""
    lead = _silent_lead(audio, 4096)
    key = audio[lead : lead + KEY_BYTES]
    q = stream.find(key, pos) if key else -1
    if q < 0:
        return None
    n = min(len(audio) - lead, len(stream) - q)
    a = np.frombuffer(audio[lead : lead + n], dtype=np.uint8)
    b = np.frombuffer(stream[q : q + n], dtype=np.uint8)
    diff = np.flatnonzero(a != b)
    match = int(diff[0]) if diff.size else n
    return q - lead, lead + match


def heard_per_reply(stream: bytes, replies: Sequence[bytes]) -> list[int]:
    """Bytes heard of each reply, in order: the reply found after the previous one (padding
    or anything else between them skipped), matched byte for byte from its start; 0 for a
    reply never heard (or heard for less than its fade-in + 8 ms)."""
    heard: list[int] = []
    pos = 0
    for audio in replies:
        found = _find_reply(stream, audio, pos)
        if found is None:
            heard.append(0)
            continue
        start, match = found
        heard.append(match)
        pos = start + match
    return heard


class HeardTracker:
    """The caller's heard stream, attributed to the bot's replies as the call goes on, so the
    played bytes need not be kept: :meth:`feed` takes the frames the jitter buffer finished
    playing (and drops them from it), :meth:`settle` decides each reply whose end has been
    heard. ``heard[i]`` = bytes of reply ``i`` the caller heard; ``cut_at[i]`` = when a
    ``clear`` cut it (None: it played to its end, or never)."""

    def __init__(self, reply_audio: Callable[[int], bytes], pad_bytes: int = 160) -> None:
        self.reply_audio = reply_audio
        self.pad_bytes = pad_bytes
        self.tail = bytearray()  # heard, not yet attributed (starts where the next reply may)
        self.tail_at = 0  # the tail's offset in the whole heard stream
        self.cuts: dict[int, float] = {}
        self.heard: list[int] = []
        self.cut_at: list[float | None] = []
        self._clear_index = 0

    def feed(self, jitter: Any, now: float, *, final: bool = False, margin_s: float = 1.0) -> None:
        frames = jitter.frames
        k = len(frames)
        if not final:
            while k and frames[k - 1].start + FRAME_S > now - margin_s:
                k -= 1
        if not k:
            return
        nbytes = sum(f.nbytes for f in frames[:k])
        clears = jitter.clears
        stream, cuts = heard_stream(
            bytes(jitter.played[:nbytes]), [(f.start, f.nbytes) for f in frames[:k]], clears
        )
        base = self.tail_at + len(self.tail)
        self.cuts.update({base + off: t for off, t in cuts.items()})
        self.tail += stream
        del frames[:k]
        del jitter.played[:nbytes]

    def settle(self, replies: int, *, final: bool = False) -> None:
        """Attribute replies ``len(heard)`` .. ``replies - 1`` while their end is known."""
        while len(self.heard) < replies:
            i = len(self.heard)
            tail = bytes(self.tail)
            found = _find_reply(tail, self.reply_audio(i), 0)
            if found is None:
                later = i + 1 < replies and _find_reply(tail, self.reply_audio(i + 1), 0)
                if not (final or later):
                    return  # not heard yet, or never: the next reply's start will tell
                self.heard.append(0)
                self.cut_at.append(None)
                continue
            start, match = found
            end = start + match
            if not final and len(tail) - end <= self.pad_bytes + 160:
                return  # it may go on: wait for what follows
            # a clear inside the match cut the reply there: what follows the cut only
            # looked like more of it (silence between words vs the next reply's fade-in)
            a, b = self.tail_at + start, self.tail_at + end
            cut = min((c for c in self.cuts if a < c <= b), default=None)
            if cut is not None:
                end = cut - self.tail_at
                match = end - start
            self.heard.append(match)
            self.cut_at.append(None if cut is None else self.cuts.pop(cut))
            del self.tail[:end]
            self.tail_at += end
            for c in [c for c in self.cuts if c <= self.tail_at]:
                del self.cuts[c]  # before the tail: no reply can end there any more


def trim_harness(emu: Any, sim: Any, used_sessions: set[int]) -> None:
    """Drop what the emulator and the simulated caller keep only as logs (every event,
    every byte sent and received), so the process's memory is the server's; note first
    which emulator sessions this call used (they got a ``session.update``)."""
    for rec in emu.sessions:
        if any(e.get("type") == "session.update" for e in rec.received):
            used_sessions.add(id(rec))
        rec.received.clear()
        rec.sent.clear()
        rec.sent_times.clear()
        del rec._appended[:]
        rec.input_audio_turns.clear()
        while len(rec._output_audio) > 2:  # the live item's audio stays (truncate needs it)
            del rec._output_audio[next(iter(rec._output_audio))]
    record = sim.record
    del record.sent_media[:]
    del record.received_media[:]
    record.marks_received.clear()
    record.marks_echoed.clear()
    del record.jitter.received[:]
    del record.jitter.discarded[:]


# -- the run ------------------------------------------------------------------------------------


@dataclass
class Barge:
    at_s: float  # simulated seconds since the call started
    reply: int
    audio_end_ms: float
    heard_ms: float
    session: int  # index of the realtime session (0 = the first) the call was on

    @property
    def drift_ms(self) -> float:
        return abs(self.audio_end_ms - self.heard_ms)


@dataclass
class SoakResult:
    minutes: float
    wall_s: float
    memory: list[dict[str, float]] = field(default_factory=list)  # per simulated minute
    barges: list[Barge] = field(default_factory=list)
    barge_ins_scripted: int = 0
    rotations: int = 0
    reconnects: int = 0
    sessions_used: int = 0
    rotation_at_s: list[float] = field(default_factory=list)
    replies: int = 0
    truncates_rejected: int = 0
    ended_by: str | None = None

    def growth(self, key: str, from_minute: float) -> float | None:
        base = [m for m in self.memory if m["minute"] >= from_minute]
        if len(base) < 2:
            return None
        return base[-1][key] - base[0][key]


def reference_minute(minutes: float) -> float:
    """The minute memory growth is counted from: past the call's warm-up (minute 5), or for
    a short run its first fifth, at least minute 1 — a 3-minute soak reports minute 1 → 3
    instead of nothing (it has no minute 5)."""
    return min(5.0, max(1.0, minutes / 5))


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _heap_mb() -> float:
    """Python heap allocated outside the harness (tracemalloc, one frame per trace: blocks
    allocated in the emulator / simulator / this bench's code left out)."""
    if not tracemalloc.is_tracing():
        return float("nan")
    snap = tracemalloc.take_snapshot().filter_traces(
        [
            tracemalloc.Filter(False, "*/pipecat_rt_best/testing/*"),
            tracemalloc.Filter(False, "*/bench/load/*"),
            tracemalloc.Filter(False, tracemalloc.__file__),
        ]
    )
    return sum(s.size for s in snap.statistics("filename")) / 2**20


async def soak(
    minutes: float,
    *,
    rotate_after_s: float,
    seed: int = 1,
    trace_memory: bool = True,
    progress: Callable[[str], None] | None = None,
) -> SoakResult:
    """Run the soak call on the running (warped) loop; see the module docstring."""
    # the harness and the server, imported here (not at module import: --help stays fast)
    from pipecat_rt_best.call_pipeline.telephony import (
        default_vad,
        g711_pipeline_factory,
        serve_in_background,
    )
    from pipecat_rt_best.call_pipeline.telephony_server import production_telephony_app
    from pipecat_rt_best.g711_passthrough.call_deadlines import DeadlineConfig
    from pipecat_rt_best.g711_passthrough.server import TelephonyServerConfig
    from pipecat_rt_best.realtime import RealtimeLLMService, realtime_session
    from pipecat_rt_best.realtime.pooled import realtime_url
    from pipecat_rt_best.realtime.reconnect import ReconnectParams
    from pipecat_rt_best.session_pool.pool import PoolConfig, RealtimeSessionPool, SessionBackend
    from pipecat_rt_best.testing.media_stream_simulator import MediaStreamSimulator
    from pipecat_rt_best.testing.realtime_emulator import (
        EmulatorScript,
        RealtimeEmulator,
        audio as emu_audio,
    )

    say = progress or (lambda _: None)
    rng = random.Random(seed)
    texts: list[str] = []

    def responder(_conversation: list[dict[str, Any]]) -> str:
        # a unique first word, so every reply's audio is unique from its first samples
        n = len(texts)
        words = [_WORDS[(n * 7 + i) % len(_WORDS)] for i in range(22)]
        text = f"Reply{n}x{rng.randrange(10**6)} " + " ".join(words) + "."
        texts.append(text)
        return text

    answer_s = emu_audio.text_duration_ms(responder([]), emu_audio.MS_PER_CHAR) / 1000
    texts.clear()
    script = caller_script(minutes, seed, answer_s)
    line = caller_line_audio(script)
    result = SoakResult(minutes=minutes, wall_s=0.0)
    result.barge_ins_scripted = sum(1 for *_, barge in script.turns if barge)

    services: list[Any] = []
    real_t0 = _REAL_PERF()

    async with RealtimeEmulator(
        api_key=KEY, script=EmulatorScript(responder=responder), max_sessions=1000
    ) as emu:
        pool = RealtimeSessionPool(
            SessionBackend(
                url=realtime_url(emu.url, "gpt-realtime"),
                headers={"Authorization": f"Bearer {KEY}"},
                name="emulator:gpt-realtime",
            ),
            PoolConfig(min_idle=1, max_idle=1, connect_options={"compression": None}),
        )

        def make_llm(call: Any) -> Any:
            settings = RealtimeLLMService.Settings(
                session_properties=realtime_session(
                    audio_format=call.session_audio_format,
                    instructions="You are a concise phone agent.",
                    manual_turns=True,
                )
            )
            settings.model = "gpt-realtime"
            svc = RealtimeLLMService(
                api_key=KEY,
                base_url=emu.url,
                settings=settings,
                session_pool=pool,
                reconnect=ReconnectParams(rotate_after_s=rotate_after_s),
            )
            services.append(svc)
            return svc

        config = TelephonyServerConfig(
            providers=("twilio",),
            deadlines=DeadlineConfig(caller_silence_timeout_s=CYCLE_S * 3),
        )
        app = production_telephony_app(
            g711_pipeline_factory(make_llm, make_vad=default_vad), config, pools=[pool]
        )
        async with pool, serve_in_background(app) as base:
            sim = MediaStreamSimulator(
                base.replace("http://", "ws://") + "/twilio/media",
                "twilio",
                caller_audio=line,
                max_duration_s=script.seconds + 1.0,  # the last minute's sample comes first
                tick_ms=20.0,
            )

            audio_cache: dict[int, bytes] = {}

            def reply_audio(i: int) -> bytes:
                if i not in audio_cache:
                    audio_cache.clear()  # one at a time: the tracker goes in order
                    audio_cache[i] = emu_audio.synthesize(texts[i], "audio/pcmu")
                return audio_cache[i]

            tracker = HeardTracker(reply_audio)
            used: set[int] = set()

            async def sample() -> None:
                loop = asyncio.get_running_loop()
                start = loop.time()
                minute = 0
                while True:
                    minute += 1
                    # on the minute, not 60 s after the last sample's own work (that drift
                    # could push the last sample past the call's end on a busy machine)
                    await asyncio.sleep(max(0.0, start + 60.0 * minute - loop.time()))
                    trim_harness(emu, sim, used)
                    tracker.feed(sim.record.jitter, sim.now())
                    tracker.settle(len(texts))
                    gc.collect()
                    entry = {
                        "minute": float(minute),
                        "rss_mb": _rss_mb(),
                        "heap_mb": _heap_mb(),
                        "real_s": _REAL_PERF() - real_t0,
                    }
                    result.memory.append(entry)
                    svc = services[0] if services else None
                    if svc is not None and svc.rotations > len(result.rotation_at_s):
                        result.rotation_at_s.append(minute * 60.0)
                    say(
                        f"minute {minute:3d}/{minutes:g}: RSS {entry['rss_mb']:.0f} MB"
                        + (f", heap {entry['heap_mb']:.1f} MB" if trace_memory else "")
                        + f", {len(sim.record.clears)} clears (barge-ins and turn starts), "
                        f"{svc.rotations if svc else 0} recycles ({entry['real_s']:.0f} s real)"
                    )

            if trace_memory:
                tracemalloc.start(1)
            sampler = asyncio.create_task(sample())
            try:
                record = await sim.run()
            finally:
                sampler.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await sampler
                if trace_memory:
                    tracemalloc.stop()
            await asyncio.sleep(1.0)  # the server ends the call

        result.ended_by = record.closed_by
        result.wall_s = _REAL_PERF() - real_t0
        svc = services[0]
        result.rotations, result.reconnects = svc.rotations, svc.reconnects
        assert record.jitter is not None
        tracker.feed(record.jitter, sim.now(), final=True)
        tracker.settle(len(texts), final=True)
        result.replies = len(texts)
        # the call's sessions, in order (pool sessions never checked out got no session.update)
        sessions = [
            s
            for s in emu.sessions
            if id(s) in used or any(e.get("type") == "session.update" for e in s.received)
        ]
        result.sessions_used = len(sessions)
        order = {}  # item id -> reply index, from each session's responses in order
        k = 0
        for s in sessions:
            for resp in s.responses:
                for item in _output_items(resp):
                    order[item] = k
                k += 1
        for si, s in enumerate(sessions):
            for t in s.truncations:
                if t.get("error"):
                    result.truncates_rejected += 1
                j = order.get(str(t.get("item_id")))
                if j is None or t.get("audio_end_ms") is None or j >= len(tracker.heard):
                    continue
                cut = tracker.cut_at[j]
                result.barges.append(
                    Barge(
                        at_s=float("nan") if cut is None else cut,
                        reply=j,
                        audio_end_ms=float(t["audio_end_ms"]),
                        heard_ms=tracker.heard[j] / 8.0,
                        session=si,
                    )
                )
    return result


def _output_items(response: dict[str, Any]) -> list[str]:
    out = response.get("output") or []
    return [o if isinstance(o, str) else str(o.get("id")) for o in out]


_REAL_PERF = time.perf_counter


def run_soak(
    minutes: float,
    *,
    rotate_after_s: float,
    seed: int = 1,
    trace_memory: bool = True,
    progress: Callable[[str], None] | None = None,
) -> SoakResult:
    """:func:`soak` on a fresh :class:`WarpLoop` (the ``time`` patches undone after)."""
    warp = Warp()
    warp.install()
    try:
        with asyncio.Runner(loop_factory=lambda: WarpLoop(warp)) as runner:
            return runner.run(
                soak(
                    minutes,
                    rotate_after_s=rotate_after_s,
                    seed=seed,
                    trace_memory=trace_memory,
                    progress=progress,
                )
            )
    finally:
        warp.uninstall()


# -- report -------------------------------------------------------------------------------------


def _stats(values: Sequence[float]) -> str:
    if not values:
        return "-"
    arr = np.asarray(values)
    return f"{np.mean(arr):.1f} / {np.percentile(arr, 99):.1f} / {np.max(arr):.1f}"


def report(r: SoakResult, load: str) -> str:
    first_rot = r.rotation_at_s[0] if r.rotation_at_s else None
    before = [b.drift_ms for b in r.barges if b.session == 0]
    after = [b.drift_ms for b in r.barges if b.session > 0]
    signed = [b.audio_end_ms - b.heard_ms for b in r.barges]
    window = 10.0 if r.minutes >= 20 else 1.0
    first = [b.drift_ms for b in r.barges if b.at_s < window * 60]
    last = [b.drift_ms for b in r.barges if b.at_s >= (r.minutes - window) * 60]
    drift = float(np.mean(last) - np.mean(first)) if first and last else None
    ref = reference_minute(r.minutes)
    heap = r.growth("heap_mb", ref)
    rss = r.growth("rss_mb", ref)
    lines = [
        f"# bench/load soak — one call, {r.minutes:g} simulated minutes in {r.wall_s:.0f} s real",
        "",
        f"Load while running: {load}",
        "",
        "| measure | value | target |",
        "|---|---|---|",
        f"| RSS growth, minute {ref:g} → {r.minutes:g} (the whole process; the harness's logs "
        f"trimmed each minute) | {_f(rss, '+.1f')} MB | < 10 MB |",
        f"| Python heap growth, minute {ref:g} → {r.minutes:g} (tracemalloc, harness excluded) "
        f"| {_f(heap, '+.2f') + ' MB' if heap == heap and heap is not None else 'not traced (--tracemalloc)'} "
        f"| < 10 MB |",
        f"| barge-ins that truncated / scripted | {len(r.barges)} / {r.barge_ins_scripted} | |",
        f"| truncation error \\|told − heard\\|, all barge-ins: mean / p99 / max ms "
        f"| {_stats([b.drift_ms for b in r.barges])} | |",
        f"| … on the first session (before a recycle) | {_stats(before)} ({len(before)}) | |",
        f"| … after a recycle | {_stats(after)} ({len(after)}) | |",
        f"| **drift**: mean error, last {window:g} min − first {window:g} min "
        f"| {_f(drift, '+.1f')} ms | 0 ms |",
        f"| truncates the model rejected | {r.truncates_rejected} | 0 |",
        f"| realtime sessions used / recycles (rotations) / reconnects "
        f"| {r.sessions_used} / {r.rotations} / {r.reconnects} | ≥ 1 recycle |",
        f"| signed error (told − heard), min / max ms "
        f"| {_f(min(signed), '+.1f') if signed else '-'} / {_f(max(signed), '+.1f') if signed else '-'} "
        f"| 0 |",
        f"| first recycle noticed by | {_f(first_rot and first_rot / 60, '.0f')} min | |",
        f"| replies / call ended by | {r.replies} / {r.ended_by} | simulator |",
        "",
        "Error = |`audio_end_ms` in the service's `conversation.item.truncate` (told) − the ms "
        "of that item the caller's jitter buffer played before the `clear` cut it (heard)| "
        "(played bytes matched against the item's audio, exact to 1/8 ms). Drift = how that "
        "error moves over the call.",
        "",
        "Over the call (does the error drift?): each row is a stretch of the call.",
        "",
        "| minutes | barge-ins | error mean / p99 / max ms | realtime session(s) | RSS MB at its end "
        "| Python heap MB |",
        "|---|---:|---|---|---:|---:|",
    ]
    step = 10.0 if r.minutes >= 20 else 1.0
    t = 0.0
    while t < r.minutes - 1e-9:
        hi = min(r.minutes, t + step)
        bs = [b for b in r.barges if t * 60 <= b.at_s < hi * 60]
        mem = [m for m in r.memory if m["minute"] <= hi]
        end_mem = mem[-1] if mem else None
        sessions = sorted({b.session for b in bs})
        lines.append(
            f"| {t:g}–{hi:g} | {len(bs)} | {_stats([b.drift_ms for b in bs])} "
            f"| {', '.join(str(x) for x in sessions) or '-'} "
            f"| {_f(end_mem['rss_mb'] if end_mem else None, '.0f')} "
            f"| {_f(end_mem['heap_mb'] if end_mem else None, '.2f')} |"
        )
        t = hi
    return "\n".join(lines)


def _f(v: float | None, fmt: str) -> str:
    return "-" if v is None or v != v else format(v, fmt)  # None or NaN: not measured


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.load.soak", description=__doc__)
    parser.add_argument("--minutes", type=float, default=60.0, help="simulated call length")
    parser.add_argument(
        "--rotate-after", type=float, default=1200.0, metavar="S",
        help="move to a fresh realtime session once it is this old (simulated s; default 1200)",
    )  # fmt: skip
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--tracemalloc", action="store_true",
        help="also trace the Python heap (harness excluded); slows the run several times",
    )  # fmt: skip
    parser.add_argument("--out", default="bench-out/load", help="results folder")
    args = parser.parse_args(argv)
    if args.minutes < 1:
        parser.error("--minutes must be at least 1")
    if not 0 < args.rotate_after < args.minutes * 60:
        parser.error("--rotate-after must be > 0 and shorter than the call (--minutes × 60)")
    # lazy: the server's logs at WARNING (a 60-minute call logs every turn at INFO)
    from loguru import logger

    logger.remove()
    logger.add(sys.stderr, level="WARNING", diagnose=False, backtrace=False)
    load0 = os.getloadavg()
    result = run_soak(
        args.minutes,
        rotate_after_s=args.rotate_after,
        seed=args.seed,
        trace_memory=args.tracemalloc,
        progress=lambda line: print(line, flush=True),
    )
    load1 = os.getloadavg()
    text = report(result, f"load average {load0[0]:.2f} at the start, {load1[0]:.2f} at the end")
    print(text)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    prov = provenance.stamp("bench.load.soak", argv)
    (out / "soak.md").write_text(text + "\n\n" + provenance.markdown(prov))
    data = {**asdict(result), "provenance": prov}
    (out / "soak.json").write_text(json.dumps(data, indent=2, default=str))
    print(f"(results in {out}/soak.md and soak.json)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

_ = base64  # (kept for readers decoding the emulator's records by hand)
