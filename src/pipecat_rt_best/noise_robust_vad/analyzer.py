"""Pipecat adapter: :class:`NoiseRobustVADAnalyzer`, a ``VADAnalyzer`` over the pure state machine.

Usable wherever pipecat takes a VAD analyzer (``LLMUserAggregatorParams(vad_analyzer=...)``,
``VADProcessor(vad_analyzer=...)``). Works on 8 kHz telephony audio directly and on 16 kHz.

With a realtime service it decides the caller's turns only when the server's own VAD is off
(``realtime_session(manual_turns=True)``, the default; with pipecat's own service,
``turn_detection=False`` in its session properties) and the user aggregator takes its turns
from this analyzer (:func:`~pipecat_rt_best.noise_robust_vad.turns.manual_turn_user_params`):
in realtime mode pipecat's aggregator otherwise follows the service's server-VAD turns, and
noise the analyzer ignored still becomes a turn.
"""

from __future__ import annotations

import asyncio
import math
import threading
import weakref
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
from loguru import logger
from pipecat.audio.vad.vad_analyzer import VAD_STOP_SECS, VADAnalyzer, VADParams, VADState

from pipecat_rt_best.noise_robust_vad.clarity import LazyClarity
from pipecat_rt_best.noise_robust_vad.params import NoiseRobustVADParams
from pipecat_rt_best.noise_robust_vad.silero_model import (
    SUPPORTED_SAMPLE_RATES,
    SileroModel,
    window_samples,
)
from pipecat_rt_best.noise_robust_vad.speaker_embedding import WindowEmbedder, preload
from pipecat_rt_best.noise_robust_vad.state_machine import (
    WINDOW_MS,
    Decision,
    Event,
    ModelResetPolicy,
    Phase,
    VADStateMachine,
)
from pipecat_rt_best.noise_robust_vad.voice_profile import LazyShape

_EPS = 1e-12
_PCM_SCALE = np.float32(1.0 / 32768.0)  # int16 -> [-1, 1), exact in float32
_STATES = {phase: VADState(phase.value) for phase in Phase}


def window_level_db(window: np.ndarray) -> float:
    """Mean-square level of float samples in [-1, 1], dBFS (full-scale square wave = 0 dB)."""
    w = np.asarray(window, dtype=np.float64).reshape(-1)
    return 10.0 * math.log10(float(w @ w) / max(1, w.size) + _EPS)


_PCM_POWER = 2.0**-30  # (1 / 32768) ** 2


def pcm_level_db(pcm: np.ndarray) -> float:
    """:func:`window_level_db` of int16 samples read as ``pcm / 32768``, bit for bit, in one
    conversion fewer: every partial sum of their squares is an integer below 2**53 (times
    2**-30), exact in float64 in any summation order."""
    d = pcm.astype(np.float64)
    return 10.0 * math.log10(float(d @ d) * _PCM_POWER / max(1, d.size) + _EPS)


def _onset_windows(p: NoiseRobustVADParams) -> int:
    """Windows of recent audio kept for a START's onset audio: enough for the longest
    evidence, its tolerated gaps and the prefix padding."""
    return math.ceil((2 * p.longest_speech_ms + p.prefix_padding_ms) / WINDOW_MS) + 2


def _vad_params_for(p: NoiseRobustVADParams) -> VADParams:
    """The pipecat ``VADParams`` this analyzer reports.

    ``start_secs`` is the longest speech it may wait for before confirming (the slow path in
    background talk, or the barge-in minimum), so pipecat's realtime service sizes its
    user-audio pre-roll (start_secs + 0.3 s) to reach back to the speech onset plus
    ~``prefix_padding_ms``. ``min_volume`` is unused (the level gates are relative, not
    absolute), reported as 0. :func:`params_from_vad_params` inverts this: the reported
    params, given back, set what they were reported from.
    """
    return VADParams(
        confidence=p.start_threshold,
        start_secs=p.longest_speech_ms / 1000.0,
        stop_secs=p.min_silence_ms / 1000.0,
        min_volume=0.0,
    )


