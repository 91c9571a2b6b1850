"""A browser stand-in for offline calls: an aiortc peer that calls a SmallWebRTC bot.

pipecat's ``-t webrtc`` runner answers a browser's SDP offer with a
``SmallWebRTCConnection`` and hands it to ``bot(runner_args)``. :func:`call_webrtc_bot`
does the same in-process — a ``SmallWebRTCRequestHandler`` takes the offer, its callback
builds ``SmallWebRTCRunnerArguments`` and starts the bot — while a :class:`WebRTCCaller`
plays the browser: a real aiortc ``RTCPeerConnection`` (Opus audio both ways, DTLS-SRTP,
a data channel with the pipecat client's keep-alive pings) whose microphone is a
:class:`CallerTrack` speaking scripted turns on cues from the bot's audio it hears.
Hanging up closes the peer connection; the bot must then end on its own
(``on_client_disconnected``), which :func:`call_webrtc_bot` checks.

Every ICE candidate is kept on 127.0.0.1 (:func:`loopback_ice`): aioice gathers only
non-loopback host addresses, and an offline call must not send a packet anywhere else.

:func:`offline_webrtc_call` is a WebRTC bot's ``--offline`` (what
:func:`pipecat_rt_best.cli.bot_script.run_bot_script` runs for a bot serving ``webrtc`` only):
the emulators the environment does not replace
(:func:`~.offline_bot.offline_backends`, the model walking the prompt with
:func:`webrtc_walk`), one call from a caller who answers the greeting and barges into the
long reply, and the report of what the bot did.

Hand-written because nothing in pipecat or aiortc plays the browser's side of a
SmallWebRTC call; this is a harness (components never import it).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import fractions
import time
import uuid
from collections.abc import Callable, Coroutine, Iterator
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import numpy as np
import numpy.typing as npt
from aiortc import (
    MediaStreamTrack,
    RTCConfiguration,
    RTCPeerConnection,
    RTCSessionDescription,
)
from aiortc.mediastreams import MediaStreamError
from av import AudioFrame
from loguru import logger
from pipecat.runner.types import SmallWebRTCRunnerArguments
from pipecat.transports.smallwebrtc.connection import SmallWebRTCConnection
from pipecat.transports.smallwebrtc.request_handler import (
    SmallWebRTCRequest,
    SmallWebRTCRequestHandler,
)

from pipecat_rt_best.call_pipeline.bot_plan import Bot, BotPlan
from pipecat_rt_best.testing.offline_bot import (
    OfflineReport,
    _explain,
    offline_session,
)
from pipecat_rt_best.testing.simulated_call.caller_audio import synth_utterance
from pipecat_rt_best.testing.simulated_call.transport import CallerTurn

__all__ = [
    "BotDidNotEndError",
    "CallerResult",
    "CallerTrack",
    "SpeechDetector",
    "WebRTCCall",
    "WebRTCCaller",
    "call_webrtc_bot",
    "loopback_ice",
    "offer_over_http",
    "offline_webrtc_call",
    "webrtc_walk",
]

LOOPBACK = "127.0.0.1"
FRAME_MS = 20
T = TypeVar("T")


@contextlib.contextmanager
def loopback_ice() -> Iterator[None]:
    """While inside, every aiortc peer of this process gathers one host candidate:
    127.0.0.1 (aioice skips loopback and would offer the machine's other addresses)."""
    # lazy: only the offline harness reaches into aioice
    import aioice.ice

    original = aioice.ice.get_host_addresses
    aioice.ice.get_host_addresses = lambda use_ipv4, use_ipv6: [LOOPBACK]  # type: ignore[assignment]
    try:
        yield
    finally:
        aioice.ice.get_host_addresses = original


class CallerTrack(MediaStreamTrack):
    """The caller's microphone: 20 ms mono PCM16 frames at ``sample_rate``, paced in real
    time; silence unless :meth:`say` queued an utterance (aiortc encodes it to Opus)."""

    kind = "audio"

    def __init__(self, sample_rate: int = 16000) -> None:
        super().__init__()
        self.sample_rate = sample_rate
        self._step = sample_rate * FRAME_MS // 1000
        self._pending: npt.NDArray[np.int16] = np.zeros(0, dtype=np.int16)
        self._start: float | None = None
        self._sent = 0  # samples

    def say(self, samples: npt.NDArray[np.int16]) -> None:
        """Speak ``samples`` (at this track's rate) after whatever is still queued."""
        self._pending = np.concatenate([self._pending, samples.astype(np.int16)])

    @property
    def speaking(self) -> bool:
        return len(self._pending) > 0

    async def recv(self) -> AudioFrame:
        if self.readyState != "live":
            raise MediaStreamError
        if self._start is None:
            self._start = time.monotonic()
        wait = self._start + self._sent / self.sample_rate - time.monotonic()
        if wait > 0:
            await asyncio.sleep(wait)
        chunk, self._pending = self._pending[: self._step], self._pending[self._step :]
        if len(chunk) < self._step:
            chunk = np.concatenate([chunk, np.zeros(self._step - len(chunk), dtype=np.int16)])
        frame = AudioFrame.from_ndarray(chunk.reshape(1, -1), format="s16", layout="mono")
        frame.sample_rate = self.sample_rate
        frame.pts = self._sent
        frame.time_base = fractions.Fraction(1, self.sample_rate)
        self._sent += self._step
        return frame


@dataclass
class SpeechDetector:
    """Tells when the far end starts and stops speaking, from per-frame levels.

    Pure logic. Speech starts on the first frame above ``threshold_rms`` and stops after
    ``silence_ms`` below it (the bot's replies have short pauses between words).
    """

    threshold_rms: float = 300.0
    silence_ms: float = 500.0
    speaking: bool = False
    _quiet_ms: float = 0.0

    def feed(self, rms: float, ms: float) -> str | None:
        """``"start"``, ``"stop"`` or ``None`` for one frame of ``ms`` at level ``rms``."""
        if rms >= self.threshold_rms:
            self._quiet_ms = 0.0
            if not self.speaking:
                self.speaking = True
                return "start"
            return None
        if self.speaking:
            self._quiet_ms += ms
            if self._quiet_ms >= self.silence_ms:
                self.speaking = False
                return "stop"
        return None


@dataclass
class CallerResult:
    """What the caller's side saw. Times are seconds since :meth:`WebRTCCaller.run` began."""

    connected: bool = False
    turns_spoken: list[tuple[float, float]] = field(default_factory=list)
    bot_speech: list[tuple[float, float | None]] = field(default_factory=list)
    received_s: float = 0.0  # all audio the caller's peer decoded, silence included
    voiced_s: float = 0.0  # the part of it above the speech threshold
    hung_up_because: str = ""

    @property
    def bot_replies_heard(self) -> int:
        return len(self.bot_speech)


class WebRTCCaller:
    """A browser-like aiortc peer that speaks ``turns`` on cues, then hangs up.

    Each :class:`~pipecat_rt_best.testing.simulated_call.transport.CallerTurn` is spoken
    ``delay_s`` after the bot stops speaking, or with ``barge_in`` ``delay_s`` after the bot
    starts (cutting it off), as the simulated phone caller does; ``turns`` samples are at
    ``sample_rate``. Use :meth:`offer`, then :meth:`accept` with the answer, then :meth:`run`.
    """

    def __init__(
        self,
        turns: list[CallerTurn],
        *,
        sample_rate: int = 16000,
        ping_interval_s: float = 1.0,
        detector: SpeechDetector | None = None,
        log: Callable[[str], None] | None = None,
    ) -> None:
        self._turns = list(turns)
        self.track = CallerTrack(sample_rate)
        self._ping_interval_s = ping_interval_s
        self._detector = detector or SpeechDetector()
        self.result = CallerResult()
        self._pc = RTCPeerConnection(RTCConfiguration(iceServers=[]))  # no STUN: loopback only
        self._t0 = time.monotonic()
        self._cue = asyncio.Event()
        self._connected = asyncio.Event()
        self._tasks: list[asyncio.Task[None]] = []
        self._channel: Any = None
        self._log = log

        @self._pc.on("track")
        def on_track(track: MediaStreamTrack) -> None:
            if track.kind == "audio":
                self._tasks.append(asyncio.create_task(self._listen(track)))

        @self._pc.on("connectionstatechange")
        async def on_state() -> None:
            if self._pc.connectionState == "connected":
                self.result.connected = True
                self._connected.set()

    def _say(self, what: str) -> None:
        if self._log is not None:
            self._log(f"[{self._now():5.1f} s] {what}")

    def _now(self) -> float:
        return time.monotonic() - self._t0

    async def offer(self) -> dict[str, str]:
        """The SDP offer, as a browser sends it to ``/api/offer`` (ICE gathered)."""
        # the pipecat client's order: audio (index 0), then video; the bot reads index 0
        self._pc.addTransceiver(self.track, direction="sendrecv")
        self._pc.addTransceiver("video", direction="recvonly")
        self._channel = self._pc.createDataChannel("chat", ordered=True)
        await self._pc.setLocalDescription(await self._pc.createOffer())
        desc = self._pc.localDescription
        return {"sdp": desc.sdp, "type": desc.type}

    async def accept(self, answer: dict[str, Any]) -> None:
        await self._pc.setRemoteDescription(
            RTCSessionDescription(sdp=answer["sdp"], type=answer["type"])
        )

    async def _listen(self, track: MediaStreamTrack) -> None:
        while True:
            try:
                frame = await track.recv()
            except MediaStreamError:
                return
            if not isinstance(frame, AudioFrame):
                continue
            samples = frame.to_ndarray().astype(np.float64)
            ms = frame.samples * 1000 / frame.sample_rate
            rms = float(np.sqrt(np.mean(samples**2))) if samples.size else 0.0
            self.result.received_s += ms / 1000
            if rms >= self._detector.threshold_rms:
                self.result.voiced_s += ms / 1000
            change = self._detector.feed(rms, ms)
            if change == "start":
                self.result.bot_speech.append((self._now(), None))
                self._say("bot starts speaking")
                self._cue.set()
            elif change == "stop":
                start, _ = self.result.bot_speech[-1]
                self.result.bot_speech[-1] = (start, self._now())
                self._say(f"bot stops ({self._now() - start:.1f} s)")
                self._cue.set()

    async def _ping(self) -> None:
        while True:  # the pipecat client's keep-alive; the bot treats silence as a lost peer
            if self._channel is not None and self._channel.readyState == "open":
                self._channel.send(f"ping: {int(time.time() * 1000)}")
            await asyncio.sleep(self._ping_interval_s)

    async def _wait_for(self, predicate: Callable[[], bool], deadline: float) -> bool:
        while not predicate():
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            self._cue.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._cue.wait(), min(left, 0.05))
        return True

    async def run(self, *, max_call_s: float = 60.0, hang_up_after_s: float = 12.0) -> CallerResult:
        """Connect, speak the turns on their cues, wait for the bot's last reply to end
        (at most ``hang_up_after_s``), hang up. ``max_call_s`` bounds the whole call."""
        self._t0 = time.monotonic()
        deadline = self._t0 + max_call_s
        self._tasks.append(asyncio.create_task(self._ping()))
        try:
            await asyncio.wait_for(self._connected.wait(), max(0.1, deadline - time.monotonic()))
        except TimeoutError:
            self.result.hung_up_because = "the peer connection never connected"
            await self.hang_up()
            return self.result
        self._say("connected")
        last_word = 0.0
        for turn in self._turns:
            cue = "start" if turn.barge_in else "stop"
            seen = len(self.result.bot_speech)

            def cued(cue: str = cue, seen: int = seen) -> bool:
                speech = self.result.bot_speech
                if cue == "start":
                    return len(speech) > seen or (bool(speech) and speech[-1][1] is None)
                return bool(speech) and speech[-1][1] is not None and not self._detector.speaking

            if not await self._wait_for(cued, deadline):
                self.result.hung_up_because = (
                    f"no cue (bot {cue}) for turn {len(self.result.turns_spoken) + 1}"
                )
                await self.hang_up()
                return self.result
            await asyncio.sleep(turn.delay_s)
            start = self._now()
            self._say(
                f"caller turn {len(self.result.turns_spoken) + 1}: "
                f"{len(turn.samples) / self.track.sample_rate:.1f} s of speech"
                + (" (barging in)" if turn.barge_in else "")
            )
            self.track.say(turn.samples)
            await self._wait_for(lambda: not self.track.speaking, deadline)
            last_word = self._now()
            self.result.turns_spoken.append((start, last_word))

        def answered() -> bool:  # a reply that started after the caller's last word has ended
            return (
                any(s > last_word and e is not None for s, e in self.result.bot_speech)
                and not self._detector.speaking
            )

        ok = await self._wait_for(answered, min(deadline, time.monotonic() + hang_up_after_s))
        self.result.hung_up_because = "the bot answered" if ok else "no answer in time"
        self._say(f"caller hangs up ({self.result.hung_up_because})")
        await self.hang_up()
        return self.result

    async def hang_up(self) -> None:
        """Close the peer connection (the browser's tab closing), and stop listening."""
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self._tasks.clear()
        self.track.stop()
        await self._pc.close()


