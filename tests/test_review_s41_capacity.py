"""Review (session 41, many calls at once on one small machine): failing tests.

Each test is a small deterministic case; the comment says what is wrong and what is expected.
No test asserts a wall-clock time: they assert structure (who may share what, where work runs).
"""

from __future__ import annotations

import gc

import pytest

from pipecat_rt_best.call_pipeline import phone_call
from pipecat_rt_best.noise_robust_vad import NoiseRobustVADAnalyzer
from tests.call_pipeline.test_assembly import _Line, _prompt

_NEVER_DIALLED = {"OPENAI_API_KEY": "k", "OPENAI_REALTIME_URL": "ws://127.0.0.1:9"}


# -- one analyzer, two calls arriving together, HIGH --------------------------------------------
#
# WRONG: phone_call(vad=vad) refuses a NoiseRobustVADAnalyzer only once a call's pipeline has
# set its stream up (set_sample_rate, at the worker's setup). Between phone_call() returning and
# that setup (the runner adding and starting the worker: ~6 ms on an idle loop, longer on a busy
# one) a second call given the same analyzer is waved through. Two calls arriving together at a
# bot that passes one vad= to every call — the case the guard was written for — both get it:
# measured with two simulated Twilio callers at once through passthrough_transport +
# phone_call + run_call_worker, both calls were accepted on one analyzer (each call's start
# resets the other's learned line, one caller's words start and end the other's turns).
# EXPECTED: the analyzer is the call's from phone_call() on (until that call's pipeline cleans
# it up, or the call is dropped without ever running): a second phone_call with it before then
# is refused, as one a running call set up is.
async def test_an_analyzer_given_to_a_call_not_yet_started_is_refused_for_a_second_call() -> None:
    prompt = _prompt("tech_support_technest.yaml")
    vad = NoiseRobustVADAnalyzer()
    first = await phone_call(_Line(), prompt, env=_NEVER_DIALLED, greet=False, vad=vad)
    # the second call's start came in before the first call's worker was set up
    with pytest.raises(ValueError, match="serving a call that has not ended"):
        await phone_call(_Line(), prompt, env=_NEVER_DIALLED, greet=False, vad=vad)
    vad.set_sample_rate(8000)  # the first call's pipeline starts
    await vad.cleanup()  # ... and ends: the analyzer serves the next call
    second = await phone_call(_Line(), prompt, env=_NEVER_DIALLED, greet=False, vad=vad)
    assert second.worker is not first.worker
    # a call built and dropped without ever running does not keep the analyzer for ever
    del first, second
    gc.collect()
    assert not vad.serving_a_call
    assert (await phone_call(_Line(), prompt, env=_NEVER_DIALLED, greet=False, vad=vad)).worker


# -- the telephony server's factory, MEDIUM: a make_vad that hands out one analyzer -------------
#
# WRONG: g711_pipeline_factory(make_llm, make_vad=lambda: vad) — configuring the analyzer once
# for the server — gives every concurrent call of telephony-server's process the same
# NoiseRobustVADAnalyzer, with no word: each call's start resets the others' learned line and
# one caller's words start and end another caller's turns. (A pipecat SileroVADAnalyzer handed
# out twice is worse: the first call's end stops its thread, and every later call logs "cannot
# schedule new futures after shutdown" for each 20 ms chunk and never hears a turn.)
# phone_call refuses both (vad_reuse); the server's own factory never asked.
# EXPECTED: the factory refuses an analyzer another live call has (or a pipecat one an earlier
# call had), as phone_call does: that one call fails with a clear error, the others go on.
async def test_the_telephony_factory_refuses_an_analyzer_another_call_has() -> None:
    from pipecat.processors.frame_processor import FrameProcessor

    from pipecat_rt_best.call_pipeline.telephony import g711_pipeline_factory

    shared = NoiseRobustVADAnalyzer()
    factory = g711_pipeline_factory(
        lambda _call: FrameProcessor(), make_vad=lambda: shared, greet=False
    )
    first = await factory(_Line(), None)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="serving a call that has not ended"):
        await factory(_Line(), None)  # type: ignore[arg-type]
    shared.set_sample_rate(8000)
    await shared.cleanup()  # the first call ended: the analyzer serves the next one
    assert await factory(_Line(), None) is not first  # type: ignore[arg-type]


# -- the background-voice cue's embeddings on the shared event loop, MEDIUM ---------------------
#
# WRONG: with run_inline=True (the default) every chunk runs on the event loop that all the
# process's calls share; README and docstring put a chunk at ~0.05 ms there. But on a line with
# background talk the chunk in which the background-voice cue first reads its profile embeds
# every held sample at once: measured here 13-16 spans in one onnxruntime batch, 20-25 ms of
# CPU in one 20 ms chunk (once per call with a TV on), then ~2 ms per candidate judged. For
# that long every other call's media waits. 20 analyzers on one loop fed TV-talk call audio in
# real time: chunks over 5 ms 23-28 (none with the cue off), loop tick lateness p99 6-12 ms and
# max 19-100 ms vs 3 ms and 10-16 ms with the cue off. (bench/load's callers have no
# background talk, so its numbers never see this.)
# EXPECTED: the voice embeddings never run on the event loop: a chunk that may embed (a
# candidate open with the cue armed) runs on the analyzer's worker thread, where onnxruntime
# releases the GIL; every other chunk stays inline, and the decisions are the same.
async def test_voice_embeddings_run_off_the_event_loop_by_default() -> None:
    import threading

    import numpy as np

    from pipecat_rt_best.noise_robust_vad import speaker_embedding
    from pipecat_rt_best.noise_robust_vad.state_machine import MAY_EMBED_HELD, Decision
    from pipecat_rt_best.testing.simulated_call.caller_audio import synth_call, synth_tv_talk

    audio, _ = synth_call([1.5, 2.0], gaps_s=[2.0, 2.0], lead_in_s=4.0)
    tv, _ = synth_tv_talk(len(audio) / 8000, dbfs=-30.0)
    pcm = np.clip(audio + tv * 32768, -32768, 32767).astype("<i2").tobytes()
    parts = [pcm[i : i + 320] for i in range(0, len(pcm) - 320, 320)]  # 20 ms chunks
    reference = NoiseRobustVADAnalyzer()
    reference.set_sample_rate(8000)
    want_decisions: list[Decision] = []
    reference.add_decision_listener(want_decisions.append)
    want = [reference.process(c) for c in parts]

    threads: list[int] = []  # where each batch of held voices was embedded
    embed_many = speaker_embedding.embed_many

    def watched(stretches: list[object], *args: object, **kwargs: object) -> object:
        if len(stretches) >= MAY_EMBED_HELD:
            threads.append(threading.get_ident())
        return embed_many(stretches, *args, **kwargs)  # type: ignore[arg-type]

    vad = NoiseRobustVADAnalyzer()
    assert vad.run_inline
    vad.set_sample_rate(8000)
    decisions: list[Decision] = []
    vad.add_decision_listener(decisions.append)
    speaker_embedding.embed_many = watched  # type: ignore[assignment]
    try:
        got = [await vad.analyze_audio(c) for c in parts]
    finally:
        speaker_embedding.embed_many = embed_many
        await vad.cleanup()
    assert threads, "the line's background talk was embedded in a batch"
    # none on the event loop's thread (a candidate's own span, ~2 ms, is embedded where the
    # window runs: sent to the thread, every window of an open candidate cost 52 % more CPU)
    assert threading.get_ident() not in threads
    assert got == want and decisions == want_decisions
