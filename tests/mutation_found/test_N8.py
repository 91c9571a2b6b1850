"""A test a hand mutation run (session 22) found missing: it kills mutant N8."""

from pipecat_rt_best.noise_robust_vad.state_machine import Event
from tests.noise_robust_vad.helpers import events, run, warmed


def test_windows_between_the_thresholds_do_not_break_a_candidate():
    # syllables: 3 windows clearly speech, then 4 that Silero scores 0.4 (between the end and
    # the start threshold: not voiced for starting, but no gap either)
    sm = warmed()
    speech = ([(0.95, -20.0)] * 3 + [(0.4, -20.0)] * 4) * 6
    assert events(run(sm, speech), Event.START), "a caller with soft syllable ends never starts"
