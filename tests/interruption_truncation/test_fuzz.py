"""Property test: 10,000 random barge-ins (5,500 here, 4,500 in ``test_fuzz_handed.py``), and the
model is told what the caller heard.

Each episode is a simulated call leg in virtual time (see
:mod:`pipecat_rt_best.testing.virtual_time_call`): the pack's real realtime service
against the emulator's real protocol core (which applies every cancel / truncate /
delete with the server's rules), pipecat's output-transport pacing and a far end with a
jitter buffer, modelled. Replies of 2–12 words, split into up to three output items or
chained by a tool call; server pacing 1.05–6× real time; barge-in anywhere from before
the first audio to after the last, sometimes twice.

What it exercises, honestly: the service's event handlers and the clock, the emulator's
protocol rules and stored transcripts, in virtual time. Not the asyncio scheduling of a
live pipeline nor real sockets (``test_pipeline.py`` runs those, fewer times).

Errors are ``told - heard`` summed over an episode's assistant items: the audio the
emulator keeps for them after truncation, minus what the far end played. ``dropped``
is audio pipecat's own output transport discarded (the partial chunk it clears when a
TTS stop is processed while the next reply's audio is already buffered) — never played,
and not knowable upstream; it is allowed for, and reported.
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import pytest
from loguru import logger

from pipecat_rt_best.testing.realtime_emulator.audio import heard_text
from pipecat_rt_best.testing.virtual_time_call import (
    BUSY_LOOP,
    CallResult,
    EpisodeResult,
    Line,
    Scenario,
    random_scenario,
    run_call,
)

EPISODES_PER_CALL = 5
TOL = 0.5  # told is a whole ms; heard is not


@dataclass
class Tally:
    episodes: int = 0
    errors: list[float] = field(default_factory=list)
    codes: Counter[str] = field(default_factory=Counter)
    truncates: int = 0
    deletes: int = 0
    dropped: int = 0
    unconfirmed: int = 0

    def summary(self, name: str) -> str:
        errs = sorted(self.errors)
        q = lambda p: errs[min(len(errs) - 1, int(p * len(errs)))]  # noqa: E731
        return (
            f"{name}: {self.episodes} barge-ins, {self.truncates} truncates, {self.deletes} "
            f"deletes; told-heard ms min {errs[0]:.1f} p1 {q(0.01):.1f} "
            f"p50 {statistics.median(errs):.1f} p99 {q(0.99):.1f} max {errs[-1]:.1f}; "
            f"server errors {dict(self.codes)}; episodes with transport-dropped audio "
            f"{self.dropped}; barge-ins before the call's first playout confirmation "
            f"{self.unconfirmed}"
        )


def assert_reach(tallies: list[Tally], episodes: int) -> None:
    """The fuzz ran ``episodes`` barge-ins and reached the interesting places: truncates in
    ≥ 40 % of them, deletes in ≥ 10 %, some transport-dropped audio."""
    assert sum(t.episodes for t in tallies) == episodes
    assert sum(t.truncates for t in tallies) > 0.4 * episodes
    assert sum(t.deletes for t in tallies) > 0.1 * episodes
    assert sum(t.dropped for t in tallies) > 0


def _a_chunk_and_the_wire(line: Line) -> float:
    """The floor of the confirmed estimate: short by up to a chunk since the last
    confirmation and what the clear and the echoes spend on the wire (jitter both ways)."""
    return -(line.chunk_ms + line.down_ms + line.up_ms + 2 * line.jitter_ms) - 1.0


def _check_episode(
    ep: EpisodeResult, lower: float, tally: Tally, call: CallResult, near: bool
) -> None:
    where = f"seed {call.scenario.seed} episode {ep.index}: {ep.episode}"
    line = call.scenario.line
    if ep.before_first_confirmation:
        # nothing is known about the far end's delay yet: heard counts as 0 until the
        # first confirmation, at most a chunk plus the link's round trip later
        tally.unconfirmed += 1
        lower = min(lower, _a_chunk_and_the_wire(line))
        near = False
    tally.episodes += 1
    tally.errors.append(ep.error_ms)
    tally.truncates += len(ep.truncations)
    tally.dropped += ep.dropped_ms > 0
    assert ep.invalid_truncates == 0, f"invalid truncate: {ep.truncations} ({where})"
    for e in ep.errors:
        code = e["error"].get("code")
        tally.codes[code] += 1
        # the only error left is the unavoidable race: the server finished the response
        # while the cancel was on its way (pipecat treats it as benign too)
        assert code == "response_cancel_not_active", f"server error {e} ({where})"
    for item in ep.items:
        if item.transcript is None:
            tally.deletes += 1
        over = item.told_ms - item.heard_ms - item.dropped_ms
        assert over <= TOL, f"told {item.told_ms} > heard {item.heard_ms} for {item} ({where})"
        if item.transcript is not None:
            # the stored transcript never holds a word the caller did not hear
            limit = item.heard_ms + item.dropped_ms + TOL
            assert heard_text(item.text, limit).startswith(item.transcript), (item, where)
            if near:
                assert item.transcript.startswith(heard_text(item.text, item.heard_ms - 20.0))
    assert ep.error_ms <= ep.dropped_ms + TOL, where
    assert ep.error_ms >= lower, f"told {ep.error_ms:.1f} ms less than heard ({where})"


async def _run(
    name: str, calls: int, seed0: int, lower: Any, near: bool = False, **kw: Any
) -> Tally:
    tally = Tally()
    for seed in range(seed0, seed0 + calls):
        sc: Scenario = random_scenario(seed, episodes=EPISODES_PER_CALL, max_words=12, **kw)
        call = await run_call(sc, "pack")
        for ep in call.episodes:
            _check_episode(ep, lower(sc), tally, call, near)
    print(tally.summary(name))
    return tally


@pytest.fixture(autouse=True)
def _quiet() -> Any:
    logger.disable("pipecat")
    logger.disable("pipecat_rt_best")
    yield
    logger.enable("pipecat")
    logger.enable("pipecat_rt_best")


async def test_fuzz_barge_ins_with_playout_confirmations() -> None:
    # 5,500 of the 10,000 (the other 4,500: test_fuzz_handed.py, a file of its own so the
    # suite's workers share them)
    tallies = [
        # telephony with mark confirmations, bot near the provider's media edge (the
        # default: no extrapolation past the last confirmation): short by at most a chunk
        # and the link's round trip, never past what was heard
        await _run(
            "confirmed, near link",
            400,
            0,
            lambda sc: _a_chunk_and_the_wire(sc.line),
            telephony=True,
            marks=True,
            link_ms=(1.0, 6.0),
            link_jitter_ms=(0.0, 6.0),
        ),
        # the same, extrapolating up to 250 ms in real time (for a loop that is never
        # late): within 20 ms of what was heard, never past it
        await _run(
            "confirmed, near link, extrapolated",
            400,
            400,
            lambda sc: -20.0,
            near=True,
            telephony=True,
            marks=True,
            link_ms=(1.0, 6.0),
            link_jitter_ms=(0.0, 6.0),
            max_extrapolation_ms=250.0,
        ),
        # the same with up to 30 ms link jitter: short by at most a chunk and what the
        # clear and the confirmations spend on the wire, which no client can observe
        await _run(
            "confirmed, jittery link",
            300,
            10_000,
            lambda sc: _a_chunk_and_the_wire(sc.line),
            telephony=True,
            marks=True,
        ),
    ]
    assert_reach(tallies, 5_500)


async def test_fuzz_a_busy_event_loop_never_tells_more_than_heard() -> None:
    # A loaded machine: the transport's writer stalls (5 % of writes, up to 150 ms, so the
    # far end's buffer drains and sometimes runs dry) and mark echoes reach the service up
    # to 60 ms late. Late information may only make the estimate short, never long (the
    # over-tell the real-time pipeline test once caught: a late echo, the far end dry).
    tally = await _run(
        "confirmed, busy event loop",
        300,
        50_000,
        lambda sc: _a_chunk_and_the_wire(sc.line) - sc.line.stall_ms - sc.line.echo_late_ms,
        telephony=True,
        marks=True,
        busy=BUSY_LOOP,
    )
    assert tally.truncates > 300


def test_the_bench_runs_the_busy_loop_this_test_does() -> None:
    from bench.truncation.run import BUSY  # spelled out there so --help does not load pipecat

    assert BUSY == BUSY_LOOP
