"""Tuning for the noise-robust VAD: :class:`NoiseRobustVADParams`, one field per gate or cue.

Pure and light (dataclasses only): the CLI and notebooks read and validate settings without
loading the state machine, numpy or a model. Every default was chosen on the ``bench/vad``
corpora; each field's note says what it trades, and ``bench/vad/passes.md`` has the passes
that measured them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields, replace

MAX_SPAN_MS = 10_000.0
"""The most a start's evidence (each ``*min_speech_ms``), its tolerated gap, its prefix padding
or the voice cue's span may be: the analyzer keeps that much recent audio per stream (twice
over for the voice cue), so a value without a bound allocates by it (1e9 ms was a MemoryError
on the first chunk)."""


@dataclass(frozen=True)
class NoiseRobustVADParams:
    """Tuning for :class:`VADStateMachine` (and the pipecat analyzer built on it).

    Every default was chosen on the ``bench/vad`` corpus; the note on each field says what moves
    when you change it.
    """

    start_threshold: float = 0.5
    """Silero probability that counts a window as speech when starting. Higher: fewer false
    starts on borderline noise, more missed soft turns (the seed used 0.5)."""

    nonspeech_start_threshold: float = 0.7
    """Start threshold once the ambient is established as non-speech (interpolated with
    ``start_threshold`` by how speech-like the ambient is). Higher: fewer starts on
    transient sounds Silero mistakes for speech (a swoosh, a synth glide), slower and more
    missed soft starts in steady noise. Pipecat's analyzer uses 0.7 throughout; here it
    applies only where Silero is the sole judge (background talk is handled by the level
    gates, where a higher threshold only costs misses). On the bench (seed 1 / seed 2
    corpus), 0.7 instead of 0.5 removes 5 of the 6 non-speech false-start cells and costs
    ~50 ms start p50 in quiet and steady noise and 1–2 turns at 0 dB."""

    end_threshold: float = 0.35
    """Probability below which a window is silence inside a turn (hysteresis: start − 0.15,
    as in the seed). Lower: turns survive soft word endings but end later."""

    min_speech_ms: float = 192.0
    """Voiced speech needed to confirm a start while the bot is silent (in speech-like ambient
    with ``quick_margin_db`` extra level). Longer: fewer false starts from short noises and
    background words; every ms adds start latency."""

    nonspeech_min_speech_ms: float = 288.0
    """Voiced speech needed to confirm a start once the ambient is established as non-speech
    (interpolated with ``min_speech_ms`` by how speech-like the ambient is, like
    ``nonspeech_start_threshold``; barge-ins keep ``bot_min_speech_ms``, which is longer).
    There Silero is the only judge, and its errors are transients: a swoosh, a synth glide
    scored 0.7–0.95 for 200–300 ms. Longer: fewer such starts, later starts in quiet and
    steady noise (the turn's audio is not lost: the start hands over the pre-roll), and very
    short words in loud steady noise are missed more often. On the bench (seed 1 / seed 2
    corpus) 288 ms instead of 192 removes the last non-speech false starts (music 0 dB,
    ambience 0/5 dB: 4 in all), costs 1–2 turns in some 0 dB cells and moves the start p50
    in quiet and steady noise by +40–90 ms (clean 267 → 359 ms, seed 1), and 1–3 of 44
    one-word answers (digits, 0.2–0.7 s) in quiet and steady noise are missed
    (``bench/vad/short_words.py``). Callers who mostly answer in single words on lines
    without transient noise: 192."""

    talk_min_speech_ms: float = 608.0
    """Second, slower operating point for background talk: a candidate that fails the quick
    gate (``min_speech_ms`` + ``quick_margin_db``) can still confirm once this much speech
    clears the base gate. Loud callers start fast; marginal ones wait for more evidence,
    which single loud TV/babble syllables don't sustain."""

    quick_margin_db: float = 3.0
    """Extra margin for the quick operating point, in speech-like ambient (scaled like the
    background gate). Larger: fewer fast false starts, more turns take the slow path."""

    max_start_gap_ms: float = 96.0
    """Gap (windows below ``end_threshold``) a candidate survives before it is dropped. Longer:
    choppy onsets still confirm; isolated background syllables chain into candidates."""

    min_silence_ms: float = 640.0
    """Silence that ends a turn (the server VAD default is 500 ms; the seed used 100 ms, which
    commits mid-sentence). Shorter: faster replies, more turns split at pauses (on the bench,
    544 ms split 12 % of clean turns, 640 ms 10 %, 736 ms 7 %)."""

    prefix_padding_ms: float = 300.0
    """Audio before the detected onset that a START hands to the model (server VAD default
    300 ms). Longer: safer first syllable, more background audio in the committed buffer."""

    floor_margin_db: float = 3.25
    """How much louder than the background talk (energy average of the speech-like windows
    that did not become turns) a candidate must be on the slow path (``talk_min_speech_ms``).
    Larger: more background talk rejected, soft callers at low SNR missed. Applies in full only
    when the ambient is speech-like (see ``floor_speechiness_ref``)."""

    talk_spread_ref_db: float = 3.0
    """How much the background talk's level swings (the median, over 0.5 s blocks of
    speech-like ambient, of its windows' level spread in dB) for ``floor_margin_db`` and
    ``dominant_margin_db`` to apply in full; flatter talk gets proportionally less of both, at
    most half of each off (0 = off).

    The margin over the background talk's level is there because background talk is
    sometimes louder than its own average, and how much depends on the talk: one voice at a
    time (a TV, a nearby talker) swings syllable by syllable (spread 2.5–5.6 dB on the round-2
    tuning corpus), while dense babble, many voices summed, is flat (1.8–2.2 dB). So the
    margin follows the talk's measured swing, like a constant-false-alarm-rate detector, and
    a caller speaking over dense babble at low SNR gets the room the babble does not need.
    Chosen on the round-2 tuning corpus and its seed-7 variant (cached sweeps, 2.3–5 dB):
    at 3 dB babble 5 dB missed 15.9 → 12.2 % (seed 7: 15.6 → 15.1 %), babble 0 dB 31.7 →
    22.0 % and locked-out calls 2 → 1 (seed 7: 52.2 → 38.7 %, 11 → 6), for babble false starts
    5 dB 0.37 → 0.37 (seed 7: 0.37 → 0.51) and 0 dB 0.47 → 0.47 (0.19 → 0.56) per minute; TV
    10 / 5 dB unchanged but for one false start (tuning TV 5 dB), non-speech cells unchanged.
    Larger: TV gets the smaller margin too (4 dB: TV 10 dB false starts 0.84 → 1.31).
    The same scaling of ``dominant_margin_db`` (a quiet caller turn 8 dB over the talk is the
    dominant talker; over flat babble a smaller lead says as much) found 7 more turns on three
    tuning-side corpora (babble 5–20 dB; the GSM-caller variant too) and added no false start
    in any cell; non-speech cells identical."""

    floor_offset_db: float = -6.0
    """Gate relative to the ambient energy for non-speech noise (Silero already rejects such
    noise; this only keeps a candidate from being far below the noise it sits in). Higher:
    fewer starts on speech-like noise bursts, turns missed in loud transient noise."""

    floor_speechiness_ref: float = 0.1
    """Fraction of ambient windows scored as speech at which the full margin applies."""

    floor_time_constant_s: float = 6.0
    """Averaging time of the ambient estimate. Longer: steadier, slower to follow a TV turned
    up or a car starting."""

    ambient_clamp_db: float = 30.0
    """A window joins the ambient's energy average at most this far above it (while the
    ambient is young: above the median of its windows so far), so a click or a burst of loud
    noise (a call's pick-up, a dropped handset) does not hold the ambient, and with it the
    gates, far above the line for the next ``floor_time_constant_s`` or more. 0: off."""

    ambient_fall_ms: float = 1000.0
    """After this long of ambient windows each ``ambient_fall_db`` or more under the ambient's
    level, the level drops to theirs at once instead of sinking at ``floor_time_constant_s``
    (about 0.7 dB a second): the line went quiet (hold music, a fan, a TV switched off), and the
    caller's first words after it must not face the gate of the noise that is gone. Only the
    whole ambient's level falls; the background talk's level and share stay (a TV's pause is
    not its end). Longer: a pause in loud noise resets the floor less often; the caller's first
    turn after a loud stretch is rejected for longer. 0: off (the plain average)."""

    ambient_fall_db: float = 15.0
    """How far under the ambient's level windows must stay for ``ambient_fall_ms``."""

    talk_under_bot_ms: float = 3000.0
    """Background talk learned before the bot's first words is judged by the line under them:
    once this much of the line has been heard while the bot speaks (the caller listening,
    :data:`.state_machine.UNDER_BOT_SKIP_MS` into each of its turns), a speech fraction there
    under :data:`.state_machine.UNDER_BOT_TALK_MAX` says the talk was the caller's own first
    words (a caller who spoke at pick-up, over a line the warm-up could not yet tell them
    from), and it is forgotten with everything learned of its voice; until then, or if the
    line under the bot carries talk, nothing changes. Talk the line shows under the bot, or
    learned once the bot has spoken, is never judged. 0 = off.

    Session 47 (cached replay; ``bench/vad/passes.md``, thirty-eighth pass): on the pick-up
    bench the caller's later turns are no longer held under their own first words' level —
    turns missed tuning 211 → 190 of 1,533, held-out 1 / 2 / 6 / 7 / 8 1,189 → 1,081, locked-out
    calls 19 → 14 and 98 → 82; judged once on held-out 12 (untouched until then): 222 → 213
    missed, with a bot that waits 118 → 113 and one lock-out fewer. The cost is false starts
    where Silero scores the background under the bot as no speech (babble it hears as noise):
    pick-up +1 / +13, a bot that waits +1 / +3, held-out 12 +1 and +3. Round 2 (the bot greets
    first) is unchanged on every corpus run. The first turn itself is still missed: the rule
    frees the turns after it."""

    caller_gate_db: float = 4.0
    """A candidate more than this far below the learned caller level is discounted. Smaller:
    stronger rejection of background talkers, risk of missing a caller's quiet turn."""

    caller_gate_nonspeech_extra_db: float = 4.0
    """Added to ``caller_gate_db`` as the ambient becomes non-speech (scaled by how far it is
    from speech-like, like the background gate). Larger: the caller's soft turns in steady
    noise (car, keyboard) pass; an occasional background talker in otherwise non-speech
    ambient is rejected less. On the bench, 4 dB undoes the misses that
    ``caller_top_fraction`` alone causes in car/keyboard/ambience at 0–5 dB."""

    caller_decay_db_per_s: float = 0.1
    """Between turns the learned caller level sinks this fast, so a level learned from one loud
    outlier can't lock the caller out for good. Faster: recovers sooner from a bad estimate,
    lets background talk through sooner after a long silence."""

    caller_learn_min_ms: float = 480.0
    """Turns shorter than this don't update the caller level. Nor do turns that end before the
    ambient estimate has ``floor_time_constant_s`` of audio behind it (a call's first seconds
    can't tell a TV that just started talking from the caller)."""

    caller_top_fraction: float = 0.7
    """The caller level learned from a turn is the energy average of this loudest fraction of
    its voiced windows (1 = all of them). Smaller: background talk that a turn's tail runs
    into, and the caller's own soft syllables, pull the learned level down less; too small and
    one loud syllable sets it. On the bench (seed 1 / seed 2 corpus), 0.7 instead of 1 takes TV
    at 10 dB from 1.94 / 1.89 to 1.45 / 0.94 false starts per minute; 0.5 also misses a soft
    clean turn."""

    caller_rise: float = 0.6
    """Weight of a turn louder than the current caller level in its running average. Larger:
    the estimate recovers faster when it was pulled down (e.g. the first learned turn was
    background talk that got through), so background talk is gated again sooner; a single
    loud turn raises the caller gate more. On the bench (seed 1 / seed 2 corpus) 0.6 instead
    of 0.3 takes TV at 10 dB from 1.45 / 0.94 to 0.78 / 0.75 false starts per minute at the
    same missed turns."""

    caller_fall: float = 0.3
    """Weight of a quieter turn. Lower than ``caller_rise``: an upper envelope (more rejection of
    quieter talkers, risk of missing the caller's soft turns); equal: a plain average."""

    bot_start_threshold: float = 0.6
    """Start threshold while the bot is speaking (barge-in needs clearer speech)."""

    bot_min_speech_ms: float = 384.0
    """Voiced windows needed to confirm a barge-in: Silero windows at or above
    ``bot_start_threshold``, counted with gaps up to ``max_start_gap_ms``, not the speech's own
    length. Silero stays voiced ~100 ms past a word's end (on any line with noise on it; digital
    silence under ``min_level_dbfs`` never counts), so a word of about this value − 100 ms
    already barges in at times, and one of about this value − 50 ms half the time. Measured
    (``bench/vad/backchannels.py``: the tuning corpus's callers, 56 backchannels of their own
    speech over the bot, a −60 dBFS line): at 384, backchannels of 300 / 350 / 400 ms cut the
    bot 21 / 36 / 48 times; at 512, 350 / 400 / 500 ms 3 / 8 / 35 times; at 640, 500 / 600 ms
    2 / 29 times (pipecat's ``SileroVADAnalyzer``: 50 times even at 250 ms). Longer: fewer
    false barge-ins and fewer backchannels ("haan ji", "ok") that cut the bot; every genuine
    barge-in waits longer over the ducked bot (onset to start p50 405 / 534 / 662 ms at
    384 / 512 / 640), and at 640 a 0.7 s barge-in may not confirm at all."""

    bot_extra_margin_db: float = 2.0
    """Added to the background-talk gate while the bot is speaking (not to the caller gate:
    a caller barging in is no quieter than when replying)."""

    duck_after_ms: float = 64.0
    """Voiced speech in a barge-in candidate after which the bot's audio is ducked."""

    end_gate_db: float = 20.0
    """Inside a turn, windows more than this below the turn's (peak-weighted) level count as
    silence, so a far-off talker can't keep the turn open. Smaller: turns end sooner, but the
    caller's own soft syllables start counting as silence and turns get split (8 dB split
    38 % of clean bench turns)."""

    end_floor_margin_db: float = 0.75
    """Inside a turn, windows must also be this much above the background talk (scaled like
    ``floor_margin_db``) to count as the caller. Larger: turns end sooner in babble/TV (3 dB:
    end p50 ~0.4 s instead of ~1.3 s) but get split far more often (20–36 % at 5–10 dB)."""

    end_resume_ms: float = 96.0
    """Caller speech needed, in a row, to cancel a running silence count (shorter runs neither
    cancel nor extend it). Longer: isolated loud background syllables can't hold a turn open;
    a caller's very short word after a pause doesn't cancel the silence either."""

    end_resume_margin_db: float = 0.0
    """Opt-in hysteresis on the end of a turn (0 = off, the default; 3 is the measured
    setting): once its silence count has run ``end_resume_after_ms``,
    a run of speech resumes the turn only if its energy average over ``end_resume_ms`` is also
    this much above the background talk (scaled like ``floor_margin_db``, so it vanishes in
    non-speech ambient); weaker runs count as silence. Easy to stay in the turn while
    speaking, hard to re-enter it from a pause: background talk after the caller's last word
    kept resuming the turn (its loud syllables clear ``end_floor_margin_db``), so a turn
    ended seconds late. 0 = off. On the round-2 tuning corpus (cached sweep) 3 dB instead
    of 0 takes end p90 in babble 10 / 5 dB from 1911 / 2502 to 1832 / 1871 ms and in TV
    20 / 10 / 5 / 0 dB from 1635 / 2348 / 3775 / 4475 to 1165 / 1965 / 2156 / 3039 ms (end
    p50 0–190 ms sooner; babble 0 dB p90 9188 → 9428; clean and non-speech cells
    unchanged), with no split or missed turn added in any cell; false starts +1 in TV 5 dB
    and +2 in TV 0 dB, TV bursts that clear the start gate by ≤ 0.1 dB once turns end sooner
    (the TV 5 dB one came while the old end still held the previous turn open, 8.5 s after
    its last word). 4 dB: TV 5 dB splits 2 → 6 turns. On the held-out corpus the gain is
    smaller and splits rise: end p90 TV 5 dB 2374 → 1997 ms, babble 5 dB p50 1099 → 914,
    but 1–2 more split turns in babble 10 / 5 / 0 dB and TV 5 dB, +1 false start in TV
    10 dB. Level cannot do much more here: the windows that still hold turns open are mostly
    TV/babble syllables within 0–6 dB of the caller's level. Off by default because it adds
    false starts and (held out) split turns, which the pack's defaults never trade for
    speed; turn it on where lines carry TV or babble and the bot's replies come late."""

    end_resume_after_ms: float = 256.0
    """How long a turn's silence count must have run before ``end_resume_margin_db`` applies.
    The caller's own pauses inside a turn resume early (median 2 windows, 90 % within 7–8 on
    the tuning corpus), background talk after the last word later (median 4, a quarter after
    10–16). Shorter: turns end a little sooner but the caller's turns split more (3 dB from
    the first silent window: babble 5 dB splits 6 → 8, TV 0 dB 3 → 4; 128 ms: babble 5 dB
    6 → 7, TV 0 dB 3 → 4)."""

    warmup_ms: float = 1500.0
    """Ambient audio to observe before the first start can be confirmed (a phone bot greets
    first; this is how the VAD learns whether the line carries background talk)."""

    max_turn_s: float = 20.0
    """Safety stop: a turn that has lasted this long is ended (and not learned from). Must be
    > 0: unlike the cues' 0 = off, there is no off (a TV that holds the VAD in a turn would
    never let it end), and 0 would end every turn as it starts."""

    min_level_dbfs: float = -70.0
    """Windows quieter than this are never speech (digital silence, μ-law idle noise)."""

    voice_bonus_db: float = 2.0
    """Voice cue for barge-ins (needs per-window spectral shapes, see :mod:`.voice_profile`;
    without them it is off). While the bot speaks, a candidate whose mean spectral shape lies
    on the caller's side of the line between the caller's learned voice and the background
    talk's needs up to this much less level margin (score 1 = the full bonus, scaled by how
    speech-like the ambient is); one that sounds like the background needs the full margin.
    Equal to ``bot_extra_margin_db``: a barge-in that sounds like the caller is excused the
    barge-in margin. Larger: fewer missed barge-ins, more false ones. On the bench (seed 1 /
    seed 2 corpus) 2 dB instead of 0 takes TV 5 dB missed turns from 3.4 / 8.4 % to 2.2 /
    4.7 % at 2.6 → 2.8 false starts per minute; applied outside barge-ins too (tried) it
    trades false starts for misses no better than the level margins do."""

    reject_talk_min_weight: float = 0.5
    """A candidate rejected while the ambient's speech fraction alone (not a young estimate's
    caution) weighs it under this does not count as background talk: a floor of non-speech
    noise rejected it, not talk. A loud burst (a pick-up, a dropped handset, a passing truck)
    raises that floor for seconds; the caller's next turn, rejected and counted as talk, set the
    talk level at the caller's own and no later turn cleared the margin over it (a review,
    session 24: one second of noise at -10 dBFS, then 0 of 18 turns). 0 turns it off."""
    unlearned_turn_talk_weight: float = 1.0
    """How much the voiced windows of a turn that is not learned as the caller's (too short, or
    far below the caller level: ``learn_max_below_db``) count towards the ambient's speech
    fraction, as background-talk windows (1 = like any speech-like ambient window, 0 = not).
    Without it a false start on background talk hides that talk from the very estimate that
    should gate it: the turn's windows never reach the ambient, the ambient looks less
    speech-like, the gate sinks and the next burst gets through too (the chatter seen with a
    TV whose music bed is loud, where Silero scores only part of the talk as speech). On the
    round-2 tuning corpus: TV 10 dB 1.50 → 1.40 false starts per minute, nothing else moves.

    Not counted: the dominant talker's turn (``dominant_margin_db``) — one let in only as the
    dominant talker, or one long enough to learn from that is dominant at its start (bot
    silent) and at its end. That is the caller speaking quietly; counted, a caller's 6 s quiet
    turn made a white-noise line look like babble and the next quiet turn was missed (white
    10 dB missed turns 1.22 → 0 % tuning, 1.23 → 0 % held-out 2; nothing else moves)."""

    early_turn_talk_s: float = 0.0
    """Opt-in (0 = off; 2 is the measured value), for lines with a TV or radio on from the
    call's start. Turns that end before the ambient is established (before it has
    ``floor_time_constant_s`` of audio behind it; see ``caller_learn_min_ms``) are not
    learned. Once a second such turn holding at least this much speech (seconds) has ended,
    both count as background talk, like unlearned short turns (``unlearned_turn_talk_weight``;
    not the dominant talker's), and so does every later one, on a line that carries faint
    speech between candidates (``early_turn_faint_fraction``). The machine sees no ambient
    while it is in a turn, so a TV whose talk keeps it in false turns from the first seconds
    never shows up as talk: the line stays "non-speech", its gate at the noise floor, and the
    TV keeps starting (one seed-7 TV 20 dB call: 11 false starts). One long early turn proves
    nothing: it is as often a caller's long first answer (counted, it locked a quiet caller out
    at 0 dB).

    At 2 s (full bench): babble 10 / 5 / 0 dB and TV 5 dB false starts down a quarter to two
    fifths on the tuning corpus (TV 5 dB 0.84 → 0.65 per minute) with no turn lost (nor, in
    cached sweeps, on the other two tuning-side corpora); held out, nothing moves; on the
    second held-out corpus babble 10 dB 0.37 → 0.28 and TV 0 dB 2.14 → 1.67 per minute, but
    TV 0 dB also misses 53.1 → 58.0 % of its turns (2 more locked-out calls: the VAD no longer
    sits in the TV's false turns when the caller, at the TV's level, speaks). A gain on lines
    whose targets were met, a lock-out more where they were not: so it stays opt-in. See
    ``bench/vad/passes.md``, "Fourteenth pass" and "Fifteenth pass"."""

    early_turn_faint_fraction: float = 0.1
    """``early_turn_talk_s`` applies only when more than this fraction of the line's recent
    windows outside candidates (an average over ``floor_time_constant_s``) scored
    ``faint_speech_threshold`` or more: a TV or babble leaves faint speech between its bursts,
    a music, noise or quiet line with one talking caller does not. Seed-7 corpus, at each long
    early turn: music, white, keyboard and clean lines ≤ 0.054; TV 20 / 5 dB and babble 5 dB
    0.12–1.0 in 35 of 38 calls (the other three keep the rule off). Without the condition,
    long early turns counted as talk cost quiet lines turns (at 2 s: a locked-out call each in
    seed-7 music 5 dB and white 5 dB and tuning white 0 dB; at 4 s, held out, 1–2 turns in
    each music cell); with it (at 2 s), no music, noise or clean line loses a turn on any
    corpus, held-out included. 0 = no condition."""

    quiet_line_faint_fraction: float = 0.04
    """On a quiet line (no TV or babble) the caller's own speech is not background talk (0 =
    off). While at most this fraction of the
    line's recent windows outside candidates (the running average ``early_turn_faint_fraction``
    reads) scored ``faint_speech_threshold`` or more, once the caller's level is known and
    ``floor_time_constant_s`` of such windows are behind it, speech-like windows join the
    ambient as non-speech and a turn not learned as the caller's does not count as talk
    (``unlearned_turn_talk_weight``). A TV or babble leaves faint speech between its bursts; on
    a clean, music or noise line the only talker is the caller, whose rejected quiet speech
    and short turns otherwise make the line look like babble: its gates rise to babble's and
    the next quiet turn is missed.

    Chosen on the tuning-side corpora (cached sweeps, 0.02–0.06): at 0.04, 15 seed-7 turns
    found in music, white and keyboard 0–10 dB (white 5 dB 3.2 → 1.1 % missed), one with GSM
    callers (white 5 dB), one on the round-1 corpus (keyboard 0 dB), no false start added on
    any of them. At 0.06 a seed-7 room TV over a loud music bed (its faint-speech fraction
    dips to 0.05–0.06) gets 2 false starts; without the known caller that TV starts before
    any caller turn (2 at 0.04); without the history every young line looks quiet (without
    either guard TV 20 dB 0.28 → 1.12 per minute; without the history alone the round-1
    corpus's babble / TV 5 dB 0.10 / 1.84 → 0.29 / 1.94).

    Full bench at 0.04 (``bench/vad/results/round2_quiet_line/``): tuning music 5 dB and held-out
    2 music 10 dB missed 2.4 / 2.5 → 1.2 %, held-out music 0 dB 19.0 → 15.5 % with one
    locked-out call fewer, held-out 2 white / keyboard 0 dB a turn found each; but held-out TV
    10 dB false starts 1.05 → 1.24 per minute: a TV that Silero scores as non-speech between
    its bursts (faint fraction 0.02–0.05 all call) looks quiet, and its bursts and false turns,
    no longer counted as talk, stop raising the gate (what ``unlearned_turn_talk_weight`` is
    for). It stayed opt-in for that until a third held-out corpus, built after it was fixed,
    showed the misses it is for at their largest (white 10 dB 4.3 → 0 %, music 10 / 5 dB 6.4 /
    12.8 → 3.2 / 8.5 %, no false start added): on by default since session 27. See
    ``bench/vad/passes.md``, "Sixteenth pass" and "Twenty-fourth pass"."""

    faint_speech_threshold: float = 0.2
    """The Silero probability that counts as faint speech for ``early_turn_faint_fraction`` and
    ``quiet_line_faint_fraction`` (0.1–0.2 decide the same on the tuning-side corpora, 0.3
    nearly; 0.4 misses TV talk)."""

    learn_max_below_db: float = 5.0
    """A turn whose level is more than this below the learned caller level is not learned as
    the caller's (0 = learn every long-enough turn). Background talk that got through one gate
    otherwise pulls the caller level down (``caller_fall``) and so loosens the caller gate for
    the rest of the call. On the round-2 tuning corpus 5 dB takes TV 10 dB from 2.15 to 1.40
    false starts per minute at no cost in any other cell (round-1 corpus: unchanged)."""

    dominant_margin_db: float = 8.0
    """A candidate at least this far above everything else on the line (the background talk's
    level, or the whole ambient's if louder) is the dominant talker and gets
    ``dominant_caller_relief_db`` more room under the learned caller level. The caller gate is
    there for background talkers quieter than the caller; such a talker is not this far above
    the rest of the background, while a caller's quiet turn usually is (a caller who speaks one
    turn loud and the next 10 dB quieter). Smaller: more quiet turns pass in noisy lines, and
    loud background bursts can use the relief (on the round-2 tuning corpus 6 dB added TV false
    starts, 10 dB 1.40 → 1.50 and 20 dB 0.37 → 0.47 per minute in the cached sweep; 8–12 dB
    none). Over flat background talk it is less (``talk_spread_ref_db``)."""

    dominant_caller_relief_db: float = 8.0
    """How much lower the caller gate is for a dominant candidate (0 = off). On the round-2
    tuning corpus (chosen there; cached sweep) 8 dB with ``dominant_margin_db`` 8 finds the
    quiet turns of a quiet/loud caller that the caller gate rejected even in clean audio:
    missed turns clean 2.4 → 0 %, babble/TV 20 dB 2.4 → 0 %, babble 10 dB 3.7 → 2.4 %, TV 10 dB
    2.4 → 1.2 %, no false start added in any cell; round-1 corpus unchanged. Without it such a
    rejected turn also flows into the ambient as background talk and locks the next quiet
    turn out; for the same reason a turn let in only by this relief does not count as
    background talk when it is not learned (``unlearned_turn_talk_weight``). 12 dB: the
    same.

    Not in full for barge-ins (they get ``dominant_barge_in_relief_db``): while the bot speaks,
    a lone background voice (a TV 15 dB under the caller over its own music bed) is the
    dominant talker too, and letting it in cuts the bot off. A barge-in candidate that only
    the full relief would let in is held back, and its windows
    don't count as background talk: a caller's quiet turn that runs on after the bot stops
    starts then. On the round-2 tuning corpus (cached sweep) misses and false starts are those
    of the relief on barge-ins too; the cost is latency: the one quiet barge-in there (11 dB
    under the caller) starts 1.3 s later, when the bot's turn ends, and a few barge-ins in
    TV 20 dB take the slower path (+0.1–0.3 s; start p50 93 → 121 ms). Held back *and*
    counted as background talk, that barge-in and the caller's next quiet answer were missed
    in 9 cells (clean, 20 dB, non-speech 10 dB: missed 0 → 1.2–2.4 %)."""

    dominant_barge_in_relief_db: float = 4.0
    """The dominant-talker relief while the bot speaks (a barge-in): less than
    ``dominant_caller_relief_db``, so a quiet barge-in is let in and a lone background voice
    is not. A caller who speaks one turn loud and the next ~10 dB quieter barges in quietly
    too; held back until the bot stops, a short barge-in ends before that and is lost. With
    4 dB the caller gate leaves a dominant barge-in 8 dB under the caller level on a
    speech-like line and 12 dB on a non-speech one, so a TV 15 dB under the caller over its
    own music bed still does not cut the bot off (see ``dominant_caller_relief_db``). A
    barge-in let in only by this relief, like an answer let in only by the full one, does not
    count as background talk if it is not learned.

    Chosen on the tuning-side corpora (cached sweep, 0 / 2 / 3 / 4 / 6 / 8 dB). On the seed-7
    corpus 4 dB finds 44 more turns and loses one: clean 3.8 → 0.5 %, babble 20 / 10 dB 4.8 /
    5.9 → 1.1 / 3.2 %, TV 20 dB 3.8 → 1.1 %, music / white / keyboard 10–20 dB 2.2–3.8 →
    0.5–1.6 %; TV 5 dB 11.3 → 11.8 %. On the GSM-caller variant white 10 dB 2.4 → 0 %. The
    tuning corpus moves only in start p50 (TV 20 dB 123 → 116 ms). No false start is added in
    any cell of the three. 2 dB finds 26 of those turns (net), 3 dB 41, 6 dB the same as 4, 8 dB two
    more. 0 = no relief for a barge-in (held back until the bot stops, as before). Counted
    as background talk (the relief alone), the same relief loses the answer after a quiet
    barge-in (tuning keyboard 10 dB) and finds about 8 fewer turns on the seed-7 corpus."""

    dominant_nonspeech_margin_db: float = 3.0
    """``dominant_margin_db`` once the ambient is established as non-speech (interpolated by
    how speech-like it is, like the other gates): there is no background talker to be louder
    than, only noise. On the round-2 tuning corpus 3 dB instead of 8 also finds the quiet
    turns in 10 dB music/white/keyboard noise (missed 2.4 → 0–1.2 %), no false start added;
    round-1 corpus unchanged."""

    nonspeech_loud_margin_db: float = 10.0
    """In established non-speech ambient, a candidate whose voiced windows are this much louder
    than the ambient confirms after ``min_speech_ms`` instead of ``nonspeech_min_speech_ms``
    (0 = off): a caller this far above steady noise needs no extra evidence, and the
    transients Silero mistakes for speech in loud noise rarely stand this far out. Smaller:
    faster starts at lower SNR, and loud transients get the short path too. Chosen on the
    round-2 tuning corpus (full bench, start p50: clean 325 → 239 ms, 20 dB non-speech
    310–317 → 217–221 ms, 10 dB 321–343 → 290–309 ms, no false start or miss added) and
    checked on the round-1 corpus, where 6 dB let one music 0 dB transient through and 10 dB
    none (clean p50 359 → 267 ms, misses unchanged)."""

    quiet_line_loud_relief_db: float = 6.0
    """Taken off ``nonspeech_loud_margin_db`` on a quiet line (``quiet_line_faint_fraction``'s
    test: the caller's level known, and no faint speech between candidates for
    ``floor_time_constant_s``), 0 = off. In white noise, music or keyboard at 5 dB the caller's
    voiced windows sit ~6–8 dB over the ambient, under the 10 dB margin, so every answer there
    waited ``nonspeech_min_speech_ms`` (288 ms), ~100 ms after pipecat's own rule (6 windows at
    0.7). On a line that has shown no background talk 4 dB over the ambient is enough for
    ``min_speech_ms``; lines with talk (babble, a TV) and a call's first turns (the caller not
    yet known) keep the full margin. Larger: faster starts at lower SNR on quiet lines, and
    loud transients (a swoosh, a music swell Silero scores as speech) get the short path too
    (on the round-1 corpus a 6 dB margin, with no quiet-line condition, let one music 0 dB
    transient through). The evidence is still Silero's ``nonspeech_start_threshold`` (0.7)
    for ``min_speech_ms``: pipecat's analyzer's own rule.

    Chosen on the round-2 tuning corpus (cached sweeps, 3–10 dB: the 5 / 10 dB gain stops at
    6; no false start or miss moves at any value up to 10 in any of the 21 cells). Full bench
    (``round2 --splits tune``), start p50 before → after: music 10 / 5 dB 309 / 363 → 256 /
    317 ms, white 295 / 343 → 270 / 295, keyboard 290 / 318 → 267 / 286, keyboard 0 dB
    363 → 317; every false start, miss, caught-busy turn, lock-out and split unchanged in all
    21 cells (babble and TV cells identical). Barge-ins keep ``bot_min_speech_ms``: they are
    what is left of the gap to pipecat's analyzer there. See ``bench/vad/passes.md``,
    "Twenty-eighth pass"."""

    clarity_penalty_db: float = 1.5
    """Distance cue (needs per-window clarity values, see :mod:`.clarity`; the analyzer
    computes them lazily; 0 = off). When the background talk comes through a room (the
    running median of its LPC-residual kurtosis is under ``clarity_room_max``), a candidate
    whose median clarity is within ``clarity_penalty_lead`` of the background's — as
    reverberant as the TV across the room — needs this much more margin over the background
    talk (scaled by how speech-like the ambient is, like the voice cue). A caller speaks into
    the phone: their voice is drier. Chosen with ``clarity_relief_db`` on the round-2 tuning
    corpus (cached sweep, penalty 0 / 1.5 / 3 dB × relief 0 / 2 / 3 dB × evidence 480 / 608 /
    800 ms × relief lead 0.5 / 0.75 / 1.0), checked on its GSM-coded variant and on the
    round-1 corpus: see ``clarity_relief_db`` for the pair's effect. Alone, 1.5 dB takes TV
    false starts per minute at 10 / 5 / 0 dB from 1.40 / 2.06 / 1.96 to 1.22 / 1.40 / 1.50 at
    one missed turn more (babble 0 dB); 608 ms or 3 dB remove a few more TV false starts but
    miss 2–5 more turns at 0–5 dB."""

    clarity_relief_db: float = 2.0
    """The distance cue the other way (0 = off): on such a line a candidate
    ``clarity_relief_lead`` drier than the background talk — than its median and than the
    median of its louder windows (a dry TV over a music bed has a low median but dry
    syllables) — needs this much *less* margin: the caller at the phone. With the penalty
    (cached sweeps against both off): tuning corpus, false starts per minute TV 10 / 5 / 0 dB
    1.40 / 2.06 / 1.96 → 1.22 / 1.40 / 1.50, missed turns babble 5 / 0 dB 18.3 / 34.1 →
    15.9 / 28.0 %, TV 5 / 0 dB 18.3 / 41.5 → 15.9 / 30.5 %, locked-out calls 10 → 5, no false
    start or miss added in any cell (1 more split turn in three cells: turns found that were
    missed); GSM-coded variant the same way (locked-out calls 13 → 7); round-1 corpus
    unchanged in all 33 cells. 3 dB finds more turns (locked 10 → 4) but adds a TV 20 dB
    false start; before the background medians were seeded from their first 16 values, a
    dry TV over a music bed looked room-like for its first minute and the relief let it in
    (round-1 TV 5 dB 2.81 → 3.49)."""

    clarity_evidence_ms: float = 480.0
    """The candidate's last voiced windows whose median clarity is compared with the
    background's (longer: steadier, and the cue waits for more of the candidate)."""

    clarity_room_max: float = 3.3
    """Background clarity (median residual kurtosis) under which its talk counts as coming
    through a room (a Gaussian is 3; a dry voice 6–14); a dry background talker leaves the
    cue off. It says nothing before its running median is seeded (16 values read from 64
    speech-like ambient windows, 2 s)."""

    clarity_relief_lead: float = 0.5
    """How far above the background's clarity a candidate must be for the relief."""

    clarity_penalty_lead: float = 0.15
    """Within this of the background's clarity a candidate gets the penalty."""

    speaker_penalty_db: float = 3.0
    """Background-voice cue (0 = off; needs an embedder, see :data:`.background_voice.SpanEmbedder` and
    :mod:`.speaker_embedding`: the analyzer gives one). The background talk's voice is
    learned in the call, as the mean embedding of speech-like ambient stretches and rejected
    candidates, with how close its own samples come to that mean; a candidate whose embedding
    is at least that close, less ``speaker_slack``, sounds like the background (the same TV,
    the same colleagues) and needs this much more margin over the background talk (scaled by
    how speech-like the ambient is). Chosen on the round-2 tuning corpus (cached sweep,
    penalty 2 / 3 dB × slack 0.02 / 0.03; full bench): TV false starts per minute at
    10 / 5 / 0 dB 1.03 / 1.03 / 1.22 → 0.75 / 0.75 / 1.03 for 1 / 2 / 7 more missed turns
    (babble 0 dB 3 more), the GSM-coded variant and a second tuning-side corpus the same way;
    held out (after the value was fixed; on by default because of this run): TV 10 / 5 dB
    2.00 / 5.23 → 1.05 / 3.14 for one more missed turn at 5–10 dB and six at TV 0 dB.
    About a fifth more CPU on a TV 5 dB line (the analyzer at 0.78–0.93× pipecat's there,
    0.63–0.67× without the cue; ``python -m bench.vad.cpu``), none on a quiet one. See
    ``bench/vad/passes.md``, "Seventh pass" to "Tenth pass"."""

    speaker_slack: float = 0.03
    """How much less close than the background's own samples a candidate may be and still
    "sound like the background" (cosine). Larger: more background talk held back, and more
    of the caller's turns."""

    speaker_span_ms: float = 320.0
    """Audio a candidate's embedding covers at least (from its first window; longer
    candidates up to twice this), and the stretches the background's voice is learned from."""

    voice_min_separation_db: float = 0.5
    """The cue is used only when the caller's and the background's mean shapes differ by at
    least this much (RMS over bands): otherwise the voices can't be told apart."""

    voice_caller_weight: float = 0.3
    """Weight of a learned turn in the caller's running mean shape."""

    def __post_init__(self) -> None:
        """Refuse, by name, value and allowed range, what the analyzer cannot run with or what
        turns a gate or cue around (a negative margin, a weight outside [0, 1]): such values
        were taken as they were and left a VAD that never started a turn, or split every
        one, without a word."""
        for f in fields(self):  # first: "3" < 0 would only say "'<' not supported"
            v = getattr(self, f.name)
            if isinstance(v, bool) or not isinstance(v, int | float):
                raise TypeError(
                    f"NoiseRobustVADParams.{f.name} must be a number, not {v!r} "
                    f"({type(v).__name__})"
                )
        for f in fields(self):  # next: NaN passes none of the comparisons below
            v = getattr(self, f.name)
            if isinstance(v, float) and not math.isfinite(v):
                raise ValueError(f"{f.name} must be a finite number, got {v}")
        for name in (
            "start_threshold",
            "end_threshold",
            "bot_start_threshold",
            "nonspeech_start_threshold",
        ):
            v = getattr(self, name)
            if not 0.0 < v < 1.0:
                raise ValueError(f"{name} must be in (0, 1), got {v}")
        if self.end_threshold > self.start_threshold:
            raise ValueError(
                f"end_threshold ({self.end_threshold}) must be <= start_threshold "
                f"({self.start_threshold})"
            )
        if self.min_level_dbfs >= 0:
            raise ValueError(
                f"min_level_dbfs must be < 0, got {self.min_level_dbfs}: it is a level in dBFS "
                "(0 is full scale; the default is -70), not a 0-1 volume like pipecat's "
                "min_volume"
            )
        for name in (  # the analyzer keeps recent audio by these (MAX_SPAN_MS)
            "min_speech_ms",
            "bot_min_speech_ms",
            "talk_min_speech_ms",
            "nonspeech_min_speech_ms",
            "speaker_span_ms",
        ):
            v = getattr(self, name)
            if not 0 < v <= MAX_SPAN_MS:
                raise ValueError(f"{name} must be > 0 and <= {MAX_SPAN_MS:g} ms, got {v}")
        for name in ("prefix_padding_ms", "max_start_gap_ms"):
            v = getattr(self, name)
            if not 0 <= v <= MAX_SPAN_MS:
                raise ValueError(f"{name} must be >= 0 and <= {MAX_SPAN_MS:g} ms, got {v}")
        for name in (
            "min_silence_ms",
            "floor_time_constant_s",
            "max_turn_s",
            "clarity_room_max",  # a kurtosis: 3 for a Gaussian, never below 1
        ):
            v = getattr(self, name)
            if v <= 0:
                raise ValueError(f"{name} must be > 0, got {v}")
        for name in (
            # durations
            "duck_after_ms",
            "caller_learn_min_ms",
            "early_turn_talk_s",
            "warmup_ms",
            "end_resume_ms",
            "end_resume_after_ms",
            "clarity_evidence_ms",
            # a rate: the caller level sinks, never climbs, between turns
            "caller_decay_db_per_s",
            # margins a candidate must clear (or how far below a level it may be): negative
            # turns the gate around
            "quick_margin_db",
            "floor_margin_db",
            "talk_spread_ref_db",
            "caller_gate_db",
            "caller_gate_nonspeech_extra_db",
            "bot_extra_margin_db",
            "end_gate_db",
            "end_floor_margin_db",
            "end_resume_margin_db",
            "learn_max_below_db",
            "dominant_margin_db",
            "dominant_nonspeech_margin_db",
            "nonspeech_loud_margin_db",
            "quiet_line_loud_relief_db",
            "clarity_relief_lead",
            "clarity_penalty_lead",
            "speaker_slack",
            "voice_min_separation_db",
            # penalties, reliefs and bonuses (0 = off): negative turns one into the other
            "dominant_caller_relief_db",
            "dominant_barge_in_relief_db",
            "voice_bonus_db",
            "clarity_penalty_db",
            "clarity_relief_db",
            "speaker_penalty_db",
            "ambient_clamp_db",
            "ambient_fall_ms",
            "ambient_fall_db",
            "talk_under_bot_ms",
        ):
            v = getattr(self, name)
            if v < 0:
                raise ValueError(f"{name} must be >= 0, got {v}")
        for name in ("early_turn_faint_fraction", "quiet_line_faint_fraction"):
            v = getattr(self, name)
            if not 0.0 <= v < 1.0:
                raise ValueError(f"{name} must be in [0, 1), got {v}")
        if not 0.0 < self.faint_speech_threshold < 1.0:
            raise ValueError(
                f"faint_speech_threshold must be in (0, 1), got {self.faint_speech_threshold}"
            )
        for name in ("caller_top_fraction", "floor_speechiness_ref"):
            v = getattr(self, name)
            if not 0.0 < v <= 1.0:
                raise ValueError(f"{name} must be in (0, 1], got {v}")
        for name in (  # weights of running means and of counts
            "caller_rise",
            "caller_fall",
            "reject_talk_min_weight",
            "unlearned_turn_talk_weight",
            "voice_caller_weight",
        ):
            v = getattr(self, name)
            if not 0.0 <= v <= 1.0:
                raise ValueError(f"{name} must be in [0, 1], got {v}")

    @property
    def uses_clarity(self) -> bool:
        """Whether the distance cue is on (it then wants per-window clarity values)."""
        return self.clarity_penalty_db > 0 or self.clarity_relief_db > 0

    @property
    def uses_speaker(self) -> bool:
        """Whether the background-voice cue is on (it then wants an embedder)."""
        return self.speaker_penalty_db > 0

    @property
    def longest_speech_ms(self) -> float:
        """The most voiced speech any path may wait for before confirming a start."""
        return max(
            self.min_speech_ms,
            self.bot_min_speech_ms,
            self.talk_min_speech_ms,
            self.nonspeech_min_speech_ms,
        )

    def with_changes(self, **changes: float) -> NoiseRobustVADParams:
        """A copy with some fields replaced (validated)."""
        return replace(self, **changes)
