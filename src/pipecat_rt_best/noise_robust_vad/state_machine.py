"""The noise-robust VAD decision logic as a pure, synchronous state machine.

No asyncio, no pipecat, no model: :meth:`VADStateMachine.step` takes one window's speech
probability (from any acoustic model) and level in dBFS and returns a :class:`Decision`.
Everything is counted in windows, so results depend only on the input sequence.

Gates, in the order a window meets them:

1. **Start threshold / end threshold (hysteresis).** A window is *voiced* for starting when
   ``prob >= start_threshold``; once a turn is confirmed it continues while
   ``prob >= end_threshold``. Once the ambient is established as non-speech, starting needs
   ``nonspeech_start_threshold`` (there Silero is the only judge, and the transients it
   mistakes for speech rarely score as high as real speech).
2. **Minimum speech.** A candidate becomes a turn only after ``min_speech_ms`` of voiced windows
   (short gaps tolerated, ``max_start_gap_ms``). Clicks, coughs and single syllables of
   background talk don't get there. In established non-speech ambient it is
   ``nonspeech_min_speech_ms``: there Silero's errors are transients (a swoosh, a synth glide);
   speech ``nonspeech_loud_margin_db`` above that ambient still confirms after ``min_speech_ms``
   (``quiet_line_loud_relief_db`` less on a line that has shown no background talk).
3. **Adaptive noise floor ("ambient", :mod:`.ambient`).** Energy averages of the windows that
   did not become a turn (joined with a delay, so a candidate's own windows never raise its
   gate): the whole ambient, and its speech-like part (background talk). When the ambient is speech-like
   (Silero keeps scoring it as speech: babble, TV), a candidate must be louder than the
   background talk: by ``floor_margin_db + quick_margin_db`` over ``min_speech_ms`` (loud
   callers start fast), or by ``floor_margin_db`` over ``talk_min_speech_ms`` (marginal ones
   need more evidence, which a run of loud TV syllables doesn't sustain). The margin follows
   how much the background talk's level swings (``talk_spread_ref_db``): flat dense babble
   gets up to half of it off, a TV speaking one voice at a time keeps it. For non-speech
   ambient the gate sinks to the noise floor (``floor_offset_db``): Silero rejects such noise.
   **Distance cue:** given per-window clarity values (:mod:`.clarity`, how peaky the LPC
   residual is: a dry voice at the phone vs talk arriving through a room), a candidate as
   reverberant as room-borne background talk needs ``clarity_penalty_db`` more margin, and
   one clearly drier than it ``clarity_relief_db`` less. **Background-voice cue:**
   given an embedder (:data:`.background_voice.SpanEmbedder`; :mod:`.speaker_embedding`, a
   speaker-verification network), the background talk's voice is learned on speech-like
   ambient stretches and rejected candidates (:mod:`.background_voice`); a candidate whose
   voice is as close to it as its own samples are needs ``speaker_penalty_db`` more margin.
   **Turn-taking:** the caller listens while the bot speaks, background talk does not; talk
   learned before the bot's first words, on a line that then carries none under them for
   ``talk_under_bot_ms``, was the caller's own pick-up words and is forgotten.
4. **Caller-level gating.** The caller's speech level is learned on confirmed turns (from
   each turn's loudest voiced windows). A candidate more than ``caller_gate_db`` below it
   (more in non-speech ambient) is discounted: the signature of a background talker
   further from the microphone than the caller, which works even when that talker is only
   occasional (so the ambient isn't speech-like on average). A turn far below the caller level
   (``learn_max_below_db``) is not learned, and the voiced windows of turns that are not learned
   count as background talk in the ambient's speech fraction. **Dominant talker:** a candidate
   ``dominant_margin_db`` above everything else on the line (the background talk's level, or
   the whole ambient's if louder) gets ``dominant_caller_relief_db`` more room under the caller
   level: a caller who speaks one turn loud and the next quietly is still the loudest voice on
   the line, which a background talker quieter than the caller is not. Less of it while the
   bot speaks (``dominant_barge_in_relief_db``): everything else on the line is quiet by
   design then, so a lone background voice (a TV, someone in the room) is the dominant talker
   too, and a false start would cut the bot off. A barge-in only the full relief would let in
   is withheld: it does not count as background talk, so if it is the caller and goes on
   after the bot stops, it starts then. So is every barge-in candidate before the caller's
   level is learned on a line that has carried no talk between candidates: there a "hmm" or
   a "haan" over the bot is the caller's, and learned as talk it would hold the caller's
   answers under their own level.
5. **Bot-aware barge-in.** While the bot is speaking, a start needs a higher threshold, longer
   speech and extra level margin; during that confirmation window :attr:`Decision.duck` asks
   for the bot's audio to be ducked, and it clears again if the evidence fades (the bot resumes
   at full level, it was never cut). **Voice cue:** given per-window spectral shapes
   (:mod:`.voice_profile`), the caller's voice is learned on confirmed turns and the background
   talk's on speech-like ambient windows; a barge-in candidate that sounds like the caller
   needs less of the extra margin (``voice_bonus_db``). Shapes may be given lazily
   (:class:`.voice_profile.LazyShape`): the machine computes one only when it is used.
6. **Minimum silence with level-aware continuation.** A turn ends after ``min_silence_ms`` of
   windows that are not caller speech. A window continues the turn only if it is voiced *and*
   within ``end_gate_db`` of the turn's own level, so background talk after the caller stops
   cannot hold the turn open (which would stall the bot's reply). **Hysteresis (opt-in):**
   once the silence count has run ``end_resume_after_ms``, a run of speech re-enters the turn
   only if it is ``end_resume_margin_db`` above the background talk: the caller's own pauses
   resume early and loud, the loud syllables of background talk after the last word late and
   weak.
7. **Pre-roll.** A START decision reports where the speech began plus ``prefix_padding_ms``, so
   the audio from before the confirmation (the first syllable) can be handed to the model.

Defaults were tuned on the benchmark in ``bench/vad`` (8 kHz μ-law calls, babble/TV/non-speech
noise at 20/10/5/0 dB SNR); see each field's note for the trade-off.
"""

from __future__ import annotations

import bisect
import math
import statistics
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache
from operator import itemgetter

import numpy as np

from pipecat_rt_best.noise_robust_vad.ambient import (
    MIN_DB,
    WINDOW_MS,
    Ambient,
    RunningFraction,
    RunningMedian,
    running_weight,
    to_db,
    to_power,
)
from pipecat_rt_best.noise_robust_vad.background_voice import (
    MIN_SAMPLES,
    BackgroundVoice,
    SpanEmbedder,
)
from pipecat_rt_best.noise_robust_vad.clarity import Clarity
from pipecat_rt_best.noise_robust_vad.params import NoiseRobustVADParams
from pipecat_rt_best.noise_robust_vad.voice_profile import (
    Shape,
    ShapeAverage,
    resolve_many,
    voice_score,
)

MAY_EMBED_HELD = 2
"""Held background-voice samples that make a window worth running off the event loop
(:attr:`VADStateMachine.may_embed`): ~2 ms each, embedded together."""

CLARITY_STRIDE = 4
"""The background talk's clarity is a running median: it reads every 4th speech-like ambient
window only (a lazily computed clarity then costs a quarter of the windows)."""

SHAPE_STRIDE = 2
"""While the bot is silent and no turn is running, the voice cue reads the spectral shape of
every 2nd voiced window only (the background talk's voice is a slow average; barge-in
candidates and turns get every window). Keeps the cue's cost per stream small."""

STALE_AMBIENT_MS = 1000
"""The ambient is stale high (a burst of noise it still remembers) after this long of ambient
windows each ``ambient_fall_db`` under it (``reject_talk_min_weight``; the ambient's own
``under_run``). With the fall on (``ambient_fall_ms`` ≤ this), the level has fallen by then
and the rule never fires: it is the fallback for a fall turned off or made slower."""

WARMUP_TALK_QUIET_MS = 2000
"""Background talk first learned in the call's first seconds (the warm-up and this long after it),
with no turn confirmed since, is forgotten once the line apart from the talker has been quiet
this long in all (windows past each word's fading end, :data:`WORD_TAIL_MS`, at most
:data:`FIRST_TALKER_FAINT_FRACTION` of them faint speech): it was the caller's own first words
("Hello? … Hello, who is this?" at pick-up), and kept as talk it would set the talk level at the
caller's and lock every later turn out. Faint speech past a word's end after the warm-up (babble,
a TV: faint words in its gaps) settles it as the line's for good; so does the forgetting, once
per call. A first talker loud over a quiet line is not left to this: see
:data:`FIRST_TALKER_RISE_DB`."""

WORD_TAIL_MS = 192
"""A window this close after a voiced one is a word's fading end: no evidence of what the line
carries between the talker's words (the first talker's own word ends, scored as faint speech,
once made their words the line's background talk for good: a caller who talked from pick-up
with ordinary pauses got no turn at all)."""

WORD_HEAD_DB = 6.0
"""A window of the line this far over the line's median level, at most :data:`WORD_HEAD_MS`
before a word's onset, is the rising head of a word that Silero has not scored as speech yet (it
lags a word's onset by 40–80 ms): the first talker's, not the line's, so the line's level (a
power mean, which one such window dominates) leaves it out, as it leaves out a loud run no
longer than that anywhere (a click). Counted in, the caller's own first syllables raised a silent
line's level by 20–40 dB and a caller who spoke 0.3 s after pick-up was not heard as the first
talker (``bench.vad.pickup``: 6 and 10 dB find the same first turns, ±2 of 273). A longer loud
run's windows further from a word are the line's: a line that opens as digital silence and then
carries noise is measured at its noise."""

