"""Review (session 40, practice 1's pipecat side and its user tool): failing tests.

Each test is a small deterministic case; the comment says what is wrong and what is expected."""

from __future__ import annotations

from pathlib import Path

import pytest
import soundfile as sf
from pipecat.audio.vad.vad_analyzer import VADParams
from pipecat.pipeline.task import PipelineParams
from pipecat.processors.audio.vad_processor import VADProcessor

from pipecat_rt_best.call_pipeline import phone_call
from pipecat_rt_best.cli import main
from pipecat_rt_best.noise_robust_vad import NoiseRobustVADAnalyzer
from tests.call_pipeline.test_assembly import _Line, _prompt
from tests.interruption_truncation.test_manual_turn_races import Call
from tests.noise_robust_vad.conftest import speechlike
from tests.noise_robust_vad.test_analyzer import audio_frames, call_audio
from tests.pipecat_run import run_test


# -- analyzer sharing, MEDIUM/HIGH: one analyzer given to two calls at once ---------------------
#
# WRONG: the README and phone_call's docstring say the pack's analyzer "serves call after call",
# so a bot server builds one at start-up and passes vad=vad to every call. Two calls at once then
# feed one stream: each call's start resets the other's (the learned ambient and caller level),
# caller B's words start, and end, caller A's turns (A's bot is interrupted, A's audio
# committed), and neither call says anything is wrong. pipecat's analyzers, given twice, are
# refused (vad_reuse); the pack's is waved through whatever its state.
# EXPECTED: a NoiseRobustVADAnalyzer whose stream a running call has set up (its pipeline's
# VAD set the rate) and not yet ended (its cleanup) is refused for another call, in one line,
# before anything connects; once that call ends, it serves the next.
async def test_an_analyzer_a_live_call_is_using_is_refused_for_a_second_call_at_once() -> None:
    prompt = _prompt("tech_support_technest.yaml")
    env = {"OPENAI_API_KEY": "k", "OPENAI_REALTIME_URL": "ws://127.0.0.1:9"}  # never dialled
    vad = NoiseRobustVADAnalyzer()
    await phone_call(_Line(), prompt, env=env, greet=False, vad=vad)
    vad.set_sample_rate(8000)  # the first call's pipeline starts: its VAD controller's setup
    with pytest.raises(ValueError, match="serving a call that has not ended"):
        await phone_call(_Line(), prompt, env=env, greet=False, vad=vad)
    await vad.cleanup()  # the first call's pipeline ends
    assert (await phone_call(_Line(), prompt, env=env, greet=False, vad=vad)).worker is not None


async def test_an_analyzer_a_finished_pipeline_used_serves_the_next_call() -> None:
    """The guard above must not refuse call after call: a pipeline that ran to its end (setup,
    audio, cleanup) leaves the analyzer free for the next one."""
    vad = NoiseRobustVADAnalyzer()
    for _ in range(2):
        await run_test(
            VADProcessor(vad_analyzer=vad),
            frames_to_send=audio_frames(call_audio(8000, seconds=0.5), 8000),
            pipeline_params=PipelineParams(audio_in_sample_rate=8000),
        )
    prompt = _prompt("tech_support_technest.yaml")
    env = {"OPENAI_API_KEY": "k", "OPENAI_REALTIME_URL": "ws://127.0.0.1:9"}
    assert (await phone_call(_Line(), prompt, env=env, greet=False, vad=vad)).worker is not None


# -- analyzer, LOW/MEDIUM: set_params before the pipeline starts --------------------------------
#
# WRONG: vad = NoiseRobustVADAnalyzer(sample_rate=8000); vad.set_params(VADParams(stop_secs=0.8))
# (configuring it before handing it to the pipeline, as pipecat's set_params invites) raises
# ZeroDivisionError from inside pipecat's VADAnalyzer.set_params (its sample rate is 0 until the
# pipeline's set_sample_rate), after the analyzer's own params were already changed: it then
# decides by 800 ms but reports stop_secs=0.64 to pipecat. And had it not raised, the pipeline's
# set_sample_rate (a new stream) would have put the constructor's params back: the setting
# silently dropped.
# EXPECTED: no error; a setting made before the first stream is the analyzer's setting for its
# calls (what it decides by and what it reports, after the pipeline sets the rate).
@pytest.mark.parametrize("rate", [None, 8000])
def test_set_params_before_the_pipeline_starts_is_kept(rate: int | None) -> None:
    vad = NoiseRobustVADAnalyzer(sample_rate=rate)
    vad.set_params(VADParams(stop_secs=0.8))
    assert vad.noise_robust_params.min_silence_ms == pytest.approx(800)
    assert vad.params.stop_secs == pytest.approx(0.8)
    vad.set_sample_rate(8000)  # the pipeline starts
    assert vad.noise_robust_params.min_silence_ms == pytest.approx(800)
    assert vad.params.stop_secs == pytest.approx(0.8)
    # a runtime update mid-call still belongs to that call only
    vad.set_params(VADParams(stop_secs=2.0))
    vad.set_sample_rate(8000)  # the next call
    assert vad.noise_robust_params.min_silence_ms == pytest.approx(800)