async def offer_over_http(caller: WebRTCCaller, base_url: str) -> None:
    """Connect ``caller`` to a running ``-t webrtc`` runner, as the browser client does:
    POST the offer to ``{base_url}/api/offer`` and accept the answer."""
    # lazy: only calls against a separate runner process need an HTTP client
    import aiohttp

    offer = await caller.offer()
    async with (
        aiohttp.ClientSession() as http,
        http.post(f"{base_url.rstrip('/')}/api/offer", json=offer) as response,
    ):
        response.raise_for_status()
        await caller.accept(await response.json())


class BotDidNotEndError(RuntimeError):
    """The bot was still running after the caller hung up (no disconnect handling?)."""


@dataclass
class WebRTCCall(Generic[T]):
    """One finished call: what the caller saw, and what ``bot(runner_args)`` returned."""

    caller: CallerResult
    bot_result: T


async def call_webrtc_bot(
    bot: Callable[[SmallWebRTCRunnerArguments], Coroutine[Any, Any, T]],
    caller: WebRTCCaller,
    *,
    max_call_s: float = 60.0,
    hang_up_after_s: float = 12.0,
    end_timeout_s: float = 10.0,
    cli_args: argparse.Namespace | None = None,
) -> WebRTCCall[T]:
    """One call from ``caller`` to ``bot``, set up the way pipecat's ``-t webrtc`` runner
    does it (``cli_args``: the runner's parsed command line, as the bot sees it). Raises
    :class:`BotDidNotEndError` if the bot outlives the call by ``end_timeout_s`` (it is
    cancelled then), and re-raises the bot's own exception."""
    handler = SmallWebRTCRequestHandler()
    bot_task: asyncio.Task[T] | None = None

    async def on_connection(connection: SmallWebRTCConnection) -> None:
        nonlocal bot_task
        runner_args = SmallWebRTCRunnerArguments(
            webrtc_connection=connection, session_id=str(uuid.uuid4())
        )
        runner_args.cli_args = cli_args
        bot_task = asyncio.create_task(bot(runner_args))

    try:
        offer = await caller.offer()
        answer = await handler.handle_web_request(
            SmallWebRTCRequest(sdp=offer["sdp"], type=offer["type"]), on_connection
        )
        if answer is None or bot_task is None:
            raise RuntimeError("the request handler produced no answer / started no bot")
        await caller.accept(answer)
        run = asyncio.ensure_future(
            caller.run(max_call_s=max_call_s, hang_up_after_s=hang_up_after_s)
        )
        await asyncio.wait({run, bot_task}, return_when=asyncio.FIRST_COMPLETED)
        if not run.done():  # the bot ended the call (it failed): the browser sees it closed
            run.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await run
            caller.result.hung_up_because = "the bot ended the call"
            return WebRTCCall(caller.result, bot_task.result())
        result = run.result()
        if bot_task.done():  # ended early: surface why
            return WebRTCCall(result, bot_task.result())
        try:
            bot_result = await asyncio.wait_for(asyncio.shield(bot_task), end_timeout_s)
        except TimeoutError:
            raise BotDidNotEndError(
                f"the bot was still running {end_timeout_s:.0f} s after the caller hung up"
            ) from None
        return WebRTCCall(result, bot_result)
    finally:
        await caller.hang_up()
        if bot_task is not None and not bot_task.done():
            logger.warning("webrtc caller: cancelling a bot that did not end")
            bot_task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await bot_task
        await handler.close()


