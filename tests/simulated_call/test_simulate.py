"""``pipecat-rt-best simulate``: the scripted noisy call shows the seven practices.

The two full calls (text and audio modality) run once each, side by side, as the CLI in a
subprocess (what ``make simulate`` runs), in real time (~25 s); the tests read what they
printed and wrote. The other tests are quick.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from pipecat.services.llm_service import FunctionCallParams

from pipecat_rt_best.cli import main
from pipecat_rt_best.noise_robust_vad.analyzer import NoiseRobustVADAnalyzer
from pipecat_rt_best.noise_robust_vad.state_machine import Decision
from pipecat_rt_best.realtime_prompt import load_prompt
from pipecat_rt_best.realtime_prompt.loader import EXAMPLES
from pipecat_rt_best.session_pool import RealtimeSessionPool
from pipecat_rt_best.testing.realtime_emulator import Reply, ToolCall
from pipecat_rt_best.testing.simulated_call.call import (
    bot_track,
    missing_practices,
    practice_summary,
    simulate_call,
)
from pipecat_rt_best.testing.simulated_call.caller_audio import (
    read_wav,
    synth_tv_bed,
    synth_tv_talk,
    synth_utterance,
    wav_bytes,
)
from pipecat_rt_best.testing.simulated_call.scenario import (
    CALLER_DBFS,
    TV_BED_DBFS,
    TV_LOOP_S,
    TV_SPEECH_DBFS,
    Scenario,
    scripted_call,
)
from pipecat_rt_best.testing.simulated_call.timeline import PRACTICES, TAGS, CallTimeline, tag
from pipecat_rt_best.testing.simulated_call.transport import (
    BackgroundSpeech,
    CallerTurn,
    LineBackground,
    PlayedAudio,
)
from tests.notebook_pyplot import notebook_pyplot

CLI_TIMEOUT_S = 150


@dataclass
class CliRun:
    rc: int
    out: str
    err: str
    folder: Path

    @property
    def report(self) -> dict[str, Any]:
        return json.loads((self.folder / "report.json").read_text(encoding="utf-8"))

    def events(self, kind: str) -> list[dict[str, Any]]:
        return [e for e in self.report["events"] if e["kind"] == kind]


def _start_cli(folder: Path, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "MPLBACKEND": "Agg"}
    for name in ("OPENAI_API_KEY", "AZURE_OPENAI_API_KEY", "AZURE_SPEECH_API_KEY"):
        env.pop(name, None)  # the call must not need (or use) a real backend
    return subprocess.Popen(
        [sys.executable, "-m", "pipecat_rt_best.cli", "simulate", "--out", str(folder), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


@pytest.fixture(scope="module")
def calls(tmp_path_factory: pytest.TempPathFactory) -> dict[str, CliRun]:
    """Both calls at once (each runs in real time and mostly waits), as ``make simulate``
    runs them: the CLI in a subprocess."""
    folders = {m: tmp_path_factory.mktemp(m) for m in ("text", "audio")}
    procs = {m: _start_cli(folders[m], "--modality", m) for m in folders}
    runs: dict[str, CliRun] = {}
    try:
        for m, proc in procs.items():
            out, err = proc.communicate(timeout=CLI_TIMEOUT_S)
            runs[m] = CliRun(proc.returncode, out, err, folders[m])
    finally:
        for proc in procs.values():
            if proc.poll() is None:
                proc.kill()
                proc.communicate()
    return runs


@pytest.fixture(scope="module")
def text_call(calls: dict[str, CliRun]) -> CliRun:
    return calls["text"]


@pytest.fixture(scope="module")
def audio_call(calls: dict[str, CliRun]) -> CliRun:
    return calls["audio"]


# -- quick: the synthetic sounds and the scenario ----------------------------------------


def _dbfs(x: np.ndarray) -> float:
    return float(20 * np.log10(np.sqrt(np.mean(np.asarray(x, float) ** 2)) / 32767))


def test_synthetic_caller_is_deterministic_and_round_trips_through_wav() -> None:
    a = synth_utterance(1.0, 8000, seed=5)
    assert np.array_equal(a, synth_utterance(1.0, 8000, seed=5))
    assert not np.array_equal(a, synth_utterance(1.0, 8000, seed=6))
    samples, rate = read_wav(wav_bytes(a, 8000))
    assert rate == 8000 and np.array_equal(samples, a)
    assert -17.5 < _dbfs(a) < -14.5


def test_the_tv_bed_is_deterministic_at_its_level() -> None:
    bed = synth_tv_bed(4.0, 8000, dbfs=-40.0, seed=3)
    assert np.array_equal(bed, synth_tv_bed(4.0, 8000, dbfs=-40.0, seed=3))
    assert abs(_dbfs(bed) - -40.0) < 0.1
    # music, not silence or a constant: its level moves from chord to chord and with tremolo
    frames = bed[: len(bed) // 160 * 160].reshape(-1, 160)
    levels = 20 * np.log10(np.sqrt(np.mean(frames**2, axis=1)) + 1e-9)
    assert np.ptp(levels) > 3


def test_the_scenario_is_deterministic_with_the_tv_under_the_caller() -> None:
    a, b = scripted_call("audio"), scripted_call("audio")
    for x, y in zip(a.caller, b.caller, strict=True):
        assert np.array_equal(x.samples, y.samples)
    assert np.array_equal(a.background.bed, b.background.bed)  # type: ignore[arg-type]
    assert [t.barge_in for t in a.caller] == [False, False, True]
    assert abs(_dbfs(a.caller[0].samples) - CALLER_DBFS) < 0.2
    # the TV talks on and off the whole programme, each stretch at its level
    talk, spans = synth_tv_talk(TV_LOOP_S, 8000, dbfs=TV_SPEECH_DBFS, seed=21)
    assert len(spans) >= 8 and spans == list(a.background.bed_speech)
    for start, end in spans:
        assert abs(_dbfs(talk[int(start * 8000) : int(end * 8000)]) - TV_SPEECH_DBFS) < 0.5
    assert TV_BED_DBFS < TV_SPEECH_DBFS < CALLER_DBFS
    # the model writes digits only in text modality (the TTS path spells them out)
    assert any(re.search(r"\d", r.text) for r in scripted_call("text").replies)
    assert not any(re.search(r"\d", r.text) for r in a.replies)


def test_float_audio_in_unit_range_is_scaled_onto_the_line() -> None:
    # a caller turn of floats in [-1, 1] (process_samples' and soundfile's convention) was
    # taken on the int16 scale and rounded to silence, while the timeline said the caller spoke
    voice = synth_utterance(1.2, 8000, seed=3)
    unit = voice.astype(np.float32) / 32768.0
    turn = CallerTurn(unit)
    assert turn.samples.dtype == np.int16
    assert np.max(np.abs(turn.samples.astype(int) - voice)) <= 1
    assert np.array_equal(CallerTurn(voice).samples, voice)  # int16 stays as it is
    # the room takes the same floats; int16-scale floats (at_level, the TV bed) stay as they are
    bed = synth_tv_bed(2.0, 8000, dbfs=-40.0, seed=3)
    assert np.array_equal(LineBackground(bed=bed).bed, bed)  # type: ignore[arg-type]
    assert np.allclose(LineBackground(bed=bed / 32768.0).bed, bed)  # type: ignore[arg-type]
    assert np.allclose(BackgroundSpeech(unit, bot_turn=1).samples, voice, atol=1)
    with pytest.raises(TypeError, match="CallerTurn: samples must be a 1-D array"):
        CallerTurn(np.zeros((2, 160)))
    with pytest.raises(ValueError, match="CallerTurn: samples contain NaN"):
        CallerTurn(np.array([0.1, np.nan]))


def test_cli_refuses_an_out_path_that_is_a_file(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "taken"
    target.write_text("x")
    assert main(["simulate", "--out", str(target)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "is a file" in err[0]


def test_cli_lists_subcommands(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main([]) == 2
    out = capsys.readouterr().out
    assert "simulate" in out and "emulator" in out


async def test_a_call_whose_cues_never_come_still_ends() -> None:
    # the model says nothing: the bot never greets, so the caller never speaks
    result = await asyncio.wait_for(
        simulate_call(replies=("",), max_call_s=3.0, hang_up_after_s=1.0, pool=False), timeout=30
    )
    hang_ups = [e for e in result.timeline.events if e.kind == "hang up"]
    assert hang_ups and hang_ups[0].detail == "call deadline"
    assert result.caller_spoke == []
    # asked for no pool, the pool is "not in this call", not a practice missing from it
    assert 3 not in missing_practices(result)
    (pool_line,) = [line for line in practice_summary(result) if "[3 pool]" in line]
    assert "not in this call: it connects directly" in pool_line


async def test_a_caller_with_no_turns_hangs_up_after_the_greeting() -> None:
    # simulate_call(caller=[]) to hear the greeting sat until max_call_s (2 minutes by
    # default): caller_finished was set only when the last turn's samples ran out
    result = await asyncio.wait_for(
        simulate_call(caller=[], replies=("Namaste.",), max_call_s=20.0, pool=False),
        timeout=40,
    )
    kinds = [e.kind for e in result.events]
    # the hang-up after the greeting's stop; not necessarily the last event: the TV's first
    # words start a turn ~0.1 s after the greeting (the only talker on the line may be the
    # caller), which a loaded machine's VAD reported after the hang-up (a CI run)
    (hang_up,) = [e for e in result.events if e.kind == "hang up"]
    assert "bot stops" in kinds[: kinds.index("hang up")]
    assert hang_up.detail == "the caller hangs up"
    assert result.report["duration_s"] < 6, result.report["duration_s"]


async def test_a_result_shows_as_one_line() -> None:
    """A notebook cell ending in ``result`` (or ``result.played``) shows a summary, not the
    played audio and the report's envelopes (~1.5 MB for the 24 s call)."""
    result = await asyncio.wait_for(
        simulate_call(replies=("Namaste.",), max_call_s=3.0, hang_up_after_s=1.0, pool=False),
        timeout=30,
    )
    assert result.played.chunks and result.report
    text = repr(result)
    assert len(text) < 300, text[:500]
    # the call's measured length: 3.0 s on a quiet machine, a little more under load
    seconds = result.report["duration_s"]
    assert text.startswith(f"SimulationResult(audio modality, pcmu, {seconds:.1f} s, ")
    seen = sum(result.practices_seen().values())
    assert f"{len(result.timeline.events)} events, practices seen {seen}/7" in text
    played = repr(result.played)
    assert len(played) < 200, played[:500]
    assert played.startswith(f"PlayedAudio(8000 Hz, {len(result.played.chunks)} chunks, ")