MAPPED_FIELDS: dict[str, tuple[str, ...]] = {
    "confidence": (
        "start_threshold",
        "end_threshold",
        "bot_start_threshold",
        "nonspeech_start_threshold",
    ),
    "stop_secs": ("min_silence_ms",),
    "start_secs": (
        "min_speech_ms",
        "bot_min_speech_ms",
        "talk_min_speech_ms",
        "nonspeech_min_speech_ms",
    ),
}
"""Which :class:`NoiseRobustVADParams` fields each pipecat ``VADParams`` field sets."""


def _ms(secs: float) -> float:
    """Seconds to ms, rounded to 1 ns so that ms → s → ms gives the same float back."""
    return round(secs * 1000.0, 6)


def _start_minimums(start_ms: float, base: NoiseRobustVADParams) -> dict[str, float]:
    """The start-evidence minimums whose longest is ``start_ms``: the slowest of ``base``'s
    (the slow path in background talk, by default) becomes ``start_ms``, and the others keep
    ``base``'s value, capped at ``start_ms``. Their longest is what ``start_secs`` reports."""
    slowest = base.longest_speech_ms
    return {
        f: start_ms if getattr(base, f) == slowest else min(getattr(base, f), start_ms)
        for f in MAPPED_FIELDS["start_secs"]
    }


_CUT_SLOW_PATH_WARNED: set[float] = set()


def _warn_if_start_secs_cuts_the_slow_path(start_secs: float, base: NoiseRobustVADParams) -> None:
    """Say once per value that a ``start_secs`` under the slow path's wait shortens it: a
    pipecat habit (``VADParams(start_secs=0.2)``) would otherwise trade away, without a word,
    the longer evidence the analyzer asks of a start in background talk."""
    slowest = base.longest_speech_ms
    if start_secs * 1000.0 >= slowest or start_secs in _CUT_SLOW_PATH_WARNED:
        return
    _CUT_SLOW_PATH_WARNED.add(start_secs)
    logger.warning(
        f"VADParams(start_secs={start_secs:g}) caps every start of NoiseRobustVADAnalyzer at "
        f"{start_secs * 1000:.0f} ms, the slow path in background talk ({slowest:.0f} ms) "
        "included: expect more false starts in babble and TV. Leave start_secs unset to keep "
        "the tuned paths"
    )


def params_from_vad_params(
    vad: VADParams,
    base: NoiseRobustVADParams | None = None,
    fields: set[str] | None = None,
) -> NoiseRobustVADParams:
    """Map pipecat ``VADParams`` onto :class:`NoiseRobustVADParams` (``base`` for the rest).

    The inverse of the ``VADParams`` the analyzer reports (``analyzer.params``): the analyzer's
    own params given back set what they were reported from, and a value equal to what
    ``base`` reports keeps ``base``'s fields as they are. Only ``fields`` are mapped (default:
    the fields set explicitly on ``vad``, so ``VADParams(stop_secs=0.3)`` changes the silence
    and keeps the tuned thresholds):

    * ``confidence`` → ``start_threshold`` (``end_threshold`` keeps its gap below it, and the
      stricter thresholds for barge-ins and non-speech ambient keep their share of the
      headroom above it);
    * ``stop_secs`` → ``min_silence_ms``;
    * ``start_secs`` → the longest speech any start waits for (what the analyzer reports as
      ``start_secs``, so that pipecat's pre-roll covers it): the slowest minimum (the slow path
      in background talk, by default) becomes ``start_secs``, and the faster ones (quick path,
      barge-in, non-speech ambient) keep ``base``'s values, capped at it. Lower: every path
      waits at most that long; higher: only the slowest path waits longer;
    * ``min_volume`` has no counterpart (the level gates are relative to the line's own noise
      and the caller's learned level, not absolute) and is ignored.
    """
    base = base or NoiseRobustVADParams()
    fields = set(vad.model_fields_set) if fields is None else fields
    reported = _vad_params_for(base)
    changes: dict[str, float] = {}
    mapped = {f for f in fields if getattr(vad, f) != getattr(reported, f)}
    if "confidence" in mapped:
        gap = base.start_threshold - base.end_threshold
        changes["start_threshold"] = vad.confidence
        changes["end_threshold"] = max(0.01, vad.confidence - gap)
        # the stricter thresholds keep their share of the headroom above the start threshold
        # (0.5 → 0.6 and 0.7 by default; confidence 0.7 → 0.76 and 0.82, 0.9 → 0.92 and 0.94)
        headroom = (1.0 - vad.confidence) / (1.0 - base.start_threshold)
        for stricter in ("bot_start_threshold", "nonspeech_start_threshold"):
            lead = max(0.0, getattr(base, stricter) - base.start_threshold)
            changes[stricter] = vad.confidence + lead * headroom
    if "stop_secs" in mapped:
        changes["min_silence_ms"] = _ms(vad.stop_secs)
    if "start_secs" in mapped:
        changes.update(_start_minimums(_ms(vad.start_secs), base))
        _warn_if_start_secs_cuts_the_slow_path(vad.start_secs, base)
    try:
        return base.with_changes(**changes) if changes else base
    except ValueError as exc:
        given = ", ".join(f"{f}={getattr(vad, f)!r}" for f in sorted(fields))
        raise ValueError(f"VADParams({given}): {exc}") from None