# -- a WebRTC bot's --offline ---------------------------------------------------------------


def webrtc_walk(prompt: Any, tool: str) -> Any:
    """The emulated model of an offline browser call (an ``EmulatorScript``): greet; after
    each caller turn move the state along its first transition to another state (a tool
    call; not to ``end`` or a transfer target, which would end the call), then say the new
    state's example — after the first turn at length, so the caller can cut in."""
    # lazy: the emulator's script types load only for --offline
    from pipecat_rt_best.testing.realtime_emulator import EmulatorScript, Reply, ToolCall

    by_id = {s.id: s for s in prompt.states}
    walk = [prompt.states[0].id]
    while nxt := [
        t.next_step
        for t in by_id[walk[-1]].transitions
        if t.next_step in by_id and t.next_step not in walk
    ]:
        walk.append(nxt[0])

    def say(state_id: str) -> str:
        examples = by_id[state_id].examples
        return str(examples[0]) if examples else "Alright."

    def respond(conversation: list[dict[str, Any]]) -> Any:
        turns = sum(
            1 for i in conversation if i.get("type") == "message" and i.get("role") == "user"
        )
        target = walk[min(turns, len(walk) - 1)]
        if conversation and conversation[-1].get("type") == "function_call_output":
            if turns == 1:  # a long answer: the caller will barge in
                return Reply(
                    text="I'm sorry to hear you're having trouble, and I'll help you get "
                    "back online. Before we look at your connection, I need a couple of "
                    f"details so I can find your account. {say(target)}"
                )
            return Reply(text=say(target))
        if turns == 0:
            return Reply(text=say(walk[0]))
        return Reply(tool_calls=[ToolCall(tool, {"next_step": target})])

    return EmulatorScript(responder=respond)


