"""The ambient estimate on its own: the speech weight and the background gate it gives."""

from __future__ import annotations

import math

import pytest

from pipecat_rt_best.noise_robust_vad.ambient import (
    SPREAD_BLOCK,
    WINDOW_MS,
    Ambient,
    RunningMedian,
    TalkSpread,
    running_weight,
    to_db,
    to_power,
)
from pipecat_rt_best.noise_robust_vad.params import NoiseRobustVADParams

P = NoiseRobustVADParams()
ONE_TIME_CONSTANT = math.ceil(P.floor_time_constant_s * 1000.0 / WINDOW_MS)


def _fill(a: Ambient, db: float, speechy: bool, windows: int) -> None:
    for _ in range(windows):
        a.add(to_power(db), speechy)


def test_a_young_ambient_is_treated_as_talk_until_one_time_constant_old() -> None:
    a = Ambient(P)
    assert a.speech_weight() == 1.0 and not a.established
    _fill(a, -50.0, False, ONE_TIME_CONSTANT // 2)
    assert a.speech_weight() == pytest.approx(0.5, abs=0.01)  # only its age holds it up
    _fill(a, -50.0, False, ONE_TIME_CONSTANT)
    assert a.established and a.speech_weight() == 0.0


def test_non_speech_ambient_gates_at_its_floor_talk_at_the_talk_level_plus_margin() -> None:
    quiet = Ambient(P)
    _fill(quiet, -50.0, False, 2 * ONE_TIME_CONSTANT)
    assert quiet.gate(3.0) == pytest.approx(-50.0 + P.floor_offset_db)

    talk = Ambient(P)
    for k in range(2 * ONE_TIME_CONSTANT):  # talk at -40 dBFS half the time, -60 between
        talk.add(to_power(-40.0 if k % 2 else -60.0), bool(k % 2))
    assert talk.speech_weight() == 1.0
    assert talk.talk_power is not None and to_db(talk.talk_power) == pytest.approx(-40.0)
    assert talk.gate(3.0) == pytest.approx(-37.0)  # the talk, not the quieter whole ambient


def test_a_turn_counted_as_talk_moves_the_speech_fraction_not_the_level() -> None:
    a = Ambient(P)
    _fill(a, -50.0, False, 2 * ONE_TIME_CONSTANT)
    power, version = a.power, a.version
    a.count_as_talk(20)
    assert a.power == power and a.version > version
    assert a.speechiness == pytest.approx(1.0 - math.exp(-20 * WINDOW_MS / 1000.0 / 6.0))
    a.count_as_talk(200)
    assert a.speech_weight() == 1.0  # enough of it makes the line a talking one


def test_flat_talk_gets_half_the_margin_swinging_talk_all_of_it() -> None:
    flat = Ambient(P)
    assert flat.spread_factor() == 1.0  # unknown: the whole margin
    _fill(flat, -40.0, True, 20 * SPREAD_BLOCK)
    assert flat.spread_factor() == 0.5
    swinging = Ambient(P)
    for k in range(20 * SPREAD_BLOCK):  # ±6 dB around -40: a spread of 6 dB
        swinging.add(to_power(-34.0 if k % 2 else -46.0), True)
    assert swinging.spread_factor() == 1.0
    off = Ambient(P.with_changes(talk_spread_ref_db=0.0))
    _fill(off, -40.0, True, 20 * SPREAD_BLOCK)
    assert off.spread_factor() == 1.0


def test_talk_spread_skips_blocks_that_are_mostly_not_talk() -> None:
    spread = TalkSpread()
    for k in range(20 * SPREAD_BLOCK):
        spread.add(to_power(-40.0 if k % 4 else -60.0), k % 4 == 0)  # a quarter speech-like
    assert spread.value is None


def test_running_weight_is_a_plain_mean_until_the_exponential_takes_over() -> None:
    values = [1.0, 4.0, 7.0, 10.0]
    mean = 0.0
    for n, x in enumerate(values, 1):
        mean += running_weight(n, 6.0) * (x - mean)
    assert mean == pytest.approx(5.5)
    assert running_weight(10_000, 6.0) == pytest.approx(1.0 - math.exp(-WINDOW_MS / 6000.0))


def test_running_median_seeds_then_steps() -> None:
    m = RunningMedian(seed=3, step=0.5)
    for x in (1.0, 9.0, 2.0):
        assert m.value is None
        m.add(x)
    assert m.value == 2.0
    m.add(100.0)
    assert m.value == 2.5
    m.add(-100.0)
    assert m.value == 2.0


@pytest.mark.parametrize("first", [True, False])
def test_a_click_does_not_hold_the_ambient_up(first: bool) -> None:
    # a pick-up click (5 windows near full scale) on a -60 dBFS line: averaged in at full
    # power it held the ambient near -17 dBFS for seconds, the gates with it, and the
    # caller's first turns were rejected (and then learned as background talk: a lock-out)
    clamped, plain = Ambient(P), Ambient(P.with_changes(ambient_clamp_db=0.0))
    for a in (clamped, plain):
        if not first:
            _fill(a, -60.0, False, 2 * ONE_TIME_CONSTANT)  # an established line
        _fill(a, -1.0, False, 5)
        _fill(a, -60.0, False, 30)  # one second later
    assert to_db(plain.power or 0.0) > -25.0  # the failure, without the clamp
    # at most 30 dB over the line, for 5 of 35 windows (young) or 5 at the averaging weight
    assert to_db(clamped.power or 0.0) < (-37.0 if first else -45.0)


def test_the_clamp_leaves_a_line_whose_noise_really_rises_to_be_followed() -> None:
    a = Ambient(P)
    _fill(a, -60.0, False, 2 * ONE_TIME_CONSTANT)
    _fill(a, -20.0, False, 2 * ONE_TIME_CONSTANT)  # a TV turned on loud: 40 dB more
    assert to_db(a.power or 0.0) > -22.0


def test_when_the_line_goes_quiet_the_level_falls_to_it_at_once() -> None:
    # hold music at -14 dBFS for minutes, then the quiet line (-62) again: averaged over 6 s,
    # the level sank ~0.7 dB a second and the caller's "I'm back" (-32 dBFS) 4 and 12 s later
    # faced the music's gate
    falls, plain = Ambient(P), Ambient(P.with_changes(ambient_fall_ms=0.0))
    for a in (falls, plain):
        _fill(a, -14.0, False, 3 * ONE_TIME_CONSTANT)
        _fill(a, -14.0, True, 10)  # a few of the music's windows scored as speech
        _fill(a, -62.0, False, round(P.ambient_fall_ms / WINDOW_MS))
    assert to_db(plain.power or 0.0) > -20.0  # the failure, without the fall
    assert to_db(falls.power or 0.0) == pytest.approx(-62.0, abs=0.01)
    # only the whole ambient's level: the background talk's level and share stay
    assert falls.talk_power == plain.talk_power and falls.speechiness == plain.speechiness


def test_a_pause_in_the_noise_shorter_than_the_fall_time_leaves_the_level() -> None:
    a, plain = Ambient(P), Ambient(P.with_changes(ambient_fall_ms=0.0))
    for x in (a, plain):
        _fill(x, -20.0, True, 3 * ONE_TIME_CONSTANT)  # a TV
        _fill(x, -60.0, False, round(P.ambient_fall_ms / WINDOW_MS) - 1)  # its pause
        _fill(x, -20.0, True, 1)
    assert a.power == plain.power
    # nor do windows only a little under the level (a quieter stretch of the same noise)
    b = Ambient(P)
    _fill(b, -20.0, False, 3 * ONE_TIME_CONSTANT)
    _fill(b, -20.0 - P.ambient_fall_db + 1.0, False, 4 * ONE_TIME_CONSTANT // 3)
    assert to_db(b.power or 0.0) > -20.0 - P.ambient_fall_db + 1.0 + 0.5
