"""The main job: a scripted noisy phone call through the full call pipeline, offline.

synthetic caller + a TV in the room (generated here) → simulated phone line (G.711) →
:func:`~pipecat_rt_best.call_pipeline.assembly.phone_call` (noise-robust VAD and manual
turns, the pack's realtime service on a pooled session, structured prompt with its state
tool, truncation on barge-in; in text modality Azure TTS with numbers spelled out) → the
embedded realtime emulator (and the Azure Speech emulator, which the real Speech SDK talks
to) → the bot's audio back to a simulated handset.

Every moment a practice acts becomes a :class:`~.timeline.TimelineEvent` tagged with it,
as it happens (``on_event`` sees each one live). Some observations come from the
emulators' records (what the model received, when Azure sent its first audio): a simulator
may look at both ends of the wire.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import hashlib
import os
import re
import time
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import numpy as np
import numpy.typing as npt
from loguru import logger
from pipecat.audio.vad.vad_analyzer import VADAnalyzer
from pipecat.frames.frames import EndFrame
from pipecat.services.llm_service import FunctionCallHandler
from pipecat.workers.runner import WorkerRunner

from pipecat_rt_best.azure_tts.env import AzureSpeechConfig
from pipecat_rt_best.azure_tts.service import AzureSpeechTTSService
from pipecat_rt_best.call_pipeline.assembly import (
    phone_call,
    prompt_lexicon,
    unavailable_tool_handlers,
)
from pipecat_rt_best.call_pipeline.azure_tts import azure_tts_for_calls
from pipecat_rt_best.call_pipeline.call_exit import TransferHandler
from pipecat_rt_best.call_pipeline.vad_reuse import refuse_a_served_vad
from pipecat_rt_best.indic_numbers.text_transforms import number_text_transform
from pipecat_rt_best.noise_robust_vad.analyzer import NoiseRobustVADAnalyzer
from pipecat_rt_best.realtime.pooled import realtime_pool_from_env
from pipecat_rt_best.realtime_prompt.frames import ConversationStateFrame
from pipecat_rt_best.realtime_prompt.model import RealtimePrompt, as_prompt
from pipecat_rt_best.realtime_prompt.render import spelled_context
from pipecat_rt_best.session_pool.pool import PoolConfig, RealtimeSessionPool
from pipecat_rt_best.testing.azure_speech_emulator import AzureSpeechEmulator
from pipecat_rt_best.testing.realtime_emulator import EmulatorScript, RealtimeEmulator
from pipecat_rt_best.testing.realtime_emulator.record import SessionRecord
from pipecat_rt_best.testing.realtime_emulator.script import ReplyLike
from pipecat_rt_best.testing.simulated_call.caller_audio import wav_bytes
from pipecat_rt_best.testing.simulated_call.logs import quiet_logs
from pipecat_rt_best.testing.simulated_call.scenario import (
    MS_PER_CHAR,
    Modality,
    Scenario,
    scripted_call,
)
from pipecat_rt_best.testing.simulated_call.timeline import (
    PRACTICES,
    CallTimeline,
    EventListener,
    TimelineEvent,
    tag,
)
from pipecat_rt_best.testing.simulated_call.transport import (
    CallerTurn,
    PlayedAudio,
    SimulatedCallTransport,
)

__all__ = [
    "OutputsNotWritten",
    "SimulationResult",
    "build_report",
    "missing_practices",
    "not_exercised",
    "practice_summary",
    "quiet_logs",
    "simulate_call",
    "write_outputs",
]

SAMPLE_RATE = 8000
ENVELOPE_MS = 20
SIM_KEY = "sim-key"
SPEECH_VOICE = "hi-IN-SwaraNeural"
_DIGITS = re.compile(r"\d")


def not_exercised(practice: int, modality: str, audio_format: str, pool: bool = True) -> str | None:
    """Why a call of this modality, session format and pool choice does not exercise
    ``practice`` (None when it does)."""
    if practice == 3 and not pool:
        return "not in this call: it connects directly (leave out --no-pool)"
    if practice == 4 and modality == "audio":
        return "not in this call: in audio modality the model speaks itself (--modality text)"
    if practice == 6 and audio_format == "pcm":
        return "not in this call: the session takes PCM16 (--format pcmu or pcma)"
    return None


@dataclass
class SimulationResult:
    """What happened in one simulated call (``report`` is its JSON-ready summary).

    Its repr is one line (modality, length, events, practices seen), not the fields: a
    notebook cell ending in ``result`` would otherwise print the played audio and the
    report's envelopes, about 1.5 MB for a 24 s call. Look at the fields for the rest.
    """

    timeline: CallTimeline
    played: PlayedAudio
    caller_spoke: list[tuple[float, float]]  # seconds since the call started
    caller_wav: Path | None
    emulator_commits: int
    emulator_responses: int
    emulator_turn_bytes: list[int] = field(default_factory=list)
    modality: Modality = "audio"
    audio_format: str = "pcmu"
    background_spoke: list[tuple[float, float, str]] = field(default_factory=list)
    pool: bool = True  # the call started on a pooled session (practice 3)
    tts_texts: list[str] = field(default_factory=list)  # what reached Azure, per sentence
    # each sentence handed to TTS: (t, as the model wrote it, after the number normalizer)
    tts_sentences: list[tuple[float, str, str]] = field(default_factory=list)
    report: dict[str, Any] = field(default_factory=dict)
    files: dict[str, Path] = field(default_factory=dict)

    @property
    def events(self) -> list[TimelineEvent]:
        return sorted(self.timeline.events, key=lambda e: e.t)

    def not_exercised(self, practice: int) -> str | None:
        """Why this call's modality, session format and pool choice leave ``practice`` out
        (None when the call exercises it)."""
        return not_exercised(practice, self.modality, self.audio_format, self.pool)

    def practices_seen(self) -> dict[int, bool]:
        """Practice number → whether this call showed it at work."""
        seen = {e.practice for e in self.timeline.events}
        return {n: n in seen for n in PRACTICES}

    def __repr__(self) -> str:
        seconds = self.report.get("duration_s", self.played.seconds)
        seen = self.practices_seen()
        missing = missing_practices(self)
        return (
            f"SimulationResult({self.modality} modality, {self.audio_format}, "
            f"{seconds:.1f} s, {len(self.timeline.events)} events, "
            f"practices seen {sum(seen.values())}/{len(seen)}"
            + (f", missing {missing}" if missing else "")
            + ")"
        )


def envelope(samples: npt.NDArray[np.generic], rate: int, ms: int = ENVELOPE_MS) -> list[float]:
    """RMS per ``ms`` window, as a fraction of full scale (what the plot draws)."""
    step = rate * ms // 1000
    x = np.asarray(samples, dtype=np.float64)
    n = len(x) // step
    if n == 0:
        return []
    rms = np.sqrt(np.mean(x[: n * step].reshape(n, step) ** 2, axis=1)) / 32768
    return [round(float(v), 5) for v in rms]


def practice_summary(result: SimulationResult) -> list[str]:
    """One line per practice: seen in this call (how often), or why not."""
    lines = []
    counts: dict[int, int] = {}
    for e in result.timeline.events:
        if e.practice:
            counts[e.practice] = counts.get(e.practice, 0) + 1
    for n, name in PRACTICES.items():
        if counts.get(n):
            verdict = f"seen ({counts[n]} event{'s' * (counts[n] != 1)})"
        else:
            why = result.not_exercised(n)
            verdict = why or "NOT SEEN in this call"
        lines.append(f"  {tag(n):<14} {name:<31} {verdict}")
    return lines


def missing_practices(result: SimulationResult) -> list[int]:
    """Practices this call should have shown (its modality exercises them) but did not."""
    seen = result.practices_seen()
    return [n for n in PRACTICES if not seen[n] and result.not_exercised(n) is None]


class _Watchers:
    """Background checks that turn emulator records and pool state into timeline events."""

    def __init__(self, timeline: CallTimeline) -> None:
        self.timeline = timeline
        self.tasks: list[asyncio.Task[None]] = []

    def start(self, coro: Any) -> None:
        self.tasks.append(asyncio.create_task(coro))

    async def stop(self) -> None:
        for task in self.tasks:
            task.cancel()
        await asyncio.gather(*self.tasks, return_exceptions=True)


def _call_session(emu: RealtimeEmulator, session_id: str | None) -> SessionRecord | None:
    """The emulator's record of the call's session: the pooled one it took (``session_id``),
    else the last one a client used (a pool also opens spare ones), else the newest."""
    if session_id is not None:
        with contextlib.suppress(KeyError):
            return emu.session(session_id)
    used = emu.used_sessions
    return used[-1] if used else emu.last_session


def reply_to_last_turn_played(events: Sequence[TimelineEvent], finished_at: float | None) -> bool:
    """Whether the bot's reply to the caller's last turn has played: after the caller
    finished speaking (``finished_at``, call seconds), the VAD's stop of that turn, then the
    bot's start and its stop. (``None``: the call has no turns; any reply the bot played.)

    A reply the last turn cut off stops before that turn's VAD stop, so it is not taken for
    the answer. (It once was: the answer was the first stop 0.5 s after the caller finished,
    and on a loaded machine the barge-in came later than that. The caller hung up on the cut
    reply's stop, before the model's answer.)"""
    wanted: tuple[str, ...] = ("bot starts", "bot stops")
    if finished_at is not None:
        wanted = ("caller stops", *wanted)
    kinds = iter(e.kind for e in events if finished_at is None or e.t >= finished_at)
    return all(kind in kinds for kind in wanted)  # in this order (the iterator goes on)


async def _watch_pool(
    timeline: CallTimeline, llm: Any, warmup_ms: float | None, until: asyncio.Event
) -> None:
    while not until.is_set():
        session = getattr(llm, "pooled_session", None)
        if session is not None:
            how = "warm, from the idle pool" if session.warm else "cold: connected while waiting"
            fresh = (
                f"; opening one took {warmup_ms:.0f} ms on loopback"
                if warmup_ms is not None
                else ""
            )
            timeline.mark(
                "pool checkout",
                f"the call starts on session {session.session_id}: checkout "
                f"{session.wait_s * 1000:.1f} ms ({how}{fresh})",
                3,
            )
            return
        await asyncio.sleep(0.005)


async def _watch_model_input(
    timeline: CallTimeline,
    session_of: Callable[[], SessionRecord | None],
    line_bytes: bytearray,
    law_name: str | None,
    prompt_numbers: dict[str, tuple[str, str]],
) -> None:
    """Practice 5 (numbers in the instructions) and 6 (the caller's bytes at the model)."""
    seen_turns = 0
    numbers_done = False
    while True:
        await asyncio.sleep(0.02)
        session = session_of()
        if session is None:
            continue
        if not numbers_done and session.received_of("session.update"):
            numbers_done = True
            text = str(session.config.get("instructions", ""))
            for key, (raw, spelled) in prompt_numbers.items():
                ok = spelled in text  # only what the model really got counts as practice 5
                where = "in the instructions the model got" if ok else "NOT in the instructions"
                timeline.mark(
                    "prompt number", f"{key}: {raw} → {spelled!r} ({where})", 5 if ok else None
                )
        turns = session.input_audio_turns
        while seen_turns < len(turns):
            data = bytes(turns[seen_turns])
            seen_turns += 1
            if law_name is None:
                timeline.mark("model input", f"turn {seen_turns}: {len(data)} PCM bytes")
                continue
            exact = data in bytes(line_bytes)
            digest = hashlib.sha256(data).hexdigest()[:12]
            verdict = (
                "a byte-exact slice of the caller's line"
                if exact
                else "NOT found in the line (re-encoded)"
            )
            timeline.mark(
                "bytes at model",
                f"turn {seen_turns}: {len(data)} {law_name} bytes = {verdict} (sha256 {digest}…)",
                6 if exact else None,  # re-encoded audio is not practice 6 at work
            )


async def _watch_tts(timeline: CallTimeline, az: AzureSpeechEmulator) -> None:
    """Practice 4: each sentence's request and Azure's first audio for it."""
    reported = 0
    while True:
        await asyncio.sleep(0.01)
        while reported < len(az.requests) and az.requests[reported].first_audio_at is not None:
            rec = az.requests[reported]
            reported += 1
            assert rec.first_audio_at is not None
            wait_ms = (rec.first_audio_at - rec.received_at) * 1000
            said = rec.spoken_text.strip()
            timeline.mark(
                "TTS first audio",
                f"sentence {reported}: Azure's first audio {wait_ms:.0f} ms after the request: "
                f"{said[:60]!r}{'…' if len(said) > 60 else ''}",
                4,
                at=rec.first_audio_at - timeline.t0,
            )


def _observed_number_transform(
    timeline: CallTimeline, prompt_lang: str, sentences: list[tuple[float, str, str]]
) -> Any:
    """The pack's number transform as :func:`~pipecat_rt_best.call_pipeline.phone_call` sets
    it up (each sentence's script, ``prompt_lang`` breaking ties), recording each sentence
    before → after (practice 5)."""
    inner = number_text_transform("auto", prefer=prompt_lang)

    async def spell_numbers(text: str, text_type: str) -> str:
        out = await inner(text, text_type)
        sentences.append((timeline.now(), text, out))
        if out != text:
            timeline.mark("spoken numbers", f"{text.strip()!r} → {out.strip()!r}", 5)
        return out

    return spell_numbers


def _below_caller(levels: Mapping[str, float], key: str) -> str | None:
    """``"15 dB"``: how far ``levels[key]`` is under the caller's level; None when the
    scenario does not give both (a scenario of your own need not)."""
    if "caller" not in levels or key not in levels:
        return None
    return f"{levels['caller'] - levels[key]:.0f} dB"


async def _simulated_transfer(frame: ConversationStateFrame) -> None:
    """A simulated call has no provider to hand the caller over to: the hand-off is logged
    (and the call ends after the bot's words, as a real transfer's would on the bot's side)."""
    logger.info(f"simulated call: the caller would be handed over to {frame.exit!r} here")


@contextlib.asynccontextmanager
async def _speech_emulator(modality: Modality) -> AsyncIterator[AzureSpeechEmulator | None]:
    if modality != "text":
        yield None
        return
    async with AzureSpeechEmulator(api_key=SIM_KEY, ms_per_char=MS_PER_CHAR) as az:
        yield az


async def simulate_call(
    *,
    modality: Modality = "audio",
    scenario: Scenario | None = None,
    caller: list[CallerTurn] | None = None,
    replies: Sequence[ReplyLike] | None = None,
    audio_format: Literal["pcm", "pcmu", "pcma"] = "pcmu",
    out_dir: str | os.PathLike[str] | None = None,
    vad: VADAnalyzer | None = None,
    pool: bool = True,
    on_event: EventListener | None = None,
    hang_up_after_s: float = 12.0,
    max_call_s: float = 120.0,
    tool_handlers: Mapping[str, FunctionCallHandler] | None = None,
    transfer_handlers: Mapping[str, TransferHandler] | None = None,
) -> SimulationResult:
    """Run the scripted call (:func:`~.scenario.scripted_call`) and return what happened.

    ``caller`` / ``replies`` replace the scenario's caller turns / model responses;
    ``pool``: start the call on a pre-warmed session (practice 3); ``on_event`` sees each
    timeline event as it happens (a plain function, or an ``async def`` one, run as a task and
    awaited before the call returns; one that raises is logged once and dropped; the call
    goes on); ``vad``: the caller-side VAD (default: a new
    :class:`NoiseRobustVADAnalyzer`; one may serve call after call, each call's timeline
    listens to its decisions only while the call runs). Any other pipecat ``VADAnalyzer``
    (``SileroVADAnalyzer``) serves one call, as in a pipecat bot that makes one per
    connection: pipecat shuts its thread down when the call's pipeline ends, so one that
    already served a call is refused (``ValueError``) before the call starts. The call hangs up once the bot's
    last reply has played (or ``hang_up_after_s`` after the caller's last turn; with
    ``caller=[]``, once the greeting has played), and at
    ``max_call_s`` whatever happens. With ``out_dir`` (a path or a str, as the CLI's ``--out``):
    ``caller.wav``, ``bot.wav``, ``report.json`` and ``timeline.png`` are written there.

    ``scenario``: the pack's scripted call by default, or a :class:`~.scenario.Scenario` of
    your own (your prompt, caller turns and replies; its ``levels_dbfs`` may stay empty: the
    timeline then names no levels). ``tool_handlers`` / ``transfer_handlers``: as
    :func:`~pipecat_rt_best.call_pipeline.phone_call` takes them, your bot's own (default:
    every prompt tool answered "not available in this demo", every transfer target handed
    over to no one, logged).
    """
    if modality not in ("audio", "text"):
        raise ValueError(f"modality must be 'audio' or 'text', not {modality!r}")
    # checked before the call: a bad out_dir found only at the end would lose the whole call
    out_path = None if out_dir is None else Path(out_dir)
    if out_path is not None and out_path.exists() and not out_path.is_dir():
        raise OutputsNotWritten(f"out_dir {str(out_path)!r} is a file, not a folder")
    sc = scenario or scripted_call(modality)
    if not isinstance(sc.prompt, RealtimePrompt):  # what load_prompt() returns: its prompt
        sc = dataclasses.replace(sc, prompt=as_prompt(sc.prompt, "Scenario.prompt"))
    turns = caller if caller is not None else sc.caller
    script = list(replies) if replies is not None else list(sc.replies)
    law = {"pcmu": "ulaw", "pcma": "alaw"}.get(audio_format)
    timeline = CallTimeline(state_tool=sc.state_tool)
    if on_event is not None:
        timeline.on_event.append(on_event)
    says = iter(sc.caller_says if caller is None else ())

    def on_speech(start: float, end: float, who: str) -> None:
        if who == "caller":
            text = next(says, "")
            detail = f"{end - start:.1f} s" + (f" {text!r} (synthetic voice)" if text else "")
            timeline.mark("caller speaks", detail, at=start - timeline.t0)
        else:
            below = _below_caller(sc.levels_dbfs, "tv_speech")
            timeline.mark(
                "TV speech",
                f"{end - start:.1f} s from the room"
                + (f", {below} under the caller" if below else ""),
                at=start - timeline.t0,
            )

    transport = SimulatedCallTransport(
        turns,
        sample_rate=SAMPLE_RATE,
        g711_law=law,  # type: ignore[arg-type]
        background=sc.background,
        on_speech=on_speech,
    )

    def who_is_talking(t: float) -> str:
        """Who was on the line ``t`` s into the call (a VAD decision lags its audio)."""
        at = timeline.t0 + t
        inp = transport.caller_input
        if any(a <= at <= b + 0.3 for a, b in transport.caller_spoke):
            return "the caller's speech"
        if any(a <= at <= b + 0.3 for a, b, _ in inp.background_spoke):
            return "TV speech"
        return ""

    def since_caller_stopped(t: float) -> float | None:
        at = timeline.t0 + t
        ended = [b for _, b in transport.caller_spoke if b <= at]
        return at - max(ended) if ended else None

    def line_time(analyzed_s: float) -> float | None:
        started = transport.caller_input.started_at
        return None if started is None else started - timeline.t0 + analyzed_s

    timeline.who_is_talking = who_is_talking
    timeline.since_caller_stopped = since_caller_stopped
    timeline.line_time = line_time
    refuse_a_served_vad(vad)  # before the emulators and the pool (phone_call notes it)
    vad = vad if vad is not None else NoiseRobustVADAnalyzer()
    sentences: list[tuple[float, str, str]] = []
    watchers = _Watchers(timeline)
    connected = asyncio.Event()

    async with (
        RealtimeEmulator(
            api_key=SIM_KEY, script=EmulatorScript(replies=script, ms_per_char=MS_PER_CHAR)
        ) as emu,
        _speech_emulator(modality) as az,
    ):
        env = {"OPENAI_API_KEY": SIM_KEY, "OPENAI_REALTIME_URL": emu.url}
        session_pool: RealtimeSessionPool | None = None
        warmup_ms: float | None = None
        stop_watching_vad: Callable[[], None] | None = None
        try:  # from the pool's start: a warm-up that fails or is cancelled closes it too
            if pool:
                session_pool = realtime_pool_from_env(PoolConfig(min_idle=1, max_idle=1), env=env)
                began = time.monotonic()
                await session_pool.start()
                await session_pool.wait_ready(timeout=10)
                warmup_ms = (time.monotonic() - began) * 1000
                timeline.mark(
                    "pool warm",
                    f"1 session opened (connect + session.created) before the call, in {warmup_ms:.0f} ms",
                    3,
                )
            talk = _below_caller(sc.levels_dbfs, "tv_speech")
            music = _below_caller(sc.levels_dbfs, "tv_bed")
            if talk and music:
                timeline.mark(
                    "TV on", f"talk {talk} and music {music} under the caller, the whole call"
                )
            elif sc.background.bed is not None or sc.background.speech:
                timeline.mark("background on", "the room behind the caller, the whole call")
            tts: AzureSpeechTTSService | None = None
            if az is not None:
                tts = azure_tts_for_calls(
                    config=AzureSpeechConfig(api_key=SIM_KEY, host=az.host, voice=SPEECH_VOICE),
                    output={"pcmu": "ulaw", "pcma": "alaw"}.get(audio_format, "pcm"),  # type: ignore[arg-type]
                    numbers_lang=None,  # the same transform, observed:
                    text_transforms=[
                        ("*", _observed_number_transform(timeline, sc.prompt.language, sentences))
                    ],
                    lexicon=prompt_lexicon(sc.prompt),
                    lexicon_ignore_case=True,
                )
            if isinstance(vad, NoiseRobustVADAnalyzer):  # until the call ends: vad may be reused
                stop_watching_vad = timeline.watch_vad(vad, asyncio.get_running_loop())
            call = await phone_call(
                transport,
                sc.prompt,
                modality=modality,
                audio_format=audio_format,
                sample_rate=SAMPLE_RATE,
                env=env,
                session_pool=session_pool,
                vad=vad,
                tts=tts,
                observers=[timeline],
                tool_handlers=(
                    unavailable_tool_handlers(sc.prompt) if tool_handlers is None else tool_handlers
                ),
                transfer_handlers=(
                    dict.fromkeys(sc.prompt.transfer_targets, _simulated_transfer)
                    if transfer_handlers is None
                    else transfer_handlers
                ),
            )
            runner = WorkerRunner(handle_sigint=False)
            llm = call.llm
            spelled = spelled_context(sc.prompt)
            prompt_numbers = {
                key: (str(sc.prompt.context[key]), str(spelled[key]))
                for key in sc.prompt.context_money_keys
                if key in sc.prompt.context and key in spelled
            }

            def session_of() -> SessionRecord | None:
                pooled = getattr(llm, "pooled_session", None)
                return _call_session(emu, pooled.session_id if pooled else None)

            if session_pool is not None:
                watchers.start(_watch_pool(timeline, llm, warmup_ms, connected))
            watchers.start(
                _watch_model_input(
                    timeline,
                    session_of,
                    transport.caller_input.line_bytes,
                    {"ulaw": "μ-law", "alaw": "A-law"}.get(law or ""),
                    prompt_numbers,
                )
            )
            if az is not None:
                watchers.start(_watch_tts(timeline, az))

            async def hang_up() -> None:
                try:  # a call whose cues never come (no greeting, a turn never heard) still ends
                    await asyncio.wait_for(transport.caller_finished.wait(), max_call_s)
                except TimeoutError:
                    logger.warning(
                        f"simulate: the caller's turns did not finish in {max_call_s:.0f} s"
                    )
                    timeline.mark("hang up", "call deadline")
                    await call.worker.queue_frame(EndFrame())
                    return
                # with no turns (caller=[]), the greeting is the last reply, however short
                finished_at = timeline.now() if turns else None
                deadline = time.monotonic() + hang_up_after_s
                while time.monotonic() < deadline:  # let the last reply play out
                    await asyncio.sleep(0.05)
                    if reply_to_last_turn_played(timeline.events, finished_at):
                        break
                await asyncio.sleep(0.3)
                timeline.mark("hang up", "the caller hangs up")
                await call.worker.queue_frame(EndFrame())

            await runner.add_workers(call.worker)
            hang_up_task = asyncio.create_task(hang_up())
            try:
                await runner.run()
            finally:
                hang_up_task.cancel()
                connected.set()
                await asyncio.sleep(0.05)  # let the watchers see the last records
                await watchers.stop()
            this = asyncio.current_task()
            if this is not None and this.cancelling():
                # Ctrl-C: pipecat's runner ends the call and swallows the cancellation; the
                # call was not finished, so no verdict and no outputs (the last ones stay)
                timeline.cancel_listeners()
                raise asyncio.CancelledError
        finally:
            if stop_watching_vad is not None:
                stop_watching_vad()
            if session_pool is not None:
                await session_pool.aclose()
        session = session_of()
        if session is not None:  # what the model remembers of each reply it was cut off in
            for trunc in session.truncations:
                if trunc["accepted"]:
                    timeline.model_memory.append(trunc["transcript"])
        timeline.finish()
        await timeline.drain()  # an async on_event listener sees every event before the result
        t0 = timeline.t0
        result = SimulationResult(
            timeline=timeline,
            played=transport.played,
            caller_spoke=[(a - t0, b - t0) for a, b in transport.caller_spoke],
            caller_wav=None,
            emulator_commits=len(session.commits) if session else 0,
            emulator_responses=sum(
                1
                for e in (session.received if session else [])
                if e.get("type") == "response.create"
            ),
            emulator_turn_bytes=[len(b) for b in (session.input_audio_turns if session else [])],
            modality=modality,
            audio_format=audio_format,
            pool=pool,
            background_spoke=[
                (a - t0, b - t0, label) for a, b, label in transport.caller_input.background_spoke
            ],
            tts_texts=[r.spoken_text for r in az.requests] if az is not None else [],
            tts_sentences=sentences,
        )
    result.report = build_report(result, transport, sc)
    if out_path is not None:
        write_outputs(result, transport, out_path)
    return result


BRIDGE_MS = 5.0
"""In ``bot.wav``, a gap this short between two chunks is bridged, not left silent: the
simulated handset plays each chunk when pipecat writes it, and a write comes 0.4–3 ms after
the previous chunk ended (the output's sleep overshoots), which is no silence of the bot's:
left as zeros, those gaps would crackle every 20 ms."""


def _bot_lane(
    played: PlayedAudio, t0: float, duration_s: float, *, bridge_ms: float = 0.0
) -> npt.NDArray[np.float64]:
    """The bot's audio as the handset played it, placed on the call's clock (``t0`` is
    sample 0): each chunk at the time it started playing, silence where nothing played.
    ``bridge_ms``: a gap at most this long between one chunk's end and the next one's start
    is filled with a straight line between the samples either side."""
    rate = played.sample_rate
    lane = np.zeros(int(duration_s * rate) + 1)
    end: int | None = None  # where the previous chunk ended
    for at, chunk in played.chunks:
        pcm = np.frombuffer(chunk, dtype="<i2").astype(np.float64)
        i = int((at - t0) * rate)
        if i < 0 or i >= len(lane):
            continue
        m = min(len(pcm), len(lane) - i)
        lane[i : i + m] = pcm[:m]
        if end is not None and m and 0 < i - end <= bridge_ms * rate / 1000:
            lane[end:i] = np.linspace(lane[end - 1], lane[i], i - end + 2)[1:-1]
        end = i + m
    return lane


def _on_call_clock(audio: npt.NDArray[Any], lead: int, n: int) -> npt.NDArray[np.float64]:
    """``n`` samples of the call clock: silence for the ``lead`` samples before the line
    opened, then ``audio`` (cut at the end)."""
    x = np.zeros(n)
    part = audio[: max(0, n - lead)]
    x[lead : lead + len(part)] = part
    return x


def bot_track(played: PlayedAudio, start: float, seconds: float) -> npt.NDArray[np.int16]:
    """``bot.wav``'s samples: the bot as the handset played it on the call's clock, from
    ``start`` (a ``time.monotonic()``, the report's t = 0) for ``seconds`` (the report's
    length, as ``caller.wav``), so the two tracks line up sample for sample in time; silence
    where the bot was silent, gaps of the simulated writes' lateness bridged
    (:data:`BRIDGE_MS`)."""
    lane = _bot_lane(played, start, seconds, bridge_ms=BRIDGE_MS)
    n = round(seconds * played.sample_rate)
    return np.clip(np.rint(lane[:n]), -32768, 32767).astype(np.int16)


def build_report(
    result: SimulationResult, transport: SimulatedCallTransport, scenario: Scenario
) -> dict[str, Any]:
    """The call as JSON-ready data: events, the audio lanes the plot draws, per-practice
    verdicts. :func:`~.plot.plot_call` draws a report; nothing else is needed."""
    t0 = result.timeline.t0
    inp = transport.caller_input
    start = (inp.started_at or t0) - t0
    events = [e.as_dict() for e in result.events]
    duration = max([start + len(inp.line) * 0.02, *(e["t"] for e in events), 0.0])

    total = int(duration * SAMPLE_RATE) + 1
    lead = max(0, int(start * SAMPLE_RATE))

    def lane(chunks: list[npt.NDArray[np.int16]]) -> list[float]:
        """The line's audio on the call clock, as an envelope of the same length as the
        others."""
        audio = np.concatenate(chunks) if chunks else np.zeros(0)
        return envelope(_on_call_clock(audio, lead, total), SAMPLE_RATE)

    bot = _bot_lane(result.played, t0, duration)
    bot_spans: list[list[float]] = []
    for e in result.events:
        if e.kind == "bot starts":
            bot_spans.append([round(e.t, 3), round(duration, 3)])
        elif e.kind == "bot stops" and bot_spans and bot_spans[-1][1] == round(duration, 3):
            bot_spans[-1][1] = round(e.t, 3)
    seen = result.practices_seen()
    return {
        "modality": result.modality,
        "audio_format": result.audio_format,
        "sample_rate": SAMPLE_RATE,
        "duration_s": round(duration, 3),
        "line_opened_s": round(start, 3),  # the caller's line, after the pipeline's start-up
        "levels_dbfs": scenario.levels_dbfs,
        "practices": {
            str(n): {
                "name": name,
                "seen": seen[n],
                "events": sum(1 for e in result.timeline.events if e.practice == n),
                "note": None if seen[n] else result.not_exercised(n),
            }
            for n, name in PRACTICES.items()
        },
        "events": events,
        "segments": {
            "caller": [[round(a, 3), round(b, 3)] for a, b in result.caller_spoke],
            "background": [
                [round(a, 3), round(b, 3), label] for a, b, label in result.background_spoke
            ],
            "bot": bot_spans,
        },
        "lanes": {  # RMS envelopes (fraction of full scale), from t=0, window_ms apart
            "window_ms": ENVELOPE_MS,
            "caller": lane(inp.caller_lane),
            "background": lane(inp.background_lane),
            "bot": envelope(bot[:total], SAMPLE_RATE),
        },
        "model": {
            "commits": result.emulator_commits,
            "responses": result.emulator_responses,
            "turn_bytes": result.emulator_turn_bytes,
            "remembers_after_barge_in": result.timeline.model_memory,
        },
        "tts_sentences": [
            {"t": round(t, 3), "written": before, "normalized": after}
            for t, before, after in result.tts_sentences
        ],
        "tts_texts": result.tts_texts,
        "tts_texts_with_digits": [t for t in result.tts_texts if _DIGITS.search(t)],
    }


def write_outputs(
    result: SimulationResult, transport: SimulatedCallTransport, out_dir: str | os.PathLike[str]
) -> None:
    """``caller.wav`` (the line as sent, silent before it opened), ``bot.wav`` (the bot as
    the handset played it: :func:`bot_track`), both on the report's clock and as long as the
    report (a ``t`` in ``report.json`` is a time in either), ``report.json``,
    ``timeline.png``; a file that cannot be written raises :class:`OutputsNotWritten`."""
    try:
        _write_outputs(result, transport, Path(out_dir))
    except OSError as exc:
        raise OutputsNotWritten(exc.errno, exc.strerror or str(exc), exc.filename) from exc


class OutputsNotWritten(OSError):
    """:func:`write_outputs` could not write a file to its folder (an ``OSError`` of its own,
    so a caller tells it from any other: a closed stdout, a socket)."""


def _write_outputs(
    result: SimulationResult, transport: SimulatedCallTransport, out_dir: Path
) -> None:
    import json

    out_dir.mkdir(parents=True, exist_ok=True)
    files = {
        "caller.wav": out_dir / "caller.wav",
        "bot.wav": out_dir / "bot.wav",
        "report.json": out_dir / "report.json",
        "timeline.png": out_dir / "timeline.png",
    }
    # both on the report's clock (sample 0 is its t = 0, the last sample its end): a time in
    # report.json is a time in either wav, and overlaid they show the talk-over and gaps
    seconds = result.report["duration_s"]
    lead = round(result.report["line_opened_s"] * SAMPLE_RATE)
    caller = _on_call_clock(transport.caller_line, lead, round(seconds * SAMPLE_RATE))
    files["caller.wav"].write_bytes(wav_bytes(caller.astype(np.int16), SAMPLE_RATE))
    bot = bot_track(result.played, result.timeline.t0, seconds)
    files["bot.wav"].write_bytes(wav_bytes(bot, result.played.sample_rate))
    files["report.json"].write_text(
        json.dumps(result.report, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    try:
        # lazy: matplotlib (the bench extra) is only needed for the picture
        from pipecat_rt_best.testing.simulated_call.plot import save_timeline_png

        save_timeline_png(result.report, files["timeline.png"])
    except ImportError as exc:
        logger.warning(f"simulate: timeline.png not drawn ({exc}); pip install matplotlib")
        del files["timeline.png"]
    result.caller_wav = files["caller.wav"]
    result.files = files
