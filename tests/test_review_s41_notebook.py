"""Review s41, the pack as used in a notebook or the REPL: what a cell ending in an object
shows, and an object a notebook reuses from one cell's run to the next."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from websockets.asyncio.server import ServerConnection, serve

from pipecat_rt_best.testing.media_stream_simulator import SimulatorRecord
from pipecat_rt_best.testing.offline_bot import CallerTimeline, ScriptedCaller
from pipecat_rt_best.testing.phone_line import JitterBuffer

SECOND_OF_ULAW = 8000  # bytes of 8 kHz G.711: one second of a call


def _a_30_s_call() -> SimulatorRecord:
    """The record of a 30 s call, as ``await ScriptedCaller(...).run(url)`` returns it."""
    record = SimulatorRecord(jitter=JitterBuffer())
    line = b"\xff" * (30 * SECOND_OF_ULAW)
    record.sent_media.extend(line)
    record.received_media.extend(line)
    record.media_messages_sent = record.media_messages_received = 1500
    for i in range(0, len(line), 160):
        record.jitter.on_media(line[i : i + 160], i / SECOND_OF_ULAW)  # type: ignore[union-attr]
    record.jitter.advance(31.0)  # type: ignore[union-attr]
    return record


def test_a_simulator_records_repr_is_a_line_not_the_calls_audio() -> None:
    # WRONG: the README's offline test ends `record = await caller.run(...)`; a notebook cell
    # ending in `record` printed the dataclass repr: every byte sent and received, and the
    # jitter buffer's received/played bytes and frames — 737 KB for that 10 s call (the pack
    # keeps SimulationResult's and SessionRecord's reprs to one line for this reason).
    # EXPECTED: one line of counts, as SessionRecord's.
    record = _a_30_s_call()
    text = repr(record)
    assert len(text) < 400, len(text)
    assert "\\xff" not in text
    assert "240,000" in text  # the media sent, counted
    buffer = repr(record.jitter)
    assert len(buffer) < 400 and "\\xff" not in buffer, len(buffer)


def test_a_telephony_configs_repr_does_not_dump_its_fallback_prompt() -> None:
    from pipecat_rt_best.g711_passthrough import TelephonyServerConfig

    # WRONG: a config with a 5 s fallback prompt (README: fallback_pcm=load_prompt_wav(...))
    # showed the whole PCM in its repr: 320,000 characters for a cell that ends in `config`.
    # EXPECTED: the prompt's length, not its bytes.
    pcm = b"\x01\x02" * (5 * 8000)
    config = TelephonyServerConfig(fallback_pcm=pcm)
    text = repr(config)
    assert len(text) < 2000, len(text)
    assert "\\x01" not in text
    assert "fallback_pcm=<80000 bytes>" in text
    assert "fallback_pcm=None" in repr(TelephonyServerConfig())


@asynccontextmanager
async def _a_line_that_hangs_up_at_once() -> AsyncIterator[str]:
    """A media WebSocket that takes the stream's start and hangs up: no greeting."""

    async def handler(ws: ServerConnection) -> None:
        await ws.recv()  # connected
        await ws.recv()  # start
        await ws.close()

    async with serve(handler, "127.0.0.1", 0) as server:
        port = next(iter(server.sockets)).getsockname()[1]
        yield f"ws://127.0.0.1:{port}/ws"


async def test_a_scripted_caller_run_again_reports_only_the_new_call() -> None:
    # WRONG: ScriptedCaller kept one CallerTimeline for its life: run again (a notebook cell
    # run twice, one caller for several calls), a call that never heard the greeting still
    # showed the last call's answer_heard, and `stuck` kept the last call's step ("the
    # answer") — CallerTimeline says None means "it did not get there".
    # EXPECTED: each run starts a new timeline: this call got stuck at the greeting.
    caller = ScriptedCaller("twilio", step_timeout_s=3.0)
    caller.timeline = CallerTimeline(  # what an earlier call of this caller left
        greeting_heard=3.3, said_turn=3.4, reply_started=5.4, barged_in=6.6, bot_stopped=7.3,
        answer_heard=None, stuck="the answer",
    )  # fmt: skip
    async with _a_line_that_hangs_up_at_once() as url:
        record = await asyncio.wait_for(caller.run(url), timeout=4)
    assert record.closed_by == "server"
    assert caller.timeline == CallerTimeline(stuck="the greeting")