async def test_out_dir_may_be_a_str(tmp_path: Path) -> None:
    # ``out_dir="simulate-out"`` (the CLI's --out spelling) ran the whole call, then failed
    # on ``out_dir.mkdir``: AttributeError, nothing written and the result lost
    out = tmp_path / "simulate-out"
    result = await asyncio.wait_for(
        simulate_call(
            replies=("Namaste.",), max_call_s=3.0, hang_up_after_s=1.0, pool=False, out_dir=str(out)
        ),
        timeout=30,
    )
    assert (out / "report.json").exists() and (out / "caller.wav").exists()
    assert result.files["report.json"] == out / "report.json"


async def test_a_scenario_of_your_own_runs_with_your_tool_handlers() -> None:
    # Scenario's levels_dbfs left at its default {} raised KeyError: 'caller' (the "TV on"
    # mark), and the prompt's tools could only be answered "not currently available"
    prompt = load_prompt(EXAMPLES / "tech_support_technest.yaml").prompt
    ran: list[dict[str, Any]] = []

    async def check_outage(params: FunctionCallParams) -> None:
        ran.append(dict(params.arguments))
        await params.result_callback({"outage": False})

    scenario = Scenario(
        prompt=prompt,
        caller=[CallerTurn(synth_utterance(1.2, 8000, seed=3).astype(np.int16), delay_s=0.5)],
        caller_says=("My internet is down.",),
        background=LineBackground(),  # a quiet room, no levels
        replies=[
            Reply("Hello, this is TechNest support."),
            Reply(tool_calls=[ToolCall("check_outage", {"area": "Pune"})]),
            Reply("There is no outage in your area."),
        ],
    )
    result = await asyncio.wait_for(
        simulate_call(
            scenario=scenario,
            tool_handlers={"check_outage": check_outage},
            max_call_s=8.0,
            hang_up_after_s=2.0,
            pool=False,
        ),
        timeout=40,
    )
    assert ran == [{"area": "Pune"}]
    kinds = {e.kind for e in result.timeline.events}
    assert "caller speaks" in kinds and not kinds & {"TV on", "background on"}


