"""The line outside the caller's turns, as the VAD state machine has learned it.

Pure (no numpy, no model). :class:`Ambient` keeps energy averages of the windows that did not
become turns: the whole ambient, and its speech-like part (background talk: babble, a TV), with
how much of the ambient is speech-like and how much the background talk's level swings. From
them it gives the two things every start and end gate is made of: the **speech weight** (0 for
non-speech noise, 1 for ambient that is mostly talk) and the **background gate** (the level a
caller must reach over the ambient). Which windows join it, and when, is the state machine's
business (:meth:`.VADStateMachine._push_ambient`).
"""

from __future__ import annotations

import bisect
import math
import statistics

from pipecat_rt_best.noise_robust_vad.params import NoiseRobustVADParams

WINDOW_MS = 32.0  # Silero window at 8 kHz (256 samples) and 16 kHz (512 samples)

MIN_DB = -120.0
"""The level of a window with no energy at all."""

CLAMP_MAX_WINDOWS = 16
"""The longest burst (0.5 s) :attr:`NoiseRobustVADParams.ambient_clamp_db` clamps: louder
for longer is the line getting louder (a TV turned up), which the ambient follows."""

SPREAD_BLOCK = 16
"""The background talk's level spread is measured over blocks of this many ambient windows
(0.5 s), each at least half speech-like (:attr:`NoiseRobustVADParams.talk_spread_ref_db`)."""


def to_power(db: float) -> float:
    return 10.0 ** (db / 10.0)


def to_db(power: float) -> float:
    return 10.0 * math.log10(power) if power > 0 else MIN_DB


def running_weight(count: int, time_constant_s: float) -> float:
    """Weight of the newest of ``count`` windows in an exponential average over
    ``time_constant_s``, bias-corrected at the start (a plain mean until it fills)."""
    base = 1.0 - math.exp(-WINDOW_MS / 1000.0 / time_constant_s)
    return max(base, 1.0 / count)


class RunningMedian:
    """A running median: the median of the first ``seed`` values, then one ``step`` towards
    each new value. None until seeded."""

    def __init__(self, seed: int, step: float) -> None:
        self._first: list[float] = []
        self._seed = seed
        self._step = step
        self.value: float | None = None

    def add(self, x: float) -> None:
        if self.value is None:
            self._first.append(x)
            if len(self._first) >= self._seed:
                self.value = float(statistics.median(self._first))
                self._first = []
            return
        self.value += self._step if x > self.value else -self._step


class RunningFraction:
    """The running fraction of windows that are flagged, over ``time_constant_s`` (a plain
    mean until it fills, as :func:`running_weight` weighs)."""

    def __init__(self, time_constant_s: float) -> None:
        self._time_constant_s = time_constant_s
        self.count = 0
        self.value = 0.0

    def add(self, flagged: bool) -> None:
        self.count += 1
        self.value += running_weight(self.count, self._time_constant_s) * (
            float(flagged) - self.value
        )


class TalkSpread:
    """The background talk's level spread (dB): in each block of ``SPREAD_BLOCK`` ambient
    windows that is at least half speech-like, the standard deviation of the speech-like
    windows' levels; :attr:`value` is its running median (None until seeded)."""

    def __init__(self) -> None:
        self._windows = 0  # ambient windows in the current block
        self._speechy = 0  # the speech-like ones, and the sum and sum of squares of their dB
        self._sum = 0.0
        self._sum_sq = 0.0
        self._median = RunningMedian(seed=8, step=0.04)

    @property
    def value(self) -> float | None:
        return self._median.value

    def add(self, power: float, speechy: bool) -> None:
        """One more ambient window."""
        self._windows += 1
        if speechy:
            db = to_db(power)
            self._speechy += 1
            self._sum += db
            self._sum_sq += db * db
        if self._windows < SPREAD_BLOCK:
            return
        if 2 * self._speechy >= self._windows:
            mean = self._sum / self._speechy
            self._median.add(math.sqrt(max(0.0, self._sum_sq / self._speechy - mean * mean)))
        self._windows = self._speechy = 0
        self._sum = self._sum_sq = 0.0