async def test_a_media_stream_simulator_run_twice_is_refused_not_a_stale_record() -> None:
    import pytest

    from pipecat_rt_best.testing import MediaStreamSimulator

    opened: list[int] = []

    async def handler(ws: ServerConnection) -> None:
        count = 0
        async for _ in ws:
            count += 1
        opened.append(count)

    # WRONG: a second `await sim.run()` (a notebook cell run again) returned at once the first
    # call's record, as if it were this call's, after opening a new stream on the server
    # (connected + start: the app started a call, a bot, a realtime session) and dropping it.
    # EXPECTED: refused before it connects, saying to make a new simulator.
    async with serve(handler, "127.0.0.1", 0) as server:
        port = next(iter(server.sockets)).getsockname()[1]
        sim = MediaStreamSimulator(f"ws://127.0.0.1:{port}/ws", max_duration_s=0.1)
        first = await sim.run()
        assert first.media_messages_sent == 5
        with pytest.raises(RuntimeError, match="one call"):
            await sim.run()
    assert len(opened) == 1


FACES = [
    "pipecat_rt_best",
    "pipecat_rt_best.azure_tts",
    "pipecat_rt_best.base",
    "pipecat_rt_best.call_pipeline",
    "pipecat_rt_best.g711_passthrough",
    "pipecat_rt_best.indic_numbers",
    "pipecat_rt_best.interruption_truncation",
    "pipecat_rt_best.noise_robust_vad",
    "pipecat_rt_best.realtime",
    "pipecat_rt_best.realtime_prompt",
    "pipecat_rt_best.session_pool",
    "pipecat_rt_best.testing",
    "pipecat_rt_best.testing.azure_speech_emulator",
    "pipecat_rt_best.testing.realtime_emulator",
]


def test_a_type_checker_flags_a_name_no_face_exports(tmp_path: Path) -> None:
    import pytest

    api = pytest.importorskip("mypy.api")
    # WRONG: each package face assigned the module-level __getattr__ where type checkers see
    # it (PEP 562): mypy, and an IDE, then typed any unknown name of the face as Any, so
    # `from pipecat_rt_best import NoiseRobustVADAnalyser` (a typo) passed `mypy --strict` and
    # failed only when the call ran; the faces' TYPE_CHECKING blocks, "what type checkers and
    # IDEs read" (_lazy.py), listed the names for nothing.
    # EXPECTED: a name a face does not export is an error, a name it exports is not.
    src = Path(__file__).resolve().parents[1] / "src"
    faces = [f for f in FACES if f != "pipecat_rt_best"]
    config = tmp_path / "mypy.ini"
    config.write_text(
        # only the faces are read (what they import stays unresolved: fast, no pipecat)
        f"[mypy]\nmypy_path = {src}\nfollow_imports = skip\nignore_missing_imports = True\n"
        f"incremental = False\n\n[mypy-{','.join(['pipecat_rt_best', *faces])}]\n"
        "follow_imports = silent\n"
    )
    code = "from pipecat_rt_best import NoiseRobustVADAnalyzer, normalize_numbers\n"
    code += "".join(f"from {face} import NoSuchName{i}\n" for i, face in enumerate(FACES))
    out, _, status = api.run(["--config-file", str(config), "-c", code])
    flagged = re.findall(r'Module "([\w.]+)" has no attribute "NoSuchName\d+"', out)
    assert sorted(flagged) == sorted(FACES), out
    assert status == 1 and out.count("error:") == len(FACES), out