# -- Silero wrapper, LOW: a Silero file of another version ---------------------------------------
#
# WRONG: model= a Silero v4 file (inputs input, sr, h, c: the silero_vad.onnx many projects still
# carry) fails with onnxruntime's "RuntimeError: Failed to find NodeArg with name: state in the
# def list", which names neither the file nor what is wrong with it.
# EXPECTED: a ValueError naming the file, that it is not the Silero v5 model the analyzer runs
# (its inputs), and what to pass instead.
def test_a_silero_file_of_another_version_is_named_as_such(tmp_path: Path) -> None:
    onnx = pytest.importorskip("onnx")
    helper, tp = onnx.helper, onnx.TensorProto

    def value(name: str, kind: int, shape: list[object]) -> object:
        return helper.make_tensor_value_info(name, kind, shape)

    graph = helper.make_graph(
        [
            helper.make_node("ReduceMean", ["input"], ["output"], keepdims=1, axes=[1]),
            helper.make_node("Identity", ["h"], ["hn"]),
            helper.make_node("Identity", ["c"], ["cn"]),
        ],
        "silero_v4_like",
        [
            value("input", tp.FLOAT, ["b", "n"]),
            value("sr", tp.INT64, []),
            value("h", tp.FLOAT, [2, "b", 64]),
            value("c", tp.FLOAT, [2, "b", 64]),
        ],
        [
            value("output", tp.FLOAT, ["b", 1]),
            value("hn", tp.FLOAT, [2, "b", 64]),
            value("cn", tp.FLOAT, [2, "b", 64]),
        ],
    )
    path = tmp_path / "silero_vad_v4.onnx"
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)]), path)
    with pytest.raises(ValueError) as refused:
        NoiseRobustVADAnalyzer(model=path)
    message = str(refused.value)
    assert str(path) in message and "Silero v5" in message and "model='pipecat'" in message
    assert "input, sr, h, c" in message


# -- analyzer, LOW: model_reset_interval_s that cannot be used -----------------------------------
#
# WRONG: NaN is "ValueError: cannot convert float NaN to integer" and inf an OverflowError from
# deep in the model loading; a negative interval is taken and silently switches the resets off
# (the docstring: "0 disables").
# EXPECTED: each refused at construction, by name, with the allowed range.
@pytest.mark.parametrize("interval", [float("nan"), float("inf"), -2.0])
def test_a_model_reset_interval_it_cannot_use_is_refused_by_name(interval: float) -> None:
    with pytest.raises(ValueError, match=r"model_reset_interval_s must be >= 0 .*got"):
        NoiseRobustVADAnalyzer(model_reset_interval_s=interval)


# -- tune-vad, LOW/MEDIUM: overlapping labelled turns --------------------------------------------
#
# WRONG: a label file whose turns overlap (a turn pasted twice, an end typed past the next
# start: "4.0 5.5" then "5.0 9.0") is taken as it is: one utterance counts as two turns, the
# second "caught busy" or split twice, and the table's turn counts, misses and splits describe
# labels that are not the caller's turns, without a word.
# EXPECTED: one line naming the file, the line and the turn it overlaps (sorted by start, so a
# file out of order is still read), exit 2, no traceback; turns that only touch are fine.
@pytest.mark.parametrize(
    ("labels", "says"),
    [
        (b"4.0 5.5\n5.0 9.0\n", "call.txt:2: the turn 5-9 s overlaps the turn 4-5.5 s (line 1)"),
        (b"4.0 5.5\n4.0 5.5\n", "call.txt:2: the turn 4-5.5 s overlaps the turn 4-5.5 s (line 1)"),
        # out of order: the later line is the earlier turn
        (b"5.0 9.0\n4.0 5.5\n", "call.txt:1: the turn 5-9 s overlaps the turn 4-5.5 s (line 2)"),
        (b"4.0 5.0\n5.0 5.5\n", None),  # touching, not overlapping
        (b"6.0 7.0\n4.0 5.5\n", None),  # out of order, apart
    ],
)
def test_tune_vad_refuses_overlapping_labelled_turns_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], labels: bytes, says: str | None
) -> None:
    sf.write(tmp_path / "call.wav", speechlike(8000, seconds=1.5, lead=4.0), 8000)
    (tmp_path / "call.txt").write_bytes(labels)
    grid = ["--grid", "min_speech_ms=192"]
    code = main(["tune-vad", str(tmp_path / "call.wav"), *grid, "--out", str(tmp_path / "o")])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    if says is None:
        assert code == 0 and "2 labelled turns" in out
    else:
        lines = err.strip().splitlines()
        assert code == 2 and len(lines) == 1 and says in lines[0], err
        assert not (tmp_path / "o").exists()  # refused before the slow part


# -- manual turns, MEDIUM: a caller's turn committed while another response's create is in flight
#
# WRONG: a response.create the caller's turn did not ask for goes out while the caller is still
# talking (a tool result's, with cancel_on_interruption=False the tool finishes mid-turn; a keypad
# entry's), and the caller stops within its round trip: the commit goes, the caller's response is
# owed behind the running one — but that response's response.created makes pipecat take it to
# cover everything sent before it (_results_awaiting_response = False), though the commit was sent
# after its create and the server's response does not include the caller's words. At its
# response.done the owed create is dropped: the caller's turn is never answered, the bot falls
# silent until they speak again. (A conversation item sent in that window is kept owed:
# _items_after_create; a committed turn is an item too.)
# EXPECTED: after the running response is done, the caller's committed turn gets its response.
async def test_a_turn_committed_while_another_create_is_in_flight_is_still_answered() -> None:
    call = Call()
    call.svc._results_awaiting_response = True  # a tool result was sent
    await call.svc._create_response()  # ... and its response asked for, mid-turn
    await call.caller_turn()  # the caller stops before that response's response.created
    assert call.sent[-2:] == ["input_audio_buffer.append", "input_audio_buffer.commit"]
    await call.deliver()  # response.created of the tool result's response
    call.run_response(0)
    await call.deliver()  # its response.done: the caller's turn is owed a response
    assert call.sent.count("response.create") == 2, call.sent
    assert not call.errors, call.errors