WORD_HEAD_MS = 480
"""How long before a voiced window a loud line window can be its word's head: Silero's lag, or a
word that opens unvoiced (a fricative, a plosive's burst, Silero scoring it under 0.05). Held-out
callers' first words opened so for 290 and 350 ms: at 128 ms the first was counted in and 13
first turns were missed on the held-out pick-up bench; at 320 ms the second's first window was,
and 6 first turns came 0.5 s late; at 480 ms the bench's first turns are the thirtieth pass's."""

WORD_HEAD_FAINT_MS = 64
"""Faint windows of the line (``faint_speech_threshold``) this close before a voiced window, and
:data:`WORD_HEAD_FAINT_RISE_DB` over the line heard so far, are the rising head of that word
(Silero's probability climbing through the faint threshold on the way to the start threshold),
not faint speech the line carries. Counted as the line's, one such window beside six of digital
silence made a silent line "not quiet" (over :data:`FIRST_TALKER_FAINT_FRACTION`): a caller 90 dB
over it was no first talker, and the warm-up learned their words as talk (``bench.vad.pickup``:
2 of 13 first turns missed on the tuning corpus's clean line, 3 of 13 on held-out 7's)."""

WORD_HEAD_FAINT_RISE_DB = 30.0
"""How far over the line's median level a faint window must be to be a word's head
(:data:`WORD_HEAD_FAINT_MS`). Session 38 (``bench.vad.pickup``): at 15 dB the tuning corpus's
first turns missed 113 → 109 of 273 and round 2 kept its decisions, but a TV's words rise so out
of its quiet bed: with a bot that waits (``--silent-bot``) held-out TV false starts 129 → 160; at
30 dB 113 → 112 (the clean line's), held-out 7's clean line 3 → 0, no other decision moved on the
tuning, held-out, held-out 2, 6 and 7 corpora."""

WORD_ONSET_WINDOWS = 3
"""Voiced windows in a row that make a word's onset for :data:`WORD_HEAD_MS` (a lone voiced
window in noise, Silero's false positive, is not one)."""

LINE_LEVEL_MS = 2048
"""The line's level is judged on its last this long of windows apart from the first talker."""

FIRST_TALKER_EVIDENCE_MS = 96
"""Line heard before the first talker (or between their words, past :data:`WORD_TAIL_MS`)
needed before the first talker is judged at all."""

FIRST_TALKER_FAINT_FRACTION = 0.1
"""At most this fraction of that line may carry faint speech (``faint_speech_threshold``) for
the line to count as quiet apart from the first talker: a TV or babble leaves faint speech
between its words."""

FIRST_TALKER_RISE_DB = 15.0
"""Before the bot has greeted, a first talker this far over a line that is quiet apart from them is
the caller: their turn starts as soon as their speech is long enough, warm-up or not, and their
words learned as talk are forgotten. Tuning corpus (``bench.vad.pickup``, callers who speak at
once): first turns missed 243 → 174 of 273, no false start or miss moved over round 2's calls; at
10 dB 141, but TV talk started 32 more false starts (then with a like rule after the warm-up,
since dropped: on the held-out corpus it forgot a TV's talk under the greeting, 18 more).

Only until the bot has greeted: see :data:`FIRST_TALKER_GREETING_MS`."""

FIRST_TALKER_STILL_RISE_DB = 4.0
"""The rise that replaces :data:`FIRST_TALKER_RISE_DB` once the line apart from the first talker has
been heard for :data:`FIRST_TALKER_STILL_EVIDENCE_MS` carrying no faint speech at all (white noise, a
fan, a music bed), over the line as it is just before them (its last :data:`WORD_HEAD_MS`) if that
is louder than its level over :data:`LINE_LEVEL_MS`. Silero tells a voice from such a line on its own
(pipecat's analyzer misses no first turn there), so the level only has to show that the talker is on
top of it; 15 dB missed a caller 5–10 dB over steady noise at pick-up until the warm-up had learned
their own words as talk. Session 37 (``bench.vad.pickup``, with the first talker's level learned at
once): first turns missed on the tuning corpus 149 → 113 of 273 (4 dB chosen on it). A line with any
faint speech (a TV, babble) keeps 15 dB."""

STEADY_LINE_DB = 1.5
"""A line whose windows swing by at most this (the standard deviation of their levels in dB, over
:data:`STEADY_LINE_MS`) is steady: white noise, a fan, an engine (0.2–1.2 dB on the pick-up
benches), not a TV's bed or a music track (2–9 dB). See :meth:`VADStateMachine._still_line_faint`."""

STEADY_LINE_MS = 512
"""How much of the line (its windows without faint speech) :data:`STEADY_LINE_DB` judges."""

FIRST_TALKER_STILL_EVIDENCE_MS = 192
"""Line needed before :data:`FIRST_TALKER_STILL_RISE_DB` applies. With 96 ms (the path's own
:data:`FIRST_TALKER_EVIDENCE_MS`) a TV that opened on 128 ms of its bed then talked 11 dB over it
was taken for the caller, its level learned as the caller's, and its next words started turns:
round 2's held-out TV 5 / 0 dB false starts 33 → 39 / 17 → 23; 192 ms keeps every round-2 decision
of the tuning, held-out, held-out 2 and held-out 6 corpora and 36 of the 44 tuning first turns the
96 ms found (chosen on held-out, a spent corpus; held-out 6 run a second time for it)."""

UNDER_BOT_SKIP_MS = 320
"""The first windows of each bot turn are not the line under the bot (``talk_under_bot_ms``):
a caller's last word may run into them."""

UNDER_BOT_TALK_MAX = 0.05
"""A speech fraction of the line under the bot below this is no background talk
(``talk_under_bot_ms``)."""

FIRST_TALKER_GREETING_MS = 2000
"""The first-talker path closes once the bot's audio has played this long in the call (session
35). It is for a caller who talks at pick-up, before a greeting or to a bot that waits; after a
greeting, a talker is answering it (the rest of the machine's case) or is background talk, and
the line under the greeting has shown its talk. Open after the greeting, over round 2's calls
(greetings of 2.1–7 s) it let a TV's words start turns on every held-out corpus (TV 0 dB false
starts 17 → 27 held-out, 1.28 → 4.12 a minute held-out 3) and on the tuning corpus changed
nothing. Closed at the bot's first window, a caller whose "Hello?" a short greeting overlapped
(0.6–1.0 s) was learned as talk and their answers went unheard for seconds or the whole call
(a review): a greeting that short shows the line too little of itself."""


class Phase(Enum):
    """Same four states and values as ``pipecat.audio.vad.vad_analyzer.VADState``."""

    QUIET = 1
    STARTING = 2
    SPEAKING = 3
    STOPPING = 4


class Event(Enum):
    """What changed on this window."""

    NONE = 0
    START = 1  # a caller turn is confirmed (barge-in when the bot is speaking)
    STOP = 2  # the caller turn ended: commit + response.create
    REJECT = 3  # a candidate that reached the minimum speech was discounted by a level gate


@dataclass(frozen=True)
class Decision:
    """Result of one window."""

    phase: Phase
    event: Event = Event.NONE
    duck: bool = False
    """The bot should be ducked: a barge-in candidate is being confirmed."""
    onset_windows_ago: int = 0
    """On START: windows between the detected speech onset (minus prefix padding) and the end
    of this window, i.e. how much audio to hand the model from before the confirmation."""
    level_db: float | None = None
    """On START/REJECT: the candidate's level that was compared with the gate."""
    gate_db: float | None = None
    """On START/REJECT: the level the candidate had to reach (for a barge-in that clears the
    gate without the voice cue's bonus, the gate without it: the cue is not scored then)."""


# the plain decisions of most windows, made once (a frozen dataclass is slow to build)
_QUIET = Decision(Phase.QUIET)
_STARTING = Decision(Phase.STARTING)
_STARTING_DUCKED = Decision(Phase.STARTING, duck=True)
_SPEAKING = Decision(Phase.SPEAKING)
_STOPPING = Decision(Phase.STOPPING)


_POWER = itemgetter(1)  # a voiced window's power: (index, power)[1]


def _profile_window(index: int) -> bool:
    """Whether window ``index`` is one the background-talk voice profile reads."""
    return index % SHAPE_STRIDE == 0


def _clarity_value(x: Clarity) -> float:
    return x() if callable(x) else float(x)


@lru_cache(maxsize=64)
def _windows(ms: float) -> int:
    return max(1, math.ceil(ms / WINDOW_MS - 1e-9))


def _line_level(windows: Sequence[tuple[int, float]], onsets: Sequence[int]) -> float:
    """The power mean of the line's ``windows`` (index, level in dB, in order) leaving out the
    heads of words and clicks: windows over their median by more than :data:`WORD_HEAD_DB` in a
    run spanning at most :data:`WORD_HEAD_MS`, or at most that long before a word's onset
    (``onsets``, ascending). A run is the loud windows between two quiet ones with no onset
    among them (a faint or a lone voiced window of noise does not split it); a longer run is the
    line's own noise."""
    top = statistics.median(db for _, db in windows) + WORD_HEAD_DB
    reach = _windows(WORD_HEAD_MS)

    def to_onset(i: int) -> float:
        k = bisect.bisect_right(onsets, i)
        return onsets[k] - i if k < len(onsets) else math.inf

    kept: list[float] = []
    run: list[tuple[int, float]] = []

    def close() -> None:
        if run and run[-1][0] - run[0][0] >= reach:
            kept.extend(to_power(db) for i, db in run if to_onset(i) > reach)
        run.clear()

    for i, db in windows:
        if run and (db <= top or to_onset(run[-1][0]) <= i - run[-1][0]):
            close()
        if db > top:
            run.append((i, db))
        else:
            kept.append(to_power(db))
    close()
    return to_db(sum(kept) / len(kept))