class Ambient:
    """Energy averages of the windows that did not become turns, over
    ``floor_time_constant_s``; see the module docstring. :attr:`version` changes whenever
    anything a gate is made from does (callers key their own caches on it)."""

    def __init__(self, params: NoiseRobustVADParams) -> None:
        self.params = params
        self.power: float | None = None
        """The whole ambient's mean power (None until a window joined)."""
        self.talk_power: float | None = None
        """The mean power of its speech-like windows: the background talk's level."""
        self.speechiness = 0.0
        """Fraction of recent ambient windows scored as speech (0 for non-speech noise)."""
        self.count = 0
        """Windows joined so far."""
        self.spread = TalkSpread()
        self.version = 0
        self._talk_count = 0
        # while the energy average is a plain mean (young): every window's power, sorted
        # (ambient_clamp_db clamps them against their median)
        self._young: list[float] = []
        self._clamp_ref = 0.0  # the ambient before the current run of clamped windows
        self._clamped = 0  # windows in that run
        # ambient_fall_ms: the powers of the windows in a row far under the level
        self._fall_windows = round(params.ambient_fall_ms / WINDOW_MS)
        self._fall_factor = to_power(params.ambient_fall_db)
        self._under: list[float] = []
        self.under_run = 0
        """Windows in a row each ``ambient_fall_db`` or more under the level (the line has gone
        quiet under what the ambient remembers); counted with the fall off too, and back to 0
        when the level falls to them."""
        self._weight_key: tuple[int, float, NoiseRobustVADParams] | None = None
        self._weight = 1.0
        self._gate_key: tuple[object, ...] | None = None
        self._gate_db = MIN_DB

    @property
    def age_ms(self) -> float:
        return self.count * WINDOW_MS

    @property
    def established(self) -> bool:
        """Whether the ambient is one time constant old."""
        return self.age_ms >= self.params.floor_time_constant_s * 1000.0

    @property
    def loudest_db(self) -> float:
        """The background talk's level, or the whole ambient's if that is louder (an estimate
        with too few speech-like windows yet can say otherwise). Only once a window joined."""
        assert self.power is not None
        return to_db(max(self.talk_power or 0.0, self.power))

    def add(self, power: float, speechy: bool) -> None:
        """One more window joins the ambient."""
        self.version += 1
        self.count += 1
        alpha = running_weight(self.count, self.params.floor_time_constant_s)
        clamp_db = self.params.ambient_clamp_db
        fell = self.power is not None and self._fell(power)
        if clamp_db > 0 and alpha == 1.0 / self.count:
            if fell:
                self._young = sorted(self._under[:-1])  # the young mean starts again from them
                self._under = []
            self.power = self._clamp_ref = self._young_mean(power, clamp_db)
        else:
            if self._young:
                self._young = []  # grown up: the running average takes over
            if self.power is None:
                self.power = self._clamp_ref = power
            # a burst is clamped against the ambient as it was before it (not against one
            # each clamped window raised); a level held longer than a burst is the line's own
            ceiling = self._clamp_ref * 10.0 ** (clamp_db / 10.0)
            clamped = clamp_db > 0 and power > ceiling and self._clamped < CLAMP_MAX_WINDOWS
            self._clamped = self._clamped + 1 if clamped else 0
            if fell:
                self.power = sum(self._under) / len(self._under)  # the quiet line's own level
                self._under = []
            else:
                self.power += alpha * ((ceiling if clamped else power) - self.power)
            if not clamped:
                self._clamp_ref = self.power
        self.speechiness += alpha * (float(speechy) - self.speechiness)
        if self.params.talk_spread_ref_db > 0:
            self.spread.add(power, speechy)
        if speechy:
            # the level of background talk: an energy average over its speech-like windows
            self._talk_count += 1
            a = running_weight(self._talk_count, self.params.floor_time_constant_s)
            if self.talk_power is None:
                self.talk_power = power
            self.talk_power += a * (power - self.talk_power)

    def _fell(self, power: float) -> bool:
        """Whether ``power`` ends a run of ``ambient_fall_ms`` of windows each
        ``ambient_fall_db`` or more under the level: the line went quiet."""
        assert self.power is not None
        if power * self._fall_factor > self.power:
            self.under_run = 0
            self._under = []
            return False
        self.under_run += 1
        if not self._fall_windows:
            return False
        self._under.append(power)
        if len(self._under) < self._fall_windows:
            return False
        self.under_run = 0  # the level falls to these windows: no longer under it
        return True

    def _young_mean(self, power: float, clamp_db: float) -> float:
        """The plain mean of a young ambient's windows, each at most ``clamp_db`` above
        their median: a loud first window (a click) is clamped once the quiet ones outnumber
        it, not averaged in at full power for the next ``floor_time_constant_s``."""
        bisect.insort(self._young, power)
        powers = self._young
        ceiling = powers[len(powers) // 2] * to_power(clamp_db)
        return sum(min(p, ceiling) for p in powers) / len(powers)

    def forget_talk(self) -> None:
        """Forget the background talk: its level, its share of the ambient and its spread (it
        was not background talk); the whole ambient's level stays."""
        self.version += 1
        self.talk_power = None
        self._talk_count = 0
        self.speechiness = 0.0
        self.spread = TalkSpread()

    def count_as_talk(self, windows: float) -> None:
        """``windows`` more speech-like windows in the ambient's speech fraction, their level
        left out (the voiced windows of a turn that was likely background talk)."""
        self.version += 1
        keep = math.exp(-WINDOW_MS / 1000.0 / self.params.floor_time_constant_s) ** windows
        self.speechiness = 1.0 - (1.0 - self.speechiness) * keep

    def speech_weight(self) -> float:
        """0 for non-speech ambient, 1 for ambient that is mostly speech (babble, TV).

        Early in a call the estimate is young, so it leans towards caution: the weight starts
        at 1 and may only fall as far as the ambient's age (in ``floor_time_constant_s``)
        allows."""
        p = self.params
        key = (self.count, self.speechiness, p)
        if key == self._weight_key:
            return self._weight  # asked several times per window
        young = 1.0 - self.count * WINDOW_MS / 1000.0 / p.floor_time_constant_s
        self._weight_key, self._weight = key, max(self.talk_weight(), young)
        return self._weight

    def talk_weight(self) -> float:
        """What the ambient's speech fraction alone says (0 non-speech … 1 mostly speech),
        without the young estimate's caution."""
        p = self.params
        lo = p.floor_speechiness_ref / 2.0
        return min(1.0, max(0.0, (self.speechiness - lo) / (p.floor_speechiness_ref - lo)))

    def gate(self, margin_db: float, w: float | None = None) -> float:
        """The level a caller must reach over the ambient: the ambient floor for non-speech
        noise, the background talkers' level + ``margin_db`` for speech-like ambient (never less
        than the whole ambient's level + ``margin_db``). ``w``: the speech weight, if the
        caller has it."""
        if self.power is None:
            return MIN_DB
        if w is None:
            w = self.speech_weight()
        key = (margin_db, self.power, self.talk_power, w, self.params)
        if key == self._gate_key:
            return self._gate_db  # asked several times per candidate evaluation
        floor = to_db(self.power) + self.params.floor_offset_db
        talk = self.loudest_db + margin_db
        gate = floor + w * max(0.0, talk - floor)
        self._gate_key, self._gate_db = key, gate
        return gate

    def spread_factor(self) -> float:
        """How much of the margins over background talk apply: spread / ``talk_spread_ref_db``
        for talk flatter than that, never below half; 1 until the spread is known."""
        p = self.params
        spread = self.spread.value
        if p.talk_spread_ref_db <= 0 or spread is None:
            return 1.0
        return min(1.0, max(0.5, spread / p.talk_spread_ref_db))