_said_why_stop_secs = False


def _say_why_stop_secs(p: NoiseRobustVADParams) -> None:
    """Once per process: why this analyzer's default ``stop_secs`` differs from pipecat's
    (not for a value the caller chose: that is theirs to explain)."""
    global _said_why_stop_secs
    stop = p.min_silence_ms / 1000.0
    packs = math.isclose(p.min_silence_ms, NoiseRobustVADParams().min_silence_ms)
    if _said_why_stop_secs or not packs or math.isclose(stop, VAD_STOP_SECS):
        return
    _said_why_stop_secs = True
    logger.info(
        f"NoiseRobustVADAnalyzer: stop_secs={stop:g}s, not pipecat's recommended "
        f"{VAD_STOP_SECS:g}s, on purpose: on phone calls a turn ends after {stop:g}s of silence "
        f"so callers' pauses and background talk don't commit half a sentence (bench/vad: "
        f"pipecat's SileroVADAnalyzer at {VAD_STOP_SECS:g}s splits 30–56 % of turns). Pipecat's "
        f"user-turn stop strategy may warn that stop_secs differs (once per process with the "
        f"pack's manual turns); that is expected. "
        f"Pass params=VADParams(stop_secs={VAD_STOP_SECS:g}) to use pipecat's value."
    )