@dataclass
class _Candidate:
    start_index: int
    voiced: deque[tuple[int, float]] = field(default_factory=deque)  # (window index, power)
    shapes: deque[Shape | None] = field(default_factory=deque)  # parallel to voiced
    voiced_total: int = 0
    gap: int = 0
    rejected: bool = False  # failed a level gate at least once (counted once)
    failing: bool = False  # failing the level gate on the latest evaluation
    relieved: bool = False  # needs the dominant-talker relief (latest evaluation)
    dominant: bool = False  # got the dominant-talker relief (latest evaluation)
    withheld: bool = False  # a barge-in only the full relief (bot silent) would let in
    clarity: list[Clarity] = field(default_factory=list)  # its voiced windows' clarity values
    voice: _CandidateVoice | None = None  # the span last chosen for its voice


def _mean_db(voiced: Sequence[tuple[int, float]]) -> float:
    """The mean level of voiced windows ``(index, power)`` (``MIN_DB`` with none)."""
    return to_db(sum(map(_POWER, voiced)) / len(voiced)) if voiced else MIN_DB


@dataclass
class _CandidateVoice:
    """A candidate's voice: the windows it is taken from, chosen at window ``index`` against
    the background's profile as it was then, embedded only if something reads it (most
    candidates near the gate are decided without it: ~3 ms saved each)."""

    index: int
    first: int
    last: int
    background: tuple[np.ndarray | None, float]  # the profile's (unit, self_similarity) then
    embedded: bool = False
    embedding: np.ndarray | None = None
    score: float = 0.0


