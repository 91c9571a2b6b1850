"""The session-36 review of the thirty-second pass (the line's level before the first talker:
short loud runs and words' heads left out, ``WORD_HEAD_MS`` = 480 ms), one test a finding
(``bench/vad/passes.md``, "Thirty-second pass", review)."""

from __future__ import annotations

import pytest

from pipecat_rt_best.noise_robust_vad.params import NoiseRobustVADParams
from pipecat_rt_best.noise_robust_vad.state_machine import Event, VADStateMachine
from tests.noise_robust_vad.helpers import LINE_60 as _LINE, events, n, run, seg

P = NoiseRobustVADParams()


_TRADE_OFF = pytest.mark.xfail(
    strict=True,
    reason="known trade-off (session 36 review): a loud unvoiced run straight into the first word "
    "longer than WORD_HEAD_MS (480 ms) counts in part as the line; the runs measured before the "
    "first words of 152 pick-up calls (tuning, held-out, held-out 2; clean and 20 dB) were at most "
    "416 ms, and a longer reach measures a line that turns noisy just before a talker at its "
    "silence (test_a_line_that_opens_silent_then_carries_noise_is_measured_at_its_noise)",
)


@pytest.mark.parametrize(
    ("head_ms", "head_db"),
    [
        # a word opening unvoiced for 512 ms (held-out saw 290 and 350 ms), as loud as the voice
        pytest.param(512, -40.0, marks=_TRADE_OFF),
        # a breath / handset rustle 15 dB over the line, straight into "Hello?": since session
        # 37 a first turn on a still line need only be FIRST_TALKER_STILL_RISE_DB over the line
        # as it is just before (the breath, 5 dB under the voice)
        (608, -45.0),
    ],
)
def test_a_caller_whose_word_opens_unvoiced_just_over_480_ms_is_the_first_talker(
    head_ms: int, head_db: float
) -> None:
    # the caller 20 dB over a quiet line; their first word opens with a loud unvoiced run
    # (Silero ~0.02) just longer than WORD_HEAD_MS. The run's windows more than 480 ms
    # before the voice count as the line's noise; one or two of them dominate the power
    # mean and the caller is not 15 dB over the line. Before the change (8acb0b0) the
    # whole run was left out and the first turn started 160 ms into the voice; now it
    # starts 600 ms late (608 ms breath) or the whole first "Hello?" is missed (512 ms).
    voice_at = 800 + head_ms
    call = seg(800, *_LINE) + seg(head_ms, 0.02, head_db) + seg(1000, 0.95, -40.0)
    d = run(VADStateMachine(P), call + seg(1500, *_LINE))
    starts = events(d, Event.START)
    assert starts and starts[0] * 32 < voice_at + 300, f"first start at {starts[:1]} windows"


def _noise(ms: float, every: int, odd_prob: float, level: float = -45.0) -> list:
    """Noise at ``level`` scored 0.05 except one window in ``every`` scored ``odd_prob``."""
    return [(odd_prob if k % every == every - 1 else 0.05, level) for k in range(n(ms))]


@pytest.mark.parametrize(
    ("every", "odd_prob"),
    [
        (10, 0.3),  # a faint-speech score in 10 % of the noise's windows (the quiet-line limit)
        (16, 0.95),  # one window in 16 scored as speech (Silero's false positives on noise)
    ],
)
def test_a_line_that_opens_silent_then_carries_noise_scored_unevenly_is_measured_at_its_noise(
    every: int, odd_prob: float
) -> None:
    # the thirty-second pass's own case (silence, then 800 ms of noise, then a voice 3 dB
    # over the noise), but Silero scores the noise unevenly: a faint or voiced window now and
    # then. Those windows are not line windows, so they break the noise's loud run into
    # runs shorter than 480 ms, each left out as a click or a word's head: the line is
    # measured at its silence again and the voice starts a first-talker turn (gate -105 dBFS).
    # (Not a regression of 8acb0b0, which fails too; 1afd7bd (320 ms) passes the second.) Now a
    # run is split only by a quiet window or a word's onset, and an onset is 3 voiced windows.
    sm = VADStateMachine(P)
    d = run(sm, seg(800, 0.0, -120.0) + _noise(800, every, odd_prob))
    d += run(sm, seg(700, 0.95, -42.0) + seg(1500, 0.05, -45.0))
    assert [i for i in events(d, Event.START) if i * 32 < 2000] == []


def test_the_line_level_does_not_change_while_the_caller_keeps_talking() -> None:
    # no line window is added while a talker flickers (voiced, unvoiced, voiced: every
    # unvoiced window is inside a word's tail), but each flicker appends an onset, and
    # _voice_onsets (maxlen 64) drops the one that marks the 512 ms head before the talk as a
    # word's head while the head's windows are still in _line_quiet_db: the line's level
    # jumps from -57.3 to -49.7 dBFS with nothing new heard of the line. (Reachable: the
    # quiet hello in the warm-up is learned as talk, so the talk settles nothing.) Now an onset
    # is noted only after a line window, so the onsets kept reach as far back as the windows.
    def line_after(flickers: int) -> float | None:
        sm = VADStateMachine(P)
        # (the hello 3 dB over the line: under FIRST_TALKER_STILL_RISE_DB, no turn)
        hello = seg(300, *_LINE) + seg(500, 0.95, -57.0) + seg(1000, *_LINE)
        talk = seg(512, 0.02, -45.0) + [(0.95, -50.0), (0.1, -50.0)] * flickers
        assert events(run(sm, hello + talk), Event.START) == []
        return sm._quiet_line_db()

    assert line_after(80) == pytest.approx(line_after(20), abs=0.5)
