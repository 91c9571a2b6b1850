"""bench.vad's report header counts the calls it scored: with --max-calls 2 it said '24
barge-ins, 13 calls' (the whole corpus) while 2 calls were scored."""

from __future__ import annotations

from bench.vad.run import Score, render_markdown


def _call(barge_ins: list[bool]) -> dict:
    return {"duration": 75.0, "turns": [{"barge_in": b} for b in barge_ins]}


def test_the_header_counts_the_scored_calls_only() -> None:
    meta = {"calls": [_call([True, False, False]), _call([True, True])] + [_call([True])] * 11}
    results = {"ours": {"clean": Score(turns=5, noise_minutes=1.6, audio_seconds=150.0)}}
    md = render_markdown(results, meta, "bench.vad --max-calls 2", max_calls=2)
    assert "5 caller turns (3 barge-ins), 2 calls of 75 s (the first 2 of 13)." in md
    md = render_markdown(results, meta, "bench.vad")
    assert "(14 barge-ins), 13 calls of 75 s." in md