@pytest.mark.parametrize("how", ["times out", "is interrupted"])
async def test_a_pool_warm_up_that_fails_closes_the_pool(
    how: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pool was started before the try/finally that closes it: a warm-up that timed out
    (a slow machine) or was interrupted (Jupyter's interrupt) left it reconnecting to the
    stopped emulator, logging errors into every later notebook cell."""
    pools: list[RealtimeSessionPool] = []
    warming = asyncio.Event()

    async def wait_ready(self: RealtimeSessionPool, timeout: float | None = None) -> None:
        pools.append(self)
        if how == "times out":
            raise TimeoutError
        warming.set()
        await asyncio.Event().wait()  # a warm-up that does not end before the interrupt

    monkeypatch.setattr(RealtimeSessionPool, "wait_ready", wait_ready)
    task = asyncio.create_task(
        simulate_call(replies=("Namaste.",), max_call_s=3.0, hang_up_after_s=1.0)
    )
    if how == "is interrupted":
        await warming.wait()
        task.cancel()
    with pytest.raises(TimeoutError if how == "times out" else asyncio.CancelledError):
        await asyncio.wait_for(task, timeout=30)
    (pool,) = pools
    assert pool.closed


def test_a_listener_that_raises_is_logged_once_and_removed() -> None:
    """A listener was called unprotected from the call's own tasks: one that raised (a
    notebook's print with a slip) killed the caller's audio feed (the call hung until
    max_call_s) or pipecat's observer proxy (the call's later events were lost)."""
    from loguru import logger

    timeline = CallTimeline()
    seen: list[str] = []

    def buggy(event: object) -> None:
        raise ValueError("user callback bug")

    timeline.on_event += [buggy, lambda e: seen.append(e.kind)]
    logged: list[str] = []
    sink = logger.add(logged.append, level="ERROR", format="{message}")
    try:
        for kind in ("caller speaks", "caller starts", "hang up"):
            assert timeline.mark(kind) is not None
    finally:
        logger.remove(sink)
    assert [e.kind for e in timeline.events] == ["caller speaks", "caller starts", "hang up"]
    assert seen == ["caller speaks", "caller starts", "hang up"]
    assert timeline.on_event == [timeline.on_event[0]] and timeline.on_event[0] is not buggy
    (line,) = logged
    assert "raised on 'caller speaks'" in line and "ValueError: user callback bug" in line


async def test_an_async_listener_sees_every_event_and_one_that_raises_is_dropped() -> None:
    # ``async def show(e)`` (a notebook's display code) was called and its coroutine dropped:
    # the body never ran, and all that showed was "coroutine 'show' was never awaited"
    from loguru import logger

    timeline = CallTimeline()
    seen: list[str] = []

    async def show(event: Any) -> None:
        await asyncio.sleep(0)
        seen.append(event.kind)

    async def buggy(event: Any) -> None:
        raise ValueError("user callback bug")

    timeline.on_event += [show, buggy]
    logged: list[str] = []
    sink = logger.add(logged.append, level="ERROR", format="{message}")
    try:
        for kind in ("caller speaks", "caller starts", "hang up"):
            timeline.mark(kind)
        await timeline.drain()
    finally:
        logger.remove(sink)
    assert seen == ["caller speaks", "caller starts", "hang up"]
    assert timeline.on_event == [show]
    (line,) = logged
    assert "raised on 'caller speaks'" in line and "ValueError: user callback bug" in line


async def test_a_call_awaits_its_async_listener() -> None:
    seen: list[str] = []

    async def show(event: Any) -> None:
        seen.append(event.kind)

    result = await asyncio.wait_for(
        simulate_call(
            replies=("Namaste.",), max_call_s=3.0, hang_up_after_s=1.0, pool=False, on_event=show
        ),
        timeout=30,
    )
    assert seen == [e.kind for e in result.timeline.events]


async def test_a_call_goes_on_past_a_listener_with_a_typo() -> None:
    # what a notebook cell with ``on_event=lambda e: print(e.lin())`` got: the AttributeError
    # at the first event, and (with a pool) a pool left reconnecting
    result = await asyncio.wait_for(
        simulate_call(
            replies=("Namaste.",),
            max_call_s=3.0,
            hang_up_after_s=1.0,
            pool=False,
            on_event=lambda e: print(e.lin()),  # type: ignore[attr-defined]
        ),
        timeout=30,
    )
    assert [e.kind for e in result.timeline.events][-1] == "hang up"


def test_a_timeline_stops_watching_the_vad_when_asked() -> None:
    analyzer = NoiseRobustVADAnalyzer(sample_rate=8000)
    loop = asyncio.new_event_loop()
    try:
        stopped, watching = CallTimeline(), CallTimeline()
        stop = stopped.watch_vad(analyzer, loop)
        watching.watch_vad(analyzer, loop)
        stop()
        # under the bot's greeting: on a silent line the first words would start a turn
        analyzer.set_bot_speaking(True)
        silence = np.zeros(8000, np.int16)
        speech = [np.asarray(synth_utterance(1.6, 8000, seed=s), dtype=np.int16) for s in (1, 2)]
        pcm = np.concatenate([silence, *(np.concatenate([u, silence]) for u in speech)])
        for i in range(0, len(pcm), 160):
            analyzer.process(pcm[i : i + 160].tobytes())
        loop.run_until_complete(asyncio.sleep(0.01))  # the marks are handed to the loop
        assert analyzer.rejects >= 1
        assert [e.kind for e in watching.events] == ["VAD reject"] * analyzer.rejects
        assert stopped.events == []
    finally:
        loop.close()


async def test_a_call_stops_listening_to_the_analyzer_it_was_given() -> None:
    """Re-running a notebook cell with the same analyzer printed every VAD decision once
    per earlier call (with stale times): each call's timeline stayed a listener."""
    vad = NoiseRobustVADAnalyzer()
    mine: list[Decision] = []
    vad.add_decision_listener(mine.append)
    await asyncio.wait_for(
        simulate_call(
            replies=("Namaste.",), max_call_s=3.0, hang_up_after_s=1.0, pool=False, vad=vad
        ),
        timeout=30,
    )
    assert mine, "the call's audio reached the analyzer"
    assert vad._decision_listeners == (mine.append,)


async def test_a_pipecat_analyzer_that_served_a_call_is_refused_before_the_next() -> None:
    """``vad = SileroVADAnalyzer()`` in one cell, ``simulate_call(vad=vad)`` run twice: the
    first call's end shut the analyzer's executor down (pipecat's cleanup), and the second
    logged an error for every 20 ms chunk (~12,000 lines), heard nothing and ran to
    max_call_s."""
    from pipecat.audio.vad.silero import SileroVADAnalyzer

    vad = SileroVADAnalyzer()
    await asyncio.wait_for(
        simulate_call(
            replies=("Namaste.",), max_call_s=3.0, hang_up_after_s=1.0, pool=False, vad=vad
        ),
        timeout=30,
    )
    began = time.monotonic()
    with pytest.raises(ValueError, match="SileroVADAnalyzer already served a call"):
        await simulate_call(replies=("Namaste.",), max_call_s=10.0, pool=False, vad=vad)
    # refused before the call, not after it (which would take its 10 s; a loaded machine once
    # took 1.03 s to refuse at once)
    assert time.monotonic() - began < 5.0


# -- the full call, text modality (all seven practices) ---------------------------------


def test_text_call_shows_all_seven_practices_live(text_call: CliRun) -> None:
    assert text_call.rc == 0, text_call.err
    out = text_call.out
    lines = out.splitlines()
    for n in PRACTICES:
        # a live timeline line tagged with it, and "seen" in the closing summary
        assert any(line[10:].startswith(tag(n)) for line in lines), n
        assert re.search(rf"^  \[{n} {TAGS[n]}\]\s+.*\bseen \(", out, re.M), n
    report = text_call.report
    assert all(p["seen"] for p in report["practices"].values())


def test_the_simulated_call_prints_no_warning(text_call: CliRun, audio_call: CliRun) -> None:
    # a review (session 31): the first command a user runs printed "no transfer handler for
    # the prompt's transfer target 'human_agent' … pass transfer_handlers={...}", which
    # simulate has no way to take; it now hands the caller over to a logged stand-in
    for call in (text_call, audio_call):
        assert "WARNING" not in call.out + call.err, call.out + call.err


def test_text_call_tv_speech_is_rejected_without_interrupting_the_bot(text_call: CliRun) -> None:
    report = text_call.report
    rejects = text_call.events("VAD reject")
    tv_spans = report["segments"]["background"]
    bot_spans = report["segments"]["bot"]
    during_bot_and_tv = [
        r
        for r in rejects
        if any(a <= r["t"] <= b for a, b in bot_spans)
        and any(a <= r["t"] <= b + 0.5 for a, b, _ in tv_spans)
    ]
    assert during_bot_and_tv, rejects
    assert "no barge-in" in during_bot_and_tv[0]["detail"]
    # the only barge-in is the caller's, its audio within their words (0.38 s in, on the
    # line's clock): the bot played on through the TV. When it was decided can come later: a
    # loaded CI run's backlog put it 0.63 s after their last word, 2.2 s after its audio
    barge_ins = text_call.events("barge-in")
    caller_barge_in, caller_ends = report["segments"]["caller"][2]
    assert len(barge_ins) == 1 and caller_barge_in < barge_ins[0]["audio_at"] < caller_ends
    assert len(bot_spans) == 4  # greeting, date-of-birth question, amounts (cut), link


def test_text_call_turns_end_on_the_vad_stop_after_the_caller_stops(text_call: CliRun) -> None:
    stops = text_call.events("caller stops")
    assert len(stops) == 3 and all(e["practice"] == 1 for e in stops)
    for e in stops:  # never before the caller's last word; the VAD waits its silence out
        after = float(re.search(r"([\d.]+) s after the caller's last word", e["detail"]).group(1))  # type: ignore[union-attr]
        assert 0.0 < after < 5.0, (e, stops)
    assert text_call.report["model"]["commits"] == 3


def test_text_call_truncates_to_the_heard_words(text_call: CliRun) -> None:
    (cut,) = text_call.events("replace")
    assert cut["practice"] == 2
    heard = float(re.search(r"heard ([\d.]+) s", cut["detail"]).group(1))  # type: ignore[union-attr]
    barge_in = text_call.events("barge-in")[0]["t"]
    reply_start = max(a for a, _ in text_call.report["segments"]["bot"] if a < barge_in)
    # what the caller heard ≈ how long the reply had played when the caller cut in: never
    # more, and less only by what the line did not play meanwhile. Idle, 3.28 s heard of
    # 3.40 s; in a loaded CI run 2.67 of 3.43, and 1.90 of 3.19 beside other runs (load 9):
    # the real-time call's TTS audio reached the output late, and its ducking mixer filled
    # the line with silence meanwhile (the clock counts only the reply's audio written; the
    # elapsed time counts the silence too). The bound that pins the cut is the upper one.
    elapsed = barge_in - reply_start
    assert 0.5 * elapsed - 0.3 < heard < elapsed + 0.3, (heard, barge_in, reply_start)
    assert "the model keeps" in cut["detail"]


def test_text_call_pool_states_and_numbers(text_call: CliRun) -> None:
    (checkout,) = text_call.events("pool checkout")
    assert checkout["practice"] == 3 and "warm" in checkout["detail"]
    states = [e["detail"].split(" (")[0] for e in text_call.events("state")]
    assert states == [
        "1_greeting → 2_verify_identity",
        "2_verify_identity → 3_inform_due",
        "3_inform_due → 5_payment_link",
    ]
    spoken = text_call.events("spoken numbers")
    assert any("₹12,500" in e["detail"] and "बारह हज़ार पाँच सौ रुपये" in e["detail"] for e in spoken)
    report = text_call.report
    assert report["tts_texts"] and report["tts_texts_with_digits"] == []
    written = [s["written"] for s in report["tts_sentences"]]
    assert any(re.search(r"\d", w) for w in written)  # digits went in ...
    assert not any(
        re.search(r"\d", s["normalized"]) for s in report["tts_sentences"]
    )  # ... not out
    # one Azure request per sentence, each with its first audio on the timeline
    assert len(text_call.events("TTS first audio")) == len(report["tts_texts"]) >= 5
    bytes_events = text_call.events("bytes at model")
    assert len(bytes_events) == 3 and all("byte-exact" in e["detail"] for e in bytes_events)


def test_text_call_report_schema_and_files(text_call: CliRun) -> None:
    report = text_call.report
    assert report["modality"] == "text" and report["audio_format"] == "pcmu"
    assert set(report["practices"]) == {str(n) for n in PRACTICES}
    vad_kinds = {"caller starts", "caller stops", "barge-in", "VAD reject"}
    for e in report["events"]:
        assert set(e) == {"t", "practice", "kind", "detail", "audio_at"}
        assert isinstance(e["t"], float) and e["practice"] in (None, *PRACTICES)
        # a VAD decision's place on the line's clock: the line pushes each 20 ms chunk as its
        # span begins, so it may sit up to a chunk and a window ahead of when it was decided
        if e["kind"] in vad_kinds:
            assert isinstance(e["audio_at"], float) and e["audio_at"] <= e["t"] + 0.06, e
        else:
            assert e["audio_at"] is None, e
    assert [e["t"] for e in report["events"]] == sorted(e["t"] for e in report["events"])
    lanes = report["lanes"]
    n = len(lanes["caller"])
    assert n == len(lanes["background"]) == len(lanes["bot"])
    assert n * lanes["window_ms"] / 1000 == pytest.approx(report["duration_s"], abs=0.05)
    # the lanes carry the call: the caller is loud while speaking, the bot while playing
    w = lanes["window_ms"] / 1000
    a, b = report["segments"]["caller"][0]
    assert max(lanes["caller"][int(a / w) : int(b / w)]) > 10 ** (-30 / 20)
    assert max(lanes["caller"][: int(a / w) - 5]) == 0.0
    a, b = report["segments"]["bot"][0]
    assert max(lanes["bot"][int(a / w) : int(b / w)]) > 10 ** (-30 / 20)
    assert len(report["segments"]["caller"]) == 3 and len(report["segments"]["background"]) >= 5
    png = (text_call.folder / "timeline.png").read_bytes()
    assert png.startswith(b"\x89PNG") and len(png) > 20_000
    for name in ("caller.wav", "bot.wav"):
        samples, rate = read_wav((text_call.folder / name).read_bytes())
        assert rate == 8000 and len(samples) > 8000 * 10


def test_bot_wav_is_on_the_call_clock_and_lines_up_with_caller_wav(text_call: CliRun) -> None:
    # bot.wav was the handset's chunks end to end: each was written ~1 ms after the last
    # ended, so the bot's speech ran up to 0.7 s early against caller.wav and the report, was
    # silent before the caller's barge-in began, and ran 1.2 s past the hang-up
    caller, rate = read_wav((text_call.folder / "caller.wav").read_bytes())
    bot, bot_rate = read_wav((text_call.folder / "bot.wav").read_bytes())
    assert bot_rate == rate and len(bot) == len(caller)
    report = text_call.report
    voiced = np.nonzero(bot)[0] / rate
    for start, end in report["segments"]["bot"]:
        reply = voiced[(voiced > start - 0.3) & (voiced < end + 0.3)]
        # where the report ends the reply: pipecat's "bot stops", once the output has played
        # the reply's last chunk (9–37 ms after the last non-zero sample idle, 8 ms before it
        # for the reply the barge-in cut). The 0.16–0.48 s seen before were the line's
        # start-up: the wavs began when the line opened, not at the report's t = 0 (see
        # test_the_wavs_start_where_the_report_starts). The bug this pins put the speech up
        # to 0.7 s early.
        late = 0.3
        assert end - late <= reply[-1] <= end + 0.15, (reply[-1], end)
    # the barge-in: in bot.wav the bot still talks when the caller starts in caller.wav
    barge_in = report["segments"]["caller"][2][0]
    assert np.any(bot[int(barge_in * rate) : int((barge_in + 0.2) * rate)])


def test_the_wavs_start_where_the_report_starts(text_call: CliRun) -> None:
    # the wavs began when the caller's line opened, the report's clock when the call began:
    # a report time read in the wavs was early by the start-up between them (0.46 s on a
    # loaded CI run, where the bot's speech in bot.wav ended before the report's barge-in)
    caller, rate = read_wav((text_call.folder / "caller.wav").read_bytes())
    opened = text_call.report["line_opened_s"]
    assert opened > 0.0  # the pipeline starts before the line opens
    assert not caller[: int(opened * rate)].any()  # nothing on the line before it opened
    assert caller[int(opened * rate) : int((opened + 0.1) * rate)].any()  # the TV, at once
    assert len(caller) / rate == pytest.approx(text_call.report["duration_s"], abs=0.05)


def test_bot_wav_places_each_chunk_when_it_played() -> None:
    played = PlayedAudio(8000)
    tone = np.full(160, 1000, dtype="<i2").tobytes()  # 20 ms
    # two chunks back to back but the second written 2 ms late, then one after a pause
    played.chunks = [(10.0, tone), (10.022, tone), (11.0, tone)]
    track = bot_track(played, start=9.5, seconds=2.0)
    assert len(track) == 16000
    assert not track[:4000].any()  # nothing played before 10.0 (0.5 s into the line)
    assert (track[4000:4330] == 1000).all()  # the late write's 2 ms bridged, then its chunk
    assert not track[4340:12000].any()  # the pause is silence
    assert (track[12000:12160] == 1000).all() and not track[12160:].any()


def test_the_plot_is_drawn_from_the_report_alone(text_call: CliRun) -> None:
    import matplotlib

    matplotlib.use("Agg")
    from pipecat_rt_best.testing.simulated_call.plot import plot_call

    fig = plot_call(text_call.report)
    audio, events = fig.axes
    assert not audio.texts and not events.texts  # every label is on an axis or in the legend
    assert fig.legends and len(fig.legends[0].get_texts()) >= 10
    # one marker per practice-tagged event the legend knows
    points = sum(len(c.get_offsets()) for c in events.collections)
    tagged = [e for e in text_call.report["events"] if e["practice"]]
    assert points == len(tagged)


def test_saving_the_picture_leaves_a_notebooks_pyplot_alone(tmp_path: Path) -> None:
    """``simulate_call(out_dir=...)`` switched matplotlib to Agg to write timeline.png: in a
    notebook every later inline plot (plot_call's too) then drew nothing."""
    from pipecat_rt_best.testing.simulated_call.plot import save_timeline_png

    report = {
        "modality": "audio",
        "audio_format": "pcmu",
        "duration_s": 2.0,
        "lanes": {
            "window_ms": 20,
            "caller": [0.1] * 100,
            "background": [0.01] * 100,
            "bot": [0.0] * 100,
        },
        "segments": {"caller": [[0.5, 1.5]], "background": [[0.2, 0.8, "TV"]], "bot": []},
        "events": [{"t": 0.6, "practice": 1, "kind": "caller starts", "detail": ""}],
        "practices": {str(n): {"seen": n == 1} for n in PRACTICES},
    }
    with notebook_pyplot():
        save_timeline_png(report, tmp_path / "timeline.png")
    assert (tmp_path / "timeline.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


# -- the full call, audio modality ------------------------------------------------------


def test_audio_call_shows_six_practices_and_says_why_not_the_seventh(audio_call: CliRun) -> None:
    assert audio_call.rc == 0, audio_call.err
    out = audio_call.out
    for n in PRACTICES:
        assert re.search(rf"^  \[{n} {TAGS[n]}\]", out, re.M), n
    assert re.search(r"^  \[4 TTS\].*not in this call", out, re.M)
    report = audio_call.report
    assert [n for n, p in report["practices"].items() if not p["seen"]] == ["4"]
    (cut,) = audio_call.events("truncate")
    assert "audio_end_ms=" in cut["detail"]
    assert "the model remembers saying only" in out
    # G.711 straight through: each committed turn's μ-law bytes are a slice of the line
    bytes_events = audio_call.events("bytes at model")
    assert len(bytes_events) == 3 and all("byte-exact" in e["detail"] for e in bytes_events)
    assert len(audio_call.events("VAD reject")) >= 1 and len(audio_call.events("barge-in")) == 1
    assert len(audio_call.events("prompt number")) == 3
