"""The fuzz of ``test_fuzz.py`` (its docstring says what it exercises), the 4,500 of its 10,000
barge-ins where the service is handed the playout without the provider's confirmations: a
file of its own, so the suite's workers (``--dist loadfile``) run the two halves side by side."""

from __future__ import annotations

from tests.interruption_truncation.test_fuzz import (  # _quiet: the logs off, autouse
    TOL,
    _quiet,  # noqa: F401
    _run,
    assert_reach,
)


async def test_fuzz_barge_ins_with_the_playout_handed_or_timed() -> None:
    tallies = [
        # telephony without confirmations: written audio minus the far end's worst delay
        # never passes what was heard
        await _run(
            "handed, telephony, no marks",
            200,
            20_000,
            lambda sc: -(240.0 + sc.line.chunk_ms) - 1.0,
            telephony=True,
            marks=False,
            playout_delay_ms=240.0,
        ),
        # a transport that plays as it writes: within one chunk, never past
        await _run(
            "handed, local",
            400,
            30_000,
            lambda sc: -sc.line.chunk_ms - TOL,
            telephony=False,
        ),
        # no PlayoutTracker in the pipeline: wall clock since the bot started speaking
        await _run(
            "wallclock, local",
            300,
            40_000,
            lambda sc: -40.0 - sc.line.chunk_ms - 1.0,
            telephony=False,
            tracker=False,
        ),
    ]
    assert_reach(tallies, 4_500)