class NoiseRobustVADAnalyzer(VADAnalyzer):
    """Silero (torch-free) + hysteresis, noise-floor, caller-level and bot-aware gating.

    Args:
        sample_rate: 8000 or 16000; None to take the pipeline's input rate.
        params: pipecat ``VADParams`` (its explicitly set fields are mapped onto
            ``noise_robust_params``, see :func:`params_from_vad_params`) or the full
            :class:`NoiseRobustVADParams` (defaults tuned on ``bench/vad``).
        noise_robust_params: The noise-robust settings pipecat's ``VADParams`` has no names for
            (used with ``params=VADParams(...)``; give one or the other as
            :class:`NoiseRobustVADParams`, not both).
        model: ``None``/``"pipecat"`` (pipecat's bundled Silero file), ``"silero-vad"`` (the
            optional package's file, loaded by path) or a path to a Silero ONNX file.
        model_reset_interval_s: Reset Silero's recurrent state after this much audio, at the
            next clearly non-speech moment while quiet (0 disables).
        run_inline: Run the model on the event loop (default): a 20 ms chunk costs ~0.05 ms
            there, about half of what the hop to a worker thread costs in total (bench/load);
            only a chunk that would embed a batch of background voices (a young profile's held
            samples, ~20 ms at once: :attr:`~.state_machine.VADStateMachine.may_embed`) runs on
            the worker thread. False runs each chunk that completes a model window on a
            worker thread (chunks that complete none never leave the loop). Same decisions
            either way.

    Bot awareness: call :meth:`set_bot_speaking` (the :class:`BargeInGuard` processor does it
    from ``BotStarted/StoppedSpeakingFrame``); :attr:`duck` tells the
    :class:`BargeInDuckingMixer` to duck the bot while a barge-in is being confirmed.
    """

    def __init__(
        self,
        *,
        sample_rate: int | None = None,
        params: VADParams | NoiseRobustVADParams | None = None,
        noise_robust_params: NoiseRobustVADParams | None = None,
        model: str | Path | None = None,
        model_reset_interval_s: float = 2.0,
        run_inline: bool = True,
    ) -> None:
        if sample_rate is not None and sample_rate not in SUPPORTED_SAMPLE_RATES:
            raise ValueError(
                f"NoiseRobustVADAnalyzer supports {SUPPORTED_SAMPLE_RATES} Hz, got {sample_rate}"
            )
        if isinstance(model_reset_interval_s, bool) or not isinstance(
            model_reset_interval_s, int | float
        ):
            raise TypeError(
                "model_reset_interval_s= takes a number of seconds (0 disables), "
                f"not a {type(model_reset_interval_s).__name__}"
            )
        if not 0 <= model_reset_interval_s < math.inf:  # also refuses NaN
            raise ValueError(
                "model_reset_interval_s must be >= 0 and finite (0 disables the resets), "
                f"got {model_reset_interval_s!r}"
            )
        if noise_robust_params is not None and not isinstance(
            noise_robust_params, NoiseRobustVADParams
        ):
            raise TypeError(
                "noise_robust_params= takes a NoiseRobustVADParams, not a "
                f"{type(noise_robust_params).__name__} (a pipecat VADParams goes in params=)"
            )
        if isinstance(params, NoiseRobustVADParams):
            if noise_robust_params is not None:
                raise ValueError(
                    "give NoiseRobustVADParams once: as params= or as noise_robust_params=, "
                    "not both (params= may be a pipecat VADParams)"
                )
            nr = params
        elif isinstance(params, VADParams):
            nr = params_from_vad_params(params, noise_robust_params)
        elif params is None:
            nr = noise_robust_params or NoiseRobustVADParams()
        else:
            raise TypeError(
                "params must be a pipecat VADParams or a NoiseRobustVADParams, "
                f"got {type(params).__name__}"
            )
        self._fixed_rate = sample_rate
        self._nr_params = nr
        self._base_params = self._nr_params  # what set_params() scales from
        self._machine = VADStateMachine(self._nr_params)
        self._voices: WindowEmbedder | None = None  # recent audio for the speaker cue
        self._model_spec = model
        self._model: SileroModel | None = None
        self._reset_interval_s = model_reset_interval_s
        self._reset_policy = ModelResetPolicy(0)
        self._pending = bytearray()
        # the last windows (bytes each), for the onset pre-roll: as many as the params need
        self._recent: deque[bytes] = deque(maxlen=_onset_windows(nr))
        self._lock = threading.Lock()
        self.run_inline = run_inline
        # the worker thread for run_inline=False: made on first use, and again after cleanup()
        self._nr_executor: ThreadPoolExecutor | None = None
        self._last_onset_audio = b""
        # a pipeline's stream is set up (set_sample_rate) and not ended (cleanup): the analyzer
        # is serving a call, and another call given it at the same time is refused (vad_reuse)
        self._stream_set_up = False
        # the worker of a call built around it whose pipeline has not set it up yet (weakly:
        # a call dropped without ever running gives it back)
        self._taken_by: weakref.ref[object] | None = None
        self._windows_analyzed = 0  # in this stream: where its decisions sit on its own clock
        self.starts = 0
        self.stops = 0
        self.false_barge_ins = 0  # ducked candidates that faded without interrupting
        self.skipped_chunks = 0
        self._skip_warned: set[str] = set()  # the reasons warned about in this stream
        self.rejects = 0  # candidates discounted by a gate (background speech, noise)
        self._was_ducking = False
        self._phase_seen = Phase.QUIET
        self._vad_state = _STATES[Phase.QUIET]
        # replaced, never changed in place: the worker thread may be iterating over it
        self._decision_listeners: tuple[Callable[[Decision], None], ...] = ()
        super().__init__(sample_rate=sample_rate, params=_vad_params_for(self._nr_params))
        _say_why_stop_secs(self._nr_params)
        # Load the model now (not on the first audio) so a bad model path fails at construction.
        resolved = sample_rate or 8000
        self._load_model(resolved)

    # -- configuration -------------------------------------------------------------------

    def __repr__(self) -> str:
        rate = self._fixed_rate or "pipeline's"
        return (
            f"NoiseRobustVADAnalyzer(sample_rate={rate}, "
            f"start_threshold={self._nr_params.start_threshold}, "
            f"model={self._model_spec or 'pipecat'!r})"
        )

    @property
    def serving_a_call(self) -> bool:
        """A call has it: its pipeline set the stream up (or a call was built around it and
        has not run yet, :meth:`take_for_call`) and has not cleaned it up. Another call given
        it now is refused (:mod:`~pipecat_rt_best.call_pipeline.vad_reuse`)."""
        taken = self._taken_by is not None and self._taken_by() is not None
        return self._stream_set_up or taken

    def take_for_call(self, worker: object) -> None:
        """A call was built around this analyzer (``worker``, its pipeline's worker): it is
        that call's from now, before the worker sets the stream up, until its cleanup — or
        until ``worker`` is gone, never run. Two calls arriving together are then refused
        in the moment between one call's assembly and its pipeline's start."""
        self._taken_by = weakref.ref(worker)

    @property
    def noise_robust_params(self) -> NoiseRobustVADParams:
        return self._nr_params

    @property
    def audio_analyzed_s(self) -> float:
        """Seconds of this stream's audio the model has analyzed (since the stream was set up
        or reset). Read by a decision listener, it is where that decision sits on the stream's
        own clock (the end of the window decided on), which a loaded machine's backlog does not
        move, as it moves the wall clock."""
        return self._windows_analyzed * WINDOW_MS / 1000.0

    @property
    def machine(self) -> VADStateMachine:
        """The pure decision state machine (read-only use: levels, phase)."""
        return self._machine

    def _load_model(self, sample_rate: int) -> None:
        if self._nr_params.uses_speaker:
            preload()  # the background-voice cue's model: now, not mid-call
        if self._model is None or self._model.sample_rate != sample_rate:
            self._model = SileroModel(self._model_spec, sample_rate=sample_rate)
            windows_per_s = 1000.0 / WINDOW_MS
            self._reset_policy = ModelResetPolicy(round(self._reset_interval_s * windows_per_s))

    def set_sample_rate(self, sample_rate: int) -> None:
        """Set the rate (8000/16000 only) and reset the stream."""
        rate = self._fixed_rate or sample_rate
        if rate not in SUPPORTED_SAMPLE_RATES:
            raise ValueError(
                f"NoiseRobustVADAnalyzer supports {SUPPORTED_SAMPLE_RATES} Hz (as Silero does), "
                f"the pipeline's input is {rate} Hz: run the pipeline's input at 8000 or 16000 "
                "(PipelineParams(audio_in_sample_rate=16000), or the transport's "
                "audio_in_sample_rate)"
            )
        with self._lock:
            self._load_model(rate)
            super().set_sample_rate(sample_rate)
            self._reset_stream()
            self._stream_set_up = True

    def set_params(self, params: VADParams) -> None:
        """Accept pipecat ``VADParams`` (e.g. from ``VADParamsUpdateFrame``).

        Only the fields given (set on ``params``) that differ from :attr:`params` change
        anything, mapped from the constructor's settings by :func:`params_from_vad_params`:
        ``confidence`` becomes the start threshold (the end threshold keeps its gap below it,
        the barge-in and non-speech thresholds their share of the headroom above),
        ``stop_secs`` the minimum silence, and ``start_secs`` the longest speech any start
        waits for (the constructor's slowest minimum becomes ``start_secs``, the others keep
        their values, capped at it). The mapping inverts :attr:`params`: after
        ``saved = vad.params``, ``set_params(other)`` then ``set_params(saved)`` restores
        :attr:`noise_robust_params` as they were. Other noise-robust settings, everything
        learned (caller level, ambient) and a turn in progress are kept, for the call: a new
        stream (:meth:`reset`, :meth:`set_sample_rate`) starts from the constructor's params.
        Before the first stream (the pipeline sets the rate as it starts) a setting is the
        analyzer's own, as the constructor's would be: every call starts from it.
        """
        current = _vad_params_for(self._nr_params)
        # the fields given that differ from what the analyzer reports: VADParams(stop_secs=2)
        # (what pipecat's IVR processor sends) leaves the tuned thresholds alone, and so does
        # a copy of this analyzer's params with one field changed
        fields = {
            f
            for f in MAPPED_FIELDS
            if f in params.model_fields_set and getattr(params, f) != getattr(current, f)
        }
        nr = self._nr_params
        if fields:
            mapped = params_from_vad_params(params, self._base_params, fields)
            nr = nr.with_changes(
                **{f: getattr(mapped, f) for v in fields for f in MAPPED_FIELDS[v]}
            )
        if not self.sample_rate:
            # no stream yet (the pipeline sets the rate as it starts): a setting made before
            # the first call is the analyzer's own, for its calls, not one call's update
            self._base_params = nr
        self._use_params(nr)

    def _use_params(self, nr: NoiseRobustVADParams) -> None:
        """Decide by ``nr`` from the next window on, and tell pipecat's side of the analyzer."""
        self._nr_params = nr
        self._machine.params = nr
        self._recent = deque(self._recent, maxlen=_onset_windows(nr))
        if self.sample_rate:
            super().set_params(_vad_params_for(nr))
        else:  # pipecat's frame counts divide by the rate: its set_sample_rate sets them
            self._params = _vad_params_for(nr)
        # pipecat's set_params says QUIET; a turn in progress goes on (Silero's analyzer
        # re-counts into it, and pipecat's controller reports no stop for that)
        self._phase_seen = phase = self._machine.phase
        self._vad_state = _STATES[phase]

    def num_frames_required(self) -> int:
        return window_samples(self.sample_rate or 8000)

    # -- bot awareness -------------------------------------------------------------------

    def set_bot_speaking(self, speaking: bool) -> None:
        """Whether the bot's audio is playing; barge-in rules apply while it is."""
        self._machine.set_bot_speaking(speaking)

    @property
    def bot_speaking(self) -> bool:
        return self._machine.bot_speaking

    @property
    def duck(self) -> bool:
        """True while a barge-in candidate is being confirmed: duck the bot, don't cut it."""
        return self._machine.duck

    @property
    def last_onset_audio(self) -> bytes:
        """PCM16 audio from the detected onset (minus prefix padding) to the last START."""
        return self._last_onset_audio

    # -- analysis ------------------------------------------------------------------------

    def voice_confidence(self, buffer: bytes) -> float:
        """Silero probability of the last full window in ``buffer`` (advances the model)."""
        samples = self._decode(buffer)
        if samples is None or self._model is None:
            return 0.0
        with self._lock:
            probs = self._model.process(samples)
        return float(probs[-1]) if probs.size else 0.0

    async def analyze_audio(self, buffer: bytes) -> VADState:
        """Analyze a chunk (PCM16 mono bytes) and return the VAD state: :meth:`process`, on
        the loop (``run_inline``, or when the chunk completes no model window: then it only
        queues bytes) or on the analyzer's worker thread. With ``run_inline`` a chunk that
        would embed a batch of background voices (a young profile's held samples, ~20 ms at
        once: :attr:`~.state_machine.VADStateMachine.may_embed`) goes to the worker thread
        too: the loop every call of the process shares is not held that long."""
        model = self._model
        if (
            (self.run_inline and not self._machine.may_embed)
            or model is None
            or not isinstance(buffer, bytes | bytearray)  # process() says what is wrong
            or len(self._pending) + len(buffer) < 2 * model.window
        ):
            return self.process(buffer)
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._worker(), self._process_off_the_loop, buffer)

    def _process_off_the_loop(self, buffer: bytes) -> VADState:
        """:meth:`process` on the worker thread, the background voices held for a batch
        embedded first (:meth:`~.state_machine.VADStateMachine.settle_background_voice`: the
        same profile, in the same order, as the cue's next reading would make): the next
        windows are light again and stay on the loop."""
        if self.run_inline:
            with self._lock:
                if self._machine.may_embed:
                    self._machine.settle_background_voice()
        return self.process(buffer)

    def _worker(self) -> ThreadPoolExecutor:
        """The worker thread ``run_inline=False`` runs the model on: made on first use, and
        made anew after :meth:`cleanup` (an analyzer may serve one call after another)."""
        if self._nr_executor is None:
            self._nr_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="nr-vad")
        return self._nr_executor

    def process(self, buffer: bytes) -> VADState:
        """Synchronous :meth:`analyze_audio`. A chunk of odd length is fine (its last byte
        waits for the next chunk's)."""
        data = self._check_chunk(buffer)
        if data is None:
            return _STATES[self._machine.phase]
        with self._lock:
            self._pending.extend(data)
            return self._drain()

    def process_samples(self, samples: np.ndarray) -> VADState:
        """Analyze float samples in [-1, 1]; chunks with NaN/inf are skipped (counted in
        ``skipped_chunks``; the first in a stream is logged)."""
        x = np.asarray(samples, dtype=np.float64).reshape(-1)
        if x.size and not np.all(np.isfinite(x)):
            self._skip("nan", f"skipped a chunk of {x.size} samples with NaN/inf values")
            return _STATES[self._machine.phase]
        pcm = (np.clip(x, -1.0, 32767 / 32768) * 32768.0).astype("<i2").tobytes()
        return self.process(pcm)

    def reset(self) -> None:
        """Forget the stream and everything learned (a new call)."""
        with self._lock:
            self._reset_stream()

    async def cleanup(self) -> None:
        """Stop the worker thread (if ``run_inline=False`` started one). The analyzer stays
        usable: pipecat calls this when a pipeline ends, and the next call or stream through
        the same analyzer starts a new worker thread on its first chunk that needs one."""
        await super().cleanup()
        # the call's pipeline ended: free for the next call
        self._stream_set_up, self._taken_by = False, None
        executor, self._nr_executor = self._nr_executor, None
        if executor is not None:
            executor.shutdown(wait=False)

    # -- internals -----------------------------------------------------------------------

    def _reset_stream(self) -> None:
        if self._nr_params is not self._base_params:
            # a new call starts from the constructor's params: a runtime update (pipecat's IVR
            # navigator's VADParams(stop_secs=2.0)) belonged to the call that sent it
            self._use_params(self._base_params)
        self._machine.reset()
        if self._model is not None:
            self._model.reset()
        self._reset_policy.reset()
        self._pending.clear()  # with an odd byte a chunk left
        self._windows_analyzed = 0
        self._recent.clear()
        self._skip_warned.clear()
        self._voices = None
        self._machine.embedder = None
        self._was_ducking = False

    def _check_chunk(self, buffer: bytes) -> bytes | None:
        """The chunk's bytes (None when empty). An odd length is kept: the stream is bytes,
        and the odd byte waits in ``_pending`` for the next chunk (as pipecat's analyzer
        buffers), so a transport that cuts chunks at odd lengths loses no audio."""
        if not isinstance(buffer, bytes | bytearray | memoryview):
            raise TypeError(f"audio must be PCM16 bytes, got {type(buffer).__name__}")
        data = buffer if isinstance(buffer, bytes) else bytes(buffer)
        return data or None

    def _skip(self, reason: str, message: str) -> None:
        """Count a chunk that cannot be used; warn about the first of each ``reason`` in a
        stream (a bad chunk usually comes every 20 ms, and the count says how many)."""
        self.skipped_chunks += 1
        if reason not in self._skip_warned:
            self._skip_warned.add(reason)
            logger.warning(f"{self}: {message} (more are counted in skipped_chunks, not logged)")

    def _decode(self, buffer: bytes) -> np.ndarray | None:
        data = self._check_chunk(buffer)
        if data is None:
            return None
        if len(data) % 2:  # one buffer, not the stream: no next chunk to complete its sample
            self._skip("odd", f"skipped an odd-length audio buffer ({len(data)} bytes)")
            return None
        return np.frombuffer(data, dtype="<i2").astype(np.float32) / 32768.0

    def _drain(self) -> VADState:
        model = self._model
        assert model is not None
        win = model.window
        nbytes = win * 2
        p = self._nr_params
        machine = self._machine
        while len(self._pending) >= nbytes:
            chunk = bytes(self._pending[:nbytes])
            del self._pending[:nbytes]
            self._recent.append(chunk)
            pcm = np.frombuffer(chunk, dtype="<i2")
            x = pcm * _PCM_SCALE
            if p.uses_speaker:
                self._voice_window(x, model.sample_rate)
            prob = model.step_one(x)
            if not math.isfinite(prob):  # never let a bad state stick
                model.reset()
                prob = 0.0
            shape = LazyShape(x, model.sample_rate) if machine.wants_shape(prob) else None
            clarity = LazyClarity(x) if machine.wants_clarity(prob) else None
            decision = machine.step(prob, pcm_level_db(pcm), shape, clarity)
            self._windows_analyzed += 1
            self._on_decision(decision)
            if self._reset_policy.update(prob, quiet=decision.phase is Phase.QUIET):
                model.reset()
        phase = machine.phase
        if phase is not self._phase_seen:  # (an Enum's hash is Python code: ~1 µs a window)
            self._phase_seen, self._vad_state = phase, _STATES[phase]
        return self._vad_state

    def _voice_window(self, x: np.ndarray, sample_rate: int) -> None:
        """Keep the recent windows the speaker cue may embed (its longest reach back: the
        ambient's pending windows, a span before them, and a candidate's evidence). Made anew
        with the machine's window count, after each reset (a new rate resets the stream too)."""
        if self._voices is None:
            p = self._nr_params
            reach = 2 * (p.speaker_span_ms + p.longest_speech_ms) + p.max_start_gap_ms
            self._voices = WindowEmbedder(
                x.size, sample_rate, keep=math.ceil(reach / WINDOW_MS) + 4
            )
            self._machine.embedder = self._voices
        self._voices.push(x)

    def add_decision_listener(self, listener: Callable[[Decision], None]) -> None:
        """Call ``listener`` with every decision that changes something (START, STOP,
        REJECT): what a timeline or a metric wants to show of the VAD's reasoning. It runs
        where the model runs — on the event loop (``run_inline``, the default, but for a
        chunk that embeds a batch of voices) or on the analyzer's worker thread — in stream order:
        keep it quick (e.g. append to a list, or hand it to the loop with
        ``call_soon_threadsafe``, which works from either).

        A listener stays until :meth:`remove_decision_listener`: one that belongs to a call
        (a timeline) must be removed when the call ends, or an analyzer reused for the next
        call keeps feeding the old one."""
        self._decision_listeners = (*self._decision_listeners, listener)

    def remove_decision_listener(self, listener: Callable[[Decision], None]) -> None:
        """Stop calling ``listener`` (one registration of it; nothing if it is not added)."""
        listeners = list(self._decision_listeners)
        if listener in listeners:
            listeners.remove(listener)
            self._decision_listeners = tuple(listeners)

    def _on_decision(self, d: Decision) -> None:
        if d.event is not Event.NONE:
            if d.event is Event.REJECT:
                self.rejects += 1
            for listener in self._decision_listeners:
                listener(d)
        ducking = self._machine.duck
        if d.event is Event.START:
            self.starts += 1
            n = min(len(self._recent), d.onset_windows_ago)
            self._last_onset_audio = b"".join(list(self._recent)[len(self._recent) - n :])
        elif d.event is Event.STOP:
            self.stops += 1
        if self._was_ducking and not ducking and d.event is not Event.START:
            self.false_barge_ins += 1
        self._was_ducking = ducking