async def offline_webrtc_call(
    bot: Bot, args: argparse.Namespace, plan: BotPlan, *, sample_rate: int = 16000
) -> OfflineReport:
    """One call from an in-process aiortc browser to ``bot`` (a ``-t webrtc`` bot that
    runs its call with :func:`~pipecat_rt_best.call_pipeline.run_call_worker`), against
    the emulators the environment does not replace; returns the report.

    The caller speaks two turns at ``sample_rate`` — one after the greeting, one cutting
    into the long reply 1.5 s after it starts — and hangs up after the answer; the bot
    must then end on its own.
    """
    turns = [
        CallerTurn(synth_utterance(1.6, sample_rate, seed=1), delay_s=0.6),
        CallerTurn(synth_utterance(1.4, sample_rate, seed=2), delay_s=1.5, barge_in=True),
    ]
    report = OfflineReport()
    title = f"webrtc: an aiortc browser ⇄ the bot on {LOOPBACK}"
    async with offline_session(plan, args, title=title, model=webrtc_walk) as (stack, calls):
        caller = WebRTCCaller(turns, sample_rate=sample_rate, log=lambda line: print(f"  {line}"))
        try:
            with loopback_ice():
                call = await call_webrtc_bot(
                    bot, caller, max_call_s=60, hang_up_after_s=15, cli_args=args
                )
        except BotDidNotEndError as exc:
            report.problems.append(str(exc))
            return report
        except Exception as exc:  # the bot failed: one line, not a traceback
            report.problems.append(f"the bot raised {type(exc).__name__}: {exc}")
            return report
        bot_call = calls[0] if calls else None
        _webrtc_report(report, call.caller, bot_call, stack.realtime, turns=len(turns))
    return report