class VADStateMachine:
    """Pure noise-robust VAD decision logic over 32 ms windows. See the module docstring."""

    def __init__(
        self, params: NoiseRobustVADParams | None = None, embedder: SpanEmbedder | None = None
    ) -> None:
        self._params = params or NoiseRobustVADParams()
        self._background_voice = BackgroundVoice(embedder)
        self.reset()

    @property
    def params(self) -> NoiseRobustVADParams:
        return self._params

    @params.setter
    def params(self, params: NoiseRobustVADParams) -> None:
        """New settings; everything learned is kept."""
        self._params = params
        self._ambient.params = params

    @property
    def embedder(self) -> SpanEmbedder | None:
        """Voice embeddings of recent windows for the background-voice cue (None: cue off);
        held by the background's voice profile, the one thing that samples with it."""
        return self._background_voice.embedder

    @embedder.setter
    def embedder(self, embedder: SpanEmbedder | None) -> None:
        self._background_voice.embedder = embedder

    # -- public state -------------------------------------------------------------------

    def reset(self) -> None:
        """Forget everything (a new call)."""
        self._index = -1
        self._phase = Phase.QUIET
        self._bot_speaking = False
        self._bot_windows = 0  # windows of the bot's audio in this call
        self._bot_run = 0  # of them, in a row up to this window
        # the line while the bot speaks (its windows joining the ambient), and whether the talk
        # the ambient holds was learned before the bot's first words (talk_under_bot_ms)
        self._line_under_bot = RunningFraction(self.params.floor_time_constant_s)
        self._talk_before_bot = False
        self._ambient = Ambient(self.params)
        self._faint_between = 0.0  # recent fraction of faint speech outside candidates
        self._between_count = 0
        self._floors_for: NoiseRobustVADParams | None = None
        self._gate_terms_key: tuple[object, ...] | None = None
        self._gate_terms_value: tuple[float, float, float, float, float | None] = (
            MIN_DB,
            MIN_DB,
            0.0,
            1.0,
            None,
        )
        self._floors = (math.inf, math.inf)
        # not yet ambient: (power, speech-like, shape, clarity, under the bot)
        self._pending: deque[tuple[float, bool, Shape | None, Clarity | None, bool]] = deque()
        # running medians of the speech-like ambient windows' clarity, and of its louder ones'
        self._background_clarity = RunningMedian(seed=16, step=0.01 * CLARITY_STRIDE)
        self._background_loud_clarity = RunningMedian(seed=16, step=0.01 * CLARITY_STRIDE)
        base = 1.0 - math.exp(-WINDOW_MS / 1000.0 / self.params.floor_time_constant_s)
        self._background_shape = ShapeAverage(1.0 - (1.0 - base) ** SHAPE_STRIDE)
        self._caller_shape = ShapeAverage(self.params.voice_caller_weight)
        self._turn_shapes: list[Shape | None] = []
        self.last_voice_score = 0.0
        self._caller_db: float | None = None
        self._candidate: _Candidate | None = None
        self._early_held = 0  # a first long early turn's voiced windows; -1: talk shown
        # talk seen after the warm-up, the warm-up's talk already judged (_forget_warmup_talk),
        # or a turn begun (the first talker known): nothing more to judge of it
        self._warmup_talk_settled = False
        # the line apart from the first talker, while the warm-up's talk is unjudged
        self._since_voiced = 1 << 30  # windows since the last voiced one
        self._first_talker_heard = False  # the first turn started on the first-talker path
        self._first_talker_turn = False  # and that turn is the one running
        self._line_windows = 0  # windows past a word's tail
        self._line_faint = 0  # those with faint speech
        # the faint windows past a word's fading end (index, power)
        self._line_faint_powers: deque[tuple[int, float]] = deque(maxlen=_windows(LINE_LEVEL_MS))
        self._line_faint_heads = 0  # of those, windows just before a word (_still_line_faint)
        self._recent_line_faint: deque[int] = deque(maxlen=_windows(WORD_HEAD_MS))
        # faint line windows just heard (their indices): a word's head if one follows
        self._faint_head: list[int] = []
        # the others' (index, level in dB), and where words began among them
        self._line_quiet_db: deque[tuple[int, float]] = deque(maxlen=_windows(LINE_LEVEL_MS))
        self._voice_onsets: deque[int] = deque(maxlen=_windows(LINE_LEVEL_MS))
        self._voiced_run = 0  # voiced windows in a row
        self._turn_power_sum = 0.0
        self._turn_voiced = 0
        self._turn_powers: list[float] = []
        self._turn_windows = 0
        self._turn_relieved = False
        self._turn_started_dominant = False
        self._silence = 0
        self._run = 0
        self._run_powers: deque[float] = deque()  # the current run's last end_resume_ms
        self.rejected_candidates = 0
        self._clarity_margin = 0.0  # the distance cue's margin for this window's evaluation
        self._clarity_tick = 0
        self._speaker_margin = 0.0  # the background-voice cue's, likewise
        self._background_voice = BackgroundVoice(self._background_voice.embedder)
        self.last_speaker_score: float | None = None
        """The background-voice cue's last score (≤ 0; negative: sounds like the background)."""

    @property
    def phase(self) -> Phase:
        return self._phase

    @property
    def bot_speaking(self) -> bool:
        return self._bot_speaking

    def set_bot_speaking(self, speaking: bool) -> None:
        """Tell the machine whether the bot's audio is playing (barge-in rules apply)."""
        self._bot_speaking = bool(speaking)

    @property
    def caller_level_db(self) -> float | None:
        """Learned caller speech level (dBFS), None until a turn has been learned."""
        return self._caller_db

    @property
    def ambient_level_db(self) -> float | None:
        """Current ambient (non-turn) level estimate (dBFS)."""
        return None if self._ambient.power is None else to_db(self._ambient.power)

    @property
    def background_speech_level_db(self) -> float | None:
        """Level of the speech-like windows that did not become turns (background talkers)."""
        talk = self._ambient.talk_power
        return None if talk is None else to_db(talk)

    @property
    def caller_shape(self) -> np.ndarray | None:
        """The caller's learned mean spectral shape (voice cue), None until learned."""
        return self._caller_shape.mean

    @property
    def background_shape(self) -> np.ndarray | None:
        """Mean spectral shape of the background talk (voice cue), None until heard."""
        return self._background_shape.mean

    @property
    def ambient(self) -> Ambient:
        """What the machine has learned of the line outside the caller's turns."""
        return self._ambient

    @property
    def ambient_speechiness(self) -> float:
        """Fraction of recent ambient windows scored as speech (0 for non-speech noise)."""
        return self._ambient.speechiness

    @property
    def duck(self) -> bool:
        c = self._candidate
        return bool(
            self._bot_speaking
            and self._phase == Phase.STARTING
            and c is not None
            and not c.failing
            and c.voiced_total >= _windows(self.params.duck_after_ms)
        )

    @property
    def may_embed(self) -> bool:
        """Whether the next window may embed several voices at once: the background-voice cue
        reading a young profile, with a candidate open, embeds the samples it holds together
        (:attr:`.BackgroundVoice.held`; 13–16 of them ~20–25 ms, once or twice a call). The
        analyzer runs such a window off the event loop. A candidate's own span (~2 ms) is
        embedded where the window runs: sending every window of an open candidate to a thread
        for it cost 52 % more CPU on a TV line (the hop, not the embedding; this form 5 %:
        ``bench.vad.inline_hop``), for ~2 ms a
        candidate. Never true on a line without background talk or with the cue off."""
        return (
            self._candidate is not None
            and self.params.uses_speaker
            and self.embedder is not None
            and self._background_voice.samples >= MIN_SAMPLES
            and self._background_voice.held >= MAY_EMBED_HELD
        )

    def settle_background_voice(self) -> None:
        """Embed the background voices held for a batch now (:attr:`may_embed`) rather than at
        the cue's next reading of the profile: the profile is the same, its samples added in
        the same order, and no decision changes."""
        self._background_voice.settled()

    # -- the step -----------------------------------------------------------------------

    def step(
        self,
        prob: float,
        level_db: float,
        shape: Shape | None = None,
        clarity: Clarity | None = None,
    ) -> Decision:
        """Advance one window. ``prob`` in [0, 1]; ``level_db`` = 10·log10(mean square), dBFS;
        ``shape`` the window's :func:`.voice_profile.spectral_shape`, or a
        :class:`.voice_profile.LazyShape` computing it only if needed (optional: without it the
        voice cue is off).

        Non-finite inputs are treated as a silent, unvoiced window (never a stuck state).
        """
        p = self.params
        if shape is not None and not self.wants_shape(prob):
            shape = None  # decisions don't depend on whether a caller passes unused shapes
        if not math.isfinite(prob):
            prob = 0.0
        if not math.isfinite(level_db):
            level_db = MIN_DB
        prob = min(1.0, max(0.0, prob))
        self._index += 1
        self._bot_windows += self._bot_speaking
        self._bot_run = self._bot_run + 1 if self._bot_speaking else 0
        audible = level_db >= p.min_level_dbfs
        if self._phase in (Phase.QUIET, Phase.STARTING):
            return self._step_idle(prob, level_db, audible, shape, clarity)
        return self._step_turn(prob, level_db, audible, shape)

    # -- idle: QUIET / STARTING --------------------------------------------------------------

    def _step_idle(
        self,
        prob: float,
        level_db: float,
        audible: bool,
        shape: Shape | None,
        clarity: Clarity | None,
    ) -> Decision:
        p = self.params
        self._clarity_margin = 0.0  # set again if the candidate is evaluated below
        self._speaker_margin = 0.0
        bot = self._bot_speaking
        start_thr = p.bot_start_threshold if bot else p.start_threshold
        if p.nonspeech_start_threshold > start_thr:
            w = self._ambient.speech_weight()
            start_thr += (1.0 - w) * (p.nonspeech_start_threshold - start_thr)
        quick_ms = p.bot_min_speech_ms if bot else p.min_speech_ms
        short = _windows(quick_ms)
        if p.nonspeech_min_speech_ms > quick_ms:
            quick_ms += (1.0 - self._ambient.speech_weight()) * (
                p.nonspeech_min_speech_ms - quick_ms
            )
        quick = _windows(quick_ms)
        need = max(quick, _windows(p.talk_min_speech_ms))
        power = to_power(level_db)
        voiced = audible and prob >= start_thr
        withheld = self._candidate is not None and self._candidate.withheld
        speechy = audible and prob >= p.start_threshold and not withheld and not self._quiet_line()
        self._push_ambient(power, speechy, shape, clarity, keep=need)
        if voiced:
            self._faint_head.clear()  # the faint windows just before it were this word's head
            if self._since_voiced:  # a word's first voiced window
                self._line_faint_heads += self._word_head_faint()
                self._recent_line_faint.clear()
            self._voiced_run = 1 if self._since_voiced else self._voiced_run + 1
            if self._voiced_run == WORD_ONSET_WINDOWS and not self._warmup_talk_settled:
                self._note_word_onset()
            self._since_voiced = 0
        elif not self._warmup_talk_settled:
            self._judge_warmup_talk(audible and prob >= p.faint_speech_threshold, power)
        tracks_faint = p.early_turn_talk_s > 0 or p.quiet_line_faint_fraction > 0
        if tracks_faint and self._candidate is None and not voiced:
            self._track_faint_speech(audible and prob >= p.faint_speech_threshold)

        if self._caller_db is not None and p.caller_decay_db_per_s > 0:
            self._caller_db -= p.caller_decay_db_per_s * WINDOW_MS / 1000.0
        c = self._candidate
        if c is None:
            if not voiced:
                self._phase = Phase.QUIET
                return _QUIET
            c = self._candidate = _Candidate(start_index=self._index)
            if bot and self._caller_db is None and self._quiet_so_far():
                # speech over the bot, on a line that has carried no talk, before the caller
                # is known: the caller's (a "hmm", a barge-in too short), not background talk
                c.withheld = True
        if voiced:
            c.voiced.append((self._index, power))
            c.shapes.append(shape)
            if clarity is not None:
                c.clarity.append(clarity)
                if len(c.clarity) > _windows(p.clarity_evidence_ms):
                    del c.clarity[0]
            c.voiced_total += 1
            c.gap = 0
            while len(c.voiced) > need:
                c.voiced.popleft()
                c.shapes.popleft()
        elif prob < p.end_threshold or not audible:
            c.gap += 1
            if c.gap > round(p.max_start_gap_ms / WINDOW_MS):
                self._candidate = None
                self._phase = Phase.QUIET
                return _QUIET
        self._phase = Phase.STARTING

        ready = len(c.voiced) >= quick or (len(c.voiced) >= short and self._clears_the_noise(c))
        first_gate = self._first_talker_gate(c) if ready else None
        if first_gate is not None:
            return self._start(c, c.start_index, _mean_db(c.voiced), first_gate)
        warming = self._ambient.age_ms < p.warmup_ms
        if warming and self._first_talker_heard and self._ambient.power is not None:
            warming = False  # the caller is known, their words are not the line's talk
        if not ready or warming:
            # duck only for evidence that, so far, is loud enough to become a turn
            c.failing = _mean_db(c.voiced) < self._start_gate(0.0)
            return _STARTING_DUCKED if self.duck else _STARTING
        self._settle_warmup_talk()

        # Two operating points over the same evidence: the last `quick` voiced windows clear a
        # higher bar (in speech-like ambient), or the last `need` windows clear the base bar.
        evidence = list(c.voiced)[-quick:]
        level = _mean_db(evidence)
        gate = self._evidence_gate(
            self._ambient.speech_weight() * p.quick_margin_db, c, quick, level
        )
        if level < gate and len(c.voiced) >= need > quick:
            evidence = list(c.voiced)
            level = _mean_db(evidence)
            gate = self._evidence_gate(0.0, c, len(evidence), level)
        if level < gate:
            event = Event.NONE
            if not c.rejected:
                self.rejected_candidates += 1
                event = Event.REJECT
                if p.uses_speaker:
                    self._learn_rejected_voice(c)
                if self._stale_rejection() and not c.withheld:
                    # rejected by a floor a burst left (a pick-up, a dropped handset), not by
                    # talk: counted as talk, the caller's own turn would set the talk level at
                    # the caller's and lock every later one out
                    self._withhold(c)
            c.rejected = True
            c.failing = True
            return Decision(Phase.STARTING, event=event, level_db=level, gate_db=gate)

        # Confirmed. Speech began at the first voiced window still in the evidence (or the
        # candidate's start, if all of it is still in view).
        onset = evidence[0][0] if c.voiced_total > len(evidence) else c.start_index
        return self._start(c, onset, level, gate)

    def _start(self, c: _Candidate, onset: int, level: float, gate: float) -> Decision:
        """Candidate ``c`` becomes a turn: its speech began at window ``onset``."""
        onset_ago = self._index - onset + 1 + _windows(self.params.prefix_padding_ms)
        self._begin_turn(c)
        return Decision(
            Phase.SPEAKING,
            event=Event.START,
            onset_windows_ago=onset_ago,
            level_db=level,
            gate_db=gate,
        )

    def _clears_the_noise(self, c: _Candidate) -> bool:
        """Whether the candidate's voiced windows are ``nonspeech_loud_margin_db`` above the
        ambient (``quiet_line_loud_relief_db`` less on a quiet line, :meth:`_quiet_line`): then
        the shorter minimum speech applies even in non-speech ambient."""
        p = self.params
        ambient = self._ambient.power
        if p.nonspeech_loud_margin_db <= 0 or ambient is None or not c.voiced:
            return False
        margin = p.nonspeech_loud_margin_db
        if p.quiet_line_loud_relief_db > 0 and self._quiet_line():
            margin = max(0.0, margin - p.quiet_line_loud_relief_db)
        return _mean_db(c.voiced) >= to_db(ambient) + margin

    def wants_clarity(self, prob: float) -> bool:
        """Whether a window with this probability may use its clarity (a voiced window, with
        the distance cue on); pass a :class:`.clarity.LazyClarity` and it is computed only
        if it is read."""
        return self._cue_floors()[1] <= prob < math.inf

    def wants_shape(self, prob: float) -> bool:
        """Whether the next window, with this probability, would use its spectral shape: a
        voiced window while the bot speaks or a turn runs, else every ``SHAPE_STRIDE``-th
        voiced window (the background-talk profile). Callers may skip computing it otherwise;
        shapes passed for other windows are ignored, so decisions are the same either way."""
        if not self._cue_floors()[0] <= prob < math.inf:
            return False
        if self._bot_speaking or self._phase in (Phase.SPEAKING, Phase.STOPPING):
            return True
        return _profile_window(self._index + 1)

    def _cue_floors(self) -> tuple[float, float]:
        """The lowest probability at which a window's shape, and its clarity, may be used
        (+inf: that cue is off), for the current params (asked twice a window)."""
        p = self.params
        if self._floors_for is not p:
            voiced = min(p.start_threshold, p.bot_start_threshold)
            self._floors = (
                min(voiced, p.nonspeech_start_threshold) if p.voice_bonus_db > 0 else math.inf,
                voiced if p.uses_clarity else math.inf,
            )
            self._floors_for = p
        return self._floors

    def _evidence_gate(self, quick_margin: float, c: _Candidate, last: int, level: float) -> float:
        """The start gate for the candidate's ``last`` voiced windows at ``level``. The voice
        cue can only lower the gate, so it is scored only when it could change the outcome
        (same decisions, a fraction of the work); so is the distance cue."""
        dominant = self._dominant_relief(level)
        self._clarity_margin = self._speaker_margin = 0.0  # the gates without the cues, then with
        self._clarity_margin = self._clarity_cue(c, quick_margin, level, dominant)
        self._speaker_margin = self._speaker_cue(c, quick_margin, level, dominant)
        # less relief for a barge-in: with the bot speaking, a lone background voice is the
        # dominant talker too (see _withhold for the caller it keeps out)
        relief = dominant
        if self._bot_speaking:
            relief = min(dominant, self.params.dominant_barge_in_relief_db)
        gate = self._start_gate(quick_margin, caller_relief=relief)
        # remembered for the turn: it starts (if it does) as the dominant talker, and perhaps
        # only as the dominant talker
        c.dominant = relief > 0 and not self._bot_speaking
        c.relieved = relief > 0 and level < self._start_gate(quick_margin)
        if (
            relief < dominant
            and not c.withheld
            and self._start_gate(quick_margin, caller_relief=dominant) <= level < gate
        ):
            self._withhold(c)
        if level >= gate or not self._bot_speaking or self.params.voice_bonus_db <= 0:
            return gate
        if level < self._start_gate(quick_margin, -self.params.voice_bonus_db, relief):
            return gate  # not even the full bonus would let it through
        return self._start_gate(quick_margin, self._voice_margin(list(c.shapes)[-last:]), relief)

    def _clarity_cue(
        self, c: _Candidate, quick_margin: float, level: float, dominant: float
    ) -> float:
        """Margin change (dB) from the distance cue for candidate ``c`` at ``level``: negative
        (relief) for a voice clearly drier than the background talk, positive (penalty) for
        one as reverberant as it; 0 unless the background talk sounds like it comes through a
        room. Its clarity is computed only where the cue could change the outcome: between the
        lowest gate the candidate may face (every relief, ``dominant`` included) less the
        cue's relief and the highest (none) plus its penalty."""
        p = self.params
        bg = self._background_clarity.value
        if not p.uses_clarity or bg is None or bg >= p.clarity_room_max or len(c.clarity) < 3:
            return 0.0
        w = self._ambient.speech_weight()
        if w <= 0:
            return 0.0
        hi = self._start_gate(quick_margin) + w * (p.clarity_penalty_db + p.speaker_penalty_db)
        lo = self._start_gate(quick_margin, -p.voice_bonus_db, dominant) - w * p.clarity_relief_db
        if not lo <= level < hi:
            return 0.0
        values = [_clarity_value(x) for x in c.clarity[-_windows(p.clarity_evidence_ms) :]]
        mine = float(statistics.median(values))  # = np.median's, ~20x faster on a short list
        # drier than the background's louder windows too: a dry TV over a music bed has a low
        # median (the bed), but its loud syllables are as dry as a caller
        loud = self._background_loud_clarity.value
        if loud is not None and mine >= max(bg, loud) + p.clarity_relief_lead:
            return -p.clarity_relief_db
        if mine < bg + p.clarity_penalty_lead:
            return p.clarity_penalty_db
        return 0.0

    def _speaker_cue(
        self, c: _Candidate, quick_margin: float, level: float, dominant: float
    ) -> float:
        """Margin change (dB) from the background-voice cue for candidate ``c`` at ``level``:
        the penalty for a voice that sounds like the background talk. A span of the candidate
        is chosen between the lowest gate any candidate may face and the highest plus the
        penalty, again only after another span of it; it is embedded (~2–3 ms) only when the
        penalty could change this decision, or when a rejection hands it to the background's
        profile."""
        p = self.params
        if not p.uses_speaker or self.embedder is None:
            return 0.0
        if self._background_voice.samples < MIN_SAMPLES:
            return 0.0
        w = self._ambient.speech_weight()
        if w <= 0:
            return 0.0
        hi = self._start_gate(quick_margin) + w * p.speaker_penalty_db
        lo = self._start_gate(quick_margin, -p.voice_bonus_db, dominant)
        if not lo <= level < hi:
            return 0.0
        if c.voice is None or self._index - c.voice.index >= _windows(p.speaker_span_ms):
            first, last = self._candidate_span(c)
            bg = self._background_voice.settled()
            c.voice = _CandidateVoice(self._index, first, last, (bg.unit, bg.self_similarity))
        # Below the lowest gate this candidate can actually face now (a barge-in: the full
        # voice bonus, no dominant relief; an answer: the relief, no bonus) it fails with or
        # without the penalty, and every gate derived from it (relieved, withheld) agrees: its
        # voice is read only if it could change something.
        if self._bot_speaking:
            can_face = self._start_gate(quick_margin, -p.voice_bonus_db, 0.0)
        else:
            can_face = self._start_gate(quick_margin, 0.0, dominant)
        if level < can_face:
            return 0.0
        voice = self._candidate_voice(c.voice)
        if voice is None:
            return 0.0
        self.last_speaker_score = voice.score
        return p.speaker_penalty_db if voice.score < 0 else 0.0

    def _candidate_voice(self, v: _CandidateVoice) -> _CandidateVoice | None:
        """``v`` embedded (once) and scored against the background's profile of its time."""
        if not v.embedded:
            v.embedded = True
            v.embedding = None if self.embedder is None else self.embedder(v.first, v.last)
            if v.embedding is not None:
                v.score = self._speaker_score(v.embedding, *v.background)
        return v if v.embedding is not None else None

    def _speaker_score(self, e: np.ndarray, unit: np.ndarray | None, own: float) -> float:
        """How far short of "as close to the background talk's mean ``unit`` as its own
        samples (``own``), less ``speaker_slack``" the embedding ``e`` is: negative when it
        sounds like the background, 0 otherwise."""
        if unit is None:
            return 0.0
        return min(0.0, own - self.params.speaker_slack - float(e @ unit))

    def _learn_rejected_voice(self, c: _Candidate) -> None:
        """A rejected candidate is the background talk's voice too: embedded for this while
        the background's profile is young, later only if the cue already embedded it."""
        voice = None if c.voice is None else self._candidate_voice(c.voice)
        if voice is not None and voice.embedding is not None:
            self._background_voice.settled().add(voice.embedding)
        elif self._background_voice.young:
            self._background_voice.add_span(*self._candidate_span(c))

    def _candidate_span(self, c: _Candidate) -> tuple[int, int]:
        """The windows of candidate ``c``'s voice so far: from its first window (at least
        ``speaker_span_ms`` back, at most twice that) to this one."""
        span = _windows(self.params.speaker_span_ms)
        first = max(self._index - 2 * span + 1, min(c.start_index, self._index - span + 1))
        return max(0, first), self._index

    def _track_background_clarity(self, value: float, loud: bool) -> None:
        """Running medians of the background talk's clarity, over all its windows and over its
        louder ones (robust to the caller's own rejected windows, which are far above them):
        one small step towards each value."""
        if not math.isfinite(value):
            return
        self._background_clarity.add(value)
        if loud:
            self._background_loud_clarity.add(value)

    def _stale_rejection(self) -> bool:
        """Whether a rejection now is the work of a burst the ambient still remembers: the line
        carries little talk (``reject_talk_min_weight``), its windows before the candidate were
        all far under the ambient (``ambient_fall_db`` for ``STALE_AMBIENT_MS``), and the
        ambient's gate, not the caller level's, was the higher (a turn far under the caller is
        rejected for that, burst or not)."""
        if not (
            self._ambient.talk_weight() < self.params.reject_talk_min_weight
            and self._ambient.under_run >= _windows(STALE_AMBIENT_MS)
        ):
            return False
        _, background, extra, _, caller = self._gate_terms()
        return caller is None or background + extra >= caller

    def _withhold(self, c: _Candidate) -> None:
        """Candidate ``c``'s windows (those not yet in the ambient, and the ones still to come)
        don't count as background talk. For a barge-in that the dominant-talker relief would
        let in with the bot silent: it may be a caller speaking quietly over the bot. If it is
        the caller and goes on after the bot stops, it then starts as the dominant talker;
        counted as background talk, it would have made the ambient speech-like and locked that
        turn, and the caller's next quiet one, out. And for a candidate rejected on a line of
        non-speech noise (``reject_talk_min_weight``)."""
        c.withheld = True
        span = self._index - c.start_index + 1
        for j in range(max(0, len(self._pending) - span), len(self._pending)):
            pw, _, sh, cl, under = self._pending[j]
            self._pending[j] = (pw, False, sh, cl, under)

    def _dominant_relief(self, level: float) -> float:
        """Extra room under the caller level (dB) for a candidate at ``level`` that is
        ``dominant_margin_db`` above everything else on the line: the background talk's level,
        or the whole ambient's if that is louder (so non-speech noise counts too). Whether the
        bot speaks is the caller's business (:meth:`_evidence_gate`)."""
        p = self.params
        if p.dominant_caller_relief_db <= 0 or self._ambient.power is None:
            return 0.0
        rest = self._ambient.loudest_db
        ns = p.dominant_nonspeech_margin_db
        lead = p.dominant_margin_db * self._ambient.spread_factor()
        margin = ns + self._ambient.speech_weight() * (lead - ns)
        return p.dominant_caller_relief_db if level >= rest + margin else 0.0

    def _voice_margin(self, shapes: list[Shape | None]) -> float:
        """Margin change (dB) from the voice cue for a barge-in candidate with these window
        shapes: down to ``-voice_bonus_db`` if it sounds like the caller, else 0."""
        p = self.params
        if p.voice_bonus_db <= 0 or not self._bot_speaking or not shapes:
            return 0.0
        known = [s for s in shapes if s is not None]
        if not known or 2 * len(known) < len(shapes):
            return 0.0  # too few of its windows carry a shape to judge the voice
        score = voice_score(
            np.mean(resolve_many(known), axis=0),
            self._caller_shape.mean,
            self._background_shape.mean,
            p.voice_min_separation_db,
        )
        self.last_voice_score = score
        return -p.voice_bonus_db * max(0.0, score)

    def _start_gate(
        self, quick_margin: float = 0.0, voice_margin: float = 0.0, caller_relief: float = 0.0
    ) -> float:
        min_level, background, extra, w, caller = self._gate_terms()
        voice = w * (voice_margin + self._clarity_margin + self._speaker_margin)
        gate = max(min_level, background + quick_margin + extra + voice)
        if caller is not None:
            gate = max(gate, caller - caller_relief)
        return gate

    def _gate_terms(self) -> tuple[float, float, float, float, float | None]:
        """What all of a window's start gates share (a candidate's evaluation asks for up to
        ten): the lowest level, the background gate, the bot's extra margin, the speech
        weight, and the caller's level less its slack (None before it is known). Made once
        per window and state (the key holds everything they are made from; the ambient by its
        version)."""
        key = (
            self._index,
            self._ambient.version,
            self._caller_db,
            self._bot_speaking,
            self.params,
        )
        if key == self._gate_terms_key:
            return self._gate_terms_value
        p = self.params
        w = self._ambient.speech_weight()
        caller = None
        if self._caller_db is not None:
            caller = self._caller_db - (
                p.caller_gate_db + (1.0 - w) * p.caller_gate_nonspeech_extra_db
            )
        terms = (
            p.min_level_dbfs,
            self._ambient.gate(self._floor_margin(), w),
            p.bot_extra_margin_db if self._bot_speaking else 0.0,
            w,
            caller,
        )
        self._gate_terms_key, self._gate_terms_value = key, terms
        return terms

    def _push_ambient(
        self, power: float, speechy: bool, shape: Shape | None, clarity: Clarity | None, keep: int
    ) -> None:
        """Queue this window for the ambient estimate; windows join it only once they are
        older than any candidate's evidence, so a starting turn never raises its own gate."""
        if not _profile_window(self._index):
            shape = None  # the background's voice: every SHAPE_STRIDE-th window
        under_bot = self._bot_run >= _windows(UNDER_BOT_SKIP_MS)
        self._pending.append((power, speechy, shape, clarity, under_bot))
        while len(self._pending) > keep + _windows(self.params.max_start_gap_ms):
            if self.params.uses_speaker:
                self._background_voice.track(
                    self._pending[0][1],
                    self._index - len(self._pending) + 1,
                    _windows(self.params.speaker_span_ms),
                )
            pw, sp, sh, cl, under_bot = self._pending.popleft()
            if sp and not self._warmup_talk_settled and self._ambient.talk_power is None:
                # talk first heard past the warm-up's reach is the line's, never the caller's
                # first words: it is not forgotten
                joining = self._index - len(self._pending)
                horizon = self.params.warmup_ms + WARMUP_TALK_QUIET_MS
                self._warmup_talk_settled = joining * WINDOW_MS >= horizon
            if sp and cl is not None:
                self._clarity_tick = (self._clarity_tick + 1) % CLARITY_STRIDE
                if self._clarity_tick == 0:
                    talk = self._ambient.talk_power
                    loud = talk is not None and pw >= talk
                    self._track_background_clarity(_clarity_value(cl), loud)
            learned_talk = self._ambient.talk_power is not None
            self._ambient.add(pw, sp)
            if sp and sh is not None:
                self._background_shape.update_later(sh)
            if not learned_talk and self._ambient.talk_power is not None:
                self._talk_before_bot = self._bot_windows == 0
            if under_bot:
                self._line_under_bot.add(sp)
                self._judge_talk_before_bot()

    def _judge_talk_before_bot(self) -> None:
        """``talk_under_bot_ms``: talk learned before the bot's first words, and a line with
        no talk under them, was the caller's own first words: forgotten, as the warm-up's
        talk is (:meth:`_forget_warmup_talk`), once."""
        limit = self.params.talk_under_bot_ms
        under = self._line_under_bot
        if (
            self._talk_before_bot
            and limit > 0
            and self._ambient.talk_power is not None
            and under.count >= _windows(limit)
            and under.value < UNDER_BOT_TALK_MAX
        ):
            self._talk_before_bot = False
            self._forget_warmup_talk()

    def _judge_warmup_talk(self, faint: bool, power: float) -> None:
        """One window that is not voiced, while the warm-up's talk is unjudged: past a word's
        fading end (:data:`WORD_TAIL_MS`) it is evidence of what the line carries. Faint
        speech there after the warm-up settles the talk as the line's (babble, a TV); quiet
        there lets :meth:`_settle_warmup_talk` forget it as the caller's."""
        self._since_voiced += 1
        if self._since_voiced <= _windows(WORD_TAIL_MS):
            return
        if faint:
            self._line_faint_powers.append((self._index, power))
        held = self._faint_head
        if faint and self._rises_over_the_line(power):
            held.append(self._index)
            if len(held) <= _windows(WORD_HEAD_FAINT_MS):
                return  # judged once the next windows tell whether a word begins
            self._line_faint_window(held.pop(0))  # the oldest of them: no word's head
        else:
            while held and not self._warmup_talk_settled:
                self._line_faint_window(held.pop(0))  # no word followed: the line's
            held.clear()
            if self._warmup_talk_settled:
                return
            if faint:
                self._line_faint_window(self._index)
            else:
                self._line_windows += 1
                self._line_quiet_db.append((self._index, to_db(power)))
        if not self._warmup_talk_settled:
            self._settle_warmup_talk()

    def _rises_over_the_line(self, power: float) -> bool:
        """Whether a window is :data:`WORD_HEAD_FAINT_RISE_DB` over the median of the line heard
        so far (a line heard: the first windows of a stream may be a talker's own)."""
        line = self._line_quiet_db
        if not line:
            return False
        return to_db(power) > statistics.median(db for _, db in line) + WORD_HEAD_FAINT_RISE_DB

    def _line_faint_window(self, index: int) -> None:
        """Window ``index`` of the line carried faint speech: heard after the warm-up, it
        settles the talk as the line's."""
        self._line_windows += 1
        self._line_faint += 1
        self._recent_line_faint.append(index)
        if index * WINDOW_MS >= self.params.warmup_ms:
            self._warmup_talk_settled = True

    def _note_word_onset(self) -> None:
        """A word began :data:`WORD_ONSET_WINDOWS` windows ago: noted if a line window was heard
        since the last one noted (only the first onset after a line window can make one a
        word's head, and so the onsets kept reach back as far as the line windows kept)."""
        line, onsets = self._line_quiet_db, self._voice_onsets
        if line and (not onsets or onsets[-1] < line[-1][0]):
            onsets.append(self._index - WORD_ONSET_WINDOWS + 1)

    def _word_head_faint(self) -> int:
        """The line's recent faint windows that were the head of the word whose first voiced
        window this is: those at most :data:`WORD_HEAD_FAINT_MS` before it, and the unbroken run
        of them leading straight into it (at most :data:`WORD_HEAD_MS`: Silero's probability
        climbing through the faint threshold for as long as a word's head can take).

        Session 44 (``bench.vad.pickup``; the run, and the heads left out of the quiet-line test,
        :meth:`_line_is_quiet`): a caller who spoke 0.2 s after pick-up over white noise 5 dB
        under them opened their first word through four faint windows (0.26–0.50, 5–7 dB over
        the noise); counted as the line's faint speech they made a steady line "not quiet" (4 of
        10 windows), the warm-up learned the caller's words as talk and all four of their turns
        were missed. Cached Silero, first turns missed at pick-up / all turns missed: tuning
        98 → 92 of 273 / 225 → 211 of 1,533 with no false start more; held-out 1, 2, 6, 7, 8
        (used for the choice): 85 → 81, 114 → 103, 110 → 101, 102 → 87, 86 → 70 first turns
        for 3, 5, 4, 4 and 4 pick-up false starts more; held-out 9, run once after: 99 → 82 /
        298 → 259 of 1,806, one false start more. Round 2 and a bot that waits: the same starts
        in every call of the seven corpora but one (held-out TV 5 dB, a TV's word at 0.9 s)."""
        reach = self._index - _windows(WORD_HEAD_FAINT_MS)
        run_from = self._index
        for i in reversed(self._recent_line_faint):
            if i != run_from - 1:
                break
            run_from = i
        return sum(i >= reach or i >= run_from for i in self._recent_line_faint)

    def _line_is_quiet(self, c: _Candidate | None = None) -> bool:
        """Whether enough of the line apart from the first talker was heard, little of it
        carrying faint speech, while the warm-up's talk is unjudged. For candidate ``c``, when
        the heads of words are excused (:meth:`_heads_excused`), those faint windows are the
        talker's, neither the line's faint speech nor evidence of the line."""
        faint, windows = self._line_faint, self._line_windows
        if c is not None and self._heads_excused(c):
            faint -= self._line_faint_heads
            windows -= self._line_faint_heads
        return not (
            self._warmup_talk_settled
            or windows < _windows(FIRST_TALKER_EVIDENCE_MS)
            or faint > FIRST_TALKER_FAINT_FRACTION * windows
        )

    def _quiet_line_db(self, c: _Candidate | None = None) -> float | None:
        """The level of the line heard apart from the first talker (its windows without faint
        speech, the heads of words left out: :data:`WORD_HEAD_DB`), if :meth:`_line_is_quiet`
        (for ``c``); else None."""
        if not self._line_is_quiet(c):
            return None
        return _line_level(self._line_quiet_db, self._voice_onsets)

    def _first_talker_gate(self, c: _Candidate) -> float | None:
        """The gate candidate ``c`` (ready, its speech long enough) cleared as the caller's
        first turn, warm-up or not, or None: no turn yet, the bot silent and not yet heard for
        :data:`FIRST_TALKER_GREETING_MS` in the call, and ``c`` over the line apart from it:
        :meth:`_over_a_quiet_line`, or :meth:`_over_the_lines_faint_speech`. Whatever was
        learned of talk so far was ``c``'s own words, and it is forgotten."""
        greeted = self._bot_windows >= _windows(FIRST_TALKER_GREETING_MS)
        if self._bot_speaking or greeted or self._warmup_talk_settled:
            return None
        gate = self._over_a_quiet_line(c)
        if gate is None:
            gate = self._over_the_lines_faint_speech(c)
        if gate is None:
            return None
        self._forget_warmup_talk()
        self._first_talker_heard = self._first_talker_turn = True
        return gate

    def _over_the_lines_faint_speech(self, c: _Candidate) -> float | None:
        """The gate ``c`` cleared :data:`FIRST_TALKER_RISE_DB` over the power mean of the faint
        speech the line carried before it (windows past a word's fading end,
        ``faint_speech_threshold`` or more; at least :data:`FIRST_TALKER_EVIDENCE_MS` of
        them), or None. A line with babble or a TV behind the caller is never quiet
        (:meth:`_over_a_quiet_line`), and a caller who talked at pick-up over it waited for the
        warm-up, which learned their words as the line's talk: their first turn missed, and the
        talk level set at theirs (locked out). The background's own words rise 3 dB or less over
        its faint speech on average, a caller's first words 5–25 dB (``bench.vad.pickup``, both
        benches' first candidates over 8 s). Session 41 (cached Silero, six corpora): pick-up
        first turns missed tuning 103 → 98 of 273, held-out 1 / 2 / 6 / 7 / 8: 87 → 85,
        123 → 114, 114 → 110, 110 → 102, 93 → 86; all turns 237 → 225 of 1,533; round 2 and a
        bot that waits (``--silent-bot``) unchanged; pick-up false starts +1 on tuning babble
        20 dB and held-out TV 20 dB (each where 3–6 of the cell's turns were found), −4 on held-out
        8. At 12 dB over it a TV's word at pick-up passed too (round 2's held-out 7 TV 20 dB
        and ``--silent-bot`` TV cells, +1–2 each)."""
        faint = [(i, pw) for i, pw in self._line_faint_powers if i < c.start_index]
        if len(faint) < _windows(FIRST_TALKER_EVIDENCE_MS):
            return None
        gate = _mean_db(faint) + FIRST_TALKER_RISE_DB
        return gate if _mean_db(c.voiced) >= gate else None

    def _over_a_quiet_line(self, c: _Candidate) -> float | None:
        """The gate ``c`` cleared over a line that is quiet apart from it, or None:
        :data:`FIRST_TALKER_RISE_DB` over it (:data:`FIRST_TALKER_STILL_RISE_DB` over a line
        heard long enough with no faint speech at all), but not that far over the talk
        learned so far (then it is another talker's, which stays)."""
        line = self._quiet_line_db(c)
        if line is None:
            return None
        gate = line + FIRST_TALKER_RISE_DB
        still = self._still_line_faint(c) == 0
        if still and self._line_windows >= _windows(FIRST_TALKER_STILL_EVIDENCE_MS):
            # a still line: the talker need only be on top of it, as it is now
            recent = list(self._line_quiet_db)[-_windows(WORD_HEAD_MS) :]
            now = _line_level(recent, self._voice_onsets)
            gate = min(gate, max(line, now) + FIRST_TALKER_STILL_RISE_DB)
        level = _mean_db(c.voiced)
        talk = self._ambient.talk_power
        if level < gate or (talk is not None and level > to_db(talk) + FIRST_TALKER_RISE_DB):
            return None
        return gate

    def _still_line_faint(self, c: _Candidate) -> int:
        """The line's faint windows that close the still-line path
        (:data:`FIRST_TALKER_STILL_RISE_DB`) to candidate ``c``. Faint windows at most
        :data:`WORD_HEAD_FAINT_MS` before a word's first voiced window, however far over the line,
        are left out for a first talker who began within the warm-up, on a steady line
        (:meth:`_line_is_steady`), before any talk was learned: Silero's probability climbing
        through the faint threshold into the caller's first word (0.2–0.4 one window before it)
        made a line of steady noise "not still", and a caller 5–8 dB over white noise at pick-up
        then needed :data:`FIRST_TALKER_RISE_DB` (their words learned as talk: first turn missed,
        later ones with it). They still count as the line's faint speech everywhere else (the
        quiet fraction, the warm-up talk's settling).

        Each condition was measured without it (session 41, cached Silero): after the warm-up, a
        TV's word rising out of a still bed to a bot that waits was taken for the caller
        (``bench.vad.pickup --silent-bot``: tuning TV 3 false starts more; held-out TV 20 / 10 /
        5 dB 7 / 24 / 35 → 20 / 40 / 50); on a TV bed or music that swings, the same on held-out
        6 and 8; with talk learned before the word, the first talker's path forgot a TV's talk
        and its next words started turns (held-out 6's pick-up TV 10 dB, 6). With all three,
        pick-up first turns missed tuning 112 → 103 of 273 (held-out 1 / 2 / 6 / 7 / 8: 89 → 87,
        131 → 123, 116 → 114, 116 → 110, 95 → 93), all turns missed 255 → 237 of 1,533, and not
        one false start more on round 2, pick-up or a bot that waits, on any of the six corpora
        (the held-out corpora used for this decision)."""
        if not self._heads_excused(c):
            return self._line_faint
        return self._line_faint - self._line_faint_heads

    def _heads_excused(self, c: _Candidate) -> bool:
        """Whether the heads of words (:meth:`_word_head_faint`) are excused for candidate
        ``c``: it began within the warm-up, no talk was learned yet, and the line is steady
        (:meth:`_still_line_faint` says why each)."""
        return (
            c.start_index * WINDOW_MS <= self.params.warmup_ms
            and self._ambient.talk_power is None
            and self._line_is_steady()
        )

    def _line_is_steady(self) -> bool:
        """Whether the line's last :data:`STEADY_LINE_MS` of windows without faint speech swing
        by at most :data:`STEADY_LINE_DB` (their levels' standard deviation)."""
        recent = [db for _, db in list(self._line_quiet_db)[-_windows(STEADY_LINE_MS) :]]
        return len(recent) > 1 and statistics.pstdev(recent) <= STEADY_LINE_DB

    def _settle_warmup_talk(self) -> None:
        """After the warm-up and before any turn (one settles it), once
        :data:`WARMUP_TALK_QUIET_MS` of line quiet apart from the talk it learned has been
        heard: that talk was the caller's (forgotten).
        A candidate running now is the caller's too: withheld from the background talk, and
        judged afresh."""
        if self._ambient.talk_power is None or self._index * WINDOW_MS < self.params.warmup_ms:
            return
        if not self._line_is_quiet():
            return
        if self._line_windows - self._line_faint < _windows(WARMUP_TALK_QUIET_MS):
            return
        self._forget_warmup_talk()
        c = self._candidate
        if c is not None:
            self._withhold(c)
            c.rejected = c.failing = False

    def _forget_warmup_talk(self) -> None:
        """The warm-up's talk was the caller's own first words (the line quiet since,
        :data:`WARMUP_TALK_QUIET_MS`, or the caller heard on the first-talker path): whatever
        was learned of background talk, its level, its voice, its shape and its clarity, is
        forgotten, once per call."""
        self._warmup_talk_settled = True
        self._ambient.forget_talk()
        self._background_clarity = RunningMedian(seed=16, step=0.01 * CLARITY_STRIDE)
        self._background_loud_clarity = RunningMedian(seed=16, step=0.01 * CLARITY_STRIDE)
        self._background_shape = ShapeAverage(self._background_shape.alpha)
        self._background_voice = BackgroundVoice(self._background_voice.embedder)

    def _quiet_line(self) -> bool:
        """Whether the line has shown no background talk: the caller is known, and the
        windows outside candidates have carried no faint speech for a while."""
        return self._caller_db is not None and self._no_faint_talk(
            self.params.floor_time_constant_s * 1000.0
        )

    def _quiet_so_far(self) -> bool:
        """Whether the windows outside candidates have carried no faint speech so far (at
        least ``warmup_ms`` of them), the caller known or not."""
        return self._no_faint_talk(self.params.warmup_ms)

    def _no_faint_talk(self, after_ms: float) -> bool:
        """Whether at least ``after_ms`` of windows outside candidates were seen and at most
        ``quiet_line_faint_fraction`` of them carried faint speech (the rule on)."""
        p = self.params
        return (
            p.quiet_line_faint_fraction > 0
            and self._between_count * WINDOW_MS >= after_ms
            and self._faint_between <= p.quiet_line_faint_fraction
        )

    def _track_faint_speech(self, faint: bool) -> None:
        """Average of faint speech over the windows outside candidates
        (``early_turn_faint_fraction``, ``quiet_line_faint_fraction``), like the ambient's."""
        self._between_count += 1
        alpha = running_weight(self._between_count, self.params.floor_time_constant_s)
        self._faint_between += alpha * (float(faint) - self._faint_between)

    def _floor_margin(self) -> float:
        """``floor_margin_db``, scaled by how much the background talk swings
        (:meth:`.Ambient.spread_factor`)."""
        return self.params.floor_margin_db * self._ambient.spread_factor()

    # -- in a turn: SPEAKING / STOPPING ----------------------------------------------------

    def _begin_turn(self, c: _Candidate) -> None:
        self._warmup_talk_settled = True  # the first talker is known
        self._turn_relieved = c.relieved
        self._turn_started_dominant = c.dominant
        self._candidate = None
        self._pending.clear()  # the candidate's windows are the caller's, not ambient
        self._phase = Phase.SPEAKING
        self._turn_power_sum = sum(map(_POWER, c.voiced))
        self._turn_voiced = len(c.voiced)
        self._turn_powers = [pw for _, pw in c.voiced]
        self._turn_shapes = list(c.shapes)
        self._turn_windows = self._index - c.start_index + 1
        self._background_voice.interrupt()
        self._silence = 0
        self._run = 0
        self._run_powers.clear()

    def _continue_gate(self, turn_db: float) -> float:
        p = self.params
        ref = turn_db if self._caller_db is None else max(turn_db, self._caller_db)
        return max(ref - p.end_gate_db, self._ambient.gate(p.end_floor_margin_db))

    def _step_turn(
        self, prob: float, level_db: float, audible: bool, shape: Shape | None
    ) -> Decision:
        p = self.params
        self._turn_windows += 1
        turn_db = to_db(self._turn_power_sum / max(1, self._turn_voiced))
        continuing = (
            audible and prob >= p.end_threshold and level_db >= self._continue_gate(turn_db)
        )
        if self._turn_windows * WINDOW_MS >= p.max_turn_s * 1000.0:
            return self._end_turn(learn=False)
        if continuing:
            self._run += 1
            power = to_power(level_db)
            resume = _windows(p.end_resume_ms)
            if p.end_resume_margin_db > 0:  # what _resumes() averages
                self._run_powers.append(power)
                if len(self._run_powers) > resume:
                    self._run_powers.popleft()
            if not (self._silence > 0 and self._run >= resume and not self._resumes()):
                if prob >= p.start_threshold:
                    self._turn_power_sum += power
                    self._turn_voiced += 1
                    self._turn_powers.append(power)
                    self._turn_shapes.append(shape)
                if self._silence == 0 or self._run >= resume:
                    self._silence = 0
                    self._phase = Phase.SPEAKING
                    return _SPEAKING
                # a short run of speech inside a silence: neither resets nor extends it
                self._phase = Phase.STOPPING
                return _STOPPING
            # too weak to re-enter the turn from this pause (hysteresis): silence
        else:
            self._run = 0
            self._run_powers.clear()
        self._silence += 1
        if self._silence < _windows(p.min_silence_ms):
            self._phase = Phase.STOPPING
            return _STOPPING
        return self._end_turn(learn=True)

    def _resumes(self) -> bool:
        """Whether the run of speech inside a running silence count (its last
        ``end_resume_ms``) is strong enough to resume the turn: once the count has run
        ``end_resume_after_ms``, it must clear the background talk by ``end_resume_margin_db``
        (the caller's own pauses resume early, background talk after the last word late)."""
        p = self.params
        if p.end_resume_margin_db <= 0 or self._silence < _windows(p.end_resume_after_ms):
            return True
        level = to_db(sum(self._run_powers) / len(self._run_powers))
        return level >= self._ambient.gate(p.end_resume_margin_db)

    def _end_turn(self, learn: bool) -> Decision:
        p = self.params
        turn_db = to_db(self._turn_power_sum / max(1, self._turn_voiced))
        speech_windows = self._turn_windows - self._silence
        established = self._ambient.established
        long_enough = speech_windows * WINDOW_MS >= p.caller_learn_min_ms
        caller_turn_db = self._caller_turn_db(turn_db) if self._turn_powers else turn_db
        far_below = (
            p.learn_max_below_db > 0
            and self._caller_db is not None
            and caller_turn_db < self._caller_db - p.learn_max_below_db
        )
        # the first talker's turn teaches the caller's level even before the ambient is
        # established: unlearned, the line's talk that followed met no caller to be held under
        # (that turn only: a later one this early may be a TV's or someone else's)
        first_talker, self._first_talker_turn = self._first_talker_turn, False
        if learn and (established or first_talker) and long_enough and not far_below:
            self._learn_caller(caller_turn_db)
            self._learn_caller_shape()
        elif (
            p.unlearned_turn_talk_weight > 0
            and not self._quiet_line()
            and (not long_enough or far_below or self._early_talk(established, speech_windows))
            and not self._dominant_turn(caller_turn_db, long_enough)
        ):
            # likely background talk: its voiced windows count as the ambient's speech (their
            # level does not: the gate must not rise on the caller's own short answers). Not a
            # dominant talker's turn: that is the caller's quiet turn.
            voiced = self._turn_voiced
            if long_enough and not far_below:  # counted only as a long early turn
                voiced = self._early_talk_windows(voiced)
            self._ambient.count_as_talk(p.unlearned_turn_talk_weight * voiced)
        self._turn_powers = []  # release the turn's windows (lazy shapes hold raw audio)
        self._turn_shapes = []
        self._phase = Phase.QUIET
        self._silence = 0
        self._turn_windows = 0
        return Decision(Phase.QUIET, event=Event.STOP)

    def _early_talk(self, established: bool, speech_windows: int) -> bool:
        """Whether a turn that ends before the ambient is established held so much speech
        (``early_turn_talk_s``) that it may be background talk."""
        p = self.params
        limit = p.early_turn_talk_s
        return (
            limit > 0
            and not established
            and speech_windows * WINDOW_MS >= limit * 1000.0
            and (
                p.early_turn_faint_fraction <= 0
                or self._faint_between > p.early_turn_faint_fraction
            )
        )

    def _early_talk_windows(self, voiced: int) -> int:
        """The voiced windows a long early turn adds to the background talk: none for the
        first (held back), the first's and its own for the second, its own after that."""
        held = self._early_held
        if held == 0:
            self._early_held = voiced
            return 0
        self._early_held = -1
        return voiced + max(0, held)

    def _dominant_turn(self, caller_turn_db: float, long_enough: bool) -> bool:
        """Whether the turn that ends, at ``caller_turn_db``, was the dominant talker's (the
        caller speaking quietly, not background talk): let in only as the dominant talker, or
        long enough to learn from and dominant both at its start (given the relief) and at
        its end (its learning level, :meth:`_caller_turn_db`, against the line as it was before
        the turn). Counted as background talk, such a turn made a quiet line look like babble,
        and the caller's next quiet turn was held to babble's gates and missed. A short burst
        proves less: it still counts unless it needed the relief."""
        return self._turn_relieved or (
            long_enough
            and self._turn_started_dominant
            and self._dominant_relief(caller_turn_db) > 0
        )

    def _caller_turn_db(self, turn_db: float) -> float:
        """The turn's level for learning: energy average of its loudest voiced windows."""
        frac = self.params.caller_top_fraction
        if frac >= 1.0 or not self._turn_powers:
            return turn_db
        top = sorted(self._turn_powers, reverse=True)[
            : max(1, round(frac * len(self._turn_powers)))
        ]
        return to_db(sum(top) / len(top))

    def _learn_caller_shape(self) -> None:
        """The caller's voice: mean shape of the same loudest voiced windows as the level."""
        pairs = [
            (pw, sh)
            for pw, sh in zip(self._turn_powers, self._turn_shapes, strict=True)
            if sh is not None
        ]
        if len(pairs) < 3:
            return
        pairs.sort(key=lambda t: t[0], reverse=True)
        top = pairs[: max(1, round(self.params.caller_top_fraction * len(pairs)))]
        self._caller_shape.update(np.mean(resolve_many([sh for _, sh in top]), axis=0))

    def _learn_caller(self, turn_db: float) -> None:
        if self._caller_db is None:
            self._caller_db = turn_db
            return
        w = self.params.caller_rise if turn_db > self._caller_db else self.params.caller_fall
        self._caller_db += w * (turn_db - self._caller_db)


class ModelResetPolicy:
    """When to reset the acoustic model's recurrent state.

    Silero's state drifts during long non-speech (music, long silence at 8 kHz) so that it
    under-reports the speech that follows; pipecat's analyzer resets it about every 2 s of
    clear non-speech. This policy does the same independently: a reset is due after
    ``interval_windows`` windows and happens on the first window after that where the VAD is
    quiet and the last ``low_run`` probabilities were all below ``low_prob``.
    """

    def __init__(self, interval_windows: int, *, low_prob: float = 0.1, low_run: int = 5) -> None:
        self.interval_windows = interval_windows
        self.low_prob = low_prob
        self.low_run = low_run
        self._since = 0
        self._low = 0

    def update(self, prob: float, quiet: bool) -> bool:
        """Record one window; True when the model should be reset now."""
        if self.interval_windows <= 0:
            return False
        self._since += 1
        self._low = self._low + 1 if prob < self.low_prob else 0
        if self._since >= self.interval_windows and quiet and self._low >= self.low_run:
            self._since = 0
            return True
        return False

    def reset(self) -> None:
        self._since = 0
        self._low = 0