def _webrtc_report(
    rep: OfflineReport, heard: CallerResult, bot_call: Any, emulator: Any, *, turns: int
) -> None:
    if bot_call is None:
        rep.problems.append("the bot never started a call")
        return
    commits = (
        str(sum(len(session.commits) for session in emulator.sessions))
        if emulator is not None
        else "not visible (a real backend)"
    )
    rep.lines.append(
        f"caller turns spoken: {len(heard.turns_spoken)}; ended by the VAD: "
        f"{bot_call.turns_ended}; committed at the model: {commits}"
    )
    rep.lines.append(
        f"bot replies heard by the caller: {heard.bot_replies_heard} "
        f"({heard.voiced_s:.1f} s of bot audio over WebRTC)"
    )
    for t in bot_call.truncations:
        rep.lines.append(
            f"barge-in: {t.action} {t.item_id} at audio_end_ms={t.audio_end_ms} "
            f"(heard_ms={t.heard_ms:.0f} of {t.received_ms:.0f} ms received, {t.method})"
        )
    rep.lines.append(f"prompt states: {' → '.join(bot_call.states)}")
    rep.lines.append(
        f"hung up: {heard.hung_up_because}; bot ended on disconnect: {bot_call.caller_hung_up}"
    )
    if bot_call.failure:
        rep.problems.append(f"the call failed: {_explain(bot_call.failure)}")
    rep.check(heard.connected, "the WebRTC connection never came up")
    rep.check(heard.voiced_s > 0, "the caller heard no bot audio")
    spoken = len(heard.turns_spoken)
    rep.check(spoken >= turns, f"only {spoken} of {turns} caller turns were spoken")
    rep.check(
        bot_call.turns_ended >= spoken and bot_call.turns_ended > 0,
        f"{bot_call.turns_ended} caller turn(s) ended by the VAD",
    )
    if emulator is not None:
        rep.check(commits == str(spoken), f"{commits} caller turn(s) committed at the model")
        rep.check(
            any(t.audio_end_ms > 0 for t in bot_call.truncations), "the barge-in truncated nothing"
        )
    rep.check(bot_call.caller_hung_up, "the bot did not see the caller hang up")
